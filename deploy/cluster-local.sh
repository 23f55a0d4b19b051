#!/usr/bin/env bash
# docker-compose.yml's topology as plain processes on 127.0.0.1, for machines without Docker and for the tests:
# PostgreSQL 15 from the machine's binaries (deploy/postgres.sh: non-root, private port and data directory, TLS
# only), the migrate job, the KIS simulator, two silos (AdoNet clustering) and two front ends in client mode (HTTPS).
#
#   deploy/cluster-local.sh start       build, start everything, wait until both front ends are ready and both silos
#                                       are active members; print the URLs (exit 1, and nothing left running, on failure)
#   deploy/cluster-local.sh status      each process, each front end's /health/ready, the cluster's active silos
#                                       (exit 0 only when all of it is up)
#   deploy/cluster-local.sh stop        SIGTERM each process by its PID (front ends first), SIGKILL after a grace
#                                       period, then stop PostgreSQL and delete its data
#   deploy/cluster-local.sh env <name>  the environment a process gets (secrets shown as <secret>); names as in
#                                       docker-compose.yml: migrate silo1 silo2 web1 web2 simulator
#
# Settings (environment): KISTRADER_CLUSTER_DIR (run directory: PIDs, logs, certificates, secrets; default
# .tmp/cluster-local), KISTRADER_CLUSTER_CONFIGURATION (Release), KISTRADER_CLUSTER_BUILD (1; 0 = use the existing
# build output), KISTRADER_CLUSTER_TIMEOUT (seconds to wait for each stage, 240), KISTRADER_LOCAL_PORT_BASE (move all
# ports: silos B, B+1; gateways B+10, B+11; front ends B+20, B+21; simulator B+30), KISTRADER_CERT_DIR (certificates
# from deploy/make-cert.sh; default: made once in the run directory), KISTRADER_WEB_RATE_LIMIT (requests per key and
# minute on the front ends; default the product's 300 — the api-load benchmark lifts it), KISTRADER_WEB_ANONYMOUS_RATE_LIMIT
# (requests per address without a valid key and minute; default the product's 30 — the fuzz test lifts it),
# KISTRADER_WEB_MAX_BODY (the front ends' request body limit in bytes; default the product's 4 MiB),
# KISTRADER_CLUSTER_CLOCK_START and KISTRADER_CLUSTER_CLOCK_SPEED (a simulated clock for the whole cluster: the
# simulator starts at that instant and speed and the silos and front ends follow its clock,
# KisTrader__Clock__Source=Simulator; unset: everything on the wall clock).
# The cluster's settings come from deploy/cluster.env and deploy/kis-simulator.env, the files docker-compose.yml
# reads; secrets are made per run into $KISTRADER_CLUSTER_DIR/secrets.env (0600).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run_dir="${KISTRADER_CLUSTER_DIR:-$root/.tmp/cluster-local}"
configuration="${KISTRADER_CLUSTER_CONFIGURATION:-Release}"
wait_seconds="${KISTRADER_CLUSTER_TIMEOUT:-240}"
stop_grace="${KISTRADER_CLUSTER_STOP_GRACE:-30}"
artifacts="$root/artifacts/bin"
cfg="${configuration,,}"
silo_dll="$artifacts/KisTrader.Silo/$cfg/KisTrader.Silo.dll"
web_dll="$artifacts/KisTrader.Web/$cfg/KisTrader.Web.dll"
sim_dll="$artifacts/KisTrader.Kis.Simulator/$cfg/KisTrader.Kis.Simulator.dll"
processes=(simulator silo1 silo2 web1 web2)
secret_keys=" ConnectionStrings__KisTrader Kis__AccountNumber Simulator__Accounts__Keys__0__Cano Kis__AppKey Kis__AppSecret Kis__Cluster__EncryptionKey KISTRADER_ADMIN_KEY Kestrel__Certificates__Default__Password KisTrader__Tls__CertificatePassword Simulator__Accounts__Keys__0__AppKey Simulator__Accounts__Keys__0__AppSecret "

die() { echo "cluster-local.sh: $*" >&2; exit 1; }
say() { echo "cluster-local.sh: $*" >&2; }
usage() { echo "usage: $0 start | status | stop | env <migrate|silo1|silo2|web1|web2|simulator>" >&2; exit 2; }

