#!/usr/bin/env bash
# Configures and builds the libFuzzer targets (fuzz/, docs/reliability.md) in their own
# clang build folder, build-fuzz/ (GES_FUZZ_BUILD_DIR): fuzzers and the few sources they
# cover only — no daemon, desktop or test executables. The main tree stays gcc.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${GES_FUZZ_BUILD_DIR:-$repo/build-fuzz}"
command -v clang++ >/dev/null || { echo "clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGES_BUILD_FUZZERS=ON -DGES_BUILD_DESKTOP=OFF -DGES_BUILD_TESTS=OFF "${launcher[@]}"
fi
cmake --build "$build" -j"${GES_JOBS:-$(nproc)}" --target ges_fuzzers
