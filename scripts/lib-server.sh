# Shared by the API test scripts: start `interleave serve` on an ephemeral
# loopback port and wait for its "listening on" line.
#   start_server BIN LOGFILE [serve flags...]   sets SERVER_PID and SERVER_PORT
#   stop_server PID                             SIGTERM, then wait
start_server() {
    local bin="$1" log="$2"
    shift 2
    "$bin" serve --host 127.0.0.1 --port 0 --quiet "$@" 2> "$log" &
    SERVER_PID=$!
    SERVER_PORT=""
    for _ in $(seq 1 200); do
        SERVER_PORT="$(sed -n 's|.*listening on http://[^ ]*:\([0-9][0-9]*\) .*|\1|p' "$log" | head -1)"
        [ -n "$SERVER_PORT" ] && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$log" >&2; echo "server exited early" >&2; return 1; }
        sleep 0.05
    done
    echo "server did not report its port" >&2
    return 1
}

stop_server() {
    kill -TERM "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
