#!/usr/bin/env bash
# `bertc compile SPEC --target cuda` makes a program: kernels.cu compiled by NVRTC for
# sm_80 and sm_90 (plus PTX) and embedded, host code linked. The program needs nothing but
# the C library where it runs (CUDA is loaded with dlopen; utf8proc is linked in), so it can
# be copied to a GPU machine without this one's -dev packages; its descriptor says
# target=cuda and it answers --help without touching a GPU.
# Exits 77 (skipped) when libnvrtc is not found.
set -u
bertc=$1 spec=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if ! "$bertc" compile "$spec" -o "$work/out" --target cuda 2>"$work/err"; then
  if grep -q "needs NVRTC" "$work/err"; then echo "SKIP: $(cat "$work/err")"; exit 77; fi
  echo "FAIL: $spec does not compile into a cuda program"; cat "$work/err"; exit 1
fi
fail=0
name=$(sed -n 's/^name: *\([A-Za-z0-9_]*\).*/\1/p' "$spec")
prog=$work/out/$name
[ -x "$prog" ] || { echo "FAIL: no program $prog"; ls "$work/out"; exit 1; }
for f in kernels.cu host.cuda.ll plan.cuda.txt; do
  [ -s "$work/out/$f" ] || { echo "FAIL: $f not written"; fail=1; }
done
for f in host.o images.o host.ll plan.txt; do
  [ -e "$work/out/$f" ] && { echo "FAIL: $f left in the output directory"; fail=1; }
done
needed=$(readelf -d "$prog" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' ')
extra=$(tr ' ' '\n' <<<"$needed" | grep -vE '^(libc\.so\.6|libm\.so\.6|libdl\.so\.2|libpthread\.so\.0|ld-linux.*|libgcc_s\.so\.1)?$')
if [ -n "$extra" ]; then echo "FAIL: the cuda program needs $extra (all: $needed)"; fail=1
else echo "ok: the program needs only $needed"; fi
# the images are in the program: a cubin (ELF) per arch and the PTX
for arch in sm_80 sm_90 compute_80; do
  grep -aq "$arch" "$prog" || { echo "FAIL: no $arch image in the program"; fail=1; }
done
grep -aq "^.target sm_80" "$prog" || { echo "FAIL: no PTX text in the program"; fail=1; }
if ! "$prog" --help >"$work/help" 2>&1; then echo "FAIL: --help"; cat "$work/help"; fail=1
else echo "ok: --help works without a GPU"; fi
[ $fail = 0 ] && echo "ok: $name links as a cuda program"
exit $fail
