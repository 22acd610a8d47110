; ModuleID = 'host'
source_filename = "host"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%bertrt_cuda_kernel = type { i64, i64, i64, i64, i64*, i64, i64* }
%bertrt_gemm = type { i64, i64, i64, i64, i64, i64, i64, i64, [2 x i64], [2 x i64], [2 x i64], [2 x i64], i64, i64, i64, double, double }
%bertrt_param = type { i8*, i64, [4 x i64], i64, i64, i64 }
%bertrt_variant = type { i64, i64, i64 }
%bertrt_ctx = type { [6 x i8*], float, float, float, float, i32, i32, i8*, i8* }
%bertrt_tensor = type { i8*, i64, i64, i64, [4 x i64] }
%bertrt_bucket = type { i64, i64, %bertrt_tensor*, void (%bertrt_ctx*)*, void (%bertrt_ctx*)**, i64, i64 }
%bertrt_device_images = type { i64, i8* }
%bertrt_model = type { i64, i8*, i8*, i8*, i8*, i64, i64, i64, i64, i64, i64, i64, i64, i8*, double, double, double, double, i8*, i8*, i64, i8**, i64, double, double, double, double, double, double, double, i64, i64, i64, i64, %bertrt_param*, i64, [6 x i64], i64, %bertrt_variant*, void (%bertrt_ctx*)**, i64, %bertrt_bucket*, i8*, i64, i64 }

