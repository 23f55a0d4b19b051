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

echo "== PostgreSQL (throwaway, for the storage and cluster tests)"
# Tests that need PostgreSQL fail without it (they never skip), so a server is always provided: the one named by
# KISTRADER_TEST_PG when the caller set it, otherwise a throwaway one from deploy/postgres.sh, stopped on exit.
if [ -z "${KISTRADER_TEST_PG:-}" ]; then
  pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
  if [ ! -x "$pg_bin/initdb" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "installing PostgreSQL 15 (apt-get install postgresql-15)"
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15; } >/dev/null \
        || fail "could not install PostgreSQL 15 with apt-get"
    else
      fail "PostgreSQL 15 is not installed ($pg_bin/initdb missing): apt-get install -y postgresql-15, or set KISTRADER_TEST_PG to a server"
    fi
  fi
  pg_env="$(bash "$root/deploy/postgres.sh" start)" || fail "could not start a throwaway PostgreSQL (deploy/postgres.sh start)"
  eval "$pg_env"
  trap 'bash "$root/deploy/postgres.sh" stop "$KISTRADER_PG_DIR" >/dev/null 2>&1 || true' EXIT
fi
export KISTRADER_TEST_PG

echo "== test"
set +e
# One test module at a time: the modules start simulators, silos and PostgreSQL databases, and running them side by
# side on a 2-core machine makes timing-sensitive protocol tests (timeouts, heartbeats) compete for the CPU.
dotnet test --solution KisTrader.sln -c Release --no-build --max-parallel-test-modules 1 --report-xunit-trx --results-directory "$results"
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
