#!/usr/bin/env bash
# User-space instructions per keep-alive request of `interleave serve`, counted
# by valgrind's callgrind: far steadier than CPU time on a shared machine, so
# it is the figure to compare before and after a change to the request path.
#   scripts/bench-http-instructions.sh [BIN]             /healthz and a 5 KB page
#   REQUESTS=16000 PATHS="/healthz" scripts/bench-http-instructions.sh
# A warm-up of a tenth of the requests runs first; the counters are then
# zeroed and REQUESTS requests go over 8 keep-alive connections. valgrind
# cannot read the toolchain's DWARF 5, so a copy of the binary without debug
# info is measured (symbols stay, for callgrind_annotate on the kept output).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/interleave}
REQUESTS=${REQUESTS:-8000}
PATHS=${PATHS:-"/healthz /index.html"}
PORT=${PORT:-18390}
for tool in valgrind callgrind_control objcopy python3; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install valgrind binutils python3)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/public"
cp public/index.html "$work/public/index.html"
objcopy --strip-debug "$BIN" "$work/interleave"

cat > "$work/client.py" <<'PY'
import socket, sys, selectors
port, path, conns, per = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
selector, left = selectors.DefaultSelector(), {}
for _ in range(conns):
    s = socket.create_connection(("127.0.0.1", port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    s.sendall(request)
    left[s] = [per - 1, b""]
    selector.register(s, selectors.EVENT_READ)
while left:
    for key, _ in selector.select():
        s = key.fileobj
        state = left[s]
        data = s.recv(65536)
        if not data:
            sys.exit("the server closed a connection")
        state[1] += data
        while (end := state[1].find(b"\r\n\r\n")) >= 0:
            head = state[1][:end].decode()
            length = next((int(l.split(":", 1)[1]) for l in head.split("\r\n")[1:]
                           if l.lower().startswith("content-length:")), 0)
            if len(state[1]) < end + 4 + length:
                break
            if not head.startswith("HTTP/1.1 200"):
                sys.exit("unexpected answer: " + head.splitlines()[0])
            state[1] = state[1][end + 4 + length:]
            if state[0] == 0:
                selector.unregister(s); s.close(); del left[s]
                break
            state[0] -= 1
            s.sendall(request)
PY

printf '%-14s %14s\n' "path" "instr/request"
for path in $PATHS; do
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.%p" \
        "$work/interleave" serve --host 127.0.0.1 --port "$PORT" --public "$work/public" --workers 1 --quiet \
        2>"$work/valgrind.log" &
    server=$!
    for _ in $(seq 1 300); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done
    python3 "$work/client.py" "$PORT" "$path" 8 $((REQUESTS / 80))
    callgrind_control -z "$server" >/dev/null 2>&1
    python3 "$work/client.py" "$PORT" "$path" 8 $((REQUESTS / 8))
    callgrind_control -d "$server" >/dev/null 2>&1
    kill "$server"; wait "$server" 2>/dev/null || true
    dump=$(ls "$work"/callgrind.*.1 | head -1)
    total=$(awk '/^summary:/ { print $2 }' "$dump")
    printf '%-14s %14d\n' "$path" $((total / REQUESTS))
    rm -f "$work"/callgrind.*
done
