#!/usr/bin/env python3
"""Golden figures for runtime/qa_metrics.c: SQuAD v1.1's, v2.0's and KorQuAD 1.0's EM and F1.

The logic of the official scripts (SQuAD's evaluate-v1.1.py and evaluate-v2.0.py, KorQuAD's
evaluate-v1.0.py),
restated here: normalize_answer, exact_match_score, f1_score (word F1 for SQuAD, character F1
for KorQuAD), metric_max_over_ground_truths and evaluate's totals. Needs only the standard
library:
    /root/oracle/venv/bin/python tests/oracle/qa_metrics.py

Writes to tests/fixtures/qa/:
    metrics_en.json, metrics_ko.json             SQuAD-layout data sets built from the gold
                                                 answers below (context: the answers joined by
                                                 " | ", answer_start computed)
    metrics_v2.json                              SQuAD v2.0 data (impossible questions)
    metrics_en.predictions.json, ..._ko..., ...  {id: prediction}; a question left out is
                                                 unanswered
    metrics_golden.json                          {"cases": [{"data", "predictions", "metric",
                                                 "exact_match", "f1", "total", "questions":
                                                 [{"id", "normalized", "exact_match", "f1"}]}]}
                                                 v1.1 and KorQuAD on en and ko, v2.0 ("squad_v2",
                                                 with "has_ans" / "no_ans": [exact, f1, total])
                                                 on v2; "normalized" is the
                                                 prediction's normalize_answer (null when
                                                 unanswered). Floats are repr(): exact doubles.
"""
import collections
import json
import pathlib
import re
import string

OUT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "qa"


# ---- SQuAD v1.1 --------------------------------------------------------------------------

def squad_normalize(s):
    lowered = s.lower()
    no_punct = "".join(ch for ch in lowered if ch not in set(string.punctuation))
    no_articles = re.sub(r"\b(a|an|the)\b", " ", no_punct)
    return " ".join(no_articles.split())


def squad_f1(prediction, gold):
    p, g = squad_normalize(prediction).split(), squad_normalize(gold).split()
    common = collections.Counter(p) & collections.Counter(g)
    same = sum(common.values())
    if same == 0:
        return 0
    precision, recall = 1.0 * same / len(p), 1.0 * same / len(g)
    return (2 * precision * recall) / (precision + recall)


# ---- KorQuAD 1.0 -------------------------------------------------------------------------

def korquad_normalize(s):
    for symbol in ["'", '"', "《", "》", "<", ">", "〈", "〉", "(", ")", "‘", "’"]:
        s = s.replace(symbol, " ")
    lowered = s.lower()
    no_punct = "".join(ch for ch in lowered if ch not in set(string.punctuation))
    return " ".join(no_punct.split())


def korquad_f1(prediction, gold):
    p = [ch for word in korquad_normalize(prediction).split() for ch in word]
    g = [ch for word in korquad_normalize(gold).split() for ch in word]
    common = collections.Counter(p) & collections.Counter(g)
    same = sum(common.values())
    if same == 0:
        return 0
    precision, recall = 1.0 * same / len(p), 1.0 * same / len(g)
    return (2 * precision * recall) / (precision + recall)


METRICS = {"squad": (squad_normalize, squad_f1), "korquad": (korquad_normalize, korquad_f1)}


# ---- SQuAD v2.0 (evaluate-v2.0.py without a na_prob file) --------------------------------

def v2_f1(gold, prediction):
    g, p = squad_normalize(gold).split(), squad_normalize(prediction).split()
    common = collections.Counter(g) & collections.Counter(p)
    same = sum(common.values())
    if len(g) == 0 or len(p) == 0:
        return int(g == p)
    if same == 0:
        return 0
    precision, recall = 1.0 * same / len(p), 1.0 * same / len(g)
    return (2 * precision * recall) / (precision + recall)


