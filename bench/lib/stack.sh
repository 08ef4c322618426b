# shellcheck shell=bash
# shellcheck disable=SC2034 # it sets variables for the script that sources it
# bench/lib/stack.sh: the throw-away stack the bench scripts and scripts/soak run against,
# on free loopback ports in one temp folder: GES's Redis and the ORS Redis (no persistence),
# PostgreSQL (initdb; as user postgres when run as root), one gesd, and one tenant "acme"
# with service "support" and an API key. Sourced, not run; the caller has `set -euo
# pipefail`. Needs redis-server, redis-cli, PostgreSQL 15, curl, python3.
#
#   source bench/lib/stack.sh
#   stack_init sizing                  # WORK, PGBIN; everything is stopped and removed at exit
#   stack_start_redis                  # REDIS_PORT, ORS_PORT
#   stack_start_postgres               # PG_PORT, database ges
#   stack_start_gesd "$GESD" [NAME=value ...]   # GESD_PID, EXT, INT (base URLs), once ready
#   stack_provision                    # TOKEN, AUTH (curl args), KEY (API key of acme)
#
# STACK_PIDS holds what stack_cleanup kills; a caller may add its own background jobs.

STACK_PIDS=()
STACK_ADMIN_PASSWORD=stack-admin-pw

stack_init() {
  local name=$1 tool
  for tool in redis-server redis-cli curl python3; do
    command -v "$tool" >/dev/null || { echo "$name: $tool is missing" >&2; exit 2; }
  done
  PGBIN=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null |
    sort -V | tail -1)
  [[ -x $PGBIN/initdb ]] || { echo "$name: PostgreSQL (initdb) is missing" >&2; exit 2; }
  WORK=$(mktemp -d "/tmp/ges-$name.XXXXXX")
  chmod 755 "$WORK"
  trap stack_cleanup EXIT
}

stack_cleanup() {
  local pid
  for pid in "${STACK_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -f $WORK/pg/postmaster.pid ]]; then
    as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  fi
  wait 2>/dev/null || true
  rm -rf "$WORK"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# json EXPR: prints EXPR (e.g. "['data']['token']") of the JSON document on stdin.
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
# psql_q SQL [database=ges]: one query, unaligned tuples only.
psql_q() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${2:-ges}" -Atc "$1"; }

stack_start_redis() {
  local port
  REDIS_PORT=$(free_port)
  ORS_PORT=$(free_port)
  for port in "$REDIS_PORT" "$ORS_PORT"; do
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK" \
      >"$WORK/redis-$port.log" 2>&1 &
    STACK_PIDS+=($!)
  done
}

stack_start_postgres() {
  PG_PORT=$(free_port)
  mkdir "$WORK/pg"
  if [[ $(id -u) == 0 ]]; then chown postgres "$WORK/pg"; fi
  as_pg "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
  psql_q "CREATE DATABASE ges" postgres >/dev/null
}

# stack_start_gesd GESD [NAME=value ...]: the extra settings override the stack's.
stack_start_gesd() {
  local gesd=$1
  shift
  EXT_PORT=$(free_port)
  INT_PORT=$(free_port)
  env REDIS_HOST=127.0.0.1 REDIS_PORT="$REDIS_PORT" VMCS_REDIS_HOST=127.0.0.1 \
    VMCS_REDIS_PORT="$ORS_PORT" DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" DB_USER=postgres \
    SERVER_BIND_ADDRESS=127.0.0.1 SERVER_EXTERNAL_PORT="$EXT_PORT" \
    SERVER_INTERNAL_PORT="$INT_PORT" ADMIN_USER=admin ADMIN_PASSWORD="$STACK_ADMIN_PASSWORD" \
    LOG_LEVEL=WARN SHUTDOWN_DELAY_SECONDS=0 "$@" \
    "$gesd" >"$WORK/gesd.log" 2>&1 &
  GESD_PID=$!
  STACK_PIDS+=("$GESD_PID")
  INT=http://127.0.0.1:$INT_PORT
  EXT=http://127.0.0.1:$EXT_PORT
  for _ in $(seq 150); do
    curl -sf "$INT/ges/v1/health/ready" >/dev/null && return 0
    sleep 0.2
  done
  cat "$WORK/gesd.log" >&2
  echo "gesd did not become ready" >&2
  exit 1
}

# stack_login: TOKEN and AUTH (curl arguments for the admin API), again after a 401.
stack_login() {
  TOKEN=$(curl -sf "$INT/ges/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$STACK_ADMIN_PASSWORD\"}" | json "['data']['token']")
  AUTH=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
}

# stack_provision: service "support" of tenant "acme" open around the clock (immediate
# creates are queued at once), and KEY, an API key of acme.
stack_provision() {
  stack_login
  curl -sf "$INT/ges/v1/admin/services" "${AUTH[@]}" -d '{"tenant":"acme","name":"support",
    "virtualQueue":"support_VQ","timeZone":"UTC","slotMinutes":15,"slotCapacity":100000,
    "officeHours":[{"days":["MON","TUE","WED","THU","FRI","SAT","SUN"],"open":"00:00","close":"24:00"}]}' >/dev/null
  KEY=$(curl -sf "$INT/ges/v1/admin/api-keys" "${AUTH[@]}" -d '{"tenant":"acme","name":"bench"}' |
    json "['data']['key']")
}

# rss VmRSS|VmHWM: of gesd, in bytes.
rss() { awk -v f="$1:" '$1 == f {print $2 * 1024}' "/proc/$GESD_PID/status"; }
# redis_used PORT: INFO memory used_memory in bytes.
redis_used() { redis-cli -p "$1" info memory | awk -F: '/^used_memory:/ {print $2+0}'; }
# pg_bytes: tables + indexes + TOAST of the public schema.
pg_bytes() {
  psql_q "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n
          ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm')"
}
