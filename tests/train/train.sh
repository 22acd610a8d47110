#!/usr/bin/env bash
# `PROG train` end to end on tests/fixtures/train (synthetic NSMC-format reviews) with
# tests/fixtures/train/tiny_train.yaml. One behaviour per CASE:
#   train.sh setup BERTC SRC WORK            builds the vocabulary and compiles the program
#   train.sh CASE  ST_COMPARE SRC WORK       runs CASE against WORK/prog/tiny_train
# Every case exits non-zero on failure, naming what went wrong.
# With TRAIN_TARGET=cuda the program is compiled for --target cuda and setup also builds its
# kernels for the CUDA emulator (tests/cuda_emu/, WORK/kernels.so); the cases then run it
# with the emulator's BERTC_LIBCUDA, BERTC_LIBCUBLASLT and BERTC_EMU_KERNELS from the
# environment. Setup exits 77 (skipped) where that cannot be built (no NVRTC, no g++).
set -u
case_name=$1 tool=$2 src=$3 work=$4
fx="$src/tests/fixtures/train"
prog="$work/prog/tiny_train"
fail() { echo "FAIL: $case_name: $*"; exit 1; }
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/train/lib.sh"

if [ "$case_name" = setup ]; then
  rm -rf "$work" && mkdir -p "$work" || exit 1
  "$tool" vocab build --size 256 "$fx/train.txt" -o "$work/vocab.txt" || exit 1
  setup_program "$fx/tiny_train.yaml"
  exit 0
fi
[ -x "$prog" ] || { echo "SKIP: $prog was not built (see the setup test)"; exit 77; }
compare=$tool
tmp="$work/$case_name"
rm -rf "$tmp" && mkdir -p "$tmp" || exit 1
data=(--train "$fx/train.txt" --test "$fx/test.txt" --vocab "$work/vocab.txt" --threads 2)

epoch_losses() { grep '"type":"epoch"' "$1/metrics.jsonl" | sed 's/.*"train_loss":\([^,]*\),.*/\1/'; }

case $case_name in
two_epochs_write_checkpoints_metrics_and_report)
  "$prog" train "${data[@]}" --out "$tmp/run" || fail "train failed"
  for f in epoch-1/model.safetensors epoch-2/config.json best/model.safetensors best/vocab.txt \
           best/tokenizer_config.json state/trainer.safetensors metrics.jsonl report.html; do
    [ -s "$tmp/run/$f" ] || fail "missing $f"
  done
  [ "$(grep -c '"type":"step"' "$tmp/run/metrics.jsonl")" = 50 ] || fail "expected 50 step records"
  grep -q '"empty_dropped":4' "$tmp/run/metrics.jsonl" || fail "dropped rows not counted"
  read -r l1 l2 < <(epoch_losses "$tmp/run" | tr '\n' ' ')
  awk -v a="$l1" -v b="$l2" 'BEGIN { exit !(b < a) }' || fail "train loss did not decrease: $l1 -> $l2"
  echo "train loss $l1 -> $l2"
  # --init continues from the saved HF checkpoint (its vocab.txt comes along)
  "$prog" train --train "$fx/train.txt" --test "$fx/test.txt" --init "$tmp/run/best" --epochs 1 \
    --threads 2 --out "$tmp/init" >/dev/null || fail "--init RUN/best failed"
  [ -s "$tmp/init/best/model.safetensors" ] || fail "--init run wrote no checkpoint"
  ;;
resume_at_epoch_boundary_is_bit_identical)
  "$prog" train "${data[@]}" --out "$tmp/straight" >/dev/null || fail "straight run failed"
  "$prog" train "${data[@]}" --out "$tmp/split" --stop-after 1 >/dev/null || fail "first half failed"
  [ -d "$tmp/split/epoch-2" ] && fail "--stop-after 1 ran epoch 2"
  "$prog" train --resume "$tmp/split" >/dev/null || fail "resume failed"
  cmp "$tmp/straight/epoch-2/model.safetensors" "$tmp/split/epoch-2/model.safetensors" ||
    fail "resumed weights differ"
  echo "epoch-2/model.safetensors byte-identical"
  ;;
