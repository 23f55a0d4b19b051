# Sourced by deploy/backup.sh and deploy/restore.sh: the database the cluster uses, as libpq settings.
#
# The connection is the programs' own setting, ConnectionStrings__KisTrader (Npgsql syntax: Host=…;Port=…;Database=…;
# Username=…;Password=…;SSL Mode=VerifyFull;Root Certificate=…), the key docker-compose.yml and cluster-local.sh hand
# to the silos. When it is unset, the connection of a running `deploy/cluster-local.sh` is read from its run directory
# ($KISTRADER_CLUSTER_DIR/run.env, default .tmp/cluster-local). The password goes into a private password file
# (PGPASSFILE, 0600, deleted on exit): never onto a command line, never printed.

pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"

# Trims the blanks around a value and one pair of quotes (Npgsql allows 'x' and "x").
pg_trim() {
  local v="$1"
  v="${v#"${v%%[![:space:]]*}"}"; v="${v%"${v##*[![:space:]]}"}"
  if [[ "$v" == \"*\" || "$v" == \'*\' ]]; then v="${v:1:${#v}-2}"; fi
  printf '%s' "$v"
}

pg_connection_string() {
  if [ -n "${ConnectionStrings__KisTrader:-}" ]; then printf '%s' "$ConnectionStrings__KisTrader"; return; fi
  local run_env="${KISTRADER_CLUSTER_DIR:-$root/.tmp/cluster-local}/run.env"
  if [ -r "$run_env" ]; then
    # PG_CONNECTION='…' as cluster-local.sh writes it.
    sed -n "s/^PG_CONNECTION='\(.*\)'$/\1/p" "$run_env" | tail -n 1
    return
  fi
  return 1
}

# Exports PGHOST, PGPORT, PGDATABASE, PGUSER, PGSSLMODE, PGSSLROOTCERT and PGPASSFILE from the connection string.
# $pg_tmp must be a private directory (0700) the caller deletes.
pg_load_connection() {
  local cs part key value password=""
  cs="$(pg_connection_string)" || die "no database: set ConnectionStrings__KisTrader (the silos' setting) or start deploy/cluster-local.sh"
  [ -n "$cs" ] || die "ConnectionStrings__KisTrader is empty"
  unset PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD PGSSLMODE PGSSLROOTCERT PGSERVICE PGOPTIONS
  export PGHOST=localhost PGPORT=5432 PGDATABASE=kistrader PGUSER=kistrader PGAPPNAME=kistrader-backup
  local IFS=';'
  for part in $cs; do
    [ -n "${part//[[:space:]]/}" ] || continue
    key="$(pg_trim "${part%%=*}")"; value="$(pg_trim "${part#*=}")"
    key="${key,,}"; key="${key// /}"
    case "$key" in
      host|server) PGHOST="$value" ;;
      port) PGPORT="$value" ;;
      database|db) PGDATABASE="$value" ;;
      username|userid|user|uid) PGUSER="$value" ;;
      password|pwd) password="$value" ;;
      sslmode)
        case "${value,,}" in
          disable) export PGSSLMODE=disable ;; allow) export PGSSLMODE=allow ;; prefer) export PGSSLMODE=prefer ;;
          require) export PGSSLMODE=require ;; verifyca|verify-ca) export PGSSLMODE=verify-ca ;;
          verifyfull|verify-full) export PGSSLMODE=verify-full ;;
          *) die "unsupported SSL Mode in the connection string" ;;
        esac ;;
      rootcertificate) export PGSSLROOTCERT="$value" ;;
      *) ;; # pooling, timeouts, application name …: not libpq's business
    esac
  done
  export PGPASSFILE="$pg_tmp/pgpass"
  # .pgpass escapes: backslash and colon.
  local esc="${password//\\/\\\\}"; esc="${esc//:/\\:}"
  ( umask 077; printf '*:*:*:*:%s\n' "$esc" > "$PGPASSFILE" )
}

# What the scripts print about the connection: never the password.
pg_display() { printf '%s@%s:%s/%s' "$PGUSER" "$PGHOST" "$PGPORT" "$PGDATABASE"; }

pg_check_binaries() {
  local b
  for b in "$@"; do
    [ -x "$pg_bin/$b" ] || die "$pg_bin/$b is missing. Install the PostgreSQL 15 client: apt-get install -y postgresql-client-15 (or set PG_BIN)"
  done
}