def evaluate_v2(dataset, predictions):
    exact, f1, has_ans, questions = {}, {}, {}, []
    for article in dataset:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                qid = qa["id"]
                has_ans[qid] = bool(qa["answers"])
                golds = [a["text"] for a in qa["answers"] if squad_normalize(a["text"])] or [""]
                if qid not in predictions:
                    continue
                pred = predictions[qid]
                exact[qid] = max(int(squad_normalize(g) == squad_normalize(pred)) for g in golds)
                f1[qid] = max(v2_f1(g, pred) for g in golds)
                questions.append({"id": qid, "normalized": squad_normalize(pred),
                                  "exact_match": exact[qid], "f1": float(f1[qid])})

    def totals(qids):
        if not qids:
            return 0.0, 0.0, 0
        return (100.0 * sum(exact[k] for k in qids) / len(qids),
                100.0 * sum(f1[k] for k in qids) / len(qids), len(qids))

    out = {}
    for prefix, qids in [("", list(exact)), ("HasAns_", [k for k in exact if has_ans[k]]),
                         ("NoAns_", [k for k in exact if not has_ans[k]])]:
        out[prefix + "exact"], out[prefix + "f1"], out[prefix + "total"] = totals(qids)
    return {"exact_match": out["exact"], "f1": out["f1"], "total": out["total"],
            "has_ans": [out["HasAns_exact"], out["HasAns_f1"], out["HasAns_total"]],
            "no_ans": [out["NoAns_exact"], out["NoAns_f1"], out["NoAns_total"]],
            "questions": questions}


def evaluate(dataset, predictions, metric):
    normalize, f1_score = METRICS[metric]
    f1 = exact_match = total = 0
    questions = []
    for article in dataset:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                total += 1
                if qa["id"] not in predictions:
                    questions.append({"id": qa["id"], "normalized": None, "exact_match": 0,
                                      "f1": 0.0})
                    continue
                golds = [a["text"] for a in qa["answers"]]
                pred = predictions[qa["id"]]
                em = max(normalize(pred) == normalize(g) for g in golds)
                f = max(f1_score(pred, g) for g in golds)
                exact_match += em
                f1 += f
                questions.append({"id": qa["id"], "normalized": normalize(pred),
                                  "exact_match": int(em), "f1": float(f)})
    return {"exact_match": 100.0 * exact_match / total, "f1": 100.0 * f1 / total,
            "total": total, "questions": questions}


# ---- Cases: (gold answers, prediction or None for unanswered) -----------------------------

ENGLISH = [
    (["Denver Broncos"], "the Denver Broncos"),            # article dropped
    (["Saint Bernadette Soubirous"], "Bernadette"),        # partial word F1
    (["a"], "A."),                                         # both normalise to "": EM 1, F1 0
    (["The Anthem"], "anthem!!"),
    (["an apple"], "anapple"),                             # no article inside a word
    (["rock-and-roll"], "rock and roll"),                  # punctuation removed, not spaced
    (["1,000 years", "thousand years"], "1000 years."),    # best of two golds
    (["U.S. Army"], "US   army\t"),                        # whitespace collapsed
    (["theater"], "the ater"),
    (["New\u00a0York"], "new york"),                       # NBSP is whitespace for split()
    (["\u0130stanbul"], "\u0130STANBUL"),                  # full lowercase: İ -> i + U+0307
    (["istanbul"], "\u0130stanbul"),
    (["\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3"], "\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2"),  # final sigma
    (["\u03a3\u0391\u03a3.\u0391"], "\u03c3\u03b1\u03c3.\u03b1"),  # Σ before '.' + letter: not final
    (["the cat the cat sat"], "cat cat cat"),              # multiset intersection
    (["caf\u00e9 the"], "caf\u00e9"),                      # \b after é
    (["xthe"], "x the"),
    (["the1 answer"], "answer"),                           # "the1" is one word
    (["Broncos"], None),                                   # unanswered
    (["Carolina Panthers"], ""),                           # empty prediction
    (["a_b the_c"], "ab thec"),                            # '_' is punctuation
    (["Denver", "Denver Broncos"], "Broncos"),             # max over golds
    (["Super Bowl 50"], "super bowl"),
    (["\u00c9cole Normale"], "\u00e9cole normale"),        # non-ASCII lowercase
    (["an"], "AN"),
    (["THE END"], "end"),
    (["Sigma \u03a3"], "sigma \u03c3"),                    # Σ after a space: not final
]

