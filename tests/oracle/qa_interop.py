"""HF interop of question-answering runs: what `train` writes is a BertForQuestionAnswering
folder that transformers loads and runs with the program's logits and answers.

    /root/oracle/venv/bin/python tests/oracle/qa_interop.py BERTC [WORK]

BERTC: the built compiler (build/compiler/bertc). In WORK (default a temporary folder) the script
builds the vocabulary of tests/fixtures/qa_train (`bertc vocab build --size 400 text.txt`),
compiles tests/fixtures/qa_train/tiny_qa_train.yaml for the CPU and trains it for its 2 epochs on
train.json / test.json (2 threads), as tests/train/qa.sh does. Then, on RUN/best:

1. `BertForQuestionAnswering.from_pretrained(best, output_loading_info=True)` (no missing,
   unexpected or mismatched key) and `BertTokenizerFast.from_pretrained(best)`.
2. Logits: every window of test.json's questions as run_qa's `prepare_validation_features` makes
   them (truncation="only_second", max_length = the largest bucket 64, stride = bertc's default
   64 // 3 = 21, offsets), padded to 64 in batches of the spec's batch_size; HF's start and end
   logits against `PROG check-step --weights best/model.safetensors` on the same batch.
3. Answers: run_qa's `postprocess_qa_predictions` (n_best 20, max_answer_length 30, v1) over HF's
   logits against `PROG predict --data test.json --out P.json`, every question; and for a few
   questions `PROG predict --question Q --context C --json`: the same text, start/end (code
   points) and score (start + end logit).

Exits 1 on any difference above 1e-4 in the logits or scores, or on any different answer.
Record the result in tests/oracle/README.md.
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from transformers import BertForQuestionAnswering, BertTokenizerFast

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FX = os.path.join(ROOT, "tests", "fixtures", "qa_train")
MAX_LEN, STRIDE, BATCH, N_BEST, MAX_ANSWER = 64, 64 // 3, 16, 20, 30


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def train(bertc, work):
    vocab = os.path.join(work, "vocab.txt")
    run([bertc, "vocab", "build", "--size", "400", os.path.join(FX, "text.txt"), "-o", vocab])
    run([bertc, "compile", os.path.join(FX, "tiny_qa_train.yaml"), "-o", os.path.join(work, "prog")])
    prog = os.path.join(work, "prog", "tiny_qa_train")
    out = os.path.join(work, "run")
    run([prog, "train", "--train", os.path.join(FX, "train.json"), "--test",
         os.path.join(FX, "test.json"), "--vocab", vocab, "--threads", "2", "--out", out])
    return prog, os.path.join(out, "best")


def questions(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)["data"]
    return [(q["id"], q["question"], p["context"]) for a in data for p in a["paragraphs"]
            for q in p["qas"]]


def features(tok, qs):
    enc = tok([q for _, q, _ in qs], [c for _, _, c in qs], truncation="only_second",
              max_length=MAX_LEN, stride=STRIDE, return_overflowing_tokens=True,
              return_offsets_mapping=True, padding="max_length")
    offsets = []
    for i in range(len(enc["input_ids"])):
        seq = enc.sequence_ids(i)
        offsets.append([o if seq[k] == 1 else None for k, o in enumerate(enc["offset_mapping"][i])])
    return enc, offsets


def check_step_logits(prog, best, enc, work):
    starts, ends = [], []
    n = len(enc["input_ids"])
    for b in range(0, n, BATCH):
        rows = slice(b, min(n, b + BATCH))
        batch = {k: torch.tensor(enc[k][rows], dtype=torch.int64)
                 for k in ("input_ids", "attention_mask", "token_type_ids")}
        count = batch["input_ids"].shape[0]
        batch["start_positions"] = torch.zeros(count, dtype=torch.int64)
        batch["end_positions"] = torch.zeros(count, dtype=torch.int64)
        inp, out = os.path.join(work, "inputs.safetensors"), os.path.join(work, "step.safetensors")
        save_file(batch, inp)
        run([prog, "check-step", "--weights", os.path.join(best, "model.safetensors"),
             "--inputs", inp, "--out", out])
        res = load_file(out)
        starts.append(res["start_logits"].numpy())
        ends.append(res["end_logits"].numpy())
    return np.concatenate(starts), np.concatenate(ends)


def postprocess(qs, enc, offsets, start_logits, end_logits):
    """run_qa's utils_qa.postprocess_qa_predictions (v1): the best span over a question's windows,
    its character offsets in the context and its score."""
    by_question = {}
    for i, q in enumerate(enc["overflow_to_sample_mapping"]):
        by_question.setdefault(q, []).append(i)
    answers = []
    for q, (_, _, context) in enumerate(qs):
        best = None
        for i in by_question[q]:
            s, e, off = start_logits[i], end_logits[i], offsets[i]
            for a in np.argsort(s)[-1:-N_BEST - 1:-1].tolist():
                for b in np.argsort(e)[-1:-N_BEST - 1:-1].tolist():
                    if a >= len(off) or b >= len(off) or off[a] is None or off[b] is None:
                        continue
                    if b < a or b - a + 1 > MAX_ANSWER:
                        continue
                    score = float(s[a]) + float(e[b])
                    if best is None or score > best[0]:
                        best = (score, off[a][0], off[b][1])
        answers.append(("", 0, 0, 0.0) if best is None else
                       (context[best[1]:best[2]], best[1], best[2], best[0]))
    return answers


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    bertc = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.abspath(sys.argv[2]) if len(sys.argv) == 3 else tmp
        os.makedirs(work, exist_ok=True)
        prog, best = train(bertc, work)
        model, info = BertForQuestionAnswering.from_pretrained(
            best, output_loading_info=True, attn_implementation="eager")
        model.eval()
        tok = BertTokenizerFast.from_pretrained(best)
        bad_keys = {k: v for k, v in info.items() if v}
        test = os.path.join(FX, "test.json")
        qs = questions(test)
        enc, offsets = features(tok, qs)
        with torch.no_grad():
            hf = model(input_ids=torch.tensor(enc["input_ids"]),
                       attention_mask=torch.tensor(enc["attention_mask"]),
                       token_type_ids=torch.tensor(enc["token_type_ids"]))
        hf_start, hf_end = hf.start_logits.numpy(), hf.end_logits.numpy()
        our_start, our_end = check_step_logits(prog, best, enc, work)
        logit_diff = max(np.abs(hf_start - our_start).max(), np.abs(hf_end - our_end).max())
        hf_answers = postprocess(qs, enc, offsets, hf_start, hf_end)

        pred_path = os.path.join(work, "predictions.json")
        run([prog, "predict", "--model", best, "--data", test, "--out", pred_path])
        with open(pred_path, encoding="utf-8") as f:
            ours = json.load(f)
        differ = [(qid, hf_answers[i][0], ours.get(qid)) for i, (qid, _, _) in enumerate(qs)
                  if ours.get(qid) != hf_answers[i][0]]
        score_diff, single_differ = 0.0, []
        for i in range(0, len(qs), max(1, len(qs) // 8)):
            _, question, context = qs[i]
            p = json.loads(run([prog, "predict", "--model", best, "--question", question,
                                "--context", context, "--json"]))
            text, start, end, score = hf_answers[i]
            if (p["answer"], p["start"], p["end"]) != (text, start, end):
                single_differ.append((question, (text, start, end), p))
            score_diff = max(score_diff, abs(p["score"] - score))
        windows = len(enc["input_ids"])
        ok = (not bad_keys and logit_diff < 1e-4 and not differ and not single_differ and
              score_diff < 1e-4)
        print(f"{type(model).__name__} from {best}: loading info {info}")
        print(f"{len(qs)} questions, {windows} windows of {MAX_LEN} (stride {STRIDE}): max |HF - "
              f"check-step| start/end logits {logit_diff:.3g} (|max| "
              f"{max(np.abs(hf_start).max(), np.abs(hf_end).max()):.3g})")
        print(f"predict --data: {len(qs) - len(differ)}/{len(qs)} answers equal to run_qa's "
              f"postprocessing of HF's logits{'; differ: ' + repr(differ[:5]) if differ else ''}")
        print(f"predict --question/--context: {len(single_differ)} of the sampled answers differ"
              f"{': ' + repr(single_differ[:3]) if single_differ else ''}; max |score - HF's| "
              f"{score_diff:.3g}")
        print("ok" if ok else "FAIL")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
