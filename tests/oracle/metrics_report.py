#!/usr/bin/env python3
"""Golden fixtures for runtime/metrics.c: scikit-learn's classification_report text.

Writes tests/fixtures/metrics/<case>.json (labels, digits, y_true, y_pred) and <case>.txt
(the exact report string). Needs numpy and scikit-learn:
    /root/oracle/venv/bin/python tests/oracle/metrics_report.py
"""
import json
import pathlib

import numpy as np
import sklearn
from sklearn.metrics import classification_report

OUT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "metrics"


def noisy(rng, y_true, k, accuracy):
    """Predictions that agree with y_true about `accuracy` of the time."""
    wrong = rng.random(len(y_true)) > accuracy
    return np.where(wrong, rng.integers(0, k, len(y_true)), y_true)


def cases():
    rng = np.random.default_rng(20240611)
    t = rng.integers(0, 2, 1000)
    yield "nsmc_binary_digits4", ["부정", "긍정"], 4, t, noisy(rng, t, 2, 0.85)
    t = rng.integers(0, 2, 37)
    yield "nsmc_binary_digits2", ["부정", "긍정"], 2, t, noisy(rng, t, 2, 0.6)
    # label 2 is never predicted (precision 0/0 -> 0.0); a name wider than "weighted avg"
    t = rng.integers(0, 3, 200)
    p = noisy(rng, t, 2, 0.7)
    yield "three_class_zero_division", ["neg", "neutral", "a_much_longer_label"], 3, t, p
    # Korean names longer than "weighted avg": width counts code points, not bytes
    t = rng.integers(0, 3, 90)
    names = ["매우 부정적인 리뷰입니다", "중립", "긍정 😀"]
    yield "korean_wide_names", names, 4, t, noisy(rng, t, 3, 0.5)
    # 10 labels (numpy's 8-accumulator sum), label 9 never true (recall 0/0), to 15 digits
    t = rng.integers(0, 9, 5000)
    yield "ten_class", [f"class_{i}" for i in range(10)], 15, t, noisy(rng, t, 10, 0.77)
    # 140 labels: numpy's pairwise halving above 128 elements, to 15 digits
    t = rng.integers(0, 140, 4000)
    yield "many_labels", [f"L{i:03d}" for i in range(140)], 15, t, noisy(rng, t, 140, 0.6)
    # digits wider than "weighted avg"
    t = rng.integers(0, 2, 11)
    yield "digits13", ["no", "yes"], 13, t, noisy(rng, t, 2, 0.5)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, labels, digits, y_true, y_pred in cases():
        report = classification_report(
            y_true, y_pred, labels=list(range(len(labels))), target_names=labels,
            digits=digits, zero_division=0)
        inputs = {"sklearn": sklearn.__version__, "numpy": np.__version__, "labels": labels,
                  "digits": digits, "y_true": y_true.tolist(), "y_pred": y_pred.tolist()}
        (OUT / f"{name}.json").write_text(json.dumps(inputs, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
        (OUT / f"{name}.txt").write_text(report, encoding="utf-8")
        print(f"{name}: {len(y_true)} examples, {len(labels)} labels")


if __name__ == "__main__":
    main()
