# Source: written for Interleave's corpus in the style of report/mail-merge scripts (string.Template, format_map with __missing__, textwrap) (not from a public source)
# Adapted: nothing
import string
import textwrap
from datetime import date


class PercentTemplate(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        if format_spec.endswith("u"):
            return format(value, format_spec[:-1]).upper()
        return super().format_field(value, format_spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


CUSTOMERS = [
    {"name": "Ada Lovelace", "due": date(2024, 3, 1), "amount": 1234.5, "items": ["analytical engine", "punch cards"]},
    {"name": "Grace Hopper", "due": date(2024, 2, 14), "amount": 99.99, "items": ["compiler"]},
    {"name": "Linus", "due": date(2024, 12, 31), "amount": 0, "items": []},
]

LETTER = """\
Dear $name,

your invoice of ${amount} is due on $due. It covers: $items.
Regards, $$ales"""


def render(c):
    t = string.Template(LETTER)
    body = t.substitute(name=c["name"], amount=f"{c['amount']:,.2f}", due=c["due"].strftime("%d %b %Y"),
                        items=", ".join(c["items"]) or "nothing")
    return body


def main():
    for c in CUSTOMERS:
        print(render(c))
        print("-" * 20)
    t = string.Template("$who owes $amount")
    print(t.safe_substitute(who="bob"), t.get_identifiers() if hasattr(t, "get_identifiers") else "", t.is_valid() if hasattr(t, "is_valid") else "")
    try:
        t.substitute(who="x")
    except KeyError as exc:
        print("KeyError:", exc)
    try:
        string.Template("$ bad").substitute()
    except ValueError as exc:
        print("ValueError:", exc)
    print(PercentTemplate("%name scored %score%%").substitute(name="amy", score=97))
    print("{name} is {age} years and lives in {city}".format_map(SafeDict(name="Tom", age=3)))
    fmt = Upper()
    print(fmt.format("{0:>8u}|{name:<6u}|{missing}|{1:.1f}", "abc", 2.25, name="zed"))
    summary = " ".join(f"{c['name']} owes {c['amount']:.2f} for {len(c['items'])} item(s)." for c in CUSTOMERS) * 2
    print(textwrap.fill(summary, width=50, initial_indent="  * ", subsequent_indent="    "))
    print(textwrap.shorten(summary, width=70, placeholder=" ..."))
    box = textwrap.wrap("A very long heading that needs to wrap inside a box of fixed width", 24)
    width = max(map(len, box))
    print("+" + "-" * (width + 2) + "+")
    for line in box:
        print(f"| {line:^{width}} |")
    print("+" + "-" * (width + 2) + "+")
    print(textwrap.indent(textwrap.dedent("""\
        def greet():
            return 'hi'
    """), ">>> ", predicate=lambda l: not l.startswith("    ")), end="")


main()
