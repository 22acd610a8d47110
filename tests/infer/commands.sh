#!/usr/bin/env bash
# The inference subcommands' outputs on tests/fixtures/hf_tiny: eval (accuracy, loss,
# confusion matrix, the classification report in scikit-learn's layout, --json), predict
# (`label (confidence)  text`, --json, stdin), embed (TSV and safetensors shapes, cosine
# similarity 1 for identical sentences), report (one run, a comparison, a missing run).
. "$(dirname "$0")/common.sh"
m="$fx/hf_tiny"

echo "== eval"
# HF's logits argmax every sentence to 긍정 (1): labels 1 0 1 0 (the empty one dropped)
# give accuracy 0.5.
{ printf 'id\tdocument\tlabel\n'; n=0
  while IFS= read -r s; do
    [ -n "$s" ] || s=""
    printf '%d\t%s\t%d\n' $n "$s" $(( (n + 1) % 2 )); n=$((n + 1))
  done <"$work/sentences.txt"; } >"$work/data.txt"
"$prog" eval --model "$m" --data "$work/data.txt" >"$work/eval.txt" || fail=1
cat "$work/eval.txt"
grep -q "^accuracy 0.5000  loss " "$work/eval.txt" &&
  grep -q "4 examples (1 empty documents dropped)" "$work/eval.txt" &&
  grep -Eq "^ +precision +recall +f1-score +support$" "$work/eval.txt" &&
  grep -Eq "^ +부정 +0.0000 +0.0000 +0.0000 +2$" "$work/eval.txt" &&
  grep -Eq "^ +accuracy +0.5000 +4$" "$work/eval.txt" &&
  grep -Eq "^ +macro avg " "$work/eval.txt" && grep -Eq "^weighted avg " "$work/eval.txt" ||
  { echo "FAIL: eval text"; fail=1; }
"$prog" eval --model "$m" --data "$work/data.txt" --json >"$work/eval.json" || fail=1
grep -q '"accuracy":0.5,' "$work/eval.json" && grep -q '"confusion":\[\[0,2\],\[0,2\]\]' "$work/eval.json" &&
  grep -q '"weighted avg":{' "$work/eval.json" && [ "$(wc -l <"$work/eval.json")" = 1 ] ||
  { echo "FAIL: eval --json"; cat "$work/eval.json"; fail=1; }

echo "== predict"
"$prog" predict --model "$m" "이 영화 정말 재밌다!" "최악" >"$work/p.txt" || fail=1
cat "$work/p.txt"
grep -Eq '^긍정 \(0\.[0-9]{4}\)  이 영화 정말 재밌다!$' "$work/p.txt" && [ "$(wc -l <"$work/p.txt")" = 2 ] ||
  { echo "FAIL: predict text"; fail=1; }
printf '최고\n별로\n\n' | "$prog" predict --model "$m" --json >"$work/p.jsonl" || fail=1
[ "$(grep -c '^{"text":.*"label":.*"confidence":.*"logits":\[' "$work/p.jsonl")" = 3 ] ||
  { echo "FAIL: predict --json from stdin"; cat "$work/p.jsonl"; fail=1; }

echo "== embed"
printf '영화 정말 좋다\n영화 정말 좋다\n너무 지루하다\n' >"$work/three.txt"
"$prog" embed --model "$m" --similarity <"$work/three.txt" >"$work/sim.txt" || fail=1
cat "$work/sim.txt"
awk 'NR == 3 && $1 == "[0]" && $2 == "1.0000" && $3 == "1.0000" { ok = 1 } END { exit !ok }' "$work/sim.txt" ||
  { echo "FAIL: identical sentences do not have cosine 1"; fail=1; }
"$prog" embed --model "$m" --pooling mean --out "$work/e.tsv" <"$work/three.txt" 2>/dev/null || fail=1
[ "$(wc -l <"$work/e.tsv")" = 3 ] && [ "$(awk -F'\t' '{ print NF }' "$work/e.tsv" | sort -u)" = 64 ] ||
  { echo "FAIL: embed TSV is not 3 x 64"; fail=1; }
"$prog" embed --model "$m" --pooling cls --out "$work/e.safetensors" <"$work/three.txt" 2>/dev/null &&
  head -c 200 "$work/e.safetensors" | grep -q '"embeddings":{"dtype":"F32","shape":\[3,64\]' ||
  { echo "FAIL: embed safetensors is not [3, 64]"; fail=1; }

echo "== report"
run="$work/run-a"; mkdir -p "$run"
cat >"$run/metrics.jsonl" <<'JSONL'
{"type":"run","name":"run-a","settings":{"lr":"0.001"},"labels":["부정","긍정"],"counts":{"train":{"rows_read":10,"empty_dropped":1,"bad_lines":0,"used":9},"test":{"rows_read":4,"empty_dropped":0,"bad_lines":0,"used":4}}}
{"type":"step","step":1,"epoch":1,"loss":0.7,"lr":0.001}
{"type":"step","step":2,"epoch":1,"loss":0.65,"lr":0.0005}
{"type":"epoch","epoch":1,"train_loss":0.7,"train_acc":0.5,"test_loss":0.69,"test_acc":0.5,"seconds":1.5}
{"type":"eval","confusion":[[1,1],[0,2]],"samples":[{"text":"최고","label":1,"pred":1,"confidence":0.9}]}
JSONL
cp -r "$run" "$work/run-b"
"$prog" report "$run" >/dev/null && grep -q "<svg" "$run/report.html" ||
  { echo "FAIL: report of one run"; fail=1; }
(cd "$work" && "$prog" report run-a run-b >/dev/null) && [ -s "$work/report.html" ] ||
  { echo "FAIL: comparison report"; fail=1; }
"$prog" report "$run" "$work/run-b" -o "$work/cmp.html" >/dev/null && [ -s "$work/cmp.html" ] ||
  { echo "FAIL: report -o"; fail=1; }
# A run with a single step (a very short training run): one point per curve.
one="$work/run-one"; mkdir -p "$one"
head -2 "$run/metrics.jsonl" >"$one/metrics.jsonl"
timeout 20 "$prog" report "$one" >/dev/null && grep -q "<svg" "$one/report.html" ||
  { echo "FAIL: report of a run with one step"; fail=1; }
expect_error "report of a missing run" 2 "no-run" "$prog" report "$work/no-run"
[ $fail = 0 ] && echo "all passed"
exit $fail
