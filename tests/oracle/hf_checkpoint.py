#!/usr/bin/env python3
"""HuggingFace reference for HF checkpoint folders (runtime/hf_checkpoint.c) and the
inference subcommands (runtime/infer.c: predict, embed).

make (default): writes the fixtures, from specs/tiny_cls.yaml's model:
  tests/fixtures/hf_tiny/           BertForSequenceClassification.save_pretrained (F32,
                                    safetensors) + vocab.txt (1000 lines, BERT layout,
                                    Korean syllables and words) + BertTokenizer files
                                    + expected_logits.json (below)
  tests/fixtures/hf_tiny_pretrain/  BertForPreTraining with the same encoder, saved in BF16:
                                    bert.* plus the cls.predictions / cls.seq_relationship
                                    extras, no classifier (newly initialised on load)
  tests/fixtures/hf_tiny_base/      BertModel (names without "bert."), saved in F16
  expected_logits.json: the sentences, their input_ids as BertTokenizerFast gives them,
  hf_tiny's logits, its pooler / cls / mean embeddings, and the pooler embeddings of the
  two reduced-precision folders (their weights upcast to float32).

verify PROG: checks that transformers reads what hf_save writes: `PROG convert` of each
  fixture folder, then BertForSequenceClassification.from_pretrained(that folder) must
  report no missing, unexpected or mismatched keys and give the logits of `PROG predict
  --json` on it (1e-4), and AutoTokenizer.from_pretrained must give expected input_ids.

Run:  /root/oracle/venv/bin/python tests/oracle/hf_checkpoint.py [make]
      /root/oracle/venv/bin/python tests/oracle/hf_checkpoint.py verify build/tiny/tiny_trainer
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import torch
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIX = os.path.join(ROOT, "tests", "fixtures")
SPEC = os.path.join(ROOT, "specs", "tiny_cls.yaml")

WORDS = ["영화", "정말", "너무", "재밌", "재미", "최고", "별로", "지루", "배우", "연기",
         "스토리", "감동", "최악", "시간", "아깝", "좋", "싫", "보고", "싶", "다시",
         "추천", "평점", "내용", "음악", "결말"]
SENTENCES = [
    "이 영화 정말 재밌다!",
    "너무 지루하고 별로였어요... 시간 아깝다",
    "배우들 연기가 최고, 스토리도 감동적이고 음악까지 좋았다. 다시 보고 싶은 영화 추천합니다",
    "Hello 123 ☃ 평점 10점",
    "",
]


def load_spec():
    with open(SPEC, encoding="utf-8") as f:
        return yaml.safe_load(f)


def write_vocab(path, size):
    """BERT layout: [PAD], [unused1..99], [UNK], [CLS], [SEP], [MASK], then ASCII, words,
    Hangul syllables and their ## continuations, cut to exactly `size` lines."""
    tokens = ["[PAD]"] + [f"[unused{i}]" for i in range(1, 100)]
    tokens += ["[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tokens += [chr(c) for c in range(33, 127)]
    tokens += WORDS
    syllables = sorted({ch for s in SENTENCES + WORDS for ch in s if 0xAC00 <= ord(ch) <= 0xD7A3})
    tokens += syllables + ["##" + s for s in syllables]
    tokens += ["##" + w for w in WORDS] + ["##" + chr(c) for c in range(48, 58)]
    tokens = list(dict.fromkeys(tokens))  # no duplicates: single-syllable words
    code = 0xAC00
    seen = set(tokens)
    while len(tokens) < size:
        ch = chr(code)
        code += 7
        for tok in (ch, "##" + ch):
            if tok not in seen and len(tokens) < size:
                tokens.append(tok)
                seen.add(tok)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(t + "\n" for t in tokens[:size]))


def make_config(spec, labels):
    from transformers import BertConfig

    return BertConfig(**spec["model"], num_labels=len(labels),
                      id2label=dict(enumerate(labels)),
                      label2id={l: i for i, l in enumerate(labels)})


def pooled(model_bert, enc):
    with torch.no_grad():
        out = model_bert(**enc)
    mask = enc["attention_mask"].unsqueeze(-1).float()
    mean = (out.last_hidden_state * mask).sum(1) / mask.sum(1)
    return {"pooler": out.pooler_output.tolist(), "cls": out.last_hidden_state[:, 0].tolist(),
            "mean": mean.tolist()}


