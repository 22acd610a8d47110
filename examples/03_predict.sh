#!/usr/bin/env bash
# Step 3 of the course: predict_sentiment. Loads the best checkpoint of 02_finetune.sh
# (trained first if missing) and prints the label name and its confidence (softmax
# probability) for new reviews: given as arguments, as stdin lines, and as JSON lines.
#
#   bash examples/03_predict.sh
#
# Expected output (observed; the model is a small one trained in seconds from scratch,
# so mixed or neutral reviews lean negative):
#   == predict: label (confidence) text
#   긍정 (0.8227)  배우들의 연기가 훌륭하고 스토리도 탄탄해서 시간 가는 줄 몰랐다
#   부정 (0.9834)  돈 주고 보기 아까운 영화. 중간에 나왔다
#   긍정 (0.9822)  가족과 함께 보기 좋은 따뜻한 영화였어요
#   부정 (0.9828)  결말이 너무 허무하고 개연성이 하나도 없음
#   부정 (0.8316)  그냥 평범했다
#   부정 (0.9794)  음악은 좋았는데 내용이 지루해서 졸았다
#   == stdin, --json
#   {"text":"두 번 봐도 또 보고 싶은 인생 영화","label":"긍정","label_id":1,"confidence":0.9799295,
#    "probs":[0.020070508,0.9799295],"logits":[-1.8156896,2.0725396]}
#   {"text":"연출이 엉망이라 몰입이 안 된다","label":"부정","label_id":0,"confidence":0.98289335,...}
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

need_model
prog=$(compile_spec specs/nsmc_small.yaml "$ex/nsmc_small")

echo "== predict: label (confidence) text"
"$prog" predict --model "$model" \
  "배우들의 연기가 훌륭하고 스토리도 탄탄해서 시간 가는 줄 몰랐다" \
  "돈 주고 보기 아까운 영화. 중간에 나왔다" \
  "가족과 함께 보기 좋은 따뜻한 영화였어요" \
  "결말이 너무 허무하고 개연성이 하나도 없음" \
  "그냥 평범했다" \
  "음악은 좋았는데 내용이 지루해서 졸았다"

echo "== stdin, --json"
printf '%s\n' "두 번 봐도 또 보고 싶은 인생 영화" "연출이 엉망이라 몰입이 안 된다" |
  "$prog" predict --model "$model" --json
