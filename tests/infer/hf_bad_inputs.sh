#!/usr/bin/env bash
# Bad checkpoint folders are clear errors with exit status 2 and no output: a missing
# folder, a folder with only pytorch_model.bin (the message says how to convert it), config
# fields that differ from the spec (each named with both values), a vocabulary of the wrong
# size (vocab.txt or config.json), a truncated model.safetensors.
. "$(dirname "$0")/common.sh"
bad="$work/bad"
fresh() { rm -rf "$bad"; cp -r "$fx/hf_tiny" "$bad"; rm -f "$bad/expected_logits.json"; }

expect_error "missing folder" 2 "no/such/dir: No such file or directory" \
  "$prog" predict --model "$work/no/such/dir" "영화"
expect_error "--model missing" 2 "--model DIR is required" "$prog" predict "영화"

fresh; mv "$bad/model.safetensors" "$bad/pytorch_model.bin"
expect_error "pytorch_model.bin only" 2 \
  "has only pytorch_model.bin.*convert it to model.safetensors with:" \
  "$prog" eval --model "$bad" --data /dev/null
grep -q "save_pretrained(sys.argv\[1\], safe_serialization=True)" "$work/err" ||
  { echo "FAIL: no conversion command"; fail=1; }

fresh; sed -i 's/"intermediate_size": 256/"intermediate_size": 512/; s/"hidden_act": "gelu"/"hidden_act": "relu"/' \
  "$bad/config.json"
expect_error "mismatched config fields" 2 \
  "config.json does not match tiny_trainer \(spec tiny_cls\): 2 problems" \
  "$prog" predict --model "$bad" "영화"
grep -q "hidden_act: the checkpoint has 'relu', the program 'gelu'" "$work/err" &&
  grep -q "intermediate_size: the checkpoint has 512, the program 256" "$work/err" ||
  { echo "FAIL: the fields are not named with both values"; fail=1; }

fresh; sed -i '/"layer_norm_eps"/d; s/"type_vocab_size": 2/"type_vocab_size": 1/' "$bad/config.json"
expect_error "a missing field takes BertConfig's default" 2 \
  "type_vocab_size: the checkpoint has 1, the program 2" "$prog" embed --model "$bad"
grep -q layer_norm_eps "$work/err" && { echo "FAIL: layer_norm_eps 1e-12 is the default"; fail=1; }

fresh; sed -i '$d' "$bad/vocab.txt"
expect_error "vocab.txt of the wrong size" 2 \
  "vocab.txt has 999 tokens, but tiny_trainer was compiled for vocab_size 1000" \
  "$prog" predict --model "$bad" "영화"

fresh; sed -i 's/"vocab_size": 1000/"vocab_size": 1001/' "$bad/config.json"
expect_error "config vocab_size differs" 2 "vocab_size: the checkpoint has 1001, the program 1000" \
  "$prog" predict --model "$bad" "영화"

fresh; head -c 300000 "$fx/hf_tiny/model.safetensors" >"$bad/model.safetensors"
expect_error "truncated model.safetensors" 2 "model.safetensors" "$prog" predict --model "$bad" "영화"

fresh; printf '{"model_type": "roberta",' >"$bad/config.json"
expect_error "malformed config.json" 2 "config.json:1:26: " "$prog" predict --model "$bad" "영화"

fresh; rm "$bad/vocab.txt"
expect_error "no vocab.txt" 2 "vocab.txt" "$prog" predict --model "$bad" "영화"

expect_error "eval: missing data file" 2 "no-such.txt" \
  "$prog" eval --model "$fx/hf_tiny" --data "$work/no-such.txt"
expect_error "embed: unknown pooling" 2 "--pooling is 'max', expected pooler, cls or mean" \
  "$prog" embed --model "$fx/hf_tiny" --pooling max
[ $fail = 0 ] && echo "all passed"
exit $fail
