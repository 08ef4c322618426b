#!/usr/bin/env bash
# The AppStream metainfo passes `appstreamcli validate --no-net --strict` (any error,
# warning or info fails; pedantic hints are allowed), launches the desktop entry of the
# same id, and its newest release is the project's version.
# Usage: appstream.sh <io.github.ges.admin.metainfo.xml> <project version>
set -euo pipefail
source "$(dirname "$0")/require-tool.sh"
require_tool appstreamcli appstream
metainfo="$1" version="$2"

if ! out="$(appstreamcli validate --no-net --strict "$metainfo" 2>&1)"; then
  echo "FAIL: appstreamcli validate:" >&2
  echo "$out" >&2
  exit 1
fi
echo "appstreamcli validate: clean"

id="$(basename "$metainfo" .metainfo.xml)"
python3 - "$metainfo" "$id" "$version" <<'PY'
import sys, xml.etree.ElementTree as ET
path, want_id, version = sys.argv[1:]
root = ET.parse(path).getroot()
problems = []
if root.findtext("id") != want_id:
    problems.append(f"<id> is {root.findtext('id')!r}, the file name says {want_id!r}")
launch = root.find("launchable[@type='desktop-id']")
if launch is None or launch.text != want_id + ".desktop":
    problems.append(f"no <launchable type='desktop-id'>{want_id}.desktop</launchable>")
releases = root.findall("releases/release")
if not releases or releases[0].get("version") != version:
    newest = releases[0].get("version") if releases else None
    problems.append(f"newest <release> is {newest!r}, project version is {version!r}")
if root.find("content_rating") is None:
    problems.append("no <content_rating>")
for p in problems:
    print("FAIL:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "id, launchable, newest release $version: as expected"