@forward_s32__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 256000, i64 0, i64 272384, i64 5, i64 2048, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s32__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 256, i64 64, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s32__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 273152, i64 0, i64 272896, i64 4, i64 65536]
@forward_s32__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 256, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 65536, i64 4, i64 0]
@forward_s32__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s32__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 256, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s32__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 4096, i64 4, i64 65536]
@forward_s32__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 66560, i64 4, i64 132096, i64 4, i64 197632, i64 4, i64 65536, i64 4, i64 263168, i64 4, i64 328704]
@forward_s32__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s32__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 32, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s32__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s32__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 66560, i64 4, i64 132096]
@forward_s32__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s32__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s32__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 132096, i64 0, i64 340224, i64 0, i64 339968, i64 4, i64 0]
@forward_s32__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 256, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 66560, i64 0, i64 406016]
@forward_s32__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 256, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 328704, i64 4, i64 66560]
@forward_s32__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s32__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s32__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 66560, i64 0, i64 473088, i64 0, i64 472832, i64 4, i64 0]
@forward_s32__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 256, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 66560, i64 4, i64 132096, i64 4, i64 197632, i64 4, i64 65536, i64 4, i64 263168, i64 4, i64 328704]
@forward_s32__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s32__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 32, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s32__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s32__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 65536, i64 4, i64 131072]
@forward_s32__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s32__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s32__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 131072, i64 0, i64 540160, i64 0, i64 539904, i64 4, i64 0]
@forward_s32__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 256, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 65536, i64 0, i64 605952]
@forward_s32__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 256, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 327680, i64 4, i64 65536]
@forward_s32__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s32__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s32__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 65536, i64 0, i64 673024, i64 0, i64 672768, i64 5, i64 513408]
@forward_s32__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 256, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k026_head_masked_rows.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 513408, i64 5, i64 6144, i64 4, i64 0]
@forward_s32__k026_head_masked_rows.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 73, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k026_head_masked_rows.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k027_head_transform_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 73, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k027_head_transform_dense_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 18688, i64 0, i64 689664]
@forward_s32__k027_head_transform_dense_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 73, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k027_head_transform_dense_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k028_head_transform_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 18688, i64 0, i64 690176, i64 0, i64 689920, i64 4, i64 0]
@forward_s32__k028_head_transform_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 73, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k028_head_transform_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k029_head_decoder_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 73, i64 1000, i64 64, i64 64, i64 64, i64 1000, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k030_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 6656, i64 4, i64 0]
@forward_s32__k030_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k030_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k031_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 7232, i64 5, i64 6656, i64 4, i64 64]
@forward_s32__k031_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 73, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k031_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 384]
@forward_s32__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k033_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 513408, i64 4, i64 448]
@forward_s32__k033_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k033_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k034_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k035_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2496, i64 5, i64 511360]
@forward_s32__k035_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k035_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k036_head_seq_relationship_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 64, i64 64, i64 64, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k037_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 7168, i64 4, i64 0]
@forward_s32__k037_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 8, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k037_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k038_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 511232, i64 5, i64 7168, i64 4, i64 64]
@forward_s32__k038_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 16, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k038_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k039_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 128]
@forward_s32__k039_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 1, i64 8, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k039_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k040_loss_total.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 128, i64 4, i64 384, i64 5, i64 511296]
@forward_s32__k040_loss_total.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k040_loss_total.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 256000, i64 0, i64 272384, i64 5, i64 2048, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s32_v0__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 256, i64 64, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v0__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 0, i64 0, i64 273152, i64 0, i64 272896, i64 4, i64 67584, i64 4, i64 65536]
@train_s32_v0__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 67584, i64 4, i64 133120]
@train_s32_v0__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s32_v0__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 256, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 4096, i64 4, i64 67584]
@train_s32_v0__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 198656, i64 4, i64 264192, i64 4, i64 329728, i64 4, i64 67584, i64 4, i64 395264, i64 4, i64 68608]
@train_s32_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s32_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 32, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 133120, i64 4, i64 460800, i64 4, i64 526336]
@train_s32_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s32_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 526336, i64 0, i64 340224, i64 0, i64 339968, i64 4, i64 460800, i64 4, i64 72704]
@train_s32_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 854016, i64 0, i64 406016, i64 4, i64 591872]
@train_s32_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 256, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 460800, i64 4, i64 1116160, i64 4, i64 1181696]
@train_s32_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s32_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1181696, i64 0, i64 473088, i64 0, i64 472832, i64 4, i64 1116160, i64 4, i64 74752]
@train_s32_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1247232, i64 4, i64 1312768, i64 4, i64 1378304, i64 4, i64 67584, i64 4, i64 1443840, i64 4, i64 76800]
@train_s32_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 32, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1116160, i64 4, i64 1509376, i64 4, i64 1574912]
@train_s32_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s32_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1574912, i64 0, i64 540160, i64 0, i64 539904, i64 4, i64 1509376, i64 4, i64 80896]
@train_s32_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1902592, i64 0, i64 605952, i64 4, i64 1640448]
@train_s32_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 256, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 256, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1509376, i64 4, i64 2164736, i64 4, i64 2230272]
@train_s32_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s32_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2230272, i64 0, i64 673024, i64 0, i64 672768, i64 4, i64 2164736, i64 4, i64 82944]
@train_s32_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k026_head_masked_rows.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2164736, i64 5, i64 6144, i64 4, i64 84992]
@train_s32_v0__k026_head_masked_rows.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 73, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k026_head_masked_rows.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k027_head_transform_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 73, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k027_head_transform_dense_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2295808, i64 0, i64 689664, i64 4, i64 103680]
@train_s32_v0__k027_head_transform_dense_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 73, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k027_head_transform_dense_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k028_head_transform_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2295808, i64 0, i64 690176, i64 0, i64 689920, i64 4, i64 2314496, i64 4, i64 122368]
@train_s32_v0__k028_head_transform_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 73, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k028_head_transform_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k029_head_decoder_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 73, i64 1000, i64 64, i64 64, i64 64, i64 1000, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k030_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 6656, i64 4, i64 123008]
@train_s32_v0__k030_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k030_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k031_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 7232, i64 5, i64 6656, i64 4, i64 123072]
@train_s32_v0__k031_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 73, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k031_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 123072, i64 4, i64 123008, i64 4, i64 123392]
@train_s32_v0__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k033_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2164736, i64 4, i64 123456]
@train_s32_v0__k033_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k033_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k034_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k035_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 125504, i64 4, i64 127552]
@train_s32_v0__k035_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k035_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k036_head_seq_relationship_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 64, i64 64, i64 64, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k037_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 7168, i64 4, i64 123072]
@train_s32_v0__k037_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 8, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k037_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k038_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 511232, i64 5, i64 7168, i64 4, i64 123136]
@train_s32_v0__k038_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 16, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k038_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k039_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 123136, i64 4, i64 123072, i64 4, i64 123200]
@train_s32_v0__k039_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 1, i64 8, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k039_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k040_loss_total.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 123200, i64 4, i64 123392, i64 5, i64 511296]
@train_s32_v0__k040_loss_total.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k040_loss_total.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k041_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 511232, i64 5, i64 7168, i64 4, i64 123072, i64 4, i64 123136]
@train_s32_v0__k041_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1, i64 16, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k041_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k042_grad_head_seq_relationship_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 123136, i64 1, i64 711616]
@train_s32_v0__k042_grad_head_seq_relationship_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 1, i64 16, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k042_grad_head_seq_relationship_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k043_grad_head_seq_relationship_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 64, i64 2, i64 2, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k044_grad_head_seq_relationship_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 64, i64 8, i64 2, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k045_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 127552, i64 4, i64 125504, i64 4, i64 129600]
@train_s32_v0__k045_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 8, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k045_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k046_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 129600, i64 1, i64 710848]
@train_s32_v0__k046_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k046_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k047_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k048_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 8, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k049_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 7232, i64 5, i64 6656, i64 4, i64 123008, i64 4, i64 2333184]
@train_s32_v0__k049_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 73, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k049_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k050_grad_head_decoder_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2333184, i64 1, i64 690432]
@train_s32_v0__k050_grad_head_decoder_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k050_grad_head_decoder_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k051_grad_head_decoder_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 73, i64 64, i64 1000, i64 1000, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k052_grad_head_decoder_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 1000, i64 64, i64 73, i64 1000, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k053_grad_head_transform_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 122368, i64 4, i64 2295808, i64 0, i64 689920, i64 4, i64 2164736, i64 4, i64 2183424]
@train_s32_v0__k053_grad_head_transform_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 73, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k053_grad_head_transform_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k054_grad_head_transform_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2295808, i64 4, i64 122368, i64 4, i64 2164736, i64 1, i64 689920]
@train_s32_v0__k054_grad_head_transform_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 30, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k054_grad_head_transform_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k055_grad_head_transform_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2164736, i64 1, i64 690176]
@train_s32_v0__k055_grad_head_transform_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 31, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k055_grad_head_transform_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k056_grad_head_transform_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 103680, i64 4, i64 2183424, i64 4, i64 2164736]
@train_s32_v0__k056_grad_head_transform_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 32, i64 73, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k056_grad_head_transform_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k057_grad_head_transform_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2164736, i64 1, i64 689664]
@train_s32_v0__k057_grad_head_transform_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 31, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k057_grad_head_transform_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k058_grad_head_transform_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 73, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k059_grad_head_transform_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 73, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k060_grad_head_masked_rows.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2164736, i64 4, i64 103680, i64 5, i64 6144]
@train_s32_v0__k060_grad_head_masked_rows.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 33, i64 4, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k060_grad_head_masked_rows.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k061_grad_layer_1_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2164736, i64 4, i64 125504, i64 4, i64 2295808]
@train_s32_v0__k061_grad_layer_1_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 34, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k061_grad_layer_1_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k062_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 82944, i64 4, i64 2230272, i64 0, i64 672768, i64 4, i64 2295808, i64 4, i64 2164736]
@train_s32_v0__k062_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 35, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k062_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k063_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2230272, i64 4, i64 82944, i64 4, i64 2295808, i64 1, i64 672768]
@train_s32_v0__k063_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k063_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k064_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2295808, i64 1, i64 673024]
@train_s32_v0__k064_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k064_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k065_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2164736, i64 4, i64 2230272]
@train_s32_v0__k065_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s32_v0__k065_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 256, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k065_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k065_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k066_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2230272, i64 1, i64 672512]
@train_s32_v0__k066_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k066_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k067_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 256, i64 64, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k068_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 256, i64 256, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k069_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1640448, i64 4, i64 2295808, i64 4, i64 1902592]
@train_s32_v0__k069_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 256, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k069_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k070_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1902592, i64 1, i64 605952]
@train_s32_v0__k070_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k070_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k071_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k072_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1640448, i64 4, i64 2164736, i64 4, i64 1705984]
@train_s32_v0__k072_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k072_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k073_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 256, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k074_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 80896, i64 4, i64 1574912, i64 0, i64 539904, i64 4, i64 1705984, i64 4, i64 1509376]
@train_s32_v0__k074_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 35, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k074_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k075_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1574912, i64 4, i64 80896, i64 4, i64 1705984, i64 1, i64 539904]
@train_s32_v0__k075_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k075_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k076_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1705984, i64 1, i64 540160]
@train_s32_v0__k076_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k076_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k077_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1509376, i64 4, i64 1574912]
@train_s32_v0__k077_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s32_v0__k077_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 256, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k077_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k077_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k078_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1574912, i64 1, i64 539648]
@train_s32_v0__k078_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k078_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k079_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k080_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k081_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1443840, i64 4, i64 1640448, i64 4, i64 80896]
@train_s32_v0__k081_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 64, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k081_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k082_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 1247232, i64 4, i64 1312768, i64 4, i64 1378304, i64 4, i64 67584, i64 4, i64 76800, i64 4, i64 1640448, i64 4, i64 80896, i64 4, i64 1574912, i64 4, i64 1443840]
@train_s32_v0__k082_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v0__k082_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 32, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s32_v0__k082_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k082_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s32_v0__k083_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 1247232, i64 4, i64 1312768, i64 4, i64 1378304, i64 4, i64 67584, i64 4, i64 76800, i64 4, i64 1640448, i64 4, i64 80896, i64 4, i64 1705984]
@train_s32_v0__k083_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v0__k083_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 32, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s32_v0__k083_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k083_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s32_v0__k084_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1443840, i64 1, i64 523008]
@train_s32_v0__k084_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k084_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k085_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k086_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k087_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1574912, i64 1, i64 506368]
@train_s32_v0__k087_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k087_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k088_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k089_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k090_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1705984, i64 1, i64 489728]
@train_s32_v0__k090_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k090_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k091_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k092_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1378304, i64 4, i64 1312768, i64 4, i64 1247232, i64 4, i64 1509376, i64 4, i64 1443840]
@train_s32_v0__k092_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k092_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k093_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k094_grad_layer_0_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 74752, i64 4, i64 1181696, i64 0, i64 472832, i64 4, i64 1443840, i64 4, i64 1116160]
@train_s32_v0__k094_grad_layer_0_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 35, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k094_grad_layer_0_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k095_grad_layer_0_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1181696, i64 4, i64 74752, i64 4, i64 1443840, i64 1, i64 472832]
@train_s32_v0__k095_grad_layer_0_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k095_grad_layer_0_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k096_grad_layer_0_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1443840, i64 1, i64 473088]
@train_s32_v0__k096_grad_layer_0_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k096_grad_layer_0_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k097_grad_layer_0_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1116160, i64 4, i64 1181696]
@train_s32_v0__k097_grad_layer_0_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s32_v0__k097_grad_layer_0_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 256, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k097_grad_layer_0_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k097_grad_layer_0_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k098_grad_layer_0_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1181696, i64 1, i64 472576]
@train_s32_v0__k098_grad_layer_0_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k098_grad_layer_0_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k099_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 256, i64 64, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k100_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 256, i64 256, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k101_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 591872, i64 4, i64 1247232, i64 4, i64 854016]
@train_s32_v0__k101_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 256, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k101_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k102_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 854016, i64 1, i64 406016]
@train_s32_v0__k102_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k102_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k103_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k104_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 591872, i64 4, i64 1116160, i64 4, i64 657408]
@train_s32_v0__k104_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 256, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k104_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k105_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 256, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k106_grad_layer_0_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 72704, i64 4, i64 526336, i64 0, i64 339968, i64 4, i64 657408, i64 4, i64 460800]
@train_s32_v0__k106_grad_layer_0_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 35, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k106_grad_layer_0_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k107_grad_layer_0_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 526336, i64 4, i64 72704, i64 4, i64 657408, i64 1, i64 339968]
@train_s32_v0__k107_grad_layer_0_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k107_grad_layer_0_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k108_grad_layer_0_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 657408, i64 1, i64 340224]
@train_s32_v0__k108_grad_layer_0_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k108_grad_layer_0_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k109_grad_layer_0_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 460800, i64 4, i64 526336]
@train_s32_v0__k109_grad_layer_0_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s32_v0__k109_grad_layer_0_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 256, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k109_grad_layer_0_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k109_grad_layer_0_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k110_grad_layer_0_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 526336, i64 1, i64 339712]
@train_s32_v0__k110_grad_layer_0_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k110_grad_layer_0_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k111_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k112_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k113_layer_0_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 395264, i64 4, i64 591872, i64 4, i64 72704]
@train_s32_v0__k113_layer_0_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 64, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k113_layer_0_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k114_layer_0_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 198656, i64 4, i64 264192, i64 4, i64 329728, i64 4, i64 67584, i64 4, i64 68608, i64 4, i64 591872, i64 4, i64 72704, i64 4, i64 526336, i64 4, i64 395264]
@train_s32_v0__k114_layer_0_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s32_v0__k114_layer_0_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 32, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s32_v0__k114_layer_0_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k114_layer_0_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s32_v0__k115_layer_0_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 198656, i64 4, i64 264192, i64 4, i64 329728, i64 4, i64 67584, i64 4, i64 68608, i64 4, i64 591872, i64 4, i64 72704, i64 4, i64 657408]
@train_s32_v0__k115_layer_0_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s32_v0__k115_layer_0_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 32, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s32_v0__k115_layer_0_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k115_layer_0_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s32_v0__k116_grad_layer_0_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 395264, i64 1, i64 323072]
@train_s32_v0__k116_grad_layer_0_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k116_grad_layer_0_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k117_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k118_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k119_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 526336, i64 1, i64 306432]
@train_s32_v0__k119_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k119_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k120_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k121_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k122_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 657408, i64 1, i64 289792]
@train_s32_v0__k122_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k122_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k123_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 256, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k124_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 256, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k125_grad_embeddings_dropout.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 264192, i64 4, i64 198656, i64 4, i64 67584, i64 4, i64 460800, i64 4, i64 133120]
@train_s32_v0__k125_grad_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s32_v0__k125_grad_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 45, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k125_grad_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k125_grad_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k126_grad_embeddings_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 65536, i64 4, i64 0, i64 0, i64 272896, i64 4, i64 133120, i64 4, i64 67584]
@train_s32_v0__k126_grad_embeddings_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 35, i64 256, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k126_grad_embeddings_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k127_grad_embeddings_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 4, i64 65536, i64 4, i64 133120, i64 1, i64 272896]
@train_s32_v0__k127_grad_embeddings_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k127_grad_embeddings_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k128_grad_embeddings_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 133120, i64 1, i64 273152]
@train_s32_v0__k128_grad_embeddings_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k128_grad_embeddings_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k129_grad_embeddings_sum_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 67584, i64 4, i64 0]
@train_s32_v0__k129_grad_embeddings_sum_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 46, i64 64, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k129_grad_embeddings_sum_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k130_grad_embeddings_position.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 256000]
@train_s32_v0__k130_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 32, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k130_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k131_grad_embeddings_position.launch.bases = private unnamed_addr constant [2 x i64] [i64 1, i64 256000]
@train_s32_v0__k131_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 32, i64 64, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s32_v0__k131_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k132_grad_embeddings_token_type.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 272384, i64 4, i64 67584, i64 5, i64 2048]
@train_s32_v0__k132_grad_embeddings_token_type.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k132_grad_embeddings_token_type.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k133_grad_embeddings_word.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 133120, i64 4, i64 67584, i64 5, i64 0]
@train_s32_v0__k133_grad_embeddings_word.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 16, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k133_grad_embeddings_word.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k134_grad_bert_embeddings_word_embeddings_weight_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 133120, i64 4, i64 2625216, i64 1, i64 0]
@train_s32_v0__k134_grad_bert_embeddings_word_embeddings_weight_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 1000, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k134_grad_bert_embeddings_word_embeddings_weight_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 256000, i64 0, i64 272384, i64 5, i64 2048, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s64__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 52, i64 512, i64 64, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s64__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 273152, i64 0, i64 272896, i64 4, i64 131072]
@forward_s64__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 512, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 131072, i64 4, i64 0]
@forward_s64__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s64__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 512, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s64__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 4096, i64 4, i64 131072]
@forward_s64__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 55, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 133120, i64 4, i64 264192, i64 4, i64 395264, i64 4, i64 131072, i64 4, i64 526336, i64 4, i64 657408]
@forward_s64__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s64__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 56, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s64__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s64__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 133120, i64 4, i64 264192]
@forward_s64__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s64__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s64__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 264192, i64 0, i64 340224, i64 0, i64 339968, i64 4, i64 0]
@forward_s64__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 512, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 133120, i64 0, i64 406016]
@forward_s64__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 58, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 657408, i64 4, i64 133120]
@forward_s64__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s64__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s64__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 133120, i64 0, i64 473088, i64 0, i64 472832, i64 4, i64 0]
@forward_s64__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 512, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 133120, i64 4, i64 264192, i64 4, i64 395264, i64 4, i64 131072, i64 4, i64 526336, i64 4, i64 657408]
@forward_s64__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s64__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 56, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s64__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s64__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 131072, i64 4, i64 262144]
@forward_s64__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s64__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s64__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 262144, i64 0, i64 540160, i64 0, i64 539904, i64 4, i64 0]
@forward_s64__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 512, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 131072, i64 0, i64 605952]
@forward_s64__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 58, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 655360, i64 4, i64 131072]
@forward_s64__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s64__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s64__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 131072, i64 0, i64 673024, i64 0, i64 672768, i64 5, i64 513408]
@forward_s64__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 512, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k026_head_masked_rows.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 513408, i64 5, i64 6144, i64 4, i64 0]
@forward_s64__k026_head_masked_rows.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 59, i64 126, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k026_head_masked_rows.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k027_head_transform_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 126, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k027_head_transform_dense_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 32256, i64 0, i64 689664]
@forward_s64__k027_head_transform_dense_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 126, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k027_head_transform_dense_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k028_head_transform_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 32256, i64 0, i64 690176, i64 0, i64 689920, i64 4, i64 0]
@forward_s64__k028_head_transform_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 61, i64 126, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k028_head_transform_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k029_head_decoder_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 126, i64 1000, i64 64, i64 64, i64 64, i64 1000, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k030_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 6656, i64 4, i64 0]
@forward_s64__k030_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 62, i64 1, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k030_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k031_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 7232, i64 5, i64 6656, i64 4, i64 64]
@forward_s64__k031_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 63, i64 126, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k031_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 576]
@forward_s64__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k033_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 513408, i64 4, i64 640]
@forward_s64__k033_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k033_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k034_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k035_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2688, i64 5, i64 511360]
@forward_s64__k035_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k035_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k036_head_seq_relationship_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 64, i64 64, i64 64, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k037_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 7168, i64 4, i64 0]
@forward_s64__k037_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 8, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k037_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k038_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 511232, i64 5, i64 7168, i64 4, i64 64]
@forward_s64__k038_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 16, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k038_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k039_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 128]
@forward_s64__k039_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 1, i64 8, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k039_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k040_loss_total.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 128, i64 4, i64 576, i64 5, i64 511296]
@forward_s64__k040_loss_total.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k040_loss_total.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 256000, i64 0, i64 272384, i64 5, i64 2048, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s64_v0__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 52, i64 512, i64 64, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v0__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 0, i64 0, i64 273152, i64 0, i64 272896, i64 4, i64 135168, i64 4, i64 131072]
@train_s64_v0__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 135168, i64 4, i64 266240]
@train_s64_v0__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s64_v0__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 512, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 4096, i64 4, i64 135168]
@train_s64_v0__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 55, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 397312, i64 4, i64 528384, i64 4, i64 659456, i64 4, i64 135168, i64 4, i64 790528, i64 4, i64 137216]
@train_s64_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s64_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 56, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 266240, i64 4, i64 921600, i64 4, i64 1052672]
@train_s64_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s64_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1052672, i64 0, i64 340224, i64 0, i64 339968, i64 4, i64 921600, i64 4, i64 145408]
@train_s64_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1708032, i64 0, i64 406016, i64 4, i64 1183744]
@train_s64_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 921600, i64 4, i64 2232320, i64 4, i64 2363392]
@train_s64_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s64_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2363392, i64 0, i64 473088, i64 0, i64 472832, i64 4, i64 2232320, i64 4, i64 149504]
@train_s64_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 2494464, i64 4, i64 2625536, i64 4, i64 2756608, i64 4, i64 135168, i64 4, i64 2887680, i64 4, i64 153600]
@train_s64_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 56, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2232320, i64 4, i64 3018752, i64 4, i64 3149824]
@train_s64_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s64_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3149824, i64 0, i64 540160, i64 0, i64 539904, i64 4, i64 3018752, i64 4, i64 161792]
@train_s64_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 256, i64 64, i64 64, i64 64, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3805184, i64 0, i64 605952, i64 4, i64 3280896]
@train_s64_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 64, i64 256, i64 256, i64 256, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3018752, i64 4, i64 4329472, i64 4, i64 4460544]
@train_s64_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s64_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4460544, i64 0, i64 673024, i64 0, i64 672768, i64 4, i64 4329472, i64 4, i64 165888]
@train_s64_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k026_head_masked_rows.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4329472, i64 5, i64 6144, i64 4, i64 169984]
@train_s64_v0__k026_head_masked_rows.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 59, i64 126, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k026_head_masked_rows.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k027_head_transform_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 126, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k027_head_transform_dense_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4591616, i64 0, i64 689664, i64 4, i64 202240]
@train_s64_v0__k027_head_transform_dense_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 126, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k027_head_transform_dense_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k028_head_transform_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4591616, i64 0, i64 690176, i64 0, i64 689920, i64 4, i64 4623872, i64 4, i64 234496]
@train_s64_v0__k028_head_transform_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 69, i64 126, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k028_head_transform_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k029_head_decoder_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 126, i64 1000, i64 64, i64 64, i64 64, i64 1000, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k030_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 6656, i64 4, i64 235520]
@train_s64_v0__k030_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 62, i64 1, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k030_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k031_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 7232, i64 5, i64 6656, i64 4, i64 235584]
@train_s64_v0__k031_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 63, i64 126, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k031_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 235584, i64 4, i64 235520, i64 4, i64 236096]
@train_s64_v0__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k033_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4329472, i64 4, i64 236160]
@train_s64_v0__k033_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k033_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k034_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k035_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 238208, i64 4, i64 240256]
@train_s64_v0__k035_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 8, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k035_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k036_head_seq_relationship_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 64, i64 64, i64 64, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k037_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 7168, i64 4, i64 235584]
@train_s64_v0__k037_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 8, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k037_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k038_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 511232, i64 5, i64 7168, i64 4, i64 235648]
@train_s64_v0__k038_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 16, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k038_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k039_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 235648, i64 4, i64 235584, i64 4, i64 235712]
@train_s64_v0__k039_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 1, i64 8, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k039_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k040_loss_total.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 235712, i64 4, i64 236096, i64 5, i64 511296]
@train_s64_v0__k040_loss_total.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k040_loss_total.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k041_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 511232, i64 5, i64 7168, i64 4, i64 235584, i64 4, i64 235648]
@train_s64_v0__k041_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1, i64 16, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k041_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k042_grad_head_seq_relationship_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 235648, i64 1, i64 711616]
@train_s64_v0__k042_grad_head_seq_relationship_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 1, i64 16, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k042_grad_head_seq_relationship_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k043_grad_head_seq_relationship_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 64, i64 2, i64 2, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k044_grad_head_seq_relationship_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 64, i64 8, i64 2, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k045_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 240256, i64 4, i64 238208, i64 4, i64 242304]
@train_s64_v0__k045_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 8, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k045_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k046_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 242304, i64 1, i64 710848]
@train_s64_v0__k046_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k046_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k047_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k048_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 8, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k049_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 7232, i64 5, i64 6656, i64 4, i64 235520, i64 4, i64 4656128]
@train_s64_v0__k049_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 70, i64 126, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k049_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k050_grad_head_decoder_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4656128, i64 1, i64 690432]
@train_s64_v0__k050_grad_head_decoder_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 71, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k050_grad_head_decoder_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k051_grad_head_decoder_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 126, i64 64, i64 1000, i64 1000, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k052_grad_head_decoder_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 1000, i64 64, i64 126, i64 1000, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k053_grad_head_transform_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 234496, i64 4, i64 4591616, i64 0, i64 689920, i64 4, i64 4329472, i64 4, i64 4361728]
@train_s64_v0__k053_grad_head_transform_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 72, i64 126, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k053_grad_head_transform_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k054_grad_head_transform_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4591616, i64 4, i64 234496, i64 4, i64 4329472, i64 1, i64 689920]
@train_s64_v0__k054_grad_head_transform_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 73, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k054_grad_head_transform_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k055_grad_head_transform_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4329472, i64 1, i64 690176]
@train_s64_v0__k055_grad_head_transform_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k055_grad_head_transform_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k056_grad_head_transform_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 202240, i64 4, i64 4361728, i64 4, i64 4329472]
@train_s64_v0__k056_grad_head_transform_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 126, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k056_grad_head_transform_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k057_grad_head_transform_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4329472, i64 1, i64 689664]
@train_s64_v0__k057_grad_head_transform_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k057_grad_head_transform_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k058_grad_head_transform_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 126, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k059_grad_head_transform_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 126, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k060_grad_head_masked_rows.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4329472, i64 4, i64 202240, i64 5, i64 6144]
@train_s64_v0__k060_grad_head_masked_rows.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 8, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k060_grad_head_masked_rows.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k061_grad_layer_1_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4329472, i64 4, i64 238208, i64 4, i64 4591616]
@train_s64_v0__k061_grad_layer_1_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k061_grad_layer_1_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k062_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 165888, i64 4, i64 4460544, i64 0, i64 672768, i64 4, i64 4591616, i64 4, i64 4329472]
@train_s64_v0__k062_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k062_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k063_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4460544, i64 4, i64 165888, i64 4, i64 4591616, i64 1, i64 672768]
@train_s64_v0__k063_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k063_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k064_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4591616, i64 1, i64 673024]
@train_s64_v0__k064_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k064_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k065_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4329472, i64 4, i64 4460544]
@train_s64_v0__k065_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s64_v0__k065_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 512, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k065_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k065_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k066_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4460544, i64 1, i64 672512]
@train_s64_v0__k066_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k066_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k067_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 256, i64 64, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k068_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 256, i64 512, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k069_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3280896, i64 4, i64 4591616, i64 4, i64 3805184]
@train_s64_v0__k069_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 81, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k069_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k070_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3805184, i64 1, i64 605952]
@train_s64_v0__k070_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 82, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k070_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k071_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k072_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3280896, i64 4, i64 4329472, i64 4, i64 3411968]
@train_s64_v0__k072_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 83, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k072_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k073_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 256, i64 64, i64 512, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k074_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 161792, i64 4, i64 3149824, i64 0, i64 539904, i64 4, i64 3411968, i64 4, i64 3018752]
@train_s64_v0__k074_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k074_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k075_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 4, i64 161792, i64 4, i64 3411968, i64 1, i64 539904]
@train_s64_v0__k075_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k075_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k076_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3411968, i64 1, i64 540160]
@train_s64_v0__k076_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k076_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k077_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3018752, i64 4, i64 3149824]
@train_s64_v0__k077_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s64_v0__k077_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 512, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k077_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k077_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k078_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 1, i64 539648]
@train_s64_v0__k078_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k078_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k079_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k080_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k081_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2887680, i64 4, i64 3280896, i64 4, i64 161792]
@train_s64_v0__k081_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 84, i64 128, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k081_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k082_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 2494464, i64 4, i64 2625536, i64 4, i64 2756608, i64 4, i64 135168, i64 4, i64 153600, i64 4, i64 3280896, i64 4, i64 161792, i64 4, i64 3149824, i64 4, i64 2887680]
@train_s64_v0__k082_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v0__k082_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 85, i64 64, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s64_v0__k082_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k082_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s64_v0__k083_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 2494464, i64 4, i64 2625536, i64 4, i64 2756608, i64 4, i64 135168, i64 4, i64 153600, i64 4, i64 3280896, i64 4, i64 161792, i64 4, i64 3411968]
@train_s64_v0__k083_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v0__k083_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 86, i64 64, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s64_v0__k083_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k083_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s64_v0__k084_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2887680, i64 1, i64 523008]
@train_s64_v0__k084_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k084_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k085_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k086_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k087_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 1, i64 506368]
@train_s64_v0__k087_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k087_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k088_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k089_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k090_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3411968, i64 1, i64 489728]
@train_s64_v0__k090_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k090_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k091_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k092_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2756608, i64 4, i64 2625536, i64 4, i64 2494464, i64 4, i64 3018752, i64 4, i64 2887680]
@train_s64_v0__k092_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 87, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k092_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k093_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k094_grad_layer_0_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 149504, i64 4, i64 2363392, i64 0, i64 472832, i64 4, i64 2887680, i64 4, i64 2232320]
@train_s64_v0__k094_grad_layer_0_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k094_grad_layer_0_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k095_grad_layer_0_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2363392, i64 4, i64 149504, i64 4, i64 2887680, i64 1, i64 472832]
@train_s64_v0__k095_grad_layer_0_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k095_grad_layer_0_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k096_grad_layer_0_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2887680, i64 1, i64 473088]
@train_s64_v0__k096_grad_layer_0_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k096_grad_layer_0_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k097_grad_layer_0_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2232320, i64 4, i64 2363392]
@train_s64_v0__k097_grad_layer_0_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s64_v0__k097_grad_layer_0_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 512, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k097_grad_layer_0_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k097_grad_layer_0_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k098_grad_layer_0_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2363392, i64 1, i64 472576]
@train_s64_v0__k098_grad_layer_0_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k098_grad_layer_0_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k099_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 256, i64 64, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k100_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 256, i64 512, i64 64, i64 256, i64 256, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k101_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1183744, i64 4, i64 2494464, i64 4, i64 1708032]
@train_s64_v0__k101_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 81, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k101_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k102_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1708032, i64 1, i64 406016]
@train_s64_v0__k102_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 82, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k102_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k103_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 256, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k104_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1183744, i64 4, i64 2232320, i64 4, i64 1314816]
@train_s64_v0__k104_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 83, i64 512, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k104_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k105_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 256, i64 64, i64 512, i64 256, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k106_grad_layer_0_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 145408, i64 4, i64 1052672, i64 0, i64 339968, i64 4, i64 1314816, i64 4, i64 921600]
@train_s64_v0__k106_grad_layer_0_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k106_grad_layer_0_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k107_grad_layer_0_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1052672, i64 4, i64 145408, i64 4, i64 1314816, i64 1, i64 339968]
@train_s64_v0__k107_grad_layer_0_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k107_grad_layer_0_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k108_grad_layer_0_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1314816, i64 1, i64 340224]
@train_s64_v0__k108_grad_layer_0_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k108_grad_layer_0_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k109_grad_layer_0_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 921600, i64 4, i64 1052672]
@train_s64_v0__k109_grad_layer_0_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s64_v0__k109_grad_layer_0_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 512, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k109_grad_layer_0_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k109_grad_layer_0_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k110_grad_layer_0_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1052672, i64 1, i64 339712]
@train_s64_v0__k110_grad_layer_0_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k110_grad_layer_0_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k111_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k112_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k113_layer_0_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 790528, i64 4, i64 1183744, i64 4, i64 145408]
@train_s64_v0__k113_layer_0_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 84, i64 128, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k113_layer_0_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k114_layer_0_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 397312, i64 4, i64 528384, i64 4, i64 659456, i64 4, i64 135168, i64 4, i64 137216, i64 4, i64 1183744, i64 4, i64 145408, i64 4, i64 1052672, i64 4, i64 790528]
@train_s64_v0__k114_layer_0_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s64_v0__k114_layer_0_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 85, i64 64, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s64_v0__k114_layer_0_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k114_layer_0_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s64_v0__k115_layer_0_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 397312, i64 4, i64 528384, i64 4, i64 659456, i64 4, i64 135168, i64 4, i64 137216, i64 4, i64 1183744, i64 4, i64 145408, i64 4, i64 1314816]
@train_s64_v0__k115_layer_0_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s64_v0__k115_layer_0_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 86, i64 64, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s64_v0__k115_layer_0_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k115_layer_0_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s64_v0__k116_grad_layer_0_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 790528, i64 1, i64 323072]
@train_s64_v0__k116_grad_layer_0_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k116_grad_layer_0_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k117_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k118_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k119_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1052672, i64 1, i64 306432]
@train_s64_v0__k119_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k119_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k120_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k121_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k122_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1314816, i64 1, i64 289792]
@train_s64_v0__k122_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k122_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k123_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 64, i64 64, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k124_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 64, i64 64, i64 512, i64 64, i64 64, i64 64, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k125_grad_embeddings_dropout.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 528384, i64 4, i64 397312, i64 4, i64 135168, i64 4, i64 921600, i64 4, i64 266240]
@train_s64_v0__k125_grad_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s64_v0__k125_grad_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 88, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k125_grad_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k125_grad_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k126_grad_embeddings_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 131072, i64 4, i64 0, i64 0, i64 272896, i64 4, i64 266240, i64 4, i64 135168]
@train_s64_v0__k126_grad_embeddings_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 512, i64 64, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k126_grad_embeddings_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k127_grad_embeddings_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 4, i64 131072, i64 4, i64 266240, i64 1, i64 272896]
@train_s64_v0__k127_grad_embeddings_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 2, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k127_grad_embeddings_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k128_grad_embeddings_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 266240, i64 1, i64 273152]
@train_s64_v0__k128_grad_embeddings_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k128_grad_embeddings_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k129_grad_embeddings_sum_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 135168, i64 4, i64 0]
@train_s64_v0__k129_grad_embeddings_sum_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 89, i64 128, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k129_grad_embeddings_sum_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k130_grad_embeddings_position.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 256000]
@train_s64_v0__k130_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 90, i64 64, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k130_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k131_grad_embeddings_token_type.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 272384, i64 4, i64 135168, i64 5, i64 2048]
@train_s64_v0__k131_grad_embeddings_token_type.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 91, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k131_grad_embeddings_token_type.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k132_grad_embeddings_word.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 266240, i64 4, i64 135168, i64 5, i64 0]
@train_s64_v0__k132_grad_embeddings_word.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 92, i64 16, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k132_grad_embeddings_word.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k133_grad_bert_embeddings_word_embeddings_weight_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 266240, i64 4, i64 5160128, i64 1, i64 0]
@train_s64_v0__k133_grad_bert_embeddings_word_embeddings_weight_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 1000, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k133_grad_bert_embeddings_word_embeddings_weight_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k000_grad_norm_partial.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 0, i64 4, i64 0]
@optimizer_v0__k000_grad_norm_partial.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 93, i64 64, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k000_grad_norm_partial.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k001_grad_norm_tail.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 704512, i64 4, i64 0]
@optimizer_v0__k001_grad_norm_tail.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 94, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k001_grad_norm_tail.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k002_clip_coefficient.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 8256]
@optimizer_v0__k002_clip_coefficient.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 95, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k002_clip_coefficient.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k003_adamw.launch.bases = private unnamed_addr constant [10 x i64] [i64 1, i64 0, i64 4, i64 8256, i64 2, i64 0, i64 3, i64 0, i64 0, i64 0]
@optimizer_v0__k003_adamw.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 695, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @optimizer_v0__k003_adamw.launch.bases, i32 0, i32 0), i64 0, i64* null }
@.str = private unnamed_addr constant [17 x i8] c"tiny_pretraining\00"
@.str.1 = private unnamed_addr constant [17 x i8] c"tiny_pretraining\00"
@.str.2 = private unnamed_addr constant [5 x i8] c"cuda\00"
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
@bertrt_generated_device_images = external constant %bertrt_device_images
@bertrt_generated_model = constant %bertrt_model { i64 4, i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str, i32 0, i32 0), i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str.1, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.2, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.3, i32 0, i32 0), i64 1000, i64 64, i64 2, i64 4, i64 256, i64 64, i64 2, i64 0, i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.4, i32 0, i32 0), double 0x3D719799812DEA11, double 1.000000e-01, double 1.000000e-01, double 2.000000e-02, i8* getelementptr inbounds ([12 x i8], [12 x i8]* @.str.5, i32 0, i32 0), i8* getelementptr inbounds ([19 x i8], [19 x i8]* @.str.6, i32 0, i32 0), i64 1000, i8** null, i64 0, double 1.000000e-03, double 9.000000e-01, double 0x3FEFF7CED916872B, double 1.000000e-08, double 1.000000e-02, double 1.000000e-01, double 1.000000e+00, i64 3, i64 42, i64 8, i64 46, %bertrt_param* getelementptr inbounds ([46 x %bertrt_param], [46 x %bertrt_param]* @params, i32 0, i32 0), i64 177920, [6 x i64] [i64 711680, i64 711680, i64 711680, i64 711680, i64 5416128, i64 644480], i64 1, %bertrt_variant* getelementptr inbounds ([1 x %bertrt_variant], [1 x %bertrt_variant]* @variants, i32 0, i32 0), void (%bertrt_ctx*)** getelementptr inbounds ([1 x void (%bertrt_ctx*)*], [1 x void (%bertrt_ctx*)*]* @optimizer, i32 0, i32 0), i64 2, %bertrt_bucket* getelementptr inbounds ([2 x %bertrt_bucket], [2 x %bertrt_bucket]* @buckets, i32 0, i32 0), i8* bitcast (%bertrt_device_images* @bertrt_generated_device_images to i8*), i64 97, i64 128 }, align 8

