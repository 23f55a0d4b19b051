#!/usr/bin/env bash
# A backup of the cluster's database: the trading journal (schema `journal`) and the Orleans state (schema `public`:
# grain state, reminders, membership) in one consistent pg_dump snapshot, custom format (README "Backup and restore").
#
#   deploy/backup.sh [now]    one backup now, then the retention; prints the backup's path on stdout
#   deploy/backup.sh daily    forever: one backup every trading-week day at KISTRADER_BACKUP_AT (KST), after the
#                             18:05 reconciliation (the compose service `backup` runs this); each outcome is written
#                             to $KISTRADER_BACKUP_DIR/last-status
#   deploy/backup.sh check    exit 1 when the daily loop's last backup failed (the compose health check)
#
# Settings (environment):
#   ConnectionStrings__KisTrader  the database, as the silos get it (else a running deploy/cluster-local.sh's)
#   KISTRADER_BACKUP_DIR          where backups go (default .tmp/backups; created 0700, files 0600)
#   KISTRADER_BACKUP_KEEP         keep at least the newest N backups (default 14; at least 1)
#   KISTRADER_BACKUP_KEEP_DAYS    and every backup younger than D days (default 30; 0 = only the newest N)
#   KISTRADER_BACKUP_AT           the daily time in KST, HH:MM (default 18:30)
#   PG_BIN                        PostgreSQL 15 client binaries (default /usr/lib/postgresql/15/bin)
# A backup is deleted only when it is neither among the newest N nor younger than D days. Files are written as
# *.partial, checked with pg_restore --list, then renamed: a failed run leaves no file that looks like a backup.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
die() { echo "backup.sh: $*" >&2; exit 1; }
say() { echo "backup.sh: $*" >&2; }
# shellcheck source=deploy/pg-connection.sh
. "$root/deploy/pg-connection.sh"

backup_dir="${KISTRADER_BACKUP_DIR:-$root/.tmp/backups}"
keep="${KISTRADER_BACKUP_KEEP:-14}"
keep_days="${KISTRADER_BACKUP_KEEP_DAYS:-30}"
[[ "$keep" =~ ^[0-9]+$ && "$keep" -ge 1 ]] || die "KISTRADER_BACKUP_KEEP must be a whole number ≥ 1 (got '$keep')"
[[ "$keep_days" =~ ^[0-9]+$ ]] || die "KISTRADER_BACKUP_KEEP_DAYS must be a whole number ≥ 0 (got '$keep_days')"

# Deletes what the retention does not keep.
retain() {
  local files=() f i now age
  # By the UTC timestamp ending each name (kistrader-<database>-YYYYMMDDTHHMMSSZ.dump), oldest first.
  mapfile -t files < <(find "$backup_dir" -maxdepth 1 -type f -name 'kistrader-*-*Z.dump' -printf '%f\n' \
    | sed -n 's/^.*-\([0-9]\{8\}T[0-9]\{6\}Z\)\.dump$/\1 &/p' | sort | cut -d' ' -f2-)
  now=$(date +%s)
  for ((i = 0; i < ${#files[@]} - keep; i++)); do
    f="$backup_dir/${files[$i]}"
    age=$(( (now - $(stat -c %Y "$f")) / 86400 ))
    if [ "$keep_days" = 0 ] || [ "$age" -ge "$keep_days" ]; then
      rm -f "$f"
      say "retention: deleted ${files[$i]} ($age days old; keeping the newest $keep and those younger than $keep_days days)"
    fi
  done
}

backup_once() {
  pg_check_binaries pg_dump pg_restore
  pg_tmp="$(mktemp -d)"; chmod 700 "$pg_tmp"
  trap 'rm -rf "$pg_tmp"; rm -f "${partial:-}"' EXIT
  pg_load_connection
  mkdir -p "$backup_dir"; chmod 700 "$backup_dir"
  local name file started
  name="kistrader-${PGDATABASE}-$(date -u +%Y%m%dT%H%M%SZ).dump"
  file="$backup_dir/$name"
  partial="$file.partial"
  started=$SECONDS
  say "dumping $(pg_display) to $file"
  ( umask 077; "$pg_bin/pg_dump" --format=custom --compress=6 --no-password --file="$partial" ) \
    || die "pg_dump of $(pg_display) failed"
  "$pg_bin/pg_restore" --list "$partial" >/dev/null || die "the dump $partial is unreadable"
  mv "$partial" "$file"
  partial=""
  say "done: $(du -h "$file" | cut -f1) in $((SECONDS - started)) s"
  retain
  echo "$file"
}

# Seconds from now to the next KISTRADER_BACKUP_AT (KST) on a weekday (Monday–Friday; a holiday's backup is harmless).
seconds_to_next() {
  local at="${KISTRADER_BACKUP_AT:-18:30}" now target d
  [[ "$at" =~ ^([01][0-9]|2[0-3]):[0-5][0-9]$ ]] || die "KISTRADER_BACKUP_AT must be HH:MM (got '$at')"
  now=$(date +%s)
  for d in 0 1 2 3 4 5 6 7; do
    target=$(TZ=Asia/Seoul date -d "$(TZ=Asia/Seoul date -d "@$((now + d * 86400))" +%F) $at" +%s)
    if [ "$target" -gt "$now" ] && [ "$(TZ=Asia/Seoul date -d "@$target" +%u)" -le 5 ]; then
      echo $((target - now)); return
    fi
  done
  die "no next backup time found"
}

daily() {
  TZ=Asia/Seoul date >/dev/null 2>&1 || die "the Asia/Seoul time zone is missing (install tzdata)"
  while true; do
    local wait_s; wait_s=$(seconds_to_next)
    say "next backup in ${wait_s} s ($(TZ=Asia/Seoul date -d "@$(( $(date +%s) + wait_s ))" '+%F %H:%M KST'))"
    sleep "$wait_s"
    # A failed backup is reported and retried the next day; the loop keeps running.
    if ( backup_once ); then
      echo "ok $(date -u +%FT%TZ)" > "$backup_dir/last-status"
    else
      say "the backup FAILED (see above)"
      mkdir -p "$backup_dir"; echo "failed $(date -u +%FT%TZ)" > "$backup_dir/last-status"
    fi
  done
}

case "${1:-}" in
  ""|now) backup_once ;;
  daily) daily ;;
  check) ! grep -qs '^failed' "$backup_dir/last-status" || { echo "the last backup failed: $(cat "$backup_dir/last-status")"; exit 1; } ;;
  *) echo "usage: $0 [now|daily|check]" >&2; exit 2 ;;
esac
