#!/bin/bash
# packaging/prometheus/alerts.yaml: valid rules (`promtool check rules`), and its unit
# tests pass (`promtool test rules alerts_test.yaml`: each alert fires on a sick input
# series, only after its `for:`, and never on the healthy ones).
# Usage: prometheus-rules.sh <packaging/prometheus folder>
set -euo pipefail
here=$(dirname "$0")
# shellcheck source=require-tool.sh
. "$here/require-tool.sh"
require_tool promtool prometheus
dir=${1:?usage: prometheus-rules.sh <folder with alerts.yaml and alerts_test.yaml>}
cd "$dir"
promtool check rules alerts.yaml
promtool test rules alerts_test.yaml
# Every alert of the rules has a case in the unit tests.
missing=0
while read -r alert; do
  if ! grep -q "alertname: $alert\$" alerts_test.yaml; then
    echo "FAIL: alert $alert has no case in alerts_test.yaml" >&2
    missing=1
  fi
done < <(sed -n 's/^ *- alert: *\([A-Za-z0-9_]*\).*/\1/p' alerts.yaml)
exit "$missing"
