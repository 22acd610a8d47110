#!/usr/bin/env python3
"""HF interop of bertc's masked-LM checkpoints: transformers loads RUN/best (written by a
compiled masked_lm or pretraining program's `train`) as BertForMaskedLM / BertForPreTraining —
the decoder tied to the word embeddings, as save_pretrained leaves it — and computes the same
logits at the masked tokens as the program's own check-step on the same weights and inputs.

Run (a trained RUN and its compiled PROGRAM):
  /root/oracle/venv/bin/python tests/oracle/mlm_interop.py --run RUN --program PROGRAM
Writes nothing to the repository; prints the largest differences (recorded in
bench/results/mlm_interop.md).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
from safetensors.numpy import load_file, save_file


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--run", required=True, help="a bertc masked-LM run folder (RUN/best is read)")
    ap.add_argument("--program", required=True, help="the compiled program that trained it")
    ap.add_argument("--texts", nargs="*", default=["나는 [MASK]에 가서 돈을 찾았다",
                                                   "이 영화 정말 [MASK] 재미있어요",
                                                   "[MASK] 배우의 연기가 [MASK]"])
    args = ap.parse_args()
    import transformers
    from transformers import BertTokenizerFast

    best = os.path.join(args.run, "best")
    config = json.load(open(os.path.join(best, "config.json")))
    arch = config["architectures"][0]
    model = getattr(transformers, arch).from_pretrained(best, attn_implementation="eager").eval()
    tied = model.get_output_embeddings().weight.data_ptr() == \
        model.bert.embeddings.word_embeddings.weight.data_ptr()
    with open(os.path.join(best, "vocab.txt"), encoding="utf-8") as f:
        vocab = {line.rstrip("\n"): i for i, line in enumerate(f)}
    # transformers 5 takes the vocabulary as `vocab` (a vocab_file is ignored there)
    tok = BertTokenizerFast(vocab=vocab, do_lower_case=False, tokenize_chinese_chars=True,
                            strip_accents=None)
    if len(tok) != len(vocab):
        sys.exit(f"the tokenizer has {len(tok)} tokens, vocab.txt {len(vocab)}")
    enc = tok(args.texts, padding=True, return_tensors="pt")
    labels = torch.where(enc["input_ids"] == tok.mask_token_id, enc["input_ids"], -100)
    inputs = {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"],
              "token_type_ids": enc["token_type_ids"], "labels": labels}
    if arch == "BertForPreTraining":
        inputs["next_sentence_label"] = torch.zeros(len(args.texts), dtype=torch.long)
    with torch.no_grad():
        res = model(**inputs)
    name = "prediction_logits" if arch == "BertForPreTraining" else "logits"
    hf = getattr(res, name)[labels != -100].numpy()
    print("tokens:", [tok.convert_ids_to_tokens(row[row != 0].tolist()) for row in enc["input_ids"]])
    with tempfile.TemporaryDirectory() as tmp:
        save_file({k: v.numpy() for k, v in inputs.items()}, os.path.join(tmp, "in.st"))
        subprocess.run([args.program, "check-step", "--weights",
                        os.path.join(best, "model.safetensors"), "--inputs",
                        os.path.join(tmp, "in.st"), "--out", os.path.join(tmp, "out.st")],
                       check=True)
        ours = load_file(os.path.join(tmp, "out.st"))
    diff = float(np.abs(ours[name] - hf).max())
    loss_diff = abs(float(ours["loss"]) - float(res.loss))
    same_top = bool((ours[name].argmax(-1) == hf.argmax(-1)).all())
    print(f"{arch} from {best}: decoder tied to the word embeddings: {tied}; "
          f"{hf.shape[0]} masked tokens x {hf.shape[1]}; max |logit diff| {diff:.3e}; "
          f"|loss diff| {loss_diff:.3e}; same argmax: {same_top}; "
          f"torch {torch.__version__}, transformers {transformers.__version__}")
    if not tied or diff > 1e-3 or not same_top:
        sys.exit("MISMATCH")


if __name__ == "__main__":
    main()
