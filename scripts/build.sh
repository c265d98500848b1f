#!/usr/bin/env bash
# Configures (once) and builds Keelback. Usage: scripts/build.sh [release|debug]
#   release  optimised, the default: build/release/keelback
#   debug    -O1 -g with AddressSanitizer + UndefinedBehaviorSanitizer: build/debug/keelback
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-release}
case "$config" in
  release) flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  debug) flags=(-DCMAKE_BUILD_TYPE=Debug -DKEELBACK_SANITIZE=ON "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g" "-DCMAKE_C_FLAGS_DEBUG=-O1 -g") ;;
  *) echo "build.sh: unknown configuration '$config' (release or debug)" >&2; exit 2 ;;
esac
if [ ! -f "build/$config/build.ninja" ]; then
  cmake -S . -B "build/$config" -G Ninja "${flags[@]}" >/dev/null
fi
cmake --build "build/$config" -- -j"$(nproc)"
