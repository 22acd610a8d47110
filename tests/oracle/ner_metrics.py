#!/usr/bin/env python3
"""Golden fixtures for runtime/ner_metrics.c: seqeval's entity scores, KLUE's char macro F1.

Writes tests/fixtures/ner_metrics/<case>.txt, one per case, from hand-written tag sequences
(and one seeded synthetic case). Needs seqeval 1.2.2, scikit-learn and numpy:
    /root/oracle/venv/bin/python tests/oracle/ner_metrics.py

A case file is lines of space-separated fields ('#' lines are comments):
    labels NAME...              the label names, in label-index order
    digits N                    classification_report's digits
    sent T|P T|P ...            one sentence: truth|pred tag names per unit (may be empty)
    mask 1 0 ...                (optional, after its sent) 1 for a unit the char F1 counts
    true TYPE START END ...     seqeval's get_entities of the sentence's truth (END exclusive)
    pred TYPE START END ...     the same of its prediction
    row P R F SUPPORT NAME      one entry of classification_report(output_dict=True), in order
    score NAME VALUE            micro/macro/weighted_{precision,recall,f1} of seqeval's
                                precision_score/recall_score/f1_score, char_macro_f1 (KLUE's
                                f1_score(labels=range(k), average="macro", zero_division=True)
                                over the masked units), unit_accuracy (accuracy_score of those)
    report                      then classification_report(digits=N) verbatim, line by line,
    end report                  up to this line
Numbers are Python's repr(): the shortest text that reads back to the same double.
"""
import importlib.metadata
import pathlib
import random
import warnings

import numpy as np
import sklearn
from seqeval.metrics import classification_report, f1_score, precision_score, recall_score
from seqeval.metrics.sequence_labeling import get_entities
from sklearn.metrics import accuracy_score
from sklearn.metrics import f1_score as sk_f1_score

SEQEVAL = importlib.metadata.version("seqeval")
OUT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "ner_metrics"

# KLUE-NER's label list, in KLUE's order (O last)
KLUE = [f"{p}-{t}" for t in ("DT", "LC", "OG", "PS", "QT", "TI") for p in "BI"] + ["O"]
# CoNLL-2003's, O first and types not in sorted order
CONLL = ["O"] + [f"{p}-{t}" for t in ("PER", "LOC", "ORG", "MISC") for p in "BI"]
# Type names wider than "weighted avg" (one of them Korean: width counts code points), a type
# with B- only
WIDE = ["O", "B-ORGANIZATION_NAME", "I-ORGANIZATION_NAME", "B-X", "B-인물이름입니다아주긴이름",
        "I-인물이름입니다아주긴이름", "B-Y", "I-Y"]


def sent(truth, pred, mask=None):
    """A sentence from space-separated truth and prediction tags; mask a string of 0/1."""
    t, p = truth.split(), pred.split()
    assert len(t) == len(p), (truth, pred)
    m = [int(c) for c in mask] if mask else None
    assert m is None or len(m) == len(t), (truth, mask)
    return t, p, m


