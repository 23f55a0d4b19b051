#!/usr/bin/env bash
# The whole KisTrader test suite — the README's test command.
# Installs/starts what the tests need, builds with zero warnings, runs every test project of the solution,
# and ends with one line "N passed, N failed". A missing prerequisite fails the run loudly; nothing is skipped.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

fail() { echo "test.sh: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

command -v dotnet >/dev/null 2>&1 || fail "the .NET 10 SDK (dotnet) is not on PATH; install it first (see README)"
dotnet --list-sdks | grep -q '^10\.' || fail "a .NET 10 SDK is required; found: $(dotnet --list-sdks | tr '\n' ' ')"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "== build (Release, warnings are errors)"
dotnet build KisTrader.sln -c Release -nologo -v:q || fail "build failed"

echo "== test"
set +e
dotnet test --solution KisTrader.sln -c Release --no-build --report-xunit-trx --results-directory "$results"
status=$?
set -e

passed=0; failed=0; other=0
shopt -s nullglob
trx=("$results"/*.trx)
[ ${#trx[@]} -gt 0 ] || fail "no test results were written to $results"
for f in "${trx[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$f")
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); p=$(get passed); fl=$(get failed); er=$(get error); ne=$(get notExecuted)
  passed=$((passed + p)); failed=$((failed + fl + er))
  # Anything not run (skipped, not executed) counts as a failure: this suite never skips.
  other=$((other + total - p - fl - er))
done
failed=$((failed + other))
[ "$other" -eq 0 ] || echo "test.sh: $other test(s) were not run (skipped or not executed) — counted as failed" >&2
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "test.sh: dotnet test exited with $status" >&2
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