sigint_saves_exits_130_and_resumes_bit_identical)
  long=("${data[@]}" --epochs 12 --pad max_length)
  "$prog" train "${long[@]}" --out "$tmp/straight" >/dev/null || fail "straight run failed"
  "$prog" train "${long[@]}" --out "$tmp/cut" >"$tmp/cut.txt" 2>&1 &
  pid=$!
  # mid-epoch: wait for step 30 of 300 (epoch 2 of 12) in metrics.jsonl
  for _ in $(seq 400); do
    [ "$(grep -c '"type":"step"' "$tmp/cut/metrics.jsonl" 2>/dev/null)" -ge 30 ] && break
    sleep 0.02
  done
  kill -INT "$pid"
  wait "$pid"
  status=$?
  [ "$status" = 130 ] || fail "exit $status after SIGINT, expected 130: $(cat "$tmp/cut.txt")"
  grep -q 'interrupted at epoch' "$tmp/cut.txt" || fail "no 'interrupted' message"
  [ -s "$tmp/cut/last/model.safetensors" ] || fail "no checkpoint saved on SIGINT"
  [ -d "$tmp/cut/epoch-12" ] && fail "the run was not interrupted"
  "$prog" train --resume "$tmp/cut" >/dev/null || fail "resume failed"
  cmp "$tmp/straight/epoch-12/model.safetensors" "$tmp/cut/epoch-12/model.safetensors" ||
    fail "resumed weights differ"
  echo "$(grep 'interrupted' "$tmp/cut.txt"); epoch-12 byte-identical"
  ;;
sigkill_resumes_from_the_last_state_and_logs_each_step_once)
  long=("${data[@]}" --epochs 6 --pad max_length)
  "$prog" train "${long[@]}" --out "$tmp/straight" >/dev/null || fail "straight run failed"
  "$prog" train "${long[@]}" --out "$tmp/cut" >/dev/null 2>&1 &
  pid=$!
  # killed mid-epoch (step 60 of 150: epoch 3), after epochs 1-2 saved their state
  for _ in $(seq 600); do
    [ "$(grep -c '"type":"step"' "$tmp/cut/metrics.jsonl" 2>/dev/null)" -ge 60 ] && break
    sleep 0.02
  done
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null
  [ -d "$tmp/cut/epoch-6" ] && fail "the run was not killed"
  "$prog" train --resume "$tmp/cut" >/dev/null 2>"$tmp/err.txt" || fail "resume failed: $(cat "$tmp/err.txt")"
  cmp "$tmp/straight/epoch-6/model.safetensors" "$tmp/cut/epoch-6/model.safetensors" ||
    fail "resumed weights differ"
  # the steps redone after the kill are logged once: 1..150 in order, as the straight run's
  steps() { grep '"type":"step"' "$1/metrics.jsonl" | sed 's/.*"step":\([0-9]*\),.*/\1/' | tr '\n' ' '; }
  [ "$(steps "$tmp/cut")" = "$(steps "$tmp/straight")" ] || fail "step records differ from the straight run's"
  [ "$(grep -c '"type":"epoch"' "$tmp/cut/metrics.jsonl")" = 6 ] || fail "expected 6 epoch records"
  echo "killed mid-epoch 3; resumed byte-identical, each of the 150 steps logged once"
  ;;
