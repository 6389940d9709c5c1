# An empty format spec means str(x) for int/float/str.__format__ (so a
# subclass's own __str__ shows): IntEnum, IntFlag and StrEnum members with
# a __str__ override, and int.__format__/super().__format__ called
# directly; a non-empty spec still formats the value.
import asyncio
from enum import IntEnum, IntFlag, StrEnum


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404

    def __str__(self):
        return f'{self.value} {self.name.replace("_", " ").title()}'


class Plain(IntEnum):
    A = 1


class Perm(IntFlag):
    R = 4
    W = 2

    def __str__(self):
        return 'perm:' + (self.name or '?')


class Color(StrEnum):
    RED = 'red'

    def __str__(self):
        return 'Color ' + self.value


class Tagged(int):
    def __str__(self):
        return f'#{int(self)}'

    def __format__(self, spec):
        return 'fmt:' + super().__format__(spec)


class Label(str):
    def __str__(self):
        return self.upper()


async def respond(code, delay):
    await asyncio.sleep(delay)
    return f'{code}|{code:d}|{code:>6}|{code!r}'


async def main():
    print(await asyncio.gather(respond(Http.NOT_FOUND, 0.2), respond(Http.OK, 0.1)))
    for v in (Http.NOT_FOUND, Plain.A, Perm.R, Perm.R | Perm.W, Color.RED):
        print(f'{v}|{v:>8}|{v!s}|{v!r}|', format(v), '{}'.format(v), '%s' % v)
    print(int.__format__(Tagged(7), ''), f'{Tagged(7)}', f'{Tagged(7):>4}', format(Tagged(9)))
    print(str.__format__(Label('ab'), ''), str.__format__(Label('ab'), '>4'), float.__format__(2.5, ''), int.__format__(True, ''))


asyncio.run(main())
