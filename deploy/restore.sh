#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into the database named by the connection (README "Backup and restore").
#
#   deploy/restore.sh [--database NAME] [--create] [--force] [--keep-membership] <backup.dump>
#
#   --database NAME    restore into NAME instead of the connection's database (same server and login)
#   --create           create the database first when it does not exist (the login needs CREATEDB)
#   --force            restore even into a database that already holds tables: its objects of the same name are
#                      dropped first (pg_restore --clean). Without it a non-empty database is refused (exit 3).
#   --keep-membership  keep the backup's Orleans membership rows. By default they are deleted after the restore:
#                      none of those silos runs against the restored database, and fresh silos join faster without
#                      probing them.
#
# The connection is the one deploy/backup.sh uses (ConnectionStrings__KisTrader, else a running cluster-local.sh's);
# stop every silo and front end first. The restore runs in one transaction (all or nothing), without the backup's
# owners and grants: everything belongs to the connecting login. The password is never printed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
die() { echo "restore.sh: $*" >&2; exit 1; }
say() { echo "restore.sh: $*" >&2; }
usage() { echo "usage: $0 [--database NAME] [--create] [--force] [--keep-membership] <backup.dump>" >&2; exit 2; }
# shellcheck source=deploy/pg-connection.sh
. "$root/deploy/pg-connection.sh"

create=0; force=0; keep_membership=0; file=""; database=""
while [ $# -gt 0 ]; do
  case "$1" in
    --database) [ $# -ge 2 ] || usage; database="$2"; shift ;;
    --create) create=1 ;;
    --force) force=1 ;;
    --keep-membership) keep_membership=1 ;;
    -*) usage ;;
    *) [ -z "$file" ] || usage; file="$1" ;;
  esac
  shift
done
[ -n "$file" ] || usage
[ -r "$file" ] || die "$file is not a readable file"

pg_check_binaries pg_restore psql
pg_tmp="$(mktemp -d)"; chmod 700 "$pg_tmp"
trap 'rm -rf "$pg_tmp"' EXIT
pg_load_connection
[ -z "$database" ] || export PGDATABASE="$database"
"$pg_bin/pg_restore" --list "$file" >/dev/null 2>&1 || die "$file is not a pg_dump custom-format backup"

psql_in() { local db="$1"; shift; "$pg_bin/psql" --no-password --no-psqlrc -X -q -v ON_ERROR_STOP=1 -tA -d "$db" "$@"; }

target="$PGDATABASE"
# The database exists? Asked from the maintenance database `postgres`.
# (Variables are interpolated only in psql's input, not in -c.)
exists=$(echo "SELECT count(*) FROM pg_database WHERE datname = :'name'" | psql_in postgres -v name="$target") \
  || die "cannot connect to $(pg_display | sed "s#/$target\$#/postgres#")"
if [ "$exists" = 0 ]; then
  [ "$create" = 1 ] || die "the database $(pg_display) does not exist (--create creates it)"
  say "creating the database $target"
  echo 'CREATE DATABASE :"name"' | psql_in postgres -v name="$target" >/dev/null || die "could not create the database $target"
fi

# Non-empty: any table, view, sequence … outside the system schemas.
objects=$(psql_in "$target" -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'") \
  || die "cannot connect to $(pg_display)"
clean=()
if [ "$objects" != 0 ]; then
  if [ "$force" != 1 ]; then
    say "refusing: $(pg_display) is not empty ($objects relations). Restore into a fresh database, or pass --force to replace its objects."
    exit 3
  fi
  say "--force: replacing the objects of $(pg_display) ($objects relations)"
  clean=(--clean --if-exists)
fi

started=$SECONDS
say "restoring $file into $(pg_display)"
"$pg_bin/pg_restore" --no-password --dbname="$target" --no-owner --no-privileges --single-transaction --exit-on-error \
  "${clean[@]}" "$file" || die "pg_restore failed; nothing was restored (one transaction)"

if [ "$keep_membership" != 1 ]; then
  has=$(psql_in "$target" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'orleansmembershiptable'")
  if [ "$has" = 1 ]; then
    removed=$(psql_in "$target" -c "WITH d AS (DELETE FROM orleansmembershiptable RETURNING 1) SELECT count(*) FROM d")
    say "deleted the backup's $removed Orleans membership row(s) (--keep-membership keeps them)"
  fi
fi
say "restored in $((SECONDS - started)) s; start the silos against $(pg_display)"