resume_works_from_any_directory_and_reports_changed_data)
  mkdir -p "$tmp/d" && cp "$fx/train.txt" "$fx/test.txt" "$work/vocab.txt" "$tmp/d/" || fail "setup"
  rel=(--train d/train.txt --test d/test.txt --vocab d/vocab.txt --threads 2 --epochs 2)
  (cd "$tmp" && "$prog" train "${rel[@]}" --stop-after 1 --out run >/dev/null) || fail "first epoch failed"
  (cd "$tmp" && "$prog" train "${rel[@]}" --stop-after 1 --out run2 >/dev/null) || fail "first epoch failed"
  [ -s "$tmp/run/vocab.txt" ] || fail "the run keeps no copy of its vocabulary"
  # from another directory, with the vocabulary gone from where it was
  rm "$tmp/d/vocab.txt"
  (cd / && "$prog" train --resume "$tmp/run" >/dev/null 2>"$tmp/err.txt") ||
    fail "resume from / failed: $(cat "$tmp/err.txt")"
  [ -d "$tmp/run/epoch-2" ] || fail "no epoch 2 after resuming"
  # a data file that changed since the run started
  echo "99999999	changed review	1" >>"$tmp/d/train.txt"
  expect 2 "is not the data the run started with" "$prog" train --resume "$tmp/run2"
  grep -qF -- "give the original file with --train PATH" "$tmp/err.txt" || fail "no hint: $(cat "$tmp/err.txt")"
  echo "resumed from / without the original vocabulary; a changed --train refused"
  ;;
patience_stops_early)
  # lr so small that test accuracy cannot improve after the first epoch
  "$prog" train "${data[@]}" --epochs 10 --lr 1e-9 --patience 2 --out "$tmp/run" >"$tmp/out.txt" ||
    fail "train failed"
  grep -q 'early stop' "$tmp/out.txt" || fail "no early stop: $(cat "$tmp/out.txt")"
  [ -d "$tmp/run/epoch-3" ] || fail "stopped before epoch 3"
  [ -d "$tmp/run/epoch-4" ] && fail "did not stop after 2 epochs without improvement"
  [ -s "$tmp/run/report.html" ] || fail "no report after an early stop"
  grep 'early stop' "$tmp/out.txt"
  ;;
bad_inputs_are_clear_errors_and_keep_checkpoints)
  "$prog" train "${data[@]}" --out "$tmp/run" >/dev/null || fail "train failed"
  cp "$tmp/run/best/model.safetensors" "$tmp/best.ref"
  cp "$tmp/run/state/trainer.safetensors" "$tmp/state.ref"
  printf '' >"$tmp/empty.txt"
  { head -5 "$fx/train.txt"; printf '77\tno label here\n'; } >"$tmp/malformed.txt"
  head -1 "$fx/train.txt" >"$tmp/header_only.txt"
  head -200 "$work/vocab.txt" >"$tmp/vocab200.txt"
  touch "$tmp/a_file"
  v=(--vocab "$work/vocab.txt" --threads 2)
  expect 2 "missing.txt: cannot read" "$prog" train --train "$tmp/missing.txt" --test "$fx/test.txt" "${v[@]}" --out "$tmp/x1"
  expect 2 "empty.txt:1: expected the header" "$prog" train --train "$tmp/empty.txt" --test "$fx/test.txt" "${v[@]}" --out "$tmp/x2"
  expect 2 "header_only.txt: no reviews" "$prog" train --train "$fx/train.txt" --test "$tmp/header_only.txt" "${v[@]}" --out "$tmp/x3"
  expect 2 "malformed.txt:6: expected 3 tab-separated fields" "$prog" train --train "$tmp/malformed.txt" --test "$fx/test.txt" "${v[@]}" --out "$tmp/x4"
  expect 2 "has 200 tokens, but tiny_train was compiled for vocab_size 256" "$prog" train --train "$fx/train.txt" --test "$fx/test.txt" --vocab "$tmp/vocab200.txt" --out "$tmp/x5"
  expect 1 "cannot create the run folder" "$prog" train "${data[@]}" --out "$tmp/a_file/run"
  expect 2 "already holds a run" "$prog" train "${data[@]}" --out "$tmp/run"
  expect 2 "$tmp: cannot read: Is a directory" "$prog" train --train "$tmp" --test "$fx/test.txt" "${v[@]}" --out "$tmp/x6"
  { head -3 "$fx/test.txt"; printf '123\tgood\t1\0\textra\n'; } >"$tmp/nul.txt"
  expect 2 "nul.txt:4: the line holds a NUL byte" "$prog" eval --model "$tmp/run/best" --data "$tmp/nul.txt"
  expect 2 "header_only.txt: no examples to evaluate" "$prog" eval --model "$tmp/run/best" --data "$tmp/header_only.txt"
  expect 2 "exactly one of --vocab" "$prog" train --train "$fx/train.txt" --test "$fx/test.txt"
  expect 2 "no trainer state" "$prog" train --resume "$tmp/x1"
  expect 2 "cannot be given with --resume" "$prog" train --resume "$tmp/run" --lr 1
  # other data given to a resumed run is refused, and must not touch its checkpoints either
  expect 2 "malformed.txt is not the data the run started with" "$prog" train --resume "$tmp/run" \
    --train "$tmp/malformed.txt"
  # a run of another program
  sed 's/"program":"tiny_train"/"program":"other_prog"/' "$tmp/run/state/trainer.safetensors" \
    >"$tmp/other.safetensors"
  mkdir -p "$tmp/other/state" && mv "$tmp/other.safetensors" "$tmp/other/state/trainer.safetensors"
  expect 2 "belongs to program 'other_prog'" "$prog" train --resume "$tmp/other"
  cmp "$tmp/best.ref" "$tmp/run/best/model.safetensors" || fail "best checkpoint changed"
  cmp "$tmp/state.ref" "$tmp/run/state/trainer.safetensors" || fail "trainer state changed"
  echo "existing checkpoint and state intact"
  ;;
