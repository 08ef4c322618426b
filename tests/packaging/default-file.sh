#!/usr/bin/env bash
# /etc/default/gesd (packaging/debian/gesd.default) lists every environment variable of
# docs/configuration.md, each commented out (`#NAME=default`), and names nothing the
# daemon does not read (a typo there would be silently ignored by gesd).
# Where ConfigLoader.cpp reads a variable with a literal default (`r.port("DB_PORT", 5432)`),
# the file shows that default.
# Usage: default-file.sh <gesd.default> <docs/configuration.md> <daemon source folder>
set -euo pipefail
defaults="$1" doc="$2" daemon="$3"
fail=0

# Active lines would override what the administrator expects to be defaults.
if grep -nvE '^(#.*)?$' "$defaults" >&2; then
  echo "FAIL: $defaults has uncommented lines (above); every setting must be commented" >&2
  fail=1
fi

# shellcheck disable=SC2016 # backquotes are literal markdown here
documented="$(sed -n '/^## Environment variables/,/^## /p' "$doc" | awk -F'|' '/^\| `/ {print $2}' \
  | grep -oE '[`][A-Z][A-Z0-9_]+[`]' | tr -d '`' | sort -u)"
[ -n "$documented" ] || { echo "FAIL: no variables found in $doc" >&2; exit 1; }
for name in $documented; do
  grep -qE "^#$name=" "$defaults" || { echo "FAIL: $name (documented) missing in $defaults" >&2; fail=1; }
done

listed="$(sed -nE 's/^#([A-Z][A-Z0-9_]+)=.*/\1/p' "$defaults" | sort -u)"
for name in $listed; do
  grep -rqF "\"$name\"" "$daemon" || { echo "FAIL: $name (in $defaults) is read nowhere in $daemon" >&2; fail=1; }
done
python3 - "$defaults" "$daemon/config/ConfigLoader.cpp" <<'PY' || fail=1
import re, sys
defaults = dict(re.findall(r"^#([A-Z][A-Z0-9_]+)=(.*)$", open(sys.argv[1]).read(), re.M))
literal = {"QString()": "", "false": "false", "true": "true"}
wrong = 0
for name, arg in re.findall(r'r\.\w+\("([A-Z][A-Z0-9_]+)",\s*([^,)]+(?:\(\))?)', open(sys.argv[2]).read()):
    arg = arg.strip()
    if arg in literal:
        value = literal[arg]
    elif re.fullmatch(r"-?\d+", arg):
        value = arg
    elif re.fullmatch(r'"[^"]*"', arg):
        value = arg[1:-1]
    else:
        continue  # computed default: the documentation is the reference
    if name in defaults and defaults[name] != value:
        print(f"FAIL: #{name}={defaults[name]} but ConfigLoader's default is {value!r}", file=sys.stderr)
        wrong = 1
sys.exit(wrong)
PY
[ "$fail" = 0 ] && echo "$(echo "$documented" | wc -l) documented variables, $(echo "$listed" | wc -l) listed: consistent"
exit "$fail"
