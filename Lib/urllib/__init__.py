"""The urllib package: only urllib.parse (there is no network)."""