feature_extraction_and_gradual_unfreezing_train)
  "$prog" train "${data[@]}" --strategy feature_extraction --out "$tmp/fe" >/dev/null || fail "fe failed"
  "$prog" train "${data[@]}" --strategy gradual_unfreezing --out "$tmp/gu" >/dev/null || fail "gu failed"
  # the encoder never trains under feature extraction, nor in gradual unfreezing's first
  # epoch (head only): all equal HF's initialisation from the same seed
  for prefix in bert.embeddings bert.encoder; do
    "$compare" "$tmp/fe/epoch-2/model.safetensors" "$tmp/gu/epoch-1/model.safetensors" --tol 1e-30 \
      --only-prefix "$prefix" >/dev/null || fail "$prefix changed under feature extraction"
  done
  "$compare" "$tmp/fe/epoch-2/model.safetensors" "$tmp/fe/epoch-1/model.safetensors" --tol 1e-30 \
    --only-prefix classifier >/dev/null && fail "the classifier did not train"
  # gradual unfreezing's second epoch trains the top encoder layer, not the bottom one
  "$compare" "$tmp/gu/epoch-2/model.safetensors" "$tmp/gu/epoch-1/model.safetensors" --tol 1e-30 \
    --only-prefix bert.encoder.layer.1. >/dev/null && fail "layer 1 did not unfreeze in epoch 2"
  "$compare" "$tmp/gu/epoch-2/model.safetensors" "$tmp/gu/epoch-1/model.safetensors" --tol 1e-30 \
    --only-prefix bert.encoder.layer.0. >/dev/null || fail "layer 0 trained in epoch 2"
  echo "feature extraction: encoder frozen; gradual unfreezing: layer 1 from epoch 2"
  ;;
