#!/usr/bin/env python3
"""Golden answers for runtime/qa_decode.c: transformers' examples/pytorch/question-answering/
utils_qa.py postprocess_qa_predictions, restated (n-best starts and ends per window by
np.argsort, spans inside the context with end >= start and length <= max_answer_length, the
best start_logit + end_logit over all windows, the context sliced at the offsets; SQuAD v2's
null score and threshold), on seeded float32 logits over the windows of
tests/fixtures/qa/features_golden.json (tests/oracle/qa_features.py). Needs numpy:
    /root/oracle/venv/bin/python tests/oracle/qa_decode.py

Writes tests/fixtures/qa/decode_golden.json: {"cases": [{"id" (a features case), "seed",
"n_best", "max_answer_length", "null_threshold", "start_logits", "end_logits" ([windows][len]
float32 values as doubles), "text" (v1's answer), "v2_text" (with_negative's), "score_diff"}]}.
"""
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "qa"


def postprocess(context, windows, starts, ends, n_best, max_answer_length, v2, threshold):
    min_null, prelim = None, []
    for w, (start_logits, end_logits) in enumerate(zip(starts, ends)):
        offsets = windows[w]["offsets"]
        null = start_logits[0] + end_logits[0]
        if min_null is None or min_null["score"] > null:
            min_null = {"offsets": (0, 0), "score": null, "start_logit": start_logits[0],
                        "end_logit": end_logits[0]}
        start_indexes = np.argsort(start_logits)[-1:-n_best - 1:-1].tolist()
        end_indexes = np.argsort(end_logits)[-1:-n_best - 1:-1].tolist()
        for s in start_indexes:
            for e in end_indexes:
                if s >= len(offsets) or e >= len(offsets) or offsets[s] is None or offsets[e] is None:
                    continue
                if e < s or e - s + 1 > max_answer_length:
                    continue
                prelim.append({"offsets": (offsets[s][0], offsets[e][1]),
                               "score": start_logits[s] + end_logits[e],
                               "start_logit": start_logits[s], "end_logit": end_logits[e]})
    if v2:
        prelim.append(min_null)
        null_score = min_null["score"]
    predictions = sorted(prelim, key=lambda x: x["score"], reverse=True)[:n_best]
    if v2 and not any(p["offsets"] == (0, 0) for p in predictions):
        predictions.append(min_null)
    for p in predictions:
        p["text"] = context[p["offsets"][0]:p["offsets"][1]]
    if not v2:
        return predictions[0]["text"], None
    best = next(p for p in predictions if p["text"] != "")
    score_diff = null_score - best["start_logit"] - best["end_logit"]
    return ("" if score_diff > threshold else best["text"]), float(score_diff)


def main():
    golden = json.loads((OUT / "features_golden.json").read_text())["cases"]
    data = json.loads((OUT / "features.json").read_text())["data"]
    contexts = {a["paragraphs"][0]["qas"][0]["id"]: a["paragraphs"][0]["context"] for a in data}
    cases = []
    for seed, (case, n_best, max_len, threshold) in enumerate(
            [(c, n, m, t) for c in golden for n, m, t in [(20, 30, 0.0), (3, 4, 1.5)]]):
        rng = np.random.default_rng(seed)
        windows = case["windows"]
        starts = [rng.normal(0, 2, len(w["input_ids"])).astype(np.float32) for w in windows]
        ends = [rng.normal(0, 2, len(w["input_ids"])).astype(np.float32) for w in windows]
        if seed % 4 == 1:  # [CLS] strong: v2's null answer wins
            for s, e in zip(starts, ends):
                s[0] += np.float32(6)
                e[0] += np.float32(6)
        text, _ = postprocess(contexts[case["id"]], windows, starts, ends, n_best, max_len, False,
                              threshold)
        v2_text, diff = postprocess(contexts[case["id"]], windows, starts, ends, n_best, max_len,
                                    True, threshold)
        cases.append({"id": case["id"], "seed": seed, "n_best": n_best,
                      "max_answer_length": max_len, "null_threshold": threshold,
                      "start_logits": [[float(x) for x in s] for s in starts],
                      "end_logits": [[float(x) for x in e] for e in ends],
                      "text": text, "v2_text": v2_text, "score_diff": diff})
        print(f"{case['id']} seed {seed}: {text!r} / v2 {v2_text!r} diff {diff}")
    (OUT / "decode_golden.json").write_text(
        json.dumps({"cases": cases}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