def make():
    from transformers import (BertForPreTraining, BertForSequenceClassification, BertModel,
                              BertTokenizerFast)

    spec = load_spec()
    labels = spec["head"]["labels"]
    config = make_config(spec, labels)
    config._attn_implementation = "eager"
    out = os.path.join(FIX, "hf_tiny")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    write_vocab(os.path.join(out, "vocab.txt"), spec["model"]["vocab_size"])
    tok = BertTokenizerFast(os.path.join(out, "vocab.txt"), do_lower_case=False,
                            model_max_length=spec["model"]["max_position_embeddings"])

    torch.manual_seed(0)
    model = BertForSequenceClassification(config).eval()
    gen = torch.Generator().manual_seed(1)
    # Biases and LayerNorm off their 0/1 init, so that their bugs show; weights 5x and the
    # classifier 100x HF's scale, so that the logits of different sentences differ by far
    # more than the 1e-4 the C tests compare to.
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.startswith("classifier.weight"):
                p.mul_(100.0)
            elif name.endswith(".weight") and "LayerNorm" not in name:
                p.mul_(5.0)
            if name.endswith(".bias"):
                p.add_(0.02 * torch.randn(p.shape, generator=gen))
            elif "LayerNorm.weight" in name:
                p.add_(0.1 * torch.randn(p.shape, generator=gen))
    model.save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)

    enc = tok(SENTENCES, padding=True, return_tensors="pt")
    with torch.no_grad():
        logits = model(**enc).logits
    expected = {
        "sentences": SENTENCES,
        "input_ids": [[i for i, m in zip(ids, mask) if m]
                      for ids, mask in zip(enc["input_ids"].tolist(),
                                           enc["attention_mask"].tolist())],
        "logits": logits.tolist(),
        "embeddings": pooled(model.bert, enc),
    }

    # The same encoder as a pretraining checkpoint (BF16) and a base model (F16).
    for name, cls, dtype in (("hf_tiny_pretrain", BertForPreTraining, torch.bfloat16),
                             ("hf_tiny_base", BertModel, torch.float16)):
        d = os.path.join(FIX, name)
        shutil.rmtree(d, ignore_errors=True)
        torch.manual_seed(2)
        other = cls(config).eval()
        bert = other if cls is BertModel else other.bert
        bert.load_state_dict(model.bert.state_dict())
        other.to(dtype).save_pretrained(d, safe_serialization=True)
        shutil.copy(os.path.join(out, "vocab.txt"), d)
        if cls is BertModel:  # no tokenizer_config.json: the program's do_lower_case applies
            pass
        else:
            tok.save_pretrained(d)
        for extra in ("tokenizer.json", "special_tokens_map.json"):
            if os.path.exists(os.path.join(d, extra)):
                os.remove(os.path.join(d, extra))
        bert.float()
        expected[name + "_pooler"] = pooled(bert, enc)["pooler"]
    with open(os.path.join(out, "expected_logits.json"), "w", encoding="utf-8") as f:
        # one key per line, each value on one line: small and still readable
        f.write("{\n" + ",\n".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                                    for k, v in expected.items()) + "\n}\n")
    print(f"wrote {out}, hf_tiny_pretrain, hf_tiny_base")


def run(cmd, stdin=None):
    r = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)}: exit {r.returncode}\n{r.stderr}")
    return r.stdout


def verify(prog):
    from transformers import AutoTokenizer, BertForSequenceClassification

    with open(os.path.join(FIX, "hf_tiny", "expected_logits.json"), encoding="utf-8") as f:
        expected = json.load(f)
    fail = False
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("hf_tiny", "hf_tiny_pretrain", "hf_tiny_base"):
            saved = os.path.join(tmp, name)
            run([prog, "convert", "--model", os.path.join(FIX, name), "--out", saved])
            model, info = BertForSequenceClassification.from_pretrained(
                saved, output_loading_info=True, attn_implementation="eager")
            model.eval()
            bad = {k: v for k, v in info.items() if v}
            tok = AutoTokenizer.from_pretrained(saved)
            enc = tok(expected["sentences"], padding=True, return_tensors="pt")
            ids = [[i for i, m in zip(r, mk) if m] for r, mk in
                   zip(enc["input_ids"].tolist(), enc["attention_mask"].tolist())]
            with torch.no_grad():
                hf = model(**enc).logits
            lines = run([prog, "predict", "--model", saved, "--json", *expected["sentences"]])
            ours = torch.tensor([json.loads(l)["logits"] for l in lines.splitlines()])
            diff = (hf - ours).abs().max().item()
            ok = not bad and ids == expected["input_ids"] and diff < 1e-4
            if name == "hf_tiny":
                ref = (hf - torch.tensor(expected["logits"])).abs().max().item()
                ok = ok and ref < 1e-6
            print(f"{name}: loading info {info}, tokenizer ids {'equal' if ids == expected['input_ids'] else 'DIFFER'}, "
                  f"max |logits(HF from_pretrained) - logits(predict)| = {diff:.3g}: {'ok' if ok else 'FAIL'}")
            fail |= not ok
    sys.exit(1 if fail else 0)


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "make"
    if mode == "make":
        make()
    elif mode == "verify" and len(sys.argv) == 3:
        verify(sys.argv[2])
    else:
        sys.exit(__doc__)
