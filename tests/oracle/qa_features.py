#!/usr/bin/env python3
"""Expected windows and labels for runtime/qa_features.c, from HF's BertTokenizerFast and the
logic of transformers' examples/pytorch/question-answering/run_qa.py (prepare_train_features,
restated here): tokenizer(question, context, truncation="only_second", max_length=L,
stride=doc_stride, return_overflowing_tokens=True, return_offsets_mapping=True), then each
window's start/end token of the first answer, or [CLS] (0) when the answer is not wholly in it.

run_qa keeps the whole question; bertc, like the older run_squad.py, first cuts it to
max_query_length tokens: here the question text is cut after its max_query_length-th token, so
the tokenizer sees the same tokens. Prints, per case, the values qa_features_test.c holds,
and writes tests/fixtures/qa/features.json (the cases as SQuAD data, one article each, the
question id the case's name) and features_golden.json ({"cases": [{"id", "vocab", "lower",
"max_seq_length", "doc_stride", "max_query_length", "windows": [{"input_ids", "token_type_ids",
"offsets" (null outside the context), "start_position", "end_position"}]}]}: run_qa's labels,
quirk included):
    /root/oracle/venv/bin/python tests/oracle/qa_features.py

run_qa's label loop walks past the context's last token: an answer that starts in a window's last
context token gets start = that window's final [SEP] (its offset (0, 0) passes the
`offsets[i][0] <= start_char` test). This script prints HF's value and, where it differs, the
token that holds the answer's start (what bertc labels); "quirk" marks those windows.
"""
import json
import pathlib

from transformers import BertTokenizerFast
from transformers.models.bert.tokenization_bert import load_vocab

TEXT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "text"
OUT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "qa"

# (name, vocab, lower, question, context, answer, answer occurrence, max_seq_length, doc_stride,
#  max_query_length)
CASES = [
    ("korean_two_windows", "cased_ko", False, "수배를 내린 곳은?",
     "1989년 2월 15일 여의도 농민 폭력 시위를 주도한 혐의로 서울지방경찰청 공안분실이 "
     "지명수배를 내렸다.", "서울지방경찰청", 0, 32, 8, 64),
    ("korean_window_edge", "cased_ko", False, "수배를 내린 곳은?",
     "1989년 2월 15일 여의도 농민 폭력 시위를 주도한 혐의로 서울지방경찰청 공안분실이 "
     "지명수배를 내렸다.", "공안분실", 0, 32, 8, 64),
    ("english_no_window", "bert_base_uncased", True, "Which team won Super Bowl 50?",
     "The American Football Conference champion Denver Broncos defeated the National "
     "Football Conference champion Carolina Panthers 24\u201310 to earn their third Super "
     "Bowl title. The game was played on February 7, 2016, at Levi's Stadium in the San "
     "Francisco Bay Area at Santa Clara, California.", "Denver Broncos defeated the National "
     "Football Conference champion Carolina Panthers", 0, 24, 4, 64),
    ("english_window_edge", "bert_base_uncased", True, "Which team won Super Bowl 50?",
     "The American Football Conference champion Denver Broncos defeated the National "
     "Football Conference champion Carolina Panthers 24\u201310 to earn their third Super "
     "Bowl title.", "Carolina", 0, 24, 4, 64),
    ("english_long_question", "bert_base_uncased", True,
     "In which stadium of the San Francisco Bay Area, located at Santa Clara in California, "
     "was the game that decided the third Super Bowl title of the Denver Broncos played?",
     "The game was played on February 7, 2016, at Levi's Stadium in the San Francisco Bay "
     "Area at Santa Clara, Caf\u00e9 California.", "Levi's Stadium", 0, 24, 3, 8),
]


def window_labels(enc, i, start_char, end_char):
    """run_qa's labels of window i, and the token holding start_char (bertc's start)."""
    offsets, seq = enc["offset_mapping"][i], enc.sequence_ids(i)
    first = seq.index(1)
    last = len(seq) - 1 - seq[::-1].index(1)
    if not (offsets[first][0] <= start_char and offsets[last][1] >= end_char):
        return 0, 0, 0
    t = first
    while t < len(offsets) and offsets[t][0] <= start_char:
        t += 1
    start = t - 1
    t = last
    while offsets[t][1] >= end_char:
        t -= 1
    end = t + 1
    holder = max(k for k in range(first, last + 1) if offsets[k][0] <= start_char)
    return start, end, holder


def main():
    data, golden = [], []
    for name, vocab, lower, question, context, answer, occurrence, length, stride, mql in CASES:
        tok = BertTokenizerFast(vocab=load_vocab(str(TEXT / f"vocab_{vocab}.txt")),
                                do_lower_case=lower)
        question_text = question
        q = tok(question, add_special_tokens=False, return_offsets_mapping=True)
        if len(q["input_ids"]) > mql:
            question = question[:q["offset_mapping"][mql - 1][1]]
        start_char = context.index(answer)
        for _ in range(occurrence):
            start_char = context.index(answer, start_char + 1)
        end_char = start_char + len(answer)
        enc = tok(question.lstrip(), context, truncation="only_second", max_length=length,
                  stride=stride, return_overflowing_tokens=True, return_offsets_mapping=True)
        data.append({"title": name, "paragraphs": [{"context": context, "qas": [
            {"id": name, "question": question_text,
             "answers": [{"text": answer, "answer_start": start_char}]}]}]})
        windows = []
        golden.append({"id": name, "vocab": f"vocab_{vocab}.txt", "lower": lower,
                       "max_seq_length": length, "doc_stride": stride,
                       "max_query_length": mql, "windows": windows})
        print(f"{name}: answer chars [{start_char}, {end_char}), {len(enc['input_ids'])} windows")
        for i in range(len(enc["input_ids"])):
            seq = enc.sequence_ids(i)
            first = seq.index(1)
            last = len(seq) - 1 - seq[::-1].index(1)
            offs = enc["offset_mapping"][i]
            start, end, holder = window_labels(enc, i, start_char, end_char)
            seq_offs = [list(o) if seq[k] == 1 else None for k, o in enumerate(offs)]
            windows.append({"input_ids": enc["input_ids"][i],
                            "token_type_ids": enc["token_type_ids"][i], "offsets": seq_offs,
                            "start_position": start, "end_position": end})
            quirk = f" quirk: bertc start {holder}" if start != holder else ""
            print(f"  window {i}: len {len(seq)} context tokens [{first}, {last + 1}) "
                  f"chars [{offs[first][0]}, {offs[last][1]}) start {start} end {end}{quirk}")
            print("    ids " + ", ".join(str(x) for x in enc["input_ids"][i]))
            print("    offsets " + ", ".join(f"{a},{b}" for a, b in offs[first:last + 1]))
    (OUT / "features.json").write_text(json.dumps({"version": "1.1", "data": data},
                                                  ensure_ascii=False, indent=1) + "\n")
    (OUT / "features_golden.json").write_text(json.dumps({"cases": golden}) + "\n")


if __name__ == "__main__":
    main()
