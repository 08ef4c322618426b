#!/usr/bin/env bash
# A real installation of ges-daemon and ges-admin with apt-get, as root, on a machine that
# has neither (deb-packages.sh checks): install, reinstall (the upgrade path of the
# maintainer scripts), remove (configuration stays), purge (it goes). The user and the
# group `ges` are deleted at the end if this test created them (postrm keeps both, as Debian
# policy asks, because files may still belong to them), so the machine is left as it was (checked at the end).
# Usage: deb-install.sh <ges-daemon .deb> <ges-admin .deb> <project version>
set -euo pipefail
daemon="$1" admin="$2" version="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }
apt() { DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o DPkg::Lock::Timeout=300 "$@" >/dev/null; }

user_existed=0 group_existed=0
getent passwd ges >/dev/null && user_existed=1
getent group ges >/dev/null && group_existed=1
cleanup() {
  dpkg --purge ges-daemon ges-admin >/dev/null 2>&1 || true
  if [ "$user_existed" = 0 ] && getent passwd ges >/dev/null; then
    deluser --system --quiet ges >/dev/null 2>&1 || true
  fi
  # Debian 12's deluser (adduser 3.134) drops an empty same-named group too, other versions
  # leave it: delgroup makes sure. --only-if-empty spares a group someone else joined.
  if [ "$group_existed" = 0 ] && getent group ges >/dev/null; then
    delgroup --system --only-if-empty --quiet ges >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

apt install --no-install-recommends "$daemon" "$admin"
got="$(/usr/bin/gesd --version)"
[ "$got" = "gesd $version" ] || fail "/usr/bin/gesd --version printed '$got'"
got="$(QT_QPA_PLATFORM=offscreen /usr/bin/ges-admin --version)"
[ "$got" = "ges-admin $version" ] || fail "/usr/bin/ges-admin --version printed '$got'"
getent passwd ges >/dev/null || fail "no user ges after install"
getent group ges >/dev/null || fail "no group ges after install"
[ "$(stat -c '%U:%G %a' /etc/ges/secrets)" = "root:ges 750" ] \
  || fail "/etc/ges/secrets is $(stat -c '%U:%G %a' /etc/ges/secrets), want root:ges 750"
dpkg-query -W -f='${Conffiles}' ges-daemon | grep -q '^ /etc/default/gesd ' \
  || fail "dpkg does not track /etc/default/gesd as a conffile"
[ ! -e /etc/systemd/system/multi-user.target.wants/gesd.service ] \
  || fail "gesd.service enabled by the install (it must wait for its configuration)"
echo "installed: gesd and ges-admin $version from /usr/bin, user ges, /etc/ges/secrets root:ges 750"

# Reinstalling runs prerm upgrade and postinst configure <version>, as an upgrade does.
dpkg -i "$daemon" >/dev/null || fail "reinstalling ges-daemon"
[ "$(stat -c '%U:%G %a' /etc/ges/secrets)" = "root:ges 750" ] || fail "secret folder changed by reinstall"

printf 'secret-user\n' >/etc/ges/secrets/DB-USER
apt remove ges-daemon ges-admin
[ ! -e /usr/bin/gesd ] || fail "/usr/bin/gesd left after remove"
[ -f /etc/default/gesd ] || fail "/etc/default/gesd gone after remove (only purge removes it)"
[ -f /etc/ges/secrets/DB-USER ] || fail "secrets gone after remove (only purge removes them)"
# ges-admin has no conffiles: removed, dpkg forgets it; only ges-daemon is left to purge.
dpkg-query -W -f='${Status}\n' ges-admin 2>/dev/null | grep -qv 'not-installed$' \
  && fail "ges-admin still known to dpkg after remove"
apt purge ges-daemon
for path in /etc/default/gesd /etc/ges /usr/share/applications/io.github.ges.admin.desktop; do
  [ ! -e "$path" ] || fail "$path left after purge"
done
echo "remove kept /etc/default/gesd and /etc/ges/secrets; purge removed them"

# What this test created goes, so the machine is left as it was (checked, not assumed).
cleanup
trap - EXIT
if [ "$user_existed" = 0 ] && getent passwd ges >/dev/null; then fail "user ges left behind"; fi
if [ "$group_existed" = 0 ] && getent group ges >/dev/null; then fail "group ges left behind"; fi
echo "cleanup: no user or group ges left that this test created"
