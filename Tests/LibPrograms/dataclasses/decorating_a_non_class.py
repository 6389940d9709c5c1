# dataclass() applied to something that is not a class fails as CPython's
# does: it reads __module__ first.
from dataclasses import dataclass

for thing in (3, 'text', None):
    try:
        dataclass(thing)
        print('decorated', thing)
    except AttributeError as e:
        print('AttributeError:', e)

deco = dataclass(frozen=True)
try:
    deco(42)
except AttributeError as e:
    print('AttributeError:', e)
