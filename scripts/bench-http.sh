#!/usr/bin/env bash
# Throughput of `interleave serve` against nginx, one worker each, on
# loopback: the same small static file, and a tiny response (our /healthz vs
# an nginx `return 200 ok`). wrk with keep-alive, 64 connections.
#   scripts/bench-http.sh            10 s per run
#   DURATION=30 scripts/bench-http.sh
# Env: DURATION (s), CONNECTIONS (64), WRK_THREADS (1), BIN (our binary),
#      ROUNDS (1): alternate the servers this many times and keep each one's
#      best figure, which evens out noise from other work on a shared machine.
# Prints req/s and CPU microseconds per request for each, the ratios
# (ours/nginx for req/s, nginx/ours for CPU, so above 1 is better for both),
# and our idle RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
WRK_THREADS=${WRK_THREADS:-1}
ROUNDS=${ROUNDS:-1}
BIN=${BIN:-.build/release/interleave}

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${need[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [ ! -x "$BIN" ]; then
    echo "building release binary" >&2
    swift build -c release -Xswiftc -enable-testing >&2
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The same small file for both servers.
mkdir -p "$work/public" "$work/nginx"
cp public/index.html "$work/public/index.html"
small=/index.html

# With two or more cores, the server gets core 0 and wrk core 1, so both
# servers are measured under the same conditions.
server_cpu=() client_cpu=()
if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
    server_cpu=(taskset -c 0)
    client_cpu=(taskset -c 1)
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { # first port from $1 up that nothing listens on
    local port=$1
    while port_in_use "$port"; do port=$((port + 1)); done
    echo "$port"
}
# Other servers may run on this machine: take ports nobody listens on, so
# wrk measures the processes this script started and nothing else.
OUR_PORT=${OUR_PORT:-$(free_port 18180)}
NGINX_PORT=${NGINX_PORT:-$(free_port $((OUR_PORT + 1)))}

wait_for_port() {
    for _ in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    echo "nothing listens on port $1" >&2
    return 1
}

cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    keepalive_timeout 15s;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    types { text/html html; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work/public;
        location = /healthz { default_type text/plain; return 200 ok; }
    }
}
CONF

"${server_cpu[@]}" "$BIN" serve --host 127.0.0.1 --port "$OUR_PORT" --public "$work/public" --workers 1 --quiet 2>"$work/ours.log" &
our_pid=$!
pids+=("$our_pid")
"${server_cpu[@]}" "$NGINX" -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>"$work/nginx/stderr.log" &
pids+=("$!")
nginx_pid=${pids[-1]}
wait_for_port "$OUR_PORT"
wait_for_port "$NGINX_PORT"
for pid in "$our_pid" "$nginx_pid"; do
    kill -0 "$pid" 2>/dev/null || { echo "a server exited at start; see $work" >&2; cat "$work"/*.log "$work"/nginx/*.log >&2; exit 1; }
done

idle_rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$our_pid/status")

# nginx serves from its worker process, the master's child.
nginx_worker=$(pgrep -P "$nginx_pid" | head -1)
nginx_worker=${nginx_worker:-$nginx_pid}

cpu_ticks() { # pid -> user + system clock ticks so far
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}
bench() { # url pid -> "req/s cpu-microseconds-per-request"
    local before after out
    before=$(cpu_ticks "$2")
    out=$("${client_cpu[@]}" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$1" 2>&1 | tee -a "$work/wrk.log")
    after=$(cpu_ticks "$2")
    echo "$out" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
        / requests in / { requests = $1 }
        /^Requests\/sec:/ { rate = $2 }
        END { printf "%s %.2f\n", rate, (requests > 0 ? ticks / hz * 1e6 / requests : 0) }'
}
best() { awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { print (a + 0 > b + 0) ? a : b }'; }
least() { awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { if (a + 0 == 0) print b; else if (b + 0 == 0) print a; else print (a + 0 < b + 0) ? a : b }'; }

# req/s depends on what else the machine runs; CPU time per request (the
# server process's user + system time over the requests it answered) much
# less, so both are printed: on a dedicated core, req/s is 1 / CPU per request.
printf '%-34s %12s %12s %7s   %12s %12s %7s\n' "($CONNECTIONS conns, ${DURATION}s x $ROUNDS)" \
    "req/s ours" "nginx" "ratio" "CPU us/req" "nginx" "ratio"
for case in "small static file:$small" "tiny response:/healthz"; do
    name=${case%%:*}
    path=${case#*:}
    ours=0 theirs=0 our_cpu=0 their_cpu=0
    for _ in $(seq 1 "$ROUNDS"); do
        read -r rate cpu <<<"$(bench "http://127.0.0.1:$OUR_PORT$path" "$our_pid")"
        ours=$(best "$ours" "$rate"); our_cpu=$(least "$our_cpu" "$cpu")
        read -r rate cpu <<<"$(bench "http://127.0.0.1:$NGINX_PORT$path" "$nginx_worker")"
        theirs=$(best "$theirs" "$rate"); their_cpu=$(least "$their_cpu" "$cpu")
    done
    ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    cpu_ratio=$(awk -v a="$our_cpu" -v b="$their_cpu" 'BEGIN { if (a > 0) printf "%.2f", b / a; else print "n/a" }')
    printf '%-34s %12s %12s %7s   %12s %12s %7s\n' "$name ($path)" "${ours:-?}" "${theirs:-?}" "${ratio}x" \
        "$our_cpu" "$their_cpu" "${cpu_ratio}x"
done
busy_rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$our_pid/status")
echo "interleave RSS: idle ${idle_rss_kb} KiB ($((idle_rss_kb / 1024)) MiB), after load ${busy_rss_kb} KiB"