# KEY=value lines of an env file, read the way docker-compose reads env_file: comments and blank lines skipped,
# the value taken literally.
env_lines() { grep -v -E '^[[:space:]]*(#|$)' "$1"; }
setting() { env_lines "$root/deploy/cluster.env" | sed -n "s/^$1=//p" | tail -n 1; }

ports() {
  if [ -n "${KISTRADER_LOCAL_PORT_BASE:-}" ]; then
    local b="$KISTRADER_LOCAL_PORT_BASE"
    silo_port=$b; gateway_port=$((b + 10)); web_port=$((b + 20)); sim_port=$((b + 30))
  else
    silo_port=$(setting KISTRADER_SILO_PORT); gateway_port=$(setting KISTRADER_GATEWAY_PORT)
    web_port=$(setting KISTRADER_WEB_PORT); sim_port=$(setting KISTRADER_SIMULATOR_PORT)
  fi
}

# The environment of one process: the base (PATH, HOME, …), then the shared files, then its own settings — the same
# keys as its docker-compose.yml service (env_file + environment), with loopback addresses and this run's ports.
process_env() {
  local name="$1" n
  echo "PATH=$PATH"; echo "HOME=${HOME:-/root}"; echo "LANG=C.UTF-8"; echo "DOTNET_CLI_TELEMETRY_OPTOUT=1"; echo "DOTNET_NOLOGO=1"
  [ -n "${DOTNET_ROOT:-}" ] && echo "DOTNET_ROOT=$DOTNET_ROOT"
  case "$name" in
    simulator)
      echo "Simulator__Accounts__Keys__0__AppKey=$KIS_APP_KEY"
      echo "Simulator__Accounts__Keys__0__AppSecret=$KIS_APP_SECRET"
      echo "Simulator__Accounts__Keys__0__Cano=$KIS_ACCOUNT_NUMBER"
      # On a simulated clock the silos pace their calls in simulated seconds: the simulator counts them the same way.
      if simulated_clock; then echo "Simulator__RateLimit__Clock=Simulated"; fi
      return 0 ;;
  esac
  env_lines "$root/deploy/cluster.env"
  env_lines "$root/deploy/kis-simulator.env" | sed "s#simulator:9443#127.0.0.1:$sim_port#"
  echo "ConnectionStrings__KisTrader=$PG_CONNECTION"
  case "$name" in
    migrate) ;;
    silo1|silo2)
      n=$(( ${name#silo} - 1 ))
      echo "KisTrader__Cluster__SiloPort=$((silo_port + n))"
      echo "KisTrader__Cluster__GatewayPort=$((gateway_port + n))"
      echo "KisTrader__Cluster__AdvertisedAddress=127.0.0.1"
      echo "KisTrader__Cluster__ListenOnAnyAddress=false"
      echo "Kis__AppKey=$KIS_APP_KEY"
      echo "Kis__AppSecret=$KIS_APP_SECRET"
      echo "Kis__AccountNumber=$KIS_ACCOUNT_NUMBER"
      echo "Kis__Cluster__EncryptionKey=$KIS_TOKEN_ENCRYPTION_KEY"
      if simulated_clock; then echo "KisTrader__Clock__Source=Simulator"; fi
      cluster_tls ;;
    web1|web2)
      n=$(( ${name#web} - 1 ))
      echo "ASPNETCORE_URLS=https://127.0.0.1:$((web_port + n))"
      echo "Kestrel__Certificates__Default__Path=$cert_dir/server.pfx"
      echo "Kestrel__Certificates__Default__Password=$KISTRADER_CERT_PASSWORD"
      echo "KISTRADER_ADMIN_KEY=$KISTRADER_ADMIN_KEY"
      echo "Kis__AccountNumber=$KIS_ACCOUNT_NUMBER"
      if [ -n "${KISTRADER_WEB_RATE_LIMIT:-}" ]; then echo "KisTrader__Web__RateLimit__PermitsPerWindow=$KISTRADER_WEB_RATE_LIMIT"; fi
      if [ -n "${KISTRADER_WEB_ANONYMOUS_RATE_LIMIT:-}" ]; then echo "KisTrader__Web__RateLimit__AnonymousPermitsPerWindow=$KISTRADER_WEB_ANONYMOUS_RATE_LIMIT"; fi
      if [ -n "${KISTRADER_WEB_MAX_BODY:-}" ]; then echo "KisTrader__Web__MaxRequestBodyBytes=$KISTRADER_WEB_MAX_BODY"; fi
      # The front ends' "now" and "today" follow the same simulator (Kis__RestBaseUrl) as the silos, and the
      # dashboard's clock controls (pause, speed, jump) change the simulator's clock.
      if simulated_clock; then echo "KisTrader__Clock__Source=Simulator"; echo "KisTrader__Web__SimulatorUrl=http://127.0.0.1:$sim_port/"; fi
      cluster_tls ;;
    *) usage ;;
  esac
}

# Orleans TLS between the silos and from the front ends to the gateways (mutual, the run's CA).
cluster_tls() {
  echo "KisTrader__Tls__CertificatePath=$cert_dir/server.pfx"
  echo "KisTrader__Tls__CertificatePassword=$KISTRADER_CERT_PASSWORD"
  echo "KisTrader__Tls__CaPath=$cert_dir/ca.crt"
}

# The cluster-wide simulated clock (README "Running a cluster"): on when a start or a speed is given.
simulated_clock() { [ -n "${KISTRADER_CLUSTER_CLOCK_START:-}${KISTRADER_CLUSTER_CLOCK_SPEED:-}" ]; }
clock_args() {
  if [ -n "${KISTRADER_CLUSTER_CLOCK_START:-}" ]; then printf '%s\n' --start "$KISTRADER_CLUSTER_CLOCK_START"; fi
  if [ -n "${KISTRADER_CLUSTER_CLOCK_SPEED:-}" ]; then printf '%s\n' --speed "$KISTRADER_CLUSTER_CLOCK_SPEED"; fi
  return 0
}

random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }

load_run() {
  [ -f "$run_dir/secrets.env" ] || return 1
  # shellcheck disable=SC1091
  set -a; . "$run_dir/secrets.env"; . "$run_dir/run.env"; set +a
}

alive() { local pid; pid=$(cat "$run_dir/pids/$1.pid" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

launch() {
  local name="$1" dll="$2"; shift 2
  local vars
  mapfile -t vars < <(process_env "$name")
  ( cd "$(dirname "$dll")" && exec setsid env -i "${vars[@]}" dotnet "$dll" "$@" >"$run_dir/logs/$name.log" 2>&1 </dev/null ) &
  echo $! > "$run_dir/pids/$name.pid"
}

fail_start() {
  say "$1"
  local f
  for f in "$run_dir"/logs/*.log; do
    [ -f "$f" ] || continue
    echo "---- last lines of $f" >&2; tail -n 15 "$f" | sed 's/Password=[^;]*/Password=***/g' >&2
  done
  stop >/dev/null 2>&1 || true
  exit 1
}

# Waits until "$@" succeeds; fails the start when the process $1 dies first or the time is up.
wait_for() {
  local name="$1" what="$2"; shift 2
  local deadline=$((SECONDS + wait_seconds))
  until "$@" >/dev/null 2>&1; do
    alive "$name" || fail_start "$name exited while waiting for $what (log: $run_dir/logs/$name.log)"
    [ $SECONDS -lt $deadline ] || fail_start "$name: $what not reached within ${wait_seconds}s (log: $run_dir/logs/$name.log)"
    sleep 1
  done
}

# A port in LISTEN state, read from /proc (as the compose health check does): no connection, so no failed TLS
# handshake in the silo's log.
port_listening() { grep -sqE "^ *[0-9]+: [0-9A-F]+:$(printf '%04X' "$1") [0-9A-F]+:[0-9A-F]+ 0A" /proc/net/tcp /proc/net/tcp6; }
https_ok() { curl -fsS --max-time 10 --cacert "$cert_dir/ca.crt" -o /dev/null "$1"; }

# The active silos a front end's status API reports (GET /api/system/status, field "silos").
active_silos() {
  curl -fsS --max-time 20 --cacert "$cert_dir/ca.crt" -H "Authorization: Bearer $KISTRADER_ADMIN_KEY" \
    "https://127.0.0.1:$1/api/system/status" | tr -d '\n' | sed -n 's/.*"silos":\[\([^]]*\)\].*/\1/p' | tr ',' '\n' | grep -c '"' || true
}
two_silos() { [ "$(active_silos "$1")" = 2 ]; }

start() {
  command -v dotnet >/dev/null 2>&1 || die "dotnet (the .NET 10 SDK) is not on PATH"
  command -v curl >/dev/null 2>&1 || die "curl is missing: apt-get install -y curl"
  if [ -d "$run_dir/pids" ]; then
    local p
    for p in "${processes[@]}"; do
      alive "$p" && die "a cluster is already running from $run_dir ($p); run '$0 stop' first"
    done
  fi
  mkdir -p "$run_dir"
  chmod 700 "$run_dir"
  rm -rf "$run_dir/pids" "$run_dir/logs"
  mkdir -p "$run_dir/pids" "$run_dir/logs"
  ports

  if [ "${KISTRADER_CLUSTER_BUILD:-1}" != 0 ]; then
    say "building web/KisTrader.Web ($configuration; also builds the silo and the simulator)"
    dotnet build "$root/web/KisTrader.Web" -c "$configuration" -nologo -v:q >"$run_dir/logs/build.log" 2>&1 \
      || { tail -n 30 "$run_dir/logs/build.log" >&2; die "the build failed (log: $run_dir/logs/build.log)"; }
  fi
  local f
  for f in "$silo_dll" "$web_dll" "$sim_dll"; do [ -f "$f" ] || die "$f is missing: build first (KISTRADER_CLUSTER_BUILD=1)"; done

  cert_dir="${KISTRADER_CERT_DIR:-$run_dir/certs}"
  [ -f "$cert_dir/server.pfx" ] || bash "$root/deploy/make-cert.sh" "$cert_dir"
  cert_dir="$(cd "$cert_dir" && pwd)"

  ( umask 077
    { echo "KIS_APP_KEY=SIM-APP-KEY"; echo "KIS_APP_SECRET=SIM-APP-SECRET"; echo "KIS_ACCOUNT_NUMBER=50012345"
      echo "KIS_TOKEN_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64 -w0)"
      echo "KISTRADER_ADMIN_KEY=$(random_hex 24)"
      echo "KISTRADER_CERT_PASSWORD=$(cat "$cert_dir/server.pfx.password")"; } > "$run_dir/secrets.env" )

  say "starting PostgreSQL (TLS only)"
  local pg_out
  pg_out="$(PG_SSL_DIR="$cert_dir" bash "$root/deploy/postgres.sh" start)" || fail_start "PostgreSQL did not start"
  local pg_dir
  pg_dir="$(echo "$pg_out" | sed -n 's/^KISTRADER_PG_DIR=//p')"
  echo "$pg_dir" > "$run_dir/postgres.dir"
  ( umask 077
    { echo "PG_DIR=$pg_dir"; echo "PG_CONNECTION='$(cat "$pg_dir/connection")'"; echo "cert_dir=$cert_dir"
      echo "silo_port=$silo_port"; echo "gateway_port=$gateway_port"; echo "web_port=$web_port"; echo "sim_port=$sim_port"; } > "$run_dir/run.env" )
  load_run

  say "migrating the database"
  local vars
  mapfile -t vars < <(process_env migrate)
  ( cd "$(dirname "$silo_dll")" && env -i "${vars[@]}" dotnet "$silo_dll" migrate ) >"$run_dir/logs/migrate.log" 2>&1 \
    || fail_start "the migrate job failed (log: $run_dir/logs/migrate.log)"

  say "starting the simulator, two silos and two front ends"
  local clock
  mapfile -t clock < <(clock_args)
  launch simulator "$sim_dll" --urls "http://127.0.0.1:$sim_port" "${clock[@]}"
  wait_for simulator "its control API" curl -fsS --max-time 5 -o /dev/null "http://127.0.0.1:$sim_port/sim/clock"
  launch silo1 "$silo_dll" silo
  launch silo2 "$silo_dll" silo
  wait_for silo1 "its gateway port $gateway_port" port_listening "$gateway_port"
  wait_for silo2 "its gateway port $((gateway_port + 1))" port_listening "$((gateway_port + 1))"
  launch web1 "$web_dll"
  launch web2 "$web_dll"
  wait_for web1 "/health/ready" https_ok "https://127.0.0.1:$web_port/health/ready"
  wait_for web2 "/health/ready" https_ok "https://127.0.0.1:$((web_port + 1))/health/ready"
  wait_for web1 "two active silos" two_silos "$web_port"

  cat <<EOF
KisTrader local cluster is up (run directory $run_dir)
  front ends   https://127.0.0.1:$web_port/   https://127.0.0.1:$((web_port + 1))/   (CA: $cert_dir/ca.crt)
  trader key   KISTRADER_ADMIN_KEY in $run_dir/secrets.env
  silos        127.0.0.1:$silo_port (gateway $gateway_port), 127.0.0.1:$((silo_port + 1)) (gateway $((gateway_port + 1)))
  simulator    http://127.0.0.1:$sim_port/
  PostgreSQL   127.0.0.1:$(echo "$PG_CONNECTION" | sed -n 's/.*Port=\([0-9]*\).*/\1/p') (TLS only), data in $PG_DIR
  logs         $run_dir/logs/
  status       $0 status      stop: $0 stop
EOF
}

status() {
  load_run || { echo "no cluster in $run_dir"; return 1; }
  local ok=0 p pid
  for p in "${processes[@]}"; do
    pid=$(cat "$run_dir/pids/$p.pid" 2>/dev/null || echo "")
    if alive "$p"; then echo "$p: running (pid $pid)"; else echo "$p: NOT running${pid:+ (pid $pid)}"; ok=1; fi
  done
  if [ -f "$PG_DIR/data/postmaster.pid" ] && kill -0 "$(head -n 1 "$PG_DIR/data/postmaster.pid")" 2>/dev/null; then
    echo "postgres: running (pid $(head -n 1 "$PG_DIR/data/postmaster.pid"), data $PG_DIR)"
  else
    echo "postgres: NOT running"; ok=1
  fi
  local i port silos
  for i in 0 1; do
    port=$((web_port + i))
    if https_ok "https://127.0.0.1:$port/health/ready"; then echo "web$((i + 1)): https://127.0.0.1:$port/ ready"; else echo "web$((i + 1)): https://127.0.0.1:$port/ NOT ready"; ok=1; fi
  done
  silos=$(active_silos "$web_port")
  echo "cluster: ${silos:-0} active silo(s) (GET /api/system/status on web1)"
  [ "$silos" = 2 ] || ok=1
  return $ok
}

stop_process() {
  local name="$1" pid deadline
  pid=$(cat "$run_dir/pids/$name.pid" 2>/dev/null) || return 0
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    # Only our own process: its command line names the program (guards against a reused PID).
    if tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'KisTrader\.'; then
      kill -TERM "$pid" 2>/dev/null || true
      deadline=$((SECONDS + stop_grace))
      while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
      if kill -0 "$pid" 2>/dev/null; then
        say "$name (pid $pid) did not stop within ${stop_grace}s: SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
      else
        say "$name (pid $pid) stopped"
      fi
    else
      say "$name: pid $pid is not a KisTrader process any more; left alone"
    fi
  fi
  rm -f "$run_dir/pids/$name.pid"
}

stop() {
  local p
  for p in web2 web1 silo2 silo1 simulator; do stop_process "$p"; done
  if [ -f "$run_dir/postgres.dir" ]; then
    local dir; dir="$(cat "$run_dir/postgres.dir")"
    if [ -d "$dir" ]; then bash "$root/deploy/postgres.sh" stop "$dir" || true; fi
    rm -f "$run_dir/postgres.dir"
  fi
  rm -f "$run_dir/secrets.env" "$run_dir/run.env"
  say "stopped (logs kept in $run_dir/logs)"
}

show_env() {
  local name="${1:-}"
  [ -n "$name" ] || usage
  ports
  KIS_APP_KEY=x KIS_APP_SECRET=x KIS_ACCOUNT_NUMBER=x KIS_TOKEN_ENCRYPTION_KEY=x KISTRADER_ADMIN_KEY=x \
    KISTRADER_CERT_PASSWORD=x PG_CONNECTION=x cert_dir="${KISTRADER_CERT_DIR:-$run_dir/certs}" \
    process_env "$name" | while IFS= read -r line; do
      key="${line%%=*}"
      if [[ "$secret_keys" == *" $key "* ]]; then echo "$key=<secret>"; else echo "$line"; fi
    done
}

case "${1:-}" in
  start) start ;;
  status) status ;;
  stop) stop ;;
  env) show_env "${2:-}" ;;
  *) usage ;;
esac
