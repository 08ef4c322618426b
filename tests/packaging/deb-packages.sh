#!/usr/bin/env bash
# Builds the Debian packages of this build tree with CPack and checks them: names and
# version, files, conffiles and maintainer scripts, Depends (dpkg-shlibdeps' Qt libraries
# plus the run-time plugins and adduser), stripped binaries; then extracts both and runs
# `gesd --version` and `ges-admin --version` from the extracted tree, and verifies the
# shipped unit against the shipped binary with systemd-analyze.
# With GES_TEST_DPKG_INSTALL=1, as root, on a machine without ges-daemon or /etc/ges: a
# real `apt-get install` of both, remove, purge, and the user `ges` removed again if the
# test created it (scripts/test sets it; CI runs on a throwaway machine).
# Usage: deb-packages.sh <cpack> <build dir> <project version>
set -euo pipefail
source "$(dirname "$0")/require-tool.sh"
require_tool dpkg-deb dpkg
require_tool dpkg-shlibdeps dpkg-dev
require_tool file file
require_tool systemd-analyze systemd
cpack="$1" build="$2" version="$3"

fail() { echo "FAIL: $*" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
chmod 755 "$out" # apt reads local packages as the user _apt

if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log" >&2
  fail "cpack -G DEB"
fi
arch="$(dpkg --print-architecture)"
daemon="$out/ges-daemon_${version}_${arch}.deb"
admin="$out/ges-admin_${version}_${arch}.deb"
debs="$(cd "$out" && printf '%s ' ./*.deb)"
[ "$debs" = "./ges-admin_${version}_${arch}.deb ./ges-daemon_${version}_${arch}.deb " ] \
  || fail "expected ges-admin and ges-daemon ${version} ${arch}, cpack wrote: $debs"

field() { dpkg-deb -f "$1" "$2"; }
depends_names() { field "$1" Depends | tr ',|' '\n' | awk '{print $1}' | sort -u; }
expect_depends() { # deb, package names
  local deb="$1" name names
  shift
  names="$(depends_names "$deb")"
  for name in "$@"; do
    grep -qxF "$name" <<<"$names" || fail "$(basename "$deb"): Depends lacks $name: $(field "$deb" Depends)"
  done
}
expect_files() { # deb, paths
  local deb="$1" path list
  shift
  list="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')"
  for path in "$@"; do
    grep -qxF "$path" <<<"$list" || fail "$(basename "$deb") lacks $path"
  done
}

for deb in "$daemon" "$admin"; do
  [ "$(field "$deb" Version)" = "$version" ] || fail "$(basename "$deb"): Version $(field "$deb" Version)"
done
[ "$(field "$daemon" Package)" = ges-daemon ] || fail "daemon package is named $(field "$daemon" Package)"
[ "$(field "$admin" Package)" = ges-admin ] || fail "admin package is named $(field "$admin" Package)"

expect_files "$daemon" /usr/bin/gesd /lib/systemd/system/gesd.service /etc/default/gesd
expect_files "$admin" /usr/bin/ges-admin /usr/share/applications/io.github.ges.admin.desktop \
  /usr/share/icons/hicolor/scalable/apps/ges-admin.svg \
  /usr/share/metainfo/io.github.ges.admin.metainfo.xml
expect_depends "$daemon" adduser libqt6sql6-psql libqt6core6 libqt6network6 libqt6sql6 \
  libqt6httpserver6 libhiredis0.14 libc6
expect_depends "$admin" libqt6svg6 libqt6core6 libqt6gui6 libqt6widgets6 \
  libqt6network6 libqt6keychain1
echo "packages: ges-daemon and ges-admin $version; files and Depends as expected"
echo "  ges-daemon Depends: $(field "$daemon" Depends)"
echo "  ges-admin Depends: $(field "$admin" Depends)"

dpkg-deb -e "$daemon" "$out/control"
grep -qxF /etc/default/gesd "$out/control/conffiles" || fail "/etc/default/gesd is not a conffile"
for script in postinst prerm postrm; do
  [ -x "$out/control/$script" ] || fail "ges-daemon has no executable $script"
done

root="$out/root"
dpkg-deb -x "$daemon" "$root"
dpkg-deb -x "$admin" "$root"
for bin in gesd ges-admin; do
  file -b "$root/usr/bin/$bin" | grep -q ', stripped' || fail "$bin is not stripped: $(file -b "$root/usr/bin/$bin")"
done
got="$("$root/usr/bin/gesd" --version)"
[ "$got" = "gesd $version" ] || fail "extracted gesd --version printed '$got'"
got="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/ges-admin" --version)"
[ "$got" = "ges-admin $version" ] || fail "extracted ges-admin --version printed '$got'"
echo "extracted: gesd --version and ges-admin --version print $version"

# The shipped unit against the shipped binary, among the host's other units.
cp -an /lib/systemd/system/. "$root/lib/systemd/system/"
out_verify="$(systemd-analyze verify --man=no --root="$root" gesd.service 2>&1)" \
  || fail "systemd-analyze verify of the extracted unit: $out_verify"
[ -z "$out_verify" ] || fail "systemd-analyze verify of the extracted unit: $out_verify"
echo "extracted: systemd-analyze verify gesd.service clean"

[ "${GES_TEST_DPKG_INSTALL:-0}" = 1 ] || { echo "real install: not asked (GES_TEST_DPKG_INSTALL=1)"; exit 0; }
[ "$(id -u)" = 0 ] || fail "GES_TEST_DPKG_INSTALL=1 needs root"
if dpkg-query -W -f='${Status}\n' ges-daemon ges-admin 2>/dev/null | grep -qv 'not-installed$' \
  || [ -e /etc/ges ]; then
  echo "real install: skipped, this machine already has ges-daemon, ges-admin or /etc/ges"
  exit 0
fi
"$(dirname "$0")/deb-install.sh" "$daemon" "$admin" "$version"