diverged_runs_stop_and_nonfinite_checkpoints_are_refused)
  # lr 1e30: the loss is NaN by step 3; the run stops (exit 1) before saving anything of it
  expect 1 "step 3: the loss is NaN" "$prog" train "${data[@]}" --lr 1e30 --out "$tmp/nan"
  grep -qF "Last good checkpoint: none yet" "$tmp/err.txt" || fail "no last good checkpoint named"
  [ -e "$tmp/nan/best" ] && fail "a diverged run saved best/"
  # a good run's best checkpoint, for eval below (and untouched by it)
  "$prog" train "${data[@]}" --epochs 1 --out "$tmp/good" >/dev/null || fail "train failed"
  cp "$tmp/good/best/model.safetensors" "$tmp/best.ref"
  # --skip-nonfinite N skips up to N such steps (no optimizer step, a "skip" record each)
  "$prog" train "${data[@]}" --lr 1e30 --epochs 1 --skip-nonfinite 1000 --out "$tmp/skip" \
    >/dev/null 2>"$tmp/skip.err" || fail "train --skip-nonfinite failed: $(cat "$tmp/skip.err")"
  skips=$(grep -c '"type":"skip"' "$tmp/skip/metrics.jsonl")
  [ "$skips" -gt 0 ] && [ "$skips" = "$(grep -c 'step skipped' "$tmp/skip.err")" ] ||
    fail "expected one skip record per skipped step, got $skips"
  expect 1 "the loss is NaN" "$prog" train "${data[@]}" --lr 1e30 --epochs 1 --skip-nonfinite 2 \
    --out "$tmp/skip2"
  # a checkpoint holding a NaN is refused by eval (naming the tensor), a clean one is not
  cp -r "$tmp/good/best" "$tmp/bad"
  header=$(od -An -tu8 -N8 "$tmp/bad/model.safetensors" | tr -d ' ')
  printf '\x00\x00\xc0\x7f' | dd of="$tmp/bad/model.safetensors" bs=1 seek=$((8 + header)) \
    conv=notrunc status=none
  expect 2 "holds NaN at element 0" "$prog" eval --model "$tmp/bad" --data "$fx/test.txt"
  "$prog" eval --model "$tmp/good/best" --data "$fx/test.txt" >/dev/null || fail "eval of a clean checkpoint failed"
  cmp "$tmp/best.ref" "$tmp/good/best/model.safetensors" || fail "best checkpoint changed"
  echo "diverged runs stop with the last good checkpoint named; NaN weights refused"
  ;;
unfinished_writes_leave_the_run_restartable)
  # what a killed or failed first state write and checkpoint write leave behind
  mkdir -p "$tmp/run/state" "$tmp/run/epoch-1.tmp-AbC123"
  touch "$tmp/run/state/.trainer.safetensors.tmp.4242" "$tmp/run/epoch-1.tmp-AbC123/model.safetensors"
  "$prog" train "${data[@]}" --epochs 1 --out "$tmp/run" >"$tmp/out.txt" 2>"$tmp/err.txt" ||
    fail "a run folder with only unfinished writes was not restartable: $(cat "$tmp/err.txt")"
  grep -qF "removed 2 unfinished writes" "$tmp/err.txt" || fail "leftovers not reported: $(cat "$tmp/err.txt")"
  [ -e "$tmp/run/epoch-1.tmp-AbC123" ] || [ -e "$tmp/run/state/.trainer.safetensors.tmp.4242" ] &&
    fail "leftovers still there"
  [ -s "$tmp/run/state/trainer.safetensors" ] || fail "no state written"
  # a leftover beside a complete state: removed on --resume, which goes on
  mkdir -p "$tmp/run/best.tmp-XyZ789"
  "$prog" train --resume "$tmp/run" >/dev/null 2>"$tmp/err2.txt" || fail "resume failed: $(cat "$tmp/err2.txt")"
  [ -e "$tmp/run/best.tmp-XyZ789" ] && fail "leftover not removed on --resume"
  expect 2 "already holds a run" "$prog" train "${data[@]}" --out "$tmp/run"
  echo "unfinished writes removed; the run restarted, then resumed"
  ;;
*) fail "unknown case" ;;
esac
echo "PASS: $case_name"