# SQuAD v2: None as the gold answers is an impossible question; every question is answered
# (the v2 script's HasAns / NoAns totals need every prediction).
V2 = [
    (None, ""),                                            # no answer, none predicted: 1, 1
    (None, "the Normans"),                                 # an answer where there is none: 0
    (None, "The"),                                         # normalises to "": 1, 1
    (["The Normans"], ""),                                 # no answer predicted: 0, 0
    (["a"], ""),                                           # "a" normalises to "": gold [""]
    (["Normans", "a"], "Normans"),                         # "a" dropped, "Normans" kept
    (["The", "Normans"], "the"),                           # "The" dropped: 0, not 1
    (["Denver Broncos"], "the Denver Broncos"),
    (["Saint Bernadette Soubirous"], "Bernadette"),
    (["an apple", "apple"], "apple pie"),
    (["10th century"], "the 10th and 11th centuries"),
]

KOREAN = [
    (["1989년 2월 15일"], "1989년 2월 15일"),
    (["서울지방경찰청"], "서울지방경찰청 공안분실"),       # partial character F1
    (["《토지》"], "토지"),                                # KorQuAD's brackets become spaces
    (["'한국'"], "한국"),
    (["(주)삼성"], "주 삼성"),                             # "(" ")" become spaces: EM 1
    (["(주)삼성전자"], "주삼성전자"),                      # EM 0, character F1 1
    (["〈춘향전〉"], "춘향전이"),
    (["‘아리랑’"], "아리랑"),
    (["3·1 운동"], "3.1운동"),                             # · is not string.punctuation
    (["김치"], ""),
    (["가가가나"], "가나나"),                              # repeated characters
    (["The Beatles"], "Beatles"),                          # KorQuAD keeps articles
    (["임종석"], None),                                    # unanswered
    (["세종 대왕", "세종대왕"], "세종대왕님"),
    (["<b>굵게</b>"], "b 굵게 /b"),
    (["서울\u3000특별시"], "서울 특별시"),                 # ideographic space
]


def dataset_of(cases, prefix, title):
    golds = [g for gs, _ in cases for g in gs or []]
    context = " | ".join(golds)
    at, qas, predictions = 0, [], {}
    for k, (gs, pred) in enumerate(cases):
        answers = []
        for g in gs or []:
            answers.append({"text": g, "answer_start": at})
            assert context[at:at + len(g)] == g
            at += len(g) + 3
        qid = f"{prefix}{k + 1:02d}"
        qas.append({"id": qid, "question": f"question {k + 1}?", "answers": answers})
        if gs is None:
            qas[-1]["is_impossible"] = True
        if pred is not None:
            predictions[qid] = pred
    data = {"version": "1.1", "data": [{"title": title,
                                         "paragraphs": [{"context": context, "qas": qas}]}]}
    return data, predictions


def main():
    cases = []
    for name, rows, prefix, title in [("metrics_en", ENGLISH, "en", "English"),
                                      ("metrics_ko", KOREAN, "ko", "한국어")]:
        data, predictions = dataset_of(rows, prefix, title)
        (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        (OUT / f"{name}.predictions.json").write_text(
            json.dumps(predictions, ensure_ascii=False, indent=1) + "\n")
        for metric in ["squad", "korquad"]:
            figures = evaluate(data["data"], predictions, metric)
            cases.append({"data": f"{name}.json", "predictions": f"{name}.predictions.json",
                          "metric": metric, **figures})
    data, predictions = dataset_of(V2, "v2", "Normans")
    data["version"] = "v2.0"
    (OUT / "metrics_v2.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    (OUT / "metrics_v2.predictions.json").write_text(
        json.dumps(predictions, ensure_ascii=False, indent=1) + "\n")
    cases.append({"data": "metrics_v2.json", "predictions": "metrics_v2.predictions.json",
                  "metric": "squad_v2", **evaluate_v2(data["data"], predictions)})
    (OUT / "metrics_golden.json").write_text(
        json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
