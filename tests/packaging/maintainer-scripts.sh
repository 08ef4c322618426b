#!/usr/bin/env bash
# The maintainer scripts of ges-daemon are executable POSIX sh (dpkg runs them with
# /bin/sh, dash on Debian) and shellcheck-clean. They are not run here: the install
# test of deb-packages.sh runs them for real (GES_TEST_DPKG_INSTALL=1).
# Usage: maintainer-scripts.sh <packaging/debian folder>
set -euo pipefail
source "$(dirname "$0")/require-tool.sh"
require_tool shellcheck shellcheck
require_tool dash dash
dir="$1"
fail=0
for script in postinst prerm postrm; do
  path="$dir/$script"
  [ -x "$path" ] || { echo "FAIL: $path missing or not executable" >&2; fail=1; continue; }
  head -1 "$path" | grep -qxF '#!/bin/sh' || { echo "FAIL: $path: not #!/bin/sh" >&2; fail=1; }
  dash -n "$path" || { echo "FAIL: $path: dash syntax" >&2; fail=1; }
  shellcheck -s sh "$path" || { echo "FAIL: $path: shellcheck" >&2; fail=1; }
done
[ "$fail" = 0 ] && echo "postinst, prerm, postrm: sh, shellcheck-clean"
exit "$fail"