; Function Attrs: nounwind
define void @forward_s32(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 273408
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 66560
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 289792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 0, %bertrt_gemm* @forward_s32__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 290048
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 132096
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 306432
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 1, %bertrt_gemm* @forward_s32__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 306688
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 197632
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 323072
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 2, %bertrt_gemm* @forward_s32__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 263168
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 323328
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 66560
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 339712
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 3, %bertrt_gemm* @forward_s32__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 340480
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 66560
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 4, %bertrt_gemm* @forward_s32__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 66560
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 407040
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 328704
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 472576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 5, %bertrt_gemm* @forward_s32__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 473344
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 66560
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 489728
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 6, %bertrt_gemm* @forward_s32__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 489984
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 132096
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 506368
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 7, %bertrt_gemm* @forward_s32__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 506624
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 197632
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 523008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 8, %bertrt_gemm* @forward_s32__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 263168
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 523264
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 65536
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 539648
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 9, %bertrt_gemm* @forward_s32__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 540416
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 65536
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 10, %bertrt_gemm* @forward_s32__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 65536
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 606976
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 327680
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 672512
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 11, %bertrt_gemm* @forward_s32__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k026_head_masked_rows.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %head.masked_rows = getelementptr inbounds i8, i8* %93, i64 0
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %cls.predictions.transform.dense.weight = getelementptr inbounds i8, i8* %95, i64 673280
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.transform.gelu = getelementptr inbounds i8, i8* %97, i64 18688
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 12, %bertrt_gemm* @forward_s32__k027_head_transform_dense_matmul.gemm, i8* %head.masked_rows, i8* %cls.predictions.transform.dense.weight, i8* %head.transform.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k027_head_transform_dense_matmul.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k028_head_transform_layernorm.launch)
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %99 = load i8*, i8** %98, align 8
  %head.transform.layernorm = getelementptr inbounds i8, i8* %99, i64 0
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %101 = load i8*, i8** %100, align 8
  %bert.embeddings.word_embeddings.weight = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %103 = load i8*, i8** %102, align 8
  %head.decoder = getelementptr inbounds i8, i8* %103, i64 7232
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %105 = load i8*, i8** %104, align 8
  %cls.predictions.bias = getelementptr inbounds i8, i8* %105, i64 690432
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 13, %bertrt_gemm* @forward_s32__k029_head_decoder_matmul.gemm, i8* %head.transform.layernorm, i8* %bert.embeddings.word_embeddings.weight, i8* %head.decoder, i8* %cls.predictions.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k030_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k031_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k033_pooler_first_token.launch)
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %107 = load i8*, i8** %106, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %107, i64 448
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %109 = load i8*, i8** %108, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %109, i64 694464
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %111 = load i8*, i8** %110, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %111, i64 2496
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %113 = load i8*, i8** %112, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %113, i64 710848
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 14, %bertrt_gemm* @forward_s32__k034_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k035_pooler_tanh.launch)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %115 = load i8*, i8** %114, align 8
  %pooler.tanh = getelementptr inbounds i8, i8* %115, i64 511360
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %117 = load i8*, i8** %116, align 8
  %cls.seq_relationship.weight = getelementptr inbounds i8, i8* %117, i64 711104
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %119 = load i8*, i8** %118, align 8
  %head.seq_relationship = getelementptr inbounds i8, i8* %119, i64 511232
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %121 = load i8*, i8** %120, align 8
  %cls.seq_relationship.bias = getelementptr inbounds i8, i8* %121, i64 711616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 15, %bertrt_gemm* @forward_s32__k036_head_seq_relationship_matmul.gemm, i8* %pooler.tanh, i8* %cls.seq_relationship.weight, i8* %head.seq_relationship, i8* %cls.seq_relationship.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k037_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k038_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k039_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k040_loss_total.launch)
  ret void
}

