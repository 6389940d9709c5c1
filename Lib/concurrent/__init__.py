"""The concurrent package (only concurrent.futures in the sandbox)."""
