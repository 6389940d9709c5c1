#!/usr/bin/env bash
# Checks GET /api/openapi.json of a live server: the document validates as
# OpenAPI 3.1 (openapi-spec-validator), and schemathesis drives every
# operation with generated requests, failing on any 5xx, any response that
# does not match its schema, or an undocumented status or content type.
#   scripts/test-api-schema.sh [path/to/interleave]   (default .build/release/interleave)
# Needs `scripts/install-deps.sh --test` (openapi-spec-validator, schemathesis).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/.build/release/interleave}"
examples="${API_SCHEMA_EXAMPLES:-50}"
work="$(mktemp -d)"
. "$root/scripts/lib-server.sh"
trap 'stop_server "${SERVER_PID:-}"; rm -rf "$work"' EXIT

start_server "$bin" "$work/server.log" --public "$root/public" --max-wall 1
base="http://127.0.0.1:$SERVER_PORT"
python3 -c 'import sys, json, urllib.request
from openapi_spec_validator import validate
document = json.load(urllib.request.urlopen(sys.argv[1] + "/api/openapi.json"))
validate(document)
print("openapi-spec-validator: valid OpenAPI", document["openapi"], "with", len(document["paths"]), "paths")' "$base"

cd "$work"
# One worker: CPython 3.11's ast module is not thread-safe, and hypothesis
# parses lambda sources with it ("AST constructor recursion depth mismatch").
python3 -m schemathesis.cli run "$base/api/openapi.json" --url "$base" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
    --max-examples "$examples" --seed 1 --workers 1 --request-timeout 10 --phases examples,coverage,fuzzing \
    --generation-database none --no-color --suppress-health-check all
echo "test-api-schema: passed"
