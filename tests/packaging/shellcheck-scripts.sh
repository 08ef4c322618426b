#!/usr/bin/env bash
# The bash scripts given (every script of scripts/, .ci/run, the bench scripts and their
# sourced library) parse and are shellcheck-clean, sourced files followed (-x). Only
# checked here: the soak takes half an hour and is run by hand (docs/reliability.md).
# Usage: shellcheck-scripts.sh <script>...
set -euo pipefail
source "$(dirname "$0")/require-tool.sh"
require_tool shellcheck shellcheck
# The scripts' "shellcheck source=scripts/deps.sh" directives name paths from the
# repository's top, so shellcheck runs there (ctest starts it in the build tree).
cd "$(dirname "$0")/../.."
fail=0
for path in "$@"; do
  [ -f "$path" ] || { echo "FAIL: $path missing" >&2; fail=1; continue; }
  bash -n "$path" || { echo "FAIL: $path: bash syntax" >&2; fail=1; }
  shellcheck -x "$path" || { echo "FAIL: $path: shellcheck" >&2; fail=1; }
done
[ "$fail" = 0 ] && echo "$# scripts: bash, shellcheck-clean"
exit "$fail"
