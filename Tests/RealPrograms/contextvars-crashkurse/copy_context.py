# Source: https://github.com/Coding-Crashkurse/ContextVars/blob/e500bcee2e129c173cd5f5e2b16dd8138bfcd954/4_copy_context.py
# (Coding Crashkurse's "ContextVars" examples, Python's contextvars module in six progressive scripts).
# Adapted: nothing; the file is unmodified below this header.
"""4) copy_context() – Snapshots & Isolation."""
from contextvars import ContextVar, copy_context

theme: ContextVar[str] = ContextVar("theme", default="light")

theme.set("dark")
print(f"before: {theme.get()}")

ctx = copy_context()


def change_theme():
    theme.set("neon-pink")
    print(f"inside: {theme.get()}")


ctx.run(change_theme)
print(f"after:  {theme.get()}")
