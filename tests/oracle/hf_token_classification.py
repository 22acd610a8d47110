#!/usr/bin/env python3
"""HuggingFace reference for token-classification checkpoint folders (runtime/hf_checkpoint.c
with specs/tiny_ner.yaml: BertForTokenClassification, id2label / label2id).

make (default): writes tests/fixtures/hf_tiny_ner/, from specs/tiny_ner.yaml's model keys
  and labels:
    config.json, model.safetensors  BertForTokenClassification.save_pretrained (F32,
                                    safetensors), id2label / label2id the spec's labels
    vocab.txt, tokenizer.json,      tests/fixtures/hf_tiny/vocab.txt (cased) through
    tokenizer_config.json           BertTokenizerFast.save_pretrained
    sentences.txt                   the sentences below, one per line (plain text)
    eval.tsv                        the same sentences in KLUE-NER's character layout, tagged
                                    with the entities marked below (for `PROG eval`)
    inputs.safetensors              the padded batch as BertTokenizerFast gives it: int64
                                    input_ids, attention_mask, token_type_ids [B,S]; labels
                                    int64 [B,S]: a tag on each word's first token, -100 on
                                    [CLS], [SEP], later sub-tokens and padding
    expected.safetensors            float32 logits [B,S,C] and loss [] of HF on that batch
                                    (eval mode: dropout off, as check-step runs)

verify PROG (PROG: a compiled tiny_ner): `PROG convert --model FIXTURE --out TMP`, then
  AutoModelForTokenClassification.from_pretrained(TMP, output_loading_info=True) must report
  no missing, unexpected or mismatched keys, its config's architectures and id2label /
  label2id must be the fixture's, AutoTokenizer.from_pretrained(TMP) must give the fixture's
  input_ids, and its logits must equal those of `PROG check-step --weights
  TMP/model.safetensors --inputs inputs.safetensors` (1e-4) and HF's expected ones.

Run:  /root/oracle/venv/bin/python tests/oracle/hf_token_classification.py [make]
      /root/oracle/venv/bin/python tests/oracle/hf_token_classification.py verify build/ner/tiny_ner
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import torch
import yaml
from safetensors.torch import load_file, save_file

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIX = os.path.join(ROOT, "tests", "fixtures")
OUT = os.path.join(FIX, "hf_tiny_ner")
SPEC = os.path.join(ROOT, "specs", "tiny_ner.yaml")

# Hand-written (not corpus text), entities marked <TEXT:TYPE> as KLUE-NER's raw lines are.
# Syllables of hf_tiny's vocabulary (words split into ## pieces); its ASCII is single
# characters, so the English words are [UNK] but for initials, punctuation and digits (## pieces).
# The third is the longest, with several tokens per word; the others are padded in the batch.
TAGGED = [
    "<이지영:PS>은 <대구:LC>로 가고 <동아기계:OG>도 보았다.",
    "<J. K. Kim:PS> met <Acme:OG> in <LA:LC>, 2024!",
    "<정재연:PS> 배우 연기 정말 최고, <동아영화:OG> 스토리도 감동적이고 음악까지 좋았다. "
    "<대구:LC>로 다시 보고 싶은 영화 추천합니다. 평점 10점",
    "<도시아:PS>",
]
ENTITY = re.compile(r"<([^<>:]+):([A-Z]+)>")


def load_spec():
    with open(SPEC, encoding="utf-8") as f:
        return yaml.safe_load(f)


def untag(tagged):
    """The plain text and one IOB2 tag per code point."""
    text, tags, pos = "", [], 0
    for m in ENTITY.finditer(tagged):
        before = tagged[pos:m.start()]
        text += before
        tags += ["O"] * len(before)
        text += m.group(1)
        tags += ["B-" + m.group(2)] + ["I-" + m.group(2)] * (len(m.group(1)) - 1)
        pos = m.end()
    text += tagged[pos:]
    tags += ["O"] * (len(tagged) - pos)
    return text, tags


def klue_tsv(tagged_sentences):
    out = ["## synthetic NER fixture for bertc's tests (not corpus text)"]
    for i, tagged in enumerate(tagged_sentences):
        text, tags = untag(tagged)
        out.append(f"## hf_tiny_ner_{i}\t{tagged}")
        out += [f"{ch}\t{tag}" for ch, tag in zip(text, tags)]
        out.append("")
    return "\n".join(out) + "\n"


def token_labels(enc, char_tags, label2id):
    """Each word's first token gets the tag of its first character; the rest -100."""
    labels = torch.full(enc["input_ids"].shape, -100, dtype=torch.int64)
    for b, tags in enumerate(char_tags):
        seen = set()
        for s, word in enumerate(enc.word_ids(b)):
            if word is None or word in seen:
                continue
            seen.add(word)
            start, _ = enc.token_to_chars(b, s)
            labels[b, s] = label2id[tags[start]]
    return labels


