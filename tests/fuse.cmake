# Fusion and memory plan (compiler/fuse*.c, layout.c, plan.c, run by compile.c): the fused
# kernel programs of a spec, run by the kernel-IR interpreter, compute what the graph
# interpreter computes. tiny_cls's attention is fused (K_ATTENTION); wide_heads.yaml's heads
# are wider than KIR_ATTENTION_MAX_HEAD_DIM, so it keeps GEMM, softmax, GEMM. The bf16 cases
# compile the same specs with precision bf16 (compiler/precision.c), whose programs the
# interpreter runs with bf16 storage: they must store activations in bf16 and agree to
# bf16's precision.
add_executable(fuse_interp_test ${CMAKE_CURRENT_SOURCE_DIR}/fuse/fuse_interp_test.c)
target_link_libraries(fuse_interp_test PRIVATE bertc_core)
foreach(mode forward train train_dropout feature_extraction)
  add_test(NAME fused_${mode}_matches_graph_interpreter
           COMMAND fuse_interp_test ${CMAKE_SOURCE_DIR}/specs/tiny_cls.yaml ${mode} fused)
  add_test(NAME fused_${mode}_with_unfused_wide_heads_matches_graph_interpreter
           COMMAND fuse_interp_test ${CMAKE_CURRENT_SOURCE_DIR}/fuse/wide_heads.yaml ${mode} unfused)
  add_test(NAME fused_bf16_${mode}_matches_graph_interpreter
           COMMAND fuse_interp_test ${CMAKE_SOURCE_DIR}/specs/tiny_cls.yaml ${mode} fused bf16)
  add_test(NAME fused_bf16_${mode}_with_unfused_wide_heads_matches_graph_interpreter
           COMMAND fuse_interp_test ${CMAKE_CURRENT_SOURCE_DIR}/fuse/wide_heads.yaml ${mode} unfused
                   bf16)
endforeach()
# A question-answering head (tiny_qa): start/end logits viewed out of one [B,S,2] GEMM, the
# clamped positions' cross-entropy over the tokens, the padding row kept from its gradient.
foreach(mode forward train feature_extraction)
  add_test(NAME fused_question_answering_${mode}_matches_graph_interpreter
           COMMAND fuse_interp_test ${CMAKE_SOURCE_DIR}/specs/tiny_qa.yaml ${mode} fused)
endforeach()
