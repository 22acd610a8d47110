#!/usr/bin/env bash
# Recompiles every spec in specs/ and requires the committed readable outputs in
# generated/<spec>/ to be byte-identical, so codegen stays deterministic and reviewable.
set -u
bertc=$1 src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
for spec in "$src"/specs/*.yaml; do
  stem=$(basename "$spec" .yaml)
  if ! "$bertc" compile "$spec" -o "$work/$stem" --emit-only 2>"$work/err"; then
    echo "FAIL: $stem does not compile"; cat "$work/err"; fail=1; continue
  fi
  # kernels.cu, host.cuda.ll: the cuda emit, rendered only (--arch none), beside the cpu outputs
  if [ -e "$src/generated/$stem/kernels.cu" ] && ! "$bertc" compile "$spec" -o "$work/$stem" \
      --target cuda --arch none --emit-only 2>"$work/err"; then
    echo "FAIL: $stem does not compile for --target cuda"; cat "$work/err"; fail=1; continue
  fi
  for f in host.ll plan.txt kernels.cu host.cuda.ll; do
    [ -e "$work/$stem/$f" ] || [ -e "$src/generated/$stem/$f" ] || continue
    if ! cmp -s "$work/$stem/$f" "$src/generated/$stem/$f"; then
      echo "FAIL: generated/$stem/$f differs from a fresh compile (commit the new output if intended):"
      diff "$src/generated/$stem/$f" "$work/$stem/$f" | head -20; fail=1
    else echo "ok: generated/$stem/$f"; fi
  done
done
exit $fail