def cases():
    yield "klue_exact_matches", KLUE, 4, "every entity right; spaces unscored for the char F1", [
        sent("B-PS I-PS I-PS O O B-LC I-LC O", "B-PS I-PS I-PS O O B-LC I-LC O", "11101110"),
        sent("O B-DT I-DT I-DT O B-QT", "O B-DT I-DT I-DT O B-QT", "101111"),
        sent("B-OG I-OG O B-TI I-TI I-TI", "B-OG I-OG O B-TI I-TI I-TI"),
        sent("O O O", "O O O"),
    ]
    yield "klue_boundary_errors", KLUE, 4, "starts and ends off by one; entity at sentence end", [
        sent("O B-PS I-PS I-PS O O", "B-PS I-PS I-PS I-PS O O", "111011"),
        sent("B-LC I-LC I-LC O O", "B-LC I-LC O O O"),
        sent("O B-DT I-DT O", "O O B-DT I-DT", "1101"),
        sent("B-QT I-QT O B-QT", "B-QT I-QT I-QT B-QT"),
        sent("B-OG I-OG I-OG I-OG", "B-OG I-OG I-OG I-OG", "0110"),
        sent("O O B-TI I-TI", "O O B-TI O"),
    ]
    yield "klue_type_errors", KLUE, 4, ("type errors; TI predicted never gold; DT gold never "
                                        "predicted; QT never seen (char F1 1.0 for its labels)"), [
        sent("B-PS I-PS O B-OG I-OG", "B-OG I-OG O B-OG I-OG"),
        sent("O B-LC I-LC O", "O B-LC I-OG O", "1011"),
        sent("O O O O", "O B-TI I-TI O"),
        sent("B-DT I-DT O O", "O O O O"),
        sent("B-PS O B-PS", "B-PS O B-PS", "110"),
        sent("B-LC I-LC I-LC", "B-LC I-LC I-PS"),
    ]
    yield "conll_iob1_starts", CONLL, 4, ("I-X after O starts an entity (IOB1), I-X after another "
                                          "type, adjacent B-X B-X, an empty sentence"), [
        sent("I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"),
        sent("O I-ORG I-ORG I-LOC I-LOC O", "O I-ORG I-LOC I-LOC I-LOC O", "011110"),
        sent("B-PER B-PER O B-LOC I-LOC B-LOC", "B-PER I-PER O B-LOC B-LOC I-LOC"),
        sent("I-MISC O I-MISC I-MISC", "O I-MISC I-MISC I-MISC"),
        sent("", ""),
        sent("B-ORG I-PER I-PER O", "B-ORG B-PER I-PER O"),
        sent("O I-PER B-PER I-PER", "O I-PER B-PER I-PER"),
    ]
    yield "conll_empty_predictions", CONLL, 4, "every prediction O", [
        sent("B-PER I-PER O B-LOC", "O O O O"),
        sent("O B-ORG I-ORG I-ORG O B-MISC", "O O O O O O", "111100"),
        sent("B-LOC", "O"),
    ]
    yield "conll_gold_all_outside", CONLL, 4, ("no gold entity, only predictions (weighted avg "
                                               "of zero weights)"), [
        sent("O O O O", "B-PER I-PER O B-LOC"),
        sent("O O O", "I-MISC O B-ORG"),
    ]
    yield "wide_type_names_digits2", WIDE, 2, "type names wider than 'weighted avg', B-X only", [
        sent("B-ORGANIZATION_NAME I-ORGANIZATION_NAME O B-X B-X",
             "B-ORGANIZATION_NAME I-ORGANIZATION_NAME O B-X O"),
        sent("B-인물이름입니다아주긴이름 I-인물이름입니다아주긴이름 O B-Y",
             "B-인물이름입니다아주긴이름 O O B-Y", "1101"),
        sent("O B-Y I-Y O", "O B-Y I-Y I-Y"),
    ]
    yield seeded_many_types()


def seeded_many_types():
    """Twenty types (numpy's 8-accumulator sums for the averages), 41 labels, printed to 18
    digits: every last-bit difference of a score shows in the report text."""
    rng = random.Random(20240917)
    types = [f"T{i:02d}" for i in range(20)]
    labels = ["O"] + [f"{p}-{t}" for t in types for p in "BI"]
    sentences = []
    for _ in range(16):
        truth = []
        while len(truth) < 16:
            if rng.random() < 0.45:
                t = rng.choice(types)
                truth += [f"B-{t}"] + [f"I-{t}"] * rng.randrange(3)
            else:
                truth.append("O")
        pred = [rng.choice(labels) if rng.random() < 0.2 else tag for tag in truth]
        mask = "".join("0" if rng.random() < 0.15 else "1" for _ in truth)
        sentences.append(sent(" ".join(truth), " ".join(pred), mask))
    return "seeded_twenty_types_digits18", labels, 18, "seeded synthetic tags (random.Random)", \
        sentences


