#!/usr/bin/env bash
# Scale-out check: two `interleave serve` processes behind nginx (the upstream
# block of deploy/nginx-upstream.conf with their real ports) on loopback. Runs
# go through nginx and must come back right from both replicas; with one
# replica stopped, runs still succeed. Also checks deploy/kubernetes.yaml's shape.
#   scripts/test-scaleout.sh [path/to/interleave]   (nginx from install-deps.sh --test)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/.build/release/interleave}"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || { echo "test-scaleout: nginx is not installed (scripts/install-deps.sh --test)" >&2; exit 1; }
work="$(mktemp -d)"
. "$root/scripts/lib-server.sh"
nginx_pid=""
cleanup() {
    [ -n "$nginx_pid" ] && kill -TERM "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
    stop_server "${pid_a:-}"
    stop_server "${pid_b:-}"
    rm -rf "$work"
}
trap cleanup EXIT

python3 - "$root/deploy/kubernetes.yaml" <<'PY'
import sys, yaml
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
kinds = {d["kind"]: d for d in docs}
assert set(kinds) == {"Deployment", "Service", "HorizontalPodAutoscaler"}, kinds.keys()
container = kinds["Deployment"]["spec"]["template"]["spec"]["containers"][0]
for probe in ("readinessProbe", "livenessProbe"):
    assert container[probe]["httpGet"]["path"] == "/healthz", probe
assert container["resources"]["limits"] and container["resources"]["requests"]
assert kinds["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]["name"] == kinds["Deployment"]["metadata"]["name"]
print("test-scaleout: deploy/kubernetes.yaml has Deployment (probes on /healthz, resources), Service, HPA")
PY

start_server "$bin" "$work/a.log" --public "$root/public" --workers 1
pid_a=$SERVER_PID port_a=$SERVER_PORT
start_server "$bin" "$work/b.log" --public "$root/public" --workers 1
pid_b=$SERVER_PID port_b=$SERVER_PORT

# The shipped upstream block, pointed at the two loopback replicas and a free port.
proxy_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
sed -e "s/127.0.0.1:8081/127.0.0.1:$port_a/" -e "s/127.0.0.1:8082/127.0.0.1:$port_b/" \
    -e "s/listen 8080;/listen 127.0.0.1:$proxy_port;/" "$root/deploy/nginx-upstream.conf" > "$work/upstream.conf"
mkdir -p "$work/tmp"
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    include $work/upstream.conf;
}
CONF
"$nginx_bin" -p "$work" -c "$work/nginx.conf" 2>>"$work/nginx-error.log" &
nginx_pid=$!
proxy="http://127.0.0.1:$proxy_port"
for _ in $(seq 1 100); do curl -fs "$proxy/healthz" >/dev/null 2>&1 && break; sleep 0.05; done
curl -fs "$proxy/healthz" >/dev/null || { cat "$work/nginx-error.log" >&2; echo "test-scaleout: nginx did not come up" >&2; exit 1; }

check_run() {  # $1 = seed; a distinct program each time so the caches cannot answer
    local out
    out="$(curl -s -w '\n%{http_code}' "$proxy/api/run?seed=$1" -H 'Content-Type: text/x-python' \
        --data-binary "print('run', $1)")"
    [ "$(tail -n1 <<<"$out")" = 200 ] || { echo "test-scaleout: run $1 -> $out" >&2; return 1; }
    python3 -c 'import json, sys; t = json.loads(sys.argv[1]); assert t["status"] == "completed" and t["stdout"] == "run %s\n" % sys.argv[2], t' \
        "$(sed '$d' <<<"$out")" "$1"
}
for i in $(seq 1 12); do check_run "$i"; done
runs_on() {
    curl -fs "http://127.0.0.1:$1/metrics" | sed -n 's/^interleave_http_requests_total{route="\/api\/run",method="POST",status="200"} //p'
}
a="$(runs_on "$port_a")" b="$(runs_on "$port_b")"
echo "test-scaleout: 12 runs through nginx: replica A answered ${a:-0}, replica B ${b:-0}"
[ "${a:-0}" -gt 0 ] && [ "${b:-0}" -gt 0 ] || { echo "test-scaleout: a replica got no runs" >&2; exit 1; }
curl -fs "$proxy/api/examples/supermarket" | grep -q asyncio.wait

# One replica gone: nginx skips it (the POST never reached it) and every run still succeeds.
stop_server "$pid_a"
pid_a=""
for i in $(seq 13 20); do check_run "$i"; done
echo "test-scaleout: with replica A stopped, 8 more runs succeeded through replica B"
echo "test-scaleout: passed"
