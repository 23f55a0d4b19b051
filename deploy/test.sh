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

echo "== headless browser (Debian chromium, for the dashboard test; Playwright never downloads one)"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium and a Korean font (apt-get install chromium fonts-nanum)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum; } >/dev/null \
      || fail "could not install chromium with apt-get"
  else
    fail "chromium is not installed (/usr/bin/chromium missing): apt-get install -y chromium fonts-nanum"
  fi
fi

echo "== docker-compose (validates docker-compose.yml offline: config -q; no Docker engine is needed or started)"
if [ ! -x /usr/bin/docker-compose ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing docker-compose 1.29 (apt-get install --no-install-recommends docker-compose)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose; } >/dev/null \
      || fail "could not install docker-compose with apt-get"
  else
    fail "docker-compose is not installed (/usr/bin/docker-compose missing): apt-get install -y --no-install-recommends docker-compose"
  fi
fi

echo "== test"
set +e
# One test module at a time: the modules start simulators, silos and PostgreSQL databases, and running them side by
# side on a 2-core machine makes timing-sensitive protocol tests (timeouts, heartbeats) compete for the CPU.
dotnet test --solution KisTrader.sln -c Release --no-build --max-parallel-test-modules 1 --report-xunit-trx --results-directory "$results"
status=$?
set -e

# Every test project of the solution must have produced results: a module that crashed, hung or was skipped by the
# runner writes no TRX, and its tests would silently be missing from the count. KisTrader.Testing (shared test support)
# and KisTrader.Benchmarks are not test projects.
expected=$(grep -o 'tests\\KisTrader\.[A-Za-z.]*\.Tests\\KisTrader\.[A-Za-z.]*\.Tests\.csproj' KisTrader.sln | sed 's/.*\\\(KisTrader\.[A-Za-z.]*\.Tests\)\.csproj/\1/' | sort -u)
for dir in tests/KisTrader.*.Tests; do
  name=$(basename "$dir")
  [ -f "$dir/$name.csproj" ] || continue
  echo "$expected" | grep -qx "$name" || fail "$name is in tests/ but not in KisTrader.sln, so it never runs: add it to the solution"
done
[ -n "$expected" ] || fail "no test projects (tests/KisTrader.*.Tests) found in KisTrader.sln"

passed=0; failed=0; missing=0
shopt -s nullglob
trx=("$results"/*.trx)
[ ${#trx[@]} -gt 0 ] || fail "no test results were written to $results"
for name in $expected; do
  if ! grep -l "[/\\]$name\.dll\"" "${trx[@]}" >/dev/null 2>&1; then
    echo "test.sh: $name produced no test results (no TRX names $name.dll): the module did not run or crashed before any test; counted as failed" >&2
    missing=$((missing + 1))
  fi
done

# Count each TRX without subtraction: passed is what passed; every other outcome is a failure. A class or collection
# fixture that fails shows as error/notExecuted results (or only in the counters), so both the result rows and the
# counters are read and the larger number of non-passed tests is taken: neither can hide the other.
for f in "${trx[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$f" || true)
  [ -n "$counters" ] || { echo "test.sh: $f has no counters: counted as one failure" >&2; failed=$((failed + 1)); continue; }
  get() { local v; v=$(echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"); echo "${v:-0}"; }
  p=$(get passed)
  bad_counters=0
  for c in failed error timeout aborted inconclusive passedButRunAborted notRunnable notExecuted disconnected; do
    bad_counters=$((bad_counters + $(get "$c")))
  done
  rows_passed=$(grep -o '<UnitTestResult [^>]*outcome="Passed"' "$f" | wc -l)
  rows_other=$(grep -o '<UnitTestResult [^>]*outcome="[^"]*"' "$f" | grep -vc 'outcome="Passed"' || true)
  bad=$(( bad_counters > rows_other ? bad_counters : rows_other ))
  if [ "$p" -ne "$rows_passed" ]; then
    echo "test.sh: $f reports $p passed in its counters but $rows_passed passed results: the smaller is taken, the difference counted as failed" >&2
    diff=$(( p > rows_passed ? p - rows_passed : rows_passed - p ))
    p=$(( p < rows_passed ? p : rows_passed ))
    bad=$((bad + diff))
  fi
  total=$(get total)
  if [ "$total" -gt $((p + bad)) ]; then
    # Tests the counters list with no outcome at all (never run): failures, not cancelled out by anything.
    echo "test.sh: $f lists $total tests but only $((p + bad)) have an outcome: the rest counted as failed" >&2
    bad=$((total - p))
  fi
  summary=$(grep -o '<ResultSummary outcome="[^"]*"' "$f" | sed 's/.*outcome="\([^"]*\)"/\1/')
  if [ "$bad" -eq 0 ] && [ -n "$summary" ] && [ "$summary" != "Completed" ] && [ "$summary" != "Passed" ]; then
    echo "test.sh: $f ended with outcome $summary although no test failed: counted as one failure" >&2
    bad=1
  fi
  passed=$((passed + p)); failed=$((failed + bad))
done
failed=$((failed + missing))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "test.sh: dotnet test exited with $status" >&2
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
