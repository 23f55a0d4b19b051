#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for tests and local development: its own data directory under /tmp, its own port on
# 127.0.0.1, one login role and one database. Nothing outside that directory is touched.
#
#   deploy/postgres.sh start          start a server; prints two lines for `eval`:
#                                       KISTRADER_PG_DIR=/tmp/kistrader-pg.XXXXXX
#                                       KISTRADER_TEST_PG='Host=127.0.0.1;Port=...;Username=kistrader;Password=...;Database=kistrader'
#                                     and writes the connection string to $KISTRADER_PG_DIR/connection
#   deploy/postgres.sh stop <dir>     stop that server and delete its directory
#
# Works as root (the server runs as the `postgres` user through runuser, because initdb refuses root) and unchanged
# as a normal user (the server runs as that user). The role may create databases, so test fixtures can create a
# fresh database per test class. Binaries come from /usr/lib/postgresql/15/bin (override with PG_BIN); when they are
# missing the script fails with the install command; it never skips. Fixed port: PG_PORT (no retry then).
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
ROLE=kistrader
DATABASE=kistrader

die() { echo "postgres.sh: $*" >&2; exit 1; }
say() { echo "postgres.sh: $*" >&2; }

usage() {
  echo "usage: $0 start | stop <dir>" >&2
  exit 2
}

# Runs a server binary as the account that owns the data directory (as root: `postgres`, or whoever owns an
# existing directory, so that root can also stop a server a normal user started).
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    local owner=postgres
    if [ -n "${base:-}" ] && [ -d "$base" ]; then owner="$(stat -c %U "$base")"; fi
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

check_binaries() {
  local b
  for b in initdb pg_ctl postgres psql; do
    [ -x "$PG_BIN/$b" ] || die "$PG_BIN/$b is missing. Install PostgreSQL 15 first: apt-get update && apt-get install -y postgresql-15 (or set PG_BIN to its bin directory)."
  done
  if [ "$(id -u)" = 0 ]; then
    id -u postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' user to own the server (initdb refuses root); install the postgresql-15 package, which creates it, or run as a normal user."
    command -v runuser >/dev/null 2>&1 || die "running as root needs runuser (util-linux) to drop to the 'postgres' user."
  fi
}

random_port() {
  # 20000..59999, away from the usual service ports and the default ephemeral range start (32768 overlaps, hence
  # the retry on collision).
  echo $((20000 + (RANDOM * 32768 + RANDOM) % 40000))
}

random_secret() {
  head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n'
}

start() {
  check_binaries
  local sock log port password attempt started=0
  # base, data and pg_ok are global: the EXIT trap runs after this function has returned.
  base="$(mktemp -d /tmp/kistrader-pg.XXXXXX)"
  data="$base/data"; sock="$base/sock"; log="$base/server.log"
  mkdir -p "$sock"
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres:postgres "$base"
  fi
  # On any failure below (die exits), leave nothing behind.
  pg_ok=0
  trap 'if [ "$pg_ok" = 0 ]; then as_owner "$PG_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$base"; fi' EXIT

  password="$(random_secret)"
  local pwfile="$base/pwfile"
  printf '%s\n' "$(random_secret)" > "$pwfile"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pwfile"; fi
  chmod 600 "$pwfile"

  # Local socket connections (the superuser, only for setup) are trusted; TCP logins need a password, so the
  # connection string's credentials are really checked. fsync off: the data is throwaway.
  as_owner "$PG_BIN/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    --no-sync -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
    || { cat "$base/initdb.log" >&2; die "initdb failed (log above)"; }
  rm -f "$pwfile"

  # TLS (PG_SSL_DIR, a directory made by deploy/make-cert.sh): the server key is copied into the data directory's
  # parent, owned by the server's account and 0600 (PostgreSQL refuses a key others can read), and every TCP login
  # must use TLS (pg_hba: hostssl instead of host). The connection string then verifies the server against ca.crt.
  local tls_opts="" cs_tls=""
  if [ -n "${PG_SSL_DIR:-}" ]; then
    local f
    for f in server.crt server.key ca.crt; do
      [ -r "$PG_SSL_DIR/$f" ] || die "PG_SSL_DIR=$PG_SSL_DIR has no readable $f (make it with deploy/make-cert.sh)"
    done
    mkdir -p "$base/tls"
    cp "$PG_SSL_DIR/server.crt" "$PG_SSL_DIR/server.key" "$base/tls/"
    chmod 600 "$base/tls/server.key"
    if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$base/tls"; fi
    sed -i -E 's/^host(\s)/hostssl\1/' "$data/pg_hba.conf"
    tls_opts="-c ssl=on -c ssl_cert_file=$base/tls/server.crt -c ssl_key_file=$base/tls/server.key -c ssl_min_protocol_version=TLSv1.2"
    cs_tls=";SSL Mode=VerifyFull;Root Certificate=$(cd "$PG_SSL_DIR" && pwd)/ca.crt"
  fi

  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port="${PG_PORT:-$(random_port)}"
    if as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 30 -o "-p $port -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 $tls_opts" start >/dev/null 2>&1; then
      started=1
      break
    fi
    if grep -q -i -E 'could not bind|address already in use|could not create lock file' "$log" 2>/dev/null && [ -z "${PG_PORT:-}" ]; then
      say "port $port is taken (attempt $attempt), trying another"
      : > "$log"
      continue
    fi
    tail -n 20 "$log" >&2 || true
    die "the server did not start on port $port (server log above)"
  done
  [ "$started" = 1 ] || die "no free port found after 10 attempts"

  as_owner "$PG_BIN/psql" -h "$sock" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$password'" \
    -c "CREATE DATABASE $DATABASE OWNER $ROLE" >/dev/null \
    || die "could not create the role and database (server log: $log)"

  local cs="Host=127.0.0.1;Port=$port;Username=$ROLE;Password=$password;Database=$DATABASE$cs_tls"
  printf '%s\n' "$cs" > "$base/connection"
  chmod 600 "$base/connection"
  pg_ok=1
  say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $base (stop with: $0 stop $base)"
  echo "KISTRADER_PG_DIR=$base"
  echo "KISTRADER_TEST_PG='$cs'"
}

stop() {
  base="${1:-}"
  [ -n "$base" ] || usage
  case "$base" in
    /tmp/kistrader-pg.*) ;;
    *) die "refusing to stop/remove '$base': not a directory made by '$0 start' (/tmp/kistrader-pg.*)" ;;
  esac
  [ -d "$base" ] || die "$base does not exist"
  if [ -f "$base/data/postmaster.pid" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$base/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || as_owner "$PG_BIN/pg_ctl" -D "$base/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
      || die "could not stop the server in $base (see $base/server.log)"
  fi
  rm -rf "$base"
  say "stopped and removed $base"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) usage ;;
esac
