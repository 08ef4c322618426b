#!/usr/bin/env bash
# gesd.service passes `systemd-analyze verify` with no complaint at all, checked as shipped
# (not rewritten): in a scratch root holding the host's units, the unit at
# /lib/systemd/system and the built gesd at /usr/bin/gesd, where ExecStart= points.
# systemd-analyze exits 0 on unknown keys and bad values, so any output fails the test.
# Also: the settings the package relies on are there, and TimeoutStopSec covers the
# daemon's SHUTDOWN_DELAY_SECONDS + SHUTDOWN_GRACE_SECONDS (defaults in gesd.default) plus
# 5 s: after the drain a watchdog bounds the teardown to 4 s (GracefulShutdown::kTeardownMs),
# so a stop within the timeout never ends in SIGKILL. The chart's terminationGracePeriod
# check (helm_check.py) uses the same margin.
# Usage: systemd-unit.sh <gesd.service> <gesd.default> <built gesd>
set -euo pipefail
source "$(dirname "$0")/require-tool.sh"
require_tool systemd-analyze systemd
unit="$1" defaults="$2" gesd="$3"
[ -x "$gesd" ] || { echo "FAIL: $gesd not built" >&2; exit 1; }

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/lib/systemd" "$root/usr/bin"
cp -a /lib/systemd/system "$root/lib/systemd/"
cp "$unit" "$root/lib/systemd/system/gesd.service"
ln "$gesd" "$root/usr/bin/gesd" 2>/dev/null || cp "$gesd" "$root/usr/bin/gesd"

status=0
out="$(systemd-analyze verify --man=no --root="$root" gesd.service 2>&1)" || status=$?
if [ "$status" != 0 ] || [ -n "$out" ]; then
  echo "FAIL: systemd-analyze verify (exit $status):" >&2
  echo "$out" >&2
  exit 1
fi
echo "systemd-analyze verify: clean"

# The hardening must not erode: exposure 0 (locked down) to 10 (unprotected), at most 2.
if ! out="$(systemd-analyze security --offline=true --root="$root" --threshold=20 gesd.service 2>&1)"; then
  echo "FAIL: systemd-analyze security: exposure above 2.0:" >&2
  echo "$out" | grep -E "✗|Overall" >&2
  exit 1
fi
echo "$out" | grep "Overall"

fail=0
expect() { # key=value lines the unit must contain exactly
  local line
  for line in "$@"; do
    grep -qxF "$line" "$unit" || { echo "FAIL: gesd.service lacks '$line'" >&2; fail=1; }
  done
}
expect "ExecStart=/usr/bin/gesd" "Type=notify" "User=ges" "Group=ges" "EnvironmentFile=-/etc/default/gesd" \
  "Environment=CONFIG_FOLDERS=/etc/ges/secrets" "Restart=on-failure" "KillSignal=SIGTERM" \
  "NoNewPrivileges=yes" "ProtectSystem=strict" "ProtectHome=yes" "PrivateTmp=yes" \
  "WantedBy=multi-user.target"

default_of() { sed -n "s/^#$1=\([0-9][0-9]*\)$/\1/p" "$defaults"; }
delay="$(default_of SHUTDOWN_DELAY_SECONDS)" grace="$(default_of SHUTDOWN_GRACE_SECONDS)"
teardown=5
stop="$(sed -n 's/^TimeoutStopSec=\([0-9][0-9]*\)$/\1/p' "$unit")"
if [ -z "$delay" ] || [ -z "$grace" ] || [ -z "$stop" ]; then
  echo "FAIL: TimeoutStopSec ('$stop') or the shutdown defaults ('$delay', '$grace') not found" >&2
  fail=1
elif [ "$stop" -lt $((delay + grace + teardown)) ]; then
  echo "FAIL: TimeoutStopSec=$stop is below SHUTDOWN_DELAY_SECONDS + SHUTDOWN_GRACE_SECONDS + $teardown s of teardown = $((delay + grace + teardown))" >&2
  fail=1
fi
[ "$fail" = 0 ] && echo "unit settings: as expected (TimeoutStopSec=$stop >= $delay + $grace + $teardown)"
exit "$fail"
