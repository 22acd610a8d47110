#!/usr/bin/env python3
"""HuggingFace reference for `PROGRAM fill-mask` (runtime/fill_mask.c).

Writes tests/fixtures/fill_mask/:
  model/          a BertForMaskedLM of specs/tiny_mlm.yaml's model (vocab 1000, hidden 64,
                  2 layers), seeded HF init, then trained briefly (MLM, HF's
                  DataCollatorForLanguageModeling) on CORPUS below so that its predictions
                  are not uniform; save_pretrained (F32 safetensors) + vocab.txt + the
                  BertTokenizerFast files (cased: do_lower_case false, so Hangul is not
                  NFD-decomposed).
  expected.json   {"top_k": 5, "sentences": [...], "results": [one per sentence: one per
                  [MASK], in order: {"position": token index, "candidates": [{"id", "token",
                  "score", "sequence"}]}]} from transformers' pipeline("fill-mask").

vocab.txt: [PAD] [UNK] [CLS] [SEP] [MASK], then the WordPiece vocabulary that `tokenizers`
trains on CORPUS (particles split off), every character of CORPUS as a ## continuation, then Hangul syllables (and their ## continuations) up to 1000 lines.

The script checks that no two of each mask's top 6 probabilities are within 1e-6 of each
other, so that the C program's order (float32 arithmetic in another order) cannot differ
from HF's by a near tie.

Run:  /root/oracle/venv/bin/python tests/oracle/fill_mask.py
"""
import json
import os
import shutil

import torch
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "tests", "fixtures", "fill_mask")
SPEC = os.path.join(ROOT, "specs", "tiny_mlm.yaml")
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
VOCAB_SIZE = 1000
TOP_K = 5
STEPS = 1000
SEED = 0

CORPUS = """나는 은행에 가서 돈을 찾았다
나는 은행에 가서 돈을 넣었다
그는 은행에 가서 돈을 찾았다
엄마는 은행에 가서 돈을 보냈다
나는 학교에 가서 공부를 했다
동생은 학교에 가서 친구를 만났다
나는 시장에 가서 과일을 샀다
우리는 시장에 가서 채소를 샀다
나는 도서관에 가서 책을 읽었다
그녀는 도서관에 가서 책을 빌렸다
나는 공원에 가서 산책을 했다
아이들은 공원에 가서 공을 찼다
이 영화 정말 재밌다
이 영화 너무 지루하다
이 영화 정말 최고다
배우들 연기가 정말 좋았다
스토리가 너무 지루했다
음악이 정말 좋았다
오늘 날씨가 정말 좋다
내일은 비가 온다
i went to the bank to get money
she went to the bank to get money
i went to the school to study
he went to the store to buy bread
we went to the park to play
the cat sat on the mat
the dog sat on the mat
the cat slept on the sofa
the movie was really good
the movie was really boring
this movie is the best
i like this movie very much
she reads a book every day
he drinks coffee every morning
the weather is very nice today
it will rain tomorrow"""

SENTENCES = [
    "나는 [MASK]에 가서 돈을 찾았다",
    "나는 [MASK]에 가서 [MASK]을 샀다",
    "이 영화 정말 [MASK]",
    "i went to the [MASK] to get money",
    "the [MASK] sat on the [MASK]",
    "[MASK] 날씨가 정말 좋다",
]


def split_particles(line):
    """Korean particles split off their words ("은행에" -> "은행 에"): the vocabulary is
    trained on these, so that it has the stems, and the model on both forms, so that it
    has seen a stem before a separate particle, as in "[MASK]에"."""
    words = []
    for w in line.split():
        if len(w) >= 2 and w[-1] in "에을를은는이가":
            words += [w[:-1], w[-1]]
        else:
            words.append(w)
    return " ".join(words)


