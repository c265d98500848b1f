#!/usr/bin/env bash
# Builds the front end's libFuzzer target (clang-19, ASan + UBSan) in
# build/fuzz (or $KEELBACK_FUZZ_DIR) and runs it for SECONDS (default 60) over the test corpora.
# Usage: scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]
# Exits non-zero when the fuzzer finds a crash, a hang (10 s) or a leak; the
# input that caused it is written to DIR/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
dir=${KEELBACK_FUZZ_DIR:-build/fuzz}
shift || true
if ! command -v clang++-19 >/dev/null; then
  echo "fuzz.sh: clang++-19 is not installed (scripts/setup.sh installs it)" >&2
  exit 2
fi
if [ ! -f "$dir/build.ninja" ] || ! grep -q "KEELBACK_FUZZ:BOOL=ON" "$dir/CMakeCache.txt"; then
  cmake -S . -B "$dir" -G Ninja -DKEELBACK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_C_COMPILER=clang-19 >/dev/null
fi
cmake --build "$dir" --target fuzz_parse -- -j"$(nproc)" >/dev/null
mkdir -p "$dir/corpus" "$dir/artifacts"
seeds=(tests/fuzz/seeds tests/ast/programs tests/ast/superset tests/syntax_errors/cases)
# Long runs also start from the installed standard library (reading it takes
# a while, so short runs, as in CI, keep to the test corpora).
if [ "$seconds" -ge 600 ] && [ -d /usr/lib/python3.11 ]; then seeds+=(/usr/lib/python3.11); fi
exec "$dir/tests/fuzz/fuzz_parse" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "$@" "$dir/corpus" "${seeds[@]}"
