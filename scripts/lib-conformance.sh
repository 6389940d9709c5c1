#!/usr/bin/env bash
# Runs the shared conformance corpus on CPython with Interleave's Lib/ modules
# substituted for CPython's (scripts/lib-harness.py): proves our pure-Python
# library (asyncio, itertools, ...) matches CPython before our VM runs it.
#   scripts/lib-conformance.sh [NAME_FILTER]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
wrapper="$(mktemp)"
trap 'rm -f "$wrapper"' EXIT
printf '#!/usr/bin/env bash\n[ "$1" = run ] && shift\nexec python3 %q "$@"\n' "$here/lib-harness.py" > "$wrapper"
chmod +x "$wrapper"
bash "$here/../../shared/conformance/run.sh" "$wrapper" "$here/../../shared/conformance/cases" "${1:-}"
