#!/usr/bin/env bash
# The test command: starts the project's PostgreSQL, then runs, stopping at the first failure:
#   1. the OpenAPI document's freshness check,
#   2. every Swift test (Swift Testing; each test on a database of its own),
#   3. the end-to-end smoke test of the built binary (deploy/smoke.sh),
#   4. contract fuzzing of the served API for every role (deploy/fuzz.sh),
#   5. PostgreSQL stopped and started under load (deploy/faults.sh, on a private cluster),
#   6. a corpus of bad requests to every write endpoint (deploy/bad-input.sh),
# after linting the deployment files (deploy/lint-deploy.sh: hadolint, kubernetes-validate, systemd).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# A cluster that fails to start must stop the run here: `eval "$(…)"` alone would go on without
# DATABASE_URL and fail every test with a misleading message.
postgres_environment=$(deploy/local-postgres.sh)
eval "$postgres_environment"

# The served OpenAPI document must be what its generator writes from the code and Seeds/.
python3 docs/generate-openapi.py --check

lint_log=$(mktemp)
started=$(date +%s)
bash deploy/lint-deploy.sh | tee "$lint_log"
lint_checks=$(grep -c '^lint: ok' "$lint_log" || true)
lint_seconds=$(( $(date +%s) - started ))
rm -f "$lint_log"

started=$(date +%s)
swift build --build-tests
echo "build: $(( $(date +%s) - started )) s" >&2

started=$(date +%s)
swift_log=$(mktemp)
# Swift Testing only: XCTest would add a misleading "Executed 0 tests" summary.
swift test --skip-build --disable-xctest 2>&1 | tee "$swift_log"
swift_tests=$(sed -n 's/.*Test run with \([0-9]*\) tests.* passed .*/\1/p' "$swift_log" | tail -1)
# The authorization matrix is one Swift test (every documented operation × every role).
matrix=$(grep -c '✔ Test "each documented operation has a row' "$swift_log" || true)
rm -f "$swift_log"
swift_seconds=$(( $(date +%s) - started ))
echo "swift test: $swift_seconds s" >&2

smoke_log=$(mktemp)
started=$(date +%s)
bash deploy/smoke.sh | tee "$smoke_log"
smoke_checks=$(grep -c '^smoke: ok' "$smoke_log")
# The leak scan: the two smoke checks that search the database dump and the server log for
# personal data in clear.
leak_checks=$(grep -c -e '^smoke: ok    the database dump holds' -e '^smoke: ok    the server log never holds' "$smoke_log" || true)
smoke_seconds=$(( $(date +%s) - started ))
echo "smoke: $smoke_seconds s" >&2

fuzz_log=$(mktemp)
started=$(date +%s)
bash deploy/fuzz.sh | tee "$fuzz_log"
fuzz_roles=$(grep -c '^fuzz: ok' "$fuzz_log")
fuzz_cases=$(sed -n 's/^fuzz: ok .*: \([0-9][0-9]*\) generated.*/\1/p' "$fuzz_log" | awk '{ n += $1 } END { print n + 0 }')
fuzz_seconds=$(( $(date +%s) - started ))
echo "fuzz: $fuzz_seconds s" >&2

faults_log=$(mktemp)
started=$(date +%s)
bash deploy/faults.sh | tee "$faults_log"
faults_checks=$(grep -c '^faults: ok' "$faults_log" || true)
faults_seconds=$(( $(date +%s) - started ))
echo "faults: $faults_seconds s" >&2

bad_log=$(mktemp)
started=$(date +%s)
bash deploy/bad-input.sh | tee "$bad_log"
bad_requests=$(sed -n 's/^bad-input: \([0-9][0-9]*\) requests;.*/\1/p' "$bad_log")
bad_checks=$(grep -c '^bad-input: ok' "$bad_log" || true)
bad_seconds=$(( $(date +%s) - started ))
echo "bad input: $bad_seconds s" >&2
rm -f "$smoke_log" "$fuzz_log" "$faults_log" "$bad_log"

echo "summary: swift tests ${swift_tests:-0} (authorization matrix: $matrix test) | smoke $smoke_checks checks | fuzzing $fuzz_roles roles, $fuzz_cases cases | faults $faults_checks checks | bad input ${bad_requests:-0} requests | leak scan $leak_checks checks | deploy lint $lint_checks checks"
echo "seconds: deploy lint $lint_seconds | swift tests $swift_seconds | smoke $smoke_seconds | fuzzing $fuzz_seconds | faults $faults_seconds | bad input $bad_seconds"
echo "total: $(( ${swift_tests:-0} + smoke_checks + fuzz_roles + faults_checks + bad_checks + lint_checks )) passed, 0 failed"