def make():
    from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    spec = load_spec()
    labels = spec["head"]["labels"]
    label2id = {l: i for i, l in enumerate(labels)}
    config = BertConfig(**spec["model"], num_labels=len(labels),
                        id2label=dict(enumerate(labels)), label2id=label2id)
    config._attn_implementation = "eager"
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    shutil.copy(os.path.join(FIX, "hf_tiny", "vocab.txt"), OUT)
    tok = BertTokenizerFast(os.path.join(OUT, "vocab.txt"), do_lower_case=False,
                            model_max_length=spec["model"]["max_position_embeddings"])

    torch.manual_seed(0)
    model = BertForTokenClassification(config).eval()
    gen = torch.Generator().manual_seed(1)
    # As hf_checkpoint.py: biases and LayerNorm off their 0/1 init, linear weights 5x and the
    # classifier 100x HF's scale, so that tokens' logits differ by far more than 1e-4.
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name == "classifier.weight":
                p.mul_(100.0)
            elif name.endswith(".weight") and "LayerNorm" not in name:
                p.mul_(5.0)
            if name.endswith(".bias"):
                p.add_(0.02 * torch.randn(p.shape, generator=gen))
            elif "LayerNorm.weight" in name:
                p.add_(0.1 * torch.randn(p.shape, generator=gen))
    model.save_pretrained(OUT, safe_serialization=True)
    tok.save_pretrained(OUT)

    plain = [untag(t) for t in TAGGED]
    sentences = [text for text, _ in plain]
    with open(os.path.join(OUT, "sentences.txt"), "w", encoding="utf-8") as f:
        f.write("".join(s + "\n" for s in sentences))
    with open(os.path.join(OUT, "eval.tsv"), "w", encoding="utf-8") as f:
        f.write(klue_tsv(TAGGED))

    enc = tok(sentences, padding=True, return_tensors="pt")
    inputs = {k: enc[k].to(torch.int64).contiguous()
              for k in ("input_ids", "attention_mask", "token_type_ids")}
    inputs["labels"] = token_labels(enc, [tags for _, tags in plain], label2id)
    with torch.no_grad():
        out = model(**inputs)
    save_file(inputs, os.path.join(OUT, "inputs.safetensors"))
    save_file({"logits": out.logits.contiguous(), "loss": out.loss.reshape(())},
              os.path.join(OUT, "expected.safetensors"))
    B, S = inputs["input_ids"].shape
    unk = (inputs["input_ids"] == tok.unk_token_id).sum().item()
    print(f"wrote {OUT}: B={B} S={S}, {int(inputs['attention_mask'].sum())} attended tokens "
          f"({unk} [UNK]), {int((inputs['labels'] != -100).sum())} labelled, "
          f"logits |max| {out.logits.abs().max().item():.3g}, loss {out.loss.item():.6g}")


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)}: exit {r.returncode}\n{r.stderr}")
    return r.stdout


def verify(prog):
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    torch.set_num_threads(1)
    inputs = load_file(os.path.join(OUT, "inputs.safetensors"))
    expected = load_file(os.path.join(OUT, "expected.safetensors"))["logits"]
    with open(os.path.join(OUT, "sentences.txt"), encoding="utf-8") as f:
        sentences = f.read().splitlines()
    with open(os.path.join(OUT, "config.json"), encoding="utf-8") as f:
        fixture_config = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        saved = os.path.join(tmp, "saved")
        run([prog, "convert", "--model", OUT, "--out", saved])
        model, info = AutoModelForTokenClassification.from_pretrained(
            saved, output_loading_info=True, attn_implementation="eager")
        model.eval()
        with open(os.path.join(saved, "config.json"), encoding="utf-8") as f:
            saved_config = json.load(f)
        same_config = all(saved_config.get(k) == fixture_config[k]
                          for k in ("architectures", "id2label", "label2id"))
        same_config = same_config and type(model).__name__ == "BertForTokenClassification"
        tok = AutoTokenizer.from_pretrained(saved)
        enc = tok(sentences, padding=True, return_tensors="pt")
        same_ids = all(torch.equal(enc[k].to(torch.int64), inputs[k])
                       for k in ("input_ids", "attention_mask", "token_type_ids"))
        with torch.no_grad():
            hf = model(input_ids=inputs["input_ids"], attention_mask=inputs["attention_mask"],
                       token_type_ids=inputs["token_type_ids"]).logits
        ours_path = os.path.join(tmp, "step.safetensors")
        run([prog, "check-step", "--weights", os.path.join(saved, "model.safetensors"),
             "--inputs", os.path.join(OUT, "inputs.safetensors"), "--out", ours_path])
        ours = load_file(ours_path)["logits"]
    bad = {k: v for k, v in info.items() if v}
    diff = (hf - ours).abs().max().item()
    ref = (hf - expected).abs().max().item()
    ok = not bad and same_config and same_ids and diff < 1e-4 and ref < 1e-6
    print(f"hf_tiny_ner: {type(model).__name__}, loading info {info}, "
          f"architectures/id2label/label2id {'equal' if same_config else 'DIFFER'}, "
          f"tokenizer ids {'equal' if same_ids else 'DIFFER'}, logits {list(hf.shape)} "
          f"|max| {hf.abs().max().item():.3g}: max |HF(converted) - check-step| = {diff:.3g}, "
          f"max |HF(converted) - HF(fixture)| = {ref:.3g}: {'ok' if ok else 'FAIL'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "make"
    if mode == "make":
        make()
    elif mode == "verify" and len(sys.argv) == 3:
        verify(sys.argv[2])
    else:
        sys.exit(__doc__)
