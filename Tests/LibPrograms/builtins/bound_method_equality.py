# Bound methods compare equal when they bind the same object to the same
# function (each attribute access makes a new method object), hash alike,
# and can be found again in lists, sets and dicts of callbacks.
import weakref


class Button:
    def __init__(self, name):
        self.name = name
        self.handlers = []

    def on_click(self):
        return f'{self.name} clicked'

    def __eq__(self, other):
        return isinstance(other, Button) and self.name == other.name

    __hash__ = object.__hash__


a, b = Button('ok'), Button('ok')
print(a.on_click == a.on_click, a.on_click is a.on_click, a.on_click != a.on_click)
print(a.on_click == b.on_click, a == b, hash(a.on_click) == hash(a.on_click))
a.handlers.append(a.on_click)
print(a.on_click in a.handlers, b.on_click in a.handlers)
a.handlers.remove(a.on_click)
print(a.handlers)
registry = {a.on_click: 'first'}
registry[a.on_click] = 'again'
print(len(registry), registry[a.on_click], {a.on_click, a.on_click, b.on_click} == {a.on_click, b.on_click})
wm = weakref.WeakMethod(a.on_click)
print(wm() == a.on_click, wm()(), weakref.WeakMethod(a.on_click) == wm)
items = [1, 2]
print(items.append == items.append, items.append == [].append, items.append != items.pop, hash(items.append) == hash(items.append))
print(len({items.append, items.append, items.extend}))
print(Button.on_click == Button.on_click, len == len, print != len)
