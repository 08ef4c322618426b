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
# shellcheck source=SCRIPTDIR/lib/stack.sh
source "$ROOT/bench/lib/stack.sh"
stack_init sizing
stack_start_redis
stack_start_postgres
stack_start_gesd "$GESD"
stack_provision

settle() { sleep 3; psql_q "CHECKPOINT" >/dev/null; }

settle
RSS0=$(rss VmRSS); REDIS0=$(redis_used "$REDIS_PORT"); PG0=$(pg_bytes)

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
RSS1=$(rss VmRSS); HWM=$(rss VmHWM); REDIS1=$(redis_used "$REDIS_PORT"); PG1=$(pg_bytes)
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
