#!/usr/bin/env bash
# The test command: starts the project's PostgreSQL, runs every Swift test against it, then the
# end-to-end smoke test of the built binary. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

eval "$(deploy/local-postgres.sh)"

# The served OpenAPI document must be what its generator writes from the code and Seeds/.
python3 docs/generate-openapi.py --check

started=$(date +%s)
swift build --build-tests
echo "build: $(( $(date +%s) - started )) s" >&2

started=$(date +%s)
# Swift Testing only: XCTest would add a misleading "Executed 0 tests" summary.
swift test --skip-build --disable-xctest
echo "swift test: $(( $(date +%s) - started )) s" >&2

bash deploy/smoke.sh
