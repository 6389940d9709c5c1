#!/usr/bin/env bash
# Tests the browser page like a person would: starts the built server on a
# free port, opens the page in headless Chromium with URLs that auto-run a
# scenario, dumps the DOM after the scripts ran, and checks what is shown:
#   - the "tasks and gather" example: a lane per task, the whole stdout,
#     status "completed";
#   - the deadlock example: status "deadlock" and the wait-for list;
#   - a program with a syntax error: the error shown inline at its line.
# Then, when Selenium and chromedriver are present (install-deps --test puts
# them there), scripts/test-page-interactive.py drives the page with keys
# and clicks: arrow-key scrubbing, Tab, Ctrl+Enter, traceback, share link;
# and scripts/test-page-state.py checks the state panel, 360 px and dark
# layouts, warning marks, the favicon, console errors and a 100,000-event scrub.
# Usage: scripts/test-page.sh [path/to/interleave]   (default .build/release/interleave)
# Skips (exit 0, with a message) only when no Chromium can be found or installed.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${1:-.build/release/interleave}
[ -x "$BIN" ] || { echo "test-page: no server binary at $BIN (build it first)" >&2; exit 1; }

find_chromium() {
    for c in chromium chromium-browser google-chrome; do
        command -v "$c" >/dev/null 2>&1 && { command -v "$c"; return 0; }
    done
    return 1
}
CHROMIUM=$(find_chromium || true)
if [ -z "$CHROMIUM" ]; then
    scripts/install-deps.sh --test >&2 || true
    CHROMIUM=$(find_chromium || true)
fi
if [ -z "$CHROMIUM" ]; then
    echo "test-page: SKIPPED — chromium is not installed and could not be installed (apt-get install chromium)" >&2
    exit 0
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$BIN" serve --host 127.0.0.1 --port "$port" --public public >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "test-page: server exited" >&2; exit 1; }
    sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { echo "test-page: server never became healthy" >&2; exit 1; }

# dump NAME URL: the DOM after the page's scripts ran, into $work/NAME.html.
dump() {
    timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
        --user-data-dir="$work/profile-$1" --virtual-time-budget=20000 \
        --dump-dom "http://127.0.0.1:$port/$2" >"$work/$1.html" 2>"$work/$1.err" || {
        echo "test-page: chromium failed on $2" >&2; tail -5 "$work/$1.err" >&2; exit 1; }
}

dump gather '#example=tasks-and-gather&run=1'
dump deadlock '#example=deadlock&run=1'
# A program whose line 3 never closes its parenthesis, as a plain (b.) base64url link.
broken=$(printf 'import asyncio\nasync def f():\n    x = (1 +\n    return x\nasyncio.run(f())\n' | base64 -w0 | tr '+/' '-_' | tr -d '=')
dump syntax "#src=b.$broken&run=1"

python3 - "$work" examples/10-tasks-and-gather.out <<'PY'
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    """Collects the text, attributes and classes of elements by id, and lane labels."""
    def __init__(self):
        super().__init__()
        self.stack, self.text, self.attrs, self.lanes = [], {}, {}, []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        ident = a.get("id")
        if "lane-label" in (a.get("class") or "").split():
            ident = f"lane{len(self.lanes)}"
            self.lanes.append(ident)
        if ident:
            self.attrs[ident] = a
            self.text.setdefault(ident, "")
        if tag not in ("br", "img", "input", "meta", "link", "col", "hr"):
            self.stack.append(ident)
    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()
    def handle_data(self, data):
        for ident in self.stack:
            if ident:
                self.text[ident] += data

def load(name):
    page = Page()
    page.feed(open(f"{sys.argv[1]}/{name}.html", encoding="utf-8").read())
    return page

failures = []
def check(cond, what):
    if not cond:
        failures.append(what)

g = load("gather")
lanes = [g.text[l] for l in g.lanes]
check(g.text.get("status", "").strip() == "completed", f"gather: status badge is {g.text.get('status')!r}, want 'completed'")
for name in ("Task-1", "Task-2", "Task-3", "Task-4"):
    check(any(name in l for l in lanes), f"gather: no lane for {name} (lanes: {lanes})")
check(any("main()" in l for l in lanes) and sum("fetch()" in l for l in lanes) == 3, f"gather: lane coroutines wrong: {lanes}")
want = open(sys.argv[2], encoding="utf-8").read()
check(g.text.get("stdout", "") == want, f"gather: stdout panel {g.text.get('stdout')!r} != {want!r}")
svg_marks = open(f"{sys.argv[1]}/gather.html", encoding="utf-8").read()
check(svg_marks.count('class="print"') == 9, "gather: expected 9 print dots in the swimlanes")
check("sleep until t=3" in svg_marks, "gather: the waits are not annotated (sleep until t=3)")

d = load("deadlock")
check(d.text.get("status", "").strip() == "deadlock", f"deadlock: status badge is {d.text.get('status')!r}")
check("hidden" not in d.attrs.get("deadlock", {"hidden": ""}), "deadlock: wait-for list hidden")
check("lock held by" in d.text.get("deadlock", ""), f"deadlock: wait-for list {d.text.get('deadlock')!r}")

s = load("syntax")
box = s.attrs.get("compile-error", {})
check("hidden" not in box, "syntax: the compile error is not shown")
check(box.get("data-line") == "3", f"syntax: error marked at line {box.get('data-line')!r}, want 3")
check("line 3" in s.text.get("compile-error", ""), f"syntax: message {s.text.get('compile-error')!r} does not name line 3")

if failures:
    print("test-page: FAILED", *failures, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print("test-page: ok (gather lanes + stdout, deadlock wait-for list, inline syntax error)")
PY

if command -v chromedriver >/dev/null 2>&1 && /usr/bin/python3 -c 'import selenium' >/dev/null 2>&1; then
    timeout 180 /usr/bin/python3 scripts/test-page-interactive.py "http://127.0.0.1:$port"
    timeout 300 /usr/bin/python3 scripts/test-page-state.py "http://127.0.0.1:$port"
else
    echo "test-page: interactive checks skipped (needs chromium-driver and python3-selenium: scripts/install-deps.sh --test)" >&2
fi
