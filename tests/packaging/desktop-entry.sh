#!/usr/bin/env bash
# The desktop entry passes desktop-file-validate without a single message (hints
# included), and it is the one ges-admin names as its desktop file (desktop/main.cpp:
# Wayland compositors match windows to entries by that id).
# Usage: desktop-entry.sh <io.github.ges.admin.desktop> <desktop/main.cpp>
set -euo pipefail
source "$(dirname "$0")/require-tool.sh"
require_tool desktop-file-validate desktop-file-utils
entry="$1" main="$2"

status=0
out="$(desktop-file-validate "$entry" 2>&1)" || status=$?
if [ "$status" != 0 ] || [ -n "$out" ]; then
  echo "FAIL: desktop-file-validate (exit $status):" >&2
  echo "$out" >&2
  exit 1
fi
echo "desktop-file-validate: clean"

id="$(basename "$entry" .desktop)"
grep -qF "setDesktopFileName(QStringLiteral(\"$id\"))" "$main" \
  || { echo "FAIL: $main does not set the desktop file name '$id'" >&2; exit 1; }
for line in "Exec=ges-admin" "Icon=ges-admin"; do
  grep -qxF "$line" "$entry" || { echo "FAIL: $entry lacks '$line'" >&2; exit 1; }
done
echo "desktop id $id, Exec and Icon: as expected"
