# types.DynamicClassAttribute: normal on instances, routed to the
# metaclass's __getattr__ on the class.
import types


class Meta(type):
    def __getattr__(cls, name):
        if name == 'kind':
            return f'class-level kind of {cls.__name__}'
        raise AttributeError(name)


class Widget(metaclass=Meta):
    def __init__(self, kind):
        self._kind = kind

    @types.DynamicClassAttribute
    def kind(self):
        """The widget's kind."""
        return self._kind

    @kind.setter
    def kind(self, value):
        self._kind = value.upper()


w = Widget('button')
print(w.kind, Widget.kind)
w.kind = 'slider'
print(w.kind, Widget.__dict__['kind'].__doc__)
try:
    del w.kind
except AttributeError as e:
    print('AttributeError:', e)
