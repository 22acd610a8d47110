; ModuleID = 'host'
source_filename = "host"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%bertrt_gemm = type { i64, i64, i64, i64, i64, i64, i64, i64, [2 x i64], [2 x i64], [2 x i64], [2 x i64], i64, i64, i64, double, double }
%bertrt_attention = type { i64, i64, i64, i64, i64, i64, double, double }
%bertrt_param = type { i8*, i64, [4 x i64], i64, i64, i64 }
%bertrt_variant = type { i64, i64, i64 }
%bertrt_ctx = type { [6 x i8*], float, float, float, float, i32, i32, i8*, i8* }
%bertrt_tensor = type { i8*, i64, i64, i64, [4 x i64] }
%bertrt_bucket = type { i64, i64, %bertrt_tensor*, void (%bertrt_ctx*)*, void (%bertrt_ctx*)**, i64, i64 }
%bertrt_model = type { i64, i8*, i8*, i8*, i8*, i64, i64, i64, i64, i64, i64, i64, i64, i8*, double, double, double, double, i8*, i8*, i64, i8**, i64, double, double, double, double, double, double, double, i64, i64, i64, i64, %bertrt_param*, i64, [6 x i64], i64, %bertrt_variant*, void (%bertrt_ctx*)**, i64, %bertrt_bucket*, i8*, i64, i64 }

@forward_s32__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k007_layer_0_attention_context_forward.attention = private unnamed_addr constant %bertrt_attention { i64 0, i64 8, i64 32, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@forward_s32__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k018_layer_1_attention_context_forward.attention = private unnamed_addr constant %bertrt_attention { i64 0, i64 8, i64 32, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@forward_s32__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k027_head_transform_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 73, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k029_head_decoder_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 73, i64 1000, i64 64, i64 64, i64 64, i64 1000, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k034_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k036_head_seq_relationship_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 64, i64 64, i64 64, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k007_layer_0_attention_context_forward.attention = private unnamed_addr constant %bertrt_attention { i64 0, i64 8, i64 32, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s32_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k018_layer_1_attention_context_forward.attention = private unnamed_addr constant %bertrt_attention { i64 0, i64 8, i64 32, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s32_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k027_head_transform_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 73, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k029_head_decoder_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 73, i64 1000, i64 64, i64 64, i64 64, i64 1000, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k034_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k036_head_seq_relationship_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 64, i64 64, i64 64, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k043_grad_head_seq_relationship_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 64, i64 2, i64 2, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k044_grad_head_seq_relationship_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 64, i64 8, i64 2, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k047_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k048_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 8, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k051_grad_head_decoder_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 73, i64 64, i64 1000, i64 1000, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k052_grad_head_decoder_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 1000, i64 64, i64 73, i64 1000, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k058_grad_head_transform_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 73, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k059_grad_head_transform_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 73, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k067_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 256, i64 64, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k068_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 256, i64 256, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k071_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k073_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 256, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k079_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k080_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k082_layer_1_attention_context_grad_kv.attention = private unnamed_addr constant %bertrt_attention { i64 1, i64 8, i64 32, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s32_v0__k083_layer_1_attention_context_grad_q.attention = private unnamed_addr constant %bertrt_attention { i64 2, i64 8, i64 32, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s32_v0__k085_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k086_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k088_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k089_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k091_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k093_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k099_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 256, i64 64, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k100_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 256, i64 256, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k103_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k105_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 256, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k111_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k112_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k114_layer_0_attention_context_grad_kv.attention = private unnamed_addr constant %bertrt_attention { i64 1, i64 8, i64 32, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s32_v0__k115_layer_0_attention_context_grad_q.attention = private unnamed_addr constant %bertrt_attention { i64 2, i64 8, i64 32, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s32_v0__k117_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k118_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k120_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k121_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k123_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k124_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k082_layer_1_attention_context_grad_kv.grad.attention = private unnamed_addr constant %bertrt_attention { i64 3, i64 8, i64 32, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s32_v0__k114_layer_0_attention_context_grad_kv.grad.attention = private unnamed_addr constant %bertrt_attention { i64 3, i64 8, i64 32, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@forward_s64__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k007_layer_0_attention_context_forward.attention = private unnamed_addr constant %bertrt_attention { i64 0, i64 8, i64 64, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@forward_s64__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k018_layer_1_attention_context_forward.attention = private unnamed_addr constant %bertrt_attention { i64 0, i64 8, i64 64, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@forward_s64__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k027_head_transform_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 126, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k029_head_decoder_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 126, i64 1000, i64 64, i64 64, i64 64, i64 1000, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k034_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k036_head_seq_relationship_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 64, i64 64, i64 64, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k007_layer_0_attention_context_forward.attention = private unnamed_addr constant %bertrt_attention { i64 0, i64 8, i64 64, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s64_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k018_layer_1_attention_context_forward.attention = private unnamed_addr constant %bertrt_attention { i64 0, i64 8, i64 64, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s64_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k027_head_transform_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 126, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k029_head_decoder_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 126, i64 1000, i64 64, i64 64, i64 64, i64 1000, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k034_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k036_head_seq_relationship_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 64, i64 64, i64 64, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k043_grad_head_seq_relationship_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 64, i64 2, i64 2, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k044_grad_head_seq_relationship_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 64, i64 8, i64 2, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k047_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k048_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 8, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k051_grad_head_decoder_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 126, i64 64, i64 1000, i64 1000, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k052_grad_head_decoder_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 1000, i64 64, i64 126, i64 1000, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k058_grad_head_transform_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 126, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k059_grad_head_transform_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 126, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k067_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 256, i64 64, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k068_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 256, i64 512, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k071_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k073_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 256, i64 64, i64 512, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k079_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k080_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k082_layer_1_attention_context_grad_kv.attention = private unnamed_addr constant %bertrt_attention { i64 1, i64 8, i64 64, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s64_v0__k083_layer_1_attention_context_grad_q.attention = private unnamed_addr constant %bertrt_attention { i64 2, i64 8, i64 64, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s64_v0__k085_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k086_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k088_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k089_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k091_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k093_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k099_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 256, i64 64, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k100_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 256, i64 512, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k103_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k105_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 256, i64 64, i64 512, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k111_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k112_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k114_layer_0_attention_context_grad_kv.attention = private unnamed_addr constant %bertrt_attention { i64 1, i64 8, i64 64, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s64_v0__k115_layer_0_attention_context_grad_q.attention = private unnamed_addr constant %bertrt_attention { i64 2, i64 8, i64 64, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s64_v0__k117_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k118_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k120_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k121_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k123_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k124_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k082_layer_1_attention_context_grad_kv.grad.attention = private unnamed_addr constant %bertrt_attention { i64 3, i64 8, i64 64, i64 4, i64 16, i64 5, double 2.500000e-01, double 0x3FB99999A0000000 }
@train_s64_v0__k114_layer_0_attention_context_grad_kv.grad.attention = private unnamed_addr constant %bertrt_attention { i64 3, i64 8, i64 64, i64 4, i64 16, i64 2, double 2.500000e-01, double 0x3FB99999A0000000 }
@.str = private unnamed_addr constant [17 x i8] c"tiny_pretraining\00"
@.str.1 = private unnamed_addr constant [17 x i8] c"tiny_pretraining\00"
@.str.2 = private unnamed_addr constant [4 x i8] c"cpu\00"
@.str.3 = private unnamed_addr constant [5 x i8] c"fp32\00"
@.str.4 = private unnamed_addr constant [5 x i8] c"gelu\00"
@.str.5 = private unnamed_addr constant [12 x i8] c"pretraining\00"
@.str.6 = private unnamed_addr constant [19 x i8] c"BertForPreTraining\00"
@.str.7 = private unnamed_addr constant [39 x i8] c"bert.embeddings.word_embeddings.weight\00"
@.str.8 = private unnamed_addr constant [43 x i8] c"bert.embeddings.position_embeddings.weight\00"
@.str.9 = private unnamed_addr constant [45 x i8] c"bert.embeddings.token_type_embeddings.weight\00"
@.str.10 = private unnamed_addr constant [33 x i8] c"bert.embeddings.LayerNorm.weight\00"
@.str.11 = private unnamed_addr constant [31 x i8] c"bert.embeddings.LayerNorm.bias\00"
@.str.12 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.self.query.weight\00"
@.str.13 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.query.bias\00"
@.str.14 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.key.weight\00"
@.str.15 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.attention.self.key.bias\00"
@.str.16 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.self.value.weight\00"
@.str.17 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.value.bias\00"
@.str.18 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.0.attention.output.dense.weight\00"
@.str.19 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.output.dense.bias\00"
@.str.20 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.0.attention.output.LayerNorm.weight\00"
@.str.21 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.0.attention.output.LayerNorm.bias\00"
@.str.22 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.intermediate.dense.weight\00"
@.str.23 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.intermediate.dense.bias\00"
@.str.24 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.0.output.dense.weight\00"
@.str.25 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.0.output.dense.bias\00"
@.str.26 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.output.LayerNorm.weight\00"
@.str.27 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.0.output.LayerNorm.bias\00"
@.str.28 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.self.query.weight\00"
@.str.29 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.query.bias\00"
@.str.30 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.key.weight\00"
@.str.31 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.attention.self.key.bias\00"
@.str.32 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.self.value.weight\00"
@.str.33 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.value.bias\00"
@.str.34 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.1.attention.output.dense.weight\00"
@.str.35 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.output.dense.bias\00"
@.str.36 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.1.attention.output.LayerNorm.weight\00"
@.str.37 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.1.attention.output.LayerNorm.bias\00"
@.str.38 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.intermediate.dense.weight\00"
@.str.39 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.intermediate.dense.bias\00"
@.str.40 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.1.output.dense.weight\00"
@.str.41 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.1.output.dense.bias\00"
@.str.42 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.output.LayerNorm.weight\00"
@.str.43 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.1.output.LayerNorm.bias\00"
@.str.44 = private unnamed_addr constant [39 x i8] c"cls.predictions.transform.dense.weight\00"
@.str.45 = private unnamed_addr constant [37 x i8] c"cls.predictions.transform.dense.bias\00"
@.str.46 = private unnamed_addr constant [43 x i8] c"cls.predictions.transform.LayerNorm.weight\00"
@.str.47 = private unnamed_addr constant [41 x i8] c"cls.predictions.transform.LayerNorm.bias\00"
@.str.48 = private unnamed_addr constant [21 x i8] c"cls.predictions.bias\00"
@.str.49 = private unnamed_addr constant [25 x i8] c"bert.pooler.dense.weight\00"
@.str.50 = private unnamed_addr constant [23 x i8] c"bert.pooler.dense.bias\00"
@.str.51 = private unnamed_addr constant [28 x i8] c"cls.seq_relationship.weight\00"
@.str.52 = private unnamed_addr constant [26 x i8] c"cls.seq_relationship.bias\00"
@params = private unnamed_addr constant [46 x %bertrt_param] [%bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.7, i32 0, i32 0), i64 2, [4 x i64] [i64 1000, i64 64, i64 0, i64 0], i64 64000, i64 0, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.8, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 64000, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.9, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 64, i64 0, i64 0], i64 128, i64 68096, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([33 x i8], [33 x i8]* @.str.10, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 68224, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([31 x i8], [31 x i8]* @.str.11, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 68288, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.12, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 68352, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.13, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 72448, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.14, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 72512, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.15, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 76608, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.16, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 76672, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.17, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 80768, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.18, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 80832, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.19, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 84928, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.20, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 84992, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.21, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 85056, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.22, i32 0, i32 0), i64 2, [4 x i64] [i64 256, i64 64, i64 0, i64 0], i64 16384, i64 85120, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.23, i32 0, i32 0), i64 1, [4 x i64] [i64 256, i64 0, i64 0, i64 0], i64 256, i64 101504, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.24, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 256, i64 0, i64 0], i64 16384, i64 101760, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.25, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 118144, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.26, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 118208, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.27, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 118272, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.28, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 118336, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.29, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 122432, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.30, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 122496, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.31, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 126592, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.32, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 126656, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.33, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 130752, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.34, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 130816, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.35, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 134912, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.36, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 134976, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.37, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 135040, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.38, i32 0, i32 0), i64 2, [4 x i64] [i64 256, i64 64, i64 0, i64 0], i64 16384, i64 135104, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.39, i32 0, i32 0), i64 1, [4 x i64] [i64 256, i64 0, i64 0, i64 0], i64 256, i64 151488, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.40, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 256, i64 0, i64 0], i64 16384, i64 151744, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.41, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 168128, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.42, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 168192, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.43, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 168256, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.44, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 168320, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([37 x i8], [37 x i8]* @.str.45, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 172416, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.46, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 172480, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.47, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 172544, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([21 x i8], [21 x i8]* @.str.48, i32 0, i32 0), i64 1, [4 x i64] [i64 1000, i64 0, i64 0, i64 0], i64 1000, i64 172608, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([25 x i8], [25 x i8]* @.str.49, i32 0, i32 0), i64 2, [4 x i64] [i64 64, i64 64, i64 0, i64 0], i64 4096, i64 173616, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([23 x i8], [23 x i8]* @.str.50, i32 0, i32 0), i64 1, [4 x i64] [i64 64, i64 0, i64 0, i64 0], i64 64, i64 177712, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([28 x i8], [28 x i8]* @.str.51, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 64, i64 0, i64 0], i64 128, i64 177776, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([26 x i8], [26 x i8]* @.str.52, i32 0, i32 0), i64 1, [4 x i64] [i64 2, i64 0, i64 0, i64 0], i64 2, i64 177904, i64 3 }]
@variants = private unnamed_addr constant [1 x %bertrt_variant] [%bertrt_variant { i64 0, i64 2, i64 0 }]
@optimizer = private unnamed_addr constant [1 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @optimizer_v0]
@.str.53 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.54 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.55 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.56 = private unnamed_addr constant [17 x i8] c"masked_positions\00"
@.str.57 = private unnamed_addr constant [14 x i8] c"masked_labels\00"
@.str.58 = private unnamed_addr constant [20 x i8] c"next_sentence_label\00"
@.str.59 = private unnamed_addr constant [18 x i8] c"prediction_logits\00"
@.str.60 = private unnamed_addr constant [24 x i8] c"seq_relationship_logits\00"
@.str.61 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.62 = private unnamed_addr constant [14 x i8] c"pooled_output\00"
@.str.63 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s32_tensors = private unnamed_addr constant [11 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.53, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 8, i64 32, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.54, i32 0, i32 0), i64 1, i64 2048, i64 2, [4 x i64] [i64 8, i64 32, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.55, i32 0, i32 0), i64 1, i64 4096, i64 2, [4 x i64] [i64 8, i64 32, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str.56, i32 0, i32 0), i64 1, i64 6144, i64 1, [4 x i64] [i64 73, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.57, i32 0, i32 0), i64 1, i64 6656, i64 1, [4 x i64] [i64 73, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.str.58, i32 0, i32 0), i64 1, i64 7168, i64 1, [4 x i64] [i64 8, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.59, i32 0, i32 0), i64 0, i64 7232, i64 2, [4 x i64] [i64 73, i64 1000, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([24 x i8], [24 x i8]* @.str.60, i32 0, i32 0), i64 0, i64 511232, i64 2, [4 x i64] [i64 8, i64 2, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.61, i32 0, i32 0), i64 0, i64 511296, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.62, i32 0, i32 0), i64 0, i64 511360, i64 2, [4 x i64] [i64 8, i64 64, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.63, i32 0, i32 0), i64 0, i64 513408, i64 3, [4 x i64] [i64 8, i64 32, i64 64, i64 0] }]
@bucket_s32_forward_backward = private unnamed_addr constant [1 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s32_v0]
@.str.64 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.65 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.66 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.67 = private unnamed_addr constant [17 x i8] c"masked_positions\00"
@.str.68 = private unnamed_addr constant [14 x i8] c"masked_labels\00"
@.str.69 = private unnamed_addr constant [20 x i8] c"next_sentence_label\00"
@.str.70 = private unnamed_addr constant [18 x i8] c"prediction_logits\00"
@.str.71 = private unnamed_addr constant [24 x i8] c"seq_relationship_logits\00"
@.str.72 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.73 = private unnamed_addr constant [14 x i8] c"pooled_output\00"
@.str.74 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s64_tensors = private unnamed_addr constant [11 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.64, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 8, i64 64, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.65, i32 0, i32 0), i64 1, i64 2048, i64 2, [4 x i64] [i64 8, i64 64, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.66, i32 0, i32 0), i64 1, i64 4096, i64 2, [4 x i64] [i64 8, i64 64, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str.67, i32 0, i32 0), i64 1, i64 6144, i64 1, [4 x i64] [i64 126, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.68, i32 0, i32 0), i64 1, i64 6656, i64 1, [4 x i64] [i64 126, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([20 x i8], [20 x i8]* @.str.69, i32 0, i32 0), i64 1, i64 7168, i64 1, [4 x i64] [i64 8, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.70, i32 0, i32 0), i64 0, i64 7232, i64 2, [4 x i64] [i64 126, i64 1000, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([24 x i8], [24 x i8]* @.str.71, i32 0, i32 0), i64 0, i64 511232, i64 2, [4 x i64] [i64 8, i64 2, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.72, i32 0, i32 0), i64 0, i64 511296, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.73, i32 0, i32 0), i64 0, i64 511360, i64 2, [4 x i64] [i64 8, i64 64, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.74, i32 0, i32 0), i64 0, i64 513408, i64 3, [4 x i64] [i64 8, i64 64, i64 64, i64 0] }]
@bucket_s64_forward_backward = private unnamed_addr constant [1 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s64_v0]
@buckets = private unnamed_addr constant [2 x %bertrt_bucket] [%bertrt_bucket { i64 32, i64 11, %bertrt_tensor* getelementptr inbounds ([11 x %bertrt_tensor], [11 x %bertrt_tensor]* @bucket_s32_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s32, void (%bertrt_ctx*)** getelementptr inbounds ([1 x void (%bertrt_ctx*)*], [1 x void (%bertrt_ctx*)*]* @bucket_s32_forward_backward, i32 0, i32 0), i64 66640885, i64 200111429 }, %bertrt_bucket { i64 64, i64 11, %bertrt_tensor* getelementptr inbounds ([11 x %bertrt_tensor], [11 x %bertrt_tensor]* @bucket_s64_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s64, void (%bertrt_ctx*)** getelementptr inbounds ([1 x void (%bertrt_ctx*)*], [1 x void (%bertrt_ctx*)*]* @bucket_s64_forward_backward, i32 0, i32 0), i64 138665369, i64 416423065 }]
@bertrt_generated_model = constant %bertrt_model { i64 4, i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str, i32 0, i32 0), i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str.1, i32 0, i32 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.2, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.3, i32 0, i32 0), i64 1000, i64 64, i64 2, i64 4, i64 256, i64 64, i64 2, i64 0, i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.4, i32 0, i32 0), double 0x3D719799812DEA11, double 1.000000e-01, double 1.000000e-01, double 2.000000e-02, i8* getelementptr inbounds ([12 x i8], [12 x i8]* @.str.5, i32 0, i32 0), i8* getelementptr inbounds ([19 x i8], [19 x i8]* @.str.6, i32 0, i32 0), i64 1000, i8** null, i64 0, double 1.000000e-03, double 9.000000e-01, double 0x3FEFF7CED916872B, double 1.000000e-08, double 1.000000e-02, double 1.000000e-01, double 1.000000e+00, i64 3, i64 42, i64 8, i64 46, %bertrt_param* getelementptr inbounds ([46 x %bertrt_param], [46 x %bertrt_param]* @params, i32 0, i32 0), i64 177920, [6 x i64] [i64 711680, i64 711680, i64 711680, i64 711680, i64 5416128, i64 644480], i64 1, %bertrt_variant* getelementptr inbounds ([1 x %bertrt_variant], [1 x %bertrt_variant]* @variants, i32 0, i32 0), void (%bertrt_ctx*)** getelementptr inbounds ([1 x void (%bertrt_ctx*)*], [1 x void (%bertrt_ctx*)*]* @optimizer, i32 0, i32 0), i64 2, %bertrt_bucket* getelementptr inbounds ([2 x %bertrt_bucket], [2 x %bertrt_bucket]* @buckets, i32 0, i32 0), i8* null, i64 0, i64 0 }, align 8

; Function Attrs: noinline nounwind
define internal void @body_0(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32* noalias %b2, float* noalias %b3, i32* noalias %b4, float* noalias %b5) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %29

row:                                              ; preds = %26, %start
  %row1 = phi i64 [ %begin, %start ], [ %27, %26 ]
  %r1 = urem i64 %row1, 32
  %1 = udiv i64 %row1, 32
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %24, %map ]
  %2 = mul nsw i64 %1, 32
  %3 = add nsw i64 %2, %r1
  %4 = getelementptr inbounds i32, i32* %b4, i64 %3
  %id = load i32, i32* %4, align 4, !tbaa !0
  %5 = sext i32 %id to i64
  %6 = mul nsw i64 %5, 64
  %7 = add nsw i64 %map2, %6
  %8 = getelementptr inbounds float, float* %b3, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = mul nsw i64 %1, 32
  %10 = add nsw i64 %9, %r1
  %11 = getelementptr inbounds i32, i32* %b2, i64 %10
  %id3 = load i32, i32* %11, align 4, !tbaa !0
  %12 = sext i32 %id3 to i64
  %13 = mul nsw i64 %12, 64
  %14 = add nsw i64 %map2, %13
  %15 = getelementptr inbounds float, float* %b1, i64 %14
  %x4 = load float, float* %15, align 4, !tbaa !3
  %add = fadd float %x, %x4
  %16 = mul nsw i64 %r1, 64
  %17 = add nsw i64 %16, %map2
  %18 = getelementptr inbounds float, float* %b0, i64 %17
  %x5 = load float, float* %18, align 4, !tbaa !3
  %add6 = fadd float %add, %x5
  %19 = mul nsw i64 %1, 2048
  %20 = mul nsw i64 %r1, 64
  %21 = add nsw i64 %19, %20
  %22 = add nsw i64 %21, %map2
  %23 = getelementptr inbounds float, float* %b5, i64 %22
  store float %add6, float* %23, align 4, !tbaa !3
  %24 = add nsw i64 %map2, 1
  %25 = icmp slt i64 %24, 64
  br i1 %25, label %map, label %26, !llvm.loop !5

26:                                               ; preds = %map
  %27 = add nsw i64 %row1, 1
  %28 = icmp slt i64 %27, %end
  br i1 %28, label %row, label %29

29:                                               ; preds = %26, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k000_embeddings_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 256000
  %bert.embeddings.position_embeddings.weight = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 272384
  %bert.embeddings.token_type_embeddings.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2048
  %token_type_ids = bitcast i8* %8 to i32*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 0
  %input_ids = bitcast i8* %14 to i32*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 0
  %embeddings.sum = bitcast i8* %17 to float*
  call void @body_0(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %bert.embeddings.position_embeddings.weight, float* %bert.embeddings.token_type_embeddings.weight, i32* %token_type_ids, float* %bert.embeddings.word_embeddings.weight, i32* %input_ids, float* %embeddings.sum)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_1(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %36

row:                                              ; preds = %33, %start
  %row1 = phi i64 [ %begin, %start ], [ %34, %33 ]
  %r1 = urem i64 %row1, 32
  %1 = udiv i64 %row1, 32
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %7, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %2 = mul nsw i64 %1, 2048
  %3 = mul nsw i64 %r1, 64
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %reduce2
  %6 = getelementptr inbounds float, float* %b0, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %7 = add nsw i64 %reduce2, 1
  %8 = icmp slt i64 %7, 64
  br i1 %8, label %reduce, label %9, !llvm.loop !7

9:                                                ; preds = %reduce
  %mul = fmul float %sum.next, 1.562500e-02
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %9
  %reduce4 = phi i64 [ 0, %9 ], [ %15, %reduce3 ]
  %sum5 = phi float [ 0.000000e+00, %9 ], [ %sum.next8, %reduce3 ]
  %10 = mul nsw i64 %1, 2048
  %11 = mul nsw i64 %r1, 64
  %12 = add nsw i64 %10, %11
  %13 = add nsw i64 %12, %reduce4
  %14 = getelementptr inbounds float, float* %b0, i64 %13
  %x6 = load float, float* %14, align 4, !tbaa !3
  %sub = fsub float %x6, %mul
  %mul7 = fmul float %sub, %sub
  %sum.next8 = fadd float %sum5, %mul7
  %15 = add nsw i64 %reduce4, 1
  %16 = icmp slt i64 %15, 64
  br i1 %16, label %reduce3, label %17, !llvm.loop !8

17:                                               ; preds = %reduce3
  %mul9 = fmul float %sum.next8, 1.562500e-02
  %add = fadd float %mul9, 0x3D71979980000000
  %18 = call float @llvm.sqrt.f32(float %add)
  %rsqrt = fdiv float 1.000000e+00, %18
  br label %map

map:                                              ; preds = %map, %17
  %map10 = phi i64 [ 0, %17 ], [ %31, %map ]
  %19 = mul nsw i64 %1, 2048
  %20 = mul nsw i64 %r1, 64
  %21 = add nsw i64 %19, %20
  %22 = add nsw i64 %21, %map10
  %23 = getelementptr inbounds float, float* %b0, i64 %22
  %x11 = load float, float* %23, align 4, !tbaa !3
  %sub12 = fsub float %x11, %mul
  %mul13 = fmul float %sub12, %rsqrt
  %24 = getelementptr inbounds float, float* %b2, i64 %map10
  %x14 = load float, float* %24, align 4, !tbaa !3
  %mul15 = fmul float %mul13, %x14
  %25 = getelementptr inbounds float, float* %b1, i64 %map10
  %x16 = load float, float* %25, align 4, !tbaa !3
  %add17 = fadd float %mul15, %x16
  %26 = mul nsw i64 %1, 2048
  %27 = mul nsw i64 %r1, 64
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %map10
  %30 = getelementptr inbounds float, float* %b3, i64 %29
  store float %add17, float* %30, align 4, !tbaa !3
  %31 = add nsw i64 %map10, 1
  %32 = icmp slt i64 %31, 64
  br i1 %32, label %map, label %33, !llvm.loop !9

33:                                               ; preds = %map
  %34 = add nsw i64 %row1, 1
  %35 = icmp slt i64 %34, %end
  br i1 %35, label %row, label %36

36:                                               ; preds = %33, %start
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k001_embeddings_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273152
  %bert.embeddings.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 272896
  %bert.embeddings.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 65536
  %embeddings.layernorm = bitcast i8* %11 to float*
  call void @body_1(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.sum, float* %bert.embeddings.LayerNorm.bias, float* %bert.embeddings.LayerNorm.weight, float* %embeddings.layernorm)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_2(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32 %0) #0 {
entry:
  %1 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 4
  %ctx.f = load float, float* %1, align 4
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 5
  %seed = load i32, i32* %2, align 4
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 6
  %step = load i32, i32* %3, align 4
  br label %start

start:                                            ; preds = %entry
  %4 = icmp slt i64 %begin, %end
  br i1 %4, label %row, label %25

row:                                              ; preds = %22, %start
  %row1 = phi i64 [ %begin, %start ], [ %23, %22 ]
  %r1 = urem i64 %row1, 32
  %5 = udiv i64 %row1, 32
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %20, %map ]
  %6 = mul nsw i64 %5, 2048
  %7 = mul nsw i64 %r1, 64
  %8 = add nsw i64 %6, %7
  %9 = add nsw i64 %8, %map2
  %10 = getelementptr inbounds float, float* %b0, i64 %9
  %x = load float, float* %10, align 4, !tbaa !3
  %11 = mul nsw i64 %row1, 64
  %12 = add nsw i64 %11, %map2
  %uniform = call float @bertc.dropout_uniform(i32 %seed, i32 %step, i32 %0, i64 %12)
  %13 = fcmp olt float %uniform, 0x3FB99999A0000000
  %lt = select i1 %13, float 1.000000e+00, float 0.000000e+00
  %sub = fsub float 1.000000e+00, %lt
  %mul = fmul float %sub, 0x3FF1C71C80000000
  %14 = fcmp une float %ctx.f, 0.000000e+00
  %select = select i1 %14, float %mul, float 1.000000e+00
  %mul3 = fmul float %x, %select
  %15 = mul nsw i64 %5, 2048
  %16 = mul nsw i64 %r1, 64
  %17 = add nsw i64 %15, %16
  %18 = add nsw i64 %17, %map2
  %19 = getelementptr inbounds float, float* %b1, i64 %18
  store float %mul3, float* %19, align 4, !tbaa !3
  %20 = add nsw i64 %map2, 1
  %21 = icmp slt i64 %20, 64
  br i1 %21, label %map, label %22, !llvm.loop !10

22:                                               ; preds = %map
  %23 = add nsw i64 %row1, 1
  %24 = icmp slt i64 %23, %end
  br i1 %24, label %row, label %25

25:                                               ; preds = %22, %start
  ret void
}

; Function Attrs: alwaysinline nounwind readnone willreturn
define internal float @bertc.dropout_uniform(i32 %0, i32 %1, i32 %2, i64 %3) #3 {
entry:
  %4 = trunc i64 %3 to i32
  %5 = lshr i64 %3, 32
  %6 = trunc i64 %5 to i32
  %7 = zext i32 %4 to i64
  %8 = mul i64 %7, 3528531795
  %9 = trunc i64 %8 to i32
  %10 = lshr i64 %8, 32
  %11 = trunc i64 %10 to i32
  %12 = zext i32 %1 to i64
  %13 = mul i64 %12, 3449720151
  %14 = trunc i64 %13 to i32
  %15 = lshr i64 %13, 32
  %16 = trunc i64 %15 to i32
  %17 = xor i32 %16, %6
  %18 = xor i32 %17, %0
  %19 = xor i32 %11, 0
  %20 = xor i32 %19, %2
  %21 = add i32 %0, -1640531527
  %22 = add i32 %2, -1150833019
  %23 = zext i32 %18 to i64
  %24 = mul i64 %23, 3528531795
  %25 = trunc i64 %24 to i32
  %26 = lshr i64 %24, 32
  %27 = trunc i64 %26 to i32
  %28 = zext i32 %20 to i64
  %29 = mul i64 %28, 3449720151
  %30 = trunc i64 %29 to i32
  %31 = lshr i64 %29, 32
  %32 = trunc i64 %31 to i32
  %33 = xor i32 %32, %14
  %34 = xor i32 %33, %21
  %35 = xor i32 %27, %9
  %36 = xor i32 %35, %22
  %37 = add i32 %21, -1640531527
  %38 = add i32 %22, -1150833019
  %39 = zext i32 %34 to i64
  %40 = mul i64 %39, 3528531795
  %41 = trunc i64 %40 to i32
  %42 = lshr i64 %40, 32
  %43 = trunc i64 %42 to i32
  %44 = zext i32 %36 to i64
  %45 = mul i64 %44, 3449720151
  %46 = trunc i64 %45 to i32
  %47 = lshr i64 %45, 32
  %48 = trunc i64 %47 to i32
  %49 = xor i32 %48, %30
  %50 = xor i32 %49, %37
  %51 = xor i32 %43, %25
  %52 = xor i32 %51, %38
  %53 = add i32 %37, -1640531527
  %54 = add i32 %38, -1150833019
  %55 = zext i32 %50 to i64
  %56 = mul i64 %55, 3528531795
  %57 = trunc i64 %56 to i32
  %58 = lshr i64 %56, 32
  %59 = trunc i64 %58 to i32
  %60 = zext i32 %52 to i64
  %61 = mul i64 %60, 3449720151
  %62 = trunc i64 %61 to i32
  %63 = lshr i64 %61, 32
  %64 = trunc i64 %63 to i32
  %65 = xor i32 %64, %46
  %66 = xor i32 %65, %53
  %67 = xor i32 %59, %41
  %68 = xor i32 %67, %54
  %69 = add i32 %53, -1640531527
  %70 = add i32 %54, -1150833019
  %71 = zext i32 %66 to i64
  %72 = mul i64 %71, 3528531795
  %73 = trunc i64 %72 to i32
  %74 = lshr i64 %72, 32
  %75 = trunc i64 %74 to i32
  %76 = zext i32 %68 to i64
  %77 = mul i64 %76, 3449720151
  %78 = trunc i64 %77 to i32
  %79 = lshr i64 %77, 32
  %80 = trunc i64 %79 to i32
  %81 = xor i32 %80, %62
  %82 = xor i32 %81, %69
  %83 = xor i32 %75, %57
  %84 = xor i32 %83, %70
  %85 = add i32 %69, -1640531527
  %86 = add i32 %70, -1150833019
  %87 = zext i32 %82 to i64
  %88 = mul i64 %87, 3528531795
  %89 = trunc i64 %88 to i32
  %90 = lshr i64 %88, 32
  %91 = trunc i64 %90 to i32
  %92 = zext i32 %84 to i64
  %93 = mul i64 %92, 3449720151
  %94 = trunc i64 %93 to i32
  %95 = lshr i64 %93, 32
  %96 = trunc i64 %95 to i32
  %97 = xor i32 %96, %78
  %98 = xor i32 %97, %85
  %99 = xor i32 %91, %73
  %100 = xor i32 %99, %86
  %101 = add i32 %85, -1640531527
  %102 = add i32 %86, -1150833019
  %103 = zext i32 %98 to i64
  %104 = mul i64 %103, 3528531795
  %105 = trunc i64 %104 to i32
  %106 = lshr i64 %104, 32
  %107 = trunc i64 %106 to i32
  %108 = zext i32 %100 to i64
  %109 = mul i64 %108, 3449720151
  %110 = trunc i64 %109 to i32
  %111 = lshr i64 %109, 32
  %112 = trunc i64 %111 to i32
  %113 = xor i32 %112, %94
  %114 = xor i32 %113, %101
  %115 = xor i32 %107, %89
  %116 = xor i32 %115, %102
  %117 = add i32 %101, -1640531527
  %118 = add i32 %102, -1150833019
  %119 = zext i32 %114 to i64
  %120 = mul i64 %119, 3528531795
  %121 = trunc i64 %120 to i32
  %122 = lshr i64 %120, 32
  %123 = trunc i64 %122 to i32
  %124 = zext i32 %116 to i64
  %125 = mul i64 %124, 3449720151
  %126 = trunc i64 %125 to i32
  %127 = lshr i64 %125, 32
  %128 = trunc i64 %127 to i32
  %129 = xor i32 %128, %110
  %130 = xor i32 %129, %117
  %131 = xor i32 %123, %105
  %132 = xor i32 %131, %118
  %133 = add i32 %117, -1640531527
  %134 = add i32 %118, -1150833019
  %135 = zext i32 %130 to i64
  %136 = mul i64 %135, 3528531795
  %137 = trunc i64 %136 to i32
  %138 = lshr i64 %136, 32
  %139 = trunc i64 %138 to i32
  %140 = zext i32 %132 to i64
  %141 = mul i64 %140, 3449720151
  %142 = trunc i64 %141 to i32
  %143 = lshr i64 %141, 32
  %144 = trunc i64 %143 to i32
  %145 = xor i32 %144, %126
  %146 = xor i32 %145, %133
  %147 = xor i32 %139, %121
  %148 = xor i32 %147, %134
  %149 = add i32 %133, -1640531527
  %150 = add i32 %134, -1150833019
  %151 = zext i32 %146 to i64
  %152 = mul i64 %151, 3528531795
  %153 = trunc i64 %152 to i32
  %154 = lshr i64 %152, 32
  %155 = trunc i64 %154 to i32
  %156 = zext i32 %148 to i64
  %157 = mul i64 %156, 3449720151
  %158 = trunc i64 %157 to i32
  %159 = lshr i64 %157, 32
  %160 = trunc i64 %159 to i32
  %161 = xor i32 %160, %142
  %162 = xor i32 %161, %149
  %163 = xor i32 %155, %137
  %164 = xor i32 %163, %150
  %165 = lshr i32 %162, 8
  %166 = sitofp i32 %165 to float
  %167 = fmul float %166, 0x3E70000000000000
  ret float %167
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k002_embeddings_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 65536
  %embeddings.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %embeddings.dropout = bitcast i8* %5 to float*
  call void @body_2(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.layernorm, float* %embeddings.dropout, i32 1)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_3(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %17

row:                                              ; preds = %14, %start
  %row1 = phi i64 [ %begin, %start ], [ %15, %14 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %12, %map ]
  %1 = mul nsw i64 %row1, 32
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds i32, i32* %b0, i64 %2
  %id = load i32, i32* %3, align 4, !tbaa !0
  %4 = sitofp i32 %id to float
  %5 = fcmp oeq float %4, 0.000000e+00
  %eq = select i1 %5, float 1.000000e+00, float 0.000000e+00
  %6 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %6, float 0xC7EFFFFFE0000000, float 0.000000e+00
  %7 = mul nsw i64 %row1, 32
  %8 = add nsw i64 %7, 0
  %9 = add nsw i64 %8, 0
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b1, i64 %10
  store float %select, float* %11, align 4, !tbaa !3
  %12 = add nsw i64 %map2, 1
  %13 = icmp slt i64 %12, 32
  br i1 %13, label %map, label %14, !llvm.loop !11

14:                                               ; preds = %map
  %15 = add nsw i64 %row1, 1
  %16 = icmp slt i64 %15, %end
  br i1 %16, label %row, label %17

17:                                               ; preds = %14, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k003_attention_mask_bias(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4096
  %attention_mask = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 65536
  %attention_mask_bias = bitcast i8* %5 to float*
  call void @body_3(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %attention_mask, float* %attention_mask_bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %14

row:                                              ; preds = %11, %start
  %row1 = phi i64 [ %begin, %start ], [ %12, %11 ]
  %i = urem i64 %row1, 256
  %1 = udiv i64 %row1, 256
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 64
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %9, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  store float %biased, float* %7, align 4, !tbaa !3
  %9 = add nsw i64 %col4, 1
  %10 = icmp slt i64 %9, 64
  br i1 %10, label %col, label %11, !llvm.loop !12

11:                                               ; preds = %col
  %12 = add nsw i64 %row1, 1
  %13 = icmp slt i64 %12, %end
  br i1 %13, label %row, label %14

14:                                               ; preds = %11, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k004_layer_0_attention_query_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 66560
  %layer.0.attention.query = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 289792
  %bert.encoder.layer.0.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.query, float* %bert.encoder.layer.0.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k005_layer_0_attention_key_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 132096
  %layer.0.attention.key = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 306432
  %bert.encoder.layer.0.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.key, float* %bert.encoder.layer.0.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k006_layer_0_attention_value_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 197632
  %layer.0.attention.value = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 323072
  %bert.encoder.layer.0.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.value, float* %bert.encoder.layer.0.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k008_layer_0_attention_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 66560
  %layer.0.attention.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 339712
  %bert.encoder.layer.0.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.output, float* %bert.encoder.layer.0.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_5(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, i32 %0) #0 {
entry:
  %1 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 4
  %ctx.f = load float, float* %1, align 4
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 5
  %seed = load i32, i32* %2, align 4
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 6
  %step = load i32, i32* %3, align 4
  br label %start

start:                                            ; preds = %entry
  %4 = icmp slt i64 %begin, %end
  br i1 %4, label %row, label %30

row:                                              ; preds = %27, %start
  %row1 = phi i64 [ %begin, %start ], [ %28, %27 ]
  %r1 = urem i64 %row1, 32
  %5 = udiv i64 %row1, 32
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %25, %map ]
  %6 = mul nsw i64 %5, 2048
  %7 = mul nsw i64 %r1, 64
  %8 = add nsw i64 %6, %7
  %9 = add nsw i64 %8, %map2
  %10 = getelementptr inbounds float, float* %b1, i64 %9
  %x = load float, float* %10, align 4, !tbaa !3
  %11 = mul nsw i64 %row1, 64
  %12 = add nsw i64 %11, %map2
  %uniform = call float @bertc.dropout_uniform(i32 %seed, i32 %step, i32 %0, i64 %12)
  %13 = fcmp olt float %uniform, 0x3FB99999A0000000
  %lt = select i1 %13, float 1.000000e+00, float 0.000000e+00
  %sub = fsub float 1.000000e+00, %lt
  %mul = fmul float %sub, 0x3FF1C71C80000000
  %14 = fcmp une float %ctx.f, 0.000000e+00
  %select = select i1 %14, float %mul, float 1.000000e+00
  %mul3 = fmul float %x, %select
  %15 = mul nsw i64 %5, 2048
  %16 = mul nsw i64 %r1, 64
  %17 = add nsw i64 %15, %16
  %18 = add nsw i64 %17, %map2
  %19 = getelementptr inbounds float, float* %b0, i64 %18
  %x4 = load float, float* %19, align 4, !tbaa !3
  %add = fadd float %mul3, %x4
  %20 = mul nsw i64 %5, 2048
  %21 = mul nsw i64 %r1, 64
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %map2
  %24 = getelementptr inbounds float, float* %b2, i64 %23
  store float %add, float* %24, align 4, !tbaa !3
  %25 = add nsw i64 %map2, 1
  %26 = icmp slt i64 %25, 64
  br i1 %26, label %map, label %27, !llvm.loop !13

27:                                               ; preds = %map
  %28 = add nsw i64 %row1, 1
  %29 = icmp slt i64 %28, %end
  br i1 %29, label %row, label %30

30:                                               ; preds = %27, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k009_layer_0_attention_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 66560
  %layer.0.attention.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 132096
  %layer.0.attention.residual = bitcast i8* %8 to float*
  call void @body_5(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.dropout, float* %layer.0.attention.output, float* %layer.0.attention.residual, i32 3)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k010_layer_0_attention_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 132096
  %layer.0.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 340224
  %bert.encoder.layer.0.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 339968
  %bert.encoder.layer.0.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %layer.0.attention.layernorm = bitcast i8* %11 to float*
  call void @body_1(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.residual, float* %bert.encoder.layer.0.attention.output.LayerNorm.bias, float* %bert.encoder.layer.0.attention.output.LayerNorm.weight, float* %layer.0.attention.layernorm)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_6(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %17

row:                                              ; preds = %14, %start
  %row1 = phi i64 [ %begin, %start ], [ %15, %14 ]
  %i = urem i64 %row1, 256
  %1 = udiv i64 %row1, 256
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 256
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %12, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  %9 = fdiv float %biased, 0x3FF6A09E60000000
  %erf = call float @bertc.erff(float %9)
  %10 = fmul float 5.000000e-01, %biased
  %11 = fadd float 1.000000e+00, %erf
  %gelu = fmul float %10, %11
  store float %gelu, float* %7, align 4, !tbaa !3
  %12 = add nsw i64 %col4, 1
  %13 = icmp slt i64 %12, 256
  br i1 %13, label %col, label %14, !llvm.loop !14

14:                                               ; preds = %col
  %15 = add nsw i64 %row1, 1
  %16 = icmp slt i64 %15, %end
  br i1 %16, label %row, label %17

17:                                               ; preds = %14, %start
  ret void
}

; Function Attrs: alwaysinline nounwind readnone willreturn
define internal float @bertc.erff(float %0) #3 {
entry:
  %1 = call float @llvm.fabs.f32(float %0)
  %2 = fmul float %0, %0
  %3 = fmul float 0xBF439E7500000000, %2
  %4 = fadd float %3, 0x3F74738560000000
  %5 = fmul float %4, %2
  %6 = fadd float %5, 0xBF9B68C8A0000000
  %7 = fmul float %6, %2
  %8 = fadd float %7, 0x3FBCE1AA80000000
  %9 = fmul float %8, %2
  %10 = fadd float %9, 0xBFD8126E80000000
  %11 = fmul float %10, %2
  %12 = fadd float %11, 0x3FC06EBA60000000
  %13 = fmul float %0, %12
  %14 = fadd float %0, %13
  %15 = fcmp ogt float %1, 4.000000e+00
  %16 = select i1 %15, float 4.000000e+00, float %1
  %17 = fsub float %16, 0x4003B5F700000000
  %18 = fmul float 0x3F296FFD60000000, %17
  %19 = fadd float %18, 0xBF2474E920000000
  %20 = fmul float %19, %17
  %21 = fadd float %20, 0x3F64F9E0E0000000
  %22 = fmul float %21, %17
  %23 = fadd float %22, 0xBF86918320000000
  %24 = fmul float %23, %17
  %25 = fadd float %24, 0xBFEE2A7F40000000
  %26 = fmul float %25, %17
  %27 = fadd float %26, 0xC0152352A0000000
  %28 = fmul float %27, %17
  %29 = fadd float %28, 0xC01E754D20000000
  %30 = call float @bertc.expf(float %29)
  %31 = fsub float 1.000000e+00, %30
  %32 = call float @llvm.copysign.f32(float %31, float %0)
  %33 = fcmp ogt float %1, 0x3FEDAFB7E0000000
  %34 = select i1 %33, float %32, float %14
  ret float %34
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #2

; Function Attrs: alwaysinline nounwind readnone willreturn
define internal float @bertc.expf(float %0) #3 {
entry:
  %1 = fcmp olt float %0, -1.040000e+02
  %2 = select i1 %1, float -1.040000e+02, float %0
  %3 = fcmp ogt float %2, 8.900000e+01
  %4 = select i1 %3, float 8.900000e+01, float %2
  %5 = fmul float %4, 0x3FF7154760000000
  %6 = fadd float %5, 0x4168000000000000
  %7 = fsub float %6, 0x4168000000000000
  %8 = bitcast float %6 to i32
  %n = sub i32 %8, 1262485504
  %9 = fmul float %7, 0x3FE6300000000000
  %10 = fsub float %4, %9
  %11 = fmul float %7, 0xBF2BD01060000000
  %12 = fsub float %10, %11
  %13 = fmul float 0x3F2A0D2CE0000000, %12
  %14 = fadd float %13, 0x3F56E879C0000000
  %15 = fmul float %14, %12
  %16 = fadd float %15, 0x3F81112100000000
  %17 = fmul float %16, %12
  %18 = fadd float %17, 0x3FA5553820000000
  %19 = fmul float %18, %12
  %20 = fadd float %19, 0x3FC5555540000000
  %21 = fmul float %20, %12
  %22 = fadd float %21, 5.000000e-01
  %23 = fmul float %12, %12
  %24 = fmul float %22, %23
  %25 = fadd float %24, %12
  %26 = fadd float %25, 1.000000e+00
  %27 = ashr i32 %n, 1
  %28 = sub i32 %n, %27
  %29 = add i32 %28, 127
  %30 = shl i32 %29, 23
  %31 = bitcast i32 %30 to float
  %32 = add i32 %27, 127
  %33 = shl i32 %32, 23
  %34 = bitcast i32 %33 to float
  %35 = fmul float %26, %34
  %36 = fmul float %35, %31
  ret float %36
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #2

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k011_layer_0_ffn_intermediate_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 66560
  %layer.0.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 406016
  %bert.encoder.layer.0.intermediate.dense.bias = bitcast i8* %5 to float*
  call void @body_6(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.gelu, float* %bert.encoder.layer.0.intermediate.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k012_layer_0_ffn_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 328704
  %layer.0.ffn.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 472576
  %bert.encoder.layer.0.output.dense.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.output, float* %bert.encoder.layer.0.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k013_layer_0_ffn_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %layer.0.attention.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 328704
  %layer.0.ffn.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 66560
  %layer.0.ffn.residual = bitcast i8* %8 to float*
  call void @body_5(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.layernorm, float* %layer.0.ffn.output, float* %layer.0.ffn.residual, i32 4)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k014_layer_0_ffn_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 66560
  %layer.0.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 473088
  %bert.encoder.layer.0.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 472832
  %bert.encoder.layer.0.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %layer.0.ffn.layernorm = bitcast i8* %11 to float*
  call void @body_1(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.residual, float* %bert.encoder.layer.0.output.LayerNorm.bias, float* %bert.encoder.layer.0.output.LayerNorm.weight, float* %layer.0.ffn.layernorm)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k015_layer_1_attention_query_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 66560
  %layer.1.attention.query = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 489728
  %bert.encoder.layer.1.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.query, float* %bert.encoder.layer.1.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k016_layer_1_attention_key_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 132096
  %layer.1.attention.key = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 506368
  %bert.encoder.layer.1.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.key, float* %bert.encoder.layer.1.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k017_layer_1_attention_value_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 197632
  %layer.1.attention.value = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 523008
  %bert.encoder.layer.1.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.value, float* %bert.encoder.layer.1.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k019_layer_1_attention_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 65536
  %layer.1.attention.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 539648
  %bert.encoder.layer.1.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.output, float* %bert.encoder.layer.1.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k020_layer_1_attention_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %layer.0.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 65536
  %layer.1.attention.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 131072
  %layer.1.attention.residual = bitcast i8* %8 to float*
  call void @body_5(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.layernorm, float* %layer.1.attention.output, float* %layer.1.attention.residual, i32 6)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k021_layer_1_attention_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 131072
  %layer.1.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 540160
  %bert.encoder.layer.1.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 539904
  %bert.encoder.layer.1.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %layer.1.attention.layernorm = bitcast i8* %11 to float*
  call void @body_1(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.residual, float* %bert.encoder.layer.1.attention.output.LayerNorm.bias, float* %bert.encoder.layer.1.attention.output.LayerNorm.weight, float* %layer.1.attention.layernorm)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k022_layer_1_ffn_intermediate_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 65536
  %layer.1.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 605952
  %bert.encoder.layer.1.intermediate.dense.bias = bitcast i8* %5 to float*
  call void @body_6(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.gelu, float* %bert.encoder.layer.1.intermediate.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k023_layer_1_ffn_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 327680
  %layer.1.ffn.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 672512
  %bert.encoder.layer.1.output.dense.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.output, float* %bert.encoder.layer.1.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k024_layer_1_ffn_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %layer.1.attention.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 327680
  %layer.1.ffn.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 65536
  %layer.1.ffn.residual = bitcast i8* %8 to float*
  call void @body_5(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.layernorm, float* %layer.1.ffn.output, float* %layer.1.ffn.residual, i32 7)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k025_layer_1_ffn_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 65536
  %layer.1.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 673024
  %bert.encoder.layer.1.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 672768
  %bert.encoder.layer.1.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 513408
  %layer.1.ffn.layernorm = bitcast i8* %11 to float*
  call void @body_1(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.residual, float* %bert.encoder.layer.1.output.LayerNorm.bias, float* %bert.encoder.layer.1.output.LayerNorm.weight, float* %layer.1.ffn.layernorm)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_7(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, i32* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %14

row:                                              ; preds = %11, %start
  %row1 = phi i64 [ %begin, %start ], [ %12, %11 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %9, %map ]
  %1 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id = load i32, i32* %1, align 4, !tbaa !0
  %2 = sext i32 %id to i64
  %3 = mul nsw i64 %2, 64
  %4 = add nsw i64 %map2, %3
  %5 = getelementptr inbounds float, float* %b0, i64 %4
  %x = load float, float* %5, align 4, !tbaa !3
  %6 = mul nsw i64 %row1, 64
  %7 = add nsw i64 %6, %map2
  %8 = getelementptr inbounds float, float* %b2, i64 %7
  store float %x, float* %8, align 4, !tbaa !3
  %9 = add nsw i64 %map2, 1
  %10 = icmp slt i64 %9, 64
  br i1 %10, label %map, label %11, !llvm.loop !15

11:                                               ; preds = %map
  %12 = add nsw i64 %row1, 1
  %13 = icmp slt i64 %12, %end
  br i1 %13, label %row, label %14

14:                                               ; preds = %11, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k026_head_masked_rows(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 513408
  %layer.1.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6144
  %masked_positions = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 0
  %head.masked_rows = bitcast i8* %8 to float*
  call void @body_7(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm, i32* %masked_positions, float* %head.masked_rows)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_8(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %17

row:                                              ; preds = %14, %start
  %row1 = phi i64 [ %begin, %start ], [ %15, %14 ]
  %i = urem i64 %row1, 73
  %1 = udiv i64 %row1, 73
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 64
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %12, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  %9 = fdiv float %biased, 0x3FF6A09E60000000
  %erf = call float @bertc.erff(float %9)
  %10 = fmul float 5.000000e-01, %biased
  %11 = fadd float 1.000000e+00, %erf
  %gelu = fmul float %10, %11
  store float %gelu, float* %7, align 4, !tbaa !3
  %12 = add nsw i64 %col4, 1
  %13 = icmp slt i64 %12, 64
  br i1 %13, label %col, label %14, !llvm.loop !16

14:                                               ; preds = %col
  %15 = add nsw i64 %row1, 1
  %16 = icmp slt i64 %15, %end
  br i1 %16, label %row, label %17

17:                                               ; preds = %14, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k027_head_transform_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 18688
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 689664
  %cls.predictions.transform.dense.bias = bitcast i8* %5 to float*
  call void @body_8(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %cls.predictions.transform.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_9(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %27

row:                                              ; preds = %24, %start
  %row1 = phi i64 [ %begin, %start ], [ %25, %24 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 64
  br i1 %5, label %reduce, label %6, !llvm.loop !17

6:                                                ; preds = %reduce
  %mul = fmul float %sum.next, 1.562500e-02
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum5 = phi float [ 0.000000e+00, %6 ], [ %sum.next8, %reduce3 ]
  %7 = mul nsw i64 %row1, 64
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x6 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x6, %mul
  %mul7 = fmul float %sub, %sub
  %sum.next8 = fadd float %sum5, %mul7
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %reduce3, label %12, !llvm.loop !18

12:                                               ; preds = %reduce3
  %mul9 = fmul float %sum.next8, 1.562500e-02
  %add = fadd float %mul9, 0x3D71979980000000
  %13 = call float @llvm.sqrt.f32(float %add)
  %rsqrt = fdiv float 1.000000e+00, %13
  br label %map

map:                                              ; preds = %map, %12
  %map10 = phi i64 [ 0, %12 ], [ %22, %map ]
  %14 = mul nsw i64 %row1, 64
  %15 = add nsw i64 %14, %map10
  %16 = getelementptr inbounds float, float* %b0, i64 %15
  %x11 = load float, float* %16, align 4, !tbaa !3
  %sub12 = fsub float %x11, %mul
  %mul13 = fmul float %sub12, %rsqrt
  %17 = getelementptr inbounds float, float* %b2, i64 %map10
  %x14 = load float, float* %17, align 4, !tbaa !3
  %mul15 = fmul float %mul13, %x14
  %18 = getelementptr inbounds float, float* %b1, i64 %map10
  %x16 = load float, float* %18, align 4, !tbaa !3
  %add17 = fadd float %mul15, %x16
  %19 = mul nsw i64 %row1, 64
  %20 = add nsw i64 %19, %map10
  %21 = getelementptr inbounds float, float* %b3, i64 %20
  store float %add17, float* %21, align 4, !tbaa !3
  %22 = add nsw i64 %map10, 1
  %23 = icmp slt i64 %22, 64
  br i1 %23, label %map, label %24, !llvm.loop !19

24:                                               ; preds = %map
  %25 = add nsw i64 %row1, 1
  %26 = icmp slt i64 %25, %end
  br i1 %26, label %row, label %27

27:                                               ; preds = %24, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k028_head_transform_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 18688
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690176
  %cls.predictions.transform.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 689920
  %cls.predictions.transform.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %head.transform.layernorm = bitcast i8* %11 to float*
  call void @body_9(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %cls.predictions.transform.LayerNorm.bias, float* %cls.predictions.transform.LayerNorm.weight, float* %head.transform.layernorm)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_98(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %14

row:                                              ; preds = %11, %start
  %row1 = phi i64 [ %begin, %start ], [ %12, %11 ]
  %i = urem i64 %row1, 73
  %1 = udiv i64 %row1, 73
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 1000
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %9, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  store float %biased, float* %7, align 4, !tbaa !3
  %9 = add nsw i64 %col4, 1
  %10 = icmp slt i64 %9, 1000
  br i1 %10, label %col, label %11, !llvm.loop !20

11:                                               ; preds = %col
  %12 = add nsw i64 %row1, 1
  %13 = icmp slt i64 %12, %end
  br i1 %13, label %row, label %14

14:                                               ; preds = %11, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k029_head_decoder_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690432
  %cls.predictions.bias = bitcast i8* %5 to float*
  call void @body_98(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, float* %cls.predictions.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_10(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %13

row:                                              ; preds = %10, %start
  %row1 = phi i64 [ %begin, %start ], [ %11, %10 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = getelementptr inbounds i32, i32* %b0, i64 %reduce2
  %id = load i32, i32* %1, align 4, !tbaa !0
  %2 = sitofp i32 %id to float
  %3 = fcmp oeq float %2, -1.000000e+02
  %eq = select i1 %3, float 1.000000e+00, float 0.000000e+00
  %sub = fsub float 1.000000e+00, %eq
  %sum.next = fadd float %sum, %sub
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 73
  br i1 %5, label %reduce, label %6, !llvm.loop !21

6:                                                ; preds = %reduce
  br label %map

map:                                              ; preds = %map, %6
  %map3 = phi i64 [ 0, %6 ], [ %8, %map ]
  %max = call float @llvm.maxnum.f32(float %sum.next, float 1.000000e+00)
  %7 = getelementptr inbounds float, float* %b1, i64 0
  store float %max, float* %7, align 4, !tbaa !3
  %8 = add nsw i64 %map3, 1
  %9 = icmp slt i64 %8, 73
  br i1 %9, label %map, label %10, !llvm.loop !22

10:                                               ; preds = %map
  %11 = add nsw i64 %row1, 1
  %12 = icmp slt i64 %11, %end
  br i1 %12, label %row, label %13

13:                                               ; preds = %10, %start
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #2

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k030_loss_valid_count(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 6656
  %masked_labels = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %loss.valid_count = bitcast i8* %5 to float*
  call void @body_10(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %masked_labels, float* %loss.valid_count)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_11(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, i32* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %32

row:                                              ; preds = %29, %start
  %row1 = phi i64 [ %begin, %start ], [ %30, %29 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %max = phi float [ 0xFFF0000000000000, %row ], [ %max.next, %reduce ]
  %1 = mul nsw i64 %row1, 1000
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %max.next = call float @llvm.maxnum.f32(float %max, float %x)
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 1000
  br i1 %5, label %reduce, label %6, !llvm.loop !23

6:                                                ; preds = %reduce
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum = phi float [ 0.000000e+00, %6 ], [ %sum.next, %reduce3 ]
  %7 = mul nsw i64 %row1, 1000
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x5 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x5, %max.next
  %exp = call float @bertc.expf(float %sub)
  %sum.next = fadd float %sum, %exp
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 1000
  br i1 %11, label %reduce3, label %12, !llvm.loop !24

12:                                               ; preds = %reduce3
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %12
  %reduce7 = phi i64 [ 0, %12 ], [ %20, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %12 ], [ %sum.next10, %reduce6 ]
  %col.f = sitofp i64 %reduce7 to float
  %13 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id = load i32, i32* %13, align 4, !tbaa !0
  %14 = sitofp i32 %id to float
  %15 = fcmp oeq float %col.f, %14
  %eq = select i1 %15, float 1.000000e+00, float 0.000000e+00
  %16 = mul nsw i64 %row1, 1000
  %17 = add nsw i64 %16, %reduce7
  %18 = getelementptr inbounds float, float* %b0, i64 %17
  %x9 = load float, float* %18, align 4, !tbaa !3
  %19 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %19, float %x9, float 0.000000e+00
  %sum.next10 = fadd float %sum8, %select
  %20 = add nsw i64 %reduce7, 1
  %21 = icmp slt i64 %20, 1000
  br i1 %21, label %reduce6, label %22, !llvm.loop !25

22:                                               ; preds = %reduce6
  %23 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id11 = load i32, i32* %23, align 4, !tbaa !0
  %24 = sitofp i32 %id11 to float
  %25 = fcmp oeq float %24, -1.000000e+02
  %eq12 = select i1 %25, float 1.000000e+00, float 0.000000e+00
  %sub13 = fsub float 1.000000e+00, %eq12
  %log = call float @llvm.log.f32(float %sum.next)
  %add = fadd float %log, %max.next
  %sub14 = fsub float %add, %sum.next10
  %mul = fmul float %sub14, %sub13
  br label %map

map:                                              ; preds = %map, %22
  %map15 = phi i64 [ 0, %22 ], [ %27, %map ]
  %26 = getelementptr inbounds float, float* %b2, i64 %row1
  store float %mul, float* %26, align 4, !tbaa !3
  %27 = add nsw i64 %map15, 1
  %28 = icmp slt i64 %27, 1000
  br i1 %28, label %map, label %29, !llvm.loop !26

29:                                               ; preds = %map
  %30 = add nsw i64 %row1, 1
  %31 = icmp slt i64 %30, %end
  br i1 %31, label %row, label %32

32:                                               ; preds = %29, %start
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.log.f32(float) #2

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k031_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6656
  %masked_labels = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 64
  %loss.per_row = bitcast i8* %8 to float*
  call void @body_11(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, i32* %masked_labels, float* %loss.per_row)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_12(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %12

row:                                              ; preds = %9, %start
  %row1 = phi i64 [ %begin, %start ], [ %10, %9 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %2, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = getelementptr inbounds float, float* %b0, i64 %reduce2
  %x = load float, float* %1, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %2 = add nsw i64 %reduce2, 1
  %3 = icmp slt i64 %2, 73
  br i1 %3, label %reduce, label %4, !llvm.loop !27

4:                                                ; preds = %reduce
  br label %map

map:                                              ; preds = %map, %4
  %map3 = phi i64 [ 0, %4 ], [ %7, %map ]
  %5 = getelementptr inbounds float, float* %b1, i64 0
  %x4 = load float, float* %5, align 4, !tbaa !3
  %div = fdiv float %sum.next, %x4
  %6 = getelementptr inbounds float, float* %b2, i64 0
  store float %div, float* %6, align 4, !tbaa !3
  %7 = add nsw i64 %map3, 1
  %8 = icmp slt i64 %7, 73
  br i1 %8, label %map, label %9, !llvm.loop !28

9:                                                ; preds = %map
  %10 = add nsw i64 %row1, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %row, label %12

12:                                               ; preds = %9, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k032_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 64
  %loss.per_row = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %loss.valid_count = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 384
  %loss = bitcast i8* %8 to float*
  call void @body_12(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss.per_row, float* %loss.valid_count, float* %loss)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_13(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %12

row:                                              ; preds = %9, %start
  %row1 = phi i64 [ %begin, %start ], [ %10, %9 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %7, %map ]
  %1 = mul nsw i64 %row1, 2048
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %4 = mul nsw i64 %row1, 64
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b1, i64 %5
  store float %x, float* %6, align 4, !tbaa !3
  %7 = add nsw i64 %map2, 1
  %8 = icmp slt i64 %7, 64
  br i1 %8, label %map, label %9, !llvm.loop !29

9:                                                ; preds = %map
  %10 = add nsw i64 %row1, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %row, label %12

12:                                               ; preds = %9, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k033_pooler_first_token(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 513408
  %layer.1.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 448
  %pooler.first_token = bitcast i8* %5 to float*
  call void @body_13(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm, float* %pooler.first_token)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_99(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %14

row:                                              ; preds = %11, %start
  %row1 = phi i64 [ %begin, %start ], [ %12, %11 ]
  %i = urem i64 %row1, 8
  %1 = udiv i64 %row1, 8
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 64
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %9, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  store float %biased, float* %7, align 4, !tbaa !3
  %9 = add nsw i64 %col4, 1
  %10 = icmp slt i64 %9, 64
  br i1 %10, label %col, label %11, !llvm.loop !30

11:                                               ; preds = %col
  %12 = add nsw i64 %row1, 1
  %13 = icmp slt i64 %12, %end
  br i1 %13, label %row, label %14

14:                                               ; preds = %11, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k034_pooler_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2496
  %pooler.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 710848
  %bert.pooler.dense.bias = bitcast i8* %5 to float*
  call void @body_99(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.dense, float* %bert.pooler.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_14(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %12

row:                                              ; preds = %9, %start
  %row1 = phi i64 [ %begin, %start ], [ %10, %9 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %7, %map ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %tanh = call float @bertc.tanhf(float %x)
  %4 = mul nsw i64 %row1, 64
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b1, i64 %5
  store float %tanh, float* %6, align 4, !tbaa !3
  %7 = add nsw i64 %map2, 1
  %8 = icmp slt i64 %7, 64
  br i1 %8, label %map, label %9, !llvm.loop !31

9:                                                ; preds = %map
  %10 = add nsw i64 %row1, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %row, label %12

12:                                               ; preds = %9, %start
  ret void
}

; Function Attrs: alwaysinline nounwind readnone willreturn
define internal float @bertc.tanhf(float %0) #3 {
entry:
  %1 = call float @llvm.fabs.f32(float %0)
  %2 = fmul float %0, %0
  %3 = fmul float 0xBF775E1D40000000, %2
  %4 = fadd float %3, 0x3F952269C0000000
  %5 = fmul float %4, %2
  %6 = fadd float %5, 0xBFAB83C5A0000000
  %7 = fmul float %6, %2
  %8 = fadd float %7, 0x3FC1107260000000
  %9 = fmul float %8, %2
  %10 = fadd float %9, 0xBFD5555320000000
  %11 = fmul float %0, %2
  %12 = fmul float %11, %10
  %13 = fadd float %0, %12
  %14 = fadd float %1, %1
  %15 = call float @bertc.expf(float %14)
  %16 = fadd float %15, 1.000000e+00
  %17 = fdiv float 2.000000e+00, %16
  %18 = fsub float 1.000000e+00, %17
  %19 = fcmp olt float %1, 6.250000e-01
  %20 = select i1 %19, float %13, float %18
  %21 = call float @llvm.copysign.f32(float %20, float %0)
  ret float %21
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k035_pooler_tanh(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2496
  %pooler.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 511360
  %pooler.tanh = bitcast i8* %5 to float*
  call void @body_14(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.dense, float* %pooler.tanh)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_100(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %14

row:                                              ; preds = %11, %start
  %row1 = phi i64 [ %begin, %start ], [ %12, %11 ]
  %i = urem i64 %row1, 8
  %1 = udiv i64 %row1, 8
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 2
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %9, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  store float %biased, float* %7, align 4, !tbaa !3
  %9 = add nsw i64 %col4, 1
  %10 = icmp slt i64 %9, 2
  br i1 %10, label %col, label %11, !llvm.loop !32

11:                                               ; preds = %col
  %12 = add nsw i64 %row1, 1
  %13 = icmp slt i64 %12, %end
  br i1 %13, label %row, label %14

14:                                               ; preds = %11, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k036_head_seq_relationship_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 711616
  %cls.seq_relationship.bias = bitcast i8* %5 to float*
  call void @body_100(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, float* %cls.seq_relationship.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_15(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %13

row:                                              ; preds = %10, %start
  %row1 = phi i64 [ %begin, %start ], [ %11, %10 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = getelementptr inbounds i32, i32* %b0, i64 %reduce2
  %id = load i32, i32* %1, align 4, !tbaa !0
  %2 = sitofp i32 %id to float
  %3 = fcmp oeq float %2, -1.000000e+02
  %eq = select i1 %3, float 1.000000e+00, float 0.000000e+00
  %sub = fsub float 1.000000e+00, %eq
  %sum.next = fadd float %sum, %sub
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 8
  br i1 %5, label %reduce, label %6, !llvm.loop !33

6:                                                ; preds = %reduce
  br label %map

map:                                              ; preds = %map, %6
  %map3 = phi i64 [ 0, %6 ], [ %8, %map ]
  %max = call float @llvm.maxnum.f32(float %sum.next, float 1.000000e+00)
  %7 = getelementptr inbounds float, float* %b1, i64 0
  store float %max, float* %7, align 4, !tbaa !3
  %8 = add nsw i64 %map3, 1
  %9 = icmp slt i64 %8, 8
  br i1 %9, label %map, label %10, !llvm.loop !34

10:                                               ; preds = %map
  %11 = add nsw i64 %row1, 1
  %12 = icmp slt i64 %11, %end
  br i1 %12, label %row, label %13

13:                                               ; preds = %10, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k037_loss_valid_count(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7168
  %next_sentence_label = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %loss.valid_count = bitcast i8* %5 to float*
  call void @body_15(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %next_sentence_label, float* %loss.valid_count)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_16(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, i32* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %32

row:                                              ; preds = %29, %start
  %row1 = phi i64 [ %begin, %start ], [ %30, %29 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %max = phi float [ 0xFFF0000000000000, %row ], [ %max.next, %reduce ]
  %1 = mul nsw i64 %row1, 2
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %max.next = call float @llvm.maxnum.f32(float %max, float %x)
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 2
  br i1 %5, label %reduce, label %6, !llvm.loop !35

6:                                                ; preds = %reduce
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum = phi float [ 0.000000e+00, %6 ], [ %sum.next, %reduce3 ]
  %7 = mul nsw i64 %row1, 2
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x5 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x5, %max.next
  %exp = call float @bertc.expf(float %sub)
  %sum.next = fadd float %sum, %exp
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 2
  br i1 %11, label %reduce3, label %12, !llvm.loop !36

12:                                               ; preds = %reduce3
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %12
  %reduce7 = phi i64 [ 0, %12 ], [ %20, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %12 ], [ %sum.next10, %reduce6 ]
  %col.f = sitofp i64 %reduce7 to float
  %13 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id = load i32, i32* %13, align 4, !tbaa !0
  %14 = sitofp i32 %id to float
  %15 = fcmp oeq float %col.f, %14
  %eq = select i1 %15, float 1.000000e+00, float 0.000000e+00
  %16 = mul nsw i64 %row1, 2
  %17 = add nsw i64 %16, %reduce7
  %18 = getelementptr inbounds float, float* %b0, i64 %17
  %x9 = load float, float* %18, align 4, !tbaa !3
  %19 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %19, float %x9, float 0.000000e+00
  %sum.next10 = fadd float %sum8, %select
  %20 = add nsw i64 %reduce7, 1
  %21 = icmp slt i64 %20, 2
  br i1 %21, label %reduce6, label %22, !llvm.loop !37

22:                                               ; preds = %reduce6
  %23 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id11 = load i32, i32* %23, align 4, !tbaa !0
  %24 = sitofp i32 %id11 to float
  %25 = fcmp oeq float %24, -1.000000e+02
  %eq12 = select i1 %25, float 1.000000e+00, float 0.000000e+00
  %sub13 = fsub float 1.000000e+00, %eq12
  %log = call float @llvm.log.f32(float %sum.next)
  %add = fadd float %log, %max.next
  %sub14 = fsub float %add, %sum.next10
  %mul = fmul float %sub14, %sub13
  br label %map

map:                                              ; preds = %map, %22
  %map15 = phi i64 [ 0, %22 ], [ %27, %map ]
  %26 = getelementptr inbounds float, float* %b2, i64 %row1
  store float %mul, float* %26, align 4, !tbaa !3
  %27 = add nsw i64 %map15, 1
  %28 = icmp slt i64 %27, 2
  br i1 %28, label %map, label %29, !llvm.loop !38

29:                                               ; preds = %map
  %30 = add nsw i64 %row1, 1
  %31 = icmp slt i64 %30, %end
  br i1 %31, label %row, label %32

32:                                               ; preds = %29, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k038_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 7168
  %next_sentence_label = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 64
  %loss.per_row = bitcast i8* %8 to float*
  call void @body_16(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, i32* %next_sentence_label, float* %loss.per_row)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_17(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %12

row:                                              ; preds = %9, %start
  %row1 = phi i64 [ %begin, %start ], [ %10, %9 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %2, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = getelementptr inbounds float, float* %b0, i64 %reduce2
  %x = load float, float* %1, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %2 = add nsw i64 %reduce2, 1
  %3 = icmp slt i64 %2, 8
  br i1 %3, label %reduce, label %4, !llvm.loop !39

4:                                                ; preds = %reduce
  br label %map

map:                                              ; preds = %map, %4
  %map3 = phi i64 [ 0, %4 ], [ %7, %map ]
  %5 = getelementptr inbounds float, float* %b1, i64 0
  %x4 = load float, float* %5, align 4, !tbaa !3
  %div = fdiv float %sum.next, %x4
  %6 = getelementptr inbounds float, float* %b2, i64 0
  store float %div, float* %6, align 4, !tbaa !3
  %7 = add nsw i64 %map3, 1
  %8 = icmp slt i64 %7, 8
  br i1 %8, label %map, label %9, !llvm.loop !40

9:                                                ; preds = %map
  %10 = add nsw i64 %row1, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %row, label %12

12:                                               ; preds = %9, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k039_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 64
  %loss.per_row = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %loss.valid_count = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 128
  %loss = bitcast i8* %8 to float*
  call void @body_17(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss.per_row, float* %loss.valid_count, float* %loss)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_18(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %9

row:                                              ; preds = %6, %start
  %row1 = phi i64 [ %begin, %start ], [ %7, %6 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %4, %map ]
  %1 = getelementptr inbounds float, float* %b1, i64 %map2
  %x = load float, float* %1, align 4, !tbaa !3
  %2 = getelementptr inbounds float, float* %b0, i64 %map2
  %x3 = load float, float* %2, align 4, !tbaa !3
  %add = fadd float %x, %x3
  %3 = getelementptr inbounds float, float* %b2, i64 %map2
  store float %add, float* %3, align 4, !tbaa !3
  %4 = add nsw i64 %map2, 1
  %5 = icmp slt i64 %4, 1
  br i1 %5, label %map, label %6, !llvm.loop !41

6:                                                ; preds = %map
  %7 = add nsw i64 %row1, 1
  %8 = icmp slt i64 %7, %end
  br i1 %8, label %row, label %9

9:                                                ; preds = %6, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s32__k040_loss_total(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 128
  %loss = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 384
  %loss1 = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 511296
  %loss.total = bitcast i8* %8 to float*
  call void @body_18(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss, float* %loss1, float* %loss.total)
  ret void
}

; Function Attrs: nounwind
define void @forward_s32(%bertrt_ctx* %ctx) #4 {
entry:
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k000_embeddings_sum, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k001_embeddings_layernorm, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k002_embeddings_dropout, i64 256)
  call void @forward_s32__k003_attention_mask_bias(%bertrt_ctx* %ctx, i64 0, i64 8)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273408
  %bert.encoder.layer.0.attention.self.query.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 66560
  %layer.0.attention.query = bitcast i8* %8 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k004_layer_0_attention_query_matmul.gemm, float* %embeddings.dropout, float* %bert.encoder.layer.0.attention.self.query.weight, float* %layer.0.attention.query)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k004_layer_0_attention_query_matmul__epilogue, i64 256)
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %embeddings.dropout1 = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 290048
  %bert.encoder.layer.0.attention.self.key.weight = bitcast i8* %14 to float*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 132096
  %layer.0.attention.key = bitcast i8* %17 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k005_layer_0_attention_key_matmul.gemm, float* %embeddings.dropout1, float* %bert.encoder.layer.0.attention.self.key.weight, float* %layer.0.attention.key)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k005_layer_0_attention_key_matmul__epilogue, i64 256)
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %19 = load i8*, i8** %18, align 8
  %20 = getelementptr inbounds i8, i8* %19, i64 0
  %embeddings.dropout2 = bitcast i8* %20 to float*
  %21 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8, i8* %22, i64 306688
  %bert.encoder.layer.0.attention.self.value.weight = bitcast i8* %23 to float*
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 197632
  %layer.0.attention.value = bitcast i8* %26 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k006_layer_0_attention_value_matmul.gemm, float* %embeddings.dropout2, float* %bert.encoder.layer.0.attention.self.value.weight, float* %layer.0.attention.value)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k006_layer_0_attention_value_matmul__epilogue, i64 256)
  %tensors = alloca [11 x float*], align 8
  %27 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %28 = load i8*, i8** %27, align 8
  %29 = getelementptr inbounds i8, i8* %28, i64 66560
  %layer.0.attention.query3 = bitcast i8* %29 to float*
  %30 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 0
  store float* %layer.0.attention.query3, float** %30, align 8
  %31 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %32 = load i8*, i8** %31, align 8
  %33 = getelementptr inbounds i8, i8* %32, i64 132096
  %layer.0.attention.key4 = bitcast i8* %33 to float*
  %34 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 1
  store float* %layer.0.attention.key4, float** %34, align 8
  %35 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %36 = load i8*, i8** %35, align 8
  %37 = getelementptr inbounds i8, i8* %36, i64 197632
  %layer.0.attention.value5 = bitcast i8* %37 to float*
  %38 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 2
  store float* %layer.0.attention.value5, float** %38, align 8
  %39 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %40 = load i8*, i8** %39, align 8
  %41 = getelementptr inbounds i8, i8* %40, i64 65536
  %attention_mask_bias = bitcast i8* %41 to float*
  %42 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 3
  store float* %attention_mask_bias, float** %42, align 8
  %43 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %44 = load i8*, i8** %43, align 8
  %45 = getelementptr inbounds i8, i8* %44, i64 263168
  %layer.0.attention.context = bitcast i8* %45 to float*
  %46 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 4
  store float* %layer.0.attention.context, float** %46, align 8
  %47 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %48 = load i8*, i8** %47, align 8
  %49 = getelementptr inbounds i8, i8* %48, i64 328704
  %layer.0.attention.context.lse = bitcast i8* %49 to float*
  %50 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 5
  store float* %layer.0.attention.context.lse, float** %50, align 8
  %51 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 6
  store float* null, float** %51, align 8
  %52 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 7
  store float* null, float** %52, align 8
  %53 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 8
  store float* null, float** %53, align 8
  %54 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 9
  store float* null, float** %54, align 8
  %55 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 10
  store float* null, float** %55, align 8
  %56 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @forward_s32__k007_layer_0_attention_context_forward.attention, float** %56)
  %57 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %58 = load i8*, i8** %57, align 8
  %59 = getelementptr inbounds i8, i8* %58, i64 263168
  %layer.0.attention.context6 = bitcast i8* %59 to float*
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %62 = getelementptr inbounds i8, i8* %61, i64 323328
  %bert.encoder.layer.0.attention.output.dense.weight = bitcast i8* %62 to float*
  %63 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8, i8* %64, i64 66560
  %layer.0.attention.output = bitcast i8* %65 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k008_layer_0_attention_output_matmul.gemm, float* %layer.0.attention.context6, float* %bert.encoder.layer.0.attention.output.dense.weight, float* %layer.0.attention.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k008_layer_0_attention_output_matmul__epilogue, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k009_layer_0_attention_residual, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k010_layer_0_attention_layernorm, i64 256)
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %68 = getelementptr inbounds i8, i8* %67, i64 0
  %layer.0.attention.layernorm = bitcast i8* %68 to float*
  %69 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %70 = load i8*, i8** %69, align 8
  %71 = getelementptr inbounds i8, i8* %70, i64 340480
  %bert.encoder.layer.0.intermediate.dense.weight = bitcast i8* %71 to float*
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %73 = load i8*, i8** %72, align 8
  %74 = getelementptr inbounds i8, i8* %73, i64 66560
  %layer.0.ffn.gelu = bitcast i8* %74 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k011_layer_0_ffn_intermediate_matmul.gemm, float* %layer.0.attention.layernorm, float* %bert.encoder.layer.0.intermediate.dense.weight, float* %layer.0.ffn.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k011_layer_0_ffn_intermediate_matmul__epilogue, i64 256)
  %75 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %76 = load i8*, i8** %75, align 8
  %77 = getelementptr inbounds i8, i8* %76, i64 66560
  %layer.0.ffn.gelu7 = bitcast i8* %77 to float*
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 407040
  %bert.encoder.layer.0.output.dense.weight = bitcast i8* %80 to float*
  %81 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %82 = load i8*, i8** %81, align 8
  %83 = getelementptr inbounds i8, i8* %82, i64 328704
  %layer.0.ffn.output = bitcast i8* %83 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k012_layer_0_ffn_output_matmul.gemm, float* %layer.0.ffn.gelu7, float* %bert.encoder.layer.0.output.dense.weight, float* %layer.0.ffn.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k012_layer_0_ffn_output_matmul__epilogue, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k013_layer_0_ffn_residual, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k014_layer_0_ffn_layernorm, i64 256)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %86 = getelementptr inbounds i8, i8* %85, i64 0
  %layer.0.ffn.layernorm = bitcast i8* %86 to float*
  %87 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %88 = load i8*, i8** %87, align 8
  %89 = getelementptr inbounds i8, i8* %88, i64 473344
  %bert.encoder.layer.1.attention.self.query.weight = bitcast i8* %89 to float*
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 66560
  %layer.1.attention.query = bitcast i8* %92 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k015_layer_1_attention_query_matmul.gemm, float* %layer.0.ffn.layernorm, float* %bert.encoder.layer.1.attention.self.query.weight, float* %layer.1.attention.query)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k015_layer_1_attention_query_matmul__epilogue, i64 256)
  %93 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %94 = load i8*, i8** %93, align 8
  %95 = getelementptr inbounds i8, i8* %94, i64 0
  %layer.0.ffn.layernorm8 = bitcast i8* %95 to float*
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %97 = load i8*, i8** %96, align 8
  %98 = getelementptr inbounds i8, i8* %97, i64 489984
  %bert.encoder.layer.1.attention.self.key.weight = bitcast i8* %98 to float*
  %99 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %100 = load i8*, i8** %99, align 8
  %101 = getelementptr inbounds i8, i8* %100, i64 132096
  %layer.1.attention.key = bitcast i8* %101 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k016_layer_1_attention_key_matmul.gemm, float* %layer.0.ffn.layernorm8, float* %bert.encoder.layer.1.attention.self.key.weight, float* %layer.1.attention.key)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k016_layer_1_attention_key_matmul__epilogue, i64 256)
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %103 = load i8*, i8** %102, align 8
  %104 = getelementptr inbounds i8, i8* %103, i64 0
  %layer.0.ffn.layernorm9 = bitcast i8* %104 to float*
  %105 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %106 = load i8*, i8** %105, align 8
  %107 = getelementptr inbounds i8, i8* %106, i64 506624
  %bert.encoder.layer.1.attention.self.value.weight = bitcast i8* %107 to float*
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %110 = getelementptr inbounds i8, i8* %109, i64 197632
  %layer.1.attention.value = bitcast i8* %110 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k017_layer_1_attention_value_matmul.gemm, float* %layer.0.ffn.layernorm9, float* %bert.encoder.layer.1.attention.self.value.weight, float* %layer.1.attention.value)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k017_layer_1_attention_value_matmul__epilogue, i64 256)
  %tensors10 = alloca [11 x float*], align 8
  %111 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %112 = load i8*, i8** %111, align 8
  %113 = getelementptr inbounds i8, i8* %112, i64 66560
  %layer.1.attention.query11 = bitcast i8* %113 to float*
  %114 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 0
  store float* %layer.1.attention.query11, float** %114, align 8
  %115 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %116 = load i8*, i8** %115, align 8
  %117 = getelementptr inbounds i8, i8* %116, i64 132096
  %layer.1.attention.key12 = bitcast i8* %117 to float*
  %118 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 1
  store float* %layer.1.attention.key12, float** %118, align 8
  %119 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %120 = load i8*, i8** %119, align 8
  %121 = getelementptr inbounds i8, i8* %120, i64 197632
  %layer.1.attention.value13 = bitcast i8* %121 to float*
  %122 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 2
  store float* %layer.1.attention.value13, float** %122, align 8
  %123 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8, i8* %124, i64 65536
  %attention_mask_bias14 = bitcast i8* %125 to float*
  %126 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 3
  store float* %attention_mask_bias14, float** %126, align 8
  %127 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %128 = load i8*, i8** %127, align 8
  %129 = getelementptr inbounds i8, i8* %128, i64 263168
  %layer.1.attention.context = bitcast i8* %129 to float*
  %130 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 4
  store float* %layer.1.attention.context, float** %130, align 8
  %131 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8, i8* %132, i64 328704
  %layer.1.attention.context.lse = bitcast i8* %133 to float*
  %134 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 5
  store float* %layer.1.attention.context.lse, float** %134, align 8
  %135 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 6
  store float* null, float** %135, align 8
  %136 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 7
  store float* null, float** %136, align 8
  %137 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 8
  store float* null, float** %137, align 8
  %138 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 9
  store float* null, float** %138, align 8
  %139 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 10
  store float* null, float** %139, align 8
  %140 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @forward_s32__k018_layer_1_attention_context_forward.attention, float** %140)
  %141 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %142 = load i8*, i8** %141, align 8
  %143 = getelementptr inbounds i8, i8* %142, i64 263168
  %layer.1.attention.context15 = bitcast i8* %143 to float*
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %145 = load i8*, i8** %144, align 8
  %146 = getelementptr inbounds i8, i8* %145, i64 523264
  %bert.encoder.layer.1.attention.output.dense.weight = bitcast i8* %146 to float*
  %147 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %148 = load i8*, i8** %147, align 8
  %149 = getelementptr inbounds i8, i8* %148, i64 65536
  %layer.1.attention.output = bitcast i8* %149 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k019_layer_1_attention_output_matmul.gemm, float* %layer.1.attention.context15, float* %bert.encoder.layer.1.attention.output.dense.weight, float* %layer.1.attention.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k019_layer_1_attention_output_matmul__epilogue, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k020_layer_1_attention_residual, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k021_layer_1_attention_layernorm, i64 256)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %152 = getelementptr inbounds i8, i8* %151, i64 0
  %layer.1.attention.layernorm = bitcast i8* %152 to float*
  %153 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %154 = load i8*, i8** %153, align 8
  %155 = getelementptr inbounds i8, i8* %154, i64 540416
  %bert.encoder.layer.1.intermediate.dense.weight = bitcast i8* %155 to float*
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %158 = getelementptr inbounds i8, i8* %157, i64 65536
  %layer.1.ffn.gelu = bitcast i8* %158 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k022_layer_1_ffn_intermediate_matmul.gemm, float* %layer.1.attention.layernorm, float* %bert.encoder.layer.1.intermediate.dense.weight, float* %layer.1.ffn.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k022_layer_1_ffn_intermediate_matmul__epilogue, i64 256)
  %159 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8, i8* %160, i64 65536
  %layer.1.ffn.gelu16 = bitcast i8* %161 to float*
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %163 = load i8*, i8** %162, align 8
  %164 = getelementptr inbounds i8, i8* %163, i64 606976
  %bert.encoder.layer.1.output.dense.weight = bitcast i8* %164 to float*
  %165 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %166 = load i8*, i8** %165, align 8
  %167 = getelementptr inbounds i8, i8* %166, i64 327680
  %layer.1.ffn.output = bitcast i8* %167 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k023_layer_1_ffn_output_matmul.gemm, float* %layer.1.ffn.gelu16, float* %bert.encoder.layer.1.output.dense.weight, float* %layer.1.ffn.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k023_layer_1_ffn_output_matmul__epilogue, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k024_layer_1_ffn_residual, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k025_layer_1_ffn_layernorm, i64 256)
  call void @forward_s32__k026_head_masked_rows(%bertrt_ctx* %ctx, i64 0, i64 73)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %170 = getelementptr inbounds i8, i8* %169, i64 0
  %head.masked_rows = bitcast i8* %170 to float*
  %171 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %172 = load i8*, i8** %171, align 8
  %173 = getelementptr inbounds i8, i8* %172, i64 673280
  %cls.predictions.transform.dense.weight = bitcast i8* %173 to float*
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %176 = getelementptr inbounds i8, i8* %175, i64 18688
  %head.transform.gelu = bitcast i8* %176 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k027_head_transform_dense_matmul.gemm, float* %head.masked_rows, float* %cls.predictions.transform.dense.weight, float* %head.transform.gelu)
  call void @forward_s32__k027_head_transform_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 73)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k028_head_transform_layernorm, i64 73)
  %177 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %178 = load i8*, i8** %177, align 8
  %179 = getelementptr inbounds i8, i8* %178, i64 0
  %head.transform.layernorm = bitcast i8* %179 to float*
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %181 = load i8*, i8** %180, align 8
  %182 = getelementptr inbounds i8, i8* %181, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %182 to float*
  %183 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 7232
  %head.decoder = bitcast i8* %185 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k029_head_decoder_matmul.gemm, float* %head.transform.layernorm, float* %bert.embeddings.word_embeddings.weight, float* %head.decoder)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k029_head_decoder_matmul__epilogue, i64 73)
  call void @forward_s32__k030_loss_valid_count(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s32__k031_loss, i64 73)
  call void @forward_s32__k032_loss(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @forward_s32__k033_pooler_first_token(%bertrt_ctx* %ctx, i64 0, i64 8)
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %188 = getelementptr inbounds i8, i8* %187, i64 448
  %pooler.first_token = bitcast i8* %188 to float*
  %189 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %190 = load i8*, i8** %189, align 8
  %191 = getelementptr inbounds i8, i8* %190, i64 694464
  %bert.pooler.dense.weight = bitcast i8* %191 to float*
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 2496
  %pooler.dense = bitcast i8* %194 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k034_pooler_dense_matmul.gemm, float* %pooler.first_token, float* %bert.pooler.dense.weight, float* %pooler.dense)
  call void @forward_s32__k034_pooler_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @forward_s32__k035_pooler_tanh(%bertrt_ctx* %ctx, i64 0, i64 8)
  %195 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %196 = load i8*, i8** %195, align 8
  %197 = getelementptr inbounds i8, i8* %196, i64 511360
  %pooler.tanh = bitcast i8* %197 to float*
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %200 = getelementptr inbounds i8, i8* %199, i64 711104
  %cls.seq_relationship.weight = bitcast i8* %200 to float*
  %201 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8, i8* %202, i64 511232
  %head.seq_relationship = bitcast i8* %203 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s32__k036_head_seq_relationship_matmul.gemm, float* %pooler.tanh, float* %cls.seq_relationship.weight, float* %head.seq_relationship)
  call void @forward_s32__k036_head_seq_relationship_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @forward_s32__k037_loss_valid_count(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @forward_s32__k038_loss(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @forward_s32__k039_loss(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @forward_s32__k040_loss_total(%bertrt_ctx* %ctx, i64 0, i64 1)
  ret void
}

; Function Attrs: nounwind
declare void @bertrt_parallel_for(%bertrt_ctx*, void (%bertrt_ctx*, i64, i64)*, i64) #4

; Function Attrs: nounwind
declare void @bertrt_sgemm(%bertrt_ctx*, %bertrt_gemm*, float*, float*, float*) #4

; Function Attrs: nounwind
declare void @bertrt_attention_cpu(%bertrt_ctx*, %bertrt_attention*, float**) #4

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k000_embeddings_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 256000
  %bert.embeddings.position_embeddings.weight = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 272384
  %bert.embeddings.token_type_embeddings.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2048
  %token_type_ids = bitcast i8* %8 to i32*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 0
  %input_ids = bitcast i8* %14 to i32*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 0
  %embeddings.sum = bitcast i8* %17 to float*
  call void @body_0(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %bert.embeddings.position_embeddings.weight, float* %bert.embeddings.token_type_embeddings.weight, i32* %token_type_ids, float* %bert.embeddings.word_embeddings.weight, i32* %input_ids, float* %embeddings.sum)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_19(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %45

row:                                              ; preds = %42, %start
  %row1 = phi i64 [ %begin, %start ], [ %43, %42 ]
  %r1 = urem i64 %row1, 32
  %1 = udiv i64 %row1, 32
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %7, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %2 = mul nsw i64 %1, 2048
  %3 = mul nsw i64 %r1, 64
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %reduce2
  %6 = getelementptr inbounds float, float* %b0, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %7 = add nsw i64 %reduce2, 1
  %8 = icmp slt i64 %7, 64
  br i1 %8, label %reduce, label %9, !llvm.loop !42

9:                                                ; preds = %reduce
  %mul = fmul float %sum.next, 1.562500e-02
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %9
  %reduce4 = phi i64 [ 0, %9 ], [ %15, %reduce3 ]
  %sum5 = phi float [ 0.000000e+00, %9 ], [ %sum.next8, %reduce3 ]
  %10 = mul nsw i64 %1, 2048
  %11 = mul nsw i64 %r1, 64
  %12 = add nsw i64 %10, %11
  %13 = add nsw i64 %12, %reduce4
  %14 = getelementptr inbounds float, float* %b0, i64 %13
  %x6 = load float, float* %14, align 4, !tbaa !3
  %sub = fsub float %x6, %mul
  %mul7 = fmul float %sub, %sub
  %sum.next8 = fadd float %sum5, %mul7
  %15 = add nsw i64 %reduce4, 1
  %16 = icmp slt i64 %15, 64
  br i1 %16, label %reduce3, label %17, !llvm.loop !43

17:                                               ; preds = %reduce3
  %mul9 = fmul float %sum.next8, 1.562500e-02
  %add = fadd float %mul9, 0x3D71979980000000
  %18 = call float @llvm.sqrt.f32(float %add)
  %rsqrt = fdiv float 1.000000e+00, %18
  br label %map

map:                                              ; preds = %map, %17
  %map10 = phi i64 [ 0, %17 ], [ %40, %map ]
  %19 = mul nsw i64 %1, 2048
  %20 = mul nsw i64 %r1, 64
  %21 = add nsw i64 %19, %20
  %22 = add nsw i64 %21, %map10
  %23 = getelementptr inbounds float, float* %b0, i64 %22
  %x11 = load float, float* %23, align 4, !tbaa !3
  %sub12 = fsub float %x11, %mul
  %mul13 = fmul float %sub12, %rsqrt
  %24 = getelementptr inbounds float, float* %b2, i64 %map10
  %x14 = load float, float* %24, align 4, !tbaa !3
  %mul15 = fmul float %mul13, %x14
  %25 = getelementptr inbounds float, float* %b1, i64 %map10
  %x16 = load float, float* %25, align 4, !tbaa !3
  %add17 = fadd float %mul15, %x16
  %26 = mul nsw i64 %1, 2048
  %27 = mul nsw i64 %r1, 64
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %map10
  %30 = getelementptr inbounds float, float* %b3, i64 %29
  store float %add17, float* %30, align 4, !tbaa !3
  %31 = mul nsw i64 %1, 64
  %32 = mul nsw i64 %r1, 2
  %33 = add nsw i64 %31, %32
  %34 = getelementptr inbounds float, float* %b4, i64 %33
  store float %mul, float* %34, align 4, !tbaa !3
  %35 = mul nsw i64 %1, 64
  %36 = mul nsw i64 %r1, 2
  %37 = add nsw i64 %35, %36
  %38 = add nsw i64 %37, 1
  %39 = getelementptr inbounds float, float* %b4, i64 %38
  store float %rsqrt, float* %39, align 4, !tbaa !3
  %40 = add nsw i64 %map10, 1
  %41 = icmp slt i64 %40, 64
  br i1 %41, label %map, label %42, !llvm.loop !44

42:                                               ; preds = %map
  %43 = add nsw i64 %row1, 1
  %44 = icmp slt i64 %43, %end
  br i1 %44, label %row, label %45

45:                                               ; preds = %42, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k001_embeddings_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273152
  %bert.embeddings.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 272896
  %bert.embeddings.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 67584
  %embeddings.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 65536
  %embeddings.layernorm.stats = bitcast i8* %14 to float*
  call void @body_19(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.sum, float* %bert.embeddings.LayerNorm.bias, float* %bert.embeddings.LayerNorm.weight, float* %embeddings.layernorm, float* %embeddings.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k002_embeddings_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 67584
  %embeddings.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 133120
  %embeddings.dropout = bitcast i8* %5 to float*
  call void @body_2(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.layernorm, float* %embeddings.dropout, i32 1)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k003_attention_mask_bias(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4096
  %attention_mask = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 67584
  %attention_mask_bias = bitcast i8* %5 to float*
  call void @body_3(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %attention_mask, float* %attention_mask_bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k004_layer_0_attention_query_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 198656
  %layer.0.attention.query = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 289792
  %bert.encoder.layer.0.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.query, float* %bert.encoder.layer.0.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k005_layer_0_attention_key_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 264192
  %layer.0.attention.key = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 306432
  %bert.encoder.layer.0.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.key, float* %bert.encoder.layer.0.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k006_layer_0_attention_value_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 329728
  %layer.0.attention.value = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 323072
  %bert.encoder.layer.0.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.value, float* %bert.encoder.layer.0.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k008_layer_0_attention_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 460800
  %layer.0.attention.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 339712
  %bert.encoder.layer.0.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.output, float* %bert.encoder.layer.0.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k009_layer_0_attention_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 460800
  %layer.0.attention.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 526336
  %layer.0.attention.residual = bitcast i8* %8 to float*
  call void @body_5(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.dropout, float* %layer.0.attention.output, float* %layer.0.attention.residual, i32 3)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k010_layer_0_attention_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 526336
  %layer.0.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 340224
  %bert.encoder.layer.0.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 339968
  %bert.encoder.layer.0.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 460800
  %layer.0.attention.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 72704
  %layer.0.attention.layernorm.stats = bitcast i8* %14 to float*
  call void @body_19(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.residual, float* %bert.encoder.layer.0.attention.output.LayerNorm.bias, float* %bert.encoder.layer.0.attention.output.LayerNorm.weight, float* %layer.0.attention.layernorm, float* %layer.0.attention.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_20(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %18

row:                                              ; preds = %15, %start
  %row1 = phi i64 [ %begin, %start ], [ %16, %15 ]
  %i = urem i64 %row1, 256
  %1 = udiv i64 %row1, 256
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 256
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %13, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  %9 = getelementptr inbounds float, float* %b2, i64 %6
  store float %biased, float* %9, align 4, !tbaa !3
  %10 = fdiv float %biased, 0x3FF6A09E60000000
  %erf = call float @bertc.erff(float %10)
  %11 = fmul float 5.000000e-01, %biased
  %12 = fadd float 1.000000e+00, %erf
  %gelu = fmul float %11, %12
  store float %gelu, float* %7, align 4, !tbaa !3
  %13 = add nsw i64 %col4, 1
  %14 = icmp slt i64 %13, 256
  br i1 %14, label %col, label %15, !llvm.loop !45

15:                                               ; preds = %col
  %16 = add nsw i64 %row1, 1
  %17 = icmp slt i64 %16, %end
  br i1 %17, label %row, label %18

18:                                               ; preds = %15, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k011_layer_0_ffn_intermediate_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 854016
  %layer.0.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 406016
  %bert.encoder.layer.0.intermediate.dense.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 591872
  %layer.0.ffn.intermediate = bitcast i8* %8 to float*
  call void @body_20(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.gelu, float* %bert.encoder.layer.0.intermediate.dense.bias, float* %layer.0.ffn.intermediate)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k012_layer_0_ffn_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1116160
  %layer.0.ffn.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 472576
  %bert.encoder.layer.0.output.dense.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.output, float* %bert.encoder.layer.0.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k013_layer_0_ffn_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 460800
  %layer.0.attention.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1116160
  %layer.0.ffn.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1181696
  %layer.0.ffn.residual = bitcast i8* %8 to float*
  call void @body_5(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.layernorm, float* %layer.0.ffn.output, float* %layer.0.ffn.residual, i32 4)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k014_layer_0_ffn_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1181696
  %layer.0.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 473088
  %bert.encoder.layer.0.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 472832
  %bert.encoder.layer.0.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 1116160
  %layer.0.ffn.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 74752
  %layer.0.ffn.layernorm.stats = bitcast i8* %14 to float*
  call void @body_19(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.residual, float* %bert.encoder.layer.0.output.LayerNorm.bias, float* %bert.encoder.layer.0.output.LayerNorm.weight, float* %layer.0.ffn.layernorm, float* %layer.0.ffn.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k015_layer_1_attention_query_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1247232
  %layer.1.attention.query = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 489728
  %bert.encoder.layer.1.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.query, float* %bert.encoder.layer.1.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k016_layer_1_attention_key_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1312768
  %layer.1.attention.key = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 506368
  %bert.encoder.layer.1.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.key, float* %bert.encoder.layer.1.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k017_layer_1_attention_value_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1378304
  %layer.1.attention.value = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 523008
  %bert.encoder.layer.1.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.value, float* %bert.encoder.layer.1.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k019_layer_1_attention_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1509376
  %layer.1.attention.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 539648
  %bert.encoder.layer.1.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.output, float* %bert.encoder.layer.1.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k020_layer_1_attention_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1116160
  %layer.0.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1509376
  %layer.1.attention.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1574912
  %layer.1.attention.residual = bitcast i8* %8 to float*
  call void @body_5(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.layernorm, float* %layer.1.attention.output, float* %layer.1.attention.residual, i32 6)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k021_layer_1_attention_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1574912
  %layer.1.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 540160
  %bert.encoder.layer.1.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 539904
  %bert.encoder.layer.1.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 1509376
  %layer.1.attention.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 80896
  %layer.1.attention.layernorm.stats = bitcast i8* %14 to float*
  call void @body_19(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.residual, float* %bert.encoder.layer.1.attention.output.LayerNorm.bias, float* %bert.encoder.layer.1.attention.output.LayerNorm.weight, float* %layer.1.attention.layernorm, float* %layer.1.attention.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k022_layer_1_ffn_intermediate_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1902592
  %layer.1.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 605952
  %bert.encoder.layer.1.intermediate.dense.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1640448
  %layer.1.ffn.intermediate = bitcast i8* %8 to float*
  call void @body_20(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.gelu, float* %bert.encoder.layer.1.intermediate.dense.bias, float* %layer.1.ffn.intermediate)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k023_layer_1_ffn_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2164736
  %layer.1.ffn.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 672512
  %bert.encoder.layer.1.output.dense.bias = bitcast i8* %5 to float*
  call void @body_97(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.output, float* %bert.encoder.layer.1.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k024_layer_1_ffn_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1509376
  %layer.1.attention.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2164736
  %layer.1.ffn.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2230272
  %layer.1.ffn.residual = bitcast i8* %8 to float*
  call void @body_5(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.layernorm, float* %layer.1.ffn.output, float* %layer.1.ffn.residual, i32 7)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k025_layer_1_ffn_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2230272
  %layer.1.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 673024
  %bert.encoder.layer.1.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 672768
  %bert.encoder.layer.1.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 2164736
  %layer.1.ffn.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 82944
  %layer.1.ffn.layernorm.stats = bitcast i8* %14 to float*
  call void @body_19(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.residual, float* %bert.encoder.layer.1.output.LayerNorm.bias, float* %bert.encoder.layer.1.output.LayerNorm.weight, float* %layer.1.ffn.layernorm, float* %layer.1.ffn.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k026_head_masked_rows(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2164736
  %layer.1.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6144
  %masked_positions = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 84992
  %head.masked_rows = bitcast i8* %8 to float*
  call void @body_7(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm, i32* %masked_positions, float* %head.masked_rows)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_21(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %18

row:                                              ; preds = %15, %start
  %row1 = phi i64 [ %begin, %start ], [ %16, %15 ]
  %i = urem i64 %row1, 73
  %1 = udiv i64 %row1, 73
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 64
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %13, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  %9 = getelementptr inbounds float, float* %b2, i64 %6
  store float %biased, float* %9, align 4, !tbaa !3
  %10 = fdiv float %biased, 0x3FF6A09E60000000
  %erf = call float @bertc.erff(float %10)
  %11 = fmul float 5.000000e-01, %biased
  %12 = fadd float 1.000000e+00, %erf
  %gelu = fmul float %11, %12
  store float %gelu, float* %7, align 4, !tbaa !3
  %13 = add nsw i64 %col4, 1
  %14 = icmp slt i64 %13, 64
  br i1 %14, label %col, label %15, !llvm.loop !46

15:                                               ; preds = %col
  %16 = add nsw i64 %row1, 1
  %17 = icmp slt i64 %16, %end
  br i1 %17, label %row, label %18

18:                                               ; preds = %15, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k027_head_transform_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2295808
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 689664
  %cls.predictions.transform.dense.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 103680
  %head.transform.dense = bitcast i8* %8 to float*
  call void @body_21(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %cls.predictions.transform.dense.bias, float* %head.transform.dense)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_22(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %32

row:                                              ; preds = %29, %start
  %row1 = phi i64 [ %begin, %start ], [ %30, %29 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 64
  br i1 %5, label %reduce, label %6, !llvm.loop !47

6:                                                ; preds = %reduce
  %mul = fmul float %sum.next, 1.562500e-02
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum5 = phi float [ 0.000000e+00, %6 ], [ %sum.next8, %reduce3 ]
  %7 = mul nsw i64 %row1, 64
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x6 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x6, %mul
  %mul7 = fmul float %sub, %sub
  %sum.next8 = fadd float %sum5, %mul7
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %reduce3, label %12, !llvm.loop !48

12:                                               ; preds = %reduce3
  %mul9 = fmul float %sum.next8, 1.562500e-02
  %add = fadd float %mul9, 0x3D71979980000000
  %13 = call float @llvm.sqrt.f32(float %add)
  %rsqrt = fdiv float 1.000000e+00, %13
  br label %map

map:                                              ; preds = %map, %12
  %map10 = phi i64 [ 0, %12 ], [ %27, %map ]
  %14 = mul nsw i64 %row1, 64
  %15 = add nsw i64 %14, %map10
  %16 = getelementptr inbounds float, float* %b0, i64 %15
  %x11 = load float, float* %16, align 4, !tbaa !3
  %sub12 = fsub float %x11, %mul
  %mul13 = fmul float %sub12, %rsqrt
  %17 = getelementptr inbounds float, float* %b2, i64 %map10
  %x14 = load float, float* %17, align 4, !tbaa !3
  %mul15 = fmul float %mul13, %x14
  %18 = getelementptr inbounds float, float* %b1, i64 %map10
  %x16 = load float, float* %18, align 4, !tbaa !3
  %add17 = fadd float %mul15, %x16
  %19 = mul nsw i64 %row1, 64
  %20 = add nsw i64 %19, %map10
  %21 = getelementptr inbounds float, float* %b3, i64 %20
  store float %add17, float* %21, align 4, !tbaa !3
  %22 = mul nsw i64 %row1, 2
  %23 = getelementptr inbounds float, float* %b4, i64 %22
  store float %mul, float* %23, align 4, !tbaa !3
  %24 = mul nsw i64 %row1, 2
  %25 = add nsw i64 %24, 1
  %26 = getelementptr inbounds float, float* %b4, i64 %25
  store float %rsqrt, float* %26, align 4, !tbaa !3
  %27 = add nsw i64 %map10, 1
  %28 = icmp slt i64 %27, 64
  br i1 %28, label %map, label %29, !llvm.loop !49

29:                                               ; preds = %map
  %30 = add nsw i64 %row1, 1
  %31 = icmp slt i64 %30, %end
  br i1 %31, label %row, label %32

32:                                               ; preds = %29, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k028_head_transform_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2295808
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690176
  %cls.predictions.transform.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 689920
  %cls.predictions.transform.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 2314496
  %head.transform.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 122368
  %head.transform.layernorm.stats = bitcast i8* %14 to float*
  call void @body_22(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %cls.predictions.transform.LayerNorm.bias, float* %cls.predictions.transform.LayerNorm.weight, float* %head.transform.layernorm, float* %head.transform.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k029_head_decoder_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690432
  %cls.predictions.bias = bitcast i8* %5 to float*
  call void @body_98(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, float* %cls.predictions.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k030_loss_valid_count(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 6656
  %masked_labels = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 123008
  %loss.valid_count = bitcast i8* %5 to float*
  call void @body_10(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %masked_labels, float* %loss.valid_count)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k031_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6656
  %masked_labels = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 123072
  %loss.per_row = bitcast i8* %8 to float*
  call void @body_11(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, i32* %masked_labels, float* %loss.per_row)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k032_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 123072
  %loss.per_row = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 123008
  %loss.valid_count = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 123392
  %loss = bitcast i8* %8 to float*
  call void @body_12(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss.per_row, float* %loss.valid_count, float* %loss)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k033_pooler_first_token(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2164736
  %layer.1.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 123456
  %pooler.first_token = bitcast i8* %5 to float*
  call void @body_13(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm, float* %pooler.first_token)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k034_pooler_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 125504
  %pooler.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 710848
  %bert.pooler.dense.bias = bitcast i8* %5 to float*
  call void @body_99(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.dense, float* %bert.pooler.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k035_pooler_tanh(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 125504
  %pooler.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 127552
  %pooler.tanh = bitcast i8* %5 to float*
  call void @body_14(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.dense, float* %pooler.tanh)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k036_head_seq_relationship_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 711616
  %cls.seq_relationship.bias = bitcast i8* %5 to float*
  call void @body_100(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, float* %cls.seq_relationship.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k037_loss_valid_count(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7168
  %next_sentence_label = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 123072
  %loss.valid_count = bitcast i8* %5 to float*
  call void @body_15(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %next_sentence_label, float* %loss.valid_count)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k038_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 7168
  %next_sentence_label = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 123136
  %loss.per_row = bitcast i8* %8 to float*
  call void @body_16(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, i32* %next_sentence_label, float* %loss.per_row)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k039_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 123136
  %loss.per_row = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 123072
  %loss.valid_count = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 123200
  %loss = bitcast i8* %8 to float*
  call void @body_17(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss.per_row, float* %loss.valid_count, float* %loss)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k040_loss_total(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 123200
  %loss = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 123392
  %loss1 = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 511296
  %loss.total = bitcast i8* %8 to float*
  call void @body_18(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss, float* %loss1, float* %loss.total)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_23(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, i32* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %41

row:                                              ; preds = %38, %start
  %row1 = phi i64 [ %begin, %start ], [ %39, %38 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %max = phi float [ 0xFFF0000000000000, %row ], [ %max.next, %reduce ]
  %1 = mul nsw i64 %row1, 2
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %max.next = call float @llvm.maxnum.f32(float %max, float %x)
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 2
  br i1 %5, label %reduce, label %6, !llvm.loop !50

6:                                                ; preds = %reduce
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum = phi float [ 0.000000e+00, %6 ], [ %sum.next, %reduce3 ]
  %7 = mul nsw i64 %row1, 2
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x5 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x5, %max.next
  %exp = call float @bertc.expf(float %sub)
  %sum.next = fadd float %sum, %exp
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 2
  br i1 %11, label %reduce3, label %12, !llvm.loop !51

12:                                               ; preds = %reduce3
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %12
  %reduce7 = phi i64 [ 0, %12 ], [ %20, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %12 ], [ %sum.next10, %reduce6 ]
  %col.f = sitofp i64 %reduce7 to float
  %13 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id = load i32, i32* %13, align 4, !tbaa !0
  %14 = sitofp i32 %id to float
  %15 = fcmp oeq float %col.f, %14
  %eq = select i1 %15, float 1.000000e+00, float 0.000000e+00
  %16 = mul nsw i64 %row1, 2
  %17 = add nsw i64 %16, %reduce7
  %18 = getelementptr inbounds float, float* %b0, i64 %17
  %x9 = load float, float* %18, align 4, !tbaa !3
  %19 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %19, float %x9, float 0.000000e+00
  %sum.next10 = fadd float %sum8, %select
  %20 = add nsw i64 %reduce7, 1
  %21 = icmp slt i64 %20, 2
  br i1 %21, label %reduce6, label %22, !llvm.loop !52

22:                                               ; preds = %reduce6
  %23 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id11 = load i32, i32* %23, align 4, !tbaa !0
  %24 = sitofp i32 %id11 to float
  %25 = fcmp oeq float %24, -1.000000e+02
  %eq12 = select i1 %25, float 1.000000e+00, float 0.000000e+00
  %sub13 = fsub float 1.000000e+00, %eq12
  %mul = fmul float 1.000000e+00, %sub13
  %26 = getelementptr inbounds float, float* %b2, i64 0
  %x14 = load float, float* %26, align 4, !tbaa !3
  %div = fdiv float %mul, %x14
  br label %map

map:                                              ; preds = %map, %22
  %map15 = phi i64 [ 0, %22 ], [ %36, %map ]
  %27 = mul nsw i64 %row1, 2
  %28 = add nsw i64 %27, %map15
  %29 = getelementptr inbounds float, float* %b0, i64 %28
  %x16 = load float, float* %29, align 4, !tbaa !3
  %sub17 = fsub float %x16, %max.next
  %exp18 = call float @bertc.expf(float %sub17)
  %div19 = fdiv float %exp18, %sum.next
  %col.f20 = sitofp i64 %map15 to float
  %30 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id21 = load i32, i32* %30, align 4, !tbaa !0
  %31 = sitofp i32 %id21 to float
  %32 = fcmp oeq float %col.f20, %31
  %eq22 = select i1 %32, float 1.000000e+00, float 0.000000e+00
  %sub23 = fsub float %div19, %eq22
  %mul24 = fmul float %sub23, %div
  %33 = mul nsw i64 %row1, 2
  %34 = add nsw i64 %33, %map15
  %35 = getelementptr inbounds float, float* %b3, i64 %34
  store float %mul24, float* %35, align 4, !tbaa !3
  %36 = add nsw i64 %map15, 1
  %37 = icmp slt i64 %36, 2
  br i1 %37, label %map, label %38, !llvm.loop !53

38:                                               ; preds = %map
  %39 = add nsw i64 %row1, 1
  %40 = icmp slt i64 %39, %end
  br i1 %40, label %row, label %41

41:                                               ; preds = %38, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k041_grad_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 7168
  %next_sentence_label = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 123072
  %loss.valid_count = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 123136
  %grad.loss = bitcast i8* %11 to float*
  call void @body_23(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, i32* %next_sentence_label, float* %loss.valid_count, float* %grad.loss)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_24(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !54

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %12, %4
  %row2 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %12

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %10, %sum ]
  %6 = mul nsw i64 %row2, 2
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b0, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %9, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %sum3, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %sum, label %12, !llvm.loop !55

12:                                               ; preds = %sum, %row
  %13 = add nsw i64 %row2, 1
  %14 = icmp slt i64 %13, 8
  br i1 %14, label %row, label %15

15:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k042_grad_head_seq_relationship_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 123136
  %grad.loss = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 711616
  %cls.seq_relationship.bias = bitcast i8* %5 to float*
  call void @body_24(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.loss, float* %cls.seq_relationship.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_25(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %15

row:                                              ; preds = %12, %start
  %row1 = phi i64 [ %begin, %start ], [ %13, %12 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %10, %map ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds float, float* %b1, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %4 = mul nsw i64 %row1, 64
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b0, i64 %5
  %x3 = load float, float* %6, align 4, !tbaa !3
  %mul = fmul float %x3, %x3
  %sub = fsub float 1.000000e+00, %mul
  %mul4 = fmul float %x, %sub
  %7 = mul nsw i64 %row1, 64
  %8 = add nsw i64 %7, %map2
  %9 = getelementptr inbounds float, float* %b2, i64 %8
  store float %mul4, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %map2, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %map, label %12, !llvm.loop !56

12:                                               ; preds = %map
  %13 = add nsw i64 %row1, 1
  %14 = icmp slt i64 %13, %end
  br i1 %14, label %row, label %15

15:                                               ; preds = %12, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k045_grad_pooler_tanh(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 127552
  %pooler.tanh = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 125504
  %grad.head.seq_relationship.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 129600
  %grad.pooler.tanh = bitcast i8* %8 to float*
  call void @body_25(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.tanh, float* %grad.head.seq_relationship.matmul.a, float* %grad.pooler.tanh)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_26(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !57

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %12, %4
  %row2 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %12

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %10, %sum ]
  %6 = mul nsw i64 %row2, 64
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b0, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %9, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %sum3, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %sum, label %12, !llvm.loop !58

12:                                               ; preds = %sum, %row
  %13 = add nsw i64 %row2, 1
  %14 = icmp slt i64 %13, 8
  br i1 %14, label %row, label %15

15:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k046_grad_pooler_dense_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 129600
  %grad.pooler.tanh = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 710848
  %bert.pooler.dense.bias = bitcast i8* %5 to float*
  call void @body_26(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.pooler.tanh, float* %bert.pooler.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_27(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, i32* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %41

row:                                              ; preds = %38, %start
  %row1 = phi i64 [ %begin, %start ], [ %39, %38 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %max = phi float [ 0xFFF0000000000000, %row ], [ %max.next, %reduce ]
  %1 = mul nsw i64 %row1, 1000
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %max.next = call float @llvm.maxnum.f32(float %max, float %x)
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 1000
  br i1 %5, label %reduce, label %6, !llvm.loop !59

6:                                                ; preds = %reduce
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum = phi float [ 0.000000e+00, %6 ], [ %sum.next, %reduce3 ]
  %7 = mul nsw i64 %row1, 1000
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x5 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x5, %max.next
  %exp = call float @bertc.expf(float %sub)
  %sum.next = fadd float %sum, %exp
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 1000
  br i1 %11, label %reduce3, label %12, !llvm.loop !60

12:                                               ; preds = %reduce3
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %12
  %reduce7 = phi i64 [ 0, %12 ], [ %20, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %12 ], [ %sum.next10, %reduce6 ]
  %col.f = sitofp i64 %reduce7 to float
  %13 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id = load i32, i32* %13, align 4, !tbaa !0
  %14 = sitofp i32 %id to float
  %15 = fcmp oeq float %col.f, %14
  %eq = select i1 %15, float 1.000000e+00, float 0.000000e+00
  %16 = mul nsw i64 %row1, 1000
  %17 = add nsw i64 %16, %reduce7
  %18 = getelementptr inbounds float, float* %b0, i64 %17
  %x9 = load float, float* %18, align 4, !tbaa !3
  %19 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %19, float %x9, float 0.000000e+00
  %sum.next10 = fadd float %sum8, %select
  %20 = add nsw i64 %reduce7, 1
  %21 = icmp slt i64 %20, 1000
  br i1 %21, label %reduce6, label %22, !llvm.loop !61

22:                                               ; preds = %reduce6
  %23 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id11 = load i32, i32* %23, align 4, !tbaa !0
  %24 = sitofp i32 %id11 to float
  %25 = fcmp oeq float %24, -1.000000e+02
  %eq12 = select i1 %25, float 1.000000e+00, float 0.000000e+00
  %sub13 = fsub float 1.000000e+00, %eq12
  %mul = fmul float 1.000000e+00, %sub13
  %26 = getelementptr inbounds float, float* %b2, i64 0
  %x14 = load float, float* %26, align 4, !tbaa !3
  %div = fdiv float %mul, %x14
  br label %map

map:                                              ; preds = %map, %22
  %map15 = phi i64 [ 0, %22 ], [ %36, %map ]
  %27 = mul nsw i64 %row1, 1000
  %28 = add nsw i64 %27, %map15
  %29 = getelementptr inbounds float, float* %b0, i64 %28
  %x16 = load float, float* %29, align 4, !tbaa !3
  %sub17 = fsub float %x16, %max.next
  %exp18 = call float @bertc.expf(float %sub17)
  %div19 = fdiv float %exp18, %sum.next
  %col.f20 = sitofp i64 %map15 to float
  %30 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id21 = load i32, i32* %30, align 4, !tbaa !0
  %31 = sitofp i32 %id21 to float
  %32 = fcmp oeq float %col.f20, %31
  %eq22 = select i1 %32, float 1.000000e+00, float 0.000000e+00
  %sub23 = fsub float %div19, %eq22
  %mul24 = fmul float %sub23, %div
  %33 = mul nsw i64 %row1, 1000
  %34 = add nsw i64 %33, %map15
  %35 = getelementptr inbounds float, float* %b3, i64 %34
  store float %mul24, float* %35, align 4, !tbaa !3
  %36 = add nsw i64 %map15, 1
  %37 = icmp slt i64 %36, 1000
  br i1 %37, label %map, label %38, !llvm.loop !62

38:                                               ; preds = %map
  %39 = add nsw i64 %row1, 1
  %40 = icmp slt i64 %39, %end
  br i1 %40, label %row, label %41

41:                                               ; preds = %38, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k049_grad_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6656
  %masked_labels = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 123008
  %loss.valid_count = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 2333184
  %grad.loss = bitcast i8* %11 to float*
  call void @body_27(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, i32* %masked_labels, float* %loss.valid_count, float* %grad.loss)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_28(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !63

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %12, %4
  %row2 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %12

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %10, %sum ]
  %6 = mul nsw i64 %row2, 1000
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b0, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %9, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %sum3, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %sum, label %12, !llvm.loop !64

12:                                               ; preds = %sum, %row
  %13 = add nsw i64 %row2, 1
  %14 = icmp slt i64 %13, 73
  br i1 %14, label %row, label %15

15:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k050_grad_head_decoder_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2333184
  %grad.loss = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690432
  %cls.predictions.bias = bitcast i8* %5 to float*
  call void @body_28(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.loss, float* %cls.predictions.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_29(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %38

row:                                              ; preds = %35, %start
  %row1 = phi i64 [ %begin, %start ], [ %36, %35 ]
  %1 = mul nsw i64 %row1, 2
  %2 = getelementptr inbounds float, float* %b0, i64 %1
  %x = load float, float* %2, align 4, !tbaa !3
  %3 = mul nsw i64 %row1, 2
  %4 = add nsw i64 %3, 1
  %5 = getelementptr inbounds float, float* %b0, i64 %4
  %x2 = load float, float* %5, align 4, !tbaa !3
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce3 = phi i64 [ 0, %row ], [ %10, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %6 = mul nsw i64 %row1, 64
  %7 = add nsw i64 %6, %reduce3
  %8 = getelementptr inbounds float, float* %b3, i64 %7
  %x4 = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b2, i64 %reduce3
  %x5 = load float, float* %9, align 4, !tbaa !3
  %mul = fmul float %x4, %x5
  %sum.next = fadd float %sum, %mul
  %10 = add nsw i64 %reduce3, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %reduce, label %12, !llvm.loop !65

12:                                               ; preds = %reduce
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %12
  %reduce7 = phi i64 [ 0, %12 ], [ %20, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %12 ], [ %sum.next15, %reduce6 ]
  %13 = mul nsw i64 %row1, 64
  %14 = add nsw i64 %13, %reduce7
  %15 = getelementptr inbounds float, float* %b3, i64 %14
  %x9 = load float, float* %15, align 4, !tbaa !3
  %16 = getelementptr inbounds float, float* %b2, i64 %reduce7
  %x10 = load float, float* %16, align 4, !tbaa !3
  %mul11 = fmul float %x9, %x10
  %17 = mul nsw i64 %row1, 64
  %18 = add nsw i64 %17, %reduce7
  %19 = getelementptr inbounds float, float* %b1, i64 %18
  %x12 = load float, float* %19, align 4, !tbaa !3
  %sub = fsub float %x12, %x
  %mul13 = fmul float %sub, %x2
  %mul14 = fmul float %mul11, %mul13
  %sum.next15 = fadd float %sum8, %mul14
  %20 = add nsw i64 %reduce7, 1
  %21 = icmp slt i64 %20, 64
  br i1 %21, label %reduce6, label %22, !llvm.loop !66

22:                                               ; preds = %reduce6
  br label %map

map:                                              ; preds = %map, %22
  %map16 = phi i64 [ 0, %22 ], [ %33, %map ]
  %23 = mul nsw i64 %row1, 64
  %24 = add nsw i64 %23, %map16
  %25 = getelementptr inbounds float, float* %b3, i64 %24
  %x17 = load float, float* %25, align 4, !tbaa !3
  %26 = getelementptr inbounds float, float* %b2, i64 %map16
  %x18 = load float, float* %26, align 4, !tbaa !3
  %mul19 = fmul float %x17, %x18
  %mul20 = fmul float %sum.next, 1.562500e-02
  %sub21 = fsub float %mul19, %mul20
  %27 = mul nsw i64 %row1, 64
  %28 = add nsw i64 %27, %map16
  %29 = getelementptr inbounds float, float* %b1, i64 %28
  %x22 = load float, float* %29, align 4, !tbaa !3
  %sub23 = fsub float %x22, %x
  %mul24 = fmul float %sub23, %x2
  %mul25 = fmul float %sum.next15, 1.562500e-02
  %mul26 = fmul float %mul24, %mul25
  %sub27 = fsub float %sub21, %mul26
  %mul28 = fmul float %x2, %sub27
  %30 = mul nsw i64 %row1, 64
  %31 = add nsw i64 %30, %map16
  %32 = getelementptr inbounds float, float* %b4, i64 %31
  store float %mul28, float* %32, align 4, !tbaa !3
  %33 = add nsw i64 %map16, 1
  %34 = icmp slt i64 %33, 64
  br i1 %34, label %map, label %35, !llvm.loop !67

35:                                               ; preds = %map
  %36 = add nsw i64 %row1, 1
  %37 = icmp slt i64 %36, %end
  br i1 %37, label %row, label %38

38:                                               ; preds = %35, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k053_grad_head_transform_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 122368
  %head.transform.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2295808
  %head.transform.gelu = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 689920
  %cls.predictions.transform.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 2164736
  %grad.head.decoder.matmul.a = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2183424
  %grad.head.transform.layernorm.x = bitcast i8* %14 to float*
  call void @body_29(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.layernorm.stats, float* %head.transform.gelu, float* %cls.predictions.transform.LayerNorm.weight, float* %grad.head.decoder.matmul.a, float* %grad.head.transform.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_30(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b3, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !68

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %20, %4
  %row2 = phi i64 [ 0, %4 ], [ %21, %20 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %20

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %18, %sum ]
  %6 = mul nsw i64 %row2, 64
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b2, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = mul nsw i64 %row2, 64
  %10 = add nsw i64 %9, %sum3
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x4 = load float, float* %11, align 4, !tbaa !3
  %12 = mul nsw i64 %row2, 2
  %13 = getelementptr inbounds float, float* %b1, i64 %12
  %x5 = load float, float* %13, align 4, !tbaa !3
  %sub = fsub float %x4, %x5
  %14 = mul nsw i64 %row2, 2
  %15 = add nsw i64 %14, 1
  %16 = getelementptr inbounds float, float* %b1, i64 %15
  %x6 = load float, float* %16, align 4, !tbaa !3
  %mul = fmul float %sub, %x6
  %mul7 = fmul float %x, %mul
  %17 = getelementptr inbounds float, float* %b3, i64 %sum3
  %dst = load float, float* %17, align 4, !tbaa !3
  %acc = fadd float %dst, %mul7
  store float %acc, float* %17, align 4, !tbaa !3
  %18 = add nsw i64 %sum3, 1
  %19 = icmp slt i64 %18, %end
  br i1 %19, label %sum, label %20, !llvm.loop !69

20:                                               ; preds = %sum, %row
  %21 = add nsw i64 %row2, 1
  %22 = icmp slt i64 %21, 73
  br i1 %22, label %row, label %23

23:                                               ; preds = %20
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k054_grad_head_transform_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2295808
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 122368
  %head.transform.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2164736
  %grad.head.decoder.matmul.a = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 689920
  %cls.predictions.transform.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_30(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %head.transform.layernorm.stats, float* %grad.head.decoder.matmul.a, float* %cls.predictions.transform.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_31(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !70

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %12, %4
  %row2 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %12

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %10, %sum ]
  %6 = mul nsw i64 %row2, 64
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b0, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %9, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %sum3, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %sum, label %12, !llvm.loop !71

12:                                               ; preds = %sum, %row
  %13 = add nsw i64 %row2, 1
  %14 = icmp slt i64 %13, 73
  br i1 %14, label %row, label %15

15:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k055_grad_head_transform_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2164736
  %grad.head.decoder.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690176
  %cls.predictions.transform.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_31(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.head.decoder.matmul.a, float* %cls.predictions.transform.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_32(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %15

row:                                              ; preds = %12, %start
  %row1 = phi i64 [ %begin, %start ], [ %13, %12 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %10, %map ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds float, float* %b1, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %4 = mul nsw i64 %row1, 64
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b0, i64 %5
  %x3 = load float, float* %6, align 4, !tbaa !3
  %mul = fmul float %x3, 0x3FE6A09E60000000
  %erf = call float @bertc.erff(float %mul)
  %add = fadd float 1.000000e+00, %erf
  %mul4 = fmul float 5.000000e-01, %add
  %mul5 = fmul float %x3, %x3
  %mul6 = fmul float -5.000000e-01, %mul5
  %exp = call float @bertc.expf(float %mul6)
  %mul7 = fmul float 0x3FD9884540000000, %exp
  %mul8 = fmul float %x3, %mul7
  %add9 = fadd float %mul4, %mul8
  %mul10 = fmul float %x, %add9
  %7 = mul nsw i64 %row1, 64
  %8 = add nsw i64 %7, %map2
  %9 = getelementptr inbounds float, float* %b2, i64 %8
  store float %mul10, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %map2, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %map, label %12, !llvm.loop !72

12:                                               ; preds = %map
  %13 = add nsw i64 %row1, 1
  %14 = icmp slt i64 %13, %end
  br i1 %14, label %row, label %15

15:                                               ; preds = %12, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k056_grad_head_transform_gelu(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 103680
  %head.transform.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2183424
  %grad.head.transform.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2164736
  %grad.head.transform.gelu = bitcast i8* %8 to float*
  call void @body_32(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.dense, float* %grad.head.transform.layernorm.x, float* %grad.head.transform.gelu)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k057_grad_head_transform_dense_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2164736
  %grad.head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 689664
  %cls.predictions.transform.dense.bias = bitcast i8* %5 to float*
  call void @body_31(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.head.transform.gelu, float* %cls.predictions.transform.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_33(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  br label %zero.row

zero.row:                                         ; preds = %6, %start
  %zero.row1 = phi i64 [ 0, %start ], [ %7, %6 ]
  %0 = mul nsw i64 %zero.row1, 64
  %1 = icmp slt i64 %begin, %end
  br i1 %1, label %zero, label %6

zero:                                             ; preds = %zero, %zero.row
  %zero2 = phi i64 [ %begin, %zero.row ], [ %4, %zero ]
  %2 = add nsw i64 %0, %zero2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  store float 0.000000e+00, float* %3, align 4, !tbaa !3
  %4 = add nsw i64 %zero2, 1
  %5 = icmp slt i64 %4, %end
  br i1 %5, label %zero, label %6, !llvm.loop !73

6:                                                ; preds = %zero, %zero.row
  %7 = add nsw i64 %zero.row1, 1
  %8 = icmp slt i64 %7, 256
  br i1 %8, label %zero.row, label %9

9:                                                ; preds = %6
  br label %row

row:                                              ; preds = %23, %9
  %row3 = phi i64 [ 0, %9 ], [ %24, %23 ]
  %10 = getelementptr inbounds i32, i32* %b2, i64 %row3
  %id = load i32, i32* %10, align 4, !tbaa !0
  %11 = sext i32 %id to i64
  %12 = icmp ult i64 %11, 256
  br i1 %12, label %add, label %23

add:                                              ; preds = %row
  %13 = mul nsw i64 %11, 64
  %14 = mul nsw i64 %row3, 64
  %15 = icmp slt i64 %begin, %end
  br i1 %15, label %col, label %22

col:                                              ; preds = %col, %add
  %col4 = phi i64 [ %begin, %add ], [ %20, %col ]
  %16 = add nsw i64 %13, %col4
  %17 = add nsw i64 %14, %col4
  %18 = getelementptr inbounds float, float* %b0, i64 %16
  %19 = getelementptr inbounds float, float* %b1, i64 %17
  %src = load float, float* %19, align 4, !tbaa !3
  %dst = load float, float* %18, align 4, !tbaa !3
  %acc = fadd float %dst, %src
  store float %acc, float* %18, align 4, !tbaa !3
  %20 = add nsw i64 %col4, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %col, label %22, !llvm.loop !74

22:                                               ; preds = %col, %add
  br label %23

23:                                               ; preds = %22, %row
  %24 = add nsw i64 %row3, 1
  %25 = icmp slt i64 %24, 73
  br i1 %25, label %row, label %26

26:                                               ; preds = %23
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k060_grad_head_masked_rows(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2164736
  %grad.head.masked_rows = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 103680
  %grad.head.transform.dense.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 6144
  %masked_positions = bitcast i8* %8 to i32*
  call void @body_33(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.head.masked_rows, float* %grad.head.transform.dense.matmul.a, i32* %masked_positions)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_34(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %22

row:                                              ; preds = %19, %start
  %row1 = phi i64 [ %begin, %start ], [ %20, %19 ]
  %r1 = urem i64 %row1, 32
  %1 = udiv i64 %row1, 32
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %17, %map ]
  %coord.f = sitofp i64 %r1 to float
  %mul = fmul float 1.000000e+00, %coord.f
  %add = fadd float 0.000000e+00, %mul
  %2 = fcmp oeq float %add, 0.000000e+00
  %eq = select i1 %2, float 1.000000e+00, float 0.000000e+00
  %3 = mul nsw i64 %1, 64
  %4 = add nsw i64 %3, %map2
  %5 = getelementptr inbounds float, float* %b1, i64 %4
  %x = load float, float* %5, align 4, !tbaa !3
  %6 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %6, float %x, float 0.000000e+00
  %7 = mul nsw i64 %1, 2048
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x3 = load float, float* %11, align 4, !tbaa !3
  %add4 = fadd float %select, %x3
  %12 = mul nsw i64 %1, 2048
  %13 = mul nsw i64 %r1, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %map2
  %16 = getelementptr inbounds float, float* %b2, i64 %15
  store float %add4, float* %16, align 4, !tbaa !3
  %17 = add nsw i64 %map2, 1
  %18 = icmp slt i64 %17, 64
  br i1 %18, label %map, label %19, !llvm.loop !75

19:                                               ; preds = %map
  %20 = add nsw i64 %row1, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %row, label %22

22:                                               ; preds = %19, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k061_grad_layer_1_ffn_layernorm_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2164736
  %grad.head.masked_rows = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 125504
  %grad.pooler.dense.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2295808
  %grad.layer.1.ffn.layernorm.sum = bitcast i8* %8 to float*
  call void @body_34(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.head.masked_rows, float* %grad.pooler.dense.matmul.a, float* %grad.layer.1.ffn.layernorm.sum)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_35(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %55

row:                                              ; preds = %52, %start
  %row1 = phi i64 [ %begin, %start ], [ %53, %52 ]
  %r1 = urem i64 %row1, 32
  %1 = udiv i64 %row1, 32
  %2 = mul nsw i64 %1, 64
  %3 = mul nsw i64 %r1, 2
  %4 = add nsw i64 %2, %3
  %5 = getelementptr inbounds float, float* %b0, i64 %4
  %x = load float, float* %5, align 4, !tbaa !3
  %6 = mul nsw i64 %1, 64
  %7 = mul nsw i64 %r1, 2
  %8 = add nsw i64 %6, %7
  %9 = add nsw i64 %8, 1
  %10 = getelementptr inbounds float, float* %b0, i64 %9
  %x2 = load float, float* %10, align 4, !tbaa !3
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce3 = phi i64 [ 0, %row ], [ %17, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %11 = mul nsw i64 %1, 2048
  %12 = mul nsw i64 %r1, 64
  %13 = add nsw i64 %11, %12
  %14 = add nsw i64 %13, %reduce3
  %15 = getelementptr inbounds float, float* %b3, i64 %14
  %x4 = load float, float* %15, align 4, !tbaa !3
  %16 = getelementptr inbounds float, float* %b2, i64 %reduce3
  %x5 = load float, float* %16, align 4, !tbaa !3
  %mul = fmul float %x4, %x5
  %sum.next = fadd float %sum, %mul
  %17 = add nsw i64 %reduce3, 1
  %18 = icmp slt i64 %17, 64
  br i1 %18, label %reduce, label %19, !llvm.loop !76

19:                                               ; preds = %reduce
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %19
  %reduce7 = phi i64 [ 0, %19 ], [ %31, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %19 ], [ %sum.next15, %reduce6 ]
  %20 = mul nsw i64 %1, 2048
  %21 = mul nsw i64 %r1, 64
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %reduce7
  %24 = getelementptr inbounds float, float* %b3, i64 %23
  %x9 = load float, float* %24, align 4, !tbaa !3
  %25 = getelementptr inbounds float, float* %b2, i64 %reduce7
  %x10 = load float, float* %25, align 4, !tbaa !3
  %mul11 = fmul float %x9, %x10
  %26 = mul nsw i64 %1, 2048
  %27 = mul nsw i64 %r1, 64
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %reduce7
  %30 = getelementptr inbounds float, float* %b1, i64 %29
  %x12 = load float, float* %30, align 4, !tbaa !3
  %sub = fsub float %x12, %x
  %mul13 = fmul float %sub, %x2
  %mul14 = fmul float %mul11, %mul13
  %sum.next15 = fadd float %sum8, %mul14
  %31 = add nsw i64 %reduce7, 1
  %32 = icmp slt i64 %31, 64
  br i1 %32, label %reduce6, label %33, !llvm.loop !77

33:                                               ; preds = %reduce6
  br label %map

map:                                              ; preds = %map, %33
  %map16 = phi i64 [ 0, %33 ], [ %50, %map ]
  %34 = mul nsw i64 %1, 2048
  %35 = mul nsw i64 %r1, 64
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %map16
  %38 = getelementptr inbounds float, float* %b3, i64 %37
  %x17 = load float, float* %38, align 4, !tbaa !3
  %39 = getelementptr inbounds float, float* %b2, i64 %map16
  %x18 = load float, float* %39, align 4, !tbaa !3
  %mul19 = fmul float %x17, %x18
  %mul20 = fmul float %sum.next, 1.562500e-02
  %sub21 = fsub float %mul19, %mul20
  %40 = mul nsw i64 %1, 2048
  %41 = mul nsw i64 %r1, 64
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %map16
  %44 = getelementptr inbounds float, float* %b1, i64 %43
  %x22 = load float, float* %44, align 4, !tbaa !3
  %sub23 = fsub float %x22, %x
  %mul24 = fmul float %sub23, %x2
  %mul25 = fmul float %sum.next15, 1.562500e-02
  %mul26 = fmul float %mul24, %mul25
  %sub27 = fsub float %sub21, %mul26
  %mul28 = fmul float %x2, %sub27
  %45 = mul nsw i64 %1, 2048
  %46 = mul nsw i64 %r1, 64
  %47 = add nsw i64 %45, %46
  %48 = add nsw i64 %47, %map16
  %49 = getelementptr inbounds float, float* %b4, i64 %48
  store float %mul28, float* %49, align 4, !tbaa !3
  %50 = add nsw i64 %map16, 1
  %51 = icmp slt i64 %50, 64
  br i1 %51, label %map, label %52, !llvm.loop !78

52:                                               ; preds = %map
  %53 = add nsw i64 %row1, 1
  %54 = icmp slt i64 %53, %end
  br i1 %54, label %row, label %55

55:                                               ; preds = %52, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k062_grad_layer_1_ffn_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 82944
  %layer.1.ffn.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2230272
  %layer.1.ffn.residual = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 672768
  %bert.encoder.layer.1.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 2295808
  %grad.layer.1.ffn.layernorm.sum = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2164736
  %grad.layer.1.ffn.layernorm.x = bitcast i8* %14 to float*
  call void @body_35(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm.stats, float* %layer.1.ffn.residual, float* %bert.encoder.layer.1.output.LayerNorm.weight, float* %grad.layer.1.ffn.layernorm.sum, float* %grad.layer.1.ffn.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_36(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b3, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !79

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %29, %4
  %row2 = phi i64 [ 0, %4 ], [ %30, %29 ]
  %r1 = urem i64 %row2, 32
  %5 = udiv i64 %row2, 32
  %6 = icmp slt i64 %begin, %end
  br i1 %6, label %sum, label %29

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %27, %sum ]
  %7 = mul nsw i64 %5, 2048
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %sum3
  %11 = getelementptr inbounds float, float* %b2, i64 %10
  %x = load float, float* %11, align 4, !tbaa !3
  %12 = mul nsw i64 %5, 2048
  %13 = mul nsw i64 %r1, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %sum3
  %16 = getelementptr inbounds float, float* %b0, i64 %15
  %x4 = load float, float* %16, align 4, !tbaa !3
  %17 = mul nsw i64 %5, 64
  %18 = mul nsw i64 %r1, 2
  %19 = add nsw i64 %17, %18
  %20 = getelementptr inbounds float, float* %b1, i64 %19
  %x5 = load float, float* %20, align 4, !tbaa !3
  %sub = fsub float %x4, %x5
  %21 = mul nsw i64 %5, 64
  %22 = mul nsw i64 %r1, 2
  %23 = add nsw i64 %21, %22
  %24 = add nsw i64 %23, 1
  %25 = getelementptr inbounds float, float* %b1, i64 %24
  %x6 = load float, float* %25, align 4, !tbaa !3
  %mul = fmul float %sub, %x6
  %mul7 = fmul float %x, %mul
  %26 = getelementptr inbounds float, float* %b3, i64 %sum3
  %dst = load float, float* %26, align 4, !tbaa !3
  %acc = fadd float %dst, %mul7
  store float %acc, float* %26, align 4, !tbaa !3
  %27 = add nsw i64 %sum3, 1
  %28 = icmp slt i64 %27, %end
  br i1 %28, label %sum, label %29, !llvm.loop !80

29:                                               ; preds = %sum, %row
  %30 = add nsw i64 %row2, 1
  %31 = icmp slt i64 %30, 256
  br i1 %31, label %row, label %32

32:                                               ; preds = %29
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k063_grad_layer_1_ffn_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2230272
  %layer.1.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 82944
  %layer.1.ffn.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2295808
  %grad.layer.1.ffn.layernorm.sum = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 672768
  %bert.encoder.layer.1.output.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_36(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.residual, float* %layer.1.ffn.layernorm.stats, float* %grad.layer.1.ffn.layernorm.sum, float* %bert.encoder.layer.1.output.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !81

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %15, %4
  %row2 = phi i64 [ 0, %4 ], [ %16, %15 ]
  %r1 = urem i64 %row2, 32
  %5 = udiv i64 %row2, 32
  %6 = icmp slt i64 %begin, %end
  br i1 %6, label %sum, label %15

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %13, %sum ]
  %7 = mul nsw i64 %5, 2048
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %sum3
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x = load float, float* %11, align 4, !tbaa !3
  %12 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %12, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %12, align 4, !tbaa !3
  %13 = add nsw i64 %sum3, 1
  %14 = icmp slt i64 %13, %end
  br i1 %14, label %sum, label %15, !llvm.loop !82

15:                                               ; preds = %sum, %row
  %16 = add nsw i64 %row2, 1
  %17 = icmp slt i64 %16, 256
  br i1 %17, label %row, label %18

18:                                               ; preds = %15
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k064_grad_layer_1_ffn_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2295808
  %grad.layer.1.ffn.layernorm.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 673024
  %bert.encoder.layer.1.output.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.layernorm.sum, float* %bert.encoder.layer.1.output.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k065_grad_layer_1_ffn_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2164736
  %grad.layer.1.ffn.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2230272
  %grad.layer.1.ffn.dropout = bitcast i8* %5 to float*
  call void @body_2(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.layernorm.x, float* %grad.layer.1.ffn.dropout, i32 7)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k066_grad_layer_1_ffn_output_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2230272
  %grad.layer.1.ffn.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 672512
  %bert.encoder.layer.1.output.dense.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.dropout, float* %bert.encoder.layer.1.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_38(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %22

row:                                              ; preds = %19, %start
  %row1 = phi i64 [ %begin, %start ], [ %20, %19 ]
  %r1 = urem i64 %row1, 32
  %1 = udiv i64 %row1, 32
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %17, %map ]
  %2 = mul nsw i64 %1, 8192
  %3 = mul nsw i64 %r1, 256
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b1, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %7 = mul nsw i64 %1, 8192
  %8 = mul nsw i64 %r1, 256
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x3 = load float, float* %11, align 4, !tbaa !3
  %mul = fmul float %x3, 0x3FE6A09E60000000
  %erf = call float @bertc.erff(float %mul)
  %add = fadd float 1.000000e+00, %erf
  %mul4 = fmul float 5.000000e-01, %add
  %mul5 = fmul float %x3, %x3
  %mul6 = fmul float -5.000000e-01, %mul5
  %exp = call float @bertc.expf(float %mul6)
  %mul7 = fmul float 0x3FD9884540000000, %exp
  %mul8 = fmul float %x3, %mul7
  %add9 = fadd float %mul4, %mul8
  %mul10 = fmul float %x, %add9
  %12 = mul nsw i64 %1, 8192
  %13 = mul nsw i64 %r1, 256
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %map2
  %16 = getelementptr inbounds float, float* %b2, i64 %15
  store float %mul10, float* %16, align 4, !tbaa !3
  %17 = add nsw i64 %map2, 1
  %18 = icmp slt i64 %17, 256
  br i1 %18, label %map, label %19, !llvm.loop !83

19:                                               ; preds = %map
  %20 = add nsw i64 %row1, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %row, label %22

22:                                               ; preds = %19, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k069_grad_layer_1_ffn_gelu(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1640448
  %layer.1.ffn.intermediate = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2295808
  %grad.layer.1.ffn.output.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1902592
  %grad.layer.1.ffn.gelu = bitcast i8* %8 to float*
  call void @body_38(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.intermediate, float* %grad.layer.1.ffn.output.matmul.a, float* %grad.layer.1.ffn.gelu)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_39(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !84

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %15, %4
  %row2 = phi i64 [ 0, %4 ], [ %16, %15 ]
  %r1 = urem i64 %row2, 32
  %5 = udiv i64 %row2, 32
  %6 = icmp slt i64 %begin, %end
  br i1 %6, label %sum, label %15

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %13, %sum ]
  %7 = mul nsw i64 %5, 8192
  %8 = mul nsw i64 %r1, 256
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %sum3
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x = load float, float* %11, align 4, !tbaa !3
  %12 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %12, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %12, align 4, !tbaa !3
  %13 = add nsw i64 %sum3, 1
  %14 = icmp slt i64 %13, %end
  br i1 %14, label %sum, label %15, !llvm.loop !85

15:                                               ; preds = %sum, %row
  %16 = add nsw i64 %row2, 1
  %17 = icmp slt i64 %16, 256
  br i1 %17, label %row, label %18

18:                                               ; preds = %15
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k070_grad_layer_1_ffn_intermediate_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1902592
  %grad.layer.1.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 605952
  %bert.encoder.layer.1.intermediate.dense.bias = bitcast i8* %5 to float*
  call void @body_39(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.gelu, float* %bert.encoder.layer.1.intermediate.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_40(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %22

row:                                              ; preds = %19, %start
  %row1 = phi i64 [ %begin, %start ], [ %20, %19 ]
  %r1 = urem i64 %row1, 32
  %1 = udiv i64 %row1, 32
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %17, %map ]
  %2 = mul nsw i64 %1, 2048
  %3 = mul nsw i64 %r1, 64
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b1, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %7 = mul nsw i64 %1, 2048
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x3 = load float, float* %11, align 4, !tbaa !3
  %add = fadd float %x, %x3
  %12 = mul nsw i64 %1, 2048
  %13 = mul nsw i64 %r1, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %map2
  %16 = getelementptr inbounds float, float* %b2, i64 %15
  store float %add, float* %16, align 4, !tbaa !3
  %17 = add nsw i64 %map2, 1
  %18 = icmp slt i64 %17, 64
  br i1 %18, label %map, label %19, !llvm.loop !86

19:                                               ; preds = %map
  %20 = add nsw i64 %row1, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %row, label %22

22:                                               ; preds = %19, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k072_grad_layer_1_attention_layernorm_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1640448
  %grad.layer.1.ffn.intermediate.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2164736
  %grad.layer.1.ffn.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1705984
  %grad.layer.1.attention.layernorm.sum = bitcast i8* %8 to float*
  call void @body_40(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.intermediate.matmul.a, float* %grad.layer.1.ffn.layernorm.x, float* %grad.layer.1.attention.layernorm.sum)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k074_grad_layer_1_attention_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 80896
  %layer.1.attention.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1574912
  %layer.1.attention.residual = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 539904
  %bert.encoder.layer.1.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 1705984
  %grad.layer.1.attention.layernorm.sum = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1509376
  %grad.layer.1.attention.layernorm.x = bitcast i8* %14 to float*
  call void @body_35(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.layernorm.stats, float* %layer.1.attention.residual, float* %bert.encoder.layer.1.attention.output.LayerNorm.weight, float* %grad.layer.1.attention.layernorm.sum, float* %grad.layer.1.attention.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k075_grad_layer_1_attention_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1574912
  %layer.1.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 80896
  %layer.1.attention.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1705984
  %grad.layer.1.attention.layernorm.sum = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 539904
  %bert.encoder.layer.1.attention.output.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_36(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.residual, float* %layer.1.attention.layernorm.stats, float* %grad.layer.1.attention.layernorm.sum, float* %bert.encoder.layer.1.attention.output.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k076_grad_layer_1_attention_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1705984
  %grad.layer.1.attention.layernorm.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 540160
  %bert.encoder.layer.1.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.layernorm.sum, float* %bert.encoder.layer.1.attention.output.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k077_grad_layer_1_attention_output_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1509376
  %grad.layer.1.attention.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1574912
  %grad.layer.1.attention.output_dropout = bitcast i8* %5 to float*
  call void @body_2(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.layernorm.x, float* %grad.layer.1.attention.output_dropout, i32 6)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k078_grad_layer_1_attention_output_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1574912
  %grad.layer.1.attention.output_dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 539648
  %bert.encoder.layer.1.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.output_dropout, float* %bert.encoder.layer.1.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_41(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %30

row:                                              ; preds = %27, %start
  %row1 = phi i64 [ %begin, %start ], [ %28, %27 ]
  %r2 = urem i64 %row1, 32
  %1 = udiv i64 %row1, 32
  %r1 = urem i64 %1, 4
  %2 = udiv i64 %1, 4
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %17, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %3 = mul nsw i64 %2, 2048
  %4 = mul nsw i64 %r1, 16
  %5 = add nsw i64 %3, %4
  %6 = mul nsw i64 %r2, 64
  %7 = add nsw i64 %5, %6
  %8 = add nsw i64 %7, %reduce2
  %9 = getelementptr inbounds float, float* %b1, i64 %8
  %x = load float, float* %9, align 4, !tbaa !3
  %10 = mul nsw i64 %2, 2048
  %11 = mul nsw i64 %r1, 16
  %12 = add nsw i64 %10, %11
  %13 = mul nsw i64 %r2, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %reduce2
  %16 = getelementptr inbounds float, float* %b0, i64 %15
  %x3 = load float, float* %16, align 4, !tbaa !3
  %mul = fmul float %x, %x3
  %sum.next = fadd float %sum, %mul
  %17 = add nsw i64 %reduce2, 1
  %18 = icmp slt i64 %17, 16
  br i1 %18, label %reduce, label %19, !llvm.loop !87

19:                                               ; preds = %reduce
  br label %map

map:                                              ; preds = %map, %19
  %map4 = phi i64 [ 0, %19 ], [ %25, %map ]
  %20 = mul nsw i64 %2, 128
  %21 = mul nsw i64 %r1, 32
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %r2
  %24 = getelementptr inbounds float, float* %b2, i64 %23
  store float %sum.next, float* %24, align 4, !tbaa !3
  %25 = add nsw i64 %map4, 1
  %26 = icmp slt i64 %25, 16
  br i1 %26, label %map, label %27, !llvm.loop !88

27:                                               ; preds = %map
  %28 = add nsw i64 %row1, 1
  %29 = icmp slt i64 %28, %end
  br i1 %29, label %row, label %30

30:                                               ; preds = %27, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k081_layer_1_attention_context(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1443840
  %layer.1.attention.context = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1640448
  %grad.layer.1.attention.output.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 80896
  %layer.1.attention.context.delta = bitcast i8* %8 to float*
  call void @body_41(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.context, float* %grad.layer.1.attention.output.matmul.a, float* %layer.1.attention.context.delta)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k084_grad_layer_1_attention_value_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1443840
  %grad.layer.1.attention.context.b = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 523008
  %bert.encoder.layer.1.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.context.b, float* %bert.encoder.layer.1.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k087_grad_layer_1_attention_key_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1574912
  %grad.layer.1.attention.scores.b = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 506368
  %bert.encoder.layer.1.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.scores.b, float* %bert.encoder.layer.1.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k090_grad_layer_1_attention_query_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1705984
  %grad.layer.1.attention.scores.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 489728
  %bert.encoder.layer.1.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.scores.a, float* %bert.encoder.layer.1.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_44(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %32

row:                                              ; preds = %29, %start
  %row1 = phi i64 [ %begin, %start ], [ %30, %29 ]
  %r1 = urem i64 %row1, 32
  %1 = udiv i64 %row1, 32
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %27, %map ]
  %2 = mul nsw i64 %1, 2048
  %3 = mul nsw i64 %r1, 64
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b3, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %7 = mul nsw i64 %1, 2048
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b2, i64 %10
  %x3 = load float, float* %11, align 4, !tbaa !3
  %add = fadd float %x, %x3
  %12 = mul nsw i64 %1, 2048
  %13 = mul nsw i64 %r1, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %map2
  %16 = getelementptr inbounds float, float* %b1, i64 %15
  %x4 = load float, float* %16, align 4, !tbaa !3
  %add5 = fadd float %add, %x4
  %17 = mul nsw i64 %1, 2048
  %18 = mul nsw i64 %r1, 64
  %19 = add nsw i64 %17, %18
  %20 = add nsw i64 %19, %map2
  %21 = getelementptr inbounds float, float* %b0, i64 %20
  %x6 = load float, float* %21, align 4, !tbaa !3
  %add7 = fadd float %add5, %x6
  %22 = mul nsw i64 %1, 2048
  %23 = mul nsw i64 %r1, 64
  %24 = add nsw i64 %22, %23
  %25 = add nsw i64 %24, %map2
  %26 = getelementptr inbounds float, float* %b4, i64 %25
  store float %add7, float* %26, align 4, !tbaa !3
  %27 = add nsw i64 %map2, 1
  %28 = icmp slt i64 %27, 64
  br i1 %28, label %map, label %29, !llvm.loop !89

29:                                               ; preds = %map
  %30 = add nsw i64 %row1, 1
  %31 = icmp slt i64 %30, %end
  br i1 %31, label %row, label %32

32:                                               ; preds = %29, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k092_grad_layer_0_ffn_layernorm_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1378304
  %grad.layer.1.attention.query.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1312768
  %grad.layer.1.attention.key.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1247232
  %grad.layer.1.attention.value.matmul.a = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 1509376
  %grad.layer.1.attention.layernorm.x = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1443840
  %grad.layer.0.ffn.layernorm.sum = bitcast i8* %14 to float*
  call void @body_44(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.query.matmul.a, float* %grad.layer.1.attention.key.matmul.a, float* %grad.layer.1.attention.value.matmul.a, float* %grad.layer.1.attention.layernorm.x, float* %grad.layer.0.ffn.layernorm.sum)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k094_grad_layer_0_ffn_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 74752
  %layer.0.ffn.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1181696
  %layer.0.ffn.residual = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 472832
  %bert.encoder.layer.0.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 1443840
  %grad.layer.0.ffn.layernorm.sum = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1116160
  %grad.layer.0.ffn.layernorm.x = bitcast i8* %14 to float*
  call void @body_35(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.layernorm.stats, float* %layer.0.ffn.residual, float* %bert.encoder.layer.0.output.LayerNorm.weight, float* %grad.layer.0.ffn.layernorm.sum, float* %grad.layer.0.ffn.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k095_grad_layer_0_ffn_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1181696
  %layer.0.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 74752
  %layer.0.ffn.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1443840
  %grad.layer.0.ffn.layernorm.sum = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 472832
  %bert.encoder.layer.0.output.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_36(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.residual, float* %layer.0.ffn.layernorm.stats, float* %grad.layer.0.ffn.layernorm.sum, float* %bert.encoder.layer.0.output.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k096_grad_layer_0_ffn_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1443840
  %grad.layer.0.ffn.layernorm.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 473088
  %bert.encoder.layer.0.output.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.layernorm.sum, float* %bert.encoder.layer.0.output.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k097_grad_layer_0_ffn_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1116160
  %grad.layer.0.ffn.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1181696
  %grad.layer.0.ffn.dropout = bitcast i8* %5 to float*
  call void @body_2(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.layernorm.x, float* %grad.layer.0.ffn.dropout, i32 4)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k098_grad_layer_0_ffn_output_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1181696
  %grad.layer.0.ffn.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 472576
  %bert.encoder.layer.0.output.dense.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.dropout, float* %bert.encoder.layer.0.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k101_grad_layer_0_ffn_gelu(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 591872
  %layer.0.ffn.intermediate = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1247232
  %grad.layer.0.ffn.output.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 854016
  %grad.layer.0.ffn.gelu = bitcast i8* %8 to float*
  call void @body_38(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.intermediate, float* %grad.layer.0.ffn.output.matmul.a, float* %grad.layer.0.ffn.gelu)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k102_grad_layer_0_ffn_intermediate_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 854016
  %grad.layer.0.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 406016
  %bert.encoder.layer.0.intermediate.dense.bias = bitcast i8* %5 to float*
  call void @body_39(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.gelu, float* %bert.encoder.layer.0.intermediate.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k104_grad_layer_0_attention_layernorm_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 591872
  %grad.layer.0.ffn.intermediate.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1116160
  %grad.layer.0.ffn.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 657408
  %grad.layer.0.attention.layernorm.sum = bitcast i8* %8 to float*
  call void @body_40(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.intermediate.matmul.a, float* %grad.layer.0.ffn.layernorm.x, float* %grad.layer.0.attention.layernorm.sum)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k106_grad_layer_0_attention_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 72704
  %layer.0.attention.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 526336
  %layer.0.attention.residual = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 339968
  %bert.encoder.layer.0.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 657408
  %grad.layer.0.attention.layernorm.sum = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 460800
  %grad.layer.0.attention.layernorm.x = bitcast i8* %14 to float*
  call void @body_35(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.layernorm.stats, float* %layer.0.attention.residual, float* %bert.encoder.layer.0.attention.output.LayerNorm.weight, float* %grad.layer.0.attention.layernorm.sum, float* %grad.layer.0.attention.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k107_grad_layer_0_attention_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 526336
  %layer.0.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 72704
  %layer.0.attention.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 657408
  %grad.layer.0.attention.layernorm.sum = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 339968
  %bert.encoder.layer.0.attention.output.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_36(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.residual, float* %layer.0.attention.layernorm.stats, float* %grad.layer.0.attention.layernorm.sum, float* %bert.encoder.layer.0.attention.output.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k108_grad_layer_0_attention_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 657408
  %grad.layer.0.attention.layernorm.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 340224
  %bert.encoder.layer.0.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.layernorm.sum, float* %bert.encoder.layer.0.attention.output.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k109_grad_layer_0_attention_output_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 460800
  %grad.layer.0.attention.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 526336
  %grad.layer.0.attention.output_dropout = bitcast i8* %5 to float*
  call void @body_2(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.layernorm.x, float* %grad.layer.0.attention.output_dropout, i32 3)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k110_grad_layer_0_attention_output_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 526336
  %grad.layer.0.attention.output_dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 339712
  %bert.encoder.layer.0.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.output_dropout, float* %bert.encoder.layer.0.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k113_layer_0_attention_context(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 395264
  %layer.0.attention.context = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 591872
  %grad.layer.0.attention.output.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 72704
  %layer.0.attention.context.delta = bitcast i8* %8 to float*
  call void @body_41(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.context, float* %grad.layer.0.attention.output.matmul.a, float* %layer.0.attention.context.delta)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k116_grad_layer_0_attention_value_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 395264
  %grad.layer.0.attention.context.b = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 323072
  %bert.encoder.layer.0.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.context.b, float* %bert.encoder.layer.0.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k119_grad_layer_0_attention_key_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 526336
  %grad.layer.0.attention.scores.b = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 306432
  %bert.encoder.layer.0.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.scores.b, float* %bert.encoder.layer.0.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k122_grad_layer_0_attention_query_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 657408
  %grad.layer.0.attention.scores.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 289792
  %bert.encoder.layer.0.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.scores.a, float* %bert.encoder.layer.0.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_45(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4, i32 %0) #0 {
entry:
  %1 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 4
  %ctx.f = load float, float* %1, align 4
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 5
  %seed = load i32, i32* %2, align 4
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 6
  %step = load i32, i32* %3, align 4
  br label %start

start:                                            ; preds = %entry
  %4 = icmp slt i64 %begin, %end
  br i1 %4, label %row, label %40

row:                                              ; preds = %37, %start
  %row1 = phi i64 [ %begin, %start ], [ %38, %37 ]
  %r1 = urem i64 %row1, 32
  %5 = udiv i64 %row1, 32
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %35, %map ]
  %6 = mul nsw i64 %5, 2048
  %7 = mul nsw i64 %r1, 64
  %8 = add nsw i64 %6, %7
  %9 = add nsw i64 %8, %map2
  %10 = getelementptr inbounds float, float* %b3, i64 %9
  %x = load float, float* %10, align 4, !tbaa !3
  %11 = mul nsw i64 %5, 2048
  %12 = mul nsw i64 %r1, 64
  %13 = add nsw i64 %11, %12
  %14 = add nsw i64 %13, %map2
  %15 = getelementptr inbounds float, float* %b2, i64 %14
  %x3 = load float, float* %15, align 4, !tbaa !3
  %add = fadd float %x, %x3
  %16 = mul nsw i64 %5, 2048
  %17 = mul nsw i64 %r1, 64
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %map2
  %20 = getelementptr inbounds float, float* %b1, i64 %19
  %x4 = load float, float* %20, align 4, !tbaa !3
  %add5 = fadd float %add, %x4
  %21 = mul nsw i64 %5, 2048
  %22 = mul nsw i64 %r1, 64
  %23 = add nsw i64 %21, %22
  %24 = add nsw i64 %23, %map2
  %25 = getelementptr inbounds float, float* %b0, i64 %24
  %x6 = load float, float* %25, align 4, !tbaa !3
  %add7 = fadd float %add5, %x6
  %26 = mul nsw i64 %row1, 64
  %27 = add nsw i64 %26, %map2
  %uniform = call float @bertc.dropout_uniform(i32 %seed, i32 %step, i32 %0, i64 %27)
  %28 = fcmp olt float %uniform, 0x3FB99999A0000000
  %lt = select i1 %28, float 1.000000e+00, float 0.000000e+00
  %sub = fsub float 1.000000e+00, %lt
  %mul = fmul float %sub, 0x3FF1C71C80000000
  %29 = fcmp une float %ctx.f, 0.000000e+00
  %select = select i1 %29, float %mul, float 1.000000e+00
  %mul8 = fmul float %add7, %select
  %30 = mul nsw i64 %5, 2048
  %31 = mul nsw i64 %r1, 64
  %32 = add nsw i64 %30, %31
  %33 = add nsw i64 %32, %map2
  %34 = getelementptr inbounds float, float* %b4, i64 %33
  store float %mul8, float* %34, align 4, !tbaa !3
  %35 = add nsw i64 %map2, 1
  %36 = icmp slt i64 %35, 64
  br i1 %36, label %map, label %37, !llvm.loop !90

37:                                               ; preds = %map
  %38 = add nsw i64 %row1, 1
  %39 = icmp slt i64 %38, %end
  br i1 %39, label %row, label %40

40:                                               ; preds = %37, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k125_grad_embeddings_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 264192
  %grad.layer.0.attention.query.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 198656
  %grad.layer.0.attention.key.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 67584
  %grad.layer.0.attention.value.matmul.a = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 460800
  %grad.layer.0.attention.layernorm.x = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 133120
  %grad.embeddings.dropout = bitcast i8* %14 to float*
  call void @body_45(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.query.matmul.a, float* %grad.layer.0.attention.key.matmul.a, float* %grad.layer.0.attention.value.matmul.a, float* %grad.layer.0.attention.layernorm.x, float* %grad.embeddings.dropout, i32 1)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k126_grad_embeddings_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 65536
  %embeddings.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %embeddings.sum = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 272896
  %bert.embeddings.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 133120
  %grad.embeddings.dropout = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 67584
  %grad.embeddings.layernorm.x = bitcast i8* %14 to float*
  call void @body_35(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.layernorm.stats, float* %embeddings.sum, float* %bert.embeddings.LayerNorm.weight, float* %grad.embeddings.dropout, float* %grad.embeddings.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k127_grad_embeddings_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 65536
  %embeddings.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 133120
  %grad.embeddings.dropout = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 272896
  %bert.embeddings.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_36(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.sum, float* %embeddings.layernorm.stats, float* %grad.embeddings.dropout, float* %bert.embeddings.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k128_grad_embeddings_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %grad.embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273152
  %bert.embeddings.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_37(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.dropout, float* %bert.embeddings.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_46(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !91

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %12, %4
  %row2 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %12

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %10, %sum ]
  %6 = mul nsw i64 %row2, 2048
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b0, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %9, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %sum3, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %sum, label %12, !llvm.loop !92

12:                                               ; preds = %sum, %row
  %13 = add nsw i64 %row2, 1
  %14 = icmp slt i64 %13, 8
  br i1 %14, label %row, label %15

15:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k129_grad_embeddings_sum_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 67584
  %grad.embeddings.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %grad.embeddings.sum.in1.sum = bitcast i8* %5 to float*
  call void @body_46(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.layernorm.x, float* %grad.embeddings.sum.in1.sum)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_47(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %12

row:                                              ; preds = %9, %start
  %row1 = phi i64 [ %begin, %start ], [ %10, %9 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %7, %map ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %4 = mul nsw i64 %row1, 64
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b1, i64 %5
  store float %x, float* %6, align 4, !tbaa !3
  %7 = add nsw i64 %map2, 1
  %8 = icmp slt i64 %7, 64
  br i1 %8, label %map, label %9, !llvm.loop !93

9:                                                ; preds = %map
  %10 = add nsw i64 %row1, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %row, label %12

12:                                               ; preds = %9, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k130_grad_embeddings_position(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %grad.embeddings.sum.in1.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 256000
  %bert.embeddings.position_embeddings.weight = bitcast i8* %5 to float*
  call void @body_47(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.sum.in1.sum, float* %bert.embeddings.position_embeddings.weight)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_48(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %10

row:                                              ; preds = %7, %start
  %row1 = phi i64 [ %begin, %start ], [ %8, %7 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %5, %map ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %map2
  %3 = add nsw i64 %2, 2048
  %4 = getelementptr inbounds float, float* %b0, i64 %3
  store float 0.000000e+00, float* %4, align 4, !tbaa !3
  %5 = add nsw i64 %map2, 1
  %6 = icmp slt i64 %5, 64
  br i1 %6, label %map, label %7, !llvm.loop !94

7:                                                ; preds = %map
  %8 = add nsw i64 %row1, 1
  %9 = icmp slt i64 %8, %end
  br i1 %9, label %row, label %10

10:                                               ; preds = %7, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k131_grad_embeddings_position(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 256000
  %bert.embeddings.position_embeddings.weight = bitcast i8* %2 to float*
  call void @body_48(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %bert.embeddings.position_embeddings.weight)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_49(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  br label %zero.row

zero.row:                                         ; preds = %6, %start
  %zero.row1 = phi i64 [ 0, %start ], [ %7, %6 ]
  %0 = mul nsw i64 %zero.row1, 64
  %1 = icmp slt i64 %begin, %end
  br i1 %1, label %zero, label %6

zero:                                             ; preds = %zero, %zero.row
  %zero2 = phi i64 [ %begin, %zero.row ], [ %4, %zero ]
  %2 = add nsw i64 %0, %zero2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  store float 0.000000e+00, float* %3, align 4, !tbaa !3
  %4 = add nsw i64 %zero2, 1
  %5 = icmp slt i64 %4, %end
  br i1 %5, label %zero, label %6, !llvm.loop !95

6:                                                ; preds = %zero, %zero.row
  %7 = add nsw i64 %zero.row1, 1
  %8 = icmp slt i64 %7, 2
  br i1 %8, label %zero.row, label %9

9:                                                ; preds = %6
  br label %row

row:                                              ; preds = %23, %9
  %row3 = phi i64 [ 0, %9 ], [ %24, %23 ]
  %10 = getelementptr inbounds i32, i32* %b2, i64 %row3
  %id = load i32, i32* %10, align 4, !tbaa !0
  %11 = sext i32 %id to i64
  %12 = icmp ult i64 %11, 2
  br i1 %12, label %add, label %23

add:                                              ; preds = %row
  %13 = mul nsw i64 %11, 64
  %14 = mul nsw i64 %row3, 64
  %15 = icmp slt i64 %begin, %end
  br i1 %15, label %col, label %22

col:                                              ; preds = %col, %add
  %col4 = phi i64 [ %begin, %add ], [ %20, %col ]
  %16 = add nsw i64 %13, %col4
  %17 = add nsw i64 %14, %col4
  %18 = getelementptr inbounds float, float* %b0, i64 %16
  %19 = getelementptr inbounds float, float* %b1, i64 %17
  %src = load float, float* %19, align 4, !tbaa !3
  %dst = load float, float* %18, align 4, !tbaa !3
  %acc = fadd float %dst, %src
  store float %acc, float* %18, align 4, !tbaa !3
  %20 = add nsw i64 %col4, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %col, label %22, !llvm.loop !96

22:                                               ; preds = %col, %add
  br label %23

23:                                               ; preds = %22, %row
  %24 = add nsw i64 %row3, 1
  %25 = icmp slt i64 %24, 256
  br i1 %25, label %row, label %26

26:                                               ; preds = %23
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k132_grad_embeddings_token_type(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 272384
  %bert.embeddings.token_type_embeddings.weight = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 67584
  %grad.embeddings.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2048
  %token_type_ids = bitcast i8* %8 to i32*
  call void @body_49(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %bert.embeddings.token_type_embeddings.weight, float* %grad.embeddings.layernorm.x, i32* %token_type_ids)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_50(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  br label %zero.row

zero.row:                                         ; preds = %6, %start
  %zero.row1 = phi i64 [ 0, %start ], [ %7, %6 ]
  %0 = mul nsw i64 %zero.row1, 64
  %1 = icmp slt i64 %begin, %end
  br i1 %1, label %zero, label %6

zero:                                             ; preds = %zero, %zero.row
  %zero2 = phi i64 [ %begin, %zero.row ], [ %4, %zero ]
  %2 = add nsw i64 %0, %zero2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  store float 0.000000e+00, float* %3, align 4, !tbaa !3
  %4 = add nsw i64 %zero2, 1
  %5 = icmp slt i64 %4, %end
  br i1 %5, label %zero, label %6, !llvm.loop !97

6:                                                ; preds = %zero, %zero.row
  %7 = add nsw i64 %zero.row1, 1
  %8 = icmp slt i64 %7, 1000
  br i1 %8, label %zero.row, label %9

9:                                                ; preds = %6
  br label %row

row:                                              ; preds = %23, %9
  %row3 = phi i64 [ 0, %9 ], [ %24, %23 ]
  %10 = getelementptr inbounds i32, i32* %b2, i64 %row3
  %id = load i32, i32* %10, align 4, !tbaa !0
  %11 = sext i32 %id to i64
  %12 = icmp ult i64 %11, 1000
  br i1 %12, label %add, label %23

add:                                              ; preds = %row
  %13 = mul nsw i64 %11, 64
  %14 = mul nsw i64 %row3, 64
  %15 = icmp slt i64 %begin, %end
  br i1 %15, label %col, label %22

col:                                              ; preds = %col, %add
  %col4 = phi i64 [ %begin, %add ], [ %20, %col ]
  %16 = add nsw i64 %13, %col4
  %17 = add nsw i64 %14, %col4
  %18 = getelementptr inbounds float, float* %b0, i64 %16
  %19 = getelementptr inbounds float, float* %b1, i64 %17
  %src = load float, float* %19, align 4, !tbaa !3
  %dst = load float, float* %18, align 4, !tbaa !3
  %acc = fadd float %dst, %src
  store float %acc, float* %18, align 4, !tbaa !3
  %20 = add nsw i64 %col4, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %col, label %22, !llvm.loop !98

22:                                               ; preds = %col, %add
  br label %23

23:                                               ; preds = %22, %row
  %24 = add nsw i64 %row3, 1
  %25 = icmp slt i64 %24, 256
  br i1 %25, label %row, label %26

26:                                               ; preds = %23
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k133_grad_embeddings_word(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %grad.embeddings.word = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 67584
  %grad.embeddings.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 0
  %input_ids = bitcast i8* %8 to i32*
  call void @body_50(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.word, float* %grad.embeddings.layernorm.x, i32* %input_ids)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_51(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %15

row:                                              ; preds = %12, %start
  %row1 = phi i64 [ %begin, %start ], [ %13, %12 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %10, %map ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds float, float* %b1, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %4 = mul nsw i64 %row1, 64
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b0, i64 %5
  %x3 = load float, float* %6, align 4, !tbaa !3
  %add = fadd float %x, %x3
  %7 = mul nsw i64 %row1, 64
  %8 = add nsw i64 %7, %map2
  %9 = getelementptr inbounds float, float* %b2, i64 %8
  store float %add, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %map2, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %map, label %12, !llvm.loop !99

12:                                               ; preds = %map
  %13 = add nsw i64 %row1, 1
  %14 = icmp slt i64 %13, %end
  br i1 %14, label %row, label %15

15:                                               ; preds = %12, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s32_v0__k134_grad_bert_embeddings_word_embeddings_weight_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %grad.embeddings.word = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2625216
  %grad.head.decoder.matmul.b = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %8 to float*
  call void @body_51(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.word, float* %grad.head.decoder.matmul.b, float* %bert.embeddings.word_embeddings.weight)
  ret void
}

; Function Attrs: nounwind
define void @train_s32_v0(%bertrt_ctx* %ctx) #4 {
entry:
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k000_embeddings_sum, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k001_embeddings_layernorm, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k002_embeddings_dropout, i64 256)
  call void @train_s32_v0__k003_attention_mask_bias(%bertrt_ctx* %ctx, i64 0, i64 8)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273408
  %bert.encoder.layer.0.attention.self.query.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 198656
  %layer.0.attention.query = bitcast i8* %8 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k004_layer_0_attention_query_matmul.gemm, float* %embeddings.dropout, float* %bert.encoder.layer.0.attention.self.query.weight, float* %layer.0.attention.query)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k004_layer_0_attention_query_matmul__epilogue, i64 256)
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 133120
  %embeddings.dropout1 = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 290048
  %bert.encoder.layer.0.attention.self.key.weight = bitcast i8* %14 to float*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 264192
  %layer.0.attention.key = bitcast i8* %17 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k005_layer_0_attention_key_matmul.gemm, float* %embeddings.dropout1, float* %bert.encoder.layer.0.attention.self.key.weight, float* %layer.0.attention.key)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k005_layer_0_attention_key_matmul__epilogue, i64 256)
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %19 = load i8*, i8** %18, align 8
  %20 = getelementptr inbounds i8, i8* %19, i64 133120
  %embeddings.dropout2 = bitcast i8* %20 to float*
  %21 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8, i8* %22, i64 306688
  %bert.encoder.layer.0.attention.self.value.weight = bitcast i8* %23 to float*
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 329728
  %layer.0.attention.value = bitcast i8* %26 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k006_layer_0_attention_value_matmul.gemm, float* %embeddings.dropout2, float* %bert.encoder.layer.0.attention.self.value.weight, float* %layer.0.attention.value)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k006_layer_0_attention_value_matmul__epilogue, i64 256)
  %tensors = alloca [11 x float*], align 8
  %27 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %28 = load i8*, i8** %27, align 8
  %29 = getelementptr inbounds i8, i8* %28, i64 198656
  %layer.0.attention.query3 = bitcast i8* %29 to float*
  %30 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 0
  store float* %layer.0.attention.query3, float** %30, align 8
  %31 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %32 = load i8*, i8** %31, align 8
  %33 = getelementptr inbounds i8, i8* %32, i64 264192
  %layer.0.attention.key4 = bitcast i8* %33 to float*
  %34 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 1
  store float* %layer.0.attention.key4, float** %34, align 8
  %35 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %36 = load i8*, i8** %35, align 8
  %37 = getelementptr inbounds i8, i8* %36, i64 329728
  %layer.0.attention.value5 = bitcast i8* %37 to float*
  %38 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 2
  store float* %layer.0.attention.value5, float** %38, align 8
  %39 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %40 = load i8*, i8** %39, align 8
  %41 = getelementptr inbounds i8, i8* %40, i64 67584
  %attention_mask_bias = bitcast i8* %41 to float*
  %42 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 3
  store float* %attention_mask_bias, float** %42, align 8
  %43 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %44 = load i8*, i8** %43, align 8
  %45 = getelementptr inbounds i8, i8* %44, i64 395264
  %layer.0.attention.context = bitcast i8* %45 to float*
  %46 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 4
  store float* %layer.0.attention.context, float** %46, align 8
  %47 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %48 = load i8*, i8** %47, align 8
  %49 = getelementptr inbounds i8, i8* %48, i64 68608
  %layer.0.attention.context.lse = bitcast i8* %49 to float*
  %50 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 5
  store float* %layer.0.attention.context.lse, float** %50, align 8
  %51 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 6
  store float* null, float** %51, align 8
  %52 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 7
  store float* null, float** %52, align 8
  %53 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 8
  store float* null, float** %53, align 8
  %54 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 9
  store float* null, float** %54, align 8
  %55 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 10
  store float* null, float** %55, align 8
  %56 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @train_s32_v0__k007_layer_0_attention_context_forward.attention, float** %56)
  %57 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %58 = load i8*, i8** %57, align 8
  %59 = getelementptr inbounds i8, i8* %58, i64 395264
  %layer.0.attention.context6 = bitcast i8* %59 to float*
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %62 = getelementptr inbounds i8, i8* %61, i64 323328
  %bert.encoder.layer.0.attention.output.dense.weight = bitcast i8* %62 to float*
  %63 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8, i8* %64, i64 460800
  %layer.0.attention.output = bitcast i8* %65 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k008_layer_0_attention_output_matmul.gemm, float* %layer.0.attention.context6, float* %bert.encoder.layer.0.attention.output.dense.weight, float* %layer.0.attention.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k008_layer_0_attention_output_matmul__epilogue, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k009_layer_0_attention_residual, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k010_layer_0_attention_layernorm, i64 256)
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %68 = getelementptr inbounds i8, i8* %67, i64 460800
  %layer.0.attention.layernorm = bitcast i8* %68 to float*
  %69 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %70 = load i8*, i8** %69, align 8
  %71 = getelementptr inbounds i8, i8* %70, i64 340480
  %bert.encoder.layer.0.intermediate.dense.weight = bitcast i8* %71 to float*
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %73 = load i8*, i8** %72, align 8
  %74 = getelementptr inbounds i8, i8* %73, i64 854016
  %layer.0.ffn.gelu = bitcast i8* %74 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k011_layer_0_ffn_intermediate_matmul.gemm, float* %layer.0.attention.layernorm, float* %bert.encoder.layer.0.intermediate.dense.weight, float* %layer.0.ffn.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k011_layer_0_ffn_intermediate_matmul__epilogue, i64 256)
  %75 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %76 = load i8*, i8** %75, align 8
  %77 = getelementptr inbounds i8, i8* %76, i64 854016
  %layer.0.ffn.gelu7 = bitcast i8* %77 to float*
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 407040
  %bert.encoder.layer.0.output.dense.weight = bitcast i8* %80 to float*
  %81 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %82 = load i8*, i8** %81, align 8
  %83 = getelementptr inbounds i8, i8* %82, i64 1116160
  %layer.0.ffn.output = bitcast i8* %83 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k012_layer_0_ffn_output_matmul.gemm, float* %layer.0.ffn.gelu7, float* %bert.encoder.layer.0.output.dense.weight, float* %layer.0.ffn.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k012_layer_0_ffn_output_matmul__epilogue, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k013_layer_0_ffn_residual, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k014_layer_0_ffn_layernorm, i64 256)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %86 = getelementptr inbounds i8, i8* %85, i64 1116160
  %layer.0.ffn.layernorm = bitcast i8* %86 to float*
  %87 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %88 = load i8*, i8** %87, align 8
  %89 = getelementptr inbounds i8, i8* %88, i64 473344
  %bert.encoder.layer.1.attention.self.query.weight = bitcast i8* %89 to float*
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 1247232
  %layer.1.attention.query = bitcast i8* %92 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k015_layer_1_attention_query_matmul.gemm, float* %layer.0.ffn.layernorm, float* %bert.encoder.layer.1.attention.self.query.weight, float* %layer.1.attention.query)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k015_layer_1_attention_query_matmul__epilogue, i64 256)
  %93 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %94 = load i8*, i8** %93, align 8
  %95 = getelementptr inbounds i8, i8* %94, i64 1116160
  %layer.0.ffn.layernorm8 = bitcast i8* %95 to float*
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %97 = load i8*, i8** %96, align 8
  %98 = getelementptr inbounds i8, i8* %97, i64 489984
  %bert.encoder.layer.1.attention.self.key.weight = bitcast i8* %98 to float*
  %99 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %100 = load i8*, i8** %99, align 8
  %101 = getelementptr inbounds i8, i8* %100, i64 1312768
  %layer.1.attention.key = bitcast i8* %101 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k016_layer_1_attention_key_matmul.gemm, float* %layer.0.ffn.layernorm8, float* %bert.encoder.layer.1.attention.self.key.weight, float* %layer.1.attention.key)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k016_layer_1_attention_key_matmul__epilogue, i64 256)
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %103 = load i8*, i8** %102, align 8
  %104 = getelementptr inbounds i8, i8* %103, i64 1116160
  %layer.0.ffn.layernorm9 = bitcast i8* %104 to float*
  %105 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %106 = load i8*, i8** %105, align 8
  %107 = getelementptr inbounds i8, i8* %106, i64 506624
  %bert.encoder.layer.1.attention.self.value.weight = bitcast i8* %107 to float*
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %110 = getelementptr inbounds i8, i8* %109, i64 1378304
  %layer.1.attention.value = bitcast i8* %110 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k017_layer_1_attention_value_matmul.gemm, float* %layer.0.ffn.layernorm9, float* %bert.encoder.layer.1.attention.self.value.weight, float* %layer.1.attention.value)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k017_layer_1_attention_value_matmul__epilogue, i64 256)
  %tensors10 = alloca [11 x float*], align 8
  %111 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %112 = load i8*, i8** %111, align 8
  %113 = getelementptr inbounds i8, i8* %112, i64 1247232
  %layer.1.attention.query11 = bitcast i8* %113 to float*
  %114 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 0
  store float* %layer.1.attention.query11, float** %114, align 8
  %115 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %116 = load i8*, i8** %115, align 8
  %117 = getelementptr inbounds i8, i8* %116, i64 1312768
  %layer.1.attention.key12 = bitcast i8* %117 to float*
  %118 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 1
  store float* %layer.1.attention.key12, float** %118, align 8
  %119 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %120 = load i8*, i8** %119, align 8
  %121 = getelementptr inbounds i8, i8* %120, i64 1378304
  %layer.1.attention.value13 = bitcast i8* %121 to float*
  %122 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 2
  store float* %layer.1.attention.value13, float** %122, align 8
  %123 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8, i8* %124, i64 67584
  %attention_mask_bias14 = bitcast i8* %125 to float*
  %126 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 3
  store float* %attention_mask_bias14, float** %126, align 8
  %127 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %128 = load i8*, i8** %127, align 8
  %129 = getelementptr inbounds i8, i8* %128, i64 1443840
  %layer.1.attention.context = bitcast i8* %129 to float*
  %130 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 4
  store float* %layer.1.attention.context, float** %130, align 8
  %131 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8, i8* %132, i64 76800
  %layer.1.attention.context.lse = bitcast i8* %133 to float*
  %134 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 5
  store float* %layer.1.attention.context.lse, float** %134, align 8
  %135 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 6
  store float* null, float** %135, align 8
  %136 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 7
  store float* null, float** %136, align 8
  %137 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 8
  store float* null, float** %137, align 8
  %138 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 9
  store float* null, float** %138, align 8
  %139 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 10
  store float* null, float** %139, align 8
  %140 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @train_s32_v0__k018_layer_1_attention_context_forward.attention, float** %140)
  %141 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %142 = load i8*, i8** %141, align 8
  %143 = getelementptr inbounds i8, i8* %142, i64 1443840
  %layer.1.attention.context15 = bitcast i8* %143 to float*
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %145 = load i8*, i8** %144, align 8
  %146 = getelementptr inbounds i8, i8* %145, i64 523264
  %bert.encoder.layer.1.attention.output.dense.weight = bitcast i8* %146 to float*
  %147 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %148 = load i8*, i8** %147, align 8
  %149 = getelementptr inbounds i8, i8* %148, i64 1509376
  %layer.1.attention.output = bitcast i8* %149 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k019_layer_1_attention_output_matmul.gemm, float* %layer.1.attention.context15, float* %bert.encoder.layer.1.attention.output.dense.weight, float* %layer.1.attention.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k019_layer_1_attention_output_matmul__epilogue, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k020_layer_1_attention_residual, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k021_layer_1_attention_layernorm, i64 256)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %152 = getelementptr inbounds i8, i8* %151, i64 1509376
  %layer.1.attention.layernorm = bitcast i8* %152 to float*
  %153 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %154 = load i8*, i8** %153, align 8
  %155 = getelementptr inbounds i8, i8* %154, i64 540416
  %bert.encoder.layer.1.intermediate.dense.weight = bitcast i8* %155 to float*
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %158 = getelementptr inbounds i8, i8* %157, i64 1902592
  %layer.1.ffn.gelu = bitcast i8* %158 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k022_layer_1_ffn_intermediate_matmul.gemm, float* %layer.1.attention.layernorm, float* %bert.encoder.layer.1.intermediate.dense.weight, float* %layer.1.ffn.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k022_layer_1_ffn_intermediate_matmul__epilogue, i64 256)
  %159 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8, i8* %160, i64 1902592
  %layer.1.ffn.gelu16 = bitcast i8* %161 to float*
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %163 = load i8*, i8** %162, align 8
  %164 = getelementptr inbounds i8, i8* %163, i64 606976
  %bert.encoder.layer.1.output.dense.weight = bitcast i8* %164 to float*
  %165 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %166 = load i8*, i8** %165, align 8
  %167 = getelementptr inbounds i8, i8* %166, i64 2164736
  %layer.1.ffn.output = bitcast i8* %167 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k023_layer_1_ffn_output_matmul.gemm, float* %layer.1.ffn.gelu16, float* %bert.encoder.layer.1.output.dense.weight, float* %layer.1.ffn.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k023_layer_1_ffn_output_matmul__epilogue, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k024_layer_1_ffn_residual, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k025_layer_1_ffn_layernorm, i64 256)
  call void @train_s32_v0__k026_head_masked_rows(%bertrt_ctx* %ctx, i64 0, i64 73)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %170 = getelementptr inbounds i8, i8* %169, i64 84992
  %head.masked_rows = bitcast i8* %170 to float*
  %171 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %172 = load i8*, i8** %171, align 8
  %173 = getelementptr inbounds i8, i8* %172, i64 673280
  %cls.predictions.transform.dense.weight = bitcast i8* %173 to float*
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %176 = getelementptr inbounds i8, i8* %175, i64 2295808
  %head.transform.gelu = bitcast i8* %176 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k027_head_transform_dense_matmul.gemm, float* %head.masked_rows, float* %cls.predictions.transform.dense.weight, float* %head.transform.gelu)
  call void @train_s32_v0__k027_head_transform_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 73)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k028_head_transform_layernorm, i64 73)
  %177 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %178 = load i8*, i8** %177, align 8
  %179 = getelementptr inbounds i8, i8* %178, i64 2314496
  %head.transform.layernorm = bitcast i8* %179 to float*
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %181 = load i8*, i8** %180, align 8
  %182 = getelementptr inbounds i8, i8* %181, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %182 to float*
  %183 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 7232
  %head.decoder = bitcast i8* %185 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k029_head_decoder_matmul.gemm, float* %head.transform.layernorm, float* %bert.embeddings.word_embeddings.weight, float* %head.decoder)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k029_head_decoder_matmul__epilogue, i64 73)
  call void @train_s32_v0__k030_loss_valid_count(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k031_loss, i64 73)
  call void @train_s32_v0__k032_loss(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @train_s32_v0__k033_pooler_first_token(%bertrt_ctx* %ctx, i64 0, i64 8)
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %188 = getelementptr inbounds i8, i8* %187, i64 123456
  %pooler.first_token = bitcast i8* %188 to float*
  %189 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %190 = load i8*, i8** %189, align 8
  %191 = getelementptr inbounds i8, i8* %190, i64 694464
  %bert.pooler.dense.weight = bitcast i8* %191 to float*
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 125504
  %pooler.dense = bitcast i8* %194 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k034_pooler_dense_matmul.gemm, float* %pooler.first_token, float* %bert.pooler.dense.weight, float* %pooler.dense)
  call void @train_s32_v0__k034_pooler_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s32_v0__k035_pooler_tanh(%bertrt_ctx* %ctx, i64 0, i64 8)
  %195 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %196 = load i8*, i8** %195, align 8
  %197 = getelementptr inbounds i8, i8* %196, i64 127552
  %pooler.tanh = bitcast i8* %197 to float*
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %200 = getelementptr inbounds i8, i8* %199, i64 711104
  %cls.seq_relationship.weight = bitcast i8* %200 to float*
  %201 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8, i8* %202, i64 511232
  %head.seq_relationship = bitcast i8* %203 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k036_head_seq_relationship_matmul.gemm, float* %pooler.tanh, float* %cls.seq_relationship.weight, float* %head.seq_relationship)
  call void @train_s32_v0__k036_head_seq_relationship_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s32_v0__k037_loss_valid_count(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @train_s32_v0__k038_loss(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s32_v0__k039_loss(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @train_s32_v0__k040_loss_total(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @train_s32_v0__k041_grad_loss(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s32_v0__k042_grad_head_seq_relationship_in1_sum(%bertrt_ctx* %ctx, i64 0, i64 2)
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %206 = getelementptr inbounds i8, i8* %205, i64 123136
  %grad.loss = bitcast i8* %206 to float*
  %207 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %208 = load i8*, i8** %207, align 8
  %209 = getelementptr inbounds i8, i8* %208, i64 711104
  %cls.seq_relationship.weight17 = bitcast i8* %209 to float*
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %211 = load i8*, i8** %210, align 8
  %212 = getelementptr inbounds i8, i8* %211, i64 125504
  %grad.head.seq_relationship.matmul.a = bitcast i8* %212 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k043_grad_head_seq_relationship_matmul_a.gemm, float* %grad.loss, float* %cls.seq_relationship.weight17, float* %grad.head.seq_relationship.matmul.a)
  %213 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %214 = load i8*, i8** %213, align 8
  %215 = getelementptr inbounds i8, i8* %214, i64 123136
  %grad.loss18 = bitcast i8* %215 to float*
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8, i8* %217, i64 127552
  %pooler.tanh19 = bitcast i8* %218 to float*
  %219 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %220 = load i8*, i8** %219, align 8
  %221 = getelementptr inbounds i8, i8* %220, i64 711104
  %cls.seq_relationship.weight20 = bitcast i8* %221 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k044_grad_head_seq_relationship_matmul_b.gemm, float* %grad.loss18, float* %pooler.tanh19, float* %cls.seq_relationship.weight20)
  call void @train_s32_v0__k045_grad_pooler_tanh(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s32_v0__k046_grad_pooler_dense_in1_sum(%bertrt_ctx* %ctx, i64 0, i64 64)
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %223 = load i8*, i8** %222, align 8
  %224 = getelementptr inbounds i8, i8* %223, i64 129600
  %grad.pooler.tanh = bitcast i8* %224 to float*
  %225 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %226 = load i8*, i8** %225, align 8
  %227 = getelementptr inbounds i8, i8* %226, i64 694464
  %bert.pooler.dense.weight21 = bitcast i8* %227 to float*
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %229 = load i8*, i8** %228, align 8
  %230 = getelementptr inbounds i8, i8* %229, i64 125504
  %grad.pooler.dense.matmul.a = bitcast i8* %230 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k047_grad_pooler_dense_matmul_a.gemm, float* %grad.pooler.tanh, float* %bert.pooler.dense.weight21, float* %grad.pooler.dense.matmul.a)
  %231 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %232 = load i8*, i8** %231, align 8
  %233 = getelementptr inbounds i8, i8* %232, i64 129600
  %grad.pooler.tanh22 = bitcast i8* %233 to float*
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %235 = load i8*, i8** %234, align 8
  %236 = getelementptr inbounds i8, i8* %235, i64 123456
  %pooler.first_token23 = bitcast i8* %236 to float*
  %237 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %238 = load i8*, i8** %237, align 8
  %239 = getelementptr inbounds i8, i8* %238, i64 694464
  %bert.pooler.dense.weight24 = bitcast i8* %239 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k048_grad_pooler_dense_matmul_b.gemm, float* %grad.pooler.tanh22, float* %pooler.first_token23, float* %bert.pooler.dense.weight24)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k049_grad_loss, i64 73)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k050_grad_head_decoder_in1_sum, i64 1000)
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %241 = load i8*, i8** %240, align 8
  %242 = getelementptr inbounds i8, i8* %241, i64 2333184
  %grad.loss25 = bitcast i8* %242 to float*
  %243 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %244 = load i8*, i8** %243, align 8
  %245 = getelementptr inbounds i8, i8* %244, i64 0
  %bert.embeddings.word_embeddings.weight26 = bitcast i8* %245 to float*
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %247 = load i8*, i8** %246, align 8
  %248 = getelementptr inbounds i8, i8* %247, i64 2164736
  %grad.head.decoder.matmul.a = bitcast i8* %248 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k051_grad_head_decoder_matmul_a.gemm, float* %grad.loss25, float* %bert.embeddings.word_embeddings.weight26, float* %grad.head.decoder.matmul.a)
  %249 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %250 = load i8*, i8** %249, align 8
  %251 = getelementptr inbounds i8, i8* %250, i64 2333184
  %grad.loss27 = bitcast i8* %251 to float*
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %253 = load i8*, i8** %252, align 8
  %254 = getelementptr inbounds i8, i8* %253, i64 2314496
  %head.transform.layernorm28 = bitcast i8* %254 to float*
  %255 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %256 = load i8*, i8** %255, align 8
  %257 = getelementptr inbounds i8, i8* %256, i64 2625216
  %grad.head.decoder.matmul.b = bitcast i8* %257 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k052_grad_head_decoder_matmul_b.gemm, float* %grad.loss27, float* %head.transform.layernorm28, float* %grad.head.decoder.matmul.b)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k053_grad_head_transform_layernorm_x, i64 73)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k054_grad_head_transform_layernorm_gamma, i64 64)
  call void @train_s32_v0__k055_grad_head_transform_layernorm_beta(%bertrt_ctx* %ctx, i64 0, i64 64)
  call void @train_s32_v0__k056_grad_head_transform_gelu(%bertrt_ctx* %ctx, i64 0, i64 73)
  call void @train_s32_v0__k057_grad_head_transform_dense_in1_sum(%bertrt_ctx* %ctx, i64 0, i64 64)
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %259 = load i8*, i8** %258, align 8
  %260 = getelementptr inbounds i8, i8* %259, i64 2164736
  %grad.head.transform.gelu = bitcast i8* %260 to float*
  %261 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %262 = load i8*, i8** %261, align 8
  %263 = getelementptr inbounds i8, i8* %262, i64 673280
  %cls.predictions.transform.dense.weight29 = bitcast i8* %263 to float*
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %265 = load i8*, i8** %264, align 8
  %266 = getelementptr inbounds i8, i8* %265, i64 103680
  %grad.head.transform.dense.matmul.a = bitcast i8* %266 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k058_grad_head_transform_dense_matmul_a.gemm, float* %grad.head.transform.gelu, float* %cls.predictions.transform.dense.weight29, float* %grad.head.transform.dense.matmul.a)
  %267 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %268 = load i8*, i8** %267, align 8
  %269 = getelementptr inbounds i8, i8* %268, i64 2164736
  %grad.head.transform.gelu30 = bitcast i8* %269 to float*
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %271 = load i8*, i8** %270, align 8
  %272 = getelementptr inbounds i8, i8* %271, i64 84992
  %head.masked_rows31 = bitcast i8* %272 to float*
  %273 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %274 = load i8*, i8** %273, align 8
  %275 = getelementptr inbounds i8, i8* %274, i64 673280
  %cls.predictions.transform.dense.weight32 = bitcast i8* %275 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k059_grad_head_transform_dense_matmul_b.gemm, float* %grad.head.transform.gelu30, float* %head.masked_rows31, float* %cls.predictions.transform.dense.weight32)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k060_grad_head_masked_rows, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k061_grad_layer_1_ffn_layernorm_sum, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k062_grad_layer_1_ffn_layernorm_x, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k063_grad_layer_1_ffn_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k064_grad_layer_1_ffn_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k065_grad_layer_1_ffn_dropout, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k066_grad_layer_1_ffn_output_in1_sum, i64 64)
  %276 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %277 = load i8*, i8** %276, align 8
  %278 = getelementptr inbounds i8, i8* %277, i64 2230272
  %grad.layer.1.ffn.dropout = bitcast i8* %278 to float*
  %279 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %280 = load i8*, i8** %279, align 8
  %281 = getelementptr inbounds i8, i8* %280, i64 606976
  %bert.encoder.layer.1.output.dense.weight33 = bitcast i8* %281 to float*
  %282 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %283 = load i8*, i8** %282, align 8
  %284 = getelementptr inbounds i8, i8* %283, i64 2295808
  %grad.layer.1.ffn.output.matmul.a = bitcast i8* %284 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k067_grad_layer_1_ffn_output_matmul_a.gemm, float* %grad.layer.1.ffn.dropout, float* %bert.encoder.layer.1.output.dense.weight33, float* %grad.layer.1.ffn.output.matmul.a)
  %285 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %286 = load i8*, i8** %285, align 8
  %287 = getelementptr inbounds i8, i8* %286, i64 2230272
  %grad.layer.1.ffn.dropout34 = bitcast i8* %287 to float*
  %288 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %289 = load i8*, i8** %288, align 8
  %290 = getelementptr inbounds i8, i8* %289, i64 1902592
  %layer.1.ffn.gelu35 = bitcast i8* %290 to float*
  %291 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %292 = load i8*, i8** %291, align 8
  %293 = getelementptr inbounds i8, i8* %292, i64 606976
  %bert.encoder.layer.1.output.dense.weight36 = bitcast i8* %293 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k068_grad_layer_1_ffn_output_matmul_b.gemm, float* %grad.layer.1.ffn.dropout34, float* %layer.1.ffn.gelu35, float* %bert.encoder.layer.1.output.dense.weight36)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k069_grad_layer_1_ffn_gelu, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k070_grad_layer_1_ffn_intermediate_in1_sum, i64 256)
  %294 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %295 = load i8*, i8** %294, align 8
  %296 = getelementptr inbounds i8, i8* %295, i64 1902592
  %grad.layer.1.ffn.gelu = bitcast i8* %296 to float*
  %297 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8, i8* %298, i64 540416
  %bert.encoder.layer.1.intermediate.dense.weight37 = bitcast i8* %299 to float*
  %300 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %301 = load i8*, i8** %300, align 8
  %302 = getelementptr inbounds i8, i8* %301, i64 1640448
  %grad.layer.1.ffn.intermediate.matmul.a = bitcast i8* %302 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k071_grad_layer_1_ffn_intermediate_matmul_a.gemm, float* %grad.layer.1.ffn.gelu, float* %bert.encoder.layer.1.intermediate.dense.weight37, float* %grad.layer.1.ffn.intermediate.matmul.a)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k072_grad_layer_1_attention_layernorm_sum, i64 256)
  %303 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %304 = load i8*, i8** %303, align 8
  %305 = getelementptr inbounds i8, i8* %304, i64 1902592
  %grad.layer.1.ffn.gelu38 = bitcast i8* %305 to float*
  %306 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %307 = load i8*, i8** %306, align 8
  %308 = getelementptr inbounds i8, i8* %307, i64 1509376
  %layer.1.attention.layernorm39 = bitcast i8* %308 to float*
  %309 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %310 = load i8*, i8** %309, align 8
  %311 = getelementptr inbounds i8, i8* %310, i64 540416
  %bert.encoder.layer.1.intermediate.dense.weight40 = bitcast i8* %311 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k073_grad_layer_1_ffn_intermediate_matmul_b.gemm, float* %grad.layer.1.ffn.gelu38, float* %layer.1.attention.layernorm39, float* %bert.encoder.layer.1.intermediate.dense.weight40)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k074_grad_layer_1_attention_layernorm_x, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k075_grad_layer_1_attention_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k076_grad_layer_1_attention_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k077_grad_layer_1_attention_output_dropout, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k078_grad_layer_1_attention_output_in1_sum, i64 64)
  %312 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %313 = load i8*, i8** %312, align 8
  %314 = getelementptr inbounds i8, i8* %313, i64 1574912
  %grad.layer.1.attention.output_dropout = bitcast i8* %314 to float*
  %315 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %316 = load i8*, i8** %315, align 8
  %317 = getelementptr inbounds i8, i8* %316, i64 523264
  %bert.encoder.layer.1.attention.output.dense.weight41 = bitcast i8* %317 to float*
  %318 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %319 = load i8*, i8** %318, align 8
  %320 = getelementptr inbounds i8, i8* %319, i64 1640448
  %grad.layer.1.attention.output.matmul.a = bitcast i8* %320 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k079_grad_layer_1_attention_output_matmul_a.gemm, float* %grad.layer.1.attention.output_dropout, float* %bert.encoder.layer.1.attention.output.dense.weight41, float* %grad.layer.1.attention.output.matmul.a)
  %321 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %322 = load i8*, i8** %321, align 8
  %323 = getelementptr inbounds i8, i8* %322, i64 1574912
  %grad.layer.1.attention.output_dropout42 = bitcast i8* %323 to float*
  %324 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %325 = load i8*, i8** %324, align 8
  %326 = getelementptr inbounds i8, i8* %325, i64 1443840
  %layer.1.attention.context43 = bitcast i8* %326 to float*
  %327 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %328 = load i8*, i8** %327, align 8
  %329 = getelementptr inbounds i8, i8* %328, i64 523264
  %bert.encoder.layer.1.attention.output.dense.weight44 = bitcast i8* %329 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k080_grad_layer_1_attention_output_matmul_b.gemm, float* %grad.layer.1.attention.output_dropout42, float* %layer.1.attention.context43, float* %bert.encoder.layer.1.attention.output.dense.weight44)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k081_layer_1_attention_context, i64 1024)
  %tensors45 = alloca [11 x float*], align 8
  %330 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %331 = load i8*, i8** %330, align 8
  %332 = getelementptr inbounds i8, i8* %331, i64 1247232
  %layer.1.attention.query46 = bitcast i8* %332 to float*
  %333 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 0
  store float* %layer.1.attention.query46, float** %333, align 8
  %334 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %335 = load i8*, i8** %334, align 8
  %336 = getelementptr inbounds i8, i8* %335, i64 1312768
  %layer.1.attention.key47 = bitcast i8* %336 to float*
  %337 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 1
  store float* %layer.1.attention.key47, float** %337, align 8
  %338 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %339 = load i8*, i8** %338, align 8
  %340 = getelementptr inbounds i8, i8* %339, i64 1378304
  %layer.1.attention.value48 = bitcast i8* %340 to float*
  %341 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 2
  store float* %layer.1.attention.value48, float** %341, align 8
  %342 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %343 = load i8*, i8** %342, align 8
  %344 = getelementptr inbounds i8, i8* %343, i64 67584
  %attention_mask_bias49 = bitcast i8* %344 to float*
  %345 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 3
  store float* %attention_mask_bias49, float** %345, align 8
  %346 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 4
  store float* null, float** %346, align 8
  %347 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %348 = load i8*, i8** %347, align 8
  %349 = getelementptr inbounds i8, i8* %348, i64 76800
  %layer.1.attention.context.lse50 = bitcast i8* %349 to float*
  %350 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 5
  store float* %layer.1.attention.context.lse50, float** %350, align 8
  %351 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %352 = load i8*, i8** %351, align 8
  %353 = getelementptr inbounds i8, i8* %352, i64 1640448
  %grad.layer.1.attention.output.matmul.a51 = bitcast i8* %353 to float*
  %354 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 6
  store float* %grad.layer.1.attention.output.matmul.a51, float** %354, align 8
  %355 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %356 = load i8*, i8** %355, align 8
  %357 = getelementptr inbounds i8, i8* %356, i64 80896
  %layer.1.attention.context.delta = bitcast i8* %357 to float*
  %358 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 7
  store float* %layer.1.attention.context.delta, float** %358, align 8
  %359 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %360 = load i8*, i8** %359, align 8
  %361 = getelementptr inbounds i8, i8* %360, i64 1705984
  %grad.layer.1.attention.scores.a = bitcast i8* %361 to float*
  %362 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 8
  store float* %grad.layer.1.attention.scores.a, float** %362, align 8
  %363 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %364 = load i8*, i8** %363, align 8
  %365 = getelementptr inbounds i8, i8* %364, i64 1574912
  %grad.layer.1.attention.scores.b = bitcast i8* %365 to float*
  %366 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 9
  store float* %grad.layer.1.attention.scores.b, float** %366, align 8
  %367 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %368 = load i8*, i8** %367, align 8
  %369 = getelementptr inbounds i8, i8* %368, i64 1443840
  %grad.layer.1.attention.context.b = bitcast i8* %369 to float*
  %370 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 10
  store float* %grad.layer.1.attention.context.b, float** %370, align 8
  %371 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @train_s32_v0__k082_layer_1_attention_context_grad_kv.grad.attention, float** %371)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k084_grad_layer_1_attention_value_in1_sum, i64 64)
  %372 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %373 = load i8*, i8** %372, align 8
  %374 = getelementptr inbounds i8, i8* %373, i64 1443840
  %grad.layer.1.attention.context.b52 = bitcast i8* %374 to float*
  %375 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %376 = load i8*, i8** %375, align 8
  %377 = getelementptr inbounds i8, i8* %376, i64 506624
  %bert.encoder.layer.1.attention.self.value.weight53 = bitcast i8* %377 to float*
  %378 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %379 = load i8*, i8** %378, align 8
  %380 = getelementptr inbounds i8, i8* %379, i64 1247232
  %grad.layer.1.attention.value.matmul.a = bitcast i8* %380 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k085_grad_layer_1_attention_value_matmul_a.gemm, float* %grad.layer.1.attention.context.b52, float* %bert.encoder.layer.1.attention.self.value.weight53, float* %grad.layer.1.attention.value.matmul.a)
  %381 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %382 = load i8*, i8** %381, align 8
  %383 = getelementptr inbounds i8, i8* %382, i64 1443840
  %grad.layer.1.attention.context.b54 = bitcast i8* %383 to float*
  %384 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %385 = load i8*, i8** %384, align 8
  %386 = getelementptr inbounds i8, i8* %385, i64 1116160
  %layer.0.ffn.layernorm55 = bitcast i8* %386 to float*
  %387 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %388 = load i8*, i8** %387, align 8
  %389 = getelementptr inbounds i8, i8* %388, i64 506624
  %bert.encoder.layer.1.attention.self.value.weight56 = bitcast i8* %389 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k086_grad_layer_1_attention_value_matmul_b.gemm, float* %grad.layer.1.attention.context.b54, float* %layer.0.ffn.layernorm55, float* %bert.encoder.layer.1.attention.self.value.weight56)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k087_grad_layer_1_attention_key_in1_sum, i64 64)
  %390 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %391 = load i8*, i8** %390, align 8
  %392 = getelementptr inbounds i8, i8* %391, i64 1574912
  %grad.layer.1.attention.scores.b57 = bitcast i8* %392 to float*
  %393 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %394 = load i8*, i8** %393, align 8
  %395 = getelementptr inbounds i8, i8* %394, i64 489984
  %bert.encoder.layer.1.attention.self.key.weight58 = bitcast i8* %395 to float*
  %396 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %397 = load i8*, i8** %396, align 8
  %398 = getelementptr inbounds i8, i8* %397, i64 1312768
  %grad.layer.1.attention.key.matmul.a = bitcast i8* %398 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k088_grad_layer_1_attention_key_matmul_a.gemm, float* %grad.layer.1.attention.scores.b57, float* %bert.encoder.layer.1.attention.self.key.weight58, float* %grad.layer.1.attention.key.matmul.a)
  %399 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %400 = load i8*, i8** %399, align 8
  %401 = getelementptr inbounds i8, i8* %400, i64 1574912
  %grad.layer.1.attention.scores.b59 = bitcast i8* %401 to float*
  %402 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %403 = load i8*, i8** %402, align 8
  %404 = getelementptr inbounds i8, i8* %403, i64 1116160
  %layer.0.ffn.layernorm60 = bitcast i8* %404 to float*
  %405 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %406 = load i8*, i8** %405, align 8
  %407 = getelementptr inbounds i8, i8* %406, i64 489984
  %bert.encoder.layer.1.attention.self.key.weight61 = bitcast i8* %407 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k089_grad_layer_1_attention_key_matmul_b.gemm, float* %grad.layer.1.attention.scores.b59, float* %layer.0.ffn.layernorm60, float* %bert.encoder.layer.1.attention.self.key.weight61)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k090_grad_layer_1_attention_query_in1_sum, i64 64)
  %408 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %409 = load i8*, i8** %408, align 8
  %410 = getelementptr inbounds i8, i8* %409, i64 1705984
  %grad.layer.1.attention.scores.a62 = bitcast i8* %410 to float*
  %411 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %412 = load i8*, i8** %411, align 8
  %413 = getelementptr inbounds i8, i8* %412, i64 473344
  %bert.encoder.layer.1.attention.self.query.weight63 = bitcast i8* %413 to float*
  %414 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %415 = load i8*, i8** %414, align 8
  %416 = getelementptr inbounds i8, i8* %415, i64 1378304
  %grad.layer.1.attention.query.matmul.a = bitcast i8* %416 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k091_grad_layer_1_attention_query_matmul_a.gemm, float* %grad.layer.1.attention.scores.a62, float* %bert.encoder.layer.1.attention.self.query.weight63, float* %grad.layer.1.attention.query.matmul.a)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k092_grad_layer_0_ffn_layernorm_sum, i64 256)
  %417 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %418 = load i8*, i8** %417, align 8
  %419 = getelementptr inbounds i8, i8* %418, i64 1705984
  %grad.layer.1.attention.scores.a64 = bitcast i8* %419 to float*
  %420 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %421 = load i8*, i8** %420, align 8
  %422 = getelementptr inbounds i8, i8* %421, i64 1116160
  %layer.0.ffn.layernorm65 = bitcast i8* %422 to float*
  %423 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %424 = load i8*, i8** %423, align 8
  %425 = getelementptr inbounds i8, i8* %424, i64 473344
  %bert.encoder.layer.1.attention.self.query.weight66 = bitcast i8* %425 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k093_grad_layer_1_attention_query_matmul_b.gemm, float* %grad.layer.1.attention.scores.a64, float* %layer.0.ffn.layernorm65, float* %bert.encoder.layer.1.attention.self.query.weight66)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k094_grad_layer_0_ffn_layernorm_x, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k095_grad_layer_0_ffn_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k096_grad_layer_0_ffn_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k097_grad_layer_0_ffn_dropout, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k098_grad_layer_0_ffn_output_in1_sum, i64 64)
  %426 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %427 = load i8*, i8** %426, align 8
  %428 = getelementptr inbounds i8, i8* %427, i64 1181696
  %grad.layer.0.ffn.dropout = bitcast i8* %428 to float*
  %429 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %430 = load i8*, i8** %429, align 8
  %431 = getelementptr inbounds i8, i8* %430, i64 407040
  %bert.encoder.layer.0.output.dense.weight67 = bitcast i8* %431 to float*
  %432 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %433 = load i8*, i8** %432, align 8
  %434 = getelementptr inbounds i8, i8* %433, i64 1247232
  %grad.layer.0.ffn.output.matmul.a = bitcast i8* %434 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k099_grad_layer_0_ffn_output_matmul_a.gemm, float* %grad.layer.0.ffn.dropout, float* %bert.encoder.layer.0.output.dense.weight67, float* %grad.layer.0.ffn.output.matmul.a)
  %435 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %436 = load i8*, i8** %435, align 8
  %437 = getelementptr inbounds i8, i8* %436, i64 1181696
  %grad.layer.0.ffn.dropout68 = bitcast i8* %437 to float*
  %438 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %439 = load i8*, i8** %438, align 8
  %440 = getelementptr inbounds i8, i8* %439, i64 854016
  %layer.0.ffn.gelu69 = bitcast i8* %440 to float*
  %441 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %442 = load i8*, i8** %441, align 8
  %443 = getelementptr inbounds i8, i8* %442, i64 407040
  %bert.encoder.layer.0.output.dense.weight70 = bitcast i8* %443 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k100_grad_layer_0_ffn_output_matmul_b.gemm, float* %grad.layer.0.ffn.dropout68, float* %layer.0.ffn.gelu69, float* %bert.encoder.layer.0.output.dense.weight70)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k101_grad_layer_0_ffn_gelu, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k102_grad_layer_0_ffn_intermediate_in1_sum, i64 256)
  %444 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %445 = load i8*, i8** %444, align 8
  %446 = getelementptr inbounds i8, i8* %445, i64 854016
  %grad.layer.0.ffn.gelu = bitcast i8* %446 to float*
  %447 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %448 = load i8*, i8** %447, align 8
  %449 = getelementptr inbounds i8, i8* %448, i64 340480
  %bert.encoder.layer.0.intermediate.dense.weight71 = bitcast i8* %449 to float*
  %450 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %451 = load i8*, i8** %450, align 8
  %452 = getelementptr inbounds i8, i8* %451, i64 591872
  %grad.layer.0.ffn.intermediate.matmul.a = bitcast i8* %452 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k103_grad_layer_0_ffn_intermediate_matmul_a.gemm, float* %grad.layer.0.ffn.gelu, float* %bert.encoder.layer.0.intermediate.dense.weight71, float* %grad.layer.0.ffn.intermediate.matmul.a)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k104_grad_layer_0_attention_layernorm_sum, i64 256)
  %453 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %454 = load i8*, i8** %453, align 8
  %455 = getelementptr inbounds i8, i8* %454, i64 854016
  %grad.layer.0.ffn.gelu72 = bitcast i8* %455 to float*
  %456 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %457 = load i8*, i8** %456, align 8
  %458 = getelementptr inbounds i8, i8* %457, i64 460800
  %layer.0.attention.layernorm73 = bitcast i8* %458 to float*
  %459 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %460 = load i8*, i8** %459, align 8
  %461 = getelementptr inbounds i8, i8* %460, i64 340480
  %bert.encoder.layer.0.intermediate.dense.weight74 = bitcast i8* %461 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k105_grad_layer_0_ffn_intermediate_matmul_b.gemm, float* %grad.layer.0.ffn.gelu72, float* %layer.0.attention.layernorm73, float* %bert.encoder.layer.0.intermediate.dense.weight74)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k106_grad_layer_0_attention_layernorm_x, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k107_grad_layer_0_attention_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k108_grad_layer_0_attention_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k109_grad_layer_0_attention_output_dropout, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k110_grad_layer_0_attention_output_in1_sum, i64 64)
  %462 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %463 = load i8*, i8** %462, align 8
  %464 = getelementptr inbounds i8, i8* %463, i64 526336
  %grad.layer.0.attention.output_dropout = bitcast i8* %464 to float*
  %465 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %466 = load i8*, i8** %465, align 8
  %467 = getelementptr inbounds i8, i8* %466, i64 323328
  %bert.encoder.layer.0.attention.output.dense.weight75 = bitcast i8* %467 to float*
  %468 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %469 = load i8*, i8** %468, align 8
  %470 = getelementptr inbounds i8, i8* %469, i64 591872
  %grad.layer.0.attention.output.matmul.a = bitcast i8* %470 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k111_grad_layer_0_attention_output_matmul_a.gemm, float* %grad.layer.0.attention.output_dropout, float* %bert.encoder.layer.0.attention.output.dense.weight75, float* %grad.layer.0.attention.output.matmul.a)
  %471 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %472 = load i8*, i8** %471, align 8
  %473 = getelementptr inbounds i8, i8* %472, i64 526336
  %grad.layer.0.attention.output_dropout76 = bitcast i8* %473 to float*
  %474 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %475 = load i8*, i8** %474, align 8
  %476 = getelementptr inbounds i8, i8* %475, i64 395264
  %layer.0.attention.context77 = bitcast i8* %476 to float*
  %477 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %478 = load i8*, i8** %477, align 8
  %479 = getelementptr inbounds i8, i8* %478, i64 323328
  %bert.encoder.layer.0.attention.output.dense.weight78 = bitcast i8* %479 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k112_grad_layer_0_attention_output_matmul_b.gemm, float* %grad.layer.0.attention.output_dropout76, float* %layer.0.attention.context77, float* %bert.encoder.layer.0.attention.output.dense.weight78)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k113_layer_0_attention_context, i64 1024)
  %tensors79 = alloca [11 x float*], align 8
  %480 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %481 = load i8*, i8** %480, align 8
  %482 = getelementptr inbounds i8, i8* %481, i64 198656
  %layer.0.attention.query80 = bitcast i8* %482 to float*
  %483 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 0
  store float* %layer.0.attention.query80, float** %483, align 8
  %484 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %485 = load i8*, i8** %484, align 8
  %486 = getelementptr inbounds i8, i8* %485, i64 264192
  %layer.0.attention.key81 = bitcast i8* %486 to float*
  %487 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 1
  store float* %layer.0.attention.key81, float** %487, align 8
  %488 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %489 = load i8*, i8** %488, align 8
  %490 = getelementptr inbounds i8, i8* %489, i64 329728
  %layer.0.attention.value82 = bitcast i8* %490 to float*
  %491 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 2
  store float* %layer.0.attention.value82, float** %491, align 8
  %492 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %493 = load i8*, i8** %492, align 8
  %494 = getelementptr inbounds i8, i8* %493, i64 67584
  %attention_mask_bias83 = bitcast i8* %494 to float*
  %495 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 3
  store float* %attention_mask_bias83, float** %495, align 8
  %496 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 4
  store float* null, float** %496, align 8
  %497 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %498 = load i8*, i8** %497, align 8
  %499 = getelementptr inbounds i8, i8* %498, i64 68608
  %layer.0.attention.context.lse84 = bitcast i8* %499 to float*
  %500 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 5
  store float* %layer.0.attention.context.lse84, float** %500, align 8
  %501 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %502 = load i8*, i8** %501, align 8
  %503 = getelementptr inbounds i8, i8* %502, i64 591872
  %grad.layer.0.attention.output.matmul.a85 = bitcast i8* %503 to float*
  %504 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 6
  store float* %grad.layer.0.attention.output.matmul.a85, float** %504, align 8
  %505 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %506 = load i8*, i8** %505, align 8
  %507 = getelementptr inbounds i8, i8* %506, i64 72704
  %layer.0.attention.context.delta = bitcast i8* %507 to float*
  %508 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 7
  store float* %layer.0.attention.context.delta, float** %508, align 8
  %509 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %510 = load i8*, i8** %509, align 8
  %511 = getelementptr inbounds i8, i8* %510, i64 657408
  %grad.layer.0.attention.scores.a = bitcast i8* %511 to float*
  %512 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 8
  store float* %grad.layer.0.attention.scores.a, float** %512, align 8
  %513 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %514 = load i8*, i8** %513, align 8
  %515 = getelementptr inbounds i8, i8* %514, i64 526336
  %grad.layer.0.attention.scores.b = bitcast i8* %515 to float*
  %516 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 9
  store float* %grad.layer.0.attention.scores.b, float** %516, align 8
  %517 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %518 = load i8*, i8** %517, align 8
  %519 = getelementptr inbounds i8, i8* %518, i64 395264
  %grad.layer.0.attention.context.b = bitcast i8* %519 to float*
  %520 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 10
  store float* %grad.layer.0.attention.context.b, float** %520, align 8
  %521 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @train_s32_v0__k114_layer_0_attention_context_grad_kv.grad.attention, float** %521)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k116_grad_layer_0_attention_value_in1_sum, i64 64)
  %522 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %523 = load i8*, i8** %522, align 8
  %524 = getelementptr inbounds i8, i8* %523, i64 395264
  %grad.layer.0.attention.context.b86 = bitcast i8* %524 to float*
  %525 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %526 = load i8*, i8** %525, align 8
  %527 = getelementptr inbounds i8, i8* %526, i64 306688
  %bert.encoder.layer.0.attention.self.value.weight87 = bitcast i8* %527 to float*
  %528 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %529 = load i8*, i8** %528, align 8
  %530 = getelementptr inbounds i8, i8* %529, i64 67584
  %grad.layer.0.attention.value.matmul.a = bitcast i8* %530 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k117_grad_layer_0_attention_value_matmul_a.gemm, float* %grad.layer.0.attention.context.b86, float* %bert.encoder.layer.0.attention.self.value.weight87, float* %grad.layer.0.attention.value.matmul.a)
  %531 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %532 = load i8*, i8** %531, align 8
  %533 = getelementptr inbounds i8, i8* %532, i64 395264
  %grad.layer.0.attention.context.b88 = bitcast i8* %533 to float*
  %534 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %535 = load i8*, i8** %534, align 8
  %536 = getelementptr inbounds i8, i8* %535, i64 133120
  %embeddings.dropout89 = bitcast i8* %536 to float*
  %537 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %538 = load i8*, i8** %537, align 8
  %539 = getelementptr inbounds i8, i8* %538, i64 306688
  %bert.encoder.layer.0.attention.self.value.weight90 = bitcast i8* %539 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k118_grad_layer_0_attention_value_matmul_b.gemm, float* %grad.layer.0.attention.context.b88, float* %embeddings.dropout89, float* %bert.encoder.layer.0.attention.self.value.weight90)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k119_grad_layer_0_attention_key_in1_sum, i64 64)
  %540 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %541 = load i8*, i8** %540, align 8
  %542 = getelementptr inbounds i8, i8* %541, i64 526336
  %grad.layer.0.attention.scores.b91 = bitcast i8* %542 to float*
  %543 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %544 = load i8*, i8** %543, align 8
  %545 = getelementptr inbounds i8, i8* %544, i64 290048
  %bert.encoder.layer.0.attention.self.key.weight92 = bitcast i8* %545 to float*
  %546 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %547 = load i8*, i8** %546, align 8
  %548 = getelementptr inbounds i8, i8* %547, i64 198656
  %grad.layer.0.attention.key.matmul.a = bitcast i8* %548 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k120_grad_layer_0_attention_key_matmul_a.gemm, float* %grad.layer.0.attention.scores.b91, float* %bert.encoder.layer.0.attention.self.key.weight92, float* %grad.layer.0.attention.key.matmul.a)
  %549 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %550 = load i8*, i8** %549, align 8
  %551 = getelementptr inbounds i8, i8* %550, i64 526336
  %grad.layer.0.attention.scores.b93 = bitcast i8* %551 to float*
  %552 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %553 = load i8*, i8** %552, align 8
  %554 = getelementptr inbounds i8, i8* %553, i64 133120
  %embeddings.dropout94 = bitcast i8* %554 to float*
  %555 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %556 = load i8*, i8** %555, align 8
  %557 = getelementptr inbounds i8, i8* %556, i64 290048
  %bert.encoder.layer.0.attention.self.key.weight95 = bitcast i8* %557 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k121_grad_layer_0_attention_key_matmul_b.gemm, float* %grad.layer.0.attention.scores.b93, float* %embeddings.dropout94, float* %bert.encoder.layer.0.attention.self.key.weight95)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k122_grad_layer_0_attention_query_in1_sum, i64 64)
  %558 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %559 = load i8*, i8** %558, align 8
  %560 = getelementptr inbounds i8, i8* %559, i64 657408
  %grad.layer.0.attention.scores.a96 = bitcast i8* %560 to float*
  %561 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %562 = load i8*, i8** %561, align 8
  %563 = getelementptr inbounds i8, i8* %562, i64 273408
  %bert.encoder.layer.0.attention.self.query.weight97 = bitcast i8* %563 to float*
  %564 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %565 = load i8*, i8** %564, align 8
  %566 = getelementptr inbounds i8, i8* %565, i64 264192
  %grad.layer.0.attention.query.matmul.a = bitcast i8* %566 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k123_grad_layer_0_attention_query_matmul_a.gemm, float* %grad.layer.0.attention.scores.a96, float* %bert.encoder.layer.0.attention.self.query.weight97, float* %grad.layer.0.attention.query.matmul.a)
  %567 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %568 = load i8*, i8** %567, align 8
  %569 = getelementptr inbounds i8, i8* %568, i64 657408
  %grad.layer.0.attention.scores.a98 = bitcast i8* %569 to float*
  %570 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %571 = load i8*, i8** %570, align 8
  %572 = getelementptr inbounds i8, i8* %571, i64 133120
  %embeddings.dropout99 = bitcast i8* %572 to float*
  %573 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %574 = load i8*, i8** %573, align 8
  %575 = getelementptr inbounds i8, i8* %574, i64 273408
  %bert.encoder.layer.0.attention.self.query.weight100 = bitcast i8* %575 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s32_v0__k124_grad_layer_0_attention_query_matmul_b.gemm, float* %grad.layer.0.attention.scores.a98, float* %embeddings.dropout99, float* %bert.encoder.layer.0.attention.self.query.weight100)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k125_grad_embeddings_dropout, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k126_grad_embeddings_layernorm_x, i64 256)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k127_grad_embeddings_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k128_grad_embeddings_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k129_grad_embeddings_sum_in1_sum, i64 2048)
  call void @train_s32_v0__k130_grad_embeddings_position(%bertrt_ctx* %ctx, i64 0, i64 32)
  call void @train_s32_v0__k131_grad_embeddings_position(%bertrt_ctx* %ctx, i64 0, i64 32)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k132_grad_embeddings_token_type, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k133_grad_embeddings_word, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s32_v0__k134_grad_bert_embeddings_word_embeddings_weight_sum, i64 1000)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_52(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32* noalias %b2, float* noalias %b3, i32* noalias %b4, float* noalias %b5) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %29

row:                                              ; preds = %26, %start
  %row1 = phi i64 [ %begin, %start ], [ %27, %26 ]
  %r1 = urem i64 %row1, 64
  %1 = udiv i64 %row1, 64
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %24, %map ]
  %2 = mul nsw i64 %1, 64
  %3 = add nsw i64 %2, %r1
  %4 = getelementptr inbounds i32, i32* %b4, i64 %3
  %id = load i32, i32* %4, align 4, !tbaa !0
  %5 = sext i32 %id to i64
  %6 = mul nsw i64 %5, 64
  %7 = add nsw i64 %map2, %6
  %8 = getelementptr inbounds float, float* %b3, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = mul nsw i64 %1, 64
  %10 = add nsw i64 %9, %r1
  %11 = getelementptr inbounds i32, i32* %b2, i64 %10
  %id3 = load i32, i32* %11, align 4, !tbaa !0
  %12 = sext i32 %id3 to i64
  %13 = mul nsw i64 %12, 64
  %14 = add nsw i64 %map2, %13
  %15 = getelementptr inbounds float, float* %b1, i64 %14
  %x4 = load float, float* %15, align 4, !tbaa !3
  %add = fadd float %x, %x4
  %16 = mul nsw i64 %r1, 64
  %17 = add nsw i64 %16, %map2
  %18 = getelementptr inbounds float, float* %b0, i64 %17
  %x5 = load float, float* %18, align 4, !tbaa !3
  %add6 = fadd float %add, %x5
  %19 = mul nsw i64 %1, 4096
  %20 = mul nsw i64 %r1, 64
  %21 = add nsw i64 %19, %20
  %22 = add nsw i64 %21, %map2
  %23 = getelementptr inbounds float, float* %b5, i64 %22
  store float %add6, float* %23, align 4, !tbaa !3
  %24 = add nsw i64 %map2, 1
  %25 = icmp slt i64 %24, 64
  br i1 %25, label %map, label %26, !llvm.loop !100

26:                                               ; preds = %map
  %27 = add nsw i64 %row1, 1
  %28 = icmp slt i64 %27, %end
  br i1 %28, label %row, label %29

29:                                               ; preds = %26, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k000_embeddings_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 256000
  %bert.embeddings.position_embeddings.weight = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 272384
  %bert.embeddings.token_type_embeddings.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2048
  %token_type_ids = bitcast i8* %8 to i32*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 0
  %input_ids = bitcast i8* %14 to i32*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 0
  %embeddings.sum = bitcast i8* %17 to float*
  call void @body_52(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %bert.embeddings.position_embeddings.weight, float* %bert.embeddings.token_type_embeddings.weight, i32* %token_type_ids, float* %bert.embeddings.word_embeddings.weight, i32* %input_ids, float* %embeddings.sum)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_53(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %36

row:                                              ; preds = %33, %start
  %row1 = phi i64 [ %begin, %start ], [ %34, %33 ]
  %r1 = urem i64 %row1, 64
  %1 = udiv i64 %row1, 64
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %7, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %2 = mul nsw i64 %1, 4096
  %3 = mul nsw i64 %r1, 64
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %reduce2
  %6 = getelementptr inbounds float, float* %b0, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %7 = add nsw i64 %reduce2, 1
  %8 = icmp slt i64 %7, 64
  br i1 %8, label %reduce, label %9, !llvm.loop !101

9:                                                ; preds = %reduce
  %mul = fmul float %sum.next, 1.562500e-02
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %9
  %reduce4 = phi i64 [ 0, %9 ], [ %15, %reduce3 ]
  %sum5 = phi float [ 0.000000e+00, %9 ], [ %sum.next8, %reduce3 ]
  %10 = mul nsw i64 %1, 4096
  %11 = mul nsw i64 %r1, 64
  %12 = add nsw i64 %10, %11
  %13 = add nsw i64 %12, %reduce4
  %14 = getelementptr inbounds float, float* %b0, i64 %13
  %x6 = load float, float* %14, align 4, !tbaa !3
  %sub = fsub float %x6, %mul
  %mul7 = fmul float %sub, %sub
  %sum.next8 = fadd float %sum5, %mul7
  %15 = add nsw i64 %reduce4, 1
  %16 = icmp slt i64 %15, 64
  br i1 %16, label %reduce3, label %17, !llvm.loop !102

17:                                               ; preds = %reduce3
  %mul9 = fmul float %sum.next8, 1.562500e-02
  %add = fadd float %mul9, 0x3D71979980000000
  %18 = call float @llvm.sqrt.f32(float %add)
  %rsqrt = fdiv float 1.000000e+00, %18
  br label %map

map:                                              ; preds = %map, %17
  %map10 = phi i64 [ 0, %17 ], [ %31, %map ]
  %19 = mul nsw i64 %1, 4096
  %20 = mul nsw i64 %r1, 64
  %21 = add nsw i64 %19, %20
  %22 = add nsw i64 %21, %map10
  %23 = getelementptr inbounds float, float* %b0, i64 %22
  %x11 = load float, float* %23, align 4, !tbaa !3
  %sub12 = fsub float %x11, %mul
  %mul13 = fmul float %sub12, %rsqrt
  %24 = getelementptr inbounds float, float* %b2, i64 %map10
  %x14 = load float, float* %24, align 4, !tbaa !3
  %mul15 = fmul float %mul13, %x14
  %25 = getelementptr inbounds float, float* %b1, i64 %map10
  %x16 = load float, float* %25, align 4, !tbaa !3
  %add17 = fadd float %mul15, %x16
  %26 = mul nsw i64 %1, 4096
  %27 = mul nsw i64 %r1, 64
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %map10
  %30 = getelementptr inbounds float, float* %b3, i64 %29
  store float %add17, float* %30, align 4, !tbaa !3
  %31 = add nsw i64 %map10, 1
  %32 = icmp slt i64 %31, 64
  br i1 %32, label %map, label %33, !llvm.loop !103

33:                                               ; preds = %map
  %34 = add nsw i64 %row1, 1
  %35 = icmp slt i64 %34, %end
  br i1 %35, label %row, label %36

36:                                               ; preds = %33, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k001_embeddings_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273152
  %bert.embeddings.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 272896
  %bert.embeddings.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 131072
  %embeddings.layernorm = bitcast i8* %11 to float*
  call void @body_53(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.sum, float* %bert.embeddings.LayerNorm.bias, float* %bert.embeddings.LayerNorm.weight, float* %embeddings.layernorm)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_54(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32 %0) #0 {
entry:
  %1 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 4
  %ctx.f = load float, float* %1, align 4
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 5
  %seed = load i32, i32* %2, align 4
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 6
  %step = load i32, i32* %3, align 4
  br label %start

start:                                            ; preds = %entry
  %4 = icmp slt i64 %begin, %end
  br i1 %4, label %row, label %25

row:                                              ; preds = %22, %start
  %row1 = phi i64 [ %begin, %start ], [ %23, %22 ]
  %r1 = urem i64 %row1, 64
  %5 = udiv i64 %row1, 64
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %20, %map ]
  %6 = mul nsw i64 %5, 4096
  %7 = mul nsw i64 %r1, 64
  %8 = add nsw i64 %6, %7
  %9 = add nsw i64 %8, %map2
  %10 = getelementptr inbounds float, float* %b0, i64 %9
  %x = load float, float* %10, align 4, !tbaa !3
  %11 = mul nsw i64 %row1, 64
  %12 = add nsw i64 %11, %map2
  %uniform = call float @bertc.dropout_uniform(i32 %seed, i32 %step, i32 %0, i64 %12)
  %13 = fcmp olt float %uniform, 0x3FB99999A0000000
  %lt = select i1 %13, float 1.000000e+00, float 0.000000e+00
  %sub = fsub float 1.000000e+00, %lt
  %mul = fmul float %sub, 0x3FF1C71C80000000
  %14 = fcmp une float %ctx.f, 0.000000e+00
  %select = select i1 %14, float %mul, float 1.000000e+00
  %mul3 = fmul float %x, %select
  %15 = mul nsw i64 %5, 4096
  %16 = mul nsw i64 %r1, 64
  %17 = add nsw i64 %15, %16
  %18 = add nsw i64 %17, %map2
  %19 = getelementptr inbounds float, float* %b1, i64 %18
  store float %mul3, float* %19, align 4, !tbaa !3
  %20 = add nsw i64 %map2, 1
  %21 = icmp slt i64 %20, 64
  br i1 %21, label %map, label %22, !llvm.loop !104

22:                                               ; preds = %map
  %23 = add nsw i64 %row1, 1
  %24 = icmp slt i64 %23, %end
  br i1 %24, label %row, label %25

25:                                               ; preds = %22, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k002_embeddings_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 131072
  %embeddings.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %embeddings.dropout = bitcast i8* %5 to float*
  call void @body_54(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.layernorm, float* %embeddings.dropout, i32 1)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_55(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %17

row:                                              ; preds = %14, %start
  %row1 = phi i64 [ %begin, %start ], [ %15, %14 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %12, %map ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds i32, i32* %b0, i64 %2
  %id = load i32, i32* %3, align 4, !tbaa !0
  %4 = sitofp i32 %id to float
  %5 = fcmp oeq float %4, 0.000000e+00
  %eq = select i1 %5, float 1.000000e+00, float 0.000000e+00
  %6 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %6, float 0xC7EFFFFFE0000000, float 0.000000e+00
  %7 = mul nsw i64 %row1, 64
  %8 = add nsw i64 %7, 0
  %9 = add nsw i64 %8, 0
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b1, i64 %10
  store float %select, float* %11, align 4, !tbaa !3
  %12 = add nsw i64 %map2, 1
  %13 = icmp slt i64 %12, 64
  br i1 %13, label %map, label %14, !llvm.loop !105

14:                                               ; preds = %map
  %15 = add nsw i64 %row1, 1
  %16 = icmp slt i64 %15, %end
  br i1 %16, label %row, label %17

17:                                               ; preds = %14, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k003_attention_mask_bias(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4096
  %attention_mask = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 131072
  %attention_mask_bias = bitcast i8* %5 to float*
  call void @body_55(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %attention_mask, float* %attention_mask_bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %14

row:                                              ; preds = %11, %start
  %row1 = phi i64 [ %begin, %start ], [ %12, %11 ]
  %i = urem i64 %row1, 512
  %1 = udiv i64 %row1, 512
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 64
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %9, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  store float %biased, float* %7, align 4, !tbaa !3
  %9 = add nsw i64 %col4, 1
  %10 = icmp slt i64 %9, 64
  br i1 %10, label %col, label %11, !llvm.loop !106

11:                                               ; preds = %col
  %12 = add nsw i64 %row1, 1
  %13 = icmp slt i64 %12, %end
  br i1 %13, label %row, label %14

14:                                               ; preds = %11, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k004_layer_0_attention_query_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %layer.0.attention.query = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 289792
  %bert.encoder.layer.0.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.query, float* %bert.encoder.layer.0.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k005_layer_0_attention_key_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 264192
  %layer.0.attention.key = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 306432
  %bert.encoder.layer.0.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.key, float* %bert.encoder.layer.0.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k006_layer_0_attention_value_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 395264
  %layer.0.attention.value = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 323072
  %bert.encoder.layer.0.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.value, float* %bert.encoder.layer.0.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k008_layer_0_attention_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %layer.0.attention.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 339712
  %bert.encoder.layer.0.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.output, float* %bert.encoder.layer.0.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_57(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, i32 %0) #0 {
entry:
  %1 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 4
  %ctx.f = load float, float* %1, align 4
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 5
  %seed = load i32, i32* %2, align 4
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 6
  %step = load i32, i32* %3, align 4
  br label %start

start:                                            ; preds = %entry
  %4 = icmp slt i64 %begin, %end
  br i1 %4, label %row, label %30

row:                                              ; preds = %27, %start
  %row1 = phi i64 [ %begin, %start ], [ %28, %27 ]
  %r1 = urem i64 %row1, 64
  %5 = udiv i64 %row1, 64
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %25, %map ]
  %6 = mul nsw i64 %5, 4096
  %7 = mul nsw i64 %r1, 64
  %8 = add nsw i64 %6, %7
  %9 = add nsw i64 %8, %map2
  %10 = getelementptr inbounds float, float* %b1, i64 %9
  %x = load float, float* %10, align 4, !tbaa !3
  %11 = mul nsw i64 %row1, 64
  %12 = add nsw i64 %11, %map2
  %uniform = call float @bertc.dropout_uniform(i32 %seed, i32 %step, i32 %0, i64 %12)
  %13 = fcmp olt float %uniform, 0x3FB99999A0000000
  %lt = select i1 %13, float 1.000000e+00, float 0.000000e+00
  %sub = fsub float 1.000000e+00, %lt
  %mul = fmul float %sub, 0x3FF1C71C80000000
  %14 = fcmp une float %ctx.f, 0.000000e+00
  %select = select i1 %14, float %mul, float 1.000000e+00
  %mul3 = fmul float %x, %select
  %15 = mul nsw i64 %5, 4096
  %16 = mul nsw i64 %r1, 64
  %17 = add nsw i64 %15, %16
  %18 = add nsw i64 %17, %map2
  %19 = getelementptr inbounds float, float* %b0, i64 %18
  %x4 = load float, float* %19, align 4, !tbaa !3
  %add = fadd float %mul3, %x4
  %20 = mul nsw i64 %5, 4096
  %21 = mul nsw i64 %r1, 64
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %map2
  %24 = getelementptr inbounds float, float* %b2, i64 %23
  store float %add, float* %24, align 4, !tbaa !3
  %25 = add nsw i64 %map2, 1
  %26 = icmp slt i64 %25, 64
  br i1 %26, label %map, label %27, !llvm.loop !107

27:                                               ; preds = %map
  %28 = add nsw i64 %row1, 1
  %29 = icmp slt i64 %28, %end
  br i1 %29, label %row, label %30

30:                                               ; preds = %27, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k009_layer_0_attention_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 133120
  %layer.0.attention.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 264192
  %layer.0.attention.residual = bitcast i8* %8 to float*
  call void @body_57(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.dropout, float* %layer.0.attention.output, float* %layer.0.attention.residual, i32 3)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k010_layer_0_attention_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 264192
  %layer.0.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 340224
  %bert.encoder.layer.0.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 339968
  %bert.encoder.layer.0.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %layer.0.attention.layernorm = bitcast i8* %11 to float*
  call void @body_53(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.residual, float* %bert.encoder.layer.0.attention.output.LayerNorm.bias, float* %bert.encoder.layer.0.attention.output.LayerNorm.weight, float* %layer.0.attention.layernorm)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_58(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %17

row:                                              ; preds = %14, %start
  %row1 = phi i64 [ %begin, %start ], [ %15, %14 ]
  %i = urem i64 %row1, 512
  %1 = udiv i64 %row1, 512
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 256
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %12, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  %9 = fdiv float %biased, 0x3FF6A09E60000000
  %erf = call float @bertc.erff(float %9)
  %10 = fmul float 5.000000e-01, %biased
  %11 = fadd float 1.000000e+00, %erf
  %gelu = fmul float %10, %11
  store float %gelu, float* %7, align 4, !tbaa !3
  %12 = add nsw i64 %col4, 1
  %13 = icmp slt i64 %12, 256
  br i1 %13, label %col, label %14, !llvm.loop !108

14:                                               ; preds = %col
  %15 = add nsw i64 %row1, 1
  %16 = icmp slt i64 %15, %end
  br i1 %16, label %row, label %17

17:                                               ; preds = %14, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k011_layer_0_ffn_intermediate_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %layer.0.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 406016
  %bert.encoder.layer.0.intermediate.dense.bias = bitcast i8* %5 to float*
  call void @body_58(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.gelu, float* %bert.encoder.layer.0.intermediate.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k012_layer_0_ffn_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 657408
  %layer.0.ffn.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 472576
  %bert.encoder.layer.0.output.dense.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.output, float* %bert.encoder.layer.0.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k013_layer_0_ffn_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %layer.0.attention.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 657408
  %layer.0.ffn.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 133120
  %layer.0.ffn.residual = bitcast i8* %8 to float*
  call void @body_57(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.layernorm, float* %layer.0.ffn.output, float* %layer.0.ffn.residual, i32 4)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k014_layer_0_ffn_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %layer.0.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 473088
  %bert.encoder.layer.0.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 472832
  %bert.encoder.layer.0.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %layer.0.ffn.layernorm = bitcast i8* %11 to float*
  call void @body_53(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.residual, float* %bert.encoder.layer.0.output.LayerNorm.bias, float* %bert.encoder.layer.0.output.LayerNorm.weight, float* %layer.0.ffn.layernorm)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k015_layer_1_attention_query_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 133120
  %layer.1.attention.query = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 489728
  %bert.encoder.layer.1.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.query, float* %bert.encoder.layer.1.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k016_layer_1_attention_key_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 264192
  %layer.1.attention.key = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 506368
  %bert.encoder.layer.1.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.key, float* %bert.encoder.layer.1.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k017_layer_1_attention_value_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 395264
  %layer.1.attention.value = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 523008
  %bert.encoder.layer.1.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.value, float* %bert.encoder.layer.1.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k019_layer_1_attention_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 131072
  %layer.1.attention.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 539648
  %bert.encoder.layer.1.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.output, float* %bert.encoder.layer.1.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k020_layer_1_attention_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %layer.0.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 131072
  %layer.1.attention.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 262144
  %layer.1.attention.residual = bitcast i8* %8 to float*
  call void @body_57(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.layernorm, float* %layer.1.attention.output, float* %layer.1.attention.residual, i32 6)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k021_layer_1_attention_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 262144
  %layer.1.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 540160
  %bert.encoder.layer.1.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 539904
  %bert.encoder.layer.1.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %layer.1.attention.layernorm = bitcast i8* %11 to float*
  call void @body_53(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.residual, float* %bert.encoder.layer.1.attention.output.LayerNorm.bias, float* %bert.encoder.layer.1.attention.output.LayerNorm.weight, float* %layer.1.attention.layernorm)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k022_layer_1_ffn_intermediate_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 131072
  %layer.1.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 605952
  %bert.encoder.layer.1.intermediate.dense.bias = bitcast i8* %5 to float*
  call void @body_58(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.gelu, float* %bert.encoder.layer.1.intermediate.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k023_layer_1_ffn_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 655360
  %layer.1.ffn.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 672512
  %bert.encoder.layer.1.output.dense.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.output, float* %bert.encoder.layer.1.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k024_layer_1_ffn_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %layer.1.attention.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 655360
  %layer.1.ffn.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 131072
  %layer.1.ffn.residual = bitcast i8* %8 to float*
  call void @body_57(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.layernorm, float* %layer.1.ffn.output, float* %layer.1.ffn.residual, i32 7)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k025_layer_1_ffn_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 131072
  %layer.1.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 673024
  %bert.encoder.layer.1.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 672768
  %bert.encoder.layer.1.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 513408
  %layer.1.ffn.layernorm = bitcast i8* %11 to float*
  call void @body_53(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.residual, float* %bert.encoder.layer.1.output.LayerNorm.bias, float* %bert.encoder.layer.1.output.LayerNorm.weight, float* %layer.1.ffn.layernorm)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_59(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, i32* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %14

row:                                              ; preds = %11, %start
  %row1 = phi i64 [ %begin, %start ], [ %12, %11 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %9, %map ]
  %1 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id = load i32, i32* %1, align 4, !tbaa !0
  %2 = sext i32 %id to i64
  %3 = mul nsw i64 %2, 64
  %4 = add nsw i64 %map2, %3
  %5 = getelementptr inbounds float, float* %b0, i64 %4
  %x = load float, float* %5, align 4, !tbaa !3
  %6 = mul nsw i64 %row1, 64
  %7 = add nsw i64 %6, %map2
  %8 = getelementptr inbounds float, float* %b2, i64 %7
  store float %x, float* %8, align 4, !tbaa !3
  %9 = add nsw i64 %map2, 1
  %10 = icmp slt i64 %9, 64
  br i1 %10, label %map, label %11, !llvm.loop !109

11:                                               ; preds = %map
  %12 = add nsw i64 %row1, 1
  %13 = icmp slt i64 %12, %end
  br i1 %13, label %row, label %14

14:                                               ; preds = %11, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k026_head_masked_rows(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 513408
  %layer.1.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6144
  %masked_positions = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 0
  %head.masked_rows = bitcast i8* %8 to float*
  call void @body_59(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm, i32* %masked_positions, float* %head.masked_rows)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_60(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %17

row:                                              ; preds = %14, %start
  %row1 = phi i64 [ %begin, %start ], [ %15, %14 ]
  %i = urem i64 %row1, 126
  %1 = udiv i64 %row1, 126
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 64
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %12, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  %9 = fdiv float %biased, 0x3FF6A09E60000000
  %erf = call float @bertc.erff(float %9)
  %10 = fmul float 5.000000e-01, %biased
  %11 = fadd float 1.000000e+00, %erf
  %gelu = fmul float %10, %11
  store float %gelu, float* %7, align 4, !tbaa !3
  %12 = add nsw i64 %col4, 1
  %13 = icmp slt i64 %12, 64
  br i1 %13, label %col, label %14, !llvm.loop !110

14:                                               ; preds = %col
  %15 = add nsw i64 %row1, 1
  %16 = icmp slt i64 %15, %end
  br i1 %16, label %row, label %17

17:                                               ; preds = %14, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k027_head_transform_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 32256
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 689664
  %cls.predictions.transform.dense.bias = bitcast i8* %5 to float*
  call void @body_60(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %cls.predictions.transform.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_61(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %27

row:                                              ; preds = %24, %start
  %row1 = phi i64 [ %begin, %start ], [ %25, %24 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 64
  br i1 %5, label %reduce, label %6, !llvm.loop !111

6:                                                ; preds = %reduce
  %mul = fmul float %sum.next, 1.562500e-02
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum5 = phi float [ 0.000000e+00, %6 ], [ %sum.next8, %reduce3 ]
  %7 = mul nsw i64 %row1, 64
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x6 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x6, %mul
  %mul7 = fmul float %sub, %sub
  %sum.next8 = fadd float %sum5, %mul7
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %reduce3, label %12, !llvm.loop !112

12:                                               ; preds = %reduce3
  %mul9 = fmul float %sum.next8, 1.562500e-02
  %add = fadd float %mul9, 0x3D71979980000000
  %13 = call float @llvm.sqrt.f32(float %add)
  %rsqrt = fdiv float 1.000000e+00, %13
  br label %map

map:                                              ; preds = %map, %12
  %map10 = phi i64 [ 0, %12 ], [ %22, %map ]
  %14 = mul nsw i64 %row1, 64
  %15 = add nsw i64 %14, %map10
  %16 = getelementptr inbounds float, float* %b0, i64 %15
  %x11 = load float, float* %16, align 4, !tbaa !3
  %sub12 = fsub float %x11, %mul
  %mul13 = fmul float %sub12, %rsqrt
  %17 = getelementptr inbounds float, float* %b2, i64 %map10
  %x14 = load float, float* %17, align 4, !tbaa !3
  %mul15 = fmul float %mul13, %x14
  %18 = getelementptr inbounds float, float* %b1, i64 %map10
  %x16 = load float, float* %18, align 4, !tbaa !3
  %add17 = fadd float %mul15, %x16
  %19 = mul nsw i64 %row1, 64
  %20 = add nsw i64 %19, %map10
  %21 = getelementptr inbounds float, float* %b3, i64 %20
  store float %add17, float* %21, align 4, !tbaa !3
  %22 = add nsw i64 %map10, 1
  %23 = icmp slt i64 %22, 64
  br i1 %23, label %map, label %24, !llvm.loop !113

24:                                               ; preds = %map
  %25 = add nsw i64 %row1, 1
  %26 = icmp slt i64 %25, %end
  br i1 %26, label %row, label %27

27:                                               ; preds = %24, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k028_head_transform_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 32256
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690176
  %cls.predictions.transform.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 689920
  %cls.predictions.transform.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %head.transform.layernorm = bitcast i8* %11 to float*
  call void @body_61(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %cls.predictions.transform.LayerNorm.bias, float* %cls.predictions.transform.LayerNorm.weight, float* %head.transform.layernorm)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_102(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %14

row:                                              ; preds = %11, %start
  %row1 = phi i64 [ %begin, %start ], [ %12, %11 ]
  %i = urem i64 %row1, 126
  %1 = udiv i64 %row1, 126
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 1000
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %9, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  store float %biased, float* %7, align 4, !tbaa !3
  %9 = add nsw i64 %col4, 1
  %10 = icmp slt i64 %9, 1000
  br i1 %10, label %col, label %11, !llvm.loop !114

11:                                               ; preds = %col
  %12 = add nsw i64 %row1, 1
  %13 = icmp slt i64 %12, %end
  br i1 %13, label %row, label %14

14:                                               ; preds = %11, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k029_head_decoder_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690432
  %cls.predictions.bias = bitcast i8* %5 to float*
  call void @body_102(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, float* %cls.predictions.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_62(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %13

row:                                              ; preds = %10, %start
  %row1 = phi i64 [ %begin, %start ], [ %11, %10 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = getelementptr inbounds i32, i32* %b0, i64 %reduce2
  %id = load i32, i32* %1, align 4, !tbaa !0
  %2 = sitofp i32 %id to float
  %3 = fcmp oeq float %2, -1.000000e+02
  %eq = select i1 %3, float 1.000000e+00, float 0.000000e+00
  %sub = fsub float 1.000000e+00, %eq
  %sum.next = fadd float %sum, %sub
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 126
  br i1 %5, label %reduce, label %6, !llvm.loop !115

6:                                                ; preds = %reduce
  br label %map

map:                                              ; preds = %map, %6
  %map3 = phi i64 [ 0, %6 ], [ %8, %map ]
  %max = call float @llvm.maxnum.f32(float %sum.next, float 1.000000e+00)
  %7 = getelementptr inbounds float, float* %b1, i64 0
  store float %max, float* %7, align 4, !tbaa !3
  %8 = add nsw i64 %map3, 1
  %9 = icmp slt i64 %8, 126
  br i1 %9, label %map, label %10, !llvm.loop !116

10:                                               ; preds = %map
  %11 = add nsw i64 %row1, 1
  %12 = icmp slt i64 %11, %end
  br i1 %12, label %row, label %13

13:                                               ; preds = %10, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k030_loss_valid_count(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 6656
  %masked_labels = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %loss.valid_count = bitcast i8* %5 to float*
  call void @body_62(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %masked_labels, float* %loss.valid_count)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_63(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, i32* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %32

row:                                              ; preds = %29, %start
  %row1 = phi i64 [ %begin, %start ], [ %30, %29 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %max = phi float [ 0xFFF0000000000000, %row ], [ %max.next, %reduce ]
  %1 = mul nsw i64 %row1, 1000
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %max.next = call float @llvm.maxnum.f32(float %max, float %x)
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 1000
  br i1 %5, label %reduce, label %6, !llvm.loop !117

6:                                                ; preds = %reduce
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum = phi float [ 0.000000e+00, %6 ], [ %sum.next, %reduce3 ]
  %7 = mul nsw i64 %row1, 1000
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x5 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x5, %max.next
  %exp = call float @bertc.expf(float %sub)
  %sum.next = fadd float %sum, %exp
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 1000
  br i1 %11, label %reduce3, label %12, !llvm.loop !118

12:                                               ; preds = %reduce3
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %12
  %reduce7 = phi i64 [ 0, %12 ], [ %20, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %12 ], [ %sum.next10, %reduce6 ]
  %col.f = sitofp i64 %reduce7 to float
  %13 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id = load i32, i32* %13, align 4, !tbaa !0
  %14 = sitofp i32 %id to float
  %15 = fcmp oeq float %col.f, %14
  %eq = select i1 %15, float 1.000000e+00, float 0.000000e+00
  %16 = mul nsw i64 %row1, 1000
  %17 = add nsw i64 %16, %reduce7
  %18 = getelementptr inbounds float, float* %b0, i64 %17
  %x9 = load float, float* %18, align 4, !tbaa !3
  %19 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %19, float %x9, float 0.000000e+00
  %sum.next10 = fadd float %sum8, %select
  %20 = add nsw i64 %reduce7, 1
  %21 = icmp slt i64 %20, 1000
  br i1 %21, label %reduce6, label %22, !llvm.loop !119

22:                                               ; preds = %reduce6
  %23 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id11 = load i32, i32* %23, align 4, !tbaa !0
  %24 = sitofp i32 %id11 to float
  %25 = fcmp oeq float %24, -1.000000e+02
  %eq12 = select i1 %25, float 1.000000e+00, float 0.000000e+00
  %sub13 = fsub float 1.000000e+00, %eq12
  %log = call float @llvm.log.f32(float %sum.next)
  %add = fadd float %log, %max.next
  %sub14 = fsub float %add, %sum.next10
  %mul = fmul float %sub14, %sub13
  br label %map

map:                                              ; preds = %map, %22
  %map15 = phi i64 [ 0, %22 ], [ %27, %map ]
  %26 = getelementptr inbounds float, float* %b2, i64 %row1
  store float %mul, float* %26, align 4, !tbaa !3
  %27 = add nsw i64 %map15, 1
  %28 = icmp slt i64 %27, 1000
  br i1 %28, label %map, label %29, !llvm.loop !120

29:                                               ; preds = %map
  %30 = add nsw i64 %row1, 1
  %31 = icmp slt i64 %30, %end
  br i1 %31, label %row, label %32

32:                                               ; preds = %29, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k031_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6656
  %masked_labels = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 64
  %loss.per_row = bitcast i8* %8 to float*
  call void @body_63(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, i32* %masked_labels, float* %loss.per_row)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_64(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %12

row:                                              ; preds = %9, %start
  %row1 = phi i64 [ %begin, %start ], [ %10, %9 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %2, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = getelementptr inbounds float, float* %b0, i64 %reduce2
  %x = load float, float* %1, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %2 = add nsw i64 %reduce2, 1
  %3 = icmp slt i64 %2, 126
  br i1 %3, label %reduce, label %4, !llvm.loop !121

4:                                                ; preds = %reduce
  br label %map

map:                                              ; preds = %map, %4
  %map3 = phi i64 [ 0, %4 ], [ %7, %map ]
  %5 = getelementptr inbounds float, float* %b1, i64 0
  %x4 = load float, float* %5, align 4, !tbaa !3
  %div = fdiv float %sum.next, %x4
  %6 = getelementptr inbounds float, float* %b2, i64 0
  store float %div, float* %6, align 4, !tbaa !3
  %7 = add nsw i64 %map3, 1
  %8 = icmp slt i64 %7, 126
  br i1 %8, label %map, label %9, !llvm.loop !122

9:                                                ; preds = %map
  %10 = add nsw i64 %row1, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %row, label %12

12:                                               ; preds = %9, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k032_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 64
  %loss.per_row = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %loss.valid_count = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 576
  %loss = bitcast i8* %8 to float*
  call void @body_64(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss.per_row, float* %loss.valid_count, float* %loss)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_65(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %12

row:                                              ; preds = %9, %start
  %row1 = phi i64 [ %begin, %start ], [ %10, %9 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %7, %map ]
  %1 = mul nsw i64 %row1, 4096
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %4 = mul nsw i64 %row1, 64
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b1, i64 %5
  store float %x, float* %6, align 4, !tbaa !3
  %7 = add nsw i64 %map2, 1
  %8 = icmp slt i64 %7, 64
  br i1 %8, label %map, label %9, !llvm.loop !123

9:                                                ; preds = %map
  %10 = add nsw i64 %row1, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %row, label %12

12:                                               ; preds = %9, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k033_pooler_first_token(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 513408
  %layer.1.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 640
  %pooler.first_token = bitcast i8* %5 to float*
  call void @body_65(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm, float* %pooler.first_token)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k034_pooler_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2688
  %pooler.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 710848
  %bert.pooler.dense.bias = bitcast i8* %5 to float*
  call void @body_99(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.dense, float* %bert.pooler.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k035_pooler_tanh(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2688
  %pooler.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 511360
  %pooler.tanh = bitcast i8* %5 to float*
  call void @body_14(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.dense, float* %pooler.tanh)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k036_head_seq_relationship_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 711616
  %cls.seq_relationship.bias = bitcast i8* %5 to float*
  call void @body_100(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, float* %cls.seq_relationship.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k037_loss_valid_count(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7168
  %next_sentence_label = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %loss.valid_count = bitcast i8* %5 to float*
  call void @body_15(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %next_sentence_label, float* %loss.valid_count)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k038_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 7168
  %next_sentence_label = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 64
  %loss.per_row = bitcast i8* %8 to float*
  call void @body_16(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, i32* %next_sentence_label, float* %loss.per_row)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k039_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 64
  %loss.per_row = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %loss.valid_count = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 128
  %loss = bitcast i8* %8 to float*
  call void @body_17(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss.per_row, float* %loss.valid_count, float* %loss)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @forward_s64__k040_loss_total(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 128
  %loss = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 576
  %loss1 = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 511296
  %loss.total = bitcast i8* %8 to float*
  call void @body_18(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss, float* %loss1, float* %loss.total)
  ret void
}

; Function Attrs: nounwind
define void @forward_s64(%bertrt_ctx* %ctx) #4 {
entry:
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k000_embeddings_sum, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k001_embeddings_layernorm, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k002_embeddings_dropout, i64 512)
  call void @forward_s64__k003_attention_mask_bias(%bertrt_ctx* %ctx, i64 0, i64 8)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273408
  %bert.encoder.layer.0.attention.self.query.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 133120
  %layer.0.attention.query = bitcast i8* %8 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k004_layer_0_attention_query_matmul.gemm, float* %embeddings.dropout, float* %bert.encoder.layer.0.attention.self.query.weight, float* %layer.0.attention.query)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k004_layer_0_attention_query_matmul__epilogue, i64 512)
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %embeddings.dropout1 = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 290048
  %bert.encoder.layer.0.attention.self.key.weight = bitcast i8* %14 to float*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 264192
  %layer.0.attention.key = bitcast i8* %17 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k005_layer_0_attention_key_matmul.gemm, float* %embeddings.dropout1, float* %bert.encoder.layer.0.attention.self.key.weight, float* %layer.0.attention.key)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k005_layer_0_attention_key_matmul__epilogue, i64 512)
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %19 = load i8*, i8** %18, align 8
  %20 = getelementptr inbounds i8, i8* %19, i64 0
  %embeddings.dropout2 = bitcast i8* %20 to float*
  %21 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8, i8* %22, i64 306688
  %bert.encoder.layer.0.attention.self.value.weight = bitcast i8* %23 to float*
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 395264
  %layer.0.attention.value = bitcast i8* %26 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k006_layer_0_attention_value_matmul.gemm, float* %embeddings.dropout2, float* %bert.encoder.layer.0.attention.self.value.weight, float* %layer.0.attention.value)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k006_layer_0_attention_value_matmul__epilogue, i64 512)
  %tensors = alloca [11 x float*], align 8
  %27 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %28 = load i8*, i8** %27, align 8
  %29 = getelementptr inbounds i8, i8* %28, i64 133120
  %layer.0.attention.query3 = bitcast i8* %29 to float*
  %30 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 0
  store float* %layer.0.attention.query3, float** %30, align 8
  %31 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %32 = load i8*, i8** %31, align 8
  %33 = getelementptr inbounds i8, i8* %32, i64 264192
  %layer.0.attention.key4 = bitcast i8* %33 to float*
  %34 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 1
  store float* %layer.0.attention.key4, float** %34, align 8
  %35 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %36 = load i8*, i8** %35, align 8
  %37 = getelementptr inbounds i8, i8* %36, i64 395264
  %layer.0.attention.value5 = bitcast i8* %37 to float*
  %38 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 2
  store float* %layer.0.attention.value5, float** %38, align 8
  %39 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %40 = load i8*, i8** %39, align 8
  %41 = getelementptr inbounds i8, i8* %40, i64 131072
  %attention_mask_bias = bitcast i8* %41 to float*
  %42 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 3
  store float* %attention_mask_bias, float** %42, align 8
  %43 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %44 = load i8*, i8** %43, align 8
  %45 = getelementptr inbounds i8, i8* %44, i64 526336
  %layer.0.attention.context = bitcast i8* %45 to float*
  %46 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 4
  store float* %layer.0.attention.context, float** %46, align 8
  %47 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %48 = load i8*, i8** %47, align 8
  %49 = getelementptr inbounds i8, i8* %48, i64 657408
  %layer.0.attention.context.lse = bitcast i8* %49 to float*
  %50 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 5
  store float* %layer.0.attention.context.lse, float** %50, align 8
  %51 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 6
  store float* null, float** %51, align 8
  %52 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 7
  store float* null, float** %52, align 8
  %53 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 8
  store float* null, float** %53, align 8
  %54 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 9
  store float* null, float** %54, align 8
  %55 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 10
  store float* null, float** %55, align 8
  %56 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @forward_s64__k007_layer_0_attention_context_forward.attention, float** %56)
  %57 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %58 = load i8*, i8** %57, align 8
  %59 = getelementptr inbounds i8, i8* %58, i64 526336
  %layer.0.attention.context6 = bitcast i8* %59 to float*
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %62 = getelementptr inbounds i8, i8* %61, i64 323328
  %bert.encoder.layer.0.attention.output.dense.weight = bitcast i8* %62 to float*
  %63 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8, i8* %64, i64 133120
  %layer.0.attention.output = bitcast i8* %65 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k008_layer_0_attention_output_matmul.gemm, float* %layer.0.attention.context6, float* %bert.encoder.layer.0.attention.output.dense.weight, float* %layer.0.attention.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k008_layer_0_attention_output_matmul__epilogue, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k009_layer_0_attention_residual, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k010_layer_0_attention_layernorm, i64 512)
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %68 = getelementptr inbounds i8, i8* %67, i64 0
  %layer.0.attention.layernorm = bitcast i8* %68 to float*
  %69 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %70 = load i8*, i8** %69, align 8
  %71 = getelementptr inbounds i8, i8* %70, i64 340480
  %bert.encoder.layer.0.intermediate.dense.weight = bitcast i8* %71 to float*
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %73 = load i8*, i8** %72, align 8
  %74 = getelementptr inbounds i8, i8* %73, i64 133120
  %layer.0.ffn.gelu = bitcast i8* %74 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k011_layer_0_ffn_intermediate_matmul.gemm, float* %layer.0.attention.layernorm, float* %bert.encoder.layer.0.intermediate.dense.weight, float* %layer.0.ffn.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k011_layer_0_ffn_intermediate_matmul__epilogue, i64 512)
  %75 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %76 = load i8*, i8** %75, align 8
  %77 = getelementptr inbounds i8, i8* %76, i64 133120
  %layer.0.ffn.gelu7 = bitcast i8* %77 to float*
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 407040
  %bert.encoder.layer.0.output.dense.weight = bitcast i8* %80 to float*
  %81 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %82 = load i8*, i8** %81, align 8
  %83 = getelementptr inbounds i8, i8* %82, i64 657408
  %layer.0.ffn.output = bitcast i8* %83 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k012_layer_0_ffn_output_matmul.gemm, float* %layer.0.ffn.gelu7, float* %bert.encoder.layer.0.output.dense.weight, float* %layer.0.ffn.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k012_layer_0_ffn_output_matmul__epilogue, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k013_layer_0_ffn_residual, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k014_layer_0_ffn_layernorm, i64 512)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %86 = getelementptr inbounds i8, i8* %85, i64 0
  %layer.0.ffn.layernorm = bitcast i8* %86 to float*
  %87 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %88 = load i8*, i8** %87, align 8
  %89 = getelementptr inbounds i8, i8* %88, i64 473344
  %bert.encoder.layer.1.attention.self.query.weight = bitcast i8* %89 to float*
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 133120
  %layer.1.attention.query = bitcast i8* %92 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k015_layer_1_attention_query_matmul.gemm, float* %layer.0.ffn.layernorm, float* %bert.encoder.layer.1.attention.self.query.weight, float* %layer.1.attention.query)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k015_layer_1_attention_query_matmul__epilogue, i64 512)
  %93 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %94 = load i8*, i8** %93, align 8
  %95 = getelementptr inbounds i8, i8* %94, i64 0
  %layer.0.ffn.layernorm8 = bitcast i8* %95 to float*
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %97 = load i8*, i8** %96, align 8
  %98 = getelementptr inbounds i8, i8* %97, i64 489984
  %bert.encoder.layer.1.attention.self.key.weight = bitcast i8* %98 to float*
  %99 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %100 = load i8*, i8** %99, align 8
  %101 = getelementptr inbounds i8, i8* %100, i64 264192
  %layer.1.attention.key = bitcast i8* %101 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k016_layer_1_attention_key_matmul.gemm, float* %layer.0.ffn.layernorm8, float* %bert.encoder.layer.1.attention.self.key.weight, float* %layer.1.attention.key)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k016_layer_1_attention_key_matmul__epilogue, i64 512)
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %103 = load i8*, i8** %102, align 8
  %104 = getelementptr inbounds i8, i8* %103, i64 0
  %layer.0.ffn.layernorm9 = bitcast i8* %104 to float*
  %105 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %106 = load i8*, i8** %105, align 8
  %107 = getelementptr inbounds i8, i8* %106, i64 506624
  %bert.encoder.layer.1.attention.self.value.weight = bitcast i8* %107 to float*
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %110 = getelementptr inbounds i8, i8* %109, i64 395264
  %layer.1.attention.value = bitcast i8* %110 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k017_layer_1_attention_value_matmul.gemm, float* %layer.0.ffn.layernorm9, float* %bert.encoder.layer.1.attention.self.value.weight, float* %layer.1.attention.value)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k017_layer_1_attention_value_matmul__epilogue, i64 512)
  %tensors10 = alloca [11 x float*], align 8
  %111 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %112 = load i8*, i8** %111, align 8
  %113 = getelementptr inbounds i8, i8* %112, i64 133120
  %layer.1.attention.query11 = bitcast i8* %113 to float*
  %114 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 0
  store float* %layer.1.attention.query11, float** %114, align 8
  %115 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %116 = load i8*, i8** %115, align 8
  %117 = getelementptr inbounds i8, i8* %116, i64 264192
  %layer.1.attention.key12 = bitcast i8* %117 to float*
  %118 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 1
  store float* %layer.1.attention.key12, float** %118, align 8
  %119 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %120 = load i8*, i8** %119, align 8
  %121 = getelementptr inbounds i8, i8* %120, i64 395264
  %layer.1.attention.value13 = bitcast i8* %121 to float*
  %122 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 2
  store float* %layer.1.attention.value13, float** %122, align 8
  %123 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8, i8* %124, i64 131072
  %attention_mask_bias14 = bitcast i8* %125 to float*
  %126 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 3
  store float* %attention_mask_bias14, float** %126, align 8
  %127 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %128 = load i8*, i8** %127, align 8
  %129 = getelementptr inbounds i8, i8* %128, i64 526336
  %layer.1.attention.context = bitcast i8* %129 to float*
  %130 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 4
  store float* %layer.1.attention.context, float** %130, align 8
  %131 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8, i8* %132, i64 657408
  %layer.1.attention.context.lse = bitcast i8* %133 to float*
  %134 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 5
  store float* %layer.1.attention.context.lse, float** %134, align 8
  %135 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 6
  store float* null, float** %135, align 8
  %136 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 7
  store float* null, float** %136, align 8
  %137 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 8
  store float* null, float** %137, align 8
  %138 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 9
  store float* null, float** %138, align 8
  %139 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 10
  store float* null, float** %139, align 8
  %140 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @forward_s64__k018_layer_1_attention_context_forward.attention, float** %140)
  %141 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %142 = load i8*, i8** %141, align 8
  %143 = getelementptr inbounds i8, i8* %142, i64 526336
  %layer.1.attention.context15 = bitcast i8* %143 to float*
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %145 = load i8*, i8** %144, align 8
  %146 = getelementptr inbounds i8, i8* %145, i64 523264
  %bert.encoder.layer.1.attention.output.dense.weight = bitcast i8* %146 to float*
  %147 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %148 = load i8*, i8** %147, align 8
  %149 = getelementptr inbounds i8, i8* %148, i64 131072
  %layer.1.attention.output = bitcast i8* %149 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k019_layer_1_attention_output_matmul.gemm, float* %layer.1.attention.context15, float* %bert.encoder.layer.1.attention.output.dense.weight, float* %layer.1.attention.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k019_layer_1_attention_output_matmul__epilogue, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k020_layer_1_attention_residual, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k021_layer_1_attention_layernorm, i64 512)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %152 = getelementptr inbounds i8, i8* %151, i64 0
  %layer.1.attention.layernorm = bitcast i8* %152 to float*
  %153 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %154 = load i8*, i8** %153, align 8
  %155 = getelementptr inbounds i8, i8* %154, i64 540416
  %bert.encoder.layer.1.intermediate.dense.weight = bitcast i8* %155 to float*
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %158 = getelementptr inbounds i8, i8* %157, i64 131072
  %layer.1.ffn.gelu = bitcast i8* %158 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k022_layer_1_ffn_intermediate_matmul.gemm, float* %layer.1.attention.layernorm, float* %bert.encoder.layer.1.intermediate.dense.weight, float* %layer.1.ffn.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k022_layer_1_ffn_intermediate_matmul__epilogue, i64 512)
  %159 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8, i8* %160, i64 131072
  %layer.1.ffn.gelu16 = bitcast i8* %161 to float*
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %163 = load i8*, i8** %162, align 8
  %164 = getelementptr inbounds i8, i8* %163, i64 606976
  %bert.encoder.layer.1.output.dense.weight = bitcast i8* %164 to float*
  %165 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %166 = load i8*, i8** %165, align 8
  %167 = getelementptr inbounds i8, i8* %166, i64 655360
  %layer.1.ffn.output = bitcast i8* %167 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k023_layer_1_ffn_output_matmul.gemm, float* %layer.1.ffn.gelu16, float* %bert.encoder.layer.1.output.dense.weight, float* %layer.1.ffn.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k023_layer_1_ffn_output_matmul__epilogue, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k024_layer_1_ffn_residual, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k025_layer_1_ffn_layernorm, i64 512)
  call void @forward_s64__k026_head_masked_rows(%bertrt_ctx* %ctx, i64 0, i64 126)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %170 = getelementptr inbounds i8, i8* %169, i64 0
  %head.masked_rows = bitcast i8* %170 to float*
  %171 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %172 = load i8*, i8** %171, align 8
  %173 = getelementptr inbounds i8, i8* %172, i64 673280
  %cls.predictions.transform.dense.weight = bitcast i8* %173 to float*
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %176 = getelementptr inbounds i8, i8* %175, i64 32256
  %head.transform.gelu = bitcast i8* %176 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k027_head_transform_dense_matmul.gemm, float* %head.masked_rows, float* %cls.predictions.transform.dense.weight, float* %head.transform.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k027_head_transform_dense_matmul__epilogue, i64 126)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k028_head_transform_layernorm, i64 126)
  %177 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %178 = load i8*, i8** %177, align 8
  %179 = getelementptr inbounds i8, i8* %178, i64 0
  %head.transform.layernorm = bitcast i8* %179 to float*
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %181 = load i8*, i8** %180, align 8
  %182 = getelementptr inbounds i8, i8* %181, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %182 to float*
  %183 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 7232
  %head.decoder = bitcast i8* %185 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k029_head_decoder_matmul.gemm, float* %head.transform.layernorm, float* %bert.embeddings.word_embeddings.weight, float* %head.decoder)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k029_head_decoder_matmul__epilogue, i64 126)
  call void @forward_s64__k030_loss_valid_count(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @forward_s64__k031_loss, i64 126)
  call void @forward_s64__k032_loss(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @forward_s64__k033_pooler_first_token(%bertrt_ctx* %ctx, i64 0, i64 8)
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %188 = getelementptr inbounds i8, i8* %187, i64 640
  %pooler.first_token = bitcast i8* %188 to float*
  %189 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %190 = load i8*, i8** %189, align 8
  %191 = getelementptr inbounds i8, i8* %190, i64 694464
  %bert.pooler.dense.weight = bitcast i8* %191 to float*
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 2688
  %pooler.dense = bitcast i8* %194 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k034_pooler_dense_matmul.gemm, float* %pooler.first_token, float* %bert.pooler.dense.weight, float* %pooler.dense)
  call void @forward_s64__k034_pooler_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @forward_s64__k035_pooler_tanh(%bertrt_ctx* %ctx, i64 0, i64 8)
  %195 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %196 = load i8*, i8** %195, align 8
  %197 = getelementptr inbounds i8, i8* %196, i64 511360
  %pooler.tanh = bitcast i8* %197 to float*
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %200 = getelementptr inbounds i8, i8* %199, i64 711104
  %cls.seq_relationship.weight = bitcast i8* %200 to float*
  %201 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8, i8* %202, i64 511232
  %head.seq_relationship = bitcast i8* %203 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @forward_s64__k036_head_seq_relationship_matmul.gemm, float* %pooler.tanh, float* %cls.seq_relationship.weight, float* %head.seq_relationship)
  call void @forward_s64__k036_head_seq_relationship_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @forward_s64__k037_loss_valid_count(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @forward_s64__k038_loss(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @forward_s64__k039_loss(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @forward_s64__k040_loss_total(%bertrt_ctx* %ctx, i64 0, i64 1)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k000_embeddings_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 256000
  %bert.embeddings.position_embeddings.weight = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 272384
  %bert.embeddings.token_type_embeddings.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2048
  %token_type_ids = bitcast i8* %8 to i32*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 0
  %input_ids = bitcast i8* %14 to i32*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 0
  %embeddings.sum = bitcast i8* %17 to float*
  call void @body_52(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %bert.embeddings.position_embeddings.weight, float* %bert.embeddings.token_type_embeddings.weight, i32* %token_type_ids, float* %bert.embeddings.word_embeddings.weight, i32* %input_ids, float* %embeddings.sum)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_66(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %45

row:                                              ; preds = %42, %start
  %row1 = phi i64 [ %begin, %start ], [ %43, %42 ]
  %r1 = urem i64 %row1, 64
  %1 = udiv i64 %row1, 64
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %7, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %2 = mul nsw i64 %1, 4096
  %3 = mul nsw i64 %r1, 64
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %reduce2
  %6 = getelementptr inbounds float, float* %b0, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %7 = add nsw i64 %reduce2, 1
  %8 = icmp slt i64 %7, 64
  br i1 %8, label %reduce, label %9, !llvm.loop !124

9:                                                ; preds = %reduce
  %mul = fmul float %sum.next, 1.562500e-02
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %9
  %reduce4 = phi i64 [ 0, %9 ], [ %15, %reduce3 ]
  %sum5 = phi float [ 0.000000e+00, %9 ], [ %sum.next8, %reduce3 ]
  %10 = mul nsw i64 %1, 4096
  %11 = mul nsw i64 %r1, 64
  %12 = add nsw i64 %10, %11
  %13 = add nsw i64 %12, %reduce4
  %14 = getelementptr inbounds float, float* %b0, i64 %13
  %x6 = load float, float* %14, align 4, !tbaa !3
  %sub = fsub float %x6, %mul
  %mul7 = fmul float %sub, %sub
  %sum.next8 = fadd float %sum5, %mul7
  %15 = add nsw i64 %reduce4, 1
  %16 = icmp slt i64 %15, 64
  br i1 %16, label %reduce3, label %17, !llvm.loop !125

17:                                               ; preds = %reduce3
  %mul9 = fmul float %sum.next8, 1.562500e-02
  %add = fadd float %mul9, 0x3D71979980000000
  %18 = call float @llvm.sqrt.f32(float %add)
  %rsqrt = fdiv float 1.000000e+00, %18
  br label %map

map:                                              ; preds = %map, %17
  %map10 = phi i64 [ 0, %17 ], [ %40, %map ]
  %19 = mul nsw i64 %1, 4096
  %20 = mul nsw i64 %r1, 64
  %21 = add nsw i64 %19, %20
  %22 = add nsw i64 %21, %map10
  %23 = getelementptr inbounds float, float* %b0, i64 %22
  %x11 = load float, float* %23, align 4, !tbaa !3
  %sub12 = fsub float %x11, %mul
  %mul13 = fmul float %sub12, %rsqrt
  %24 = getelementptr inbounds float, float* %b2, i64 %map10
  %x14 = load float, float* %24, align 4, !tbaa !3
  %mul15 = fmul float %mul13, %x14
  %25 = getelementptr inbounds float, float* %b1, i64 %map10
  %x16 = load float, float* %25, align 4, !tbaa !3
  %add17 = fadd float %mul15, %x16
  %26 = mul nsw i64 %1, 4096
  %27 = mul nsw i64 %r1, 64
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %map10
  %30 = getelementptr inbounds float, float* %b3, i64 %29
  store float %add17, float* %30, align 4, !tbaa !3
  %31 = mul nsw i64 %1, 128
  %32 = mul nsw i64 %r1, 2
  %33 = add nsw i64 %31, %32
  %34 = getelementptr inbounds float, float* %b4, i64 %33
  store float %mul, float* %34, align 4, !tbaa !3
  %35 = mul nsw i64 %1, 128
  %36 = mul nsw i64 %r1, 2
  %37 = add nsw i64 %35, %36
  %38 = add nsw i64 %37, 1
  %39 = getelementptr inbounds float, float* %b4, i64 %38
  store float %rsqrt, float* %39, align 4, !tbaa !3
  %40 = add nsw i64 %map10, 1
  %41 = icmp slt i64 %40, 64
  br i1 %41, label %map, label %42, !llvm.loop !126

42:                                               ; preds = %map
  %43 = add nsw i64 %row1, 1
  %44 = icmp slt i64 %43, %end
  br i1 %44, label %row, label %45

45:                                               ; preds = %42, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k001_embeddings_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273152
  %bert.embeddings.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 272896
  %bert.embeddings.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 135168
  %embeddings.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 131072
  %embeddings.layernorm.stats = bitcast i8* %14 to float*
  call void @body_66(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.sum, float* %bert.embeddings.LayerNorm.bias, float* %bert.embeddings.LayerNorm.weight, float* %embeddings.layernorm, float* %embeddings.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k002_embeddings_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 135168
  %embeddings.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 266240
  %embeddings.dropout = bitcast i8* %5 to float*
  call void @body_54(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.layernorm, float* %embeddings.dropout, i32 1)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k003_attention_mask_bias(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4096
  %attention_mask = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 135168
  %attention_mask_bias = bitcast i8* %5 to float*
  call void @body_55(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %attention_mask, float* %attention_mask_bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k004_layer_0_attention_query_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 397312
  %layer.0.attention.query = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 289792
  %bert.encoder.layer.0.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.query, float* %bert.encoder.layer.0.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k005_layer_0_attention_key_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 528384
  %layer.0.attention.key = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 306432
  %bert.encoder.layer.0.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.key, float* %bert.encoder.layer.0.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k006_layer_0_attention_value_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 659456
  %layer.0.attention.value = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 323072
  %bert.encoder.layer.0.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.value, float* %bert.encoder.layer.0.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k008_layer_0_attention_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 921600
  %layer.0.attention.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 339712
  %bert.encoder.layer.0.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.output, float* %bert.encoder.layer.0.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k009_layer_0_attention_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 266240
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 921600
  %layer.0.attention.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1052672
  %layer.0.attention.residual = bitcast i8* %8 to float*
  call void @body_57(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.dropout, float* %layer.0.attention.output, float* %layer.0.attention.residual, i32 3)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k010_layer_0_attention_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1052672
  %layer.0.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 340224
  %bert.encoder.layer.0.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 339968
  %bert.encoder.layer.0.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 921600
  %layer.0.attention.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 145408
  %layer.0.attention.layernorm.stats = bitcast i8* %14 to float*
  call void @body_66(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.residual, float* %bert.encoder.layer.0.attention.output.LayerNorm.bias, float* %bert.encoder.layer.0.attention.output.LayerNorm.weight, float* %layer.0.attention.layernorm, float* %layer.0.attention.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_67(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %18

row:                                              ; preds = %15, %start
  %row1 = phi i64 [ %begin, %start ], [ %16, %15 ]
  %i = urem i64 %row1, 512
  %1 = udiv i64 %row1, 512
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 256
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %13, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  %9 = getelementptr inbounds float, float* %b2, i64 %6
  store float %biased, float* %9, align 4, !tbaa !3
  %10 = fdiv float %biased, 0x3FF6A09E60000000
  %erf = call float @bertc.erff(float %10)
  %11 = fmul float 5.000000e-01, %biased
  %12 = fadd float 1.000000e+00, %erf
  %gelu = fmul float %11, %12
  store float %gelu, float* %7, align 4, !tbaa !3
  %13 = add nsw i64 %col4, 1
  %14 = icmp slt i64 %13, 256
  br i1 %14, label %col, label %15, !llvm.loop !127

15:                                               ; preds = %col
  %16 = add nsw i64 %row1, 1
  %17 = icmp slt i64 %16, %end
  br i1 %17, label %row, label %18

18:                                               ; preds = %15, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k011_layer_0_ffn_intermediate_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1708032
  %layer.0.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 406016
  %bert.encoder.layer.0.intermediate.dense.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1183744
  %layer.0.ffn.intermediate = bitcast i8* %8 to float*
  call void @body_67(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.gelu, float* %bert.encoder.layer.0.intermediate.dense.bias, float* %layer.0.ffn.intermediate)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k012_layer_0_ffn_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2232320
  %layer.0.ffn.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 472576
  %bert.encoder.layer.0.output.dense.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.output, float* %bert.encoder.layer.0.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k013_layer_0_ffn_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 921600
  %layer.0.attention.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2232320
  %layer.0.ffn.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2363392
  %layer.0.ffn.residual = bitcast i8* %8 to float*
  call void @body_57(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.layernorm, float* %layer.0.ffn.output, float* %layer.0.ffn.residual, i32 4)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k014_layer_0_ffn_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2363392
  %layer.0.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 473088
  %bert.encoder.layer.0.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 472832
  %bert.encoder.layer.0.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 2232320
  %layer.0.ffn.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 149504
  %layer.0.ffn.layernorm.stats = bitcast i8* %14 to float*
  call void @body_66(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.residual, float* %bert.encoder.layer.0.output.LayerNorm.bias, float* %bert.encoder.layer.0.output.LayerNorm.weight, float* %layer.0.ffn.layernorm, float* %layer.0.ffn.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k015_layer_1_attention_query_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2494464
  %layer.1.attention.query = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 489728
  %bert.encoder.layer.1.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.query, float* %bert.encoder.layer.1.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k016_layer_1_attention_key_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2625536
  %layer.1.attention.key = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 506368
  %bert.encoder.layer.1.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.key, float* %bert.encoder.layer.1.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k017_layer_1_attention_value_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2756608
  %layer.1.attention.value = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 523008
  %bert.encoder.layer.1.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.value, float* %bert.encoder.layer.1.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k019_layer_1_attention_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3018752
  %layer.1.attention.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 539648
  %bert.encoder.layer.1.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.output, float* %bert.encoder.layer.1.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k020_layer_1_attention_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2232320
  %layer.0.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 3018752
  %layer.1.attention.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 3149824
  %layer.1.attention.residual = bitcast i8* %8 to float*
  call void @body_57(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.layernorm, float* %layer.1.attention.output, float* %layer.1.attention.residual, i32 6)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k021_layer_1_attention_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3149824
  %layer.1.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 540160
  %bert.encoder.layer.1.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 539904
  %bert.encoder.layer.1.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 3018752
  %layer.1.attention.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 161792
  %layer.1.attention.layernorm.stats = bitcast i8* %14 to float*
  call void @body_66(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.residual, float* %bert.encoder.layer.1.attention.output.LayerNorm.bias, float* %bert.encoder.layer.1.attention.output.LayerNorm.weight, float* %layer.1.attention.layernorm, float* %layer.1.attention.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k022_layer_1_ffn_intermediate_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3805184
  %layer.1.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 605952
  %bert.encoder.layer.1.intermediate.dense.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 3280896
  %layer.1.ffn.intermediate = bitcast i8* %8 to float*
  call void @body_67(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.gelu, float* %bert.encoder.layer.1.intermediate.dense.bias, float* %layer.1.ffn.intermediate)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k023_layer_1_ffn_output_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4329472
  %layer.1.ffn.output = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 672512
  %bert.encoder.layer.1.output.dense.bias = bitcast i8* %5 to float*
  call void @body_101(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.output, float* %bert.encoder.layer.1.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k024_layer_1_ffn_residual(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3018752
  %layer.1.attention.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 4329472
  %layer.1.ffn.output = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 4460544
  %layer.1.ffn.residual = bitcast i8* %8 to float*
  call void @body_57(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.layernorm, float* %layer.1.ffn.output, float* %layer.1.ffn.residual, i32 7)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k025_layer_1_ffn_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4460544
  %layer.1.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 673024
  %bert.encoder.layer.1.output.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 672768
  %bert.encoder.layer.1.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 4329472
  %layer.1.ffn.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 165888
  %layer.1.ffn.layernorm.stats = bitcast i8* %14 to float*
  call void @body_66(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.residual, float* %bert.encoder.layer.1.output.LayerNorm.bias, float* %bert.encoder.layer.1.output.LayerNorm.weight, float* %layer.1.ffn.layernorm, float* %layer.1.ffn.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k026_head_masked_rows(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4329472
  %layer.1.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6144
  %masked_positions = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 169984
  %head.masked_rows = bitcast i8* %8 to float*
  call void @body_59(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm, i32* %masked_positions, float* %head.masked_rows)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_68(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %18

row:                                              ; preds = %15, %start
  %row1 = phi i64 [ %begin, %start ], [ %16, %15 ]
  %i = urem i64 %row1, 126
  %1 = udiv i64 %row1, 126
  %b12 = urem i64 %1, 1
  %b03 = udiv i64 %1, 1
  %2 = mul nsw i64 %b03, 0
  %3 = mul nsw i64 %b12, 0
  %4 = add nsw i64 %2, %3
  %5 = mul nsw i64 %i, 64
  %c.row = add nsw i64 %4, %5
  br label %col

col:                                              ; preds = %col, %row
  %col4 = phi i64 [ 0, %row ], [ %13, %col ]
  %6 = add nsw i64 %c.row, %col4
  %7 = getelementptr inbounds float, float* %b0, i64 %6
  %c = load float, float* %7, align 4, !tbaa !3
  %8 = getelementptr inbounds float, float* %b1, i64 %col4
  %bias = load float, float* %8, align 4, !tbaa !3
  %biased = fadd float %c, %bias
  %9 = getelementptr inbounds float, float* %b2, i64 %6
  store float %biased, float* %9, align 4, !tbaa !3
  %10 = fdiv float %biased, 0x3FF6A09E60000000
  %erf = call float @bertc.erff(float %10)
  %11 = fmul float 5.000000e-01, %biased
  %12 = fadd float 1.000000e+00, %erf
  %gelu = fmul float %11, %12
  store float %gelu, float* %7, align 4, !tbaa !3
  %13 = add nsw i64 %col4, 1
  %14 = icmp slt i64 %13, 64
  br i1 %14, label %col, label %15, !llvm.loop !128

15:                                               ; preds = %col
  %16 = add nsw i64 %row1, 1
  %17 = icmp slt i64 %16, %end
  br i1 %17, label %row, label %18

18:                                               ; preds = %15, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k027_head_transform_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4591616
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 689664
  %cls.predictions.transform.dense.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 202240
  %head.transform.dense = bitcast i8* %8 to float*
  call void @body_68(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %cls.predictions.transform.dense.bias, float* %head.transform.dense)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_69(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %32

row:                                              ; preds = %29, %start
  %row1 = phi i64 [ %begin, %start ], [ %30, %29 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 64
  br i1 %5, label %reduce, label %6, !llvm.loop !129

6:                                                ; preds = %reduce
  %mul = fmul float %sum.next, 1.562500e-02
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum5 = phi float [ 0.000000e+00, %6 ], [ %sum.next8, %reduce3 ]
  %7 = mul nsw i64 %row1, 64
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x6 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x6, %mul
  %mul7 = fmul float %sub, %sub
  %sum.next8 = fadd float %sum5, %mul7
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %reduce3, label %12, !llvm.loop !130

12:                                               ; preds = %reduce3
  %mul9 = fmul float %sum.next8, 1.562500e-02
  %add = fadd float %mul9, 0x3D71979980000000
  %13 = call float @llvm.sqrt.f32(float %add)
  %rsqrt = fdiv float 1.000000e+00, %13
  br label %map

map:                                              ; preds = %map, %12
  %map10 = phi i64 [ 0, %12 ], [ %27, %map ]
  %14 = mul nsw i64 %row1, 64
  %15 = add nsw i64 %14, %map10
  %16 = getelementptr inbounds float, float* %b0, i64 %15
  %x11 = load float, float* %16, align 4, !tbaa !3
  %sub12 = fsub float %x11, %mul
  %mul13 = fmul float %sub12, %rsqrt
  %17 = getelementptr inbounds float, float* %b2, i64 %map10
  %x14 = load float, float* %17, align 4, !tbaa !3
  %mul15 = fmul float %mul13, %x14
  %18 = getelementptr inbounds float, float* %b1, i64 %map10
  %x16 = load float, float* %18, align 4, !tbaa !3
  %add17 = fadd float %mul15, %x16
  %19 = mul nsw i64 %row1, 64
  %20 = add nsw i64 %19, %map10
  %21 = getelementptr inbounds float, float* %b3, i64 %20
  store float %add17, float* %21, align 4, !tbaa !3
  %22 = mul nsw i64 %row1, 2
  %23 = getelementptr inbounds float, float* %b4, i64 %22
  store float %mul, float* %23, align 4, !tbaa !3
  %24 = mul nsw i64 %row1, 2
  %25 = add nsw i64 %24, 1
  %26 = getelementptr inbounds float, float* %b4, i64 %25
  store float %rsqrt, float* %26, align 4, !tbaa !3
  %27 = add nsw i64 %map10, 1
  %28 = icmp slt i64 %27, 64
  br i1 %28, label %map, label %29, !llvm.loop !131

29:                                               ; preds = %map
  %30 = add nsw i64 %row1, 1
  %31 = icmp slt i64 %30, %end
  br i1 %31, label %row, label %32

32:                                               ; preds = %29, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k028_head_transform_layernorm(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4591616
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690176
  %cls.predictions.transform.LayerNorm.bias = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 689920
  %cls.predictions.transform.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 4623872
  %head.transform.layernorm = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 234496
  %head.transform.layernorm.stats = bitcast i8* %14 to float*
  call void @body_69(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %cls.predictions.transform.LayerNorm.bias, float* %cls.predictions.transform.LayerNorm.weight, float* %head.transform.layernorm, float* %head.transform.layernorm.stats)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k029_head_decoder_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690432
  %cls.predictions.bias = bitcast i8* %5 to float*
  call void @body_102(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, float* %cls.predictions.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k030_loss_valid_count(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 6656
  %masked_labels = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 235520
  %loss.valid_count = bitcast i8* %5 to float*
  call void @body_62(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %masked_labels, float* %loss.valid_count)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k031_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6656
  %masked_labels = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 235584
  %loss.per_row = bitcast i8* %8 to float*
  call void @body_63(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, i32* %masked_labels, float* %loss.per_row)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k032_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 235584
  %loss.per_row = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 235520
  %loss.valid_count = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 236096
  %loss = bitcast i8* %8 to float*
  call void @body_64(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss.per_row, float* %loss.valid_count, float* %loss)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k033_pooler_first_token(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4329472
  %layer.1.ffn.layernorm = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 236160
  %pooler.first_token = bitcast i8* %5 to float*
  call void @body_65(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm, float* %pooler.first_token)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k034_pooler_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 238208
  %pooler.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 710848
  %bert.pooler.dense.bias = bitcast i8* %5 to float*
  call void @body_99(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.dense, float* %bert.pooler.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k035_pooler_tanh(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 238208
  %pooler.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 240256
  %pooler.tanh = bitcast i8* %5 to float*
  call void @body_14(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.dense, float* %pooler.tanh)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k036_head_seq_relationship_matmul__epilogue(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 711616
  %cls.seq_relationship.bias = bitcast i8* %5 to float*
  call void @body_100(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, float* %cls.seq_relationship.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k037_loss_valid_count(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7168
  %next_sentence_label = bitcast i8* %2 to i32*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 235584
  %loss.valid_count = bitcast i8* %5 to float*
  call void @body_15(%bertrt_ctx* %ctx, i64 %begin, i64 %end, i32* %next_sentence_label, float* %loss.valid_count)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k038_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 7168
  %next_sentence_label = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 235648
  %loss.per_row = bitcast i8* %8 to float*
  call void @body_16(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, i32* %next_sentence_label, float* %loss.per_row)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k039_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 235648
  %loss.per_row = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 235584
  %loss.valid_count = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 235712
  %loss = bitcast i8* %8 to float*
  call void @body_17(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss.per_row, float* %loss.valid_count, float* %loss)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k040_loss_total(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 235712
  %loss = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 236096
  %loss1 = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 511296
  %loss.total = bitcast i8* %8 to float*
  call void @body_18(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %loss, float* %loss1, float* %loss.total)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k041_grad_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 511232
  %head.seq_relationship = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 7168
  %next_sentence_label = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 235584
  %loss.valid_count = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 235648
  %grad.loss = bitcast i8* %11 to float*
  call void @body_23(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.seq_relationship, i32* %next_sentence_label, float* %loss.valid_count, float* %grad.loss)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k042_grad_head_seq_relationship_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 235648
  %grad.loss = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 711616
  %cls.seq_relationship.bias = bitcast i8* %5 to float*
  call void @body_24(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.loss, float* %cls.seq_relationship.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k045_grad_pooler_tanh(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 240256
  %pooler.tanh = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 238208
  %grad.head.seq_relationship.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 242304
  %grad.pooler.tanh = bitcast i8* %8 to float*
  call void @body_25(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %pooler.tanh, float* %grad.head.seq_relationship.matmul.a, float* %grad.pooler.tanh)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k046_grad_pooler_dense_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 242304
  %grad.pooler.tanh = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 710848
  %bert.pooler.dense.bias = bitcast i8* %5 to float*
  call void @body_26(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.pooler.tanh, float* %bert.pooler.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_70(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, i32* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %41

row:                                              ; preds = %38, %start
  %row1 = phi i64 [ %begin, %start ], [ %39, %38 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %4, %reduce ]
  %max = phi float [ 0xFFF0000000000000, %row ], [ %max.next, %reduce ]
  %1 = mul nsw i64 %row1, 1000
  %2 = add nsw i64 %1, %reduce2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %max.next = call float @llvm.maxnum.f32(float %max, float %x)
  %4 = add nsw i64 %reduce2, 1
  %5 = icmp slt i64 %4, 1000
  br i1 %5, label %reduce, label %6, !llvm.loop !132

6:                                                ; preds = %reduce
  br label %reduce3

reduce3:                                          ; preds = %reduce3, %6
  %reduce4 = phi i64 [ 0, %6 ], [ %10, %reduce3 ]
  %sum = phi float [ 0.000000e+00, %6 ], [ %sum.next, %reduce3 ]
  %7 = mul nsw i64 %row1, 1000
  %8 = add nsw i64 %7, %reduce4
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x5 = load float, float* %9, align 4, !tbaa !3
  %sub = fsub float %x5, %max.next
  %exp = call float @bertc.expf(float %sub)
  %sum.next = fadd float %sum, %exp
  %10 = add nsw i64 %reduce4, 1
  %11 = icmp slt i64 %10, 1000
  br i1 %11, label %reduce3, label %12, !llvm.loop !133

12:                                               ; preds = %reduce3
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %12
  %reduce7 = phi i64 [ 0, %12 ], [ %20, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %12 ], [ %sum.next10, %reduce6 ]
  %col.f = sitofp i64 %reduce7 to float
  %13 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id = load i32, i32* %13, align 4, !tbaa !0
  %14 = sitofp i32 %id to float
  %15 = fcmp oeq float %col.f, %14
  %eq = select i1 %15, float 1.000000e+00, float 0.000000e+00
  %16 = mul nsw i64 %row1, 1000
  %17 = add nsw i64 %16, %reduce7
  %18 = getelementptr inbounds float, float* %b0, i64 %17
  %x9 = load float, float* %18, align 4, !tbaa !3
  %19 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %19, float %x9, float 0.000000e+00
  %sum.next10 = fadd float %sum8, %select
  %20 = add nsw i64 %reduce7, 1
  %21 = icmp slt i64 %20, 1000
  br i1 %21, label %reduce6, label %22, !llvm.loop !134

22:                                               ; preds = %reduce6
  %23 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id11 = load i32, i32* %23, align 4, !tbaa !0
  %24 = sitofp i32 %id11 to float
  %25 = fcmp oeq float %24, -1.000000e+02
  %eq12 = select i1 %25, float 1.000000e+00, float 0.000000e+00
  %sub13 = fsub float 1.000000e+00, %eq12
  %mul = fmul float 1.000000e+00, %sub13
  %26 = getelementptr inbounds float, float* %b2, i64 0
  %x14 = load float, float* %26, align 4, !tbaa !3
  %div = fdiv float %mul, %x14
  br label %map

map:                                              ; preds = %map, %22
  %map15 = phi i64 [ 0, %22 ], [ %36, %map ]
  %27 = mul nsw i64 %row1, 1000
  %28 = add nsw i64 %27, %map15
  %29 = getelementptr inbounds float, float* %b0, i64 %28
  %x16 = load float, float* %29, align 4, !tbaa !3
  %sub17 = fsub float %x16, %max.next
  %exp18 = call float @bertc.expf(float %sub17)
  %div19 = fdiv float %exp18, %sum.next
  %col.f20 = sitofp i64 %map15 to float
  %30 = getelementptr inbounds i32, i32* %b1, i64 %row1
  %id21 = load i32, i32* %30, align 4, !tbaa !0
  %31 = sitofp i32 %id21 to float
  %32 = fcmp oeq float %col.f20, %31
  %eq22 = select i1 %32, float 1.000000e+00, float 0.000000e+00
  %sub23 = fsub float %div19, %eq22
  %mul24 = fmul float %sub23, %div
  %33 = mul nsw i64 %row1, 1000
  %34 = add nsw i64 %33, %map15
  %35 = getelementptr inbounds float, float* %b3, i64 %34
  store float %mul24, float* %35, align 4, !tbaa !3
  %36 = add nsw i64 %map15, 1
  %37 = icmp slt i64 %36, 1000
  br i1 %37, label %map, label %38, !llvm.loop !135

38:                                               ; preds = %map
  %39 = add nsw i64 %row1, 1
  %40 = icmp slt i64 %39, %end
  br i1 %40, label %row, label %41

41:                                               ; preds = %38, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k049_grad_loss(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 7232
  %head.decoder = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 6656
  %masked_labels = bitcast i8* %5 to i32*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 235520
  %loss.valid_count = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 4656128
  %grad.loss = bitcast i8* %11 to float*
  call void @body_70(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.decoder, i32* %masked_labels, float* %loss.valid_count, float* %grad.loss)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_71(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !136

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %12, %4
  %row2 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %12

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %10, %sum ]
  %6 = mul nsw i64 %row2, 1000
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b0, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %9, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %sum3, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %sum, label %12, !llvm.loop !137

12:                                               ; preds = %sum, %row
  %13 = add nsw i64 %row2, 1
  %14 = icmp slt i64 %13, 126
  br i1 %14, label %row, label %15

15:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k050_grad_head_decoder_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4656128
  %grad.loss = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690432
  %cls.predictions.bias = bitcast i8* %5 to float*
  call void @body_71(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.loss, float* %cls.predictions.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_72(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %38

row:                                              ; preds = %35, %start
  %row1 = phi i64 [ %begin, %start ], [ %36, %35 ]
  %1 = mul nsw i64 %row1, 2
  %2 = getelementptr inbounds float, float* %b0, i64 %1
  %x = load float, float* %2, align 4, !tbaa !3
  %3 = mul nsw i64 %row1, 2
  %4 = add nsw i64 %3, 1
  %5 = getelementptr inbounds float, float* %b0, i64 %4
  %x2 = load float, float* %5, align 4, !tbaa !3
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce3 = phi i64 [ 0, %row ], [ %10, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %6 = mul nsw i64 %row1, 64
  %7 = add nsw i64 %6, %reduce3
  %8 = getelementptr inbounds float, float* %b3, i64 %7
  %x4 = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b2, i64 %reduce3
  %x5 = load float, float* %9, align 4, !tbaa !3
  %mul = fmul float %x4, %x5
  %sum.next = fadd float %sum, %mul
  %10 = add nsw i64 %reduce3, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %reduce, label %12, !llvm.loop !138

12:                                               ; preds = %reduce
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %12
  %reduce7 = phi i64 [ 0, %12 ], [ %20, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %12 ], [ %sum.next15, %reduce6 ]
  %13 = mul nsw i64 %row1, 64
  %14 = add nsw i64 %13, %reduce7
  %15 = getelementptr inbounds float, float* %b3, i64 %14
  %x9 = load float, float* %15, align 4, !tbaa !3
  %16 = getelementptr inbounds float, float* %b2, i64 %reduce7
  %x10 = load float, float* %16, align 4, !tbaa !3
  %mul11 = fmul float %x9, %x10
  %17 = mul nsw i64 %row1, 64
  %18 = add nsw i64 %17, %reduce7
  %19 = getelementptr inbounds float, float* %b1, i64 %18
  %x12 = load float, float* %19, align 4, !tbaa !3
  %sub = fsub float %x12, %x
  %mul13 = fmul float %sub, %x2
  %mul14 = fmul float %mul11, %mul13
  %sum.next15 = fadd float %sum8, %mul14
  %20 = add nsw i64 %reduce7, 1
  %21 = icmp slt i64 %20, 64
  br i1 %21, label %reduce6, label %22, !llvm.loop !139

22:                                               ; preds = %reduce6
  br label %map

map:                                              ; preds = %map, %22
  %map16 = phi i64 [ 0, %22 ], [ %33, %map ]
  %23 = mul nsw i64 %row1, 64
  %24 = add nsw i64 %23, %map16
  %25 = getelementptr inbounds float, float* %b3, i64 %24
  %x17 = load float, float* %25, align 4, !tbaa !3
  %26 = getelementptr inbounds float, float* %b2, i64 %map16
  %x18 = load float, float* %26, align 4, !tbaa !3
  %mul19 = fmul float %x17, %x18
  %mul20 = fmul float %sum.next, 1.562500e-02
  %sub21 = fsub float %mul19, %mul20
  %27 = mul nsw i64 %row1, 64
  %28 = add nsw i64 %27, %map16
  %29 = getelementptr inbounds float, float* %b1, i64 %28
  %x22 = load float, float* %29, align 4, !tbaa !3
  %sub23 = fsub float %x22, %x
  %mul24 = fmul float %sub23, %x2
  %mul25 = fmul float %sum.next15, 1.562500e-02
  %mul26 = fmul float %mul24, %mul25
  %sub27 = fsub float %sub21, %mul26
  %mul28 = fmul float %x2, %sub27
  %30 = mul nsw i64 %row1, 64
  %31 = add nsw i64 %30, %map16
  %32 = getelementptr inbounds float, float* %b4, i64 %31
  store float %mul28, float* %32, align 4, !tbaa !3
  %33 = add nsw i64 %map16, 1
  %34 = icmp slt i64 %33, 64
  br i1 %34, label %map, label %35, !llvm.loop !140

35:                                               ; preds = %map
  %36 = add nsw i64 %row1, 1
  %37 = icmp slt i64 %36, %end
  br i1 %37, label %row, label %38

38:                                               ; preds = %35, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k053_grad_head_transform_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 234496
  %head.transform.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 4591616
  %head.transform.gelu = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 689920
  %cls.predictions.transform.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 4329472
  %grad.head.decoder.matmul.a = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 4361728
  %grad.head.transform.layernorm.x = bitcast i8* %14 to float*
  call void @body_72(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.layernorm.stats, float* %head.transform.gelu, float* %cls.predictions.transform.LayerNorm.weight, float* %grad.head.decoder.matmul.a, float* %grad.head.transform.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_73(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b3, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !141

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %20, %4
  %row2 = phi i64 [ 0, %4 ], [ %21, %20 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %20

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %18, %sum ]
  %6 = mul nsw i64 %row2, 64
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b2, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = mul nsw i64 %row2, 64
  %10 = add nsw i64 %9, %sum3
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x4 = load float, float* %11, align 4, !tbaa !3
  %12 = mul nsw i64 %row2, 2
  %13 = getelementptr inbounds float, float* %b1, i64 %12
  %x5 = load float, float* %13, align 4, !tbaa !3
  %sub = fsub float %x4, %x5
  %14 = mul nsw i64 %row2, 2
  %15 = add nsw i64 %14, 1
  %16 = getelementptr inbounds float, float* %b1, i64 %15
  %x6 = load float, float* %16, align 4, !tbaa !3
  %mul = fmul float %sub, %x6
  %mul7 = fmul float %x, %mul
  %17 = getelementptr inbounds float, float* %b3, i64 %sum3
  %dst = load float, float* %17, align 4, !tbaa !3
  %acc = fadd float %dst, %mul7
  store float %acc, float* %17, align 4, !tbaa !3
  %18 = add nsw i64 %sum3, 1
  %19 = icmp slt i64 %18, %end
  br i1 %19, label %sum, label %20, !llvm.loop !142

20:                                               ; preds = %sum, %row
  %21 = add nsw i64 %row2, 1
  %22 = icmp slt i64 %21, 126
  br i1 %22, label %row, label %23

23:                                               ; preds = %20
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k054_grad_head_transform_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4591616
  %head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 234496
  %head.transform.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 4329472
  %grad.head.decoder.matmul.a = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 689920
  %cls.predictions.transform.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_73(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.gelu, float* %head.transform.layernorm.stats, float* %grad.head.decoder.matmul.a, float* %cls.predictions.transform.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_74(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !143

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %12, %4
  %row2 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %12

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %10, %sum ]
  %6 = mul nsw i64 %row2, 64
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b0, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %9, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %sum3, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %sum, label %12, !llvm.loop !144

12:                                               ; preds = %sum, %row
  %13 = add nsw i64 %row2, 1
  %14 = icmp slt i64 %13, 126
  br i1 %14, label %row, label %15

15:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k055_grad_head_transform_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4329472
  %grad.head.decoder.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 690176
  %cls.predictions.transform.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_74(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.head.decoder.matmul.a, float* %cls.predictions.transform.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_75(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %15

row:                                              ; preds = %12, %start
  %row1 = phi i64 [ %begin, %start ], [ %13, %12 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %10, %map ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds float, float* %b1, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %4 = mul nsw i64 %row1, 64
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b0, i64 %5
  %x3 = load float, float* %6, align 4, !tbaa !3
  %mul = fmul float %x3, 0x3FE6A09E60000000
  %erf = call float @bertc.erff(float %mul)
  %add = fadd float 1.000000e+00, %erf
  %mul4 = fmul float 5.000000e-01, %add
  %mul5 = fmul float %x3, %x3
  %mul6 = fmul float -5.000000e-01, %mul5
  %exp = call float @bertc.expf(float %mul6)
  %mul7 = fmul float 0x3FD9884540000000, %exp
  %mul8 = fmul float %x3, %mul7
  %add9 = fadd float %mul4, %mul8
  %mul10 = fmul float %x, %add9
  %7 = mul nsw i64 %row1, 64
  %8 = add nsw i64 %7, %map2
  %9 = getelementptr inbounds float, float* %b2, i64 %8
  store float %mul10, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %map2, 1
  %11 = icmp slt i64 %10, 64
  br i1 %11, label %map, label %12, !llvm.loop !145

12:                                               ; preds = %map
  %13 = add nsw i64 %row1, 1
  %14 = icmp slt i64 %13, %end
  br i1 %14, label %row, label %15

15:                                               ; preds = %12, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k056_grad_head_transform_gelu(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 202240
  %head.transform.dense = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 4361728
  %grad.head.transform.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 4329472
  %grad.head.transform.gelu = bitcast i8* %8 to float*
  call void @body_75(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %head.transform.dense, float* %grad.head.transform.layernorm.x, float* %grad.head.transform.gelu)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k057_grad_head_transform_dense_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4329472
  %grad.head.transform.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 689664
  %cls.predictions.transform.dense.bias = bitcast i8* %5 to float*
  call void @body_74(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.head.transform.gelu, float* %cls.predictions.transform.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_76(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  br label %zero.row

zero.row:                                         ; preds = %6, %start
  %zero.row1 = phi i64 [ 0, %start ], [ %7, %6 ]
  %0 = mul nsw i64 %zero.row1, 64
  %1 = icmp slt i64 %begin, %end
  br i1 %1, label %zero, label %6

zero:                                             ; preds = %zero, %zero.row
  %zero2 = phi i64 [ %begin, %zero.row ], [ %4, %zero ]
  %2 = add nsw i64 %0, %zero2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  store float 0.000000e+00, float* %3, align 4, !tbaa !3
  %4 = add nsw i64 %zero2, 1
  %5 = icmp slt i64 %4, %end
  br i1 %5, label %zero, label %6, !llvm.loop !146

6:                                                ; preds = %zero, %zero.row
  %7 = add nsw i64 %zero.row1, 1
  %8 = icmp slt i64 %7, 512
  br i1 %8, label %zero.row, label %9

9:                                                ; preds = %6
  br label %row

row:                                              ; preds = %23, %9
  %row3 = phi i64 [ 0, %9 ], [ %24, %23 ]
  %10 = getelementptr inbounds i32, i32* %b2, i64 %row3
  %id = load i32, i32* %10, align 4, !tbaa !0
  %11 = sext i32 %id to i64
  %12 = icmp ult i64 %11, 512
  br i1 %12, label %add, label %23

add:                                              ; preds = %row
  %13 = mul nsw i64 %11, 64
  %14 = mul nsw i64 %row3, 64
  %15 = icmp slt i64 %begin, %end
  br i1 %15, label %col, label %22

col:                                              ; preds = %col, %add
  %col4 = phi i64 [ %begin, %add ], [ %20, %col ]
  %16 = add nsw i64 %13, %col4
  %17 = add nsw i64 %14, %col4
  %18 = getelementptr inbounds float, float* %b0, i64 %16
  %19 = getelementptr inbounds float, float* %b1, i64 %17
  %src = load float, float* %19, align 4, !tbaa !3
  %dst = load float, float* %18, align 4, !tbaa !3
  %acc = fadd float %dst, %src
  store float %acc, float* %18, align 4, !tbaa !3
  %20 = add nsw i64 %col4, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %col, label %22, !llvm.loop !147

22:                                               ; preds = %col, %add
  br label %23

23:                                               ; preds = %22, %row
  %24 = add nsw i64 %row3, 1
  %25 = icmp slt i64 %24, 126
  br i1 %25, label %row, label %26

26:                                               ; preds = %23
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k060_grad_head_masked_rows(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4329472
  %grad.head.masked_rows = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 202240
  %grad.head.transform.dense.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 6144
  %masked_positions = bitcast i8* %8 to i32*
  call void @body_76(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.head.masked_rows, float* %grad.head.transform.dense.matmul.a, i32* %masked_positions)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_77(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %22

row:                                              ; preds = %19, %start
  %row1 = phi i64 [ %begin, %start ], [ %20, %19 ]
  %r1 = urem i64 %row1, 64
  %1 = udiv i64 %row1, 64
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %17, %map ]
  %coord.f = sitofp i64 %r1 to float
  %mul = fmul float 1.000000e+00, %coord.f
  %add = fadd float 0.000000e+00, %mul
  %2 = fcmp oeq float %add, 0.000000e+00
  %eq = select i1 %2, float 1.000000e+00, float 0.000000e+00
  %3 = mul nsw i64 %1, 64
  %4 = add nsw i64 %3, %map2
  %5 = getelementptr inbounds float, float* %b1, i64 %4
  %x = load float, float* %5, align 4, !tbaa !3
  %6 = fcmp une float %eq, 0.000000e+00
  %select = select i1 %6, float %x, float 0.000000e+00
  %7 = mul nsw i64 %1, 4096
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x3 = load float, float* %11, align 4, !tbaa !3
  %add4 = fadd float %select, %x3
  %12 = mul nsw i64 %1, 4096
  %13 = mul nsw i64 %r1, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %map2
  %16 = getelementptr inbounds float, float* %b2, i64 %15
  store float %add4, float* %16, align 4, !tbaa !3
  %17 = add nsw i64 %map2, 1
  %18 = icmp slt i64 %17, 64
  br i1 %18, label %map, label %19, !llvm.loop !148

19:                                               ; preds = %map
  %20 = add nsw i64 %row1, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %row, label %22

22:                                               ; preds = %19, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k061_grad_layer_1_ffn_layernorm_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4329472
  %grad.head.masked_rows = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 238208
  %grad.pooler.dense.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 4591616
  %grad.layer.1.ffn.layernorm.sum = bitcast i8* %8 to float*
  call void @body_77(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.head.masked_rows, float* %grad.pooler.dense.matmul.a, float* %grad.layer.1.ffn.layernorm.sum)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_78(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %55

row:                                              ; preds = %52, %start
  %row1 = phi i64 [ %begin, %start ], [ %53, %52 ]
  %r1 = urem i64 %row1, 64
  %1 = udiv i64 %row1, 64
  %2 = mul nsw i64 %1, 128
  %3 = mul nsw i64 %r1, 2
  %4 = add nsw i64 %2, %3
  %5 = getelementptr inbounds float, float* %b0, i64 %4
  %x = load float, float* %5, align 4, !tbaa !3
  %6 = mul nsw i64 %1, 128
  %7 = mul nsw i64 %r1, 2
  %8 = add nsw i64 %6, %7
  %9 = add nsw i64 %8, 1
  %10 = getelementptr inbounds float, float* %b0, i64 %9
  %x2 = load float, float* %10, align 4, !tbaa !3
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce3 = phi i64 [ 0, %row ], [ %17, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %11 = mul nsw i64 %1, 4096
  %12 = mul nsw i64 %r1, 64
  %13 = add nsw i64 %11, %12
  %14 = add nsw i64 %13, %reduce3
  %15 = getelementptr inbounds float, float* %b3, i64 %14
  %x4 = load float, float* %15, align 4, !tbaa !3
  %16 = getelementptr inbounds float, float* %b2, i64 %reduce3
  %x5 = load float, float* %16, align 4, !tbaa !3
  %mul = fmul float %x4, %x5
  %sum.next = fadd float %sum, %mul
  %17 = add nsw i64 %reduce3, 1
  %18 = icmp slt i64 %17, 64
  br i1 %18, label %reduce, label %19, !llvm.loop !149

19:                                               ; preds = %reduce
  br label %reduce6

reduce6:                                          ; preds = %reduce6, %19
  %reduce7 = phi i64 [ 0, %19 ], [ %31, %reduce6 ]
  %sum8 = phi float [ 0.000000e+00, %19 ], [ %sum.next15, %reduce6 ]
  %20 = mul nsw i64 %1, 4096
  %21 = mul nsw i64 %r1, 64
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %reduce7
  %24 = getelementptr inbounds float, float* %b3, i64 %23
  %x9 = load float, float* %24, align 4, !tbaa !3
  %25 = getelementptr inbounds float, float* %b2, i64 %reduce7
  %x10 = load float, float* %25, align 4, !tbaa !3
  %mul11 = fmul float %x9, %x10
  %26 = mul nsw i64 %1, 4096
  %27 = mul nsw i64 %r1, 64
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %reduce7
  %30 = getelementptr inbounds float, float* %b1, i64 %29
  %x12 = load float, float* %30, align 4, !tbaa !3
  %sub = fsub float %x12, %x
  %mul13 = fmul float %sub, %x2
  %mul14 = fmul float %mul11, %mul13
  %sum.next15 = fadd float %sum8, %mul14
  %31 = add nsw i64 %reduce7, 1
  %32 = icmp slt i64 %31, 64
  br i1 %32, label %reduce6, label %33, !llvm.loop !150

33:                                               ; preds = %reduce6
  br label %map

map:                                              ; preds = %map, %33
  %map16 = phi i64 [ 0, %33 ], [ %50, %map ]
  %34 = mul nsw i64 %1, 4096
  %35 = mul nsw i64 %r1, 64
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %map16
  %38 = getelementptr inbounds float, float* %b3, i64 %37
  %x17 = load float, float* %38, align 4, !tbaa !3
  %39 = getelementptr inbounds float, float* %b2, i64 %map16
  %x18 = load float, float* %39, align 4, !tbaa !3
  %mul19 = fmul float %x17, %x18
  %mul20 = fmul float %sum.next, 1.562500e-02
  %sub21 = fsub float %mul19, %mul20
  %40 = mul nsw i64 %1, 4096
  %41 = mul nsw i64 %r1, 64
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %map16
  %44 = getelementptr inbounds float, float* %b1, i64 %43
  %x22 = load float, float* %44, align 4, !tbaa !3
  %sub23 = fsub float %x22, %x
  %mul24 = fmul float %sub23, %x2
  %mul25 = fmul float %sum.next15, 1.562500e-02
  %mul26 = fmul float %mul24, %mul25
  %sub27 = fsub float %sub21, %mul26
  %mul28 = fmul float %x2, %sub27
  %45 = mul nsw i64 %1, 4096
  %46 = mul nsw i64 %r1, 64
  %47 = add nsw i64 %45, %46
  %48 = add nsw i64 %47, %map16
  %49 = getelementptr inbounds float, float* %b4, i64 %48
  store float %mul28, float* %49, align 4, !tbaa !3
  %50 = add nsw i64 %map16, 1
  %51 = icmp slt i64 %50, 64
  br i1 %51, label %map, label %52, !llvm.loop !151

52:                                               ; preds = %map
  %53 = add nsw i64 %row1, 1
  %54 = icmp slt i64 %53, %end
  br i1 %54, label %row, label %55

55:                                               ; preds = %52, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k062_grad_layer_1_ffn_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 165888
  %layer.1.ffn.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 4460544
  %layer.1.ffn.residual = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 672768
  %bert.encoder.layer.1.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 4591616
  %grad.layer.1.ffn.layernorm.sum = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 4329472
  %grad.layer.1.ffn.layernorm.x = bitcast i8* %14 to float*
  call void @body_78(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.layernorm.stats, float* %layer.1.ffn.residual, float* %bert.encoder.layer.1.output.LayerNorm.weight, float* %grad.layer.1.ffn.layernorm.sum, float* %grad.layer.1.ffn.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_79(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b3, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !152

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %29, %4
  %row2 = phi i64 [ 0, %4 ], [ %30, %29 ]
  %r1 = urem i64 %row2, 64
  %5 = udiv i64 %row2, 64
  %6 = icmp slt i64 %begin, %end
  br i1 %6, label %sum, label %29

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %27, %sum ]
  %7 = mul nsw i64 %5, 4096
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %sum3
  %11 = getelementptr inbounds float, float* %b2, i64 %10
  %x = load float, float* %11, align 4, !tbaa !3
  %12 = mul nsw i64 %5, 4096
  %13 = mul nsw i64 %r1, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %sum3
  %16 = getelementptr inbounds float, float* %b0, i64 %15
  %x4 = load float, float* %16, align 4, !tbaa !3
  %17 = mul nsw i64 %5, 128
  %18 = mul nsw i64 %r1, 2
  %19 = add nsw i64 %17, %18
  %20 = getelementptr inbounds float, float* %b1, i64 %19
  %x5 = load float, float* %20, align 4, !tbaa !3
  %sub = fsub float %x4, %x5
  %21 = mul nsw i64 %5, 128
  %22 = mul nsw i64 %r1, 2
  %23 = add nsw i64 %21, %22
  %24 = add nsw i64 %23, 1
  %25 = getelementptr inbounds float, float* %b1, i64 %24
  %x6 = load float, float* %25, align 4, !tbaa !3
  %mul = fmul float %sub, %x6
  %mul7 = fmul float %x, %mul
  %26 = getelementptr inbounds float, float* %b3, i64 %sum3
  %dst = load float, float* %26, align 4, !tbaa !3
  %acc = fadd float %dst, %mul7
  store float %acc, float* %26, align 4, !tbaa !3
  %27 = add nsw i64 %sum3, 1
  %28 = icmp slt i64 %27, %end
  br i1 %28, label %sum, label %29, !llvm.loop !153

29:                                               ; preds = %sum, %row
  %30 = add nsw i64 %row2, 1
  %31 = icmp slt i64 %30, 512
  br i1 %31, label %row, label %32

32:                                               ; preds = %29
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k063_grad_layer_1_ffn_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4460544
  %layer.1.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 165888
  %layer.1.ffn.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 4591616
  %grad.layer.1.ffn.layernorm.sum = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 672768
  %bert.encoder.layer.1.output.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_79(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.residual, float* %layer.1.ffn.layernorm.stats, float* %grad.layer.1.ffn.layernorm.sum, float* %bert.encoder.layer.1.output.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !154

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %15, %4
  %row2 = phi i64 [ 0, %4 ], [ %16, %15 ]
  %r1 = urem i64 %row2, 64
  %5 = udiv i64 %row2, 64
  %6 = icmp slt i64 %begin, %end
  br i1 %6, label %sum, label %15

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %13, %sum ]
  %7 = mul nsw i64 %5, 4096
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %sum3
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x = load float, float* %11, align 4, !tbaa !3
  %12 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %12, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %12, align 4, !tbaa !3
  %13 = add nsw i64 %sum3, 1
  %14 = icmp slt i64 %13, %end
  br i1 %14, label %sum, label %15, !llvm.loop !155

15:                                               ; preds = %sum, %row
  %16 = add nsw i64 %row2, 1
  %17 = icmp slt i64 %16, 512
  br i1 %17, label %row, label %18

18:                                               ; preds = %15
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k064_grad_layer_1_ffn_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4591616
  %grad.layer.1.ffn.layernorm.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 673024
  %bert.encoder.layer.1.output.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.layernorm.sum, float* %bert.encoder.layer.1.output.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k065_grad_layer_1_ffn_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4329472
  %grad.layer.1.ffn.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 4460544
  %grad.layer.1.ffn.dropout = bitcast i8* %5 to float*
  call void @body_54(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.layernorm.x, float* %grad.layer.1.ffn.dropout, i32 7)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k066_grad_layer_1_ffn_output_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 4460544
  %grad.layer.1.ffn.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 672512
  %bert.encoder.layer.1.output.dense.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.dropout, float* %bert.encoder.layer.1.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_81(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %22

row:                                              ; preds = %19, %start
  %row1 = phi i64 [ %begin, %start ], [ %20, %19 ]
  %r1 = urem i64 %row1, 64
  %1 = udiv i64 %row1, 64
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %17, %map ]
  %2 = mul nsw i64 %1, 16384
  %3 = mul nsw i64 %r1, 256
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b1, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %7 = mul nsw i64 %1, 16384
  %8 = mul nsw i64 %r1, 256
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x3 = load float, float* %11, align 4, !tbaa !3
  %mul = fmul float %x3, 0x3FE6A09E60000000
  %erf = call float @bertc.erff(float %mul)
  %add = fadd float 1.000000e+00, %erf
  %mul4 = fmul float 5.000000e-01, %add
  %mul5 = fmul float %x3, %x3
  %mul6 = fmul float -5.000000e-01, %mul5
  %exp = call float @bertc.expf(float %mul6)
  %mul7 = fmul float 0x3FD9884540000000, %exp
  %mul8 = fmul float %x3, %mul7
  %add9 = fadd float %mul4, %mul8
  %mul10 = fmul float %x, %add9
  %12 = mul nsw i64 %1, 16384
  %13 = mul nsw i64 %r1, 256
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %map2
  %16 = getelementptr inbounds float, float* %b2, i64 %15
  store float %mul10, float* %16, align 4, !tbaa !3
  %17 = add nsw i64 %map2, 1
  %18 = icmp slt i64 %17, 256
  br i1 %18, label %map, label %19, !llvm.loop !156

19:                                               ; preds = %map
  %20 = add nsw i64 %row1, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %row, label %22

22:                                               ; preds = %19, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k069_grad_layer_1_ffn_gelu(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3280896
  %layer.1.ffn.intermediate = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 4591616
  %grad.layer.1.ffn.output.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 3805184
  %grad.layer.1.ffn.gelu = bitcast i8* %8 to float*
  call void @body_81(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.ffn.intermediate, float* %grad.layer.1.ffn.output.matmul.a, float* %grad.layer.1.ffn.gelu)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_82(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !157

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %15, %4
  %row2 = phi i64 [ 0, %4 ], [ %16, %15 ]
  %r1 = urem i64 %row2, 64
  %5 = udiv i64 %row2, 64
  %6 = icmp slt i64 %begin, %end
  br i1 %6, label %sum, label %15

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %13, %sum ]
  %7 = mul nsw i64 %5, 16384
  %8 = mul nsw i64 %r1, 256
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %sum3
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x = load float, float* %11, align 4, !tbaa !3
  %12 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %12, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %12, align 4, !tbaa !3
  %13 = add nsw i64 %sum3, 1
  %14 = icmp slt i64 %13, %end
  br i1 %14, label %sum, label %15, !llvm.loop !158

15:                                               ; preds = %sum, %row
  %16 = add nsw i64 %row2, 1
  %17 = icmp slt i64 %16, 512
  br i1 %17, label %row, label %18

18:                                               ; preds = %15
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k070_grad_layer_1_ffn_intermediate_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3805184
  %grad.layer.1.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 605952
  %bert.encoder.layer.1.intermediate.dense.bias = bitcast i8* %5 to float*
  call void @body_82(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.gelu, float* %bert.encoder.layer.1.intermediate.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_83(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %22

row:                                              ; preds = %19, %start
  %row1 = phi i64 [ %begin, %start ], [ %20, %19 ]
  %r1 = urem i64 %row1, 64
  %1 = udiv i64 %row1, 64
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %17, %map ]
  %2 = mul nsw i64 %1, 4096
  %3 = mul nsw i64 %r1, 64
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b1, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %7 = mul nsw i64 %1, 4096
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b0, i64 %10
  %x3 = load float, float* %11, align 4, !tbaa !3
  %add = fadd float %x, %x3
  %12 = mul nsw i64 %1, 4096
  %13 = mul nsw i64 %r1, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %map2
  %16 = getelementptr inbounds float, float* %b2, i64 %15
  store float %add, float* %16, align 4, !tbaa !3
  %17 = add nsw i64 %map2, 1
  %18 = icmp slt i64 %17, 64
  br i1 %18, label %map, label %19, !llvm.loop !159

19:                                               ; preds = %map
  %20 = add nsw i64 %row1, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %row, label %22

22:                                               ; preds = %19, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k072_grad_layer_1_attention_layernorm_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3280896
  %grad.layer.1.ffn.intermediate.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 4329472
  %grad.layer.1.ffn.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 3411968
  %grad.layer.1.attention.layernorm.sum = bitcast i8* %8 to float*
  call void @body_83(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.ffn.intermediate.matmul.a, float* %grad.layer.1.ffn.layernorm.x, float* %grad.layer.1.attention.layernorm.sum)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k074_grad_layer_1_attention_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 161792
  %layer.1.attention.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 3149824
  %layer.1.attention.residual = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 539904
  %bert.encoder.layer.1.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 3411968
  %grad.layer.1.attention.layernorm.sum = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 3018752
  %grad.layer.1.attention.layernorm.x = bitcast i8* %14 to float*
  call void @body_78(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.layernorm.stats, float* %layer.1.attention.residual, float* %bert.encoder.layer.1.attention.output.LayerNorm.weight, float* %grad.layer.1.attention.layernorm.sum, float* %grad.layer.1.attention.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k075_grad_layer_1_attention_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3149824
  %layer.1.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 161792
  %layer.1.attention.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 3411968
  %grad.layer.1.attention.layernorm.sum = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 539904
  %bert.encoder.layer.1.attention.output.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_79(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.residual, float* %layer.1.attention.layernorm.stats, float* %grad.layer.1.attention.layernorm.sum, float* %bert.encoder.layer.1.attention.output.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k076_grad_layer_1_attention_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3411968
  %grad.layer.1.attention.layernorm.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 540160
  %bert.encoder.layer.1.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.layernorm.sum, float* %bert.encoder.layer.1.attention.output.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k077_grad_layer_1_attention_output_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3018752
  %grad.layer.1.attention.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 3149824
  %grad.layer.1.attention.output_dropout = bitcast i8* %5 to float*
  call void @body_54(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.layernorm.x, float* %grad.layer.1.attention.output_dropout, i32 6)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k078_grad_layer_1_attention_output_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3149824
  %grad.layer.1.attention.output_dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 539648
  %bert.encoder.layer.1.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.output_dropout, float* %bert.encoder.layer.1.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_84(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %30

row:                                              ; preds = %27, %start
  %row1 = phi i64 [ %begin, %start ], [ %28, %27 ]
  %r2 = urem i64 %row1, 64
  %1 = udiv i64 %row1, 64
  %r1 = urem i64 %1, 4
  %2 = udiv i64 %1, 4
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %17, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %3 = mul nsw i64 %2, 4096
  %4 = mul nsw i64 %r1, 16
  %5 = add nsw i64 %3, %4
  %6 = mul nsw i64 %r2, 64
  %7 = add nsw i64 %5, %6
  %8 = add nsw i64 %7, %reduce2
  %9 = getelementptr inbounds float, float* %b1, i64 %8
  %x = load float, float* %9, align 4, !tbaa !3
  %10 = mul nsw i64 %2, 4096
  %11 = mul nsw i64 %r1, 16
  %12 = add nsw i64 %10, %11
  %13 = mul nsw i64 %r2, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %reduce2
  %16 = getelementptr inbounds float, float* %b0, i64 %15
  %x3 = load float, float* %16, align 4, !tbaa !3
  %mul = fmul float %x, %x3
  %sum.next = fadd float %sum, %mul
  %17 = add nsw i64 %reduce2, 1
  %18 = icmp slt i64 %17, 16
  br i1 %18, label %reduce, label %19, !llvm.loop !160

19:                                               ; preds = %reduce
  br label %map

map:                                              ; preds = %map, %19
  %map4 = phi i64 [ 0, %19 ], [ %25, %map ]
  %20 = mul nsw i64 %2, 256
  %21 = mul nsw i64 %r1, 64
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %r2
  %24 = getelementptr inbounds float, float* %b2, i64 %23
  store float %sum.next, float* %24, align 4, !tbaa !3
  %25 = add nsw i64 %map4, 1
  %26 = icmp slt i64 %25, 16
  br i1 %26, label %map, label %27, !llvm.loop !161

27:                                               ; preds = %map
  %28 = add nsw i64 %row1, 1
  %29 = icmp slt i64 %28, %end
  br i1 %29, label %row, label %30

30:                                               ; preds = %27, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k081_layer_1_attention_context(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2887680
  %layer.1.attention.context = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 3280896
  %grad.layer.1.attention.output.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 161792
  %layer.1.attention.context.delta = bitcast i8* %8 to float*
  call void @body_84(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.1.attention.context, float* %grad.layer.1.attention.output.matmul.a, float* %layer.1.attention.context.delta)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k084_grad_layer_1_attention_value_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2887680
  %grad.layer.1.attention.context.b = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 523008
  %bert.encoder.layer.1.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.context.b, float* %bert.encoder.layer.1.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k087_grad_layer_1_attention_key_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3149824
  %grad.layer.1.attention.scores.b = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 506368
  %bert.encoder.layer.1.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.scores.b, float* %bert.encoder.layer.1.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k090_grad_layer_1_attention_query_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 3411968
  %grad.layer.1.attention.scores.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 489728
  %bert.encoder.layer.1.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.scores.a, float* %bert.encoder.layer.1.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_87(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %32

row:                                              ; preds = %29, %start
  %row1 = phi i64 [ %begin, %start ], [ %30, %29 ]
  %r1 = urem i64 %row1, 64
  %1 = udiv i64 %row1, 64
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %27, %map ]
  %2 = mul nsw i64 %1, 4096
  %3 = mul nsw i64 %r1, 64
  %4 = add nsw i64 %2, %3
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b3, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %7 = mul nsw i64 %1, 4096
  %8 = mul nsw i64 %r1, 64
  %9 = add nsw i64 %7, %8
  %10 = add nsw i64 %9, %map2
  %11 = getelementptr inbounds float, float* %b2, i64 %10
  %x3 = load float, float* %11, align 4, !tbaa !3
  %add = fadd float %x, %x3
  %12 = mul nsw i64 %1, 4096
  %13 = mul nsw i64 %r1, 64
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %map2
  %16 = getelementptr inbounds float, float* %b1, i64 %15
  %x4 = load float, float* %16, align 4, !tbaa !3
  %add5 = fadd float %add, %x4
  %17 = mul nsw i64 %1, 4096
  %18 = mul nsw i64 %r1, 64
  %19 = add nsw i64 %17, %18
  %20 = add nsw i64 %19, %map2
  %21 = getelementptr inbounds float, float* %b0, i64 %20
  %x6 = load float, float* %21, align 4, !tbaa !3
  %add7 = fadd float %add5, %x6
  %22 = mul nsw i64 %1, 4096
  %23 = mul nsw i64 %r1, 64
  %24 = add nsw i64 %22, %23
  %25 = add nsw i64 %24, %map2
  %26 = getelementptr inbounds float, float* %b4, i64 %25
  store float %add7, float* %26, align 4, !tbaa !3
  %27 = add nsw i64 %map2, 1
  %28 = icmp slt i64 %27, 64
  br i1 %28, label %map, label %29, !llvm.loop !162

29:                                               ; preds = %map
  %30 = add nsw i64 %row1, 1
  %31 = icmp slt i64 %30, %end
  br i1 %31, label %row, label %32

32:                                               ; preds = %29, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k092_grad_layer_0_ffn_layernorm_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2756608
  %grad.layer.1.attention.query.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2625536
  %grad.layer.1.attention.key.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2494464
  %grad.layer.1.attention.value.matmul.a = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 3018752
  %grad.layer.1.attention.layernorm.x = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2887680
  %grad.layer.0.ffn.layernorm.sum = bitcast i8* %14 to float*
  call void @body_87(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.1.attention.query.matmul.a, float* %grad.layer.1.attention.key.matmul.a, float* %grad.layer.1.attention.value.matmul.a, float* %grad.layer.1.attention.layernorm.x, float* %grad.layer.0.ffn.layernorm.sum)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k094_grad_layer_0_ffn_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 149504
  %layer.0.ffn.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2363392
  %layer.0.ffn.residual = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 472832
  %bert.encoder.layer.0.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 2887680
  %grad.layer.0.ffn.layernorm.sum = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2232320
  %grad.layer.0.ffn.layernorm.x = bitcast i8* %14 to float*
  call void @body_78(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.layernorm.stats, float* %layer.0.ffn.residual, float* %bert.encoder.layer.0.output.LayerNorm.weight, float* %grad.layer.0.ffn.layernorm.sum, float* %grad.layer.0.ffn.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k095_grad_layer_0_ffn_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2363392
  %layer.0.ffn.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 149504
  %layer.0.ffn.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2887680
  %grad.layer.0.ffn.layernorm.sum = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 472832
  %bert.encoder.layer.0.output.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_79(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.residual, float* %layer.0.ffn.layernorm.stats, float* %grad.layer.0.ffn.layernorm.sum, float* %bert.encoder.layer.0.output.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k096_grad_layer_0_ffn_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2887680
  %grad.layer.0.ffn.layernorm.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 473088
  %bert.encoder.layer.0.output.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.layernorm.sum, float* %bert.encoder.layer.0.output.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k097_grad_layer_0_ffn_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2232320
  %grad.layer.0.ffn.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2363392
  %grad.layer.0.ffn.dropout = bitcast i8* %5 to float*
  call void @body_54(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.layernorm.x, float* %grad.layer.0.ffn.dropout, i32 4)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k098_grad_layer_0_ffn_output_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 2363392
  %grad.layer.0.ffn.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 472576
  %bert.encoder.layer.0.output.dense.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.dropout, float* %bert.encoder.layer.0.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k101_grad_layer_0_ffn_gelu(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1183744
  %layer.0.ffn.intermediate = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2494464
  %grad.layer.0.ffn.output.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1708032
  %grad.layer.0.ffn.gelu = bitcast i8* %8 to float*
  call void @body_81(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.ffn.intermediate, float* %grad.layer.0.ffn.output.matmul.a, float* %grad.layer.0.ffn.gelu)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k102_grad_layer_0_ffn_intermediate_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1708032
  %grad.layer.0.ffn.gelu = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 406016
  %bert.encoder.layer.0.intermediate.dense.bias = bitcast i8* %5 to float*
  call void @body_82(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.gelu, float* %bert.encoder.layer.0.intermediate.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k104_grad_layer_0_attention_layernorm_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1183744
  %grad.layer.0.ffn.intermediate.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 2232320
  %grad.layer.0.ffn.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1314816
  %grad.layer.0.attention.layernorm.sum = bitcast i8* %8 to float*
  call void @body_83(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.ffn.intermediate.matmul.a, float* %grad.layer.0.ffn.layernorm.x, float* %grad.layer.0.attention.layernorm.sum)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k106_grad_layer_0_attention_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 145408
  %layer.0.attention.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1052672
  %layer.0.attention.residual = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 339968
  %bert.encoder.layer.0.attention.output.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 1314816
  %grad.layer.0.attention.layernorm.sum = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 921600
  %grad.layer.0.attention.layernorm.x = bitcast i8* %14 to float*
  call void @body_78(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.layernorm.stats, float* %layer.0.attention.residual, float* %bert.encoder.layer.0.attention.output.LayerNorm.weight, float* %grad.layer.0.attention.layernorm.sum, float* %grad.layer.0.attention.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k107_grad_layer_0_attention_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1052672
  %layer.0.attention.residual = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 145408
  %layer.0.attention.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 1314816
  %grad.layer.0.attention.layernorm.sum = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 339968
  %bert.encoder.layer.0.attention.output.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_79(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.residual, float* %layer.0.attention.layernorm.stats, float* %grad.layer.0.attention.layernorm.sum, float* %bert.encoder.layer.0.attention.output.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k108_grad_layer_0_attention_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1314816
  %grad.layer.0.attention.layernorm.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 340224
  %bert.encoder.layer.0.attention.output.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.layernorm.sum, float* %bert.encoder.layer.0.attention.output.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k109_grad_layer_0_attention_output_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 921600
  %grad.layer.0.attention.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1052672
  %grad.layer.0.attention.output_dropout = bitcast i8* %5 to float*
  call void @body_54(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.layernorm.x, float* %grad.layer.0.attention.output_dropout, i32 3)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k110_grad_layer_0_attention_output_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1052672
  %grad.layer.0.attention.output_dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 339712
  %bert.encoder.layer.0.attention.output.dense.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.output_dropout, float* %bert.encoder.layer.0.attention.output.dense.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k113_layer_0_attention_context(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 790528
  %layer.0.attention.context = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 1183744
  %grad.layer.0.attention.output.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 145408
  %layer.0.attention.context.delta = bitcast i8* %8 to float*
  call void @body_84(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %layer.0.attention.context, float* %grad.layer.0.attention.output.matmul.a, float* %layer.0.attention.context.delta)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k116_grad_layer_0_attention_value_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 790528
  %grad.layer.0.attention.context.b = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 323072
  %bert.encoder.layer.0.attention.self.value.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.context.b, float* %bert.encoder.layer.0.attention.self.value.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k119_grad_layer_0_attention_key_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1052672
  %grad.layer.0.attention.scores.b = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 306432
  %bert.encoder.layer.0.attention.self.key.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.scores.b, float* %bert.encoder.layer.0.attention.self.key.bias)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k122_grad_layer_0_attention_query_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 1314816
  %grad.layer.0.attention.scores.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 289792
  %bert.encoder.layer.0.attention.self.query.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.scores.a, float* %bert.encoder.layer.0.attention.self.query.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_88(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4, i32 %0) #0 {
entry:
  %1 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 4
  %ctx.f = load float, float* %1, align 4
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 5
  %seed = load i32, i32* %2, align 4
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 6
  %step = load i32, i32* %3, align 4
  br label %start

start:                                            ; preds = %entry
  %4 = icmp slt i64 %begin, %end
  br i1 %4, label %row, label %40

row:                                              ; preds = %37, %start
  %row1 = phi i64 [ %begin, %start ], [ %38, %37 ]
  %r1 = urem i64 %row1, 64
  %5 = udiv i64 %row1, 64
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %35, %map ]
  %6 = mul nsw i64 %5, 4096
  %7 = mul nsw i64 %r1, 64
  %8 = add nsw i64 %6, %7
  %9 = add nsw i64 %8, %map2
  %10 = getelementptr inbounds float, float* %b3, i64 %9
  %x = load float, float* %10, align 4, !tbaa !3
  %11 = mul nsw i64 %5, 4096
  %12 = mul nsw i64 %r1, 64
  %13 = add nsw i64 %11, %12
  %14 = add nsw i64 %13, %map2
  %15 = getelementptr inbounds float, float* %b2, i64 %14
  %x3 = load float, float* %15, align 4, !tbaa !3
  %add = fadd float %x, %x3
  %16 = mul nsw i64 %5, 4096
  %17 = mul nsw i64 %r1, 64
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %map2
  %20 = getelementptr inbounds float, float* %b1, i64 %19
  %x4 = load float, float* %20, align 4, !tbaa !3
  %add5 = fadd float %add, %x4
  %21 = mul nsw i64 %5, 4096
  %22 = mul nsw i64 %r1, 64
  %23 = add nsw i64 %21, %22
  %24 = add nsw i64 %23, %map2
  %25 = getelementptr inbounds float, float* %b0, i64 %24
  %x6 = load float, float* %25, align 4, !tbaa !3
  %add7 = fadd float %add5, %x6
  %26 = mul nsw i64 %row1, 64
  %27 = add nsw i64 %26, %map2
  %uniform = call float @bertc.dropout_uniform(i32 %seed, i32 %step, i32 %0, i64 %27)
  %28 = fcmp olt float %uniform, 0x3FB99999A0000000
  %lt = select i1 %28, float 1.000000e+00, float 0.000000e+00
  %sub = fsub float 1.000000e+00, %lt
  %mul = fmul float %sub, 0x3FF1C71C80000000
  %29 = fcmp une float %ctx.f, 0.000000e+00
  %select = select i1 %29, float %mul, float 1.000000e+00
  %mul8 = fmul float %add7, %select
  %30 = mul nsw i64 %5, 4096
  %31 = mul nsw i64 %r1, 64
  %32 = add nsw i64 %30, %31
  %33 = add nsw i64 %32, %map2
  %34 = getelementptr inbounds float, float* %b4, i64 %33
  store float %mul8, float* %34, align 4, !tbaa !3
  %35 = add nsw i64 %map2, 1
  %36 = icmp slt i64 %35, 64
  br i1 %36, label %map, label %37, !llvm.loop !163

37:                                               ; preds = %map
  %38 = add nsw i64 %row1, 1
  %39 = icmp slt i64 %38, %end
  br i1 %39, label %row, label %40

40:                                               ; preds = %37, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k125_grad_embeddings_dropout(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 528384
  %grad.layer.0.attention.query.matmul.a = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 397312
  %grad.layer.0.attention.key.matmul.a = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 135168
  %grad.layer.0.attention.value.matmul.a = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 921600
  %grad.layer.0.attention.layernorm.x = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 266240
  %grad.embeddings.dropout = bitcast i8* %14 to float*
  call void @body_88(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.layer.0.attention.query.matmul.a, float* %grad.layer.0.attention.key.matmul.a, float* %grad.layer.0.attention.value.matmul.a, float* %grad.layer.0.attention.layernorm.x, float* %grad.embeddings.dropout, i32 1)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k126_grad_embeddings_layernorm_x(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 131072
  %embeddings.layernorm.stats = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %embeddings.sum = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 272896
  %bert.embeddings.LayerNorm.weight = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 266240
  %grad.embeddings.dropout = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 135168
  %grad.embeddings.layernorm.x = bitcast i8* %14 to float*
  call void @body_78(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.layernorm.stats, float* %embeddings.sum, float* %bert.embeddings.LayerNorm.weight, float* %grad.embeddings.dropout, float* %grad.embeddings.layernorm.x)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k127_grad_embeddings_layernorm_gamma(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 131072
  %embeddings.layernorm.stats = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 266240
  %grad.embeddings.dropout = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 272896
  %bert.embeddings.LayerNorm.weight = bitcast i8* %11 to float*
  call void @body_79(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %embeddings.sum, float* %embeddings.layernorm.stats, float* %grad.embeddings.dropout, float* %bert.embeddings.LayerNorm.weight)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k128_grad_embeddings_layernorm_beta(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 266240
  %grad.embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273152
  %bert.embeddings.LayerNorm.bias = bitcast i8* %5 to float*
  call void @body_80(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.dropout, float* %bert.embeddings.LayerNorm.bias)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_89(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !164

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %12, %4
  %row2 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %12

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %10, %sum ]
  %6 = mul nsw i64 %row2, 4096
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b0, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %9 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %9, align 4, !tbaa !3
  %acc = fadd float %dst, %x
  store float %acc, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %sum3, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %sum, label %12, !llvm.loop !165

12:                                               ; preds = %sum, %row
  %13 = add nsw i64 %row2, 1
  %14 = icmp slt i64 %13, 8
  br i1 %14, label %row, label %15

15:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k129_grad_embeddings_sum_in1_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 135168
  %grad.embeddings.layernorm.x = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %grad.embeddings.sum.in1.sum = bitcast i8* %5 to float*
  call void @body_89(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.layernorm.x, float* %grad.embeddings.sum.in1.sum)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_90(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %12

row:                                              ; preds = %9, %start
  %row1 = phi i64 [ %begin, %start ], [ %10, %9 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %7, %map ]
  %1 = mul nsw i64 %row1, 64
  %2 = add nsw i64 %1, %map2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  %x = load float, float* %3, align 4, !tbaa !3
  %4 = mul nsw i64 %row1, 64
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b1, i64 %5
  store float %x, float* %6, align 4, !tbaa !3
  %7 = add nsw i64 %map2, 1
  %8 = icmp slt i64 %7, 64
  br i1 %8, label %map, label %9, !llvm.loop !166

9:                                                ; preds = %map
  %10 = add nsw i64 %row1, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %row, label %12

12:                                               ; preds = %9, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k130_grad_embeddings_position(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %grad.embeddings.sum.in1.sum = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 256000
  %bert.embeddings.position_embeddings.weight = bitcast i8* %5 to float*
  call void @body_90(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.sum.in1.sum, float* %bert.embeddings.position_embeddings.weight)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_91(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  br label %zero.row

zero.row:                                         ; preds = %6, %start
  %zero.row1 = phi i64 [ 0, %start ], [ %7, %6 ]
  %0 = mul nsw i64 %zero.row1, 64
  %1 = icmp slt i64 %begin, %end
  br i1 %1, label %zero, label %6

zero:                                             ; preds = %zero, %zero.row
  %zero2 = phi i64 [ %begin, %zero.row ], [ %4, %zero ]
  %2 = add nsw i64 %0, %zero2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  store float 0.000000e+00, float* %3, align 4, !tbaa !3
  %4 = add nsw i64 %zero2, 1
  %5 = icmp slt i64 %4, %end
  br i1 %5, label %zero, label %6, !llvm.loop !167

6:                                                ; preds = %zero, %zero.row
  %7 = add nsw i64 %zero.row1, 1
  %8 = icmp slt i64 %7, 2
  br i1 %8, label %zero.row, label %9

9:                                                ; preds = %6
  br label %row

row:                                              ; preds = %23, %9
  %row3 = phi i64 [ 0, %9 ], [ %24, %23 ]
  %10 = getelementptr inbounds i32, i32* %b2, i64 %row3
  %id = load i32, i32* %10, align 4, !tbaa !0
  %11 = sext i32 %id to i64
  %12 = icmp ult i64 %11, 2
  br i1 %12, label %add, label %23

add:                                              ; preds = %row
  %13 = mul nsw i64 %11, 64
  %14 = mul nsw i64 %row3, 64
  %15 = icmp slt i64 %begin, %end
  br i1 %15, label %col, label %22

col:                                              ; preds = %col, %add
  %col4 = phi i64 [ %begin, %add ], [ %20, %col ]
  %16 = add nsw i64 %13, %col4
  %17 = add nsw i64 %14, %col4
  %18 = getelementptr inbounds float, float* %b0, i64 %16
  %19 = getelementptr inbounds float, float* %b1, i64 %17
  %src = load float, float* %19, align 4, !tbaa !3
  %dst = load float, float* %18, align 4, !tbaa !3
  %acc = fadd float %dst, %src
  store float %acc, float* %18, align 4, !tbaa !3
  %20 = add nsw i64 %col4, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %col, label %22, !llvm.loop !168

22:                                               ; preds = %col, %add
  br label %23

23:                                               ; preds = %22, %row
  %24 = add nsw i64 %row3, 1
  %25 = icmp slt i64 %24, 512
  br i1 %25, label %row, label %26

26:                                               ; preds = %23
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k131_grad_embeddings_token_type(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 272384
  %bert.embeddings.token_type_embeddings.weight = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 135168
  %grad.embeddings.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 2048
  %token_type_ids = bitcast i8* %8 to i32*
  call void @body_91(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %bert.embeddings.token_type_embeddings.weight, float* %grad.embeddings.layernorm.x, i32* %token_type_ids)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_92(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, i32* noalias %b2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  br label %zero.row

zero.row:                                         ; preds = %6, %start
  %zero.row1 = phi i64 [ 0, %start ], [ %7, %6 ]
  %0 = mul nsw i64 %zero.row1, 64
  %1 = icmp slt i64 %begin, %end
  br i1 %1, label %zero, label %6

zero:                                             ; preds = %zero, %zero.row
  %zero2 = phi i64 [ %begin, %zero.row ], [ %4, %zero ]
  %2 = add nsw i64 %0, %zero2
  %3 = getelementptr inbounds float, float* %b0, i64 %2
  store float 0.000000e+00, float* %3, align 4, !tbaa !3
  %4 = add nsw i64 %zero2, 1
  %5 = icmp slt i64 %4, %end
  br i1 %5, label %zero, label %6, !llvm.loop !169

6:                                                ; preds = %zero, %zero.row
  %7 = add nsw i64 %zero.row1, 1
  %8 = icmp slt i64 %7, 1000
  br i1 %8, label %zero.row, label %9

9:                                                ; preds = %6
  br label %row

row:                                              ; preds = %23, %9
  %row3 = phi i64 [ 0, %9 ], [ %24, %23 ]
  %10 = getelementptr inbounds i32, i32* %b2, i64 %row3
  %id = load i32, i32* %10, align 4, !tbaa !0
  %11 = sext i32 %id to i64
  %12 = icmp ult i64 %11, 1000
  br i1 %12, label %add, label %23

add:                                              ; preds = %row
  %13 = mul nsw i64 %11, 64
  %14 = mul nsw i64 %row3, 64
  %15 = icmp slt i64 %begin, %end
  br i1 %15, label %col, label %22

col:                                              ; preds = %col, %add
  %col4 = phi i64 [ %begin, %add ], [ %20, %col ]
  %16 = add nsw i64 %13, %col4
  %17 = add nsw i64 %14, %col4
  %18 = getelementptr inbounds float, float* %b0, i64 %16
  %19 = getelementptr inbounds float, float* %b1, i64 %17
  %src = load float, float* %19, align 4, !tbaa !3
  %dst = load float, float* %18, align 4, !tbaa !3
  %acc = fadd float %dst, %src
  store float %acc, float* %18, align 4, !tbaa !3
  %20 = add nsw i64 %col4, 1
  %21 = icmp slt i64 %20, %end
  br i1 %21, label %col, label %22, !llvm.loop !170

22:                                               ; preds = %col, %add
  br label %23

23:                                               ; preds = %22, %row
  %24 = add nsw i64 %row3, 1
  %25 = icmp slt i64 %24, 512
  br i1 %25, label %row, label %26

26:                                               ; preds = %23
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k132_grad_embeddings_word(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 266240
  %grad.embeddings.word = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 135168
  %grad.embeddings.layernorm.x = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 0
  %input_ids = bitcast i8* %8 to i32*
  call void @body_92(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.word, float* %grad.embeddings.layernorm.x, i32* %input_ids)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @train_s64_v0__k133_grad_bert_embeddings_word_embeddings_weight_sum(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 266240
  %grad.embeddings.word = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 5160128
  %grad.head.decoder.matmul.b = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %8 to float*
  call void @body_51(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %grad.embeddings.word, float* %grad.head.decoder.matmul.b, float* %bert.embeddings.word_embeddings.weight)
  ret void
}

; Function Attrs: nounwind
define void @train_s64_v0(%bertrt_ctx* %ctx) #4 {
entry:
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k000_embeddings_sum, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k001_embeddings_layernorm, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k002_embeddings_dropout, i64 512)
  call void @train_s64_v0__k003_attention_mask_bias(%bertrt_ctx* %ctx, i64 0, i64 8)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 266240
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 273408
  %bert.encoder.layer.0.attention.self.query.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 397312
  %layer.0.attention.query = bitcast i8* %8 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k004_layer_0_attention_query_matmul.gemm, float* %embeddings.dropout, float* %bert.encoder.layer.0.attention.self.query.weight, float* %layer.0.attention.query)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k004_layer_0_attention_query_matmul__epilogue, i64 512)
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 266240
  %embeddings.dropout1 = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 290048
  %bert.encoder.layer.0.attention.self.key.weight = bitcast i8* %14 to float*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 528384
  %layer.0.attention.key = bitcast i8* %17 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k005_layer_0_attention_key_matmul.gemm, float* %embeddings.dropout1, float* %bert.encoder.layer.0.attention.self.key.weight, float* %layer.0.attention.key)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k005_layer_0_attention_key_matmul__epilogue, i64 512)
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %19 = load i8*, i8** %18, align 8
  %20 = getelementptr inbounds i8, i8* %19, i64 266240
  %embeddings.dropout2 = bitcast i8* %20 to float*
  %21 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8, i8* %22, i64 306688
  %bert.encoder.layer.0.attention.self.value.weight = bitcast i8* %23 to float*
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 659456
  %layer.0.attention.value = bitcast i8* %26 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k006_layer_0_attention_value_matmul.gemm, float* %embeddings.dropout2, float* %bert.encoder.layer.0.attention.self.value.weight, float* %layer.0.attention.value)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k006_layer_0_attention_value_matmul__epilogue, i64 512)
  %tensors = alloca [11 x float*], align 8
  %27 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %28 = load i8*, i8** %27, align 8
  %29 = getelementptr inbounds i8, i8* %28, i64 397312
  %layer.0.attention.query3 = bitcast i8* %29 to float*
  %30 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 0
  store float* %layer.0.attention.query3, float** %30, align 8
  %31 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %32 = load i8*, i8** %31, align 8
  %33 = getelementptr inbounds i8, i8* %32, i64 528384
  %layer.0.attention.key4 = bitcast i8* %33 to float*
  %34 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 1
  store float* %layer.0.attention.key4, float** %34, align 8
  %35 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %36 = load i8*, i8** %35, align 8
  %37 = getelementptr inbounds i8, i8* %36, i64 659456
  %layer.0.attention.value5 = bitcast i8* %37 to float*
  %38 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 2
  store float* %layer.0.attention.value5, float** %38, align 8
  %39 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %40 = load i8*, i8** %39, align 8
  %41 = getelementptr inbounds i8, i8* %40, i64 135168
  %attention_mask_bias = bitcast i8* %41 to float*
  %42 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 3
  store float* %attention_mask_bias, float** %42, align 8
  %43 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %44 = load i8*, i8** %43, align 8
  %45 = getelementptr inbounds i8, i8* %44, i64 790528
  %layer.0.attention.context = bitcast i8* %45 to float*
  %46 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 4
  store float* %layer.0.attention.context, float** %46, align 8
  %47 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %48 = load i8*, i8** %47, align 8
  %49 = getelementptr inbounds i8, i8* %48, i64 137216
  %layer.0.attention.context.lse = bitcast i8* %49 to float*
  %50 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 5
  store float* %layer.0.attention.context.lse, float** %50, align 8
  %51 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 6
  store float* null, float** %51, align 8
  %52 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 7
  store float* null, float** %52, align 8
  %53 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 8
  store float* null, float** %53, align 8
  %54 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 9
  store float* null, float** %54, align 8
  %55 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 10
  store float* null, float** %55, align 8
  %56 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @train_s64_v0__k007_layer_0_attention_context_forward.attention, float** %56)
  %57 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %58 = load i8*, i8** %57, align 8
  %59 = getelementptr inbounds i8, i8* %58, i64 790528
  %layer.0.attention.context6 = bitcast i8* %59 to float*
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %62 = getelementptr inbounds i8, i8* %61, i64 323328
  %bert.encoder.layer.0.attention.output.dense.weight = bitcast i8* %62 to float*
  %63 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8, i8* %64, i64 921600
  %layer.0.attention.output = bitcast i8* %65 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k008_layer_0_attention_output_matmul.gemm, float* %layer.0.attention.context6, float* %bert.encoder.layer.0.attention.output.dense.weight, float* %layer.0.attention.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k008_layer_0_attention_output_matmul__epilogue, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k009_layer_0_attention_residual, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k010_layer_0_attention_layernorm, i64 512)
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %68 = getelementptr inbounds i8, i8* %67, i64 921600
  %layer.0.attention.layernorm = bitcast i8* %68 to float*
  %69 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %70 = load i8*, i8** %69, align 8
  %71 = getelementptr inbounds i8, i8* %70, i64 340480
  %bert.encoder.layer.0.intermediate.dense.weight = bitcast i8* %71 to float*
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %73 = load i8*, i8** %72, align 8
  %74 = getelementptr inbounds i8, i8* %73, i64 1708032
  %layer.0.ffn.gelu = bitcast i8* %74 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k011_layer_0_ffn_intermediate_matmul.gemm, float* %layer.0.attention.layernorm, float* %bert.encoder.layer.0.intermediate.dense.weight, float* %layer.0.ffn.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k011_layer_0_ffn_intermediate_matmul__epilogue, i64 512)
  %75 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %76 = load i8*, i8** %75, align 8
  %77 = getelementptr inbounds i8, i8* %76, i64 1708032
  %layer.0.ffn.gelu7 = bitcast i8* %77 to float*
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 407040
  %bert.encoder.layer.0.output.dense.weight = bitcast i8* %80 to float*
  %81 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %82 = load i8*, i8** %81, align 8
  %83 = getelementptr inbounds i8, i8* %82, i64 2232320
  %layer.0.ffn.output = bitcast i8* %83 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k012_layer_0_ffn_output_matmul.gemm, float* %layer.0.ffn.gelu7, float* %bert.encoder.layer.0.output.dense.weight, float* %layer.0.ffn.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k012_layer_0_ffn_output_matmul__epilogue, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k013_layer_0_ffn_residual, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k014_layer_0_ffn_layernorm, i64 512)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %86 = getelementptr inbounds i8, i8* %85, i64 2232320
  %layer.0.ffn.layernorm = bitcast i8* %86 to float*
  %87 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %88 = load i8*, i8** %87, align 8
  %89 = getelementptr inbounds i8, i8* %88, i64 473344
  %bert.encoder.layer.1.attention.self.query.weight = bitcast i8* %89 to float*
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 2494464
  %layer.1.attention.query = bitcast i8* %92 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k015_layer_1_attention_query_matmul.gemm, float* %layer.0.ffn.layernorm, float* %bert.encoder.layer.1.attention.self.query.weight, float* %layer.1.attention.query)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k015_layer_1_attention_query_matmul__epilogue, i64 512)
  %93 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %94 = load i8*, i8** %93, align 8
  %95 = getelementptr inbounds i8, i8* %94, i64 2232320
  %layer.0.ffn.layernorm8 = bitcast i8* %95 to float*
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %97 = load i8*, i8** %96, align 8
  %98 = getelementptr inbounds i8, i8* %97, i64 489984
  %bert.encoder.layer.1.attention.self.key.weight = bitcast i8* %98 to float*
  %99 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %100 = load i8*, i8** %99, align 8
  %101 = getelementptr inbounds i8, i8* %100, i64 2625536
  %layer.1.attention.key = bitcast i8* %101 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k016_layer_1_attention_key_matmul.gemm, float* %layer.0.ffn.layernorm8, float* %bert.encoder.layer.1.attention.self.key.weight, float* %layer.1.attention.key)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k016_layer_1_attention_key_matmul__epilogue, i64 512)
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %103 = load i8*, i8** %102, align 8
  %104 = getelementptr inbounds i8, i8* %103, i64 2232320
  %layer.0.ffn.layernorm9 = bitcast i8* %104 to float*
  %105 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %106 = load i8*, i8** %105, align 8
  %107 = getelementptr inbounds i8, i8* %106, i64 506624
  %bert.encoder.layer.1.attention.self.value.weight = bitcast i8* %107 to float*
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %110 = getelementptr inbounds i8, i8* %109, i64 2756608
  %layer.1.attention.value = bitcast i8* %110 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k017_layer_1_attention_value_matmul.gemm, float* %layer.0.ffn.layernorm9, float* %bert.encoder.layer.1.attention.self.value.weight, float* %layer.1.attention.value)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k017_layer_1_attention_value_matmul__epilogue, i64 512)
  %tensors10 = alloca [11 x float*], align 8
  %111 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %112 = load i8*, i8** %111, align 8
  %113 = getelementptr inbounds i8, i8* %112, i64 2494464
  %layer.1.attention.query11 = bitcast i8* %113 to float*
  %114 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 0
  store float* %layer.1.attention.query11, float** %114, align 8
  %115 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %116 = load i8*, i8** %115, align 8
  %117 = getelementptr inbounds i8, i8* %116, i64 2625536
  %layer.1.attention.key12 = bitcast i8* %117 to float*
  %118 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 1
  store float* %layer.1.attention.key12, float** %118, align 8
  %119 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %120 = load i8*, i8** %119, align 8
  %121 = getelementptr inbounds i8, i8* %120, i64 2756608
  %layer.1.attention.value13 = bitcast i8* %121 to float*
  %122 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 2
  store float* %layer.1.attention.value13, float** %122, align 8
  %123 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8, i8* %124, i64 135168
  %attention_mask_bias14 = bitcast i8* %125 to float*
  %126 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 3
  store float* %attention_mask_bias14, float** %126, align 8
  %127 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %128 = load i8*, i8** %127, align 8
  %129 = getelementptr inbounds i8, i8* %128, i64 2887680
  %layer.1.attention.context = bitcast i8* %129 to float*
  %130 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 4
  store float* %layer.1.attention.context, float** %130, align 8
  %131 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8, i8* %132, i64 153600
  %layer.1.attention.context.lse = bitcast i8* %133 to float*
  %134 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 5
  store float* %layer.1.attention.context.lse, float** %134, align 8
  %135 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 6
  store float* null, float** %135, align 8
  %136 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 7
  store float* null, float** %136, align 8
  %137 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 8
  store float* null, float** %137, align 8
  %138 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 9
  store float* null, float** %138, align 8
  %139 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 10
  store float* null, float** %139, align 8
  %140 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors10, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @train_s64_v0__k018_layer_1_attention_context_forward.attention, float** %140)
  %141 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %142 = load i8*, i8** %141, align 8
  %143 = getelementptr inbounds i8, i8* %142, i64 2887680
  %layer.1.attention.context15 = bitcast i8* %143 to float*
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %145 = load i8*, i8** %144, align 8
  %146 = getelementptr inbounds i8, i8* %145, i64 523264
  %bert.encoder.layer.1.attention.output.dense.weight = bitcast i8* %146 to float*
  %147 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %148 = load i8*, i8** %147, align 8
  %149 = getelementptr inbounds i8, i8* %148, i64 3018752
  %layer.1.attention.output = bitcast i8* %149 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k019_layer_1_attention_output_matmul.gemm, float* %layer.1.attention.context15, float* %bert.encoder.layer.1.attention.output.dense.weight, float* %layer.1.attention.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k019_layer_1_attention_output_matmul__epilogue, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k020_layer_1_attention_residual, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k021_layer_1_attention_layernorm, i64 512)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %152 = getelementptr inbounds i8, i8* %151, i64 3018752
  %layer.1.attention.layernorm = bitcast i8* %152 to float*
  %153 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %154 = load i8*, i8** %153, align 8
  %155 = getelementptr inbounds i8, i8* %154, i64 540416
  %bert.encoder.layer.1.intermediate.dense.weight = bitcast i8* %155 to float*
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %158 = getelementptr inbounds i8, i8* %157, i64 3805184
  %layer.1.ffn.gelu = bitcast i8* %158 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k022_layer_1_ffn_intermediate_matmul.gemm, float* %layer.1.attention.layernorm, float* %bert.encoder.layer.1.intermediate.dense.weight, float* %layer.1.ffn.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k022_layer_1_ffn_intermediate_matmul__epilogue, i64 512)
  %159 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8, i8* %160, i64 3805184
  %layer.1.ffn.gelu16 = bitcast i8* %161 to float*
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %163 = load i8*, i8** %162, align 8
  %164 = getelementptr inbounds i8, i8* %163, i64 606976
  %bert.encoder.layer.1.output.dense.weight = bitcast i8* %164 to float*
  %165 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %166 = load i8*, i8** %165, align 8
  %167 = getelementptr inbounds i8, i8* %166, i64 4329472
  %layer.1.ffn.output = bitcast i8* %167 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k023_layer_1_ffn_output_matmul.gemm, float* %layer.1.ffn.gelu16, float* %bert.encoder.layer.1.output.dense.weight, float* %layer.1.ffn.output)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k023_layer_1_ffn_output_matmul__epilogue, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k024_layer_1_ffn_residual, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k025_layer_1_ffn_layernorm, i64 512)
  call void @train_s64_v0__k026_head_masked_rows(%bertrt_ctx* %ctx, i64 0, i64 126)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %170 = getelementptr inbounds i8, i8* %169, i64 169984
  %head.masked_rows = bitcast i8* %170 to float*
  %171 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %172 = load i8*, i8** %171, align 8
  %173 = getelementptr inbounds i8, i8* %172, i64 673280
  %cls.predictions.transform.dense.weight = bitcast i8* %173 to float*
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %176 = getelementptr inbounds i8, i8* %175, i64 4591616
  %head.transform.gelu = bitcast i8* %176 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k027_head_transform_dense_matmul.gemm, float* %head.masked_rows, float* %cls.predictions.transform.dense.weight, float* %head.transform.gelu)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k027_head_transform_dense_matmul__epilogue, i64 126)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k028_head_transform_layernorm, i64 126)
  %177 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %178 = load i8*, i8** %177, align 8
  %179 = getelementptr inbounds i8, i8* %178, i64 4623872
  %head.transform.layernorm = bitcast i8* %179 to float*
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %181 = load i8*, i8** %180, align 8
  %182 = getelementptr inbounds i8, i8* %181, i64 0
  %bert.embeddings.word_embeddings.weight = bitcast i8* %182 to float*
  %183 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 7232
  %head.decoder = bitcast i8* %185 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k029_head_decoder_matmul.gemm, float* %head.transform.layernorm, float* %bert.embeddings.word_embeddings.weight, float* %head.decoder)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k029_head_decoder_matmul__epilogue, i64 126)
  call void @train_s64_v0__k030_loss_valid_count(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k031_loss, i64 126)
  call void @train_s64_v0__k032_loss(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @train_s64_v0__k033_pooler_first_token(%bertrt_ctx* %ctx, i64 0, i64 8)
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %188 = getelementptr inbounds i8, i8* %187, i64 236160
  %pooler.first_token = bitcast i8* %188 to float*
  %189 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %190 = load i8*, i8** %189, align 8
  %191 = getelementptr inbounds i8, i8* %190, i64 694464
  %bert.pooler.dense.weight = bitcast i8* %191 to float*
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 238208
  %pooler.dense = bitcast i8* %194 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k034_pooler_dense_matmul.gemm, float* %pooler.first_token, float* %bert.pooler.dense.weight, float* %pooler.dense)
  call void @train_s64_v0__k034_pooler_dense_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s64_v0__k035_pooler_tanh(%bertrt_ctx* %ctx, i64 0, i64 8)
  %195 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %196 = load i8*, i8** %195, align 8
  %197 = getelementptr inbounds i8, i8* %196, i64 240256
  %pooler.tanh = bitcast i8* %197 to float*
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %200 = getelementptr inbounds i8, i8* %199, i64 711104
  %cls.seq_relationship.weight = bitcast i8* %200 to float*
  %201 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8, i8* %202, i64 511232
  %head.seq_relationship = bitcast i8* %203 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k036_head_seq_relationship_matmul.gemm, float* %pooler.tanh, float* %cls.seq_relationship.weight, float* %head.seq_relationship)
  call void @train_s64_v0__k036_head_seq_relationship_matmul__epilogue(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s64_v0__k037_loss_valid_count(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @train_s64_v0__k038_loss(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s64_v0__k039_loss(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @train_s64_v0__k040_loss_total(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @train_s64_v0__k041_grad_loss(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s64_v0__k042_grad_head_seq_relationship_in1_sum(%bertrt_ctx* %ctx, i64 0, i64 2)
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %206 = getelementptr inbounds i8, i8* %205, i64 235648
  %grad.loss = bitcast i8* %206 to float*
  %207 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %208 = load i8*, i8** %207, align 8
  %209 = getelementptr inbounds i8, i8* %208, i64 711104
  %cls.seq_relationship.weight17 = bitcast i8* %209 to float*
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %211 = load i8*, i8** %210, align 8
  %212 = getelementptr inbounds i8, i8* %211, i64 238208
  %grad.head.seq_relationship.matmul.a = bitcast i8* %212 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k043_grad_head_seq_relationship_matmul_a.gemm, float* %grad.loss, float* %cls.seq_relationship.weight17, float* %grad.head.seq_relationship.matmul.a)
  %213 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %214 = load i8*, i8** %213, align 8
  %215 = getelementptr inbounds i8, i8* %214, i64 235648
  %grad.loss18 = bitcast i8* %215 to float*
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8, i8* %217, i64 240256
  %pooler.tanh19 = bitcast i8* %218 to float*
  %219 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %220 = load i8*, i8** %219, align 8
  %221 = getelementptr inbounds i8, i8* %220, i64 711104
  %cls.seq_relationship.weight20 = bitcast i8* %221 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k044_grad_head_seq_relationship_matmul_b.gemm, float* %grad.loss18, float* %pooler.tanh19, float* %cls.seq_relationship.weight20)
  call void @train_s64_v0__k045_grad_pooler_tanh(%bertrt_ctx* %ctx, i64 0, i64 8)
  call void @train_s64_v0__k046_grad_pooler_dense_in1_sum(%bertrt_ctx* %ctx, i64 0, i64 64)
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %223 = load i8*, i8** %222, align 8
  %224 = getelementptr inbounds i8, i8* %223, i64 242304
  %grad.pooler.tanh = bitcast i8* %224 to float*
  %225 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %226 = load i8*, i8** %225, align 8
  %227 = getelementptr inbounds i8, i8* %226, i64 694464
  %bert.pooler.dense.weight21 = bitcast i8* %227 to float*
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %229 = load i8*, i8** %228, align 8
  %230 = getelementptr inbounds i8, i8* %229, i64 238208
  %grad.pooler.dense.matmul.a = bitcast i8* %230 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k047_grad_pooler_dense_matmul_a.gemm, float* %grad.pooler.tanh, float* %bert.pooler.dense.weight21, float* %grad.pooler.dense.matmul.a)
  %231 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %232 = load i8*, i8** %231, align 8
  %233 = getelementptr inbounds i8, i8* %232, i64 242304
  %grad.pooler.tanh22 = bitcast i8* %233 to float*
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %235 = load i8*, i8** %234, align 8
  %236 = getelementptr inbounds i8, i8* %235, i64 236160
  %pooler.first_token23 = bitcast i8* %236 to float*
  %237 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %238 = load i8*, i8** %237, align 8
  %239 = getelementptr inbounds i8, i8* %238, i64 694464
  %bert.pooler.dense.weight24 = bitcast i8* %239 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k048_grad_pooler_dense_matmul_b.gemm, float* %grad.pooler.tanh22, float* %pooler.first_token23, float* %bert.pooler.dense.weight24)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k049_grad_loss, i64 126)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k050_grad_head_decoder_in1_sum, i64 1000)
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %241 = load i8*, i8** %240, align 8
  %242 = getelementptr inbounds i8, i8* %241, i64 4656128
  %grad.loss25 = bitcast i8* %242 to float*
  %243 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %244 = load i8*, i8** %243, align 8
  %245 = getelementptr inbounds i8, i8* %244, i64 0
  %bert.embeddings.word_embeddings.weight26 = bitcast i8* %245 to float*
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %247 = load i8*, i8** %246, align 8
  %248 = getelementptr inbounds i8, i8* %247, i64 4329472
  %grad.head.decoder.matmul.a = bitcast i8* %248 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k051_grad_head_decoder_matmul_a.gemm, float* %grad.loss25, float* %bert.embeddings.word_embeddings.weight26, float* %grad.head.decoder.matmul.a)
  %249 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %250 = load i8*, i8** %249, align 8
  %251 = getelementptr inbounds i8, i8* %250, i64 4656128
  %grad.loss27 = bitcast i8* %251 to float*
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %253 = load i8*, i8** %252, align 8
  %254 = getelementptr inbounds i8, i8* %253, i64 4623872
  %head.transform.layernorm28 = bitcast i8* %254 to float*
  %255 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %256 = load i8*, i8** %255, align 8
  %257 = getelementptr inbounds i8, i8* %256, i64 5160128
  %grad.head.decoder.matmul.b = bitcast i8* %257 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k052_grad_head_decoder_matmul_b.gemm, float* %grad.loss27, float* %head.transform.layernorm28, float* %grad.head.decoder.matmul.b)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k053_grad_head_transform_layernorm_x, i64 126)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k054_grad_head_transform_layernorm_gamma, i64 64)
  call void @train_s64_v0__k055_grad_head_transform_layernorm_beta(%bertrt_ctx* %ctx, i64 0, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k056_grad_head_transform_gelu, i64 126)
  call void @train_s64_v0__k057_grad_head_transform_dense_in1_sum(%bertrt_ctx* %ctx, i64 0, i64 64)
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %259 = load i8*, i8** %258, align 8
  %260 = getelementptr inbounds i8, i8* %259, i64 4329472
  %grad.head.transform.gelu = bitcast i8* %260 to float*
  %261 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %262 = load i8*, i8** %261, align 8
  %263 = getelementptr inbounds i8, i8* %262, i64 673280
  %cls.predictions.transform.dense.weight29 = bitcast i8* %263 to float*
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %265 = load i8*, i8** %264, align 8
  %266 = getelementptr inbounds i8, i8* %265, i64 202240
  %grad.head.transform.dense.matmul.a = bitcast i8* %266 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k058_grad_head_transform_dense_matmul_a.gemm, float* %grad.head.transform.gelu, float* %cls.predictions.transform.dense.weight29, float* %grad.head.transform.dense.matmul.a)
  %267 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %268 = load i8*, i8** %267, align 8
  %269 = getelementptr inbounds i8, i8* %268, i64 4329472
  %grad.head.transform.gelu30 = bitcast i8* %269 to float*
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %271 = load i8*, i8** %270, align 8
  %272 = getelementptr inbounds i8, i8* %271, i64 169984
  %head.masked_rows31 = bitcast i8* %272 to float*
  %273 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %274 = load i8*, i8** %273, align 8
  %275 = getelementptr inbounds i8, i8* %274, i64 673280
  %cls.predictions.transform.dense.weight32 = bitcast i8* %275 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k059_grad_head_transform_dense_matmul_b.gemm, float* %grad.head.transform.gelu30, float* %head.masked_rows31, float* %cls.predictions.transform.dense.weight32)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k060_grad_head_masked_rows, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k061_grad_layer_1_ffn_layernorm_sum, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k062_grad_layer_1_ffn_layernorm_x, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k063_grad_layer_1_ffn_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k064_grad_layer_1_ffn_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k065_grad_layer_1_ffn_dropout, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k066_grad_layer_1_ffn_output_in1_sum, i64 64)
  %276 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %277 = load i8*, i8** %276, align 8
  %278 = getelementptr inbounds i8, i8* %277, i64 4460544
  %grad.layer.1.ffn.dropout = bitcast i8* %278 to float*
  %279 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %280 = load i8*, i8** %279, align 8
  %281 = getelementptr inbounds i8, i8* %280, i64 606976
  %bert.encoder.layer.1.output.dense.weight33 = bitcast i8* %281 to float*
  %282 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %283 = load i8*, i8** %282, align 8
  %284 = getelementptr inbounds i8, i8* %283, i64 4591616
  %grad.layer.1.ffn.output.matmul.a = bitcast i8* %284 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k067_grad_layer_1_ffn_output_matmul_a.gemm, float* %grad.layer.1.ffn.dropout, float* %bert.encoder.layer.1.output.dense.weight33, float* %grad.layer.1.ffn.output.matmul.a)
  %285 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %286 = load i8*, i8** %285, align 8
  %287 = getelementptr inbounds i8, i8* %286, i64 4460544
  %grad.layer.1.ffn.dropout34 = bitcast i8* %287 to float*
  %288 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %289 = load i8*, i8** %288, align 8
  %290 = getelementptr inbounds i8, i8* %289, i64 3805184
  %layer.1.ffn.gelu35 = bitcast i8* %290 to float*
  %291 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %292 = load i8*, i8** %291, align 8
  %293 = getelementptr inbounds i8, i8* %292, i64 606976
  %bert.encoder.layer.1.output.dense.weight36 = bitcast i8* %293 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k068_grad_layer_1_ffn_output_matmul_b.gemm, float* %grad.layer.1.ffn.dropout34, float* %layer.1.ffn.gelu35, float* %bert.encoder.layer.1.output.dense.weight36)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k069_grad_layer_1_ffn_gelu, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k070_grad_layer_1_ffn_intermediate_in1_sum, i64 256)
  %294 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %295 = load i8*, i8** %294, align 8
  %296 = getelementptr inbounds i8, i8* %295, i64 3805184
  %grad.layer.1.ffn.gelu = bitcast i8* %296 to float*
  %297 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8, i8* %298, i64 540416
  %bert.encoder.layer.1.intermediate.dense.weight37 = bitcast i8* %299 to float*
  %300 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %301 = load i8*, i8** %300, align 8
  %302 = getelementptr inbounds i8, i8* %301, i64 3280896
  %grad.layer.1.ffn.intermediate.matmul.a = bitcast i8* %302 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k071_grad_layer_1_ffn_intermediate_matmul_a.gemm, float* %grad.layer.1.ffn.gelu, float* %bert.encoder.layer.1.intermediate.dense.weight37, float* %grad.layer.1.ffn.intermediate.matmul.a)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k072_grad_layer_1_attention_layernorm_sum, i64 512)
  %303 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %304 = load i8*, i8** %303, align 8
  %305 = getelementptr inbounds i8, i8* %304, i64 3805184
  %grad.layer.1.ffn.gelu38 = bitcast i8* %305 to float*
  %306 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %307 = load i8*, i8** %306, align 8
  %308 = getelementptr inbounds i8, i8* %307, i64 3018752
  %layer.1.attention.layernorm39 = bitcast i8* %308 to float*
  %309 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %310 = load i8*, i8** %309, align 8
  %311 = getelementptr inbounds i8, i8* %310, i64 540416
  %bert.encoder.layer.1.intermediate.dense.weight40 = bitcast i8* %311 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k073_grad_layer_1_ffn_intermediate_matmul_b.gemm, float* %grad.layer.1.ffn.gelu38, float* %layer.1.attention.layernorm39, float* %bert.encoder.layer.1.intermediate.dense.weight40)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k074_grad_layer_1_attention_layernorm_x, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k075_grad_layer_1_attention_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k076_grad_layer_1_attention_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k077_grad_layer_1_attention_output_dropout, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k078_grad_layer_1_attention_output_in1_sum, i64 64)
  %312 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %313 = load i8*, i8** %312, align 8
  %314 = getelementptr inbounds i8, i8* %313, i64 3149824
  %grad.layer.1.attention.output_dropout = bitcast i8* %314 to float*
  %315 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %316 = load i8*, i8** %315, align 8
  %317 = getelementptr inbounds i8, i8* %316, i64 523264
  %bert.encoder.layer.1.attention.output.dense.weight41 = bitcast i8* %317 to float*
  %318 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %319 = load i8*, i8** %318, align 8
  %320 = getelementptr inbounds i8, i8* %319, i64 3280896
  %grad.layer.1.attention.output.matmul.a = bitcast i8* %320 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k079_grad_layer_1_attention_output_matmul_a.gemm, float* %grad.layer.1.attention.output_dropout, float* %bert.encoder.layer.1.attention.output.dense.weight41, float* %grad.layer.1.attention.output.matmul.a)
  %321 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %322 = load i8*, i8** %321, align 8
  %323 = getelementptr inbounds i8, i8* %322, i64 3149824
  %grad.layer.1.attention.output_dropout42 = bitcast i8* %323 to float*
  %324 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %325 = load i8*, i8** %324, align 8
  %326 = getelementptr inbounds i8, i8* %325, i64 2887680
  %layer.1.attention.context43 = bitcast i8* %326 to float*
  %327 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %328 = load i8*, i8** %327, align 8
  %329 = getelementptr inbounds i8, i8* %328, i64 523264
  %bert.encoder.layer.1.attention.output.dense.weight44 = bitcast i8* %329 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k080_grad_layer_1_attention_output_matmul_b.gemm, float* %grad.layer.1.attention.output_dropout42, float* %layer.1.attention.context43, float* %bert.encoder.layer.1.attention.output.dense.weight44)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k081_layer_1_attention_context, i64 2048)
  %tensors45 = alloca [11 x float*], align 8
  %330 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %331 = load i8*, i8** %330, align 8
  %332 = getelementptr inbounds i8, i8* %331, i64 2494464
  %layer.1.attention.query46 = bitcast i8* %332 to float*
  %333 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 0
  store float* %layer.1.attention.query46, float** %333, align 8
  %334 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %335 = load i8*, i8** %334, align 8
  %336 = getelementptr inbounds i8, i8* %335, i64 2625536
  %layer.1.attention.key47 = bitcast i8* %336 to float*
  %337 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 1
  store float* %layer.1.attention.key47, float** %337, align 8
  %338 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %339 = load i8*, i8** %338, align 8
  %340 = getelementptr inbounds i8, i8* %339, i64 2756608
  %layer.1.attention.value48 = bitcast i8* %340 to float*
  %341 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 2
  store float* %layer.1.attention.value48, float** %341, align 8
  %342 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %343 = load i8*, i8** %342, align 8
  %344 = getelementptr inbounds i8, i8* %343, i64 135168
  %attention_mask_bias49 = bitcast i8* %344 to float*
  %345 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 3
  store float* %attention_mask_bias49, float** %345, align 8
  %346 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 4
  store float* null, float** %346, align 8
  %347 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %348 = load i8*, i8** %347, align 8
  %349 = getelementptr inbounds i8, i8* %348, i64 153600
  %layer.1.attention.context.lse50 = bitcast i8* %349 to float*
  %350 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 5
  store float* %layer.1.attention.context.lse50, float** %350, align 8
  %351 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %352 = load i8*, i8** %351, align 8
  %353 = getelementptr inbounds i8, i8* %352, i64 3280896
  %grad.layer.1.attention.output.matmul.a51 = bitcast i8* %353 to float*
  %354 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 6
  store float* %grad.layer.1.attention.output.matmul.a51, float** %354, align 8
  %355 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %356 = load i8*, i8** %355, align 8
  %357 = getelementptr inbounds i8, i8* %356, i64 161792
  %layer.1.attention.context.delta = bitcast i8* %357 to float*
  %358 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 7
  store float* %layer.1.attention.context.delta, float** %358, align 8
  %359 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %360 = load i8*, i8** %359, align 8
  %361 = getelementptr inbounds i8, i8* %360, i64 3411968
  %grad.layer.1.attention.scores.a = bitcast i8* %361 to float*
  %362 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 8
  store float* %grad.layer.1.attention.scores.a, float** %362, align 8
  %363 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %364 = load i8*, i8** %363, align 8
  %365 = getelementptr inbounds i8, i8* %364, i64 3149824
  %grad.layer.1.attention.scores.b = bitcast i8* %365 to float*
  %366 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 9
  store float* %grad.layer.1.attention.scores.b, float** %366, align 8
  %367 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %368 = load i8*, i8** %367, align 8
  %369 = getelementptr inbounds i8, i8* %368, i64 2887680
  %grad.layer.1.attention.context.b = bitcast i8* %369 to float*
  %370 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 10
  store float* %grad.layer.1.attention.context.b, float** %370, align 8
  %371 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors45, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @train_s64_v0__k082_layer_1_attention_context_grad_kv.grad.attention, float** %371)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k084_grad_layer_1_attention_value_in1_sum, i64 64)
  %372 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %373 = load i8*, i8** %372, align 8
  %374 = getelementptr inbounds i8, i8* %373, i64 2887680
  %grad.layer.1.attention.context.b52 = bitcast i8* %374 to float*
  %375 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %376 = load i8*, i8** %375, align 8
  %377 = getelementptr inbounds i8, i8* %376, i64 506624
  %bert.encoder.layer.1.attention.self.value.weight53 = bitcast i8* %377 to float*
  %378 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %379 = load i8*, i8** %378, align 8
  %380 = getelementptr inbounds i8, i8* %379, i64 2494464
  %grad.layer.1.attention.value.matmul.a = bitcast i8* %380 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k085_grad_layer_1_attention_value_matmul_a.gemm, float* %grad.layer.1.attention.context.b52, float* %bert.encoder.layer.1.attention.self.value.weight53, float* %grad.layer.1.attention.value.matmul.a)
  %381 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %382 = load i8*, i8** %381, align 8
  %383 = getelementptr inbounds i8, i8* %382, i64 2887680
  %grad.layer.1.attention.context.b54 = bitcast i8* %383 to float*
  %384 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %385 = load i8*, i8** %384, align 8
  %386 = getelementptr inbounds i8, i8* %385, i64 2232320
  %layer.0.ffn.layernorm55 = bitcast i8* %386 to float*
  %387 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %388 = load i8*, i8** %387, align 8
  %389 = getelementptr inbounds i8, i8* %388, i64 506624
  %bert.encoder.layer.1.attention.self.value.weight56 = bitcast i8* %389 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k086_grad_layer_1_attention_value_matmul_b.gemm, float* %grad.layer.1.attention.context.b54, float* %layer.0.ffn.layernorm55, float* %bert.encoder.layer.1.attention.self.value.weight56)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k087_grad_layer_1_attention_key_in1_sum, i64 64)
  %390 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %391 = load i8*, i8** %390, align 8
  %392 = getelementptr inbounds i8, i8* %391, i64 3149824
  %grad.layer.1.attention.scores.b57 = bitcast i8* %392 to float*
  %393 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %394 = load i8*, i8** %393, align 8
  %395 = getelementptr inbounds i8, i8* %394, i64 489984
  %bert.encoder.layer.1.attention.self.key.weight58 = bitcast i8* %395 to float*
  %396 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %397 = load i8*, i8** %396, align 8
  %398 = getelementptr inbounds i8, i8* %397, i64 2625536
  %grad.layer.1.attention.key.matmul.a = bitcast i8* %398 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k088_grad_layer_1_attention_key_matmul_a.gemm, float* %grad.layer.1.attention.scores.b57, float* %bert.encoder.layer.1.attention.self.key.weight58, float* %grad.layer.1.attention.key.matmul.a)
  %399 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %400 = load i8*, i8** %399, align 8
  %401 = getelementptr inbounds i8, i8* %400, i64 3149824
  %grad.layer.1.attention.scores.b59 = bitcast i8* %401 to float*
  %402 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %403 = load i8*, i8** %402, align 8
  %404 = getelementptr inbounds i8, i8* %403, i64 2232320
  %layer.0.ffn.layernorm60 = bitcast i8* %404 to float*
  %405 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %406 = load i8*, i8** %405, align 8
  %407 = getelementptr inbounds i8, i8* %406, i64 489984
  %bert.encoder.layer.1.attention.self.key.weight61 = bitcast i8* %407 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k089_grad_layer_1_attention_key_matmul_b.gemm, float* %grad.layer.1.attention.scores.b59, float* %layer.0.ffn.layernorm60, float* %bert.encoder.layer.1.attention.self.key.weight61)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k090_grad_layer_1_attention_query_in1_sum, i64 64)
  %408 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %409 = load i8*, i8** %408, align 8
  %410 = getelementptr inbounds i8, i8* %409, i64 3411968
  %grad.layer.1.attention.scores.a62 = bitcast i8* %410 to float*
  %411 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %412 = load i8*, i8** %411, align 8
  %413 = getelementptr inbounds i8, i8* %412, i64 473344
  %bert.encoder.layer.1.attention.self.query.weight63 = bitcast i8* %413 to float*
  %414 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %415 = load i8*, i8** %414, align 8
  %416 = getelementptr inbounds i8, i8* %415, i64 2756608
  %grad.layer.1.attention.query.matmul.a = bitcast i8* %416 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k091_grad_layer_1_attention_query_matmul_a.gemm, float* %grad.layer.1.attention.scores.a62, float* %bert.encoder.layer.1.attention.self.query.weight63, float* %grad.layer.1.attention.query.matmul.a)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k092_grad_layer_0_ffn_layernorm_sum, i64 512)
  %417 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %418 = load i8*, i8** %417, align 8
  %419 = getelementptr inbounds i8, i8* %418, i64 3411968
  %grad.layer.1.attention.scores.a64 = bitcast i8* %419 to float*
  %420 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %421 = load i8*, i8** %420, align 8
  %422 = getelementptr inbounds i8, i8* %421, i64 2232320
  %layer.0.ffn.layernorm65 = bitcast i8* %422 to float*
  %423 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %424 = load i8*, i8** %423, align 8
  %425 = getelementptr inbounds i8, i8* %424, i64 473344
  %bert.encoder.layer.1.attention.self.query.weight66 = bitcast i8* %425 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k093_grad_layer_1_attention_query_matmul_b.gemm, float* %grad.layer.1.attention.scores.a64, float* %layer.0.ffn.layernorm65, float* %bert.encoder.layer.1.attention.self.query.weight66)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k094_grad_layer_0_ffn_layernorm_x, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k095_grad_layer_0_ffn_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k096_grad_layer_0_ffn_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k097_grad_layer_0_ffn_dropout, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k098_grad_layer_0_ffn_output_in1_sum, i64 64)
  %426 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %427 = load i8*, i8** %426, align 8
  %428 = getelementptr inbounds i8, i8* %427, i64 2363392
  %grad.layer.0.ffn.dropout = bitcast i8* %428 to float*
  %429 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %430 = load i8*, i8** %429, align 8
  %431 = getelementptr inbounds i8, i8* %430, i64 407040
  %bert.encoder.layer.0.output.dense.weight67 = bitcast i8* %431 to float*
  %432 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %433 = load i8*, i8** %432, align 8
  %434 = getelementptr inbounds i8, i8* %433, i64 2494464
  %grad.layer.0.ffn.output.matmul.a = bitcast i8* %434 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k099_grad_layer_0_ffn_output_matmul_a.gemm, float* %grad.layer.0.ffn.dropout, float* %bert.encoder.layer.0.output.dense.weight67, float* %grad.layer.0.ffn.output.matmul.a)
  %435 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %436 = load i8*, i8** %435, align 8
  %437 = getelementptr inbounds i8, i8* %436, i64 2363392
  %grad.layer.0.ffn.dropout68 = bitcast i8* %437 to float*
  %438 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %439 = load i8*, i8** %438, align 8
  %440 = getelementptr inbounds i8, i8* %439, i64 1708032
  %layer.0.ffn.gelu69 = bitcast i8* %440 to float*
  %441 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %442 = load i8*, i8** %441, align 8
  %443 = getelementptr inbounds i8, i8* %442, i64 407040
  %bert.encoder.layer.0.output.dense.weight70 = bitcast i8* %443 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k100_grad_layer_0_ffn_output_matmul_b.gemm, float* %grad.layer.0.ffn.dropout68, float* %layer.0.ffn.gelu69, float* %bert.encoder.layer.0.output.dense.weight70)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k101_grad_layer_0_ffn_gelu, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k102_grad_layer_0_ffn_intermediate_in1_sum, i64 256)
  %444 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %445 = load i8*, i8** %444, align 8
  %446 = getelementptr inbounds i8, i8* %445, i64 1708032
  %grad.layer.0.ffn.gelu = bitcast i8* %446 to float*
  %447 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %448 = load i8*, i8** %447, align 8
  %449 = getelementptr inbounds i8, i8* %448, i64 340480
  %bert.encoder.layer.0.intermediate.dense.weight71 = bitcast i8* %449 to float*
  %450 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %451 = load i8*, i8** %450, align 8
  %452 = getelementptr inbounds i8, i8* %451, i64 1183744
  %grad.layer.0.ffn.intermediate.matmul.a = bitcast i8* %452 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k103_grad_layer_0_ffn_intermediate_matmul_a.gemm, float* %grad.layer.0.ffn.gelu, float* %bert.encoder.layer.0.intermediate.dense.weight71, float* %grad.layer.0.ffn.intermediate.matmul.a)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k104_grad_layer_0_attention_layernorm_sum, i64 512)
  %453 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %454 = load i8*, i8** %453, align 8
  %455 = getelementptr inbounds i8, i8* %454, i64 1708032
  %grad.layer.0.ffn.gelu72 = bitcast i8* %455 to float*
  %456 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %457 = load i8*, i8** %456, align 8
  %458 = getelementptr inbounds i8, i8* %457, i64 921600
  %layer.0.attention.layernorm73 = bitcast i8* %458 to float*
  %459 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %460 = load i8*, i8** %459, align 8
  %461 = getelementptr inbounds i8, i8* %460, i64 340480
  %bert.encoder.layer.0.intermediate.dense.weight74 = bitcast i8* %461 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k105_grad_layer_0_ffn_intermediate_matmul_b.gemm, float* %grad.layer.0.ffn.gelu72, float* %layer.0.attention.layernorm73, float* %bert.encoder.layer.0.intermediate.dense.weight74)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k106_grad_layer_0_attention_layernorm_x, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k107_grad_layer_0_attention_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k108_grad_layer_0_attention_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k109_grad_layer_0_attention_output_dropout, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k110_grad_layer_0_attention_output_in1_sum, i64 64)
  %462 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %463 = load i8*, i8** %462, align 8
  %464 = getelementptr inbounds i8, i8* %463, i64 1052672
  %grad.layer.0.attention.output_dropout = bitcast i8* %464 to float*
  %465 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %466 = load i8*, i8** %465, align 8
  %467 = getelementptr inbounds i8, i8* %466, i64 323328
  %bert.encoder.layer.0.attention.output.dense.weight75 = bitcast i8* %467 to float*
  %468 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %469 = load i8*, i8** %468, align 8
  %470 = getelementptr inbounds i8, i8* %469, i64 1183744
  %grad.layer.0.attention.output.matmul.a = bitcast i8* %470 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k111_grad_layer_0_attention_output_matmul_a.gemm, float* %grad.layer.0.attention.output_dropout, float* %bert.encoder.layer.0.attention.output.dense.weight75, float* %grad.layer.0.attention.output.matmul.a)
  %471 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %472 = load i8*, i8** %471, align 8
  %473 = getelementptr inbounds i8, i8* %472, i64 1052672
  %grad.layer.0.attention.output_dropout76 = bitcast i8* %473 to float*
  %474 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %475 = load i8*, i8** %474, align 8
  %476 = getelementptr inbounds i8, i8* %475, i64 790528
  %layer.0.attention.context77 = bitcast i8* %476 to float*
  %477 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %478 = load i8*, i8** %477, align 8
  %479 = getelementptr inbounds i8, i8* %478, i64 323328
  %bert.encoder.layer.0.attention.output.dense.weight78 = bitcast i8* %479 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k112_grad_layer_0_attention_output_matmul_b.gemm, float* %grad.layer.0.attention.output_dropout76, float* %layer.0.attention.context77, float* %bert.encoder.layer.0.attention.output.dense.weight78)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k113_layer_0_attention_context, i64 2048)
  %tensors79 = alloca [11 x float*], align 8
  %480 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %481 = load i8*, i8** %480, align 8
  %482 = getelementptr inbounds i8, i8* %481, i64 397312
  %layer.0.attention.query80 = bitcast i8* %482 to float*
  %483 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 0
  store float* %layer.0.attention.query80, float** %483, align 8
  %484 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %485 = load i8*, i8** %484, align 8
  %486 = getelementptr inbounds i8, i8* %485, i64 528384
  %layer.0.attention.key81 = bitcast i8* %486 to float*
  %487 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 1
  store float* %layer.0.attention.key81, float** %487, align 8
  %488 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %489 = load i8*, i8** %488, align 8
  %490 = getelementptr inbounds i8, i8* %489, i64 659456
  %layer.0.attention.value82 = bitcast i8* %490 to float*
  %491 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 2
  store float* %layer.0.attention.value82, float** %491, align 8
  %492 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %493 = load i8*, i8** %492, align 8
  %494 = getelementptr inbounds i8, i8* %493, i64 135168
  %attention_mask_bias83 = bitcast i8* %494 to float*
  %495 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 3
  store float* %attention_mask_bias83, float** %495, align 8
  %496 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 4
  store float* null, float** %496, align 8
  %497 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %498 = load i8*, i8** %497, align 8
  %499 = getelementptr inbounds i8, i8* %498, i64 137216
  %layer.0.attention.context.lse84 = bitcast i8* %499 to float*
  %500 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 5
  store float* %layer.0.attention.context.lse84, float** %500, align 8
  %501 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %502 = load i8*, i8** %501, align 8
  %503 = getelementptr inbounds i8, i8* %502, i64 1183744
  %grad.layer.0.attention.output.matmul.a85 = bitcast i8* %503 to float*
  %504 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 6
  store float* %grad.layer.0.attention.output.matmul.a85, float** %504, align 8
  %505 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %506 = load i8*, i8** %505, align 8
  %507 = getelementptr inbounds i8, i8* %506, i64 145408
  %layer.0.attention.context.delta = bitcast i8* %507 to float*
  %508 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 7
  store float* %layer.0.attention.context.delta, float** %508, align 8
  %509 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %510 = load i8*, i8** %509, align 8
  %511 = getelementptr inbounds i8, i8* %510, i64 1314816
  %grad.layer.0.attention.scores.a = bitcast i8* %511 to float*
  %512 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 8
  store float* %grad.layer.0.attention.scores.a, float** %512, align 8
  %513 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %514 = load i8*, i8** %513, align 8
  %515 = getelementptr inbounds i8, i8* %514, i64 1052672
  %grad.layer.0.attention.scores.b = bitcast i8* %515 to float*
  %516 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 9
  store float* %grad.layer.0.attention.scores.b, float** %516, align 8
  %517 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %518 = load i8*, i8** %517, align 8
  %519 = getelementptr inbounds i8, i8* %518, i64 790528
  %grad.layer.0.attention.context.b = bitcast i8* %519 to float*
  %520 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 10
  store float* %grad.layer.0.attention.context.b, float** %520, align 8
  %521 = getelementptr inbounds [11 x float*], [11 x float*]* %tensors79, i32 0, i32 0
  call void @bertrt_attention_cpu(%bertrt_ctx* %ctx, %bertrt_attention* @train_s64_v0__k114_layer_0_attention_context_grad_kv.grad.attention, float** %521)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k116_grad_layer_0_attention_value_in1_sum, i64 64)
  %522 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %523 = load i8*, i8** %522, align 8
  %524 = getelementptr inbounds i8, i8* %523, i64 790528
  %grad.layer.0.attention.context.b86 = bitcast i8* %524 to float*
  %525 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %526 = load i8*, i8** %525, align 8
  %527 = getelementptr inbounds i8, i8* %526, i64 306688
  %bert.encoder.layer.0.attention.self.value.weight87 = bitcast i8* %527 to float*
  %528 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %529 = load i8*, i8** %528, align 8
  %530 = getelementptr inbounds i8, i8* %529, i64 135168
  %grad.layer.0.attention.value.matmul.a = bitcast i8* %530 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k117_grad_layer_0_attention_value_matmul_a.gemm, float* %grad.layer.0.attention.context.b86, float* %bert.encoder.layer.0.attention.self.value.weight87, float* %grad.layer.0.attention.value.matmul.a)
  %531 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %532 = load i8*, i8** %531, align 8
  %533 = getelementptr inbounds i8, i8* %532, i64 790528
  %grad.layer.0.attention.context.b88 = bitcast i8* %533 to float*
  %534 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %535 = load i8*, i8** %534, align 8
  %536 = getelementptr inbounds i8, i8* %535, i64 266240
  %embeddings.dropout89 = bitcast i8* %536 to float*
  %537 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %538 = load i8*, i8** %537, align 8
  %539 = getelementptr inbounds i8, i8* %538, i64 306688
  %bert.encoder.layer.0.attention.self.value.weight90 = bitcast i8* %539 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k118_grad_layer_0_attention_value_matmul_b.gemm, float* %grad.layer.0.attention.context.b88, float* %embeddings.dropout89, float* %bert.encoder.layer.0.attention.self.value.weight90)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k119_grad_layer_0_attention_key_in1_sum, i64 64)
  %540 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %541 = load i8*, i8** %540, align 8
  %542 = getelementptr inbounds i8, i8* %541, i64 1052672
  %grad.layer.0.attention.scores.b91 = bitcast i8* %542 to float*
  %543 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %544 = load i8*, i8** %543, align 8
  %545 = getelementptr inbounds i8, i8* %544, i64 290048
  %bert.encoder.layer.0.attention.self.key.weight92 = bitcast i8* %545 to float*
  %546 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %547 = load i8*, i8** %546, align 8
  %548 = getelementptr inbounds i8, i8* %547, i64 397312
  %grad.layer.0.attention.key.matmul.a = bitcast i8* %548 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k120_grad_layer_0_attention_key_matmul_a.gemm, float* %grad.layer.0.attention.scores.b91, float* %bert.encoder.layer.0.attention.self.key.weight92, float* %grad.layer.0.attention.key.matmul.a)
  %549 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %550 = load i8*, i8** %549, align 8
  %551 = getelementptr inbounds i8, i8* %550, i64 1052672
  %grad.layer.0.attention.scores.b93 = bitcast i8* %551 to float*
  %552 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %553 = load i8*, i8** %552, align 8
  %554 = getelementptr inbounds i8, i8* %553, i64 266240
  %embeddings.dropout94 = bitcast i8* %554 to float*
  %555 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %556 = load i8*, i8** %555, align 8
  %557 = getelementptr inbounds i8, i8* %556, i64 290048
  %bert.encoder.layer.0.attention.self.key.weight95 = bitcast i8* %557 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k121_grad_layer_0_attention_key_matmul_b.gemm, float* %grad.layer.0.attention.scores.b93, float* %embeddings.dropout94, float* %bert.encoder.layer.0.attention.self.key.weight95)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k122_grad_layer_0_attention_query_in1_sum, i64 64)
  %558 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %559 = load i8*, i8** %558, align 8
  %560 = getelementptr inbounds i8, i8* %559, i64 1314816
  %grad.layer.0.attention.scores.a96 = bitcast i8* %560 to float*
  %561 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %562 = load i8*, i8** %561, align 8
  %563 = getelementptr inbounds i8, i8* %562, i64 273408
  %bert.encoder.layer.0.attention.self.query.weight97 = bitcast i8* %563 to float*
  %564 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %565 = load i8*, i8** %564, align 8
  %566 = getelementptr inbounds i8, i8* %565, i64 528384
  %grad.layer.0.attention.query.matmul.a = bitcast i8* %566 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k123_grad_layer_0_attention_query_matmul_a.gemm, float* %grad.layer.0.attention.scores.a96, float* %bert.encoder.layer.0.attention.self.query.weight97, float* %grad.layer.0.attention.query.matmul.a)
  %567 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %568 = load i8*, i8** %567, align 8
  %569 = getelementptr inbounds i8, i8* %568, i64 1314816
  %grad.layer.0.attention.scores.a98 = bitcast i8* %569 to float*
  %570 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %571 = load i8*, i8** %570, align 8
  %572 = getelementptr inbounds i8, i8* %571, i64 266240
  %embeddings.dropout99 = bitcast i8* %572 to float*
  %573 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %574 = load i8*, i8** %573, align 8
  %575 = getelementptr inbounds i8, i8* %574, i64 273408
  %bert.encoder.layer.0.attention.self.query.weight100 = bitcast i8* %575 to float*
  call void @bertrt_sgemm(%bertrt_ctx* %ctx, %bertrt_gemm* @train_s64_v0__k124_grad_layer_0_attention_query_matmul_b.gemm, float* %grad.layer.0.attention.scores.a98, float* %embeddings.dropout99, float* %bert.encoder.layer.0.attention.self.query.weight100)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k125_grad_embeddings_dropout, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k126_grad_embeddings_layernorm_x, i64 512)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k127_grad_embeddings_layernorm_gamma, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k128_grad_embeddings_layernorm_beta, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k129_grad_embeddings_sum_in1_sum, i64 4096)
  call void @train_s64_v0__k130_grad_embeddings_position(%bertrt_ctx* %ctx, i64 0, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k131_grad_embeddings_token_type, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k132_grad_embeddings_word, i64 64)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @train_s64_v0__k133_grad_bert_embeddings_word_embeddings_weight_sum, i64 1000)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_93(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %4

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %2, %zero ]
  %1 = getelementptr inbounds float, float* %b1, i64 %zero1
  store float 0.000000e+00, float* %1, align 4, !tbaa !3
  %2 = add nsw i64 %zero1, 1
  %3 = icmp slt i64 %2, %end
  br i1 %3, label %zero, label %4, !llvm.loop !171

4:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %12, %4
  %row2 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %5 = icmp slt i64 %begin, %end
  br i1 %5, label %sum, label %12

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %10, %sum ]
  %6 = mul nsw i64 %row2, 2048
  %7 = add nsw i64 %6, %sum3
  %8 = getelementptr inbounds float, float* %b0, i64 %7
  %x = load float, float* %8, align 4, !tbaa !3
  %mul = fmul float %x, %x
  %9 = getelementptr inbounds float, float* %b1, i64 %sum3
  %dst = load float, float* %9, align 4, !tbaa !3
  %acc = fadd float %dst, %mul
  store float %acc, float* %9, align 4, !tbaa !3
  %10 = add nsw i64 %sum3, 1
  %11 = icmp slt i64 %10, %end
  br i1 %11, label %sum, label %12, !llvm.loop !172

12:                                               ; preds = %sum, %row
  %13 = add nsw i64 %row2, 1
  %14 = icmp slt i64 %13, 86
  br i1 %14, label %row, label %15

15:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @optimizer_v0__k000_grad_norm_partial(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %"trainable gradients (norm columns)" = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %"squared norm partial sums" = bitcast i8* %5 to float*
  call void @body_93(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %"trainable gradients (norm columns)", float* %"squared norm partial sums")
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_94(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %zero, label %5

zero:                                             ; preds = %zero, %start
  %zero1 = phi i64 [ %begin, %start ], [ %3, %zero ]
  %1 = add nsw i64 %zero1, 2048
  %2 = getelementptr inbounds float, float* %b1, i64 %1
  store float 0.000000e+00, float* %2, align 4, !tbaa !3
  %3 = add nsw i64 %zero1, 1
  %4 = icmp slt i64 %3, %end
  br i1 %4, label %zero, label %5, !llvm.loop !173

5:                                                ; preds = %zero, %start
  br label %row

row:                                              ; preds = %14, %5
  %row2 = phi i64 [ 0, %5 ], [ %15, %14 ]
  %6 = icmp slt i64 %begin, %end
  br i1 %6, label %sum, label %14

sum:                                              ; preds = %sum, %row
  %sum3 = phi i64 [ %begin, %row ], [ %12, %sum ]
  %7 = mul nsw i64 %row2, 16
  %8 = add nsw i64 %7, %sum3
  %9 = getelementptr inbounds float, float* %b0, i64 %8
  %x = load float, float* %9, align 4, !tbaa !3
  %mul = fmul float %x, %x
  %10 = add nsw i64 %sum3, 2048
  %11 = getelementptr inbounds float, float* %b1, i64 %10
  %dst = load float, float* %11, align 4, !tbaa !3
  %acc = fadd float %dst, %mul
  store float %acc, float* %11, align 4, !tbaa !3
  %12 = add nsw i64 %sum3, 1
  %13 = icmp slt i64 %12, %end
  br i1 %13, label %sum, label %14, !llvm.loop !174

14:                                               ; preds = %sum, %row
  %15 = add nsw i64 %row2, 1
  %16 = icmp slt i64 %15, 112
  br i1 %16, label %row, label %17

17:                                               ; preds = %14
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @optimizer_v0__k001_grad_norm_tail(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 704512
  %"trainable gradients (norm tail)" = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 0
  %"squared norm partial sums" = bitcast i8* %5 to float*
  call void @body_94(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %"trainable gradients (norm tail)", float* %"squared norm partial sums")
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_95(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = icmp slt i64 %begin, %end
  br i1 %0, label %row, label %11

row:                                              ; preds = %8, %start
  %row1 = phi i64 [ %begin, %start ], [ %9, %8 ]
  br label %reduce

reduce:                                           ; preds = %reduce, %row
  %reduce2 = phi i64 [ 0, %row ], [ %2, %reduce ]
  %sum = phi float [ 0.000000e+00, %row ], [ %sum.next, %reduce ]
  %1 = getelementptr inbounds float, float* %b0, i64 %reduce2
  %x = load float, float* %1, align 4, !tbaa !3
  %sum.next = fadd float %sum, %x
  %2 = add nsw i64 %reduce2, 1
  %3 = icmp slt i64 %2, 2064
  br i1 %3, label %reduce, label %4, !llvm.loop !175

4:                                                ; preds = %reduce
  br label %map

map:                                              ; preds = %map, %4
  %map3 = phi i64 [ 0, %4 ], [ %6, %map ]
  %sqrt = call float @llvm.sqrt.f32(float %sum.next)
  %add = fadd float %sqrt, 0x3EB0C6F7A0000000
  %div = fdiv float 1.000000e+00, %add
  %min = call float @llvm.minnum.f32(float 1.000000e+00, float %div)
  %5 = getelementptr inbounds float, float* %b1, i64 0
  store float %min, float* %5, align 4, !tbaa !3
  %6 = add nsw i64 %map3, 1
  %7 = icmp slt i64 %6, 2064
  br i1 %7, label %map, label %8, !llvm.loop !176

8:                                                ; preds = %map
  %9 = add nsw i64 %row1, 1
  %10 = icmp slt i64 %9, %end
  br i1 %10, label %row, label %11

11:                                               ; preds = %8, %start
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #2

; Function Attrs: noinline nounwind optnone
define internal void @optimizer_v0__k002_clip_coefficient(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %"squared norm partial sums" = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 8256
  %"clip coefficient" = bitcast i8* %5 to float*
  call void @body_95(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %"squared norm partial sums", float* %"clip coefficient")
  ret void
}

; Function Attrs: noinline nounwind
define internal void @body_96(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0, float* noalias %b1, float* noalias %b2, float* noalias %b3, float* noalias %b4) #0 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 1
  %ctx.f = load float, float* %0, align 4
  %1 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 2
  %ctx.f4 = load float, float* %1, align 4
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 3
  %ctx.f16 = load float, float* %2, align 4
  br label %start

start:                                            ; preds = %entry
  %3 = icmp slt i64 %begin, %end
  br i1 %3, label %row, label %31

row:                                              ; preds = %28, %start
  %row1 = phi i64 [ %begin, %start ], [ %29, %28 ]
  br label %map

map:                                              ; preds = %map, %row
  %map2 = phi i64 [ 0, %row ], [ %26, %map ]
  %4 = mul nsw i64 %row1, 16
  %5 = add nsw i64 %4, %map2
  %6 = getelementptr inbounds float, float* %b4, i64 %5
  %x = load float, float* %6, align 4, !tbaa !3
  %mul = fmul float %ctx.f, 0x3F847AE140000000
  %sub = fsub float 1.000000e+00, %mul
  %mul3 = fmul float %x, %sub
  %div = fdiv float %ctx.f, %ctx.f4
  %7 = mul nsw i64 %row1, 16
  %8 = add nsw i64 %7, %map2
  %9 = getelementptr inbounds float, float* %b2, i64 %8
  %x5 = load float, float* %9, align 4, !tbaa !3
  %mul6 = fmul float 0x3FECCCCCC0000000, %x5
  %10 = mul nsw i64 %row1, 16
  %11 = add nsw i64 %10, %map2
  %12 = getelementptr inbounds float, float* %b0, i64 %11
  %x7 = load float, float* %12, align 4, !tbaa !3
  %13 = getelementptr inbounds float, float* %b1, i64 0
  %x8 = load float, float* %13, align 4, !tbaa !3
  %mul9 = fmul float %x7, %x8
  %mul10 = fmul float 0x3FB99999A0000000, %mul9
  %add = fadd float %mul6, %mul10
  %14 = mul nsw i64 %row1, 16
  %15 = add nsw i64 %14, %map2
  %16 = getelementptr inbounds float, float* %b3, i64 %15
  %x11 = load float, float* %16, align 4, !tbaa !3
  %mul12 = fmul float 0x3FEFF7CEE0000000, %x11
  %mul13 = fmul float %mul9, %mul9
  %mul14 = fmul float 0x3F50624DE0000000, %mul13
  %add15 = fadd float %mul12, %mul14
  %sqrt = call float @llvm.sqrt.f32(float %add15)
  %sqrt17 = call float @llvm.sqrt.f32(float %ctx.f16)
  %div18 = fdiv float %sqrt, %sqrt17
  %add19 = fadd float %div18, 0x3E45798EE0000000
  %div20 = fdiv float %add, %add19
  %mul21 = fmul float %div, %div20
  %sub22 = fsub float %mul3, %mul21
  %17 = mul nsw i64 %row1, 16
  %18 = add nsw i64 %17, %map2
  %19 = getelementptr inbounds float, float* %b4, i64 %18
  store float %sub22, float* %19, align 4, !tbaa !3
  %20 = mul nsw i64 %row1, 16
  %21 = add nsw i64 %20, %map2
  %22 = getelementptr inbounds float, float* %b2, i64 %21
  store float %add, float* %22, align 4, !tbaa !3
  %23 = mul nsw i64 %row1, 16
  %24 = add nsw i64 %23, %map2
  %25 = getelementptr inbounds float, float* %b3, i64 %24
  store float %add15, float* %25, align 4, !tbaa !3
  %26 = add nsw i64 %map2, 1
  %27 = icmp slt i64 %26, 16
  br i1 %27, label %map, label %28, !llvm.loop !177

28:                                               ; preds = %map
  %29 = add nsw i64 %row1, 1
  %30 = icmp slt i64 %29, %end
  br i1 %30, label %row, label %31

31:                                               ; preds = %28, %start
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @optimizer_v0__k003_adamw(%bertrt_ctx* %ctx, i64 %begin, i64 %end) #1 {
entry:
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %"trainable gradients" = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 8256
  %"clip coefficient" = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 2
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 0
  %"adam first moments" = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 3
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 0
  %"adam second moments" = bitcast i8* %11 to float*
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 0
  %"trainable parameters" = bitcast i8* %14 to float*
  call void @body_96(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* %"trainable gradients", float* %"clip coefficient", float* %"adam first moments", float* %"adam second moments", float* %"trainable parameters")
  ret void
}

; Function Attrs: nounwind
define void @optimizer_v0(%bertrt_ctx* %ctx) #4 {
entry:
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @optimizer_v0__k000_grad_norm_partial, i64 2048)
  call void @optimizer_v0__k001_grad_norm_tail(%bertrt_ctx* %ctx, i64 0, i64 16)
  call void @optimizer_v0__k002_clip_coefficient(%bertrt_ctx* %ctx, i64 0, i64 1)
  call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* @optimizer_v0__k003_adamw, i64 11120)
  ret void
}

attributes #0 = { noinline nounwind }
attributes #1 = { noinline nounwind optnone }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { alwaysinline nounwind readnone willreturn }
attributes #4 = { nounwind }

!0 = !{!1, !1, i64 0}
!1 = !{!"int", !2, i64 0}
!2 = !{!"bertc arena elements"}
!3 = !{!4, !4, i64 0}
!4 = !{!"float", !2, i64 0}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.vectorize.enable", i1 true}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
!17 = distinct !{!17, !6}
!18 = distinct !{!18, !6}
!19 = distinct !{!19, !6}
!20 = distinct !{!20, !6}
!21 = distinct !{!21, !6}
!22 = distinct !{!22, !6}
!23 = distinct !{!23, !6}
!24 = distinct !{!24, !6}
!25 = distinct !{!25, !6}
!26 = distinct !{!26, !6}
!27 = distinct !{!27, !6}
!28 = distinct !{!28, !6}
!29 = distinct !{!29, !6}
!30 = distinct !{!30, !6}
!31 = distinct !{!31, !6}
!32 = distinct !{!32, !6}
!33 = distinct !{!33, !6}
!34 = distinct !{!34, !6}
!35 = distinct !{!35, !6}
!36 = distinct !{!36, !6}
!37 = distinct !{!37, !6}
!38 = distinct !{!38, !6}
!39 = distinct !{!39, !6}
!40 = distinct !{!40, !6}
!41 = distinct !{!41, !6}
!42 = distinct !{!42, !6}
!43 = distinct !{!43, !6}
!44 = distinct !{!44, !6}
!45 = distinct !{!45, !6}
!46 = distinct !{!46, !6}
!47 = distinct !{!47, !6}
!48 = distinct !{!48, !6}
!49 = distinct !{!49, !6}
!50 = distinct !{!50, !6}
!51 = distinct !{!51, !6}
!52 = distinct !{!52, !6}
!53 = distinct !{!53, !6}
!54 = distinct !{!54, !6}
!55 = distinct !{!55, !6}
!56 = distinct !{!56, !6}
!57 = distinct !{!57, !6}
!58 = distinct !{!58, !6}
!59 = distinct !{!59, !6}
!60 = distinct !{!60, !6}
!61 = distinct !{!61, !6}
!62 = distinct !{!62, !6}
!63 = distinct !{!63, !6}
!64 = distinct !{!64, !6}
!65 = distinct !{!65, !6}
!66 = distinct !{!66, !6}
!67 = distinct !{!67, !6}
!68 = distinct !{!68, !6}
!69 = distinct !{!69, !6}
!70 = distinct !{!70, !6}
!71 = distinct !{!71, !6}
!72 = distinct !{!72, !6}
!73 = distinct !{!73, !6}
!74 = distinct !{!74, !6}
!75 = distinct !{!75, !6}
!76 = distinct !{!76, !6}
!77 = distinct !{!77, !6}
!78 = distinct !{!78, !6}
!79 = distinct !{!79, !6}
!80 = distinct !{!80, !6}
!81 = distinct !{!81, !6}
!82 = distinct !{!82, !6}
!83 = distinct !{!83, !6}
!84 = distinct !{!84, !6}
!85 = distinct !{!85, !6}
!86 = distinct !{!86, !6}
!87 = distinct !{!87, !6}
!88 = distinct !{!88, !6}
!89 = distinct !{!89, !6}
!90 = distinct !{!90, !6}
!91 = distinct !{!91, !6}
!92 = distinct !{!92, !6}
!93 = distinct !{!93, !6}
!94 = distinct !{!94, !6}
!95 = distinct !{!95, !6}
!96 = distinct !{!96, !6}
!97 = distinct !{!97, !6}
!98 = distinct !{!98, !6}
!99 = distinct !{!99, !6}
!100 = distinct !{!100, !6}
!101 = distinct !{!101, !6}
!102 = distinct !{!102, !6}
!103 = distinct !{!103, !6}
!104 = distinct !{!104, !6}
!105 = distinct !{!105, !6}
!106 = distinct !{!106, !6}
!107 = distinct !{!107, !6}
!108 = distinct !{!108, !6}
!109 = distinct !{!109, !6}
!110 = distinct !{!110, !6}
!111 = distinct !{!111, !6}
!112 = distinct !{!112, !6}
!113 = distinct !{!113, !6}
!114 = distinct !{!114, !6}
!115 = distinct !{!115, !6}
!116 = distinct !{!116, !6}
!117 = distinct !{!117, !6}
!118 = distinct !{!118, !6}
!119 = distinct !{!119, !6}
!120 = distinct !{!120, !6}
!121 = distinct !{!121, !6}
!122 = distinct !{!122, !6}
!123 = distinct !{!123, !6}
!124 = distinct !{!124, !6}
!125 = distinct !{!125, !6}
!126 = distinct !{!126, !6}
!127 = distinct !{!127, !6}
!128 = distinct !{!128, !6}
!129 = distinct !{!129, !6}
!130 = distinct !{!130, !6}
!131 = distinct !{!131, !6}
!132 = distinct !{!132, !6}
!133 = distinct !{!133, !6}
!134 = distinct !{!134, !6}
!135 = distinct !{!135, !6}
!136 = distinct !{!136, !6}
!137 = distinct !{!137, !6}
!138 = distinct !{!138, !6}
!139 = distinct !{!139, !6}
!140 = distinct !{!140, !6}
!141 = distinct !{!141, !6}
!142 = distinct !{!142, !6}
!143 = distinct !{!143, !6}
!144 = distinct !{!144, !6}
!145 = distinct !{!145, !6}
!146 = distinct !{!146, !6}
!147 = distinct !{!147, !6}
!148 = distinct !{!148, !6}
!149 = distinct !{!149, !6}
!150 = distinct !{!150, !6}
!151 = distinct !{!151, !6}
!152 = distinct !{!152, !6}
!153 = distinct !{!153, !6}
!154 = distinct !{!154, !6}
!155 = distinct !{!155, !6}
!156 = distinct !{!156, !6}
!157 = distinct !{!157, !6}
!158 = distinct !{!158, !6}
!159 = distinct !{!159, !6}
!160 = distinct !{!160, !6}
!161 = distinct !{!161, !6}
!162 = distinct !{!162, !6}
!163 = distinct !{!163, !6}
!164 = distinct !{!164, !6}
!165 = distinct !{!165, !6}
!166 = distinct !{!166, !6}
!167 = distinct !{!167, !6}
!168 = distinct !{!168, !6}
!169 = distinct !{!169, !6}
!170 = distinct !{!170, !6}
!171 = distinct !{!171, !6}
!172 = distinct !{!172, !6}
!173 = distinct !{!173, !6}
!174 = distinct !{!174, !6}
!175 = distinct !{!175, !6}
!176 = distinct !{!176, !6}
!177 = distinct !{!177, !6}