; Function Attrs: nounwind
declare void @bertrt_cuda_run(%bertrt_ctx*, %bertrt_cuda_kernel*) #0

; Function Attrs: nounwind
declare void @bertrt_cuda_gemm(%bertrt_ctx*, i64, %bertrt_gemm*, i8*, i8*, i8*, i8*) #0

; Function Attrs: nounwind
define void @train_s32_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 133120
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 273408
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 198656
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 289792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 16, %bertrt_gemm* @train_s32_v0__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 133120
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 290048
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 264192
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 306432
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 17, %bertrt_gemm* @train_s32_v0__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 133120
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 306688
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 329728
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 323072
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 18, %bertrt_gemm* @train_s32_v0__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 395264
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 323328
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 460800
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 339712
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 19, %bertrt_gemm* @train_s32_v0__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 460800
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 340480
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 854016
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 20, %bertrt_gemm* @train_s32_v0__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 854016
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 407040
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 1116160
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 472576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 21, %bertrt_gemm* @train_s32_v0__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 1116160
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 473344
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 1247232
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 489728
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 22, %bertrt_gemm* @train_s32_v0__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 1116160
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 489984
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 1312768
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 506368
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 23, %bertrt_gemm* @train_s32_v0__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 1116160
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 506624
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 1378304
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 523008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 24, %bertrt_gemm* @train_s32_v0__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 1443840
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 523264
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 1509376
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 539648
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 25, %bertrt_gemm* @train_s32_v0__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 1509376
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 540416
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 1902592
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 26, %bertrt_gemm* @train_s32_v0__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 1902592
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 606976
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 2164736
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 672512
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 27, %bertrt_gemm* @train_s32_v0__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k026_head_masked_rows.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %head.masked_rows = getelementptr inbounds i8, i8* %93, i64 84992
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %cls.predictions.transform.dense.weight = getelementptr inbounds i8, i8* %95, i64 673280
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.transform.gelu = getelementptr inbounds i8, i8* %97, i64 2295808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 28, %bertrt_gemm* @train_s32_v0__k027_head_transform_dense_matmul.gemm, i8* %head.masked_rows, i8* %cls.predictions.transform.dense.weight, i8* %head.transform.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k027_head_transform_dense_matmul.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k028_head_transform_layernorm.launch)
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %99 = load i8*, i8** %98, align 8
  %head.transform.layernorm = getelementptr inbounds i8, i8* %99, i64 2314496
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %101 = load i8*, i8** %100, align 8
  %bert.embeddings.word_embeddings.weight = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %103 = load i8*, i8** %102, align 8
  %head.decoder = getelementptr inbounds i8, i8* %103, i64 7232
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %105 = load i8*, i8** %104, align 8
  %cls.predictions.bias = getelementptr inbounds i8, i8* %105, i64 690432
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 29, %bertrt_gemm* @train_s32_v0__k029_head_decoder_matmul.gemm, i8* %head.transform.layernorm, i8* %bert.embeddings.word_embeddings.weight, i8* %head.decoder, i8* %cls.predictions.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k030_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k031_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k033_pooler_first_token.launch)
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %107 = load i8*, i8** %106, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %107, i64 123456
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %109 = load i8*, i8** %108, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %109, i64 694464
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %111 = load i8*, i8** %110, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %111, i64 125504
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %113 = load i8*, i8** %112, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %113, i64 710848
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 30, %bertrt_gemm* @train_s32_v0__k034_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k035_pooler_tanh.launch)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %pooler.tanh = getelementptr inbounds i8, i8* %115, i64 127552
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %117 = load i8*, i8** %116, align 8
  %cls.seq_relationship.weight = getelementptr inbounds i8, i8* %117, i64 711104
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %119 = load i8*, i8** %118, align 8
  %head.seq_relationship = getelementptr inbounds i8, i8* %119, i64 511232
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %121 = load i8*, i8** %120, align 8
  %cls.seq_relationship.bias = getelementptr inbounds i8, i8* %121, i64 711616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 31, %bertrt_gemm* @train_s32_v0__k036_head_seq_relationship_matmul.gemm, i8* %pooler.tanh, i8* %cls.seq_relationship.weight, i8* %head.seq_relationship, i8* %cls.seq_relationship.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k037_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k038_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k039_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k040_loss_total.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k041_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k042_grad_head_seq_relationship_in1_sum.launch)
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %123 = load i8*, i8** %122, align 8
  %grad.loss = getelementptr inbounds i8, i8* %123, i64 123136
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %125 = load i8*, i8** %124, align 8
  %cls.seq_relationship.weight7 = getelementptr inbounds i8, i8* %125, i64 711104
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %grad.head.seq_relationship.matmul.a = getelementptr inbounds i8, i8* %127, i64 125504
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 32, %bertrt_gemm* @train_s32_v0__k043_grad_head_seq_relationship_matmul_a.gemm, i8* %grad.loss, i8* %cls.seq_relationship.weight7, i8* %grad.head.seq_relationship.matmul.a, i8* null)
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %129, i64 123136
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %131 = load i8*, i8** %130, align 8
  %pooler.tanh9 = getelementptr inbounds i8, i8* %131, i64 127552
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %133 = load i8*, i8** %132, align 8
  %cls.seq_relationship.weight10 = getelementptr inbounds i8, i8* %133, i64 711104
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 33, %bertrt_gemm* @train_s32_v0__k044_grad_head_seq_relationship_matmul_b.gemm, i8* %grad.loss8, i8* %pooler.tanh9, i8* %cls.seq_relationship.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k045_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k046_grad_pooler_dense_in1_sum.launch)
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %135 = load i8*, i8** %134, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %135, i64 129600
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %137 = load i8*, i8** %136, align 8
  %bert.pooler.dense.weight11 = getelementptr inbounds i8, i8* %137, i64 694464
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %grad.pooler.dense.matmul.a = getelementptr inbounds i8, i8* %139, i64 125504
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 34, %bertrt_gemm* @train_s32_v0__k047_grad_pooler_dense_matmul_a.gemm, i8* %grad.pooler.tanh, i8* %bert.pooler.dense.weight11, i8* %grad.pooler.dense.matmul.a, i8* null)
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %grad.pooler.tanh12 = getelementptr inbounds i8, i8* %141, i64 129600
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %143 = load i8*, i8** %142, align 8
  %pooler.first_token13 = getelementptr inbounds i8, i8* %143, i64 123456
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %145 = load i8*, i8** %144, align 8
  %bert.pooler.dense.weight14 = getelementptr inbounds i8, i8* %145, i64 694464
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 35, %bertrt_gemm* @train_s32_v0__k048_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh12, i8* %pooler.first_token13, i8* %bert.pooler.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k049_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k050_grad_head_decoder_in1_sum.launch)
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %147 = load i8*, i8** %146, align 8
  %grad.loss15 = getelementptr inbounds i8, i8* %147, i64 2333184
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %149 = load i8*, i8** %148, align 8
  %bert.embeddings.word_embeddings.weight16 = getelementptr inbounds i8, i8* %149, i64 0
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %grad.head.decoder.matmul.a = getelementptr inbounds i8, i8* %151, i64 2164736
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 36, %bertrt_gemm* @train_s32_v0__k051_grad_head_decoder_matmul_a.gemm, i8* %grad.loss15, i8* %bert.embeddings.word_embeddings.weight16, i8* %grad.head.decoder.matmul.a, i8* null)
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %grad.loss17 = getelementptr inbounds i8, i8* %153, i64 2333184
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %155 = load i8*, i8** %154, align 8
  %head.transform.layernorm18 = getelementptr inbounds i8, i8* %155, i64 2314496
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %grad.head.decoder.matmul.b = getelementptr inbounds i8, i8* %157, i64 2625216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 37, %bertrt_gemm* @train_s32_v0__k052_grad_head_decoder_matmul_b.gemm, i8* %grad.loss17, i8* %head.transform.layernorm18, i8* %grad.head.decoder.matmul.b, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k053_grad_head_transform_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k054_grad_head_transform_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k055_grad_head_transform_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k056_grad_head_transform_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k057_grad_head_transform_dense_in1_sum.launch)
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %159 = load i8*, i8** %158, align 8
  %grad.head.transform.gelu = getelementptr inbounds i8, i8* %159, i64 2164736
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %161 = load i8*, i8** %160, align 8
  %cls.predictions.transform.dense.weight19 = getelementptr inbounds i8, i8* %161, i64 673280
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %grad.head.transform.dense.matmul.a = getelementptr inbounds i8, i8* %163, i64 103680
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 38, %bertrt_gemm* @train_s32_v0__k058_grad_head_transform_dense_matmul_a.gemm, i8* %grad.head.transform.gelu, i8* %cls.predictions.transform.dense.weight19, i8* %grad.head.transform.dense.matmul.a, i8* null)
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %grad.head.transform.gelu20 = getelementptr inbounds i8, i8* %165, i64 2164736
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %167 = load i8*, i8** %166, align 8
  %head.masked_rows21 = getelementptr inbounds i8, i8* %167, i64 84992
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %169 = load i8*, i8** %168, align 8
  %cls.predictions.transform.dense.weight22 = getelementptr inbounds i8, i8* %169, i64 673280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 39, %bertrt_gemm* @train_s32_v0__k059_grad_head_transform_dense_matmul_b.gemm, i8* %grad.head.transform.gelu20, i8* %head.masked_rows21, i8* %cls.predictions.transform.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k060_grad_head_masked_rows.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k061_grad_layer_1_ffn_layernorm_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k062_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k063_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k064_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k065_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k066_grad_layer_1_ffn_output_in1_sum.launch)
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %171 = load i8*, i8** %170, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %171, i64 2230272
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %173 = load i8*, i8** %172, align 8
  %bert.encoder.layer.1.output.dense.weight23 = getelementptr inbounds i8, i8* %173, i64 606976
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %175, i64 2295808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 40, %bertrt_gemm* @train_s32_v0__k067_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight23, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %grad.layer.1.ffn.dropout24 = getelementptr inbounds i8, i8* %177, i64 2230272
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %179 = load i8*, i8** %178, align 8
  %layer.1.ffn.gelu25 = getelementptr inbounds i8, i8* %179, i64 1902592
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %181 = load i8*, i8** %180, align 8
  %bert.encoder.layer.1.output.dense.weight26 = getelementptr inbounds i8, i8* %181, i64 606976
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 41, %bertrt_gemm* @train_s32_v0__k068_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout24, i8* %layer.1.ffn.gelu25, i8* %bert.encoder.layer.1.output.dense.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k069_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k070_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %183 = load i8*, i8** %182, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %183, i64 1902592
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %185 = load i8*, i8** %184, align 8
  %bert.encoder.layer.1.intermediate.dense.weight27 = getelementptr inbounds i8, i8* %185, i64 540416
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %187, i64 1640448
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 42, %bertrt_gemm* @train_s32_v0__k071_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight27, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k072_grad_layer_1_attention_layernorm_sum.launch)
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %grad.layer.1.ffn.gelu28 = getelementptr inbounds i8, i8* %189, i64 1902592
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %191 = load i8*, i8** %190, align 8
  %layer.1.attention.layernorm29 = getelementptr inbounds i8, i8* %191, i64 1509376
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %193 = load i8*, i8** %192, align 8
  %bert.encoder.layer.1.intermediate.dense.weight30 = getelementptr inbounds i8, i8* %193, i64 540416
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 43, %bertrt_gemm* @train_s32_v0__k073_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu28, i8* %layer.1.attention.layernorm29, i8* %bert.encoder.layer.1.intermediate.dense.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k074_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k075_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k076_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k077_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k078_grad_layer_1_attention_output_in1_sum.launch)
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %195 = load i8*, i8** %194, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %195, i64 1574912
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %197 = load i8*, i8** %196, align 8
  %bert.encoder.layer.1.attention.output.dense.weight31 = getelementptr inbounds i8, i8* %197, i64 523264
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %199 = load i8*, i8** %198, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %199, i64 1640448
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 44, %bertrt_gemm* @train_s32_v0__k079_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight31, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %grad.layer.1.attention.output_dropout32 = getelementptr inbounds i8, i8* %201, i64 1574912
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %203 = load i8*, i8** %202, align 8
  %layer.1.attention.context33 = getelementptr inbounds i8, i8* %203, i64 1443840
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %205 = load i8*, i8** %204, align 8
  %bert.encoder.layer.1.attention.output.dense.weight34 = getelementptr inbounds i8, i8* %205, i64 523264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 45, %bertrt_gemm* @train_s32_v0__k080_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout32, i8* %layer.1.attention.context33, i8* %bert.encoder.layer.1.attention.output.dense.weight34, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k081_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k082_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k083_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k084_grad_layer_1_attention_value_in1_sum.launch)
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %207 = load i8*, i8** %206, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %207, i64 1443840
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %209 = load i8*, i8** %208, align 8
  %bert.encoder.layer.1.attention.self.value.weight35 = getelementptr inbounds i8, i8* %209, i64 506624
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %211 = load i8*, i8** %210, align 8
  %grad.layer.1.attention.value.matmul.a = getelementptr inbounds i8, i8* %211, i64 1247232
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 46, %bertrt_gemm* @train_s32_v0__k085_grad_layer_1_attention_value_matmul_a.gemm, i8* %grad.layer.1.attention.context.b, i8* %bert.encoder.layer.1.attention.self.value.weight35, i8* %grad.layer.1.attention.value.matmul.a, i8* null)
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %grad.layer.1.attention.context.b36 = getelementptr inbounds i8, i8* %213, i64 1443840
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %215 = load i8*, i8** %214, align 8
  %layer.0.ffn.layernorm37 = getelementptr inbounds i8, i8* %215, i64 1116160
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %217 = load i8*, i8** %216, align 8
  %bert.encoder.layer.1.attention.self.value.weight38 = getelementptr inbounds i8, i8* %217, i64 506624
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 47, %bertrt_gemm* @train_s32_v0__k086_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b36, i8* %layer.0.ffn.layernorm37, i8* %bert.encoder.layer.1.attention.self.value.weight38, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k087_grad_layer_1_attention_key_in1_sum.launch)
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %219 = load i8*, i8** %218, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %219, i64 1574912
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %221 = load i8*, i8** %220, align 8
  %bert.encoder.layer.1.attention.self.key.weight39 = getelementptr inbounds i8, i8* %221, i64 489984
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %223 = load i8*, i8** %222, align 8
  %grad.layer.1.attention.key.matmul.a = getelementptr inbounds i8, i8* %223, i64 1312768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 48, %bertrt_gemm* @train_s32_v0__k088_grad_layer_1_attention_key_matmul_a.gemm, i8* %grad.layer.1.attention.scores.b, i8* %bert.encoder.layer.1.attention.self.key.weight39, i8* %grad.layer.1.attention.key.matmul.a, i8* null)
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %225 = load i8*, i8** %224, align 8
  %grad.layer.1.attention.scores.b40 = getelementptr inbounds i8, i8* %225, i64 1574912
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %227 = load i8*, i8** %226, align 8
  %layer.0.ffn.layernorm41 = getelementptr inbounds i8, i8* %227, i64 1116160
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %229 = load i8*, i8** %228, align 8
  %bert.encoder.layer.1.attention.self.key.weight42 = getelementptr inbounds i8, i8* %229, i64 489984
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 49, %bertrt_gemm* @train_s32_v0__k089_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b40, i8* %layer.0.ffn.layernorm41, i8* %bert.encoder.layer.1.attention.self.key.weight42, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k090_grad_layer_1_attention_query_in1_sum.launch)
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %231 = load i8*, i8** %230, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %231, i64 1705984
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %233 = load i8*, i8** %232, align 8
  %bert.encoder.layer.1.attention.self.query.weight43 = getelementptr inbounds i8, i8* %233, i64 473344
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %235 = load i8*, i8** %234, align 8
  %grad.layer.1.attention.query.matmul.a = getelementptr inbounds i8, i8* %235, i64 1378304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 50, %bertrt_gemm* @train_s32_v0__k091_grad_layer_1_attention_query_matmul_a.gemm, i8* %grad.layer.1.attention.scores.a, i8* %bert.encoder.layer.1.attention.self.query.weight43, i8* %grad.layer.1.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k092_grad_layer_0_ffn_layernorm_sum.launch)
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %237 = load i8*, i8** %236, align 8
  %grad.layer.1.attention.scores.a44 = getelementptr inbounds i8, i8* %237, i64 1705984
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %239 = load i8*, i8** %238, align 8
  %layer.0.ffn.layernorm45 = getelementptr inbounds i8, i8* %239, i64 1116160
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %241 = load i8*, i8** %240, align 8
  %bert.encoder.layer.1.attention.self.query.weight46 = getelementptr inbounds i8, i8* %241, i64 473344
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 51, %bertrt_gemm* @train_s32_v0__k093_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a44, i8* %layer.0.ffn.layernorm45, i8* %bert.encoder.layer.1.attention.self.query.weight46, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k094_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k095_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k096_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k097_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k098_grad_layer_0_ffn_output_in1_sum.launch)
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %243 = load i8*, i8** %242, align 8
  %grad.layer.0.ffn.dropout = getelementptr inbounds i8, i8* %243, i64 1181696
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %245 = load i8*, i8** %244, align 8
  %bert.encoder.layer.0.output.dense.weight47 = getelementptr inbounds i8, i8* %245, i64 407040
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %247 = load i8*, i8** %246, align 8
  %grad.layer.0.ffn.output.matmul.a = getelementptr inbounds i8, i8* %247, i64 1247232
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 52, %bertrt_gemm* @train_s32_v0__k099_grad_layer_0_ffn_output_matmul_a.gemm, i8* %grad.layer.0.ffn.dropout, i8* %bert.encoder.layer.0.output.dense.weight47, i8* %grad.layer.0.ffn.output.matmul.a, i8* null)
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %249 = load i8*, i8** %248, align 8
  %grad.layer.0.ffn.dropout48 = getelementptr inbounds i8, i8* %249, i64 1181696
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %251 = load i8*, i8** %250, align 8
  %layer.0.ffn.gelu49 = getelementptr inbounds i8, i8* %251, i64 854016
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %253 = load i8*, i8** %252, align 8
  %bert.encoder.layer.0.output.dense.weight50 = getelementptr inbounds i8, i8* %253, i64 407040
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 53, %bertrt_gemm* @train_s32_v0__k100_grad_layer_0_ffn_output_matmul_b.gemm, i8* %grad.layer.0.ffn.dropout48, i8* %layer.0.ffn.gelu49, i8* %bert.encoder.layer.0.output.dense.weight50, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k101_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k102_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %255 = load i8*, i8** %254, align 8
  %grad.layer.0.ffn.gelu = getelementptr inbounds i8, i8* %255, i64 854016
  %256 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %257 = load i8*, i8** %256, align 8
  %bert.encoder.layer.0.intermediate.dense.weight51 = getelementptr inbounds i8, i8* %257, i64 340480
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %259 = load i8*, i8** %258, align 8
  %grad.layer.0.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %259, i64 591872
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 54, %bertrt_gemm* @train_s32_v0__k103_grad_layer_0_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.0.ffn.gelu, i8* %bert.encoder.layer.0.intermediate.dense.weight51, i8* %grad.layer.0.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k104_grad_layer_0_attention_layernorm_sum.launch)
  %260 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %261 = load i8*, i8** %260, align 8
  %grad.layer.0.ffn.gelu52 = getelementptr inbounds i8, i8* %261, i64 854016
  %262 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %263 = load i8*, i8** %262, align 8
  %layer.0.attention.layernorm53 = getelementptr inbounds i8, i8* %263, i64 460800
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %265 = load i8*, i8** %264, align 8
  %bert.encoder.layer.0.intermediate.dense.weight54 = getelementptr inbounds i8, i8* %265, i64 340480
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 55, %bertrt_gemm* @train_s32_v0__k105_grad_layer_0_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.0.ffn.gelu52, i8* %layer.0.attention.layernorm53, i8* %bert.encoder.layer.0.intermediate.dense.weight54, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k106_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k107_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k108_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k109_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k110_grad_layer_0_attention_output_in1_sum.launch)
  %266 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %267 = load i8*, i8** %266, align 8
  %grad.layer.0.attention.output_dropout = getelementptr inbounds i8, i8* %267, i64 526336
  %268 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %269 = load i8*, i8** %268, align 8
  %bert.encoder.layer.0.attention.output.dense.weight55 = getelementptr inbounds i8, i8* %269, i64 323328
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %271 = load i8*, i8** %270, align 8
  %grad.layer.0.attention.output.matmul.a = getelementptr inbounds i8, i8* %271, i64 591872
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 56, %bertrt_gemm* @train_s32_v0__k111_grad_layer_0_attention_output_matmul_a.gemm, i8* %grad.layer.0.attention.output_dropout, i8* %bert.encoder.layer.0.attention.output.dense.weight55, i8* %grad.layer.0.attention.output.matmul.a, i8* null)
  %272 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %273 = load i8*, i8** %272, align 8
  %grad.layer.0.attention.output_dropout56 = getelementptr inbounds i8, i8* %273, i64 526336
  %274 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %275 = load i8*, i8** %274, align 8
  %layer.0.attention.context57 = getelementptr inbounds i8, i8* %275, i64 395264
  %276 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %277 = load i8*, i8** %276, align 8
  %bert.encoder.layer.0.attention.output.dense.weight58 = getelementptr inbounds i8, i8* %277, i64 323328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 57, %bertrt_gemm* @train_s32_v0__k112_grad_layer_0_attention_output_matmul_b.gemm, i8* %grad.layer.0.attention.output_dropout56, i8* %layer.0.attention.context57, i8* %bert.encoder.layer.0.attention.output.dense.weight58, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k113_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k114_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k115_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k116_grad_layer_0_attention_value_in1_sum.launch)
  %278 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %279 = load i8*, i8** %278, align 8
  %grad.layer.0.attention.context.b = getelementptr inbounds i8, i8* %279, i64 395264
  %280 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %281 = load i8*, i8** %280, align 8
  %bert.encoder.layer.0.attention.self.value.weight59 = getelementptr inbounds i8, i8* %281, i64 306688
  %282 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %283 = load i8*, i8** %282, align 8
  %grad.layer.0.attention.value.matmul.a = getelementptr inbounds i8, i8* %283, i64 67584
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 58, %bertrt_gemm* @train_s32_v0__k117_grad_layer_0_attention_value_matmul_a.gemm, i8* %grad.layer.0.attention.context.b, i8* %bert.encoder.layer.0.attention.self.value.weight59, i8* %grad.layer.0.attention.value.matmul.a, i8* null)
  %284 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %285 = load i8*, i8** %284, align 8
  %grad.layer.0.attention.context.b60 = getelementptr inbounds i8, i8* %285, i64 395264
  %286 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %287 = load i8*, i8** %286, align 8
  %embeddings.dropout61 = getelementptr inbounds i8, i8* %287, i64 133120
  %288 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %289 = load i8*, i8** %288, align 8
  %bert.encoder.layer.0.attention.self.value.weight62 = getelementptr inbounds i8, i8* %289, i64 306688
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 59, %bertrt_gemm* @train_s32_v0__k118_grad_layer_0_attention_value_matmul_b.gemm, i8* %grad.layer.0.attention.context.b60, i8* %embeddings.dropout61, i8* %bert.encoder.layer.0.attention.self.value.weight62, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k119_grad_layer_0_attention_key_in1_sum.launch)
  %290 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %291 = load i8*, i8** %290, align 8
  %grad.layer.0.attention.scores.b = getelementptr inbounds i8, i8* %291, i64 526336
  %292 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %293 = load i8*, i8** %292, align 8
  %bert.encoder.layer.0.attention.self.key.weight63 = getelementptr inbounds i8, i8* %293, i64 290048
  %294 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %295 = load i8*, i8** %294, align 8
  %grad.layer.0.attention.key.matmul.a = getelementptr inbounds i8, i8* %295, i64 198656
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 60, %bertrt_gemm* @train_s32_v0__k120_grad_layer_0_attention_key_matmul_a.gemm, i8* %grad.layer.0.attention.scores.b, i8* %bert.encoder.layer.0.attention.self.key.weight63, i8* %grad.layer.0.attention.key.matmul.a, i8* null)
  %296 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %297 = load i8*, i8** %296, align 8
  %grad.layer.0.attention.scores.b64 = getelementptr inbounds i8, i8* %297, i64 526336
  %298 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %299 = load i8*, i8** %298, align 8
  %embeddings.dropout65 = getelementptr inbounds i8, i8* %299, i64 133120
  %300 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %301 = load i8*, i8** %300, align 8
  %bert.encoder.layer.0.attention.self.key.weight66 = getelementptr inbounds i8, i8* %301, i64 290048
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 61, %bertrt_gemm* @train_s32_v0__k121_grad_layer_0_attention_key_matmul_b.gemm, i8* %grad.layer.0.attention.scores.b64, i8* %embeddings.dropout65, i8* %bert.encoder.layer.0.attention.self.key.weight66, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k122_grad_layer_0_attention_query_in1_sum.launch)
  %302 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %303 = load i8*, i8** %302, align 8
  %grad.layer.0.attention.scores.a = getelementptr inbounds i8, i8* %303, i64 657408
  %304 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %305 = load i8*, i8** %304, align 8
  %bert.encoder.layer.0.attention.self.query.weight67 = getelementptr inbounds i8, i8* %305, i64 273408
  %306 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %307 = load i8*, i8** %306, align 8
  %grad.layer.0.attention.query.matmul.a = getelementptr inbounds i8, i8* %307, i64 264192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 62, %bertrt_gemm* @train_s32_v0__k123_grad_layer_0_attention_query_matmul_a.gemm, i8* %grad.layer.0.attention.scores.a, i8* %bert.encoder.layer.0.attention.self.query.weight67, i8* %grad.layer.0.attention.query.matmul.a, i8* null)
  %308 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %309 = load i8*, i8** %308, align 8
  %grad.layer.0.attention.scores.a68 = getelementptr inbounds i8, i8* %309, i64 657408
  %310 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %311 = load i8*, i8** %310, align 8
  %embeddings.dropout69 = getelementptr inbounds i8, i8* %311, i64 133120
  %312 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %313 = load i8*, i8** %312, align 8
  %bert.encoder.layer.0.attention.self.query.weight70 = getelementptr inbounds i8, i8* %313, i64 273408
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 63, %bertrt_gemm* @train_s32_v0__k124_grad_layer_0_attention_query_matmul_b.gemm, i8* %grad.layer.0.attention.scores.a68, i8* %embeddings.dropout69, i8* %bert.encoder.layer.0.attention.self.query.weight70, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k125_grad_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k126_grad_embeddings_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k127_grad_embeddings_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k128_grad_embeddings_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k129_grad_embeddings_sum_in1_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k130_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k131_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k132_grad_embeddings_token_type.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k133_grad_embeddings_word.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k134_grad_bert_embeddings_word_embeddings_weight_sum.launch)
  ret void
}

