#!/usr/bin/env bash
# Installs everything Keelback needs to build, test and benchmark, from Debian 12's
# packages. Idempotent: packages already installed are skipped, and apt-get is not
# called at all when nothing is missing. Run as root (or with sudo available).
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ ccache pkg-config
  llvm-19-dev clang-19 lld-19 libclang-rt-19-dev
  zlib1g-dev libzstd-dev libedit-dev libxml2-dev libffi-dev libncurses-dev
  # runtime libraries linked into every program
  libgc-dev libgmp-dev
  # interop with the embedded CPython, and the test oracle (/usr/bin/python3)
  python3 python3.11-dev libpython3.11-testsuite
  # unit tests and benchmarks
  libgtest-dev pypy3 hyperfine
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