def write_vocab(path):
    from tokenizers import BertWordPieceTokenizer

    tok = BertWordPieceTokenizer(lowercase=False, strip_accents=False)
    tok.train_from_iterator([split_particles(l) for l in CORPUS.splitlines()], vocab_size=VOCAB_SIZE, min_frequency=1,
                            special_tokens=SPECIALS, limit_alphabet=1000)
    vocab = tok.get_vocab()
    tokens = SPECIALS + [t for t, _ in sorted(vocab.items(), key=lambda kv: kv[1])
                         if t not in SPECIALS]
    # every character as a continuation too: the trainer saw the particles only as words
    tokens += [c for c in dict.fromkeys("##" + ch for ch in CORPUS if not ch.isspace())
               if c not in tokens]
    seen = set(tokens)
    code = 0xAC00
    while len(tokens) < VOCAB_SIZE:
        ch = chr(code)
        code += 3
        for t in (ch, "##" + ch):
            if t not in seen and len(tokens) < VOCAB_SIZE:
                tokens.append(t)
                seen.add(t)
    assert len(tokens) == VOCAB_SIZE
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(t + "\n" for t in tokens))


def build_model(spec):
    from transformers import BertConfig, BertForMaskedLM

    keys = ["vocab_size", "hidden_size", "num_hidden_layers", "num_attention_heads",
            "intermediate_size", "hidden_act", "max_position_embeddings", "type_vocab_size",
            "layer_norm_eps", "hidden_dropout_prob", "attention_probs_dropout_prob"]
    config = BertConfig(**{k: spec["model"][k] for k in keys if k in spec["model"]},
                        architectures=["BertForMaskedLM"])
    torch.manual_seed(SEED)
    return BertForMaskedLM(config)


def train(model, tokenizer):
    from transformers import DataCollatorForLanguageModeling

    lines = CORPUS.splitlines()
    lines += [split_particles(line) for line in lines if split_particles(line) != line]
    encoded = [tokenizer(line) for line in lines]
    collator = DataCollatorForLanguageModeling(tokenizer, mlm_probability=0.2)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
    gen = torch.Generator().manual_seed(SEED)
    model.train()
    for step in range(STEPS):
        idx = torch.randperm(len(encoded), generator=gen)[:16].tolist()
        batch = collator([{"input_ids": encoded[i]["input_ids"]} for i in idx])
        loss = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                     labels=batch["labels"]).loss
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 100 == 0 or step == STEPS - 1:
            print(f"step {step}: loss {loss.item():.4f}")
    model.eval()


def main():
    from transformers import BertTokenizerFast, pipeline

    torch.manual_seed(SEED)
    with open(SPEC, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    model_dir = os.path.join(OUT, "model")
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(model_dir)
    vocab = os.path.join(model_dir, "vocab.txt")
    write_vocab(vocab)
    tokenizer = BertTokenizerFast(vocab, do_lower_case=False,
                                  model_max_length=spec["model"]["max_position_embeddings"])
    model = build_model(spec)
    train(model, tokenizer)
    model.save_pretrained(model_dir, safe_serialization=True)
    tokenizer.save_pretrained(model_dir)
    assert os.path.exists(vocab)

    tokenizer = BertTokenizerFast.from_pretrained(model_dir)
    fill = pipeline("fill-mask", model=model_dir, tokenizer=tokenizer, device="cpu")
    results = []
    for text in SENTENCES:
        out = fill(text, top_k=TOP_K + 1)
        per_mask = out if isinstance(out[0], list) else [out]
        ids = tokenizer(text)["input_ids"]
        positions = [i for i, t in enumerate(ids) if t == tokenizer.mask_token_id]
        assert len(positions) == len(per_mask)
        masks = []
        for pos, cands in zip(positions, per_mask):
            scores = [c["score"] for c in cands]
            for a, b in zip(scores, scores[1:]):
                assert a - b > 1e-6, f"{text}: near tie {a} {b}"
            masks.append({"position": pos, "candidates": [
                {"id": c["token"], "token": c["token_str"], "score": c["score"],
                 "sequence": c["sequence"]} for c in cands[:TOP_K]]})
            print(text, pos, [(c["token_str"], round(c["score"], 4)) for c in cands[:TOP_K]])
        results.append(masks)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"top_k": TOP_K, "sentences": SENTENCES, "results": results}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
