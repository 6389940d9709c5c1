#!/usr/bin/env bash
# No Docker engine runs here, so the image is checked statically: hadolint
# lints the Dockerfile and every local path it COPYs must exist.
set -euo pipefail
cd "$(dirname "$0")/.."
hadolint --failure-threshold warning Dockerfile
status=0
# COPY [--from=...] SRC... DEST : check the SRCs of COPYs without --from.
while read -r line; do
    set -- $line
    shift
    case "${1:-}" in --from=*) continue ;; esac
    args=()
    for a in "$@"; do case "$a" in --*) ;; *) args+=("$a") ;; esac; done
    n=${#args[@]}
    for ((i = 0; i < n - 1; i++)); do
        if [ ! -e "${args[$i]}" ]; then
            echo "Dockerfile COPYs missing path: ${args[$i]}" >&2
            status=1
        fi
    done
done < <(grep -E '^\s*COPY\s' Dockerfile)
[ $status -eq 0 ] && echo "Dockerfile: hadolint clean, all COPY sources exist"
exit $status
