#!/usr/bin/env bash
# Lints docs/openapi.yaml with Redocly's CLI (from the npm registry, cached in the build tree).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${1:?build tools folder}"
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent @redocly/cli@2.77.0 >/dev/null
fi
cd "$repo/docs"
"$tools/node_modules/.bin/redocly" lint --config redocly.yaml openapi.yaml