; Function Attrs: nounwind
define void @forward_s64(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 273408
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 133120
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 289792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 64, %bertrt_gemm* @forward_s64__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 290048
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 264192
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 306432
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 65, %bertrt_gemm* @forward_s64__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 306688
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 395264
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 323072
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 66, %bertrt_gemm* @forward_s64__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 526336
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 323328
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 133120
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 339712
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 67, %bertrt_gemm* @forward_s64__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 340480
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 133120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 68, %bertrt_gemm* @forward_s64__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 133120
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 407040
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 657408
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 472576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 69, %bertrt_gemm* @forward_s64__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 473344
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 133120
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 489728
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 70, %bertrt_gemm* @forward_s64__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 489984
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 264192
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 506368
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 71, %bertrt_gemm* @forward_s64__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 506624
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 395264
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 523008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 72, %bertrt_gemm* @forward_s64__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 526336
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 523264
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 131072
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 539648
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 73, %bertrt_gemm* @forward_s64__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 540416
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 131072
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 74, %bertrt_gemm* @forward_s64__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 131072
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 606976
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 655360
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 672512
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 75, %bertrt_gemm* @forward_s64__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k026_head_masked_rows.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %head.masked_rows = getelementptr inbounds i8, i8* %93, i64 0
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %cls.predictions.transform.dense.weight = getelementptr inbounds i8, i8* %95, i64 673280
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.transform.gelu = getelementptr inbounds i8, i8* %97, i64 32256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 76, %bertrt_gemm* @forward_s64__k027_head_transform_dense_matmul.gemm, i8* %head.masked_rows, i8* %cls.predictions.transform.dense.weight, i8* %head.transform.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k027_head_transform_dense_matmul.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k028_head_transform_layernorm.launch)
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %99 = load i8*, i8** %98, align 8
  %head.transform.layernorm = getelementptr inbounds i8, i8* %99, i64 0
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %101 = load i8*, i8** %100, align 8
  %bert.embeddings.word_embeddings.weight = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %103 = load i8*, i8** %102, align 8
  %head.decoder = getelementptr inbounds i8, i8* %103, i64 7232
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %105 = load i8*, i8** %104, align 8
  %cls.predictions.bias = getelementptr inbounds i8, i8* %105, i64 690432
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 77, %bertrt_gemm* @forward_s64__k029_head_decoder_matmul.gemm, i8* %head.transform.layernorm, i8* %bert.embeddings.word_embeddings.weight, i8* %head.decoder, i8* %cls.predictions.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k030_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k031_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k033_pooler_first_token.launch)
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %107 = load i8*, i8** %106, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %107, i64 640
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %109 = load i8*, i8** %108, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %109, i64 694464
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %111 = load i8*, i8** %110, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %111, i64 2688
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %113 = load i8*, i8** %112, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %113, i64 710848
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 78, %bertrt_gemm* @forward_s64__k034_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k035_pooler_tanh.launch)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %115 = load i8*, i8** %114, align 8
  %pooler.tanh = getelementptr inbounds i8, i8* %115, i64 511360
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %117 = load i8*, i8** %116, align 8
  %cls.seq_relationship.weight = getelementptr inbounds i8, i8* %117, i64 711104
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %119 = load i8*, i8** %118, align 8
  %head.seq_relationship = getelementptr inbounds i8, i8* %119, i64 511232
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %121 = load i8*, i8** %120, align 8
  %cls.seq_relationship.bias = getelementptr inbounds i8, i8* %121, i64 711616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 79, %bertrt_gemm* @forward_s64__k036_head_seq_relationship_matmul.gemm, i8* %pooler.tanh, i8* %cls.seq_relationship.weight, i8* %head.seq_relationship, i8* %cls.seq_relationship.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k037_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k038_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k039_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k040_loss_total.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s64_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 266240
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 273408
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 397312
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 289792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 80, %bertrt_gemm* @train_s64_v0__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 266240
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 290048
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 528384
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 306432
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 81, %bertrt_gemm* @train_s64_v0__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 266240
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 306688
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 659456
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 323072
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 82, %bertrt_gemm* @train_s64_v0__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 790528
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 323328
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 921600
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 339712
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 83, %bertrt_gemm* @train_s64_v0__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 921600
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 340480
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 1708032
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 84, %bertrt_gemm* @train_s64_v0__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 1708032
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 407040
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 2232320
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 472576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 85, %bertrt_gemm* @train_s64_v0__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 2232320
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 473344
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 2494464
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 489728
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 86, %bertrt_gemm* @train_s64_v0__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 2232320
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 489984
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 2625536
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 506368
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 87, %bertrt_gemm* @train_s64_v0__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 2232320
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 506624
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 2756608
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 523008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 88, %bertrt_gemm* @train_s64_v0__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 2887680
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 523264
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 3018752
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 539648
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 89, %bertrt_gemm* @train_s64_v0__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 3018752
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 540416
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 3805184
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 90, %bertrt_gemm* @train_s64_v0__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 3805184
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 606976
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 4329472
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 672512
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 91, %bertrt_gemm* @train_s64_v0__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k026_head_masked_rows.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %head.masked_rows = getelementptr inbounds i8, i8* %93, i64 169984
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %cls.predictions.transform.dense.weight = getelementptr inbounds i8, i8* %95, i64 673280
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.transform.gelu = getelementptr inbounds i8, i8* %97, i64 4591616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 92, %bertrt_gemm* @train_s64_v0__k027_head_transform_dense_matmul.gemm, i8* %head.masked_rows, i8* %cls.predictions.transform.dense.weight, i8* %head.transform.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k027_head_transform_dense_matmul.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k028_head_transform_layernorm.launch)
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %99 = load i8*, i8** %98, align 8
  %head.transform.layernorm = getelementptr inbounds i8, i8* %99, i64 4623872
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %101 = load i8*, i8** %100, align 8
  %bert.embeddings.word_embeddings.weight = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %103 = load i8*, i8** %102, align 8
  %head.decoder = getelementptr inbounds i8, i8* %103, i64 7232
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %105 = load i8*, i8** %104, align 8
  %cls.predictions.bias = getelementptr inbounds i8, i8* %105, i64 690432
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 93, %bertrt_gemm* @train_s64_v0__k029_head_decoder_matmul.gemm, i8* %head.transform.layernorm, i8* %bert.embeddings.word_embeddings.weight, i8* %head.decoder, i8* %cls.predictions.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k030_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k031_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k033_pooler_first_token.launch)
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %107 = load i8*, i8** %106, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %107, i64 236160
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %109 = load i8*, i8** %108, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %109, i64 694464
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %111 = load i8*, i8** %110, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %111, i64 238208
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %113 = load i8*, i8** %112, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %113, i64 710848
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 94, %bertrt_gemm* @train_s64_v0__k034_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k035_pooler_tanh.launch)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %pooler.tanh = getelementptr inbounds i8, i8* %115, i64 240256
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %117 = load i8*, i8** %116, align 8
  %cls.seq_relationship.weight = getelementptr inbounds i8, i8* %117, i64 711104
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %119 = load i8*, i8** %118, align 8
  %head.seq_relationship = getelementptr inbounds i8, i8* %119, i64 511232
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %121 = load i8*, i8** %120, align 8
  %cls.seq_relationship.bias = getelementptr inbounds i8, i8* %121, i64 711616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 95, %bertrt_gemm* @train_s64_v0__k036_head_seq_relationship_matmul.gemm, i8* %pooler.tanh, i8* %cls.seq_relationship.weight, i8* %head.seq_relationship, i8* %cls.seq_relationship.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k037_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k038_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k039_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k040_loss_total.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k041_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k042_grad_head_seq_relationship_in1_sum.launch)
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %123 = load i8*, i8** %122, align 8
  %grad.loss = getelementptr inbounds i8, i8* %123, i64 235648
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %125 = load i8*, i8** %124, align 8
  %cls.seq_relationship.weight7 = getelementptr inbounds i8, i8* %125, i64 711104
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %grad.head.seq_relationship.matmul.a = getelementptr inbounds i8, i8* %127, i64 238208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 96, %bertrt_gemm* @train_s64_v0__k043_grad_head_seq_relationship_matmul_a.gemm, i8* %grad.loss, i8* %cls.seq_relationship.weight7, i8* %grad.head.seq_relationship.matmul.a, i8* null)
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %129, i64 235648
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %131 = load i8*, i8** %130, align 8
  %pooler.tanh9 = getelementptr inbounds i8, i8* %131, i64 240256
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %133 = load i8*, i8** %132, align 8
  %cls.seq_relationship.weight10 = getelementptr inbounds i8, i8* %133, i64 711104
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 97, %bertrt_gemm* @train_s64_v0__k044_grad_head_seq_relationship_matmul_b.gemm, i8* %grad.loss8, i8* %pooler.tanh9, i8* %cls.seq_relationship.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k045_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k046_grad_pooler_dense_in1_sum.launch)
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %135 = load i8*, i8** %134, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %135, i64 242304
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %137 = load i8*, i8** %136, align 8
  %bert.pooler.dense.weight11 = getelementptr inbounds i8, i8* %137, i64 694464
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %grad.pooler.dense.matmul.a = getelementptr inbounds i8, i8* %139, i64 238208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 98, %bertrt_gemm* @train_s64_v0__k047_grad_pooler_dense_matmul_a.gemm, i8* %grad.pooler.tanh, i8* %bert.pooler.dense.weight11, i8* %grad.pooler.dense.matmul.a, i8* null)
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %grad.pooler.tanh12 = getelementptr inbounds i8, i8* %141, i64 242304
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %143 = load i8*, i8** %142, align 8
  %pooler.first_token13 = getelementptr inbounds i8, i8* %143, i64 236160
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %145 = load i8*, i8** %144, align 8
  %bert.pooler.dense.weight14 = getelementptr inbounds i8, i8* %145, i64 694464
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 99, %bertrt_gemm* @train_s64_v0__k048_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh12, i8* %pooler.first_token13, i8* %bert.pooler.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k049_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k050_grad_head_decoder_in1_sum.launch)
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %147 = load i8*, i8** %146, align 8
  %grad.loss15 = getelementptr inbounds i8, i8* %147, i64 4656128
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %149 = load i8*, i8** %148, align 8
  %bert.embeddings.word_embeddings.weight16 = getelementptr inbounds i8, i8* %149, i64 0
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %grad.head.decoder.matmul.a = getelementptr inbounds i8, i8* %151, i64 4329472
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 100, %bertrt_gemm* @train_s64_v0__k051_grad_head_decoder_matmul_a.gemm, i8* %grad.loss15, i8* %bert.embeddings.word_embeddings.weight16, i8* %grad.head.decoder.matmul.a, i8* null)
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %grad.loss17 = getelementptr inbounds i8, i8* %153, i64 4656128
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %155 = load i8*, i8** %154, align 8
  %head.transform.layernorm18 = getelementptr inbounds i8, i8* %155, i64 4623872
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %grad.head.decoder.matmul.b = getelementptr inbounds i8, i8* %157, i64 5160128
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 101, %bertrt_gemm* @train_s64_v0__k052_grad_head_decoder_matmul_b.gemm, i8* %grad.loss17, i8* %head.transform.layernorm18, i8* %grad.head.decoder.matmul.b, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k053_grad_head_transform_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k054_grad_head_transform_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k055_grad_head_transform_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k056_grad_head_transform_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k057_grad_head_transform_dense_in1_sum.launch)
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %159 = load i8*, i8** %158, align 8
  %grad.head.transform.gelu = getelementptr inbounds i8, i8* %159, i64 4329472
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %161 = load i8*, i8** %160, align 8
  %cls.predictions.transform.dense.weight19 = getelementptr inbounds i8, i8* %161, i64 673280
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %grad.head.transform.dense.matmul.a = getelementptr inbounds i8, i8* %163, i64 202240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 102, %bertrt_gemm* @train_s64_v0__k058_grad_head_transform_dense_matmul_a.gemm, i8* %grad.head.transform.gelu, i8* %cls.predictions.transform.dense.weight19, i8* %grad.head.transform.dense.matmul.a, i8* null)
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %grad.head.transform.gelu20 = getelementptr inbounds i8, i8* %165, i64 4329472
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %167 = load i8*, i8** %166, align 8
  %head.masked_rows21 = getelementptr inbounds i8, i8* %167, i64 169984
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %169 = load i8*, i8** %168, align 8
  %cls.predictions.transform.dense.weight22 = getelementptr inbounds i8, i8* %169, i64 673280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 103, %bertrt_gemm* @train_s64_v0__k059_grad_head_transform_dense_matmul_b.gemm, i8* %grad.head.transform.gelu20, i8* %head.masked_rows21, i8* %cls.predictions.transform.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k060_grad_head_masked_rows.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k061_grad_layer_1_ffn_layernorm_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k062_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k063_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k064_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k065_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k066_grad_layer_1_ffn_output_in1_sum.launch)
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %171 = load i8*, i8** %170, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %171, i64 4460544
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %173 = load i8*, i8** %172, align 8
  %bert.encoder.layer.1.output.dense.weight23 = getelementptr inbounds i8, i8* %173, i64 606976
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %175, i64 4591616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 104, %bertrt_gemm* @train_s64_v0__k067_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight23, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %grad.layer.1.ffn.dropout24 = getelementptr inbounds i8, i8* %177, i64 4460544
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %179 = load i8*, i8** %178, align 8
  %layer.1.ffn.gelu25 = getelementptr inbounds i8, i8* %179, i64 3805184
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %181 = load i8*, i8** %180, align 8
  %bert.encoder.layer.1.output.dense.weight26 = getelementptr inbounds i8, i8* %181, i64 606976
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 105, %bertrt_gemm* @train_s64_v0__k068_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout24, i8* %layer.1.ffn.gelu25, i8* %bert.encoder.layer.1.output.dense.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k069_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k070_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %183 = load i8*, i8** %182, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %183, i64 3805184
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %185 = load i8*, i8** %184, align 8
  %bert.encoder.layer.1.intermediate.dense.weight27 = getelementptr inbounds i8, i8* %185, i64 540416
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %187, i64 3280896
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 106, %bertrt_gemm* @train_s64_v0__k071_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight27, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k072_grad_layer_1_attention_layernorm_sum.launch)
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %grad.layer.1.ffn.gelu28 = getelementptr inbounds i8, i8* %189, i64 3805184
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %191 = load i8*, i8** %190, align 8
  %layer.1.attention.layernorm29 = getelementptr inbounds i8, i8* %191, i64 3018752
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %193 = load i8*, i8** %192, align 8
  %bert.encoder.layer.1.intermediate.dense.weight30 = getelementptr inbounds i8, i8* %193, i64 540416
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 107, %bertrt_gemm* @train_s64_v0__k073_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu28, i8* %layer.1.attention.layernorm29, i8* %bert.encoder.layer.1.intermediate.dense.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k074_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k075_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k076_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k077_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k078_grad_layer_1_attention_output_in1_sum.launch)
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %195 = load i8*, i8** %194, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %195, i64 3149824
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %197 = load i8*, i8** %196, align 8
  %bert.encoder.layer.1.attention.output.dense.weight31 = getelementptr inbounds i8, i8* %197, i64 523264
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %199 = load i8*, i8** %198, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %199, i64 3280896
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 108, %bertrt_gemm* @train_s64_v0__k079_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight31, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %grad.layer.1.attention.output_dropout32 = getelementptr inbounds i8, i8* %201, i64 3149824
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %203 = load i8*, i8** %202, align 8
  %layer.1.attention.context33 = getelementptr inbounds i8, i8* %203, i64 2887680
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %205 = load i8*, i8** %204, align 8
  %bert.encoder.layer.1.attention.output.dense.weight34 = getelementptr inbounds i8, i8* %205, i64 523264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 109, %bertrt_gemm* @train_s64_v0__k080_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout32, i8* %layer.1.attention.context33, i8* %bert.encoder.layer.1.attention.output.dense.weight34, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k081_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k082_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k083_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k084_grad_layer_1_attention_value_in1_sum.launch)
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %207 = load i8*, i8** %206, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %207, i64 2887680
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %209 = load i8*, i8** %208, align 8
  %bert.encoder.layer.1.attention.self.value.weight35 = getelementptr inbounds i8, i8* %209, i64 506624
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %211 = load i8*, i8** %210, align 8
  %grad.layer.1.attention.value.matmul.a = getelementptr inbounds i8, i8* %211, i64 2494464
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 110, %bertrt_gemm* @train_s64_v0__k085_grad_layer_1_attention_value_matmul_a.gemm, i8* %grad.layer.1.attention.context.b, i8* %bert.encoder.layer.1.attention.self.value.weight35, i8* %grad.layer.1.attention.value.matmul.a, i8* null)
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %grad.layer.1.attention.context.b36 = getelementptr inbounds i8, i8* %213, i64 2887680
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %215 = load i8*, i8** %214, align 8
  %layer.0.ffn.layernorm37 = getelementptr inbounds i8, i8* %215, i64 2232320
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %217 = load i8*, i8** %216, align 8
  %bert.encoder.layer.1.attention.self.value.weight38 = getelementptr inbounds i8, i8* %217, i64 506624
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 111, %bertrt_gemm* @train_s64_v0__k086_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b36, i8* %layer.0.ffn.layernorm37, i8* %bert.encoder.layer.1.attention.self.value.weight38, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k087_grad_layer_1_attention_key_in1_sum.launch)
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %219 = load i8*, i8** %218, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %219, i64 3149824
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %221 = load i8*, i8** %220, align 8
  %bert.encoder.layer.1.attention.self.key.weight39 = getelementptr inbounds i8, i8* %221, i64 489984
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %223 = load i8*, i8** %222, align 8
  %grad.layer.1.attention.key.matmul.a = getelementptr inbounds i8, i8* %223, i64 2625536
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 112, %bertrt_gemm* @train_s64_v0__k088_grad_layer_1_attention_key_matmul_a.gemm, i8* %grad.layer.1.attention.scores.b, i8* %bert.encoder.layer.1.attention.self.key.weight39, i8* %grad.layer.1.attention.key.matmul.a, i8* null)
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %225 = load i8*, i8** %224, align 8
  %grad.layer.1.attention.scores.b40 = getelementptr inbounds i8, i8* %225, i64 3149824
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %227 = load i8*, i8** %226, align 8
  %layer.0.ffn.layernorm41 = getelementptr inbounds i8, i8* %227, i64 2232320
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %229 = load i8*, i8** %228, align 8
  %bert.encoder.layer.1.attention.self.key.weight42 = getelementptr inbounds i8, i8* %229, i64 489984
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 113, %bertrt_gemm* @train_s64_v0__k089_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b40, i8* %layer.0.ffn.layernorm41, i8* %bert.encoder.layer.1.attention.self.key.weight42, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k090_grad_layer_1_attention_query_in1_sum.launch)
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %231 = load i8*, i8** %230, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %231, i64 3411968
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %233 = load i8*, i8** %232, align 8
  %bert.encoder.layer.1.attention.self.query.weight43 = getelementptr inbounds i8, i8* %233, i64 473344
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %235 = load i8*, i8** %234, align 8
  %grad.layer.1.attention.query.matmul.a = getelementptr inbounds i8, i8* %235, i64 2756608
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 114, %bertrt_gemm* @train_s64_v0__k091_grad_layer_1_attention_query_matmul_a.gemm, i8* %grad.layer.1.attention.scores.a, i8* %bert.encoder.layer.1.attention.self.query.weight43, i8* %grad.layer.1.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k092_grad_layer_0_ffn_layernorm_sum.launch)
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %237 = load i8*, i8** %236, align 8
  %grad.layer.1.attention.scores.a44 = getelementptr inbounds i8, i8* %237, i64 3411968
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %239 = load i8*, i8** %238, align 8
  %layer.0.ffn.layernorm45 = getelementptr inbounds i8, i8* %239, i64 2232320
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %241 = load i8*, i8** %240, align 8
  %bert.encoder.layer.1.attention.self.query.weight46 = getelementptr inbounds i8, i8* %241, i64 473344
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 115, %bertrt_gemm* @train_s64_v0__k093_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a44, i8* %layer.0.ffn.layernorm45, i8* %bert.encoder.layer.1.attention.self.query.weight46, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k094_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k095_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k096_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k097_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k098_grad_layer_0_ffn_output_in1_sum.launch)
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %243 = load i8*, i8** %242, align 8
  %grad.layer.0.ffn.dropout = getelementptr inbounds i8, i8* %243, i64 2363392
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %245 = load i8*, i8** %244, align 8
  %bert.encoder.layer.0.output.dense.weight47 = getelementptr inbounds i8, i8* %245, i64 407040
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %247 = load i8*, i8** %246, align 8
  %grad.layer.0.ffn.output.matmul.a = getelementptr inbounds i8, i8* %247, i64 2494464
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 116, %bertrt_gemm* @train_s64_v0__k099_grad_layer_0_ffn_output_matmul_a.gemm, i8* %grad.layer.0.ffn.dropout, i8* %bert.encoder.layer.0.output.dense.weight47, i8* %grad.layer.0.ffn.output.matmul.a, i8* null)
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %249 = load i8*, i8** %248, align 8
  %grad.layer.0.ffn.dropout48 = getelementptr inbounds i8, i8* %249, i64 2363392
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %251 = load i8*, i8** %250, align 8
  %layer.0.ffn.gelu49 = getelementptr inbounds i8, i8* %251, i64 1708032
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %253 = load i8*, i8** %252, align 8
  %bert.encoder.layer.0.output.dense.weight50 = getelementptr inbounds i8, i8* %253, i64 407040
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 117, %bertrt_gemm* @train_s64_v0__k100_grad_layer_0_ffn_output_matmul_b.gemm, i8* %grad.layer.0.ffn.dropout48, i8* %layer.0.ffn.gelu49, i8* %bert.encoder.layer.0.output.dense.weight50, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k101_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k102_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %255 = load i8*, i8** %254, align 8
  %grad.layer.0.ffn.gelu = getelementptr inbounds i8, i8* %255, i64 1708032
  %256 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %257 = load i8*, i8** %256, align 8
  %bert.encoder.layer.0.intermediate.dense.weight51 = getelementptr inbounds i8, i8* %257, i64 340480
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %259 = load i8*, i8** %258, align 8
  %grad.layer.0.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %259, i64 1183744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 118, %bertrt_gemm* @train_s64_v0__k103_grad_layer_0_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.0.ffn.gelu, i8* %bert.encoder.layer.0.intermediate.dense.weight51, i8* %grad.layer.0.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k104_grad_layer_0_attention_layernorm_sum.launch)
  %260 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %261 = load i8*, i8** %260, align 8
  %grad.layer.0.ffn.gelu52 = getelementptr inbounds i8, i8* %261, i64 1708032
  %262 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %263 = load i8*, i8** %262, align 8
  %layer.0.attention.layernorm53 = getelementptr inbounds i8, i8* %263, i64 921600
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %265 = load i8*, i8** %264, align 8
  %bert.encoder.layer.0.intermediate.dense.weight54 = getelementptr inbounds i8, i8* %265, i64 340480
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 119, %bertrt_gemm* @train_s64_v0__k105_grad_layer_0_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.0.ffn.gelu52, i8* %layer.0.attention.layernorm53, i8* %bert.encoder.layer.0.intermediate.dense.weight54, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k106_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k107_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k108_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k109_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k110_grad_layer_0_attention_output_in1_sum.launch)
  %266 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %267 = load i8*, i8** %266, align 8
  %grad.layer.0.attention.output_dropout = getelementptr inbounds i8, i8* %267, i64 1052672
  %268 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %269 = load i8*, i8** %268, align 8
  %bert.encoder.layer.0.attention.output.dense.weight55 = getelementptr inbounds i8, i8* %269, i64 323328
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %271 = load i8*, i8** %270, align 8
  %grad.layer.0.attention.output.matmul.a = getelementptr inbounds i8, i8* %271, i64 1183744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 120, %bertrt_gemm* @train_s64_v0__k111_grad_layer_0_attention_output_matmul_a.gemm, i8* %grad.layer.0.attention.output_dropout, i8* %bert.encoder.layer.0.attention.output.dense.weight55, i8* %grad.layer.0.attention.output.matmul.a, i8* null)
  %272 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %273 = load i8*, i8** %272, align 8
  %grad.layer.0.attention.output_dropout56 = getelementptr inbounds i8, i8* %273, i64 1052672
  %274 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %275 = load i8*, i8** %274, align 8
  %layer.0.attention.context57 = getelementptr inbounds i8, i8* %275, i64 790528
  %276 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %277 = load i8*, i8** %276, align 8
  %bert.encoder.layer.0.attention.output.dense.weight58 = getelementptr inbounds i8, i8* %277, i64 323328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 121, %bertrt_gemm* @train_s64_v0__k112_grad_layer_0_attention_output_matmul_b.gemm, i8* %grad.layer.0.attention.output_dropout56, i8* %layer.0.attention.context57, i8* %bert.encoder.layer.0.attention.output.dense.weight58, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k113_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k114_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k115_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k116_grad_layer_0_attention_value_in1_sum.launch)
  %278 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %279 = load i8*, i8** %278, align 8
  %grad.layer.0.attention.context.b = getelementptr inbounds i8, i8* %279, i64 790528
  %280 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %281 = load i8*, i8** %280, align 8
  %bert.encoder.layer.0.attention.self.value.weight59 = getelementptr inbounds i8, i8* %281, i64 306688
  %282 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %283 = load i8*, i8** %282, align 8
  %grad.layer.0.attention.value.matmul.a = getelementptr inbounds i8, i8* %283, i64 135168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 122, %bertrt_gemm* @train_s64_v0__k117_grad_layer_0_attention_value_matmul_a.gemm, i8* %grad.layer.0.attention.context.b, i8* %bert.encoder.layer.0.attention.self.value.weight59, i8* %grad.layer.0.attention.value.matmul.a, i8* null)
  %284 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %285 = load i8*, i8** %284, align 8
  %grad.layer.0.attention.context.b60 = getelementptr inbounds i8, i8* %285, i64 790528
  %286 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %287 = load i8*, i8** %286, align 8
  %embeddings.dropout61 = getelementptr inbounds i8, i8* %287, i64 266240
  %288 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %289 = load i8*, i8** %288, align 8
  %bert.encoder.layer.0.attention.self.value.weight62 = getelementptr inbounds i8, i8* %289, i64 306688
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 123, %bertrt_gemm* @train_s64_v0__k118_grad_layer_0_attention_value_matmul_b.gemm, i8* %grad.layer.0.attention.context.b60, i8* %embeddings.dropout61, i8* %bert.encoder.layer.0.attention.self.value.weight62, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k119_grad_layer_0_attention_key_in1_sum.launch)
  %290 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %291 = load i8*, i8** %290, align 8
  %grad.layer.0.attention.scores.b = getelementptr inbounds i8, i8* %291, i64 1052672
  %292 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %293 = load i8*, i8** %292, align 8
  %bert.encoder.layer.0.attention.self.key.weight63 = getelementptr inbounds i8, i8* %293, i64 290048
  %294 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %295 = load i8*, i8** %294, align 8
  %grad.layer.0.attention.key.matmul.a = getelementptr inbounds i8, i8* %295, i64 397312
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 124, %bertrt_gemm* @train_s64_v0__k120_grad_layer_0_attention_key_matmul_a.gemm, i8* %grad.layer.0.attention.scores.b, i8* %bert.encoder.layer.0.attention.self.key.weight63, i8* %grad.layer.0.attention.key.matmul.a, i8* null)
  %296 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %297 = load i8*, i8** %296, align 8
  %grad.layer.0.attention.scores.b64 = getelementptr inbounds i8, i8* %297, i64 1052672
  %298 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %299 = load i8*, i8** %298, align 8
  %embeddings.dropout65 = getelementptr inbounds i8, i8* %299, i64 266240
  %300 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %301 = load i8*, i8** %300, align 8
  %bert.encoder.layer.0.attention.self.key.weight66 = getelementptr inbounds i8, i8* %301, i64 290048
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 125, %bertrt_gemm* @train_s64_v0__k121_grad_layer_0_attention_key_matmul_b.gemm, i8* %grad.layer.0.attention.scores.b64, i8* %embeddings.dropout65, i8* %bert.encoder.layer.0.attention.self.key.weight66, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k122_grad_layer_0_attention_query_in1_sum.launch)
  %302 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %303 = load i8*, i8** %302, align 8
  %grad.layer.0.attention.scores.a = getelementptr inbounds i8, i8* %303, i64 1314816
  %304 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %305 = load i8*, i8** %304, align 8
  %bert.encoder.layer.0.attention.self.query.weight67 = getelementptr inbounds i8, i8* %305, i64 273408
  %306 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %307 = load i8*, i8** %306, align 8
  %grad.layer.0.attention.query.matmul.a = getelementptr inbounds i8, i8* %307, i64 528384
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 126, %bertrt_gemm* @train_s64_v0__k123_grad_layer_0_attention_query_matmul_a.gemm, i8* %grad.layer.0.attention.scores.a, i8* %bert.encoder.layer.0.attention.self.query.weight67, i8* %grad.layer.0.attention.query.matmul.a, i8* null)
  %308 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %309 = load i8*, i8** %308, align 8
  %grad.layer.0.attention.scores.a68 = getelementptr inbounds i8, i8* %309, i64 1314816
  %310 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %311 = load i8*, i8** %310, align 8
  %embeddings.dropout69 = getelementptr inbounds i8, i8* %311, i64 266240
  %312 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %313 = load i8*, i8** %312, align 8
  %bert.encoder.layer.0.attention.self.query.weight70 = getelementptr inbounds i8, i8* %313, i64 273408
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 127, %bertrt_gemm* @train_s64_v0__k124_grad_layer_0_attention_query_matmul_b.gemm, i8* %grad.layer.0.attention.scores.a68, i8* %embeddings.dropout69, i8* %bert.encoder.layer.0.attention.self.query.weight70, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k125_grad_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k126_grad_embeddings_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k127_grad_embeddings_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k128_grad_embeddings_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k129_grad_embeddings_sum_in1_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k130_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k131_grad_embeddings_token_type.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k132_grad_embeddings_word.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k133_grad_bert_embeddings_word_embeddings_weight_sum.launch)
  ret void
}

; Function Attrs: nounwind
define void @optimizer_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v0__k000_grad_norm_partial.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v0__k001_grad_norm_tail.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v0__k002_clip_coefficient.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v0__k003_adamw.launch)
  ret void
}

attributes #0 = { nounwind }
