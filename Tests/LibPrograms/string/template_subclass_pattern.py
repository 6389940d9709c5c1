# A Template subclass that changes the delimiter or the identifier pattern
# gets CPython's verbose regex, whose text (cls.pattern.pattern) and flags
# are visible; substitution and its errors follow it.
import asyncio
import string


class Hash(string.Template):
    delimiter = '#'


class Lower(string.Template):
    idpattern = r'[a-z]+'
    flags = 0


async def render(template, **values):
    await asyncio.sleep(0)
    try:
        return template.substitute(**values)
    except (KeyError, ValueError) as e:
        return f'{type(e).__name__}: {e}'


async def main():
    print(Hash.pattern.pattern)
    print(repr(Lower.pattern.pattern), Lower.pattern.flags, Hash.pattern.flags)
    print(await asyncio.gather(render(Hash('#who paid ##5 to #{whom}'), who='ann', whom='bob'),
                               render(Hash('#who and #'), who='x'),
                               render(Lower('$name $Name'), name='n'),
                               render(Lower('$name $Name'), name='n', Name='N')))
    print(Lower('$abc $ABC').safe_substitute(abc=1), Lower('$x').get_identifiers(), Hash('#a #b #a').get_identifiers())


asyncio.run(main())