def entities_line(key, tags):
    """get_entities of one sentence, END exclusive."""
    fields = [key]
    for name, start, end in get_entities(tags):
        fields += [name, str(start), str(end + 1)]
    return " ".join(fields)


def char_scores(labels, sentences):
    """KLUE's klue_ner_char_macro_f1 (without its x100) and the accuracy over masked units."""
    index = {name: i for i, name in enumerate(labels)}
    trues, preds = [], []
    for t, p, m in sentences:
        for i in range(len(t)):
            if m is None or m[i]:
                trues.append(index[t[i]])
                preds.append(index[p[i]])
    f1 = sk_f1_score(trues, preds, labels=list(range(len(labels))), average="macro",
                     zero_division=True)
    assert f1 == char_f1_by_rule(len(labels), trues, preds), "sklearn's rule changed"
    return float(f1), float(accuracy_score(trues, preds))


def char_f1_by_rule(k, trues, preds):
    """What ner_metrics.c computes: per label 2tp / (2tp + fp + fn), 1.0 for 0 / 0, np.mean."""
    cm = np.zeros((k, k), dtype=np.int64)
    for t, p in zip(trues, preds):
        cm[t, p] += 1
    f1 = []
    for label in range(k):
        tp, fp, fn = cm[label, label], cm[:, label].sum() - cm[label, label], \
            cm[label, :].sum() - cm[label, label]
        f1.append(1.0 if 2 * tp + fp + fn == 0 else 2.0 * tp / float(2 * tp + fp + fn))
    return np.mean(np.array(f1, dtype=np.float64))


def scores(y_true, y_pred):
    out = []
    for average in ("micro", "macro", "weighted"):
        for name, fn in (("precision", precision_score), ("recall", recall_score),
                         ("f1", f1_score)):
            out.append((f"{average}_{name}", float(fn(y_true, y_pred, average=average))))
    return out


def write_case(name, labels, digits, about, sentences):
    y_true = [t for t, _, _ in sentences]
    y_pred = [p for _, p, _ in sentences]
    lines = [f"# {name}: {about}",
             f"# seqeval {SEQEVAL}, scikit-learn {sklearn.__version__}, "
             f"numpy {np.__version__}",
             "labels " + " ".join(labels), f"digits {digits}"]
    for t, p, m in sentences:
        lines.append(" ".join(["sent"] + [f"{a}|{b}" for a, b in zip(t, p)]))
        if m is not None:
            lines.append(" ".join(["mask"] + [str(v) for v in m]))
        lines += [entities_line("true", t), entities_line("pred", p)]
    report = classification_report(y_true, y_pred, digits=digits, output_dict=True)
    for row, v in report.items():
        values = [v["precision"], v["recall"], v["f1-score"]]
        lines.append(" ".join(["row"] + [repr(float(x)) for x in values] +
                              [str(int(v["support"])), row]))
    micro = report["micro avg"]
    summary = scores(y_true, y_pred)
    assert summary[0][1] == micro["precision"] and summary[2][1] == micro["f1-score"], name
    char_f1, accuracy = char_scores(labels, sentences)
    summary += [("char_macro_f1", char_f1), ("unit_accuracy", accuracy)]
    lines += [f"score {key} {value!r}" for key, value in summary]
    text = classification_report(y_true, y_pred, digits=digits)
    assert text.endswith("\n") and "\nend report\n" not in text
    lines += ["report"] + text.split("\n")[:-1] + ["end report"]
    (OUT / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(sentences)} sentences, {len(report) - 3} types reported")


def main():
    assert SEQEVAL == "1.2.2", SEQEVAL
    warnings.simplefilter("ignore")  # seqeval's / sklearn's UndefinedMetricWarning
    OUT.mkdir(parents=True, exist_ok=True)
    for case in cases():
        write_case(*case)


if __name__ == "__main__":
    main()
