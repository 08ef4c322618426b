#!/usr/bin/env bash
# Sizing figures for docs/operations.md: gesd's resident memory idle and after N
# callbacks, and the Redis and PostgreSQL bytes each callback costs.
#
#   bench/sizing.sh [N=10000] [path/to/gesd=build/daemon/gesd]
#
# Starts its own redis-server x2 and PostgreSQL (initdb in a temp dir, as user postgres
# when run as root) on free loopback ports, one gesd, one tenant/service/API key; creates
# N immediate callbacks (distinct numbers, ~60 bytes of userData) through the external API,
# 32 at a time with curl --parallel; then reads VmRSS/VmHWM of gesd, `INFO memory`
# used_memory of GES's Redis, and the total size (tables + indexes + TOAST) of the public
# schema in PostgreSQL, before and after. Prints one markdown table. Needs redis-server,
# redis-cli, PostgreSQL 15, curl, python3. Small scale on purpose: a later benchmark does
# this at scale.
set -euo pipefail

N=${1:-10000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GESD=${2:-$ROOT/build/daemon/gesd}
[[ -x $GESD ]] || { echo "sizing: no gesd at $GESD (build first, or pass its path)" >&2; exit 2; }
for tool in redis-server redis-cli curl python3; do
  command -v "$tool" >/dev/null || { echo "sizing: $tool is missing" >&2; exit 2; }
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

WORK=$(mktemp -d /tmp/ges-sizing.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f $WORK/pg/postmaster.pid ]] && as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

REDIS_PORT=$(free_port); ORS_PORT=$(free_port); PG_PORT=$(free_port)
EXT_PORT=$(free_port); INT_PORT=$(free_port)

for port in "$REDIS_PORT" "$ORS_PORT"; do
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK" \
    >"$WORK/redis-$port.log" 2>&1 &
  PIDS+=($!)
done

mkdir "$WORK/pg"
[[ $(id -u) == 0 ]] && chown postgres "$WORK/pg"
as_pg "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
psql_q() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${2:-ges}" -Atc "$1"; }
psql_q "CREATE DATABASE ges" postgres >/dev/null

ADMIN_PASSWORD=sizing-admin-pw
env REDIS_HOST=127.0.0.1 REDIS_PORT="$REDIS_PORT" VMCS_REDIS_HOST=127.0.0.1 \
  VMCS_REDIS_PORT="$ORS_PORT" DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" DB_USER=postgres \
  SERVER_BIND_ADDRESS=127.0.0.1 SERVER_EXTERNAL_PORT="$EXT_PORT" SERVER_INTERNAL_PORT="$INT_PORT" \
  ADMIN_USER=admin ADMIN_PASSWORD="$ADMIN_PASSWORD" LOG_LEVEL=WARN SHUTDOWN_DELAY_SECONDS=0 \
  "$GESD" >"$WORK/gesd.log" 2>&1 &
GESD_PID=$!
PIDS+=("$GESD_PID")
INT=http://127.0.0.1:$INT_PORT
for _ in $(seq 100); do curl -sf "$INT/ges/v1/health/ready" >/dev/null && break; sleep 0.2; done
curl -sf "$INT/ges/v1/health/ready" >/dev/null || { cat "$WORK/gesd.log" >&2; exit 1; }

TOKEN=$(curl -sf "$INT/ges/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" | json "['data']['token']")
AUTH=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
curl -sf "$INT/ges/v1/admin/services" "${AUTH[@]}" -d '{"tenant":"acme","name":"support",
  "virtualQueue":"support_VQ","timeZone":"UTC","slotMinutes":15,"slotCapacity":100000,
  "officeHours":[{"days":["MON","TUE","WED","THU","FRI","SAT","SUN"],"open":"00:00","close":"24:00"}]}' >/dev/null
KEY=$(curl -sf "$INT/ges/v1/admin/api-keys" "${AUTH[@]}" -d '{"tenant":"acme","name":"sizing"}' |
  json "['data']['key']")

rss() { awk -v f="$1:" '$1 == f {print $2 * 1024}' "/proc/$GESD_PID/status"; }
redis_used() { redis-cli -p "$REDIS_PORT" info memory | awk -F: '/^used_memory:/ {print $2+0}'; }
pg_bytes() {
  psql_q "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n
          ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm')"
}
settle() { sleep 3; psql_q "CHECKPOINT" >/dev/null; }

settle
RSS0=$(rss VmRSS); REDIS0=$(redis_used); PG0=$(pg_bytes)

CONFIG=$WORK/creates.curl
python3 - "$N" "$EXT_PORT" "$KEY" >"$CONFIG" <<'EOF'
import sys
n, port, key = int(sys.argv[1]), sys.argv[2], sys.argv[3]
for i in range(n):
    print('url = "http://127.0.0.1:%s/engagement/v3/callbacks/create"' % port)
    print('header = "Content-Type: application/json"')
    print('header = "X-API-Key: %s"' % key)
    print("data = \"{\\\"serviceName\\\":\\\"support\\\",\\\"phoneNumber\\\":\\\"+4930%07d\\\","
          "\\\"userData\\\":{\\\"orderId\\\":\\\"ORD-%07d\\\",\\\"customer\\\":\\\"Jane Doe\\\","
          "\\\"language\\\":\\\"en\\\"}}\"" % (i, i))
    print('output = "/dev/null"')
    print('write-out = "%{http_code}\\n"')
    if i + 1 < n:
        print('next')
EOF
START=$(date +%s.%N)
curl -s --no-progress-meter --parallel --parallel-max 32 --config "$CONFIG" >"$WORK/codes" 2>/dev/null || true
END=$(date +%s.%N)
OK=$(grep -c '^200$' "$WORK/codes" || true)

settle
RSS1=$(rss VmRSS); HWM=$(rss VmHWM); REDIS1=$(redis_used); PG1=$(pg_bytes)
STORED=$(psql_q "SELECT count(*) FROM callbacks")

python3 - <<EOF
n = $OK
mib = lambda b: b / 1048576
print("| figure | value |")
print("| --- | --- |")
print("| callbacks created (200) | %d of $N in %.1f s |" % (n, $END - $START))
print("| callbacks in PostgreSQL | $STORED |")
print("| gesd RSS idle | %.1f MiB |" % mib($RSS0))
print("| gesd RSS after | %.1f MiB (peak %.1f MiB) |" % (mib($RSS1), mib($HWM)))
print("| Redis used_memory delta | %.1f MiB = %.0f B per callback |" % (mib($REDIS1 - $REDIS0), ($REDIS1 - $REDIS0) / max(n, 1)))
print("| PostgreSQL size delta (tables, indexes, TOAST) | %.1f MiB = %.0f B per callback |" % (mib($PG1 - $PG0), ($PG1 - $PG0) / max(n, 1)))
EOF
