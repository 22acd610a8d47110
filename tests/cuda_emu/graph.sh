#!/usr/bin/env bash
# CUDA graphs on the CUDA emulator: tests/cuda_emu/test_graph.c on the emulated driver and
# cuBLASLt, with graph_check.cu as the kernels module: stream capture records (and does not
# run) memsets, kernel launches (one whose first parameter points at a context in device
# memory, one with a struct by value) and a cuBLASLt matmul, each with copies of its
# arguments; replays run them in order on the memory of the time, any number of times; and
# what CUDA refuses during a capture is refused (900, then 901 from cuStreamEndCapture; 401).
# BERTC_EMU_STATS must count the captures and replays, and nothing may be left at exit.
# Then a captured launch whose context pointer is host memory must die at its replay with
# the emulator's report. Exits 77 (skipped) without g++.
#   graph.sh TEST_EMU_GRAPH SRC WORK LIBEMUCUDA LIBEMUCUBLASLT
set -u
test_bin=$1 src=$2 work=$3 libcuda=$4 liblt=$5
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/cuda_emu/lib.sh"
rm -rf "$work" && mkdir -p "$work" || exit 1
ulimit -c 0 # bad-ctx aborts: no core file
build_kernels "$src/tests/cuda_emu/graph_check.cu" "$work/kernels.so"
emulate "$libcuda" "$liblt" "$work/kernels.so"

fail=0
BERTC_EMU_STATS=1 "$test_bin" >"$work/test.out" 2>&1
status=$?
cat "$work/test.out"
[ $status = 0 ] || { echo "FAIL: test_graph under the emulator: exit $status"; fail=1; }
# expect PATTERN WHY: a line of the output matches PATTERN
expect() {
  if grep -qE "$1" "$work/test.out"; then echo "ok: $2"
  else echo "FAIL: $2: no line /$1/"; fail=1; fi
}
expect "^emulated CUDA driver: cuStreamSynchronize during the capture of stream .*CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED" \
  "a refused call is named on stderr"
expect "^emulated CUDA driver: cuStreamEndCapture: the capture of stream .* was invalidated" \
  "an invalidated capture is reported"
expect "^emulated CUDA driver: graphs: [1-9][0-9]* captures recorded [1-9][0-9]* operations, [1-9][0-9]* graph launches ran [1-9][0-9]* of them; at exit 0 graphs, 0 executable graphs$" \
  "BERTC_EMU_STATS counts graphs, and none is left"
expect "^emulated cuBLASLt: .* [1-9][0-9]* recorded by captures; .* 0 recorded matmuls held by graphs$" \
  "the cuBLASLt matmuls recorded are freed with their graphs"

"$test_bin" bad-ctx >"$work/bad-ctx.out" 2>&1
status=$?
report="^emulated device: parameter 0, .* is not in device memory in body_0"
if [ $status != 0 ] && grep -qE "$report" "$work/bad-ctx.out"; then
  echo "ok: bad-ctx: exit $status, $(grep -m1 -E "$report" "$work/bad-ctx.out")"
else
  echo "FAIL: bad-ctx: exit $status without the emulator's report /$report/:"
  tail -5 "$work/bad-ctx.out"; fail=1
fi
exit $fail
