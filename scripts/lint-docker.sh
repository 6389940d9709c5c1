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
[ $status -eq 0 ] || exit $status

# The build stage sees only what it COPYs: SwiftPM must load the manifest
# from exactly those paths (a missing target folder fails `swift build`).
context="$(mktemp -d)"
trap 'rm -rf "$context" "$context.err"' EXIT
while read -r line; do
    set -- $line
    shift
    case "${1:-}" in --from=*) continue ;; esac
    args=()
    for a in "$@"; do case "$a" in --*) ;; *) args+=("$a") ;; esac; done
    n=${#args[@]}
    dest="${args[$((n - 1))]}"
    case "$dest" in /*) continue ;; esac   # runtime-stage copies (absolute paths)
    for ((i = 0; i < n - 1; i++)); do
        src="${args[$i]}"
        case "$dest" in
            ./|*/) target="$context/$(basename "$src")" ;;
            *) target="$context/${dest#./}" ;;
        esac
        cp -R "$src" "$target"
    done
done < <(grep -E '^\s*COPY\s' Dockerfile)
if ! (cd "$context" && swift package describe >/dev/null 2>"$context.err"); then
    echo "Dockerfile: SwiftPM cannot load the manifest from the build context:" >&2
    cat "$context.err" >&2
    exit 1
fi
echo "Dockerfile: hadolint clean, all COPY sources exist, manifest loads from the build context"
