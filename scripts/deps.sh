#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test GES. Idempotent: it
# asks apt only for what is missing, so a second run costs a dpkg query.
set -euo pipefail

GES_BUILD_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-psql
  qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libgl-dev libvulkan-dev
  qtkeychain-qt6-dev libhiredis-dev libspdlog-dev libssl-dev
  dpkg-dev file
)
GES_RUNTIME_PACKAGES=(
  redis-server redis-tools postgresql postgresql-client openssl curl procps python3
  qt6-qpa-plugins libqt6svg6
)
GES_TEST_PACKAGES=(
  xvfb xauth dbus dbus-x11 gnome-keyring
  clang libclang-rt-14-dev
  desktop-file-utils appstream systemd shellcheck adduser
  python3-yaml binutils
  prometheus
  haproxy
  wrk nginx-light
)
# The benchmarks (scripts/bench) use the peers above: wrk, nginx, pgbench (postgresql).
# shellcheck disable=SC2034 # read by scripts/bench, which sources this file
GES_BENCH_PACKAGES=(wrk nginx-light)

ges_missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

ges_install_packages() {
  local missing
  missing=$(ges_missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "missing packages (run as root to install them): $missing" >&2
    return 1
  fi
  echo "installing: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
  # Debian's postgresql package creates and starts a cluster of its own; we run our
  # own servers under a state folder, so the packaged one is not needed.
  if command -v pg_lsclusters >/dev/null && pg_lsclusters -h 2>/dev/null | grep -q .; then
    service postgresql stop >/dev/null 2>&1 || true
  fi
  service redis-server stop >/dev/null 2>&1 || true
  # Only promtool is used (metrics, alert rules); the server the package starts and
  # enables is not. Disabled too, so a reboot does not bring :9090 back; only when this
  # run installed it (a developer's own Prometheus stays as it was). Both init systems:
  # the package enables its sysv script and its systemd unit; systemctl disable works
  # on the unit files even where systemd is not running (a container).
  if grep -qx prometheus <<<"$missing"; then
    service prometheus stop >/dev/null 2>&1 || true
    update-rc.d prometheus disable >/dev/null 2>&1 || true
    systemctl disable prometheus.service >/dev/null 2>&1 || true
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ges_install_packages "${GES_BUILD_PACKAGES[@]}" "${GES_RUNTIME_PACKAGES[@]}" "${GES_TEST_PACKAGES[@]}"
fi
