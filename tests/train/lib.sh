# shellcheck shell=bash
# tests/train/lib.sh — sourced by train.sh and ner.sh: compiling the cases' program, and
# expect. Needs: $tool, $src, $work, $case_name, $tmp (expect), fail().

# setup_program SPEC: compiles SPEC into $work/prog for $TRAIN_TARGET (cpu by default); for
# cuda also builds its kernels for the CUDA emulator ($work/kernels.so). Exits on failure (77
# where the cuda program cannot be built here).
setup_program() {
  local spec=$1
  if [ "${TRAIN_TARGET:-cpu}" = cuda ]; then
    bertc=$tool
    # shellcheck source=SCRIPTDIR/../cuda_emu/lib.sh
    . "$src/tests/cuda_emu/lib.sh"
    compile_for cuda "$spec" "$work/prog"
    build_kernels "$work/prog/kernels.cu" "$work/kernels.so"
    return
  fi
  "$tool" compile "$spec" -o "$work/prog" || exit 1
}

# expect STATUS TEXT CMD...: runs CMD, wants exit STATUS and TEXT in its stderr
expect() {
  local want=$1 text=$2; shift 2
  "$@" >"$tmp/out.txt" 2>"$tmp/err.txt"
  local got=$?
  [ "$got" = "$want" ] || fail "exit $got, expected $want: $* ($(cat "$tmp/err.txt"))"
  grep -qF -- "$text" "$tmp/err.txt" || fail "stderr lacks '$text': $(cat "$tmp/err.txt")"
  echo "ok: exit $want: $(head -1 "$tmp/err.txt")"
}
