# Source: https://github.com/Coding-Crashkurse/ContextVars/blob/e500bcee2e129c173cd5f5e2b16dd8138bfcd954/6_reset_tokens.py
# (Coding Crashkurse's "ContextVars" examples, Python's contextvars module in six progressive scripts).
# Adapted: nothing; the file is unmodified below this header.
"""6) Reset Tokens – undo for context changes."""
from contextvars import ContextVar

mode: ContextVar[str] = ContextVar("mode", default="production")

print(f"default: {mode.get()}")

token = mode.set("debug")
print(f"changed: {mode.get()}")

mode.reset(token)
print(f"reset:   {mode.get()}")
