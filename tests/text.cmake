# The text pipeline: tokenizer (HF-exact), vocabulary training, NSMC loader and cache, CLI.
# Golden fixtures in tests/fixtures/text come from tests/oracle/tokenizer_*.py.
set(TEXT_DIR ${CMAKE_CURRENT_SOURCE_DIR}/text)
set(TEXT_FIXTURES ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/text)

foreach(t test_tok_unicode test_tokenizer_golden test_text_units test_nsmc_real)
  add_executable(${t} ${TEXT_DIR}/${t}.c)
  target_link_libraries(${t} PRIVATE bertrt)
endforeach()

add_test(NAME tokenizer_char_classes_match_hf_for_every_code_point
         COMMAND test_tok_unicode ${TEXT_FIXTURES}/hf_unicode.txt)
add_test(NAME tokenizer_matches_hf_cased_korean_vocab
         COMMAND test_tokenizer_golden ${TEXT_FIXTURES}/vocab_cased_ko.txt cased
                 ${TEXT_FIXTURES}/golden_cased_ko.tsv)
add_test(NAME tokenizer_matches_hf_uncased_vocab
         COMMAND test_tokenizer_golden ${TEXT_FIXTURES}/vocab_uncased_ko.txt uncased
                 ${TEXT_FIXTURES}/golden_uncased_ko.tsv)
add_test(NAME tokenizer_matches_hf_bert_base_uncased_vocab
         COMMAND test_tokenizer_golden ${TEXT_FIXTURES}/vocab_bert_base_uncased.txt uncased
                 ${TEXT_FIXTURES}/golden_bert_base_uncased.tsv)
add_test(NAME text_vocab_errors_training_nsmc_loader_and_cache
         COMMAND test_text_units ${TEXT_FIXTURES}/vocab_cased_ko.txt)
add_test(NAME tokenize_and_vocab_cli COMMAND bash ${TEXT_DIR}/cli.sh $<TARGET_FILE:bertc>
                                             ${TEXT_FIXTURES})
add_test(NAME nsmc_train_loads_tokenizes_and_caches
         COMMAND test_nsmc_real ${TEXT_FIXTURES}/vocab_cased_ko.txt)
set_tests_properties(nsmc_train_loads_tokenizes_and_caches PROPERTIES SKIP_RETURN_CODE 77)
