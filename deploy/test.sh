#!/usr/bin/env bash
# The test command: starts the project's PostgreSQL, then runs, stopping at the first failure:
#   1. the OpenAPI document's freshness check,
#   2. every Swift test (Swift Testing; each test on a database of its own),
#   3. the end-to-end smoke test of the built binary (deploy/smoke.sh),
#   4. contract fuzzing of the served API for every role (deploy/fuzz.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

eval "$(deploy/local-postgres.sh)"

# The served OpenAPI document must be what its generator writes from the code and Seeds/.
python3 docs/generate-openapi.py --check

started=$(date +%s)
swift build --build-tests
echo "build: $(( $(date +%s) - started )) s" >&2

started=$(date +%s)
swift_log=$(mktemp)
# Swift Testing only: XCTest would add a misleading "Executed 0 tests" summary.
swift test --skip-build --disable-xctest 2>&1 | tee "$swift_log"
swift_tests=$(sed -n 's/.*Test run with \([0-9]*\) tests.* passed .*/\1/p' "$swift_log" | tail -1)
rm -f "$swift_log"
echo "swift test: $(( $(date +%s) - started )) s" >&2

smoke_log=$(mktemp)
bash deploy/smoke.sh | tee "$smoke_log"
smoke_checks=$(grep -c '^smoke: ok' "$smoke_log")

fuzz_log=$(mktemp)
started=$(date +%s)
bash deploy/fuzz.sh | tee "$fuzz_log"
fuzz_roles=$(grep -c '^fuzz: ok' "$fuzz_log")
echo "fuzz: $(( $(date +%s) - started )) s" >&2
rm -f "$smoke_log" "$fuzz_log"

echo "summary: swift tests ${swift_tests:-0}, smoke checks $smoke_checks, fuzzed roles $fuzz_roles"
echo "total: $(( ${swift_tests:-0} + smoke_checks + fuzz_roles )) passed, 0 failed"
