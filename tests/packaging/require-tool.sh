# shellcheck shell=bash
# Sourced by the packaging checks: a missing tool fails the test with the package to
# install (scripts/deps.sh lists them), never a silent pass.
require_tool() {
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "FAIL: '$1' not found; install the Debian package '$2' (scripts/deps.sh)" >&2
  exit 1
}
