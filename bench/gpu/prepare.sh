#!/usr/bin/env bash
# Builds, on the build machine, everything bench/gpu/run.sh needs on the GPU machine (where
# nothing is compiled), in one folder to carry over (default build/gpu_bench, ignored by git):
#   nsmc_trainer (+ kernels.cu, plan.cuda.txt, ...)  bertc compile SPEC --target cuda, timed
#   build_info.txt   key=value: date, host, bertc version and commit, spec, precision,
#                    arch, compile_seconds, the program's NEEDED libraries, its newest GLIBC_
#   spec.yaml        the spec compiled (report.py and hf_step.py read it)
#   check.txt        `bertc check SPEC` (parameters, FLOPs per bucket, planned memory)
#   vocab_nsmc.txt   a WordPiece vocabulary of the spec's vocab_size trained on NSMC's
#                    ratings_train.txt (the trainer's tokenizer when no mBERT folder is given)
#   nsmc/            ratings_train.txt.gz, ratings_test.txt.gz (run.sh unpacks them)
#   lib/             shared libraries the program needs beyond the C library (none expected:
#                    a cuda program needs only libc; copied if any, run.sh puts lib/ first
#                    on LD_LIBRARY_PATH)
#
# Usage: bench/gpu/prepare.sh [--dir DIR] [--spec SPEC] [--precision fp32|bf16]
#                             [--arch sm_90] [--no-data]
#   --precision  compiles a copy of SPEC with that precision (default: SPEC's own)
#   --arch       passed to bertc compile (default bertc's: sm_80,sm_90 and PTX)
#   --no-data    no vocabulary and no NSMC copy (time-step and HF parts only)
# Environment: BERTC (default build/compiler/bertc), NSMC_DIR (default ../shared/data/nsmc).
# Then carry DIR to the GPU machine with the working tree and run
#   bench/gpu/run.sh DIR/nsmc_trainer
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
usage() { sed -n '2,28p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
die() { echo "prepare.sh: error: $*" >&2; exit 1; }

dir=build/gpu_bench spec=bench/gpu/mbert_cls_b32.yaml precision="" arch="" data=1
while [ $# -gt 0 ]; do
  case $1 in
    --dir) dir=${2:?}; shift 2 ;;
    --spec) spec=${2:?}; shift 2 ;;
    --precision) precision=${2:?}; shift 2 ;;
    --arch) arch=${2:?}; shift 2 ;;
    --no-data) data=0; shift ;;
    -h|--help) usage ;;
    *) echo "prepare.sh: unknown argument $1" >&2; usage ;;
  esac
done
bertc=${BERTC:-$root/build/compiler/bertc}
[ -x "$bertc" ] || die "no bertc at $bertc: build it (cmake -S . -B build && cmake --build build) or set BERTC"
[ -f "$spec" ] || die "no spec $spec"
nsmc=${NSMC_DIR:-$(cd "$root/.." && pwd)/shared/data/nsmc}
if [ $data = 1 ] && { [ ! -f "$nsmc/ratings_train.txt" ] || [ ! -f "$nsmc/ratings_test.txt" ]; }; then
  die "no ratings_train.txt / ratings_test.txt in $nsmc: set NSMC_DIR (or --no-data)"
fi

rm -rf "$dir"
mkdir -p "$dir"
# the spec compiled, with --precision applied; compiled from a temporary copy so that
# nothing but the compiler's outputs lands in DIR before the compile
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$spec" "$tmp/spec.yaml"
if [ -n "$precision" ]; then
  sed -i -E "s/^precision:[^#]*/precision: $precision   /" "$tmp/spec.yaml"
  grep -q "^precision: $precision" "$tmp/spec.yaml" || echo "precision: $precision" >>"$tmp/spec.yaml"
fi
name=$(awk '$1 == "name:" { print $2; exit }' "$tmp/spec.yaml")
vocab_size=$(awk '$1 == "vocab_size:" { print $2; exit }' "$tmp/spec.yaml")
spec_precision=$(awk '$1 == "precision:" { print $2; exit }' "$tmp/spec.yaml")

arch_args=()
[ -z "$arch" ] || arch_args=(--arch "$arch")
echo "== bertc compile $spec --target cuda${arch:+ --arch $arch}${precision:+ (precision $precision)}"
t0=$(date +%s.%N)
"$bertc" compile "$tmp/spec.yaml" --target cuda "${arch_args[@]}" -o "$dir"
compile_s=$(awk -v s="$t0" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
prog=$dir/$name
[ -x "$prog" ] || die "bertc compile did not produce $prog"
cp "$tmp/spec.yaml" "$dir/spec.yaml"
"$bertc" check "$dir/spec.yaml" >"$dir/check.txt"

# libraries beyond the C library, copied into lib/ (the GPU machine has no -dev packages)
needed=$(readelf -d "$prog" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
for lib in $needed; do
  case $lib in libc.so.*|libm.so.*|libdl.so.*|libpthread.so.*|librt.so.*|ld-linux*|libgcc_s.so.*) continue ;; esac
  path=$(ldd "$prog" | awk -v l="$lib" '$1 == l { print $3 }')
  if [ -z "$path" ] || [ ! -f "$path" ]; then die "$prog needs $lib, which ldd does not resolve"; fi
  mkdir -p "$dir/lib"
  cp -L "$path" "$dir/lib/$lib"
  echo "bundled $lib ($path)"
done
glibc=$(objdump -T "$prog" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 || true)

if [ $data = 1 ]; then
  echo "== vocabulary of $vocab_size tokens trained on $nsmc/ratings_train.txt (the mBERT proxy)"
  "$bertc" vocab build --size "$vocab_size" "$nsmc/ratings_train.txt" -o "$dir/vocab_nsmc.txt"
  mkdir -p "$dir/nsmc"
  for f in ratings_train.txt ratings_test.txt; do gzip -9c "$nsmc/$f" >"$dir/nsmc/$f.gz"; done
fi

dirty=$(git -C "$root" status --porcelain 2>/dev/null | wc -l || echo "?")
{
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  printf 'host="%s"\n' "$(hostname) ($(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
  printf 'bertc_version="%s"\n' "$("$bertc" --version 2>&1 | head -1)"
  echo "git_commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "git_dirty=$dirty"
  echo "spec=$spec"
  echo "precision=$spec_precision"
  echo "arch=${arch:-default}"
  echo "compile_seconds=$compile_s"
  printf 'compile_command="%s"\n' "bertc compile $spec --target cuda${arch:+ --arch $arch}${precision:+ (precision $precision)}"
  printf 'needed="%s"\n' "$needed"
  echo "glibc_max=${glibc:-unknown}"
} >"$dir/build_info.txt"
cat "$dir/build_info.txt"

size=$(du -sm "$dir" | cut -f1)
echo "== $dir: ${size} MiB to carry"
[ "$size" -le 60 ] || echo "WARNING: over 60 MiB; the device tool carries 64 MiB in all (--no-data, or drop $dir/host.cuda.ll)"
cat <<EOF
next, on the GPU machine (the working tree plus $dir carried over):
  bench/gpu/run.sh $prog
EOF
