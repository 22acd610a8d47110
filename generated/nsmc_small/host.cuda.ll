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

@forward_s16__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s16__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s16__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 262144]
@forward_s16__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s16__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 262144, i64 4, i64 0]
@forward_s16__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s16__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s16__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s16__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s16__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 262144]
@forward_s16__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s16__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1050624, i64 4, i64 1312768]
@forward_s16__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s16__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s16__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s16__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s16__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 264192, i64 4, i64 526336]
@forward_s16__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s16__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s16__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s16__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s16__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 526336, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@forward_s16__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s16__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 264192, i64 0, i64 4690944]
@forward_s16__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s16__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1312768, i64 4, i64 264192]
@forward_s16__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s16__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s16__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s16__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s16__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 264192, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@forward_s16__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s16__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1050624, i64 4, i64 1312768]
@forward_s16__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s16__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s16__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s16__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s16__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 262144, i64 4, i64 524288]
@forward_s16__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s16__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s16__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s16__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s16__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 524288, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 0]
@forward_s16__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s16__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 262144, i64 0, i64 5484032]
@forward_s16__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s16__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1310720, i64 4, i64 262144]
@forward_s16__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s16__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s16__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s16__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s16__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 262144, i64 0, i64 5749248, i64 0, i64 5748736, i64 5, i64 41408]
@forward_s16__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s16__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 41408, i64 4, i64 0]
@forward_s16__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s16__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16384, i64 5, i64 25024]
@forward_s16__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s16__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 25024, i64 4, i64 0]
@forward_s16__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@forward_s16__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s16__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s16__k029_head_dropout.launch.sites, i32 0, i32 0) }
@forward_s16__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s16__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 0]
@forward_s16__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s16__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 64]
@forward_s16__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s16__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s16__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 5, i64 24960]
@forward_s16__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s16__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s16_v0__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v0__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 266240, i64 4, i64 262144]
@train_s16_v0__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 266240, i64 4, i64 528384]
@train_s16_v0__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s16_v0__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v0__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 266240]
@train_s16_v0__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 790528, i64 4, i64 1052672, i64 4, i64 1314816, i64 4, i64 266240, i64 4, i64 1576960, i64 4, i64 268288]
@train_s16_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s16_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s16_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 528384, i64 4, i64 1839104, i64 4, i64 2101248]
@train_s16_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s16_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s16_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2101248, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 1839104, i64 4, i64 272384]
@train_s16_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3411968, i64 0, i64 4690944, i64 4, i64 2363392]
@train_s16_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1839104, i64 4, i64 4460544, i64 4, i64 4722688]
@train_s16_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s16_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s16_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4722688, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 4460544, i64 4, i64 276480]
@train_s16_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 4984832, i64 4, i64 5246976, i64 4, i64 5509120, i64 4, i64 266240, i64 4, i64 5771264, i64 4, i64 280576]
@train_s16_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s16_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s16_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4460544, i64 4, i64 6033408, i64 4, i64 6295552]
@train_s16_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s16_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s16_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 6295552, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 6033408, i64 4, i64 284672]
@train_s16_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 7606272, i64 0, i64 5484032, i64 4, i64 6557696]
@train_s16_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6033408, i64 4, i64 8654848, i64 4, i64 8916992]
@train_s16_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s16_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s16_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 8916992, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 8654848, i64 4, i64 288768]
@train_s16_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8654848, i64 4, i64 292864]
@train_s16_v0__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 309248, i64 4, i64 325632]
@train_s16_v0__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 325632, i64 4, i64 309248]
@train_s16_v0__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s16_v0__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v0__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 342016]
@train_s16_v0__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 342080]
@train_s16_v0__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 342080, i64 4, i64 342016, i64 5, i64 24960]
@train_s16_v0__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 342016, i64 4, i64 342080]
@train_s16_v0__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v0__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 342080, i64 1, i64 5816832]
@train_s16_v0__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 325632, i64 4, i64 342336, i64 4, i64 309248]
@train_s16_v0__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s16_v0__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s16_v0__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 309248, i64 1, i64 5815296]
@train_s16_v0__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k040_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k041_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k042_grad_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 325632, i64 4, i64 8654848]
@train_s16_v0__k042_grad_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k042_grad_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k043_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 288768, i64 4, i64 8916992, i64 0, i64 5748736, i64 4, i64 8654848, i64 4, i64 9179136]
@train_s16_v0__k043_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k043_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 8916992, i64 4, i64 288768, i64 4, i64 8654848, i64 1, i64 5748736]
@train_s16_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k045_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8654848, i64 1, i64 5749248]
@train_s16_v0__k045_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k045_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k046_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 9179136, i64 4, i64 8654848]
@train_s16_v0__k046_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s16_v0__k046_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k046_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k046_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v0__k047_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8654848, i64 1, i64 5748224]
@train_s16_v0__k047_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k047_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k048_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k049_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 512, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k050_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6557696, i64 4, i64 9441280, i64 4, i64 7606272]
@train_s16_v0__k050_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k050_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7606272, i64 1, i64 5484032]
@train_s16_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k053_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6557696, i64 4, i64 9179136, i64 4, i64 6819840]
@train_s16_v0__k053_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k053_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k055_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 284672, i64 4, i64 6295552, i64 0, i64 5220864, i64 4, i64 6819840, i64 4, i64 6033408]
@train_s16_v0__k055_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k055_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k056_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 4, i64 284672, i64 4, i64 6819840, i64 1, i64 5220864]
@train_s16_v0__k056_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v0__k056_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k057_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6819840, i64 1, i64 5221376]
@train_s16_v0__k057_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k057_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k058_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6033408, i64 4, i64 6295552]
@train_s16_v0__k058_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s16_v0__k058_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k058_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k058_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v0__k059_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6295552, i64 1, i64 5220352]
@train_s16_v0__k059_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k059_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k060_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k061_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k062_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 5771264, i64 4, i64 6557696, i64 4, i64 284672]
@train_s16_v0__k062_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 1024, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k062_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k063_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 4984832, i64 4, i64 5246976, i64 4, i64 5509120, i64 4, i64 266240, i64 4, i64 280576, i64 4, i64 6557696, i64 4, i64 284672, i64 4, i64 6295552, i64 4, i64 5771264]
@train_s16_v0__k063_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s16_v0__k063_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 64, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s16_v0__k063_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k063_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s16_v0__k064_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 4984832, i64 4, i64 5246976, i64 4, i64 5509120, i64 4, i64 266240, i64 4, i64 280576, i64 4, i64 6557696, i64 4, i64 284672, i64 4, i64 6819840]
@train_s16_v0__k064_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s16_v0__k064_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 64, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s16_v0__k064_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k064_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s16_v0__k065_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5771264, i64 1, i64 5154304]
@train_s16_v0__k065_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k065_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k066_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k067_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k068_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6295552, i64 1, i64 5088256]
@train_s16_v0__k068_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k068_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k069_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k070_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k071_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6819840, i64 1, i64 5022208]
@train_s16_v0__k071_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k071_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k072_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k073_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 5509120, i64 4, i64 5246976, i64 4, i64 4984832, i64 4, i64 6033408, i64 4, i64 5771264]
@train_s16_v0__k073_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k073_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k074_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k075_grad_layer_0_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 276480, i64 4, i64 4722688, i64 0, i64 4955648, i64 4, i64 5771264, i64 4, i64 4460544]
@train_s16_v0__k075_grad_layer_0_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k075_grad_layer_0_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4722688, i64 4, i64 276480, i64 4, i64 5771264, i64 1, i64 4955648]
@train_s16_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k077_grad_layer_0_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5771264, i64 1, i64 4956160]
@train_s16_v0__k077_grad_layer_0_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k077_grad_layer_0_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k078_grad_layer_0_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4460544, i64 4, i64 4722688]
@train_s16_v0__k078_grad_layer_0_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s16_v0__k078_grad_layer_0_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k078_grad_layer_0_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k078_grad_layer_0_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v0__k079_grad_layer_0_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4722688, i64 1, i64 4955136]
@train_s16_v0__k079_grad_layer_0_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k079_grad_layer_0_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k080_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k081_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 512, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k082_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2363392, i64 4, i64 4984832, i64 4, i64 3411968]
@train_s16_v0__k082_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k082_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3411968, i64 1, i64 4690944]
@train_s16_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k084_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k085_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2363392, i64 4, i64 4460544, i64 4, i64 2625536]
@train_s16_v0__k085_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k085_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k086_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k087_grad_layer_0_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 272384, i64 4, i64 2101248, i64 0, i64 4427776, i64 4, i64 2625536, i64 4, i64 1839104]
@train_s16_v0__k087_grad_layer_0_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k087_grad_layer_0_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k088_grad_layer_0_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2101248, i64 4, i64 272384, i64 4, i64 2625536, i64 1, i64 4427776]
@train_s16_v0__k088_grad_layer_0_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v0__k088_grad_layer_0_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k089_grad_layer_0_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2625536, i64 1, i64 4428288]
@train_s16_v0__k089_grad_layer_0_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k089_grad_layer_0_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k090_grad_layer_0_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1839104, i64 4, i64 2101248]
@train_s16_v0__k090_grad_layer_0_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s16_v0__k090_grad_layer_0_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k090_grad_layer_0_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k090_grad_layer_0_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v0__k091_grad_layer_0_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2101248, i64 1, i64 4427264]
@train_s16_v0__k091_grad_layer_0_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k091_grad_layer_0_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k092_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k093_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k094_layer_0_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1576960, i64 4, i64 2363392, i64 4, i64 272384]
@train_s16_v0__k094_layer_0_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 1024, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k094_layer_0_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k095_layer_0_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 790528, i64 4, i64 1052672, i64 4, i64 1314816, i64 4, i64 266240, i64 4, i64 268288, i64 4, i64 2363392, i64 4, i64 272384, i64 4, i64 2101248, i64 4, i64 1576960]
@train_s16_v0__k095_layer_0_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s16_v0__k095_layer_0_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 64, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s16_v0__k095_layer_0_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k095_layer_0_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s16_v0__k096_layer_0_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 790528, i64 4, i64 1052672, i64 4, i64 1314816, i64 4, i64 266240, i64 4, i64 268288, i64 4, i64 2363392, i64 4, i64 272384, i64 4, i64 2625536]
@train_s16_v0__k096_layer_0_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s16_v0__k096_layer_0_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 64, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s16_v0__k096_layer_0_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k096_layer_0_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s16_v0__k097_grad_layer_0_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1576960, i64 1, i64 4361216]
@train_s16_v0__k097_grad_layer_0_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k097_grad_layer_0_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k098_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k099_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k100_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2101248, i64 1, i64 4295168]
@train_s16_v0__k100_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k100_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k101_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k102_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k103_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2625536, i64 1, i64 4229120]
@train_s16_v0__k103_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k103_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k104_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k105_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v0__k106_grad_embeddings_dropout.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1052672, i64 4, i64 790528, i64 4, i64 266240, i64 4, i64 1839104, i64 4, i64 528384]
@train_s16_v0__k106_grad_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s16_v0__k106_grad_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 30, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k106_grad_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v0__k106_grad_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v0__k107_grad_embeddings_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 262144, i64 4, i64 0, i64 0, i64 4162560, i64 4, i64 528384, i64 4, i64 266240]
@train_s16_v0__k107_grad_embeddings_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v0__k107_grad_embeddings_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k108_grad_embeddings_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 4, i64 262144, i64 4, i64 528384, i64 1, i64 4162560]
@train_s16_v0__k108_grad_embeddings_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v0__k108_grad_embeddings_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k109_grad_embeddings_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 528384, i64 1, i64 4163072]
@train_s16_v0__k109_grad_embeddings_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k109_grad_embeddings_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k110_grad_embeddings_sum_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 266240, i64 4, i64 0]
@train_s16_v0__k110_grad_embeddings_sum_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 31, i64 64, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k110_grad_embeddings_sum_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k111_grad_embeddings_position.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 4096000]
@train_s16_v0__k111_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 32, i64 16, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v0__k111_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k112_grad_embeddings_position.launch.bases = private unnamed_addr constant [2 x i64] [i64 1, i64 4096000]
@train_s16_v0__k112_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 33, i64 112, i64 128, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s16_v0__k112_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k113_grad_embeddings_token_type.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 4161536, i64 4, i64 266240, i64 5, i64 8192]
@train_s16_v0__k113_grad_embeddings_token_type.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 34, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k113_grad_embeddings_token_type.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v0__k114_grad_embeddings_word.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 0, i64 4, i64 266240, i64 5, i64 0]
@train_s16_v0__k114_grad_embeddings_word.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 35, i64 125, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v0__k114_grad_embeddings_word.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s16_v1__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v1__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 262144]
@train_s16_v1__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v1__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 262144, i64 4, i64 0]
@train_s16_v1__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s16_v1__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v1__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v1__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 262144]
@train_s16_v1__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1050624, i64 4, i64 1312768]
@train_s16_v1__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s16_v1__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v1__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v1__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s16_v1__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 264192, i64 4, i64 526336]
@train_s16_v1__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s16_v1__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v1__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v1__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s16_v1__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 526336, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@train_s16_v1__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v1__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 264192, i64 0, i64 4690944]
@train_s16_v1__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1312768, i64 4, i64 264192]
@train_s16_v1__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s16_v1__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v1__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v1__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s16_v1__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 264192, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@train_s16_v1__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v1__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1050624, i64 4, i64 1312768]
@train_s16_v1__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s16_v1__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v1__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v1__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s16_v1__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 262144, i64 4, i64 524288]
@train_s16_v1__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s16_v1__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v1__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v1__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s16_v1__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 524288, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 0]
@train_s16_v1__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v1__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 262144, i64 0, i64 5484032]
@train_s16_v1__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1310720, i64 4, i64 262144]
@train_s16_v1__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s16_v1__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v1__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v1__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s16_v1__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 262144, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 0]
@train_s16_v1__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v1__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 262144]
@train_s16_v1__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 16384]
@train_s16_v1__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16384, i64 4, i64 0]
@train_s16_v1__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s16_v1__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v1__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v1__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 32768]
@train_s16_v1__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32832]
@train_s16_v1__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v1__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 32832, i64 4, i64 32768, i64 5, i64 24960]
@train_s16_v1__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v1__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32768, i64 4, i64 32832]
@train_s16_v1__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v1__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 32832, i64 1, i64 5816832]
@train_s16_v1__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v1__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 16384, i64 4, i64 33088, i64 4, i64 0]
@train_s16_v1__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s16_v1__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v1__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v1__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s16_v1__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 5815296]
@train_s16_v1__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v1__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v1__k040_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s16_v2__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v2__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 262144]
@train_s16_v2__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v2__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 262144, i64 4, i64 0]
@train_s16_v2__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s16_v2__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v2__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v2__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 262144]
@train_s16_v2__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1050624, i64 4, i64 1312768]
@train_s16_v2__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s16_v2__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v2__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v2__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s16_v2__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 264192, i64 4, i64 526336]
@train_s16_v2__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s16_v2__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v2__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v2__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s16_v2__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 526336, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@train_s16_v2__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v2__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 264192, i64 0, i64 4690944]
@train_s16_v2__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1312768, i64 4, i64 264192]
@train_s16_v2__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s16_v2__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v2__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v2__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s16_v2__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 264192, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@train_s16_v2__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v2__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1050624, i64 4, i64 1312768]
@train_s16_v2__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s16_v2__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v2__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v2__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s16_v2__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 262144, i64 4, i64 524288]
@train_s16_v2__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s16_v2__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v2__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v2__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s16_v2__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 524288, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 0]
@train_s16_v2__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v2__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 262144, i64 0, i64 5484032]
@train_s16_v2__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1310720, i64 4, i64 262144]
@train_s16_v2__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s16_v2__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v2__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v2__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s16_v2__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 262144, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 0]
@train_s16_v2__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v2__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 262144]
@train_s16_v2__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 16384]
@train_s16_v2__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16384, i64 4, i64 0]
@train_s16_v2__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s16_v2__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v2__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v2__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 32768]
@train_s16_v2__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32832]
@train_s16_v2__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v2__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 32832, i64 4, i64 32768, i64 5, i64 24960]
@train_s16_v2__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v2__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32768, i64 4, i64 32832]
@train_s16_v2__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v2__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 32832, i64 1, i64 5816832]
@train_s16_v2__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v2__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 16384, i64 4, i64 33088, i64 4, i64 0]
@train_s16_v2__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s16_v2__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v2__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v2__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s16_v2__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 5815296]
@train_s16_v2__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v2__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v2__k040_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s16_v3__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v3__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 262144]
@train_s16_v3__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v3__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 262144, i64 4, i64 0]
@train_s16_v3__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s16_v3__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v3__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 262144]
@train_s16_v3__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 2, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1050624, i64 4, i64 1312768]
@train_s16_v3__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s16_v3__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v3__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s16_v3__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 264192, i64 4, i64 526336]
@train_s16_v3__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s16_v3__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s16_v3__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 526336, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@train_s16_v3__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v3__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 264192, i64 0, i64 4690944]
@train_s16_v3__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1312768, i64 4, i64 264192]
@train_s16_v3__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s16_v3__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s16_v3__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 264192, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@train_s16_v3__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 512, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v3__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1050624, i64 4, i64 1312768]
@train_s16_v3__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s16_v3__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s16_v3__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s16_v3__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1316864, i64 4, i64 1579008]
@train_s16_v3__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s16_v3__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s16_v3__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1579008, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 1841152, i64 4, i64 1316864]
@train_s16_v3__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v3__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3151872, i64 0, i64 5484032, i64 4, i64 2103296]
@train_s16_v3__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 512, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1841152, i64 4, i64 4200448, i64 4, i64 4462592]
@train_s16_v3__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s16_v3__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s16_v3__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4462592, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 4200448, i64 4, i64 1320960]
@train_s16_v3__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v3__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4200448, i64 4, i64 1325056]
@train_s16_v3__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1341440, i64 4, i64 1357824]
@train_s16_v3__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1357824, i64 4, i64 1341440]
@train_s16_v3__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s16_v3__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v3__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 1374208]
@train_s16_v3__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 1374272]
@train_s16_v3__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1374272, i64 4, i64 1374208, i64 5, i64 24960]
@train_s16_v3__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 1374208, i64 4, i64 1374272]
@train_s16_v3__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v3__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1374272, i64 1, i64 5816832]
@train_s16_v3__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1357824, i64 4, i64 1374528, i64 4, i64 1341440]
@train_s16_v3__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s16_v3__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s16_v3__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1341440, i64 1, i64 5815296]
@train_s16_v3__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k040_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k041_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k042_grad_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1357824, i64 4, i64 4200448]
@train_s16_v3__k042_grad_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k042_grad_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k043_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1320960, i64 4, i64 4462592, i64 0, i64 5748736, i64 4, i64 4200448, i64 4, i64 4724736]
@train_s16_v3__k043_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v3__k043_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4462592, i64 4, i64 1320960, i64 4, i64 4200448, i64 1, i64 5748736]
@train_s16_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k045_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4200448, i64 1, i64 5749248]
@train_s16_v3__k045_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k045_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k046_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4724736, i64 4, i64 4200448]
@train_s16_v3__k046_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s16_v3__k046_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k046_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k046_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v3__k047_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4200448, i64 1, i64 5748224]
@train_s16_v3__k047_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k047_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k048_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k049_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 512, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k050_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2103296, i64 4, i64 4986880, i64 4, i64 3151872]
@train_s16_v3__k050_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 512, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k050_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3151872, i64 1, i64 5484032]
@train_s16_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k053_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2103296, i64 4, i64 4724736, i64 4, i64 2365440]
@train_s16_v3__k053_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 512, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k053_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k055_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1316864, i64 4, i64 1579008, i64 0, i64 5220864, i64 4, i64 2365440, i64 4, i64 1841152]
@train_s16_v3__k055_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 512, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s16_v3__k055_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k056_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1579008, i64 4, i64 1316864, i64 4, i64 2365440, i64 1, i64 5220864]
@train_s16_v3__k056_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s16_v3__k056_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k057_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2365440, i64 1, i64 5221376]
@train_s16_v3__k057_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k057_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k058_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1841152, i64 4, i64 1316864]
@train_s16_v3__k058_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s16_v3__k058_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 512, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k058_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k058_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s16_v3__k059_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1316864, i64 1, i64 5220352]
@train_s16_v3__k059_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k059_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k060_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 512, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k061_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k062_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1050624, i64 4, i64 1579008, i64 4, i64 1316864]
@train_s16_v3__k062_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 1024, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s16_v3__k062_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k063_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1312768, i64 4, i64 1579008, i64 4, i64 1316864, i64 4, i64 1841152, i64 4, i64 1050624]
@train_s16_v3__k063_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s16_v3__k063_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 64, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s16_v3__k063_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k063_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s16_v3__k064_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 264192, i64 4, i64 526336, i64 4, i64 788480, i64 4, i64 262144, i64 4, i64 1312768, i64 4, i64 1579008, i64 4, i64 1316864, i64 4, i64 2103296]
@train_s16_v3__k064_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s16_v3__k064_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 64, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s16_v3__k064_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s16_v3__k064_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s16_v3__k065_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1050624, i64 1, i64 5154304]
@train_s16_v3__k065_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k065_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k066_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k067_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1841152, i64 1, i64 5088256]
@train_s16_v3__k067_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k067_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k068_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s16_v3__k069_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2103296, i64 1, i64 5022208]
@train_s16_v3__k069_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s16_v3__k069_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s16_v3__k070_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 512, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s32__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 1024, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s32__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 524288]
@forward_s32__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 524288, i64 4, i64 0]
@forward_s32__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s32__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s32__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 524288]
@forward_s32__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2101248, i64 4, i64 2625536]
@forward_s32__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s32__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s32__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s32__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 528384, i64 4, i64 1052672]
@forward_s32__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s32__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s32__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1052672, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@forward_s32__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 528384, i64 0, i64 4690944]
@forward_s32__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2625536, i64 4, i64 528384]
@forward_s32__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s32__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s32__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 528384, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@forward_s32__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2101248, i64 4, i64 2625536]
@forward_s32__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s32__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s32__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s32__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 524288, i64 4, i64 1048576]
@forward_s32__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s32__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s32__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1048576, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 0]
@forward_s32__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 524288, i64 0, i64 5484032]
@forward_s32__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2621440, i64 4, i64 524288]
@forward_s32__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s32__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s32__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 524288, i64 0, i64 5749248, i64 0, i64 5748736, i64 5, i64 41408]
@forward_s32__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s32__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 41408, i64 4, i64 0]
@forward_s32__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16384, i64 5, i64 25024]
@forward_s32__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 25024, i64 4, i64 0]
@forward_s32__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@forward_s32__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s32__k029_head_dropout.launch.sites, i32 0, i32 0) }
@forward_s32__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s32__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 0]
@forward_s32__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s32__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 64]
@forward_s32__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s32__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 5, i64 24960]
@forward_s32__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s32__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s32_v0__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 1024, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v0__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 532480, i64 4, i64 524288]
@train_s32_v0__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 532480, i64 4, i64 1056768]
@train_s32_v0__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s32_v0__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 532480]
@train_s32_v0__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1581056, i64 4, i64 2105344, i64 4, i64 2629632, i64 4, i64 532480, i64 4, i64 3153920, i64 4, i64 536576]
@train_s32_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s32_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1056768, i64 4, i64 3678208, i64 4, i64 4202496]
@train_s32_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s32_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4202496, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 3678208, i64 4, i64 544768]
@train_s32_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6823936, i64 0, i64 4690944, i64 4, i64 4726784]
@train_s32_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 45, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3678208, i64 4, i64 8921088, i64 4, i64 9445376]
@train_s32_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s32_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 9445376, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 8921088, i64 4, i64 552960]
@train_s32_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 9969664, i64 4, i64 10493952, i64 4, i64 11018240, i64 4, i64 532480, i64 4, i64 11542528, i64 4, i64 561152]
@train_s32_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 8921088, i64 4, i64 12066816, i64 4, i64 12591104]
@train_s32_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s32_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 12591104, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 12066816, i64 4, i64 569344]
@train_s32_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 15212544, i64 0, i64 5484032, i64 4, i64 13115392]
@train_s32_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 45, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 12066816, i64 4, i64 17309696, i64 4, i64 17833984]
@train_s32_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s32_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 17833984, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 17309696, i64 4, i64 577536]
@train_s32_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 17309696, i64 4, i64 585728]
@train_s32_v0__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 602112, i64 4, i64 618496]
@train_s32_v0__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 618496, i64 4, i64 602112]
@train_s32_v0__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s32_v0__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 634880]
@train_s32_v0__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 634944]
@train_s32_v0__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 634944, i64 4, i64 634880, i64 5, i64 24960]
@train_s32_v0__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 634880, i64 4, i64 634944]
@train_s32_v0__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 634944, i64 1, i64 5816832]
@train_s32_v0__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 618496, i64 4, i64 635200, i64 4, i64 602112]
@train_s32_v0__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s32_v0__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s32_v0__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 602112, i64 1, i64 5815296]
@train_s32_v0__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k040_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k041_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k042_grad_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 618496, i64 4, i64 17309696]
@train_s32_v0__k042_grad_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 46, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k042_grad_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k043_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 577536, i64 4, i64 17833984, i64 0, i64 5748736, i64 4, i64 17309696, i64 4, i64 18358272]
@train_s32_v0__k043_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k043_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 17833984, i64 4, i64 577536, i64 4, i64 17309696, i64 1, i64 5748736]
@train_s32_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k045_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 17309696, i64 1, i64 5749248]
@train_s32_v0__k045_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k045_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k046_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 18358272, i64 4, i64 17309696]
@train_s32_v0__k046_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s32_v0__k046_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k046_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k046_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k047_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 17309696, i64 1, i64 5748224]
@train_s32_v0__k047_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k047_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k048_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k049_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 1024, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k050_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 13115392, i64 4, i64 18882560, i64 4, i64 15212544]
@train_s32_v0__k050_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k050_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 15212544, i64 1, i64 5484032]
@train_s32_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k053_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 13115392, i64 4, i64 18358272, i64 4, i64 13639680]
@train_s32_v0__k053_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 52, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k053_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 1024, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k055_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 569344, i64 4, i64 12591104, i64 0, i64 5220864, i64 4, i64 13639680, i64 4, i64 12066816]
@train_s32_v0__k055_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k055_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k056_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 12591104, i64 4, i64 569344, i64 4, i64 13639680, i64 1, i64 5220864]
@train_s32_v0__k056_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k056_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k057_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 13639680, i64 1, i64 5221376]
@train_s32_v0__k057_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k057_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k058_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 12066816, i64 4, i64 12591104]
@train_s32_v0__k058_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s32_v0__k058_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k058_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k058_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k059_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 12591104, i64 1, i64 5220352]
@train_s32_v0__k059_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k059_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k060_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k061_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k062_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 11542528, i64 4, i64 13115392, i64 4, i64 569344]
@train_s32_v0__k062_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 2048, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k062_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k063_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 9969664, i64 4, i64 10493952, i64 4, i64 11018240, i64 4, i64 532480, i64 4, i64 561152, i64 4, i64 13115392, i64 4, i64 569344, i64 4, i64 12591104, i64 4, i64 11542528]
@train_s32_v0__k063_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v0__k063_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 64, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s32_v0__k063_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k063_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s32_v0__k064_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 9969664, i64 4, i64 10493952, i64 4, i64 11018240, i64 4, i64 532480, i64 4, i64 561152, i64 4, i64 13115392, i64 4, i64 569344, i64 4, i64 13639680]
@train_s32_v0__k064_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v0__k064_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 55, i64 64, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s32_v0__k064_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k064_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s32_v0__k065_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 11542528, i64 1, i64 5154304]
@train_s32_v0__k065_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k065_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k066_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k067_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k068_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 12591104, i64 1, i64 5088256]
@train_s32_v0__k068_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k068_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k069_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k070_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k071_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 13639680, i64 1, i64 5022208]
@train_s32_v0__k071_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k071_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k072_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k073_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 11018240, i64 4, i64 10493952, i64 4, i64 9969664, i64 4, i64 12066816, i64 4, i64 11542528]
@train_s32_v0__k073_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 56, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k073_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k074_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k075_grad_layer_0_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 552960, i64 4, i64 9445376, i64 0, i64 4955648, i64 4, i64 11542528, i64 4, i64 8921088]
@train_s32_v0__k075_grad_layer_0_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k075_grad_layer_0_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 9445376, i64 4, i64 552960, i64 4, i64 11542528, i64 1, i64 4955648]
@train_s32_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k077_grad_layer_0_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 11542528, i64 1, i64 4956160]
@train_s32_v0__k077_grad_layer_0_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k077_grad_layer_0_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k078_grad_layer_0_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8921088, i64 4, i64 9445376]
@train_s32_v0__k078_grad_layer_0_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s32_v0__k078_grad_layer_0_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k078_grad_layer_0_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k078_grad_layer_0_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k079_grad_layer_0_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 9445376, i64 1, i64 4955136]
@train_s32_v0__k079_grad_layer_0_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k079_grad_layer_0_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k080_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k081_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 1024, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k082_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4726784, i64 4, i64 9969664, i64 4, i64 6823936]
@train_s32_v0__k082_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k082_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6823936, i64 1, i64 4690944]
@train_s32_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k084_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k085_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4726784, i64 4, i64 8921088, i64 4, i64 5251072]
@train_s32_v0__k085_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 52, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k085_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k086_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 1024, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k087_grad_layer_0_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 544768, i64 4, i64 4202496, i64 0, i64 4427776, i64 4, i64 5251072, i64 4, i64 3678208]
@train_s32_v0__k087_grad_layer_0_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k087_grad_layer_0_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k088_grad_layer_0_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4202496, i64 4, i64 544768, i64 4, i64 5251072, i64 1, i64 4427776]
@train_s32_v0__k088_grad_layer_0_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k088_grad_layer_0_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k089_grad_layer_0_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5251072, i64 1, i64 4428288]
@train_s32_v0__k089_grad_layer_0_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k089_grad_layer_0_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k090_grad_layer_0_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3678208, i64 4, i64 4202496]
@train_s32_v0__k090_grad_layer_0_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s32_v0__k090_grad_layer_0_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k090_grad_layer_0_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k090_grad_layer_0_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k091_grad_layer_0_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4202496, i64 1, i64 4427264]
@train_s32_v0__k091_grad_layer_0_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k091_grad_layer_0_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k092_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k093_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k094_layer_0_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3153920, i64 4, i64 4726784, i64 4, i64 544768]
@train_s32_v0__k094_layer_0_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 2048, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k094_layer_0_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k095_layer_0_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 1581056, i64 4, i64 2105344, i64 4, i64 2629632, i64 4, i64 532480, i64 4, i64 536576, i64 4, i64 4726784, i64 4, i64 544768, i64 4, i64 4202496, i64 4, i64 3153920]
@train_s32_v0__k095_layer_0_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s32_v0__k095_layer_0_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 64, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s32_v0__k095_layer_0_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k095_layer_0_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s32_v0__k096_layer_0_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 1581056, i64 4, i64 2105344, i64 4, i64 2629632, i64 4, i64 532480, i64 4, i64 536576, i64 4, i64 4726784, i64 4, i64 544768, i64 4, i64 5251072]
@train_s32_v0__k096_layer_0_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s32_v0__k096_layer_0_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 55, i64 64, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s32_v0__k096_layer_0_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k096_layer_0_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s32_v0__k097_grad_layer_0_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3153920, i64 1, i64 4361216]
@train_s32_v0__k097_grad_layer_0_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k097_grad_layer_0_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k098_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k099_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k100_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4202496, i64 1, i64 4295168]
@train_s32_v0__k100_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k100_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k101_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k102_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k103_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5251072, i64 1, i64 4229120]
@train_s32_v0__k103_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k103_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k104_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k105_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v0__k106_grad_embeddings_dropout.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2105344, i64 4, i64 1581056, i64 4, i64 532480, i64 4, i64 3678208, i64 4, i64 1056768]
@train_s32_v0__k106_grad_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s32_v0__k106_grad_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k106_grad_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v0__k106_grad_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v0__k107_grad_embeddings_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 524288, i64 4, i64 0, i64 0, i64 4162560, i64 4, i64 1056768, i64 4, i64 532480]
@train_s32_v0__k107_grad_embeddings_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v0__k107_grad_embeddings_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k108_grad_embeddings_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 4, i64 524288, i64 4, i64 1056768, i64 1, i64 4162560]
@train_s32_v0__k108_grad_embeddings_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v0__k108_grad_embeddings_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k109_grad_embeddings_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1056768, i64 1, i64 4163072]
@train_s32_v0__k109_grad_embeddings_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k109_grad_embeddings_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k110_grad_embeddings_sum_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 532480, i64 4, i64 0]
@train_s32_v0__k110_grad_embeddings_sum_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 58, i64 128, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k110_grad_embeddings_sum_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k111_grad_embeddings_position.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 4096000]
@train_s32_v0__k111_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 59, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v0__k111_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k112_grad_embeddings_position.launch.bases = private unnamed_addr constant [2 x i64] [i64 1, i64 4096000]
@train_s32_v0__k112_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 96, i64 128, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s32_v0__k112_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k113_grad_embeddings_token_type.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 4161536, i64 4, i64 532480, i64 5, i64 8192]
@train_s32_v0__k113_grad_embeddings_token_type.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 61, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k113_grad_embeddings_token_type.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v0__k114_grad_embeddings_word.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 0, i64 4, i64 532480, i64 5, i64 0]
@train_s32_v0__k114_grad_embeddings_word.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 62, i64 125, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v0__k114_grad_embeddings_word.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s32_v1__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 1024, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v1__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 524288]
@train_s32_v1__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v1__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 524288, i64 4, i64 0]
@train_s32_v1__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s32_v1__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v1__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v1__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 524288]
@train_s32_v1__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2101248, i64 4, i64 2625536]
@train_s32_v1__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s32_v1__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v1__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v1__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v1__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 528384, i64 4, i64 1052672]
@train_s32_v1__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s32_v1__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v1__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v1__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v1__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1052672, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@train_s32_v1__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v1__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 528384, i64 0, i64 4690944]
@train_s32_v1__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2625536, i64 4, i64 528384]
@train_s32_v1__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s32_v1__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v1__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v1__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v1__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 528384, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@train_s32_v1__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v1__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2101248, i64 4, i64 2625536]
@train_s32_v1__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v1__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v1__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v1__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v1__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 524288, i64 4, i64 1048576]
@train_s32_v1__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s32_v1__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v1__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v1__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v1__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1048576, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 0]
@train_s32_v1__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v1__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 524288, i64 0, i64 5484032]
@train_s32_v1__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2621440, i64 4, i64 524288]
@train_s32_v1__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s32_v1__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v1__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v1__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v1__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 524288, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 0]
@train_s32_v1__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v1__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 524288]
@train_s32_v1__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 16384]
@train_s32_v1__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16384, i64 4, i64 0]
@train_s32_v1__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s32_v1__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v1__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v1__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 32768]
@train_s32_v1__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32832]
@train_s32_v1__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v1__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 32832, i64 4, i64 32768, i64 5, i64 24960]
@train_s32_v1__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v1__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32768, i64 4, i64 32832]
@train_s32_v1__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v1__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 32832, i64 1, i64 5816832]
@train_s32_v1__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v1__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 16384, i64 4, i64 33088, i64 4, i64 0]
@train_s32_v1__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s32_v1__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v1__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v1__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s32_v1__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 5815296]
@train_s32_v1__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v1__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v1__k040_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s32_v2__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 1024, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v2__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 524288]
@train_s32_v2__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v2__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 524288, i64 4, i64 0]
@train_s32_v2__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s32_v2__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v2__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v2__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 524288]
@train_s32_v2__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2101248, i64 4, i64 2625536]
@train_s32_v2__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s32_v2__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v2__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v2__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v2__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 528384, i64 4, i64 1052672]
@train_s32_v2__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s32_v2__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v2__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v2__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v2__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1052672, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@train_s32_v2__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v2__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 528384, i64 0, i64 4690944]
@train_s32_v2__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2625536, i64 4, i64 528384]
@train_s32_v2__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s32_v2__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v2__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v2__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v2__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 528384, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@train_s32_v2__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v2__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2101248, i64 4, i64 2625536]
@train_s32_v2__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v2__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v2__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v2__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v2__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 524288, i64 4, i64 1048576]
@train_s32_v2__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s32_v2__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v2__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v2__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v2__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1048576, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 0]
@train_s32_v2__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v2__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 524288, i64 0, i64 5484032]
@train_s32_v2__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2621440, i64 4, i64 524288]
@train_s32_v2__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s32_v2__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v2__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v2__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v2__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 524288, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 0]
@train_s32_v2__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v2__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 524288]
@train_s32_v2__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 16384]
@train_s32_v2__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16384, i64 4, i64 0]
@train_s32_v2__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s32_v2__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v2__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v2__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 32768]
@train_s32_v2__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32832]
@train_s32_v2__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v2__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 32832, i64 4, i64 32768, i64 5, i64 24960]
@train_s32_v2__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v2__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32768, i64 4, i64 32832]
@train_s32_v2__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v2__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 32832, i64 1, i64 5816832]
@train_s32_v2__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v2__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 16384, i64 4, i64 33088, i64 4, i64 0]
@train_s32_v2__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s32_v2__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v2__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v2__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s32_v2__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 5815296]
@train_s32_v2__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v2__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v2__k040_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s32_v3__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 1024, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v3__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 524288]
@train_s32_v3__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v3__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 524288, i64 4, i64 0]
@train_s32_v3__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s32_v3__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v3__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 524288]
@train_s32_v3__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2101248, i64 4, i64 2625536]
@train_s32_v3__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s32_v3__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v3__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v3__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 528384, i64 4, i64 1052672]
@train_s32_v3__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s32_v3__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v3__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1052672, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@train_s32_v3__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v3__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 528384, i64 0, i64 4690944]
@train_s32_v3__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2625536, i64 4, i64 528384]
@train_s32_v3__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s32_v3__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v3__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 528384, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@train_s32_v3__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1024, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v3__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2101248, i64 4, i64 2625536]
@train_s32_v3__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v3__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 64, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s32_v3__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s32_v3__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2633728, i64 4, i64 3158016]
@train_s32_v3__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s32_v3__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s32_v3__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3158016, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 3682304, i64 4, i64 2633728]
@train_s32_v3__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v3__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6303744, i64 0, i64 5484032, i64 4, i64 4206592]
@train_s32_v3__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 45, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3682304, i64 4, i64 8400896, i64 4, i64 8925184]
@train_s32_v3__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s32_v3__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s32_v3__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 8925184, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 8400896, i64 4, i64 2641920]
@train_s32_v3__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v3__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8400896, i64 4, i64 2650112]
@train_s32_v3__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2666496, i64 4, i64 2682880]
@train_s32_v3__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2682880, i64 4, i64 2666496]
@train_s32_v3__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s32_v3__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v3__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 2699264]
@train_s32_v3__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 2699328]
@train_s32_v3__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2699328, i64 4, i64 2699264, i64 5, i64 24960]
@train_s32_v3__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 2699264, i64 4, i64 2699328]
@train_s32_v3__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v3__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2699328, i64 1, i64 5816832]
@train_s32_v3__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2682880, i64 4, i64 2699584, i64 4, i64 2666496]
@train_s32_v3__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s32_v3__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s32_v3__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2666496, i64 1, i64 5815296]
@train_s32_v3__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k040_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k041_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k042_grad_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2682880, i64 4, i64 8400896]
@train_s32_v3__k042_grad_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 46, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k042_grad_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k043_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2641920, i64 4, i64 8925184, i64 0, i64 5748736, i64 4, i64 8400896, i64 4, i64 9449472]
@train_s32_v3__k043_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v3__k043_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 8925184, i64 4, i64 2641920, i64 4, i64 8400896, i64 1, i64 5748736]
@train_s32_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k045_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8400896, i64 1, i64 5749248]
@train_s32_v3__k045_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k045_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k046_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 9449472, i64 4, i64 8400896]
@train_s32_v3__k046_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s32_v3__k046_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k046_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k046_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v3__k047_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8400896, i64 1, i64 5748224]
@train_s32_v3__k047_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k047_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k048_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k049_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 1024, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k050_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4206592, i64 4, i64 9973760, i64 4, i64 6303744]
@train_s32_v3__k050_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k050_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6303744, i64 1, i64 5484032]
@train_s32_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k053_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4206592, i64 4, i64 9449472, i64 4, i64 4730880]
@train_s32_v3__k053_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 52, i64 1024, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k053_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 1024, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k055_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2633728, i64 4, i64 3158016, i64 0, i64 5220864, i64 4, i64 4730880, i64 4, i64 3682304]
@train_s32_v3__k055_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 1024, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s32_v3__k055_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k056_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3158016, i64 4, i64 2633728, i64 4, i64 4730880, i64 1, i64 5220864]
@train_s32_v3__k056_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s32_v3__k056_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k057_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4730880, i64 1, i64 5221376]
@train_s32_v3__k057_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k057_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k058_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3682304, i64 4, i64 2633728]
@train_s32_v3__k058_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s32_v3__k058_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1024, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k058_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k058_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s32_v3__k059_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2633728, i64 1, i64 5220352]
@train_s32_v3__k059_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k059_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k060_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k061_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k062_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2101248, i64 4, i64 3158016, i64 4, i64 2633728]
@train_s32_v3__k062_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 2048, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s32_v3__k062_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k063_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2625536, i64 4, i64 3158016, i64 4, i64 2633728, i64 4, i64 3682304, i64 4, i64 2101248]
@train_s32_v3__k063_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v3__k063_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 64, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s32_v3__k063_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k063_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s32_v3__k064_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 528384, i64 4, i64 1052672, i64 4, i64 1576960, i64 4, i64 524288, i64 4, i64 2625536, i64 4, i64 3158016, i64 4, i64 2633728, i64 4, i64 4206592]
@train_s32_v3__k064_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s32_v3__k064_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 55, i64 64, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s32_v3__k064_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s32_v3__k064_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s32_v3__k065_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2101248, i64 1, i64 5154304]
@train_s32_v3__k065_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k065_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k066_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k067_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3682304, i64 1, i64 5088256]
@train_s32_v3__k067_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k067_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k068_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s32_v3__k069_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4206592, i64 1, i64 5022208]
@train_s32_v3__k069_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s32_v3__k069_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s32_v3__k070_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 1024, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s64__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 63, i64 2048, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s64__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 1048576]
@forward_s64__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1048576, i64 4, i64 0]
@forward_s64__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s64__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s64__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 1048576]
@forward_s64__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 32, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 4202496, i64 4, i64 5251072]
@forward_s64__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s64__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s64__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s64__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1056768, i64 4, i64 2105344]
@forward_s64__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s64__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s64__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2105344, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@forward_s64__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1056768, i64 0, i64 4690944]
@forward_s64__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 69, i64 2048, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 5251072, i64 4, i64 1056768]
@forward_s64__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s64__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s64__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1056768, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@forward_s64__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 4202496, i64 4, i64 5251072]
@forward_s64__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s64__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s64__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s64__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1048576, i64 4, i64 2097152]
@forward_s64__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s64__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s64__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2097152, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 0]
@forward_s64__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1048576, i64 0, i64 5484032]
@forward_s64__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 69, i64 2048, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 5242880, i64 4, i64 1048576]
@forward_s64__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s64__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s64__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1048576, i64 0, i64 5749248, i64 0, i64 5748736, i64 5, i64 41408]
@forward_s64__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s64__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 41408, i64 4, i64 0]
@forward_s64__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 70, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16384, i64 5, i64 25024]
@forward_s64__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 25024, i64 4, i64 0]
@forward_s64__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@forward_s64__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s64__k029_head_dropout.launch.sites, i32 0, i32 0) }
@forward_s64__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s64__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 0]
@forward_s64__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s64__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 64]
@forward_s64__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s64__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 5, i64 24960]
@forward_s64__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s64__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s64_v0__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 63, i64 2048, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v0__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 1064960, i64 4, i64 1048576]
@train_s64_v0__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 71, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1064960, i64 4, i64 2113536]
@train_s64_v0__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s64_v0__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 1064960]
@train_s64_v0__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 32, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3162112, i64 4, i64 4210688, i64 4, i64 5259264, i64 4, i64 1064960, i64 4, i64 6307840, i64 4, i64 1073152]
@train_s64_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s64_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2113536, i64 4, i64 7356416, i64 4, i64 8404992]
@train_s64_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s64_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 8404992, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 7356416, i64 4, i64 1089536]
@train_s64_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 71, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 13647872, i64 0, i64 4690944, i64 4, i64 9453568]
@train_s64_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 72, i64 2048, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 7356416, i64 4, i64 17842176, i64 4, i64 18890752]
@train_s64_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s64_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 18890752, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 17842176, i64 4, i64 1105920]
@train_s64_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 71, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 19939328, i64 4, i64 20987904, i64 4, i64 22036480, i64 4, i64 1064960, i64 4, i64 23085056, i64 4, i64 1122304]
@train_s64_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 17842176, i64 4, i64 24133632, i64 4, i64 25182208]
@train_s64_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s64_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 25182208, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 24133632, i64 4, i64 1138688]
@train_s64_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 71, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 30425088, i64 0, i64 5484032, i64 4, i64 26230784]
@train_s64_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 72, i64 2048, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 24133632, i64 4, i64 34619392, i64 4, i64 35667968]
@train_s64_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s64_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 35667968, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 34619392, i64 4, i64 1155072]
@train_s64_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 71, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 34619392, i64 4, i64 1171456]
@train_s64_v0__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 70, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1187840, i64 4, i64 1204224]
@train_s64_v0__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1204224, i64 4, i64 1187840]
@train_s64_v0__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s64_v0__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 1220608]
@train_s64_v0__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 1220672]
@train_s64_v0__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1220672, i64 4, i64 1220608, i64 5, i64 24960]
@train_s64_v0__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 1220608, i64 4, i64 1220672]
@train_s64_v0__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1220672, i64 1, i64 5816832]
@train_s64_v0__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 1204224, i64 4, i64 1220928, i64 4, i64 1187840]
@train_s64_v0__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s64_v0__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s64_v0__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1187840, i64 1, i64 5815296]
@train_s64_v0__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k040_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k041_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k042_grad_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1204224, i64 4, i64 34619392]
@train_s64_v0__k042_grad_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 73, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k042_grad_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k043_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1155072, i64 4, i64 35667968, i64 0, i64 5748736, i64 4, i64 34619392, i64 4, i64 36716544]
@train_s64_v0__k043_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k043_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 35667968, i64 4, i64 1155072, i64 4, i64 34619392, i64 1, i64 5748736]
@train_s64_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k045_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 34619392, i64 1, i64 5749248]
@train_s64_v0__k045_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k045_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k046_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 36716544, i64 4, i64 34619392]
@train_s64_v0__k046_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s64_v0__k046_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k046_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k046_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k047_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 34619392, i64 1, i64 5748224]
@train_s64_v0__k047_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k047_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k048_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k049_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 2048, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k050_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 26230784, i64 4, i64 37765120, i64 4, i64 30425088]
@train_s64_v0__k050_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 2048, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k050_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 30425088, i64 1, i64 5484032]
@train_s64_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k053_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 26230784, i64 4, i64 36716544, i64 4, i64 27279360]
@train_s64_v0__k053_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k053_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 2048, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k055_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1138688, i64 4, i64 25182208, i64 0, i64 5220864, i64 4, i64 27279360, i64 4, i64 24133632]
@train_s64_v0__k055_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k055_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k056_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 25182208, i64 4, i64 1138688, i64 4, i64 27279360, i64 1, i64 5220864]
@train_s64_v0__k056_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k056_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k057_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 27279360, i64 1, i64 5221376]
@train_s64_v0__k057_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k057_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k058_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 24133632, i64 4, i64 25182208]
@train_s64_v0__k058_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s64_v0__k058_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k058_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k058_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k059_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 25182208, i64 1, i64 5220352]
@train_s64_v0__k059_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k059_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k060_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k061_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k062_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 23085056, i64 4, i64 26230784, i64 4, i64 1138688]
@train_s64_v0__k062_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 4096, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k062_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k063_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 19939328, i64 4, i64 20987904, i64 4, i64 22036480, i64 4, i64 1064960, i64 4, i64 1122304, i64 4, i64 26230784, i64 4, i64 1138688, i64 4, i64 25182208, i64 4, i64 23085056]
@train_s64_v0__k063_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v0__k063_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 81, i64 128, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s64_v0__k063_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k063_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s64_v0__k064_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 19939328, i64 4, i64 20987904, i64 4, i64 22036480, i64 4, i64 1064960, i64 4, i64 1122304, i64 4, i64 26230784, i64 4, i64 1138688, i64 4, i64 27279360]
@train_s64_v0__k064_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v0__k064_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 82, i64 128, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s64_v0__k064_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k064_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s64_v0__k065_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 23085056, i64 1, i64 5154304]
@train_s64_v0__k065_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k065_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k066_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k067_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k068_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 25182208, i64 1, i64 5088256]
@train_s64_v0__k068_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k068_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k069_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k070_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k071_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 27279360, i64 1, i64 5022208]
@train_s64_v0__k071_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k071_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k072_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k073_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 22036480, i64 4, i64 20987904, i64 4, i64 19939328, i64 4, i64 24133632, i64 4, i64 23085056]
@train_s64_v0__k073_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 83, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k073_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k074_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k075_grad_layer_0_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1105920, i64 4, i64 18890752, i64 0, i64 4955648, i64 4, i64 23085056, i64 4, i64 17842176]
@train_s64_v0__k075_grad_layer_0_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k075_grad_layer_0_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 18890752, i64 4, i64 1105920, i64 4, i64 23085056, i64 1, i64 4955648]
@train_s64_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k077_grad_layer_0_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 23085056, i64 1, i64 4956160]
@train_s64_v0__k077_grad_layer_0_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k077_grad_layer_0_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k078_grad_layer_0_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 17842176, i64 4, i64 18890752]
@train_s64_v0__k078_grad_layer_0_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s64_v0__k078_grad_layer_0_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k078_grad_layer_0_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k078_grad_layer_0_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k079_grad_layer_0_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 18890752, i64 1, i64 4955136]
@train_s64_v0__k079_grad_layer_0_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k079_grad_layer_0_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k080_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k081_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 2048, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k082_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 9453568, i64 4, i64 19939328, i64 4, i64 13647872]
@train_s64_v0__k082_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 2048, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k082_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 13647872, i64 1, i64 4690944]
@train_s64_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k084_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k085_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 9453568, i64 4, i64 17842176, i64 4, i64 10502144]
@train_s64_v0__k085_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k085_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k086_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 2048, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k087_grad_layer_0_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1089536, i64 4, i64 8404992, i64 0, i64 4427776, i64 4, i64 10502144, i64 4, i64 7356416]
@train_s64_v0__k087_grad_layer_0_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k087_grad_layer_0_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k088_grad_layer_0_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 8404992, i64 4, i64 1089536, i64 4, i64 10502144, i64 1, i64 4427776]
@train_s64_v0__k088_grad_layer_0_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k088_grad_layer_0_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k089_grad_layer_0_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 10502144, i64 1, i64 4428288]
@train_s64_v0__k089_grad_layer_0_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k089_grad_layer_0_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k090_grad_layer_0_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7356416, i64 4, i64 8404992]
@train_s64_v0__k090_grad_layer_0_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s64_v0__k090_grad_layer_0_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k090_grad_layer_0_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k090_grad_layer_0_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k091_grad_layer_0_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8404992, i64 1, i64 4427264]
@train_s64_v0__k091_grad_layer_0_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k091_grad_layer_0_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k092_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k093_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k094_layer_0_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6307840, i64 4, i64 9453568, i64 4, i64 1089536]
@train_s64_v0__k094_layer_0_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 4096, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k094_layer_0_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k095_layer_0_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 3162112, i64 4, i64 4210688, i64 4, i64 5259264, i64 4, i64 1064960, i64 4, i64 1073152, i64 4, i64 9453568, i64 4, i64 1089536, i64 4, i64 8404992, i64 4, i64 6307840]
@train_s64_v0__k095_layer_0_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s64_v0__k095_layer_0_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 81, i64 128, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s64_v0__k095_layer_0_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k095_layer_0_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s64_v0__k096_layer_0_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 3162112, i64 4, i64 4210688, i64 4, i64 5259264, i64 4, i64 1064960, i64 4, i64 1073152, i64 4, i64 9453568, i64 4, i64 1089536, i64 4, i64 10502144]
@train_s64_v0__k096_layer_0_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s64_v0__k096_layer_0_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 82, i64 128, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s64_v0__k096_layer_0_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k096_layer_0_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s64_v0__k097_grad_layer_0_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6307840, i64 1, i64 4361216]
@train_s64_v0__k097_grad_layer_0_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k097_grad_layer_0_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k098_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k099_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k100_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8404992, i64 1, i64 4295168]
@train_s64_v0__k100_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k100_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k101_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k102_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k103_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 10502144, i64 1, i64 4229120]
@train_s64_v0__k103_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k103_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k104_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k105_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v0__k106_grad_embeddings_dropout.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4210688, i64 4, i64 3162112, i64 4, i64 1064960, i64 4, i64 7356416, i64 4, i64 2113536]
@train_s64_v0__k106_grad_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s64_v0__k106_grad_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 84, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k106_grad_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v0__k106_grad_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v0__k107_grad_embeddings_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 1048576, i64 4, i64 0, i64 0, i64 4162560, i64 4, i64 2113536, i64 4, i64 1064960]
@train_s64_v0__k107_grad_embeddings_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v0__k107_grad_embeddings_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k108_grad_embeddings_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 4, i64 1048576, i64 4, i64 2113536, i64 1, i64 4162560]
@train_s64_v0__k108_grad_embeddings_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v0__k108_grad_embeddings_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k109_grad_embeddings_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2113536, i64 1, i64 4163072]
@train_s64_v0__k109_grad_embeddings_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k109_grad_embeddings_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k110_grad_embeddings_sum_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1064960, i64 4, i64 0]
@train_s64_v0__k110_grad_embeddings_sum_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 85, i64 256, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k110_grad_embeddings_sum_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k111_grad_embeddings_position.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 4096000]
@train_s64_v0__k111_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 86, i64 64, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v0__k111_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k112_grad_embeddings_position.launch.bases = private unnamed_addr constant [2 x i64] [i64 1, i64 4096000]
@train_s64_v0__k112_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 87, i64 64, i64 128, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s64_v0__k112_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k113_grad_embeddings_token_type.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 4161536, i64 4, i64 1064960, i64 5, i64 8192]
@train_s64_v0__k113_grad_embeddings_token_type.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 88, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k113_grad_embeddings_token_type.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v0__k114_grad_embeddings_word.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 0, i64 4, i64 1064960, i64 5, i64 0]
@train_s64_v0__k114_grad_embeddings_word.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 89, i64 125, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v0__k114_grad_embeddings_word.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s64_v1__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 63, i64 2048, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v1__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 1048576]
@train_s64_v1__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v1__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1048576, i64 4, i64 0]
@train_s64_v1__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s64_v1__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v1__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v1__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 1048576]
@train_s64_v1__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 32, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 4202496, i64 4, i64 5251072]
@train_s64_v1__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s64_v1__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v1__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v1__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v1__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1056768, i64 4, i64 2105344]
@train_s64_v1__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s64_v1__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v1__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v1__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v1__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2105344, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@train_s64_v1__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v1__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1056768, i64 0, i64 4690944]
@train_s64_v1__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 69, i64 2048, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 5251072, i64 4, i64 1056768]
@train_s64_v1__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s64_v1__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v1__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v1__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v1__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1056768, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@train_s64_v1__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v1__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 4202496, i64 4, i64 5251072]
@train_s64_v1__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v1__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v1__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v1__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v1__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1048576, i64 4, i64 2097152]
@train_s64_v1__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s64_v1__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v1__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v1__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v1__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2097152, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 0]
@train_s64_v1__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v1__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1048576, i64 0, i64 5484032]
@train_s64_v1__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 69, i64 2048, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 5242880, i64 4, i64 1048576]
@train_s64_v1__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s64_v1__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v1__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v1__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v1__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1048576, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 0]
@train_s64_v1__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v1__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 1048576]
@train_s64_v1__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 70, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 16384]
@train_s64_v1__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16384, i64 4, i64 0]
@train_s64_v1__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s64_v1__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v1__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v1__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 32768]
@train_s64_v1__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32832]
@train_s64_v1__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v1__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 32832, i64 4, i64 32768, i64 5, i64 24960]
@train_s64_v1__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v1__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32768, i64 4, i64 32832]
@train_s64_v1__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v1__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 32832, i64 1, i64 5816832]
@train_s64_v1__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v1__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 16384, i64 4, i64 33088, i64 4, i64 0]
@train_s64_v1__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s64_v1__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v1__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v1__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s64_v1__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 5815296]
@train_s64_v1__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v1__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v1__k040_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s64_v2__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 63, i64 2048, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v2__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 1048576]
@train_s64_v2__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v2__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1048576, i64 4, i64 0]
@train_s64_v2__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s64_v2__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v2__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v2__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 1048576]
@train_s64_v2__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 32, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 4202496, i64 4, i64 5251072]
@train_s64_v2__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s64_v2__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v2__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v2__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v2__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1056768, i64 4, i64 2105344]
@train_s64_v2__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s64_v2__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v2__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v2__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v2__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2105344, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@train_s64_v2__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v2__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1056768, i64 0, i64 4690944]
@train_s64_v2__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 69, i64 2048, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 5251072, i64 4, i64 1056768]
@train_s64_v2__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s64_v2__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v2__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v2__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v2__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1056768, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@train_s64_v2__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v2__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 4202496, i64 4, i64 5251072]
@train_s64_v2__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v2__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v2__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v2__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v2__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1048576, i64 4, i64 2097152]
@train_s64_v2__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s64_v2__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v2__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v2__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v2__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2097152, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 0]
@train_s64_v2__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v2__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1048576, i64 0, i64 5484032]
@train_s64_v2__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 69, i64 2048, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 5242880, i64 4, i64 1048576]
@train_s64_v2__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s64_v2__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v2__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v2__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v2__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1048576, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 0]
@train_s64_v2__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v2__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 1048576]
@train_s64_v2__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 70, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 16384]
@train_s64_v2__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16384, i64 4, i64 0]
@train_s64_v2__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s64_v2__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v2__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v2__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 32768]
@train_s64_v2__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32832]
@train_s64_v2__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v2__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 32832, i64 4, i64 32768, i64 5, i64 24960]
@train_s64_v2__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v2__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 32768, i64 4, i64 32832]
@train_s64_v2__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v2__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 32832, i64 1, i64 5816832]
@train_s64_v2__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v2__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 16384, i64 4, i64 33088, i64 4, i64 0]
@train_s64_v2__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s64_v2__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v2__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v2__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s64_v2__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 5815296]
@train_s64_v2__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v2__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v2__k040_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4161536, i64 5, i64 8192, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s64_v3__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 63, i64 2048, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v3__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4163072, i64 0, i64 4162560, i64 4, i64 1048576]
@train_s64_v3__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v3__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1048576, i64 4, i64 0]
@train_s64_v3__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s64_v3__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v3__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 16384, i64 4, i64 1048576]
@train_s64_v3__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 32, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 4202496, i64 4, i64 5251072]
@train_s64_v3__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s64_v3__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v3__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v3__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 1056768, i64 4, i64 2105344]
@train_s64_v3__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s64_v3__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v3__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2105344, i64 0, i64 4428288, i64 0, i64 4427776, i64 4, i64 0]
@train_s64_v3__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v3__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 1056768, i64 0, i64 4690944]
@train_s64_v3__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 69, i64 2048, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 5251072, i64 4, i64 1056768]
@train_s64_v3__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s64_v3__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v3__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 1056768, i64 0, i64 4956160, i64 0, i64 4955648, i64 4, i64 0]
@train_s64_v3__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 2048, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v3__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 4202496, i64 4, i64 5251072]
@train_s64_v3__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v3__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 128, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s64_v3__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s64_v3__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 5267456, i64 4, i64 6316032]
@train_s64_v3__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s64_v3__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s64_v3__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 6316032, i64 0, i64 5221376, i64 0, i64 5220864, i64 4, i64 7364608, i64 4, i64 5267456]
@train_s64_v3__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 71, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v3__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 12607488, i64 0, i64 5484032, i64 4, i64 8413184]
@train_s64_v3__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 72, i64 2048, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 2048, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 7364608, i64 4, i64 16801792, i64 4, i64 17850368]
@train_s64_v3__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s64_v3__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s64_v3__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 17850368, i64 0, i64 5749248, i64 0, i64 5748736, i64 4, i64 16801792, i64 4, i64 5283840]
@train_s64_v3__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 71, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v3__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k026_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16801792, i64 4, i64 5300224]
@train_s64_v3__k026_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 70, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k026_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k027_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k028_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5316608, i64 4, i64 5332992]
@train_s64_v3__k028_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k028_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k029_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5332992, i64 4, i64 5316608]
@train_s64_v3__k029_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s64_v3__k029_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k029_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k029_head_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v3__k030_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 32, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k031_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 24576, i64 4, i64 5349376]
@train_s64_v3__k031_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k031_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k032_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 5349440]
@train_s64_v3__k032_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k032_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k033_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 5349440, i64 4, i64 5349376, i64 5, i64 24960]
@train_s64_v3__k033_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k033_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k034_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 24704, i64 5, i64 24576, i64 4, i64 5349376, i64 4, i64 5349440]
@train_s64_v3__k034_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 64, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v3__k034_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k035_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5349440, i64 1, i64 5816832]
@train_s64_v3__k035_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 64, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k035_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k036_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k037_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 32, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k038_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 5332992, i64 4, i64 5349696, i64 4, i64 5316608]
@train_s64_v3__k038_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s64_v3__k038_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k038_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k038_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s64_v3__k039_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5316608, i64 1, i64 5815296]
@train_s64_v3__k039_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k039_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k040_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 32, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k041_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 32, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k042_grad_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5332992, i64 4, i64 16801792]
@train_s64_v3__k042_grad_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 73, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k042_grad_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k043_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 5283840, i64 4, i64 17850368, i64 0, i64 5748736, i64 4, i64 16801792, i64 4, i64 18898944]
@train_s64_v3__k043_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v3__k043_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 17850368, i64 4, i64 5283840, i64 4, i64 16801792, i64 1, i64 5748736]
@train_s64_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k045_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16801792, i64 1, i64 5749248]
@train_s64_v3__k045_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k045_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k046_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 18898944, i64 4, i64 16801792]
@train_s64_v3__k046_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s64_v3__k046_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k046_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k046_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v3__k047_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16801792, i64 1, i64 5748224]
@train_s64_v3__k047_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k047_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k048_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k049_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 2048, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k050_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 8413184, i64 4, i64 19947520, i64 4, i64 12607488]
@train_s64_v3__k050_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 2048, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k050_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 12607488, i64 1, i64 5484032]
@train_s64_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k053_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 8413184, i64 4, i64 18898944, i64 4, i64 9461760]
@train_s64_v3__k053_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 2048, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k053_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 2048, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k055_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 5267456, i64 4, i64 6316032, i64 0, i64 5220864, i64 4, i64 9461760, i64 4, i64 7364608]
@train_s64_v3__k055_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 2048, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s64_v3__k055_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k056_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6316032, i64 4, i64 5267456, i64 4, i64 9461760, i64 1, i64 5220864]
@train_s64_v3__k056_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s64_v3__k056_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k057_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 9461760, i64 1, i64 5221376]
@train_s64_v3__k057_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k057_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k058_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7364608, i64 4, i64 5267456]
@train_s64_v3__k058_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s64_v3__k058_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 2048, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k058_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k058_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s64_v3__k059_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 5267456, i64 1, i64 5220352]
@train_s64_v3__k059_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k059_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k060_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 2048, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k061_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k062_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4202496, i64 4, i64 6316032, i64 4, i64 5267456]
@train_s64_v3__k062_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 4096, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s64_v3__k062_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k063_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 5251072, i64 4, i64 6316032, i64 4, i64 5267456, i64 4, i64 7364608, i64 4, i64 4202496]
@train_s64_v3__k063_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v3__k063_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 81, i64 128, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s64_v3__k063_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k063_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s64_v3__k064_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 1056768, i64 4, i64 2105344, i64 4, i64 3153920, i64 4, i64 1048576, i64 4, i64 5251072, i64 4, i64 6316032, i64 4, i64 5267456, i64 4, i64 8413184]
@train_s64_v3__k064_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s64_v3__k064_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 82, i64 128, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s64_v3__k064_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s64_v3__k064_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s64_v3__k065_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4202496, i64 1, i64 5154304]
@train_s64_v3__k065_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k065_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k066_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k067_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7364608, i64 1, i64 5088256]
@train_s64_v3__k067_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k067_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k068_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s64_v3__k069_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8413184, i64 1, i64 5022208]
@train_s64_v3__k069_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s64_v3__k069_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s64_v3__k070_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 2048, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@optimizer_v0__k000_grad_norm_partial.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 0, i64 4, i64 0]
@optimizer_v0__k000_grad_norm_partial.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 90, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k000_grad_norm_partial.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k001_grad_norm_tail.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 5767168, i64 4, i64 0]
@optimizer_v0__k001_grad_norm_tail.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 91, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k001_grad_norm_tail.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k002_clip_coefficient.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 65600]
@optimizer_v0__k002_clip_coefficient.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 92, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k002_clip_coefficient.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k003_adamw.launch.bases = private unnamed_addr constant [10 x i64] [i64 1, i64 0, i64 4, i64 65600, i64 2, i64 0, i64 3, i64 0, i64 0, i64 0]
@optimizer_v0__k003_adamw.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 93, i64 5681, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @optimizer_v0__k003_adamw.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v1__k000_grad_norm_partial.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 5749760, i64 4, i64 0]
@optimizer_v1__k000_grad_norm_partial.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 94, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v1__k000_grad_norm_partial.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v1__k001_grad_norm_tail.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 5816320, i64 4, i64 0]
@optimizer_v1__k001_grad_norm_tail.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 95, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v1__k001_grad_norm_tail.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v1__k002_clip_coefficient.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 1088]
@optimizer_v1__k002_clip_coefficient.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v1__k002_clip_coefficient.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v1__k003_adamw.launch.bases = private unnamed_addr constant [10 x i64] [i64 1, i64 5749760, i64 4, i64 1088, i64 2, i64 5749760, i64 3, i64 5749760, i64 0, i64 5749760]
@optimizer_v1__k003_adamw.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 97, i64 66, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @optimizer_v1__k003_adamw.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v2__k000_grad_norm_partial.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 5749760, i64 4, i64 0]
@optimizer_v2__k000_grad_norm_partial.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 94, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v2__k000_grad_norm_partial.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v2__k001_grad_norm_tail.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 5816320, i64 4, i64 0]
@optimizer_v2__k001_grad_norm_tail.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 95, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v2__k001_grad_norm_tail.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v2__k002_clip_coefficient.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 1088]
@optimizer_v2__k002_clip_coefficient.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v2__k002_clip_coefficient.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v2__k003_adamw.launch.bases = private unnamed_addr constant [10 x i64] [i64 1, i64 5749760, i64 4, i64 1088, i64 2, i64 5749760, i64 3, i64 5749760, i64 0, i64 5749760]
@optimizer_v2__k003_adamw.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 97, i64 66, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @optimizer_v2__k003_adamw.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v3__k000_grad_norm_partial.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 4956672, i64 4, i64 0]
@optimizer_v3__k000_grad_norm_partial.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 98, i64 64, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v3__k000_grad_norm_partial.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v3__k001_grad_norm_tail.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 5816832, i64 4, i64 0]
@optimizer_v3__k001_grad_norm_tail.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 99, i64 1, i64 16, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v3__k001_grad_norm_tail.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v3__k002_clip_coefficient.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 8256]
@optimizer_v3__k002_clip_coefficient.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 100, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v3__k002_clip_coefficient.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v3__k003_adamw.launch.bases = private unnamed_addr constant [10 x i64] [i64 1, i64 4956672, i64 4, i64 8256, i64 2, i64 4956672, i64 3, i64 4956672, i64 0, i64 4956672]
@optimizer_v3__k003_adamw.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 101, i64 841, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @optimizer_v3__k003_adamw.launch.bases, i32 0, i32 0), i64 0, i64* null }
@.str = private unnamed_addr constant [11 x i8] c"nsmc_small\00"
@.str.1 = private unnamed_addr constant [11 x i8] c"nsmc_small\00"
@.str.2 = private unnamed_addr constant [5 x i8] c"cuda\00"
@.str.3 = private unnamed_addr constant [5 x i8] c"fp32\00"
@.str.4 = private unnamed_addr constant [5 x i8] c"gelu\00"
@.str.5 = private unnamed_addr constant [24 x i8] c"sequence_classification\00"
@.str.6 = private unnamed_addr constant [30 x i8] c"BertForSequenceClassification\00"
@.str.7 = private unnamed_addr constant [7 x i8] c"\EB\B6\80\EC\A0\95\00"
@.str.8 = private unnamed_addr constant [7 x i8] c"\EA\B8\8D\EC\A0\95\00"
@labels = private unnamed_addr constant [2 x i8*] [i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.7, i32 0, i32 0), i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.8, i32 0, i32 0)]
@.str.9 = private unnamed_addr constant [39 x i8] c"bert.embeddings.word_embeddings.weight\00"
@.str.10 = private unnamed_addr constant [43 x i8] c"bert.embeddings.position_embeddings.weight\00"
@.str.11 = private unnamed_addr constant [45 x i8] c"bert.embeddings.token_type_embeddings.weight\00"
@.str.12 = private unnamed_addr constant [33 x i8] c"bert.embeddings.LayerNorm.weight\00"
@.str.13 = private unnamed_addr constant [31 x i8] c"bert.embeddings.LayerNorm.bias\00"
@.str.14 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.self.query.weight\00"
@.str.15 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.query.bias\00"
@.str.16 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.key.weight\00"
@.str.17 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.attention.self.key.bias\00"
@.str.18 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.self.value.weight\00"
@.str.19 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.value.bias\00"
@.str.20 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.0.attention.output.dense.weight\00"
@.str.21 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.output.dense.bias\00"
@.str.22 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.0.attention.output.LayerNorm.weight\00"
@.str.23 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.0.attention.output.LayerNorm.bias\00"
@.str.24 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.intermediate.dense.weight\00"
@.str.25 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.intermediate.dense.bias\00"
@.str.26 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.0.output.dense.weight\00"
@.str.27 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.0.output.dense.bias\00"
@.str.28 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.output.LayerNorm.weight\00"
@.str.29 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.0.output.LayerNorm.bias\00"
@.str.30 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.self.query.weight\00"
@.str.31 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.query.bias\00"
@.str.32 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.key.weight\00"
@.str.33 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.attention.self.key.bias\00"
@.str.34 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.self.value.weight\00"
@.str.35 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.value.bias\00"
@.str.36 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.1.attention.output.dense.weight\00"
@.str.37 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.output.dense.bias\00"
@.str.38 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.1.attention.output.LayerNorm.weight\00"
@.str.39 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.1.attention.output.LayerNorm.bias\00"
@.str.40 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.intermediate.dense.weight\00"
@.str.41 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.intermediate.dense.bias\00"
@.str.42 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.1.output.dense.weight\00"
@.str.43 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.1.output.dense.bias\00"
@.str.44 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.output.LayerNorm.weight\00"
@.str.45 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.1.output.LayerNorm.bias\00"
@.str.46 = private unnamed_addr constant [25 x i8] c"bert.pooler.dense.weight\00"
@.str.47 = private unnamed_addr constant [23 x i8] c"bert.pooler.dense.bias\00"
@.str.48 = private unnamed_addr constant [18 x i8] c"classifier.weight\00"
@.str.49 = private unnamed_addr constant [16 x i8] c"classifier.bias\00"
@params = private unnamed_addr constant [41 x %bertrt_param] [%bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.9, i32 0, i32 0), i64 2, [4 x i64] [i64 8000, i64 128, i64 0, i64 0], i64 1024000, i64 0, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.10, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1024000, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.11, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 128, i64 0, i64 0], i64 256, i64 1040384, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([33 x i8], [33 x i8]* @.str.12, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1040640, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([31 x i8], [31 x i8]* @.str.13, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1040768, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.14, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1040896, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.15, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1057280, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.16, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1057408, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.17, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1073792, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.18, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1073920, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.19, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1090304, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.20, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1090432, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.21, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1106816, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.22, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1106944, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.23, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1107072, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.24, i32 0, i32 0), i64 2, [4 x i64] [i64 512, i64 128, i64 0, i64 0], i64 65536, i64 1107200, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.25, i32 0, i32 0), i64 1, [4 x i64] [i64 512, i64 0, i64 0, i64 0], i64 512, i64 1172736, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.26, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 512, i64 0, i64 0], i64 65536, i64 1173248, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.27, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1238784, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.28, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1238912, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.29, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1239040, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.30, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1239168, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.31, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1255552, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.32, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1255680, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.33, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1272064, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.34, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1272192, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.35, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1288576, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.36, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1288704, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.37, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1305088, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.38, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1305216, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.39, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1305344, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.40, i32 0, i32 0), i64 2, [4 x i64] [i64 512, i64 128, i64 0, i64 0], i64 65536, i64 1305472, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.41, i32 0, i32 0), i64 1, [4 x i64] [i64 512, i64 0, i64 0, i64 0], i64 512, i64 1371008, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.42, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 512, i64 0, i64 0], i64 65536, i64 1371520, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.43, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1437056, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.44, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1437184, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.45, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1437312, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([25 x i8], [25 x i8]* @.str.46, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1437440, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([23 x i8], [23 x i8]* @.str.47, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1453824, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.48, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 128, i64 0, i64 0], i64 256, i64 1453952, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([16 x i8], [16 x i8]* @.str.49, i32 0, i32 0), i64 1, [4 x i64] [i64 2, i64 0, i64 0, i64 0], i64 2, i64 1454208, i64 3 }]
@variants = private unnamed_addr constant [4 x %bertrt_variant] [%bertrt_variant { i64 0, i64 2, i64 0 }, %bertrt_variant { i64 1, i64 0, i64 1437440 }, %bertrt_variant { i64 2, i64 0, i64 1437440 }, %bertrt_variant { i64 2, i64 1, i64 1239168 }]
@optimizer = private unnamed_addr constant [4 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @optimizer_v0, void (%bertrt_ctx*)* @optimizer_v1, void (%bertrt_ctx*)* @optimizer_v2, void (%bertrt_ctx*)* @optimizer_v3]
@.str.50 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.51 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.52 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.53 = private unnamed_addr constant [7 x i8] c"labels\00"
@.str.54 = private unnamed_addr constant [7 x i8] c"logits\00"
@.str.55 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.56 = private unnamed_addr constant [14 x i8] c"pooled_output\00"
@.str.57 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s16_tensors = private unnamed_addr constant [8 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.50, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 32, i64 16, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.51, i32 0, i32 0), i64 1, i64 8192, i64 2, [4 x i64] [i64 32, i64 16, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.52, i32 0, i32 0), i64 1, i64 16384, i64 2, [4 x i64] [i64 32, i64 16, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.53, i32 0, i32 0), i64 1, i64 24576, i64 1, [4 x i64] [i64 32, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.54, i32 0, i32 0), i64 0, i64 24704, i64 2, [4 x i64] [i64 32, i64 2, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.55, i32 0, i32 0), i64 0, i64 24960, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.56, i32 0, i32 0), i64 0, i64 25024, i64 2, [4 x i64] [i64 32, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.57, i32 0, i32 0), i64 0, i64 41408, i64 3, [4 x i64] [i64 32, i64 16, i64 128, i64 0] }]
@bucket_s16_forward_backward = private unnamed_addr constant [4 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s16_v0, void (%bertrt_ctx*)* @train_s16_v1, void (%bertrt_ctx*)* @train_s16_v2, void (%bertrt_ctx*)* @train_s16_v3]
@.str.58 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.59 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.60 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.61 = private unnamed_addr constant [7 x i8] c"labels\00"
@.str.62 = private unnamed_addr constant [7 x i8] c"logits\00"
@.str.63 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.64 = private unnamed_addr constant [14 x i8] c"pooled_output\00"
@.str.65 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s32_tensors = private unnamed_addr constant [8 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.58, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 32, i64 32, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.59, i32 0, i32 0), i64 1, i64 8192, i64 2, [4 x i64] [i64 32, i64 32, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.60, i32 0, i32 0), i64 1, i64 16384, i64 2, [4 x i64] [i64 32, i64 32, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.61, i32 0, i32 0), i64 1, i64 24576, i64 1, [4 x i64] [i64 32, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.62, i32 0, i32 0), i64 0, i64 24704, i64 2, [4 x i64] [i64 32, i64 2, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.63, i32 0, i32 0), i64 0, i64 24960, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.64, i32 0, i32 0), i64 0, i64 25024, i64 2, [4 x i64] [i64 32, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.65, i32 0, i32 0), i64 0, i64 41408, i64 3, [4 x i64] [i64 32, i64 32, i64 128, i64 0] }]
@bucket_s32_forward_backward = private unnamed_addr constant [4 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s32_v0, void (%bertrt_ctx*)* @train_s32_v1, void (%bertrt_ctx*)* @train_s32_v2, void (%bertrt_ctx*)* @train_s32_v3]
@.str.66 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.67 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.68 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.69 = private unnamed_addr constant [7 x i8] c"labels\00"
@.str.70 = private unnamed_addr constant [7 x i8] c"logits\00"
@.str.71 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.72 = private unnamed_addr constant [14 x i8] c"pooled_output\00"
@.str.73 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s64_tensors = private unnamed_addr constant [8 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.66, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 32, i64 64, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.67, i32 0, i32 0), i64 1, i64 8192, i64 2, [4 x i64] [i64 32, i64 64, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.68, i32 0, i32 0), i64 1, i64 16384, i64 2, [4 x i64] [i64 32, i64 64, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.69, i32 0, i32 0), i64 1, i64 24576, i64 1, [4 x i64] [i64 32, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.70, i32 0, i32 0), i64 0, i64 24704, i64 2, [4 x i64] [i64 32, i64 2, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.71, i32 0, i32 0), i64 0, i64 24960, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.72, i32 0, i32 0), i64 0, i64 25024, i64 2, [4 x i64] [i64 32, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.73, i32 0, i32 0), i64 0, i64 41408, i64 3, [4 x i64] [i64 32, i64 64, i64 128, i64 0] }]
@bucket_s64_forward_backward = private unnamed_addr constant [4 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s64_v0, void (%bertrt_ctx*)* @train_s64_v1, void (%bertrt_ctx*)* @train_s64_v2, void (%bertrt_ctx*)* @train_s64_v3]
@buckets = private unnamed_addr constant [3 x %bertrt_bucket] [%bertrt_bucket { i64 16, i64 8, %bertrt_tensor* getelementptr inbounds ([8 x %bertrt_tensor], [8 x %bertrt_tensor]* @bucket_s16_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s16, void (%bertrt_ctx*)** getelementptr inbounds ([4 x void (%bertrt_ctx*)*], [4 x void (%bertrt_ctx*)*]* @bucket_s16_forward_backward, i32 0, i32 0), i64 417441536, i64 1254402688 }, %bertrt_bucket { i64 32, i64 8, %bertrt_tensor* getelementptr inbounds ([8 x %bertrt_tensor], [8 x %bertrt_tensor]* @bucket_s32_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s32, void (%bertrt_ctx*)** getelementptr inbounds ([4 x void (%bertrt_ctx*)*], [4 x void (%bertrt_ctx*)*]* @bucket_s32_forward_backward, i32 0, i32 0), i64 850569984, i64 2555883136 }, %bertrt_bucket { i64 64, i64 8, %bertrt_tensor* getelementptr inbounds ([8 x %bertrt_tensor], [8 x %bertrt_tensor]* @bucket_s64_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s64, void (%bertrt_ctx*)** getelementptr inbounds ([4 x void (%bertrt_ctx*)*], [4 x void (%bertrt_ctx*)*]* @bucket_s64_forward_backward, i32 0, i32 0), i64 1767158528, i64 5309838976 }]
@bertrt_generated_device_images = external constant %bertrt_device_images
@bertrt_generated_model = constant %bertrt_model { i64 4, i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str, i32 0, i32 0), i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.1, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.2, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.3, i32 0, i32 0), i64 8000, i64 128, i64 2, i64 2, i64 512, i64 128, i64 2, i64 0, i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.4, i32 0, i32 0), double 0x3D719799812DEA11, double 1.000000e-01, double 1.000000e-01, double 2.000000e-02, i8* getelementptr inbounds ([24 x i8], [24 x i8]* @.str.5, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @.str.6, i32 0, i32 0), i64 2, i8** getelementptr inbounds ([2 x i8*], [2 x i8*]* @labels, i32 0, i32 0), i64 0, double 5.000000e-04, double 9.000000e-01, double 0x3FEFF7CED916872B, double 1.000000e-08, double 1.000000e-02, double 1.000000e-01, double 1.000000e+00, i64 2, i64 42, i64 32, i64 41, %bertrt_param* getelementptr inbounds ([41 x %bertrt_param], [41 x %bertrt_param]* @params, i32 0, i32 0), i64 1454224, [6 x i64] [i64 5816896, i64 5816896, i64 5816896, i64 5816896, i64 41959424, i64 1089984], i64 4, %bertrt_variant* getelementptr inbounds ([4 x %bertrt_variant], [4 x %bertrt_variant]* @variants, i32 0, i32 0), void (%bertrt_ctx*)** getelementptr inbounds ([4 x void (%bertrt_ctx*)*], [4 x void (%bertrt_ctx*)*]* @optimizer, i32 0, i32 0), i64 3, %bertrt_bucket* getelementptr inbounds ([3 x %bertrt_bucket], [3 x %bertrt_bucket]* @buckets, i32 0, i32 0), i8* bitcast (%bertrt_device_images* @bertrt_generated_device_images to i8*), i64 102, i64 351 }, align 8

; Function Attrs: nounwind
define void @forward_s16(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 264192
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 0, %bertrt_gemm* @forward_s16__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 526336
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 1, %bertrt_gemm* @forward_s16__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 788480
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 2, %bertrt_gemm* @forward_s16__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 1050624
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 264192
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 3, %bertrt_gemm* @forward_s16__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 264192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 4, %bertrt_gemm* @forward_s16__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 264192
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 1312768
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 5, %bertrt_gemm* @forward_s16__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 264192
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 6, %bertrt_gemm* @forward_s16__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 526336
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 7, %bertrt_gemm* @forward_s16__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 788480
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 8, %bertrt_gemm* @forward_s16__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 1050624
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 262144
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 9, %bertrt_gemm* @forward_s16__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 262144
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 10, %bertrt_gemm* @forward_s16__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 262144
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 1310720
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 11, %bertrt_gemm* @forward_s16__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 0
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 16384
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 12, %bertrt_gemm* @forward_s16__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 13, %bertrt_gemm* @forward_s16__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s16__k033_loss.launch)
  ret void
}

; Function Attrs: nounwind
declare void @bertrt_cuda_run(%bertrt_ctx*, %bertrt_cuda_kernel*) #0

; Function Attrs: nounwind
declare void @bertrt_cuda_gemm(%bertrt_ctx*, i64, %bertrt_gemm*, i8*, i8*, i8*, i8*) #0

; Function Attrs: nounwind
define void @train_s16_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 528384
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 790528
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 14, %bertrt_gemm* @train_s16_v0__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 528384
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 1052672
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 15, %bertrt_gemm* @train_s16_v0__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 528384
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 1314816
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 16, %bertrt_gemm* @train_s16_v0__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 1576960
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 1839104
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 17, %bertrt_gemm* @train_s16_v0__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 1839104
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 3411968
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 18, %bertrt_gemm* @train_s16_v0__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 3411968
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 4460544
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 19, %bertrt_gemm* @train_s16_v0__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 4460544
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 4984832
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 20, %bertrt_gemm* @train_s16_v0__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 4460544
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 5246976
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 21, %bertrt_gemm* @train_s16_v0__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 4460544
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 5509120
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 22, %bertrt_gemm* @train_s16_v0__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 5771264
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 6033408
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 23, %bertrt_gemm* @train_s16_v0__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 6033408
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 7606272
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 24, %bertrt_gemm* @train_s16_v0__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 7606272
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 8654848
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 25, %bertrt_gemm* @train_s16_v0__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 292864
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 309248
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 26, %bertrt_gemm* @train_s16_v0__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 309248
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 27, %bertrt_gemm* @train_s16_v0__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 342080
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 342336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 28, %bertrt_gemm* @train_s16_v0__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 342080
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 309248
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 29, %bertrt_gemm* @train_s16_v0__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 309248
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %123 = load i8*, i8** %122, align 8
  %bert.pooler.dense.weight11 = getelementptr inbounds i8, i8* %123, i64 5749760
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %grad.pooler.dense.matmul.a = getelementptr inbounds i8, i8* %125, i64 325632
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 30, %bertrt_gemm* @train_s16_v0__k040_grad_pooler_dense_matmul_a.gemm, i8* %grad.pooler.tanh, i8* %bert.pooler.dense.weight11, i8* %grad.pooler.dense.matmul.a, i8* null)
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %grad.pooler.tanh12 = getelementptr inbounds i8, i8* %127, i64 309248
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %pooler.first_token13 = getelementptr inbounds i8, i8* %129, i64 292864
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %131 = load i8*, i8** %130, align 8
  %bert.pooler.dense.weight14 = getelementptr inbounds i8, i8* %131, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 31, %bertrt_gemm* @train_s16_v0__k041_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh12, i8* %pooler.first_token13, i8* %bert.pooler.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k042_grad_pooler_first_token.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k043_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k045_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k046_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k047_grad_layer_1_ffn_output_in1_sum.launch)
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %133, i64 8654848
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %135 = load i8*, i8** %134, align 8
  %bert.encoder.layer.1.output.dense.weight15 = getelementptr inbounds i8, i8* %135, i64 5486080
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %137 = load i8*, i8** %136, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %137, i64 9441280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 32, %bertrt_gemm* @train_s16_v0__k048_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight15, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %grad.layer.1.ffn.dropout16 = getelementptr inbounds i8, i8* %139, i64 8654848
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %layer.1.ffn.gelu17 = getelementptr inbounds i8, i8* %141, i64 7606272
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %143 = load i8*, i8** %142, align 8
  %bert.encoder.layer.1.output.dense.weight18 = getelementptr inbounds i8, i8* %143, i64 5486080
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 33, %bertrt_gemm* @train_s16_v0__k049_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout16, i8* %layer.1.ffn.gelu17, i8* %bert.encoder.layer.1.output.dense.weight18, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k050_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %145, i64 7606272
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %147 = load i8*, i8** %146, align 8
  %bert.encoder.layer.1.intermediate.dense.weight19 = getelementptr inbounds i8, i8* %147, i64 5221888
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %149 = load i8*, i8** %148, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %149, i64 6557696
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 34, %bertrt_gemm* @train_s16_v0__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight19, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k053_grad_layer_1_attention_layernorm_sum.launch)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %grad.layer.1.ffn.gelu20 = getelementptr inbounds i8, i8* %151, i64 7606272
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %layer.1.attention.layernorm21 = getelementptr inbounds i8, i8* %153, i64 6033408
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %155 = load i8*, i8** %154, align 8
  %bert.encoder.layer.1.intermediate.dense.weight22 = getelementptr inbounds i8, i8* %155, i64 5221888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 35, %bertrt_gemm* @train_s16_v0__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu20, i8* %layer.1.attention.layernorm21, i8* %bert.encoder.layer.1.intermediate.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k055_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k056_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k057_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k058_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k059_grad_layer_1_attention_output_in1_sum.launch)
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %157, i64 6295552
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %159 = load i8*, i8** %158, align 8
  %bert.encoder.layer.1.attention.output.dense.weight23 = getelementptr inbounds i8, i8* %159, i64 5154816
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %161 = load i8*, i8** %160, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %161, i64 6557696
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 36, %bertrt_gemm* @train_s16_v0__k060_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight23, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %grad.layer.1.attention.output_dropout24 = getelementptr inbounds i8, i8* %163, i64 6295552
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %layer.1.attention.context25 = getelementptr inbounds i8, i8* %165, i64 5771264
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %167 = load i8*, i8** %166, align 8
  %bert.encoder.layer.1.attention.output.dense.weight26 = getelementptr inbounds i8, i8* %167, i64 5154816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 37, %bertrt_gemm* @train_s16_v0__k061_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout24, i8* %layer.1.attention.context25, i8* %bert.encoder.layer.1.attention.output.dense.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k062_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k063_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k064_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k065_grad_layer_1_attention_value_in1_sum.launch)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %169, i64 5771264
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %171 = load i8*, i8** %170, align 8
  %bert.encoder.layer.1.attention.self.value.weight27 = getelementptr inbounds i8, i8* %171, i64 5088768
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %173 = load i8*, i8** %172, align 8
  %grad.layer.1.attention.value.matmul.a = getelementptr inbounds i8, i8* %173, i64 4984832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 38, %bertrt_gemm* @train_s16_v0__k066_grad_layer_1_attention_value_matmul_a.gemm, i8* %grad.layer.1.attention.context.b, i8* %bert.encoder.layer.1.attention.self.value.weight27, i8* %grad.layer.1.attention.value.matmul.a, i8* null)
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %grad.layer.1.attention.context.b28 = getelementptr inbounds i8, i8* %175, i64 5771264
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %layer.0.ffn.layernorm29 = getelementptr inbounds i8, i8* %177, i64 4460544
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %179 = load i8*, i8** %178, align 8
  %bert.encoder.layer.1.attention.self.value.weight30 = getelementptr inbounds i8, i8* %179, i64 5088768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 39, %bertrt_gemm* @train_s16_v0__k067_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b28, i8* %layer.0.ffn.layernorm29, i8* %bert.encoder.layer.1.attention.self.value.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k068_grad_layer_1_attention_key_in1_sum.launch)
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %181, i64 6295552
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %183 = load i8*, i8** %182, align 8
  %bert.encoder.layer.1.attention.self.key.weight31 = getelementptr inbounds i8, i8* %183, i64 5022720
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %185 = load i8*, i8** %184, align 8
  %grad.layer.1.attention.key.matmul.a = getelementptr inbounds i8, i8* %185, i64 5246976
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 40, %bertrt_gemm* @train_s16_v0__k069_grad_layer_1_attention_key_matmul_a.gemm, i8* %grad.layer.1.attention.scores.b, i8* %bert.encoder.layer.1.attention.self.key.weight31, i8* %grad.layer.1.attention.key.matmul.a, i8* null)
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %grad.layer.1.attention.scores.b32 = getelementptr inbounds i8, i8* %187, i64 6295552
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %layer.0.ffn.layernorm33 = getelementptr inbounds i8, i8* %189, i64 4460544
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %191 = load i8*, i8** %190, align 8
  %bert.encoder.layer.1.attention.self.key.weight34 = getelementptr inbounds i8, i8* %191, i64 5022720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 41, %bertrt_gemm* @train_s16_v0__k070_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b32, i8* %layer.0.ffn.layernorm33, i8* %bert.encoder.layer.1.attention.self.key.weight34, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k071_grad_layer_1_attention_query_in1_sum.launch)
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %193, i64 6819840
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %195 = load i8*, i8** %194, align 8
  %bert.encoder.layer.1.attention.self.query.weight35 = getelementptr inbounds i8, i8* %195, i64 4956672
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %197 = load i8*, i8** %196, align 8
  %grad.layer.1.attention.query.matmul.a = getelementptr inbounds i8, i8* %197, i64 5509120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 42, %bertrt_gemm* @train_s16_v0__k072_grad_layer_1_attention_query_matmul_a.gemm, i8* %grad.layer.1.attention.scores.a, i8* %bert.encoder.layer.1.attention.self.query.weight35, i8* %grad.layer.1.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k073_grad_layer_0_ffn_layernorm_sum.launch)
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %199 = load i8*, i8** %198, align 8
  %grad.layer.1.attention.scores.a36 = getelementptr inbounds i8, i8* %199, i64 6819840
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %layer.0.ffn.layernorm37 = getelementptr inbounds i8, i8* %201, i64 4460544
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %203 = load i8*, i8** %202, align 8
  %bert.encoder.layer.1.attention.self.query.weight38 = getelementptr inbounds i8, i8* %203, i64 4956672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 43, %bertrt_gemm* @train_s16_v0__k074_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a36, i8* %layer.0.ffn.layernorm37, i8* %bert.encoder.layer.1.attention.self.query.weight38, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k075_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k077_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k078_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k079_grad_layer_0_ffn_output_in1_sum.launch)
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %grad.layer.0.ffn.dropout = getelementptr inbounds i8, i8* %205, i64 4722688
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %207 = load i8*, i8** %206, align 8
  %bert.encoder.layer.0.output.dense.weight39 = getelementptr inbounds i8, i8* %207, i64 4692992
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %209 = load i8*, i8** %208, align 8
  %grad.layer.0.ffn.output.matmul.a = getelementptr inbounds i8, i8* %209, i64 4984832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 44, %bertrt_gemm* @train_s16_v0__k080_grad_layer_0_ffn_output_matmul_a.gemm, i8* %grad.layer.0.ffn.dropout, i8* %bert.encoder.layer.0.output.dense.weight39, i8* %grad.layer.0.ffn.output.matmul.a, i8* null)
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %211 = load i8*, i8** %210, align 8
  %grad.layer.0.ffn.dropout40 = getelementptr inbounds i8, i8* %211, i64 4722688
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %layer.0.ffn.gelu41 = getelementptr inbounds i8, i8* %213, i64 3411968
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %215 = load i8*, i8** %214, align 8
  %bert.encoder.layer.0.output.dense.weight42 = getelementptr inbounds i8, i8* %215, i64 4692992
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 45, %bertrt_gemm* @train_s16_v0__k081_grad_layer_0_ffn_output_matmul_b.gemm, i8* %grad.layer.0.ffn.dropout40, i8* %layer.0.ffn.gelu41, i8* %bert.encoder.layer.0.output.dense.weight42, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k082_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %grad.layer.0.ffn.gelu = getelementptr inbounds i8, i8* %217, i64 3411968
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %219 = load i8*, i8** %218, align 8
  %bert.encoder.layer.0.intermediate.dense.weight43 = getelementptr inbounds i8, i8* %219, i64 4428800
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %221 = load i8*, i8** %220, align 8
  %grad.layer.0.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %221, i64 2363392
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 46, %bertrt_gemm* @train_s16_v0__k084_grad_layer_0_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.0.ffn.gelu, i8* %bert.encoder.layer.0.intermediate.dense.weight43, i8* %grad.layer.0.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k085_grad_layer_0_attention_layernorm_sum.launch)
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %223 = load i8*, i8** %222, align 8
  %grad.layer.0.ffn.gelu44 = getelementptr inbounds i8, i8* %223, i64 3411968
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %225 = load i8*, i8** %224, align 8
  %layer.0.attention.layernorm45 = getelementptr inbounds i8, i8* %225, i64 1839104
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %227 = load i8*, i8** %226, align 8
  %bert.encoder.layer.0.intermediate.dense.weight46 = getelementptr inbounds i8, i8* %227, i64 4428800
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 47, %bertrt_gemm* @train_s16_v0__k086_grad_layer_0_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.0.ffn.gelu44, i8* %layer.0.attention.layernorm45, i8* %bert.encoder.layer.0.intermediate.dense.weight46, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k087_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k088_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k089_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k090_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k091_grad_layer_0_attention_output_in1_sum.launch)
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %229 = load i8*, i8** %228, align 8
  %grad.layer.0.attention.output_dropout = getelementptr inbounds i8, i8* %229, i64 2101248
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %231 = load i8*, i8** %230, align 8
  %bert.encoder.layer.0.attention.output.dense.weight47 = getelementptr inbounds i8, i8* %231, i64 4361728
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %233 = load i8*, i8** %232, align 8
  %grad.layer.0.attention.output.matmul.a = getelementptr inbounds i8, i8* %233, i64 2363392
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 48, %bertrt_gemm* @train_s16_v0__k092_grad_layer_0_attention_output_matmul_a.gemm, i8* %grad.layer.0.attention.output_dropout, i8* %bert.encoder.layer.0.attention.output.dense.weight47, i8* %grad.layer.0.attention.output.matmul.a, i8* null)
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %235 = load i8*, i8** %234, align 8
  %grad.layer.0.attention.output_dropout48 = getelementptr inbounds i8, i8* %235, i64 2101248
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %237 = load i8*, i8** %236, align 8
  %layer.0.attention.context49 = getelementptr inbounds i8, i8* %237, i64 1576960
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %239 = load i8*, i8** %238, align 8
  %bert.encoder.layer.0.attention.output.dense.weight50 = getelementptr inbounds i8, i8* %239, i64 4361728
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 49, %bertrt_gemm* @train_s16_v0__k093_grad_layer_0_attention_output_matmul_b.gemm, i8* %grad.layer.0.attention.output_dropout48, i8* %layer.0.attention.context49, i8* %bert.encoder.layer.0.attention.output.dense.weight50, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k094_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k095_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k096_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k097_grad_layer_0_attention_value_in1_sum.launch)
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %241 = load i8*, i8** %240, align 8
  %grad.layer.0.attention.context.b = getelementptr inbounds i8, i8* %241, i64 1576960
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %243 = load i8*, i8** %242, align 8
  %bert.encoder.layer.0.attention.self.value.weight51 = getelementptr inbounds i8, i8* %243, i64 4295680
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %245 = load i8*, i8** %244, align 8
  %grad.layer.0.attention.value.matmul.a = getelementptr inbounds i8, i8* %245, i64 266240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 50, %bertrt_gemm* @train_s16_v0__k098_grad_layer_0_attention_value_matmul_a.gemm, i8* %grad.layer.0.attention.context.b, i8* %bert.encoder.layer.0.attention.self.value.weight51, i8* %grad.layer.0.attention.value.matmul.a, i8* null)
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %247 = load i8*, i8** %246, align 8
  %grad.layer.0.attention.context.b52 = getelementptr inbounds i8, i8* %247, i64 1576960
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %249 = load i8*, i8** %248, align 8
  %embeddings.dropout53 = getelementptr inbounds i8, i8* %249, i64 528384
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %251 = load i8*, i8** %250, align 8
  %bert.encoder.layer.0.attention.self.value.weight54 = getelementptr inbounds i8, i8* %251, i64 4295680
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 51, %bertrt_gemm* @train_s16_v0__k099_grad_layer_0_attention_value_matmul_b.gemm, i8* %grad.layer.0.attention.context.b52, i8* %embeddings.dropout53, i8* %bert.encoder.layer.0.attention.self.value.weight54, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k100_grad_layer_0_attention_key_in1_sum.launch)
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %253 = load i8*, i8** %252, align 8
  %grad.layer.0.attention.scores.b = getelementptr inbounds i8, i8* %253, i64 2101248
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %255 = load i8*, i8** %254, align 8
  %bert.encoder.layer.0.attention.self.key.weight55 = getelementptr inbounds i8, i8* %255, i64 4229632
  %256 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %257 = load i8*, i8** %256, align 8
  %grad.layer.0.attention.key.matmul.a = getelementptr inbounds i8, i8* %257, i64 790528
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 52, %bertrt_gemm* @train_s16_v0__k101_grad_layer_0_attention_key_matmul_a.gemm, i8* %grad.layer.0.attention.scores.b, i8* %bert.encoder.layer.0.attention.self.key.weight55, i8* %grad.layer.0.attention.key.matmul.a, i8* null)
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %259 = load i8*, i8** %258, align 8
  %grad.layer.0.attention.scores.b56 = getelementptr inbounds i8, i8* %259, i64 2101248
  %260 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %261 = load i8*, i8** %260, align 8
  %embeddings.dropout57 = getelementptr inbounds i8, i8* %261, i64 528384
  %262 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %263 = load i8*, i8** %262, align 8
  %bert.encoder.layer.0.attention.self.key.weight58 = getelementptr inbounds i8, i8* %263, i64 4229632
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 53, %bertrt_gemm* @train_s16_v0__k102_grad_layer_0_attention_key_matmul_b.gemm, i8* %grad.layer.0.attention.scores.b56, i8* %embeddings.dropout57, i8* %bert.encoder.layer.0.attention.self.key.weight58, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k103_grad_layer_0_attention_query_in1_sum.launch)
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %265 = load i8*, i8** %264, align 8
  %grad.layer.0.attention.scores.a = getelementptr inbounds i8, i8* %265, i64 2625536
  %266 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %267 = load i8*, i8** %266, align 8
  %bert.encoder.layer.0.attention.self.query.weight59 = getelementptr inbounds i8, i8* %267, i64 4163584
  %268 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %269 = load i8*, i8** %268, align 8
  %grad.layer.0.attention.query.matmul.a = getelementptr inbounds i8, i8* %269, i64 1052672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 54, %bertrt_gemm* @train_s16_v0__k104_grad_layer_0_attention_query_matmul_a.gemm, i8* %grad.layer.0.attention.scores.a, i8* %bert.encoder.layer.0.attention.self.query.weight59, i8* %grad.layer.0.attention.query.matmul.a, i8* null)
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %271 = load i8*, i8** %270, align 8
  %grad.layer.0.attention.scores.a60 = getelementptr inbounds i8, i8* %271, i64 2625536
  %272 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %273 = load i8*, i8** %272, align 8
  %embeddings.dropout61 = getelementptr inbounds i8, i8* %273, i64 528384
  %274 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %275 = load i8*, i8** %274, align 8
  %bert.encoder.layer.0.attention.self.query.weight62 = getelementptr inbounds i8, i8* %275, i64 4163584
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 55, %bertrt_gemm* @train_s16_v0__k105_grad_layer_0_attention_query_matmul_b.gemm, i8* %grad.layer.0.attention.scores.a60, i8* %embeddings.dropout61, i8* %bert.encoder.layer.0.attention.self.query.weight62, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k106_grad_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k107_grad_embeddings_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k108_grad_embeddings_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k109_grad_embeddings_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k110_grad_embeddings_sum_in1_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k111_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k112_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k113_grad_embeddings_token_type.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v0__k114_grad_embeddings_word.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s16_v1(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 264192
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 56, %bertrt_gemm* @train_s16_v1__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 526336
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 57, %bertrt_gemm* @train_s16_v1__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 788480
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 58, %bertrt_gemm* @train_s16_v1__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 1050624
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 264192
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 59, %bertrt_gemm* @train_s16_v1__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 264192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 60, %bertrt_gemm* @train_s16_v1__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 264192
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 1312768
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 61, %bertrt_gemm* @train_s16_v1__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 264192
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 62, %bertrt_gemm* @train_s16_v1__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 526336
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 63, %bertrt_gemm* @train_s16_v1__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 788480
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 64, %bertrt_gemm* @train_s16_v1__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 1050624
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 262144
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 65, %bertrt_gemm* @train_s16_v1__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 262144
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 66, %bertrt_gemm* @train_s16_v1__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 262144
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 1310720
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 67, %bertrt_gemm* @train_s16_v1__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 262144
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 0
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 68, %bertrt_gemm* @train_s16_v1__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 69, %bertrt_gemm* @train_s16_v1__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 32832
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 33088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 70, %bertrt_gemm* @train_s16_v1__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 32832
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 0
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 71, %bertrt_gemm* @train_s16_v1__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v1__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 0
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %123 = load i8*, i8** %122, align 8
  %pooler.first_token11 = getelementptr inbounds i8, i8* %123, i64 262144
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %125 = load i8*, i8** %124, align 8
  %bert.pooler.dense.weight12 = getelementptr inbounds i8, i8* %125, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 72, %bertrt_gemm* @train_s16_v1__k040_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh, i8* %pooler.first_token11, i8* %bert.pooler.dense.weight12, i8* null)
  ret void
}

; Function Attrs: nounwind
define void @train_s16_v2(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 264192
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 73, %bertrt_gemm* @train_s16_v2__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 526336
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 74, %bertrt_gemm* @train_s16_v2__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 788480
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 75, %bertrt_gemm* @train_s16_v2__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 1050624
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 264192
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 76, %bertrt_gemm* @train_s16_v2__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 264192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 77, %bertrt_gemm* @train_s16_v2__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 264192
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 1312768
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 78, %bertrt_gemm* @train_s16_v2__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 264192
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 79, %bertrt_gemm* @train_s16_v2__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 526336
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 80, %bertrt_gemm* @train_s16_v2__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 788480
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 81, %bertrt_gemm* @train_s16_v2__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 1050624
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 262144
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 82, %bertrt_gemm* @train_s16_v2__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 262144
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 83, %bertrt_gemm* @train_s16_v2__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 262144
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 1310720
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 84, %bertrt_gemm* @train_s16_v2__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 262144
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 0
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 85, %bertrt_gemm* @train_s16_v2__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 86, %bertrt_gemm* @train_s16_v2__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 32832
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 33088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 87, %bertrt_gemm* @train_s16_v2__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 32832
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 0
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 88, %bertrt_gemm* @train_s16_v2__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v2__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 0
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %123 = load i8*, i8** %122, align 8
  %pooler.first_token11 = getelementptr inbounds i8, i8* %123, i64 262144
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %125 = load i8*, i8** %124, align 8
  %bert.pooler.dense.weight12 = getelementptr inbounds i8, i8* %125, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 89, %bertrt_gemm* @train_s16_v2__k040_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh, i8* %pooler.first_token11, i8* %bert.pooler.dense.weight12, i8* null)
  ret void
}

; Function Attrs: nounwind
define void @train_s16_v3(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 264192
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 90, %bertrt_gemm* @train_s16_v3__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 526336
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 91, %bertrt_gemm* @train_s16_v3__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 788480
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 92, %bertrt_gemm* @train_s16_v3__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 1050624
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 264192
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 93, %bertrt_gemm* @train_s16_v3__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 264192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 94, %bertrt_gemm* @train_s16_v3__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 264192
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 1312768
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 95, %bertrt_gemm* @train_s16_v3__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 264192
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 96, %bertrt_gemm* @train_s16_v3__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 526336
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 97, %bertrt_gemm* @train_s16_v3__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 788480
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 98, %bertrt_gemm* @train_s16_v3__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 1050624
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 1316864
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 99, %bertrt_gemm* @train_s16_v3__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 1841152
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 3151872
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 100, %bertrt_gemm* @train_s16_v3__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 3151872
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 4200448
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 101, %bertrt_gemm* @train_s16_v3__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 1325056
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 1341440
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 102, %bertrt_gemm* @train_s16_v3__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 1341440
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 103, %bertrt_gemm* @train_s16_v3__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 1374272
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 1374528
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 104, %bertrt_gemm* @train_s16_v3__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 1374272
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 1341440
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 105, %bertrt_gemm* @train_s16_v3__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 1341440
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %123 = load i8*, i8** %122, align 8
  %bert.pooler.dense.weight11 = getelementptr inbounds i8, i8* %123, i64 5749760
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %grad.pooler.dense.matmul.a = getelementptr inbounds i8, i8* %125, i64 1357824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 106, %bertrt_gemm* @train_s16_v3__k040_grad_pooler_dense_matmul_a.gemm, i8* %grad.pooler.tanh, i8* %bert.pooler.dense.weight11, i8* %grad.pooler.dense.matmul.a, i8* null)
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %grad.pooler.tanh12 = getelementptr inbounds i8, i8* %127, i64 1341440
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %pooler.first_token13 = getelementptr inbounds i8, i8* %129, i64 1325056
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %131 = load i8*, i8** %130, align 8
  %bert.pooler.dense.weight14 = getelementptr inbounds i8, i8* %131, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 107, %bertrt_gemm* @train_s16_v3__k041_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh12, i8* %pooler.first_token13, i8* %bert.pooler.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k042_grad_pooler_first_token.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k043_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k045_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k046_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k047_grad_layer_1_ffn_output_in1_sum.launch)
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %133, i64 4200448
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %135 = load i8*, i8** %134, align 8
  %bert.encoder.layer.1.output.dense.weight15 = getelementptr inbounds i8, i8* %135, i64 5486080
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %137 = load i8*, i8** %136, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %137, i64 4986880
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 108, %bertrt_gemm* @train_s16_v3__k048_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight15, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %grad.layer.1.ffn.dropout16 = getelementptr inbounds i8, i8* %139, i64 4200448
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %layer.1.ffn.gelu17 = getelementptr inbounds i8, i8* %141, i64 3151872
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %143 = load i8*, i8** %142, align 8
  %bert.encoder.layer.1.output.dense.weight18 = getelementptr inbounds i8, i8* %143, i64 5486080
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 109, %bertrt_gemm* @train_s16_v3__k049_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout16, i8* %layer.1.ffn.gelu17, i8* %bert.encoder.layer.1.output.dense.weight18, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k050_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %145, i64 3151872
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %147 = load i8*, i8** %146, align 8
  %bert.encoder.layer.1.intermediate.dense.weight19 = getelementptr inbounds i8, i8* %147, i64 5221888
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %149 = load i8*, i8** %148, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %149, i64 2103296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 110, %bertrt_gemm* @train_s16_v3__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight19, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k053_grad_layer_1_attention_layernorm_sum.launch)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %grad.layer.1.ffn.gelu20 = getelementptr inbounds i8, i8* %151, i64 3151872
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %layer.1.attention.layernorm21 = getelementptr inbounds i8, i8* %153, i64 1841152
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %155 = load i8*, i8** %154, align 8
  %bert.encoder.layer.1.intermediate.dense.weight22 = getelementptr inbounds i8, i8* %155, i64 5221888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 111, %bertrt_gemm* @train_s16_v3__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu20, i8* %layer.1.attention.layernorm21, i8* %bert.encoder.layer.1.intermediate.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k055_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k056_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k057_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k058_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k059_grad_layer_1_attention_output_in1_sum.launch)
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %157, i64 1316864
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %159 = load i8*, i8** %158, align 8
  %bert.encoder.layer.1.attention.output.dense.weight23 = getelementptr inbounds i8, i8* %159, i64 5154816
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %161 = load i8*, i8** %160, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %161, i64 1579008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 112, %bertrt_gemm* @train_s16_v3__k060_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight23, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %grad.layer.1.attention.output_dropout24 = getelementptr inbounds i8, i8* %163, i64 1316864
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %layer.1.attention.context25 = getelementptr inbounds i8, i8* %165, i64 1050624
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %167 = load i8*, i8** %166, align 8
  %bert.encoder.layer.1.attention.output.dense.weight26 = getelementptr inbounds i8, i8* %167, i64 5154816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 113, %bertrt_gemm* @train_s16_v3__k061_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout24, i8* %layer.1.attention.context25, i8* %bert.encoder.layer.1.attention.output.dense.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k062_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k063_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k064_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k065_grad_layer_1_attention_value_in1_sum.launch)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %169, i64 1050624
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %171 = load i8*, i8** %170, align 8
  %layer.0.ffn.layernorm27 = getelementptr inbounds i8, i8* %171, i64 0
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %173 = load i8*, i8** %172, align 8
  %bert.encoder.layer.1.attention.self.value.weight28 = getelementptr inbounds i8, i8* %173, i64 5088768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 114, %bertrt_gemm* @train_s16_v3__k066_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b, i8* %layer.0.ffn.layernorm27, i8* %bert.encoder.layer.1.attention.self.value.weight28, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k067_grad_layer_1_attention_key_in1_sum.launch)
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %175, i64 1841152
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %layer.0.ffn.layernorm29 = getelementptr inbounds i8, i8* %177, i64 0
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %179 = load i8*, i8** %178, align 8
  %bert.encoder.layer.1.attention.self.key.weight30 = getelementptr inbounds i8, i8* %179, i64 5022720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 115, %bertrt_gemm* @train_s16_v3__k068_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b, i8* %layer.0.ffn.layernorm29, i8* %bert.encoder.layer.1.attention.self.key.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s16_v3__k069_grad_layer_1_attention_query_in1_sum.launch)
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %181, i64 2103296
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %183 = load i8*, i8** %182, align 8
  %layer.0.ffn.layernorm31 = getelementptr inbounds i8, i8* %183, i64 0
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %185 = load i8*, i8** %184, align 8
  %bert.encoder.layer.1.attention.self.query.weight32 = getelementptr inbounds i8, i8* %185, i64 4956672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 116, %bertrt_gemm* @train_s16_v3__k070_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a, i8* %layer.0.ffn.layernorm31, i8* %bert.encoder.layer.1.attention.self.query.weight32, i8* null)
  ret void
}

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
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 528384
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 117, %bertrt_gemm* @forward_s32__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 1052672
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 118, %bertrt_gemm* @forward_s32__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 1576960
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 119, %bertrt_gemm* @forward_s32__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 2101248
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 528384
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 120, %bertrt_gemm* @forward_s32__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 528384
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 121, %bertrt_gemm* @forward_s32__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 528384
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 2625536
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 122, %bertrt_gemm* @forward_s32__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 528384
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 123, %bertrt_gemm* @forward_s32__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 1052672
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 124, %bertrt_gemm* @forward_s32__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 1576960
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 125, %bertrt_gemm* @forward_s32__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 2101248
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 524288
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 126, %bertrt_gemm* @forward_s32__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 524288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 127, %bertrt_gemm* @forward_s32__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 524288
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 2621440
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 128, %bertrt_gemm* @forward_s32__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 0
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 16384
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 129, %bertrt_gemm* @forward_s32__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 130, %bertrt_gemm* @forward_s32__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s32__k033_loss.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s32_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 1056768
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 1581056
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 131, %bertrt_gemm* @train_s32_v0__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 1056768
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 2105344
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 132, %bertrt_gemm* @train_s32_v0__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 1056768
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 2629632
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 133, %bertrt_gemm* @train_s32_v0__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 3153920
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 3678208
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 134, %bertrt_gemm* @train_s32_v0__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 3678208
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 6823936
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 135, %bertrt_gemm* @train_s32_v0__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 6823936
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 8921088
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 136, %bertrt_gemm* @train_s32_v0__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 8921088
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 9969664
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 137, %bertrt_gemm* @train_s32_v0__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 8921088
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 10493952
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 138, %bertrt_gemm* @train_s32_v0__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 8921088
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 11018240
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 139, %bertrt_gemm* @train_s32_v0__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 11542528
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 12066816
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 140, %bertrt_gemm* @train_s32_v0__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 12066816
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 15212544
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 141, %bertrt_gemm* @train_s32_v0__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 15212544
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 17309696
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 142, %bertrt_gemm* @train_s32_v0__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 585728
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 602112
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 143, %bertrt_gemm* @train_s32_v0__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 602112
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 144, %bertrt_gemm* @train_s32_v0__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 634944
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 635200
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 145, %bertrt_gemm* @train_s32_v0__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 634944
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 602112
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 146, %bertrt_gemm* @train_s32_v0__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 602112
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %123 = load i8*, i8** %122, align 8
  %bert.pooler.dense.weight11 = getelementptr inbounds i8, i8* %123, i64 5749760
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %grad.pooler.dense.matmul.a = getelementptr inbounds i8, i8* %125, i64 618496
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 147, %bertrt_gemm* @train_s32_v0__k040_grad_pooler_dense_matmul_a.gemm, i8* %grad.pooler.tanh, i8* %bert.pooler.dense.weight11, i8* %grad.pooler.dense.matmul.a, i8* null)
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %grad.pooler.tanh12 = getelementptr inbounds i8, i8* %127, i64 602112
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %pooler.first_token13 = getelementptr inbounds i8, i8* %129, i64 585728
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %131 = load i8*, i8** %130, align 8
  %bert.pooler.dense.weight14 = getelementptr inbounds i8, i8* %131, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 148, %bertrt_gemm* @train_s32_v0__k041_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh12, i8* %pooler.first_token13, i8* %bert.pooler.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k042_grad_pooler_first_token.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k043_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k045_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k046_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k047_grad_layer_1_ffn_output_in1_sum.launch)
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %133, i64 17309696
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %135 = load i8*, i8** %134, align 8
  %bert.encoder.layer.1.output.dense.weight15 = getelementptr inbounds i8, i8* %135, i64 5486080
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %137 = load i8*, i8** %136, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %137, i64 18882560
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 149, %bertrt_gemm* @train_s32_v0__k048_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight15, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %grad.layer.1.ffn.dropout16 = getelementptr inbounds i8, i8* %139, i64 17309696
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %layer.1.ffn.gelu17 = getelementptr inbounds i8, i8* %141, i64 15212544
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %143 = load i8*, i8** %142, align 8
  %bert.encoder.layer.1.output.dense.weight18 = getelementptr inbounds i8, i8* %143, i64 5486080
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 150, %bertrt_gemm* @train_s32_v0__k049_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout16, i8* %layer.1.ffn.gelu17, i8* %bert.encoder.layer.1.output.dense.weight18, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k050_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %145, i64 15212544
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %147 = load i8*, i8** %146, align 8
  %bert.encoder.layer.1.intermediate.dense.weight19 = getelementptr inbounds i8, i8* %147, i64 5221888
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %149 = load i8*, i8** %148, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %149, i64 13115392
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 151, %bertrt_gemm* @train_s32_v0__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight19, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k053_grad_layer_1_attention_layernorm_sum.launch)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %grad.layer.1.ffn.gelu20 = getelementptr inbounds i8, i8* %151, i64 15212544
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %layer.1.attention.layernorm21 = getelementptr inbounds i8, i8* %153, i64 12066816
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %155 = load i8*, i8** %154, align 8
  %bert.encoder.layer.1.intermediate.dense.weight22 = getelementptr inbounds i8, i8* %155, i64 5221888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 152, %bertrt_gemm* @train_s32_v0__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu20, i8* %layer.1.attention.layernorm21, i8* %bert.encoder.layer.1.intermediate.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k055_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k056_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k057_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k058_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k059_grad_layer_1_attention_output_in1_sum.launch)
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %157, i64 12591104
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %159 = load i8*, i8** %158, align 8
  %bert.encoder.layer.1.attention.output.dense.weight23 = getelementptr inbounds i8, i8* %159, i64 5154816
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %161 = load i8*, i8** %160, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %161, i64 13115392
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 153, %bertrt_gemm* @train_s32_v0__k060_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight23, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %grad.layer.1.attention.output_dropout24 = getelementptr inbounds i8, i8* %163, i64 12591104
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %layer.1.attention.context25 = getelementptr inbounds i8, i8* %165, i64 11542528
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %167 = load i8*, i8** %166, align 8
  %bert.encoder.layer.1.attention.output.dense.weight26 = getelementptr inbounds i8, i8* %167, i64 5154816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 154, %bertrt_gemm* @train_s32_v0__k061_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout24, i8* %layer.1.attention.context25, i8* %bert.encoder.layer.1.attention.output.dense.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k062_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k063_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k064_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k065_grad_layer_1_attention_value_in1_sum.launch)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %169, i64 11542528
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %171 = load i8*, i8** %170, align 8
  %bert.encoder.layer.1.attention.self.value.weight27 = getelementptr inbounds i8, i8* %171, i64 5088768
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %173 = load i8*, i8** %172, align 8
  %grad.layer.1.attention.value.matmul.a = getelementptr inbounds i8, i8* %173, i64 9969664
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 155, %bertrt_gemm* @train_s32_v0__k066_grad_layer_1_attention_value_matmul_a.gemm, i8* %grad.layer.1.attention.context.b, i8* %bert.encoder.layer.1.attention.self.value.weight27, i8* %grad.layer.1.attention.value.matmul.a, i8* null)
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %grad.layer.1.attention.context.b28 = getelementptr inbounds i8, i8* %175, i64 11542528
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %layer.0.ffn.layernorm29 = getelementptr inbounds i8, i8* %177, i64 8921088
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %179 = load i8*, i8** %178, align 8
  %bert.encoder.layer.1.attention.self.value.weight30 = getelementptr inbounds i8, i8* %179, i64 5088768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 156, %bertrt_gemm* @train_s32_v0__k067_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b28, i8* %layer.0.ffn.layernorm29, i8* %bert.encoder.layer.1.attention.self.value.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k068_grad_layer_1_attention_key_in1_sum.launch)
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %181, i64 12591104
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %183 = load i8*, i8** %182, align 8
  %bert.encoder.layer.1.attention.self.key.weight31 = getelementptr inbounds i8, i8* %183, i64 5022720
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %185 = load i8*, i8** %184, align 8
  %grad.layer.1.attention.key.matmul.a = getelementptr inbounds i8, i8* %185, i64 10493952
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 157, %bertrt_gemm* @train_s32_v0__k069_grad_layer_1_attention_key_matmul_a.gemm, i8* %grad.layer.1.attention.scores.b, i8* %bert.encoder.layer.1.attention.self.key.weight31, i8* %grad.layer.1.attention.key.matmul.a, i8* null)
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %grad.layer.1.attention.scores.b32 = getelementptr inbounds i8, i8* %187, i64 12591104
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %layer.0.ffn.layernorm33 = getelementptr inbounds i8, i8* %189, i64 8921088
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %191 = load i8*, i8** %190, align 8
  %bert.encoder.layer.1.attention.self.key.weight34 = getelementptr inbounds i8, i8* %191, i64 5022720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 158, %bertrt_gemm* @train_s32_v0__k070_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b32, i8* %layer.0.ffn.layernorm33, i8* %bert.encoder.layer.1.attention.self.key.weight34, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k071_grad_layer_1_attention_query_in1_sum.launch)
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %193, i64 13639680
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %195 = load i8*, i8** %194, align 8
  %bert.encoder.layer.1.attention.self.query.weight35 = getelementptr inbounds i8, i8* %195, i64 4956672
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %197 = load i8*, i8** %196, align 8
  %grad.layer.1.attention.query.matmul.a = getelementptr inbounds i8, i8* %197, i64 11018240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 159, %bertrt_gemm* @train_s32_v0__k072_grad_layer_1_attention_query_matmul_a.gemm, i8* %grad.layer.1.attention.scores.a, i8* %bert.encoder.layer.1.attention.self.query.weight35, i8* %grad.layer.1.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k073_grad_layer_0_ffn_layernorm_sum.launch)
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %199 = load i8*, i8** %198, align 8
  %grad.layer.1.attention.scores.a36 = getelementptr inbounds i8, i8* %199, i64 13639680
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %layer.0.ffn.layernorm37 = getelementptr inbounds i8, i8* %201, i64 8921088
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %203 = load i8*, i8** %202, align 8
  %bert.encoder.layer.1.attention.self.query.weight38 = getelementptr inbounds i8, i8* %203, i64 4956672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 160, %bertrt_gemm* @train_s32_v0__k074_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a36, i8* %layer.0.ffn.layernorm37, i8* %bert.encoder.layer.1.attention.self.query.weight38, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k075_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k077_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k078_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k079_grad_layer_0_ffn_output_in1_sum.launch)
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %grad.layer.0.ffn.dropout = getelementptr inbounds i8, i8* %205, i64 9445376
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %207 = load i8*, i8** %206, align 8
  %bert.encoder.layer.0.output.dense.weight39 = getelementptr inbounds i8, i8* %207, i64 4692992
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %209 = load i8*, i8** %208, align 8
  %grad.layer.0.ffn.output.matmul.a = getelementptr inbounds i8, i8* %209, i64 9969664
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 161, %bertrt_gemm* @train_s32_v0__k080_grad_layer_0_ffn_output_matmul_a.gemm, i8* %grad.layer.0.ffn.dropout, i8* %bert.encoder.layer.0.output.dense.weight39, i8* %grad.layer.0.ffn.output.matmul.a, i8* null)
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %211 = load i8*, i8** %210, align 8
  %grad.layer.0.ffn.dropout40 = getelementptr inbounds i8, i8* %211, i64 9445376
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %layer.0.ffn.gelu41 = getelementptr inbounds i8, i8* %213, i64 6823936
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %215 = load i8*, i8** %214, align 8
  %bert.encoder.layer.0.output.dense.weight42 = getelementptr inbounds i8, i8* %215, i64 4692992
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 162, %bertrt_gemm* @train_s32_v0__k081_grad_layer_0_ffn_output_matmul_b.gemm, i8* %grad.layer.0.ffn.dropout40, i8* %layer.0.ffn.gelu41, i8* %bert.encoder.layer.0.output.dense.weight42, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k082_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %grad.layer.0.ffn.gelu = getelementptr inbounds i8, i8* %217, i64 6823936
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %219 = load i8*, i8** %218, align 8
  %bert.encoder.layer.0.intermediate.dense.weight43 = getelementptr inbounds i8, i8* %219, i64 4428800
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %221 = load i8*, i8** %220, align 8
  %grad.layer.0.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %221, i64 4726784
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 163, %bertrt_gemm* @train_s32_v0__k084_grad_layer_0_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.0.ffn.gelu, i8* %bert.encoder.layer.0.intermediate.dense.weight43, i8* %grad.layer.0.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k085_grad_layer_0_attention_layernorm_sum.launch)
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %223 = load i8*, i8** %222, align 8
  %grad.layer.0.ffn.gelu44 = getelementptr inbounds i8, i8* %223, i64 6823936
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %225 = load i8*, i8** %224, align 8
  %layer.0.attention.layernorm45 = getelementptr inbounds i8, i8* %225, i64 3678208
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %227 = load i8*, i8** %226, align 8
  %bert.encoder.layer.0.intermediate.dense.weight46 = getelementptr inbounds i8, i8* %227, i64 4428800
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 164, %bertrt_gemm* @train_s32_v0__k086_grad_layer_0_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.0.ffn.gelu44, i8* %layer.0.attention.layernorm45, i8* %bert.encoder.layer.0.intermediate.dense.weight46, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k087_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k088_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k089_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k090_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k091_grad_layer_0_attention_output_in1_sum.launch)
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %229 = load i8*, i8** %228, align 8
  %grad.layer.0.attention.output_dropout = getelementptr inbounds i8, i8* %229, i64 4202496
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %231 = load i8*, i8** %230, align 8
  %bert.encoder.layer.0.attention.output.dense.weight47 = getelementptr inbounds i8, i8* %231, i64 4361728
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %233 = load i8*, i8** %232, align 8
  %grad.layer.0.attention.output.matmul.a = getelementptr inbounds i8, i8* %233, i64 4726784
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 165, %bertrt_gemm* @train_s32_v0__k092_grad_layer_0_attention_output_matmul_a.gemm, i8* %grad.layer.0.attention.output_dropout, i8* %bert.encoder.layer.0.attention.output.dense.weight47, i8* %grad.layer.0.attention.output.matmul.a, i8* null)
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %235 = load i8*, i8** %234, align 8
  %grad.layer.0.attention.output_dropout48 = getelementptr inbounds i8, i8* %235, i64 4202496
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %237 = load i8*, i8** %236, align 8
  %layer.0.attention.context49 = getelementptr inbounds i8, i8* %237, i64 3153920
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %239 = load i8*, i8** %238, align 8
  %bert.encoder.layer.0.attention.output.dense.weight50 = getelementptr inbounds i8, i8* %239, i64 4361728
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 166, %bertrt_gemm* @train_s32_v0__k093_grad_layer_0_attention_output_matmul_b.gemm, i8* %grad.layer.0.attention.output_dropout48, i8* %layer.0.attention.context49, i8* %bert.encoder.layer.0.attention.output.dense.weight50, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k094_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k095_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k096_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k097_grad_layer_0_attention_value_in1_sum.launch)
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %241 = load i8*, i8** %240, align 8
  %grad.layer.0.attention.context.b = getelementptr inbounds i8, i8* %241, i64 3153920
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %243 = load i8*, i8** %242, align 8
  %bert.encoder.layer.0.attention.self.value.weight51 = getelementptr inbounds i8, i8* %243, i64 4295680
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %245 = load i8*, i8** %244, align 8
  %grad.layer.0.attention.value.matmul.a = getelementptr inbounds i8, i8* %245, i64 532480
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 167, %bertrt_gemm* @train_s32_v0__k098_grad_layer_0_attention_value_matmul_a.gemm, i8* %grad.layer.0.attention.context.b, i8* %bert.encoder.layer.0.attention.self.value.weight51, i8* %grad.layer.0.attention.value.matmul.a, i8* null)
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %247 = load i8*, i8** %246, align 8
  %grad.layer.0.attention.context.b52 = getelementptr inbounds i8, i8* %247, i64 3153920
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %249 = load i8*, i8** %248, align 8
  %embeddings.dropout53 = getelementptr inbounds i8, i8* %249, i64 1056768
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %251 = load i8*, i8** %250, align 8
  %bert.encoder.layer.0.attention.self.value.weight54 = getelementptr inbounds i8, i8* %251, i64 4295680
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 168, %bertrt_gemm* @train_s32_v0__k099_grad_layer_0_attention_value_matmul_b.gemm, i8* %grad.layer.0.attention.context.b52, i8* %embeddings.dropout53, i8* %bert.encoder.layer.0.attention.self.value.weight54, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k100_grad_layer_0_attention_key_in1_sum.launch)
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %253 = load i8*, i8** %252, align 8
  %grad.layer.0.attention.scores.b = getelementptr inbounds i8, i8* %253, i64 4202496
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %255 = load i8*, i8** %254, align 8
  %bert.encoder.layer.0.attention.self.key.weight55 = getelementptr inbounds i8, i8* %255, i64 4229632
  %256 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %257 = load i8*, i8** %256, align 8
  %grad.layer.0.attention.key.matmul.a = getelementptr inbounds i8, i8* %257, i64 1581056
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 169, %bertrt_gemm* @train_s32_v0__k101_grad_layer_0_attention_key_matmul_a.gemm, i8* %grad.layer.0.attention.scores.b, i8* %bert.encoder.layer.0.attention.self.key.weight55, i8* %grad.layer.0.attention.key.matmul.a, i8* null)
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %259 = load i8*, i8** %258, align 8
  %grad.layer.0.attention.scores.b56 = getelementptr inbounds i8, i8* %259, i64 4202496
  %260 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %261 = load i8*, i8** %260, align 8
  %embeddings.dropout57 = getelementptr inbounds i8, i8* %261, i64 1056768
  %262 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %263 = load i8*, i8** %262, align 8
  %bert.encoder.layer.0.attention.self.key.weight58 = getelementptr inbounds i8, i8* %263, i64 4229632
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 170, %bertrt_gemm* @train_s32_v0__k102_grad_layer_0_attention_key_matmul_b.gemm, i8* %grad.layer.0.attention.scores.b56, i8* %embeddings.dropout57, i8* %bert.encoder.layer.0.attention.self.key.weight58, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k103_grad_layer_0_attention_query_in1_sum.launch)
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %265 = load i8*, i8** %264, align 8
  %grad.layer.0.attention.scores.a = getelementptr inbounds i8, i8* %265, i64 5251072
  %266 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %267 = load i8*, i8** %266, align 8
  %bert.encoder.layer.0.attention.self.query.weight59 = getelementptr inbounds i8, i8* %267, i64 4163584
  %268 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %269 = load i8*, i8** %268, align 8
  %grad.layer.0.attention.query.matmul.a = getelementptr inbounds i8, i8* %269, i64 2105344
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 171, %bertrt_gemm* @train_s32_v0__k104_grad_layer_0_attention_query_matmul_a.gemm, i8* %grad.layer.0.attention.scores.a, i8* %bert.encoder.layer.0.attention.self.query.weight59, i8* %grad.layer.0.attention.query.matmul.a, i8* null)
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %271 = load i8*, i8** %270, align 8
  %grad.layer.0.attention.scores.a60 = getelementptr inbounds i8, i8* %271, i64 5251072
  %272 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %273 = load i8*, i8** %272, align 8
  %embeddings.dropout61 = getelementptr inbounds i8, i8* %273, i64 1056768
  %274 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %275 = load i8*, i8** %274, align 8
  %bert.encoder.layer.0.attention.self.query.weight62 = getelementptr inbounds i8, i8* %275, i64 4163584
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 172, %bertrt_gemm* @train_s32_v0__k105_grad_layer_0_attention_query_matmul_b.gemm, i8* %grad.layer.0.attention.scores.a60, i8* %embeddings.dropout61, i8* %bert.encoder.layer.0.attention.self.query.weight62, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k106_grad_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k107_grad_embeddings_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k108_grad_embeddings_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k109_grad_embeddings_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k110_grad_embeddings_sum_in1_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k111_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k112_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k113_grad_embeddings_token_type.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v0__k114_grad_embeddings_word.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s32_v1(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 528384
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 173, %bertrt_gemm* @train_s32_v1__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 1052672
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 174, %bertrt_gemm* @train_s32_v1__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 1576960
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 175, %bertrt_gemm* @train_s32_v1__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 2101248
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 528384
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 176, %bertrt_gemm* @train_s32_v1__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 528384
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 177, %bertrt_gemm* @train_s32_v1__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 528384
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 2625536
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 178, %bertrt_gemm* @train_s32_v1__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 528384
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 179, %bertrt_gemm* @train_s32_v1__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 1052672
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 180, %bertrt_gemm* @train_s32_v1__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 1576960
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 181, %bertrt_gemm* @train_s32_v1__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 2101248
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 524288
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 182, %bertrt_gemm* @train_s32_v1__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 524288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 183, %bertrt_gemm* @train_s32_v1__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 524288
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 2621440
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 184, %bertrt_gemm* @train_s32_v1__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 524288
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 0
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 185, %bertrt_gemm* @train_s32_v1__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 186, %bertrt_gemm* @train_s32_v1__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 32832
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 33088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 187, %bertrt_gemm* @train_s32_v1__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 32832
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 0
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 188, %bertrt_gemm* @train_s32_v1__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v1__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 0
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %123 = load i8*, i8** %122, align 8
  %pooler.first_token11 = getelementptr inbounds i8, i8* %123, i64 524288
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %125 = load i8*, i8** %124, align 8
  %bert.pooler.dense.weight12 = getelementptr inbounds i8, i8* %125, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 189, %bertrt_gemm* @train_s32_v1__k040_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh, i8* %pooler.first_token11, i8* %bert.pooler.dense.weight12, i8* null)
  ret void
}

; Function Attrs: nounwind
define void @train_s32_v2(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 528384
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 190, %bertrt_gemm* @train_s32_v2__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 1052672
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 191, %bertrt_gemm* @train_s32_v2__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 1576960
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 192, %bertrt_gemm* @train_s32_v2__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 2101248
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 528384
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 193, %bertrt_gemm* @train_s32_v2__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 528384
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 194, %bertrt_gemm* @train_s32_v2__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 528384
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 2625536
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 195, %bertrt_gemm* @train_s32_v2__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 528384
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 196, %bertrt_gemm* @train_s32_v2__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 1052672
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 197, %bertrt_gemm* @train_s32_v2__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 1576960
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 198, %bertrt_gemm* @train_s32_v2__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 2101248
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 524288
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 199, %bertrt_gemm* @train_s32_v2__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 524288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 200, %bertrt_gemm* @train_s32_v2__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 524288
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 2621440
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 201, %bertrt_gemm* @train_s32_v2__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 524288
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 0
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 202, %bertrt_gemm* @train_s32_v2__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 203, %bertrt_gemm* @train_s32_v2__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 32832
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 33088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 204, %bertrt_gemm* @train_s32_v2__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 32832
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 0
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 205, %bertrt_gemm* @train_s32_v2__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v2__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 0
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %123 = load i8*, i8** %122, align 8
  %pooler.first_token11 = getelementptr inbounds i8, i8* %123, i64 524288
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %125 = load i8*, i8** %124, align 8
  %bert.pooler.dense.weight12 = getelementptr inbounds i8, i8* %125, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 206, %bertrt_gemm* @train_s32_v2__k040_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh, i8* %pooler.first_token11, i8* %bert.pooler.dense.weight12, i8* null)
  ret void
}

; Function Attrs: nounwind
define void @train_s32_v3(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 528384
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 207, %bertrt_gemm* @train_s32_v3__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 1052672
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 208, %bertrt_gemm* @train_s32_v3__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 1576960
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 209, %bertrt_gemm* @train_s32_v3__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 2101248
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 528384
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 210, %bertrt_gemm* @train_s32_v3__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 528384
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 211, %bertrt_gemm* @train_s32_v3__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 528384
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 2625536
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 212, %bertrt_gemm* @train_s32_v3__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 528384
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 213, %bertrt_gemm* @train_s32_v3__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 1052672
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 214, %bertrt_gemm* @train_s32_v3__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 1576960
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 215, %bertrt_gemm* @train_s32_v3__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 2101248
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 2633728
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 216, %bertrt_gemm* @train_s32_v3__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 3682304
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 6303744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 217, %bertrt_gemm* @train_s32_v3__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 6303744
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 8400896
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 218, %bertrt_gemm* @train_s32_v3__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 2650112
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 2666496
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 219, %bertrt_gemm* @train_s32_v3__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 2666496
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 220, %bertrt_gemm* @train_s32_v3__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 2699328
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 2699584
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 221, %bertrt_gemm* @train_s32_v3__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 2699328
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 2666496
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 222, %bertrt_gemm* @train_s32_v3__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 2666496
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %123 = load i8*, i8** %122, align 8
  %bert.pooler.dense.weight11 = getelementptr inbounds i8, i8* %123, i64 5749760
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %grad.pooler.dense.matmul.a = getelementptr inbounds i8, i8* %125, i64 2682880
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 223, %bertrt_gemm* @train_s32_v3__k040_grad_pooler_dense_matmul_a.gemm, i8* %grad.pooler.tanh, i8* %bert.pooler.dense.weight11, i8* %grad.pooler.dense.matmul.a, i8* null)
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %grad.pooler.tanh12 = getelementptr inbounds i8, i8* %127, i64 2666496
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %pooler.first_token13 = getelementptr inbounds i8, i8* %129, i64 2650112
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %131 = load i8*, i8** %130, align 8
  %bert.pooler.dense.weight14 = getelementptr inbounds i8, i8* %131, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 224, %bertrt_gemm* @train_s32_v3__k041_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh12, i8* %pooler.first_token13, i8* %bert.pooler.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k042_grad_pooler_first_token.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k043_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k045_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k046_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k047_grad_layer_1_ffn_output_in1_sum.launch)
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %133, i64 8400896
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %135 = load i8*, i8** %134, align 8
  %bert.encoder.layer.1.output.dense.weight15 = getelementptr inbounds i8, i8* %135, i64 5486080
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %137 = load i8*, i8** %136, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %137, i64 9973760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 225, %bertrt_gemm* @train_s32_v3__k048_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight15, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %grad.layer.1.ffn.dropout16 = getelementptr inbounds i8, i8* %139, i64 8400896
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %layer.1.ffn.gelu17 = getelementptr inbounds i8, i8* %141, i64 6303744
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %143 = load i8*, i8** %142, align 8
  %bert.encoder.layer.1.output.dense.weight18 = getelementptr inbounds i8, i8* %143, i64 5486080
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 226, %bertrt_gemm* @train_s32_v3__k049_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout16, i8* %layer.1.ffn.gelu17, i8* %bert.encoder.layer.1.output.dense.weight18, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k050_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %145, i64 6303744
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %147 = load i8*, i8** %146, align 8
  %bert.encoder.layer.1.intermediate.dense.weight19 = getelementptr inbounds i8, i8* %147, i64 5221888
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %149 = load i8*, i8** %148, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %149, i64 4206592
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 227, %bertrt_gemm* @train_s32_v3__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight19, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k053_grad_layer_1_attention_layernorm_sum.launch)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %grad.layer.1.ffn.gelu20 = getelementptr inbounds i8, i8* %151, i64 6303744
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %layer.1.attention.layernorm21 = getelementptr inbounds i8, i8* %153, i64 3682304
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %155 = load i8*, i8** %154, align 8
  %bert.encoder.layer.1.intermediate.dense.weight22 = getelementptr inbounds i8, i8* %155, i64 5221888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 228, %bertrt_gemm* @train_s32_v3__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu20, i8* %layer.1.attention.layernorm21, i8* %bert.encoder.layer.1.intermediate.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k055_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k056_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k057_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k058_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k059_grad_layer_1_attention_output_in1_sum.launch)
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %157, i64 2633728
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %159 = load i8*, i8** %158, align 8
  %bert.encoder.layer.1.attention.output.dense.weight23 = getelementptr inbounds i8, i8* %159, i64 5154816
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %161 = load i8*, i8** %160, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %161, i64 3158016
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 229, %bertrt_gemm* @train_s32_v3__k060_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight23, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %grad.layer.1.attention.output_dropout24 = getelementptr inbounds i8, i8* %163, i64 2633728
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %layer.1.attention.context25 = getelementptr inbounds i8, i8* %165, i64 2101248
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %167 = load i8*, i8** %166, align 8
  %bert.encoder.layer.1.attention.output.dense.weight26 = getelementptr inbounds i8, i8* %167, i64 5154816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 230, %bertrt_gemm* @train_s32_v3__k061_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout24, i8* %layer.1.attention.context25, i8* %bert.encoder.layer.1.attention.output.dense.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k062_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k063_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k064_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k065_grad_layer_1_attention_value_in1_sum.launch)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %169, i64 2101248
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %171 = load i8*, i8** %170, align 8
  %layer.0.ffn.layernorm27 = getelementptr inbounds i8, i8* %171, i64 0
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %173 = load i8*, i8** %172, align 8
  %bert.encoder.layer.1.attention.self.value.weight28 = getelementptr inbounds i8, i8* %173, i64 5088768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 231, %bertrt_gemm* @train_s32_v3__k066_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b, i8* %layer.0.ffn.layernorm27, i8* %bert.encoder.layer.1.attention.self.value.weight28, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k067_grad_layer_1_attention_key_in1_sum.launch)
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %175, i64 3682304
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %layer.0.ffn.layernorm29 = getelementptr inbounds i8, i8* %177, i64 0
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %179 = load i8*, i8** %178, align 8
  %bert.encoder.layer.1.attention.self.key.weight30 = getelementptr inbounds i8, i8* %179, i64 5022720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 232, %bertrt_gemm* @train_s32_v3__k068_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b, i8* %layer.0.ffn.layernorm29, i8* %bert.encoder.layer.1.attention.self.key.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s32_v3__k069_grad_layer_1_attention_query_in1_sum.launch)
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %181, i64 4206592
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %183 = load i8*, i8** %182, align 8
  %layer.0.ffn.layernorm31 = getelementptr inbounds i8, i8* %183, i64 0
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %185 = load i8*, i8** %184, align 8
  %bert.encoder.layer.1.attention.self.query.weight32 = getelementptr inbounds i8, i8* %185, i64 4956672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 233, %bertrt_gemm* @train_s32_v3__k070_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a, i8* %layer.0.ffn.layernorm31, i8* %bert.encoder.layer.1.attention.self.query.weight32, i8* null)
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
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 1056768
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 234, %bertrt_gemm* @forward_s64__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 2105344
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 235, %bertrt_gemm* @forward_s64__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 3153920
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 236, %bertrt_gemm* @forward_s64__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 4202496
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 1056768
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 237, %bertrt_gemm* @forward_s64__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 1056768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 238, %bertrt_gemm* @forward_s64__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 1056768
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 5251072
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 239, %bertrt_gemm* @forward_s64__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 1056768
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 240, %bertrt_gemm* @forward_s64__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 2105344
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 241, %bertrt_gemm* @forward_s64__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 3153920
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 242, %bertrt_gemm* @forward_s64__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 4202496
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 1048576
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 243, %bertrt_gemm* @forward_s64__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 1048576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 244, %bertrt_gemm* @forward_s64__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 1048576
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 5242880
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 245, %bertrt_gemm* @forward_s64__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 0
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 16384
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 246, %bertrt_gemm* @forward_s64__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 247, %bertrt_gemm* @forward_s64__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s64__k033_loss.launch)
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
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 2113536
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 3162112
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 248, %bertrt_gemm* @train_s64_v0__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 2113536
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 4210688
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 249, %bertrt_gemm* @train_s64_v0__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 2113536
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 5259264
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 250, %bertrt_gemm* @train_s64_v0__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 6307840
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 7356416
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 251, %bertrt_gemm* @train_s64_v0__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 7356416
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 13647872
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 252, %bertrt_gemm* @train_s64_v0__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 13647872
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 17842176
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 253, %bertrt_gemm* @train_s64_v0__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 17842176
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 19939328
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 254, %bertrt_gemm* @train_s64_v0__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 17842176
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 20987904
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 255, %bertrt_gemm* @train_s64_v0__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 17842176
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 22036480
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 256, %bertrt_gemm* @train_s64_v0__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 23085056
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 24133632
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 257, %bertrt_gemm* @train_s64_v0__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 24133632
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 30425088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 258, %bertrt_gemm* @train_s64_v0__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 30425088
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 34619392
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 259, %bertrt_gemm* @train_s64_v0__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 1171456
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 1187840
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 260, %bertrt_gemm* @train_s64_v0__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 1187840
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 261, %bertrt_gemm* @train_s64_v0__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 1220672
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 1220928
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 262, %bertrt_gemm* @train_s64_v0__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 1220672
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 1187840
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 263, %bertrt_gemm* @train_s64_v0__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 1187840
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %123 = load i8*, i8** %122, align 8
  %bert.pooler.dense.weight11 = getelementptr inbounds i8, i8* %123, i64 5749760
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %grad.pooler.dense.matmul.a = getelementptr inbounds i8, i8* %125, i64 1204224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 264, %bertrt_gemm* @train_s64_v0__k040_grad_pooler_dense_matmul_a.gemm, i8* %grad.pooler.tanh, i8* %bert.pooler.dense.weight11, i8* %grad.pooler.dense.matmul.a, i8* null)
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %grad.pooler.tanh12 = getelementptr inbounds i8, i8* %127, i64 1187840
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %pooler.first_token13 = getelementptr inbounds i8, i8* %129, i64 1171456
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %131 = load i8*, i8** %130, align 8
  %bert.pooler.dense.weight14 = getelementptr inbounds i8, i8* %131, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 265, %bertrt_gemm* @train_s64_v0__k041_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh12, i8* %pooler.first_token13, i8* %bert.pooler.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k042_grad_pooler_first_token.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k043_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k044_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k045_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k046_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k047_grad_layer_1_ffn_output_in1_sum.launch)
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %133, i64 34619392
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %135 = load i8*, i8** %134, align 8
  %bert.encoder.layer.1.output.dense.weight15 = getelementptr inbounds i8, i8* %135, i64 5486080
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %137 = load i8*, i8** %136, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %137, i64 37765120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 266, %bertrt_gemm* @train_s64_v0__k048_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight15, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %grad.layer.1.ffn.dropout16 = getelementptr inbounds i8, i8* %139, i64 34619392
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %layer.1.ffn.gelu17 = getelementptr inbounds i8, i8* %141, i64 30425088
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %143 = load i8*, i8** %142, align 8
  %bert.encoder.layer.1.output.dense.weight18 = getelementptr inbounds i8, i8* %143, i64 5486080
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 267, %bertrt_gemm* @train_s64_v0__k049_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout16, i8* %layer.1.ffn.gelu17, i8* %bert.encoder.layer.1.output.dense.weight18, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k050_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k051_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %145, i64 30425088
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %147 = load i8*, i8** %146, align 8
  %bert.encoder.layer.1.intermediate.dense.weight19 = getelementptr inbounds i8, i8* %147, i64 5221888
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %149 = load i8*, i8** %148, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %149, i64 26230784
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 268, %bertrt_gemm* @train_s64_v0__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight19, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k053_grad_layer_1_attention_layernorm_sum.launch)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %grad.layer.1.ffn.gelu20 = getelementptr inbounds i8, i8* %151, i64 30425088
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %layer.1.attention.layernorm21 = getelementptr inbounds i8, i8* %153, i64 24133632
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %155 = load i8*, i8** %154, align 8
  %bert.encoder.layer.1.intermediate.dense.weight22 = getelementptr inbounds i8, i8* %155, i64 5221888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 269, %bertrt_gemm* @train_s64_v0__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu20, i8* %layer.1.attention.layernorm21, i8* %bert.encoder.layer.1.intermediate.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k055_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k056_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k057_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k058_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k059_grad_layer_1_attention_output_in1_sum.launch)
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %157, i64 25182208
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %159 = load i8*, i8** %158, align 8
  %bert.encoder.layer.1.attention.output.dense.weight23 = getelementptr inbounds i8, i8* %159, i64 5154816
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %161 = load i8*, i8** %160, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %161, i64 26230784
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 270, %bertrt_gemm* @train_s64_v0__k060_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight23, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %grad.layer.1.attention.output_dropout24 = getelementptr inbounds i8, i8* %163, i64 25182208
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %layer.1.attention.context25 = getelementptr inbounds i8, i8* %165, i64 23085056
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %167 = load i8*, i8** %166, align 8
  %bert.encoder.layer.1.attention.output.dense.weight26 = getelementptr inbounds i8, i8* %167, i64 5154816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 271, %bertrt_gemm* @train_s64_v0__k061_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout24, i8* %layer.1.attention.context25, i8* %bert.encoder.layer.1.attention.output.dense.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k062_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k063_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k064_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k065_grad_layer_1_attention_value_in1_sum.launch)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %169, i64 23085056
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %171 = load i8*, i8** %170, align 8
  %bert.encoder.layer.1.attention.self.value.weight27 = getelementptr inbounds i8, i8* %171, i64 5088768
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %173 = load i8*, i8** %172, align 8
  %grad.layer.1.attention.value.matmul.a = getelementptr inbounds i8, i8* %173, i64 19939328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 272, %bertrt_gemm* @train_s64_v0__k066_grad_layer_1_attention_value_matmul_a.gemm, i8* %grad.layer.1.attention.context.b, i8* %bert.encoder.layer.1.attention.self.value.weight27, i8* %grad.layer.1.attention.value.matmul.a, i8* null)
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %grad.layer.1.attention.context.b28 = getelementptr inbounds i8, i8* %175, i64 23085056
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %layer.0.ffn.layernorm29 = getelementptr inbounds i8, i8* %177, i64 17842176
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %179 = load i8*, i8** %178, align 8
  %bert.encoder.layer.1.attention.self.value.weight30 = getelementptr inbounds i8, i8* %179, i64 5088768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 273, %bertrt_gemm* @train_s64_v0__k067_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b28, i8* %layer.0.ffn.layernorm29, i8* %bert.encoder.layer.1.attention.self.value.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k068_grad_layer_1_attention_key_in1_sum.launch)
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %181, i64 25182208
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %183 = load i8*, i8** %182, align 8
  %bert.encoder.layer.1.attention.self.key.weight31 = getelementptr inbounds i8, i8* %183, i64 5022720
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %185 = load i8*, i8** %184, align 8
  %grad.layer.1.attention.key.matmul.a = getelementptr inbounds i8, i8* %185, i64 20987904
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 274, %bertrt_gemm* @train_s64_v0__k069_grad_layer_1_attention_key_matmul_a.gemm, i8* %grad.layer.1.attention.scores.b, i8* %bert.encoder.layer.1.attention.self.key.weight31, i8* %grad.layer.1.attention.key.matmul.a, i8* null)
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %grad.layer.1.attention.scores.b32 = getelementptr inbounds i8, i8* %187, i64 25182208
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %layer.0.ffn.layernorm33 = getelementptr inbounds i8, i8* %189, i64 17842176
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %191 = load i8*, i8** %190, align 8
  %bert.encoder.layer.1.attention.self.key.weight34 = getelementptr inbounds i8, i8* %191, i64 5022720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 275, %bertrt_gemm* @train_s64_v0__k070_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b32, i8* %layer.0.ffn.layernorm33, i8* %bert.encoder.layer.1.attention.self.key.weight34, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k071_grad_layer_1_attention_query_in1_sum.launch)
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %193, i64 27279360
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %195 = load i8*, i8** %194, align 8
  %bert.encoder.layer.1.attention.self.query.weight35 = getelementptr inbounds i8, i8* %195, i64 4956672
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %197 = load i8*, i8** %196, align 8
  %grad.layer.1.attention.query.matmul.a = getelementptr inbounds i8, i8* %197, i64 22036480
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 276, %bertrt_gemm* @train_s64_v0__k072_grad_layer_1_attention_query_matmul_a.gemm, i8* %grad.layer.1.attention.scores.a, i8* %bert.encoder.layer.1.attention.self.query.weight35, i8* %grad.layer.1.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k073_grad_layer_0_ffn_layernorm_sum.launch)
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %199 = load i8*, i8** %198, align 8
  %grad.layer.1.attention.scores.a36 = getelementptr inbounds i8, i8* %199, i64 27279360
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %layer.0.ffn.layernorm37 = getelementptr inbounds i8, i8* %201, i64 17842176
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %203 = load i8*, i8** %202, align 8
  %bert.encoder.layer.1.attention.self.query.weight38 = getelementptr inbounds i8, i8* %203, i64 4956672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 277, %bertrt_gemm* @train_s64_v0__k074_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a36, i8* %layer.0.ffn.layernorm37, i8* %bert.encoder.layer.1.attention.self.query.weight38, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k075_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k076_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k077_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k078_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k079_grad_layer_0_ffn_output_in1_sum.launch)
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %grad.layer.0.ffn.dropout = getelementptr inbounds i8, i8* %205, i64 18890752
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %207 = load i8*, i8** %206, align 8
  %bert.encoder.layer.0.output.dense.weight39 = getelementptr inbounds i8, i8* %207, i64 4692992
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %209 = load i8*, i8** %208, align 8
  %grad.layer.0.ffn.output.matmul.a = getelementptr inbounds i8, i8* %209, i64 19939328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 278, %bertrt_gemm* @train_s64_v0__k080_grad_layer_0_ffn_output_matmul_a.gemm, i8* %grad.layer.0.ffn.dropout, i8* %bert.encoder.layer.0.output.dense.weight39, i8* %grad.layer.0.ffn.output.matmul.a, i8* null)
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %211 = load i8*, i8** %210, align 8
  %grad.layer.0.ffn.dropout40 = getelementptr inbounds i8, i8* %211, i64 18890752
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %layer.0.ffn.gelu41 = getelementptr inbounds i8, i8* %213, i64 13647872
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %215 = load i8*, i8** %214, align 8
  %bert.encoder.layer.0.output.dense.weight42 = getelementptr inbounds i8, i8* %215, i64 4692992
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 279, %bertrt_gemm* @train_s64_v0__k081_grad_layer_0_ffn_output_matmul_b.gemm, i8* %grad.layer.0.ffn.dropout40, i8* %layer.0.ffn.gelu41, i8* %bert.encoder.layer.0.output.dense.weight42, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k082_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k083_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %grad.layer.0.ffn.gelu = getelementptr inbounds i8, i8* %217, i64 13647872
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %219 = load i8*, i8** %218, align 8
  %bert.encoder.layer.0.intermediate.dense.weight43 = getelementptr inbounds i8, i8* %219, i64 4428800
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %221 = load i8*, i8** %220, align 8
  %grad.layer.0.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %221, i64 9453568
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 280, %bertrt_gemm* @train_s64_v0__k084_grad_layer_0_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.0.ffn.gelu, i8* %bert.encoder.layer.0.intermediate.dense.weight43, i8* %grad.layer.0.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k085_grad_layer_0_attention_layernorm_sum.launch)
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %223 = load i8*, i8** %222, align 8
  %grad.layer.0.ffn.gelu44 = getelementptr inbounds i8, i8* %223, i64 13647872
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %225 = load i8*, i8** %224, align 8
  %layer.0.attention.layernorm45 = getelementptr inbounds i8, i8* %225, i64 7356416
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %227 = load i8*, i8** %226, align 8
  %bert.encoder.layer.0.intermediate.dense.weight46 = getelementptr inbounds i8, i8* %227, i64 4428800
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 281, %bertrt_gemm* @train_s64_v0__k086_grad_layer_0_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.0.ffn.gelu44, i8* %layer.0.attention.layernorm45, i8* %bert.encoder.layer.0.intermediate.dense.weight46, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k087_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k088_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k089_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k090_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k091_grad_layer_0_attention_output_in1_sum.launch)
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %229 = load i8*, i8** %228, align 8
  %grad.layer.0.attention.output_dropout = getelementptr inbounds i8, i8* %229, i64 8404992
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %231 = load i8*, i8** %230, align 8
  %bert.encoder.layer.0.attention.output.dense.weight47 = getelementptr inbounds i8, i8* %231, i64 4361728
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %233 = load i8*, i8** %232, align 8
  %grad.layer.0.attention.output.matmul.a = getelementptr inbounds i8, i8* %233, i64 9453568
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 282, %bertrt_gemm* @train_s64_v0__k092_grad_layer_0_attention_output_matmul_a.gemm, i8* %grad.layer.0.attention.output_dropout, i8* %bert.encoder.layer.0.attention.output.dense.weight47, i8* %grad.layer.0.attention.output.matmul.a, i8* null)
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %235 = load i8*, i8** %234, align 8
  %grad.layer.0.attention.output_dropout48 = getelementptr inbounds i8, i8* %235, i64 8404992
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %237 = load i8*, i8** %236, align 8
  %layer.0.attention.context49 = getelementptr inbounds i8, i8* %237, i64 6307840
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %239 = load i8*, i8** %238, align 8
  %bert.encoder.layer.0.attention.output.dense.weight50 = getelementptr inbounds i8, i8* %239, i64 4361728
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 283, %bertrt_gemm* @train_s64_v0__k093_grad_layer_0_attention_output_matmul_b.gemm, i8* %grad.layer.0.attention.output_dropout48, i8* %layer.0.attention.context49, i8* %bert.encoder.layer.0.attention.output.dense.weight50, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k094_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k095_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k096_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k097_grad_layer_0_attention_value_in1_sum.launch)
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %241 = load i8*, i8** %240, align 8
  %grad.layer.0.attention.context.b = getelementptr inbounds i8, i8* %241, i64 6307840
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %243 = load i8*, i8** %242, align 8
  %bert.encoder.layer.0.attention.self.value.weight51 = getelementptr inbounds i8, i8* %243, i64 4295680
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %245 = load i8*, i8** %244, align 8
  %grad.layer.0.attention.value.matmul.a = getelementptr inbounds i8, i8* %245, i64 1064960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 284, %bertrt_gemm* @train_s64_v0__k098_grad_layer_0_attention_value_matmul_a.gemm, i8* %grad.layer.0.attention.context.b, i8* %bert.encoder.layer.0.attention.self.value.weight51, i8* %grad.layer.0.attention.value.matmul.a, i8* null)
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %247 = load i8*, i8** %246, align 8
  %grad.layer.0.attention.context.b52 = getelementptr inbounds i8, i8* %247, i64 6307840
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %249 = load i8*, i8** %248, align 8
  %embeddings.dropout53 = getelementptr inbounds i8, i8* %249, i64 2113536
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %251 = load i8*, i8** %250, align 8
  %bert.encoder.layer.0.attention.self.value.weight54 = getelementptr inbounds i8, i8* %251, i64 4295680
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 285, %bertrt_gemm* @train_s64_v0__k099_grad_layer_0_attention_value_matmul_b.gemm, i8* %grad.layer.0.attention.context.b52, i8* %embeddings.dropout53, i8* %bert.encoder.layer.0.attention.self.value.weight54, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k100_grad_layer_0_attention_key_in1_sum.launch)
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %253 = load i8*, i8** %252, align 8
  %grad.layer.0.attention.scores.b = getelementptr inbounds i8, i8* %253, i64 8404992
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %255 = load i8*, i8** %254, align 8
  %bert.encoder.layer.0.attention.self.key.weight55 = getelementptr inbounds i8, i8* %255, i64 4229632
  %256 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %257 = load i8*, i8** %256, align 8
  %grad.layer.0.attention.key.matmul.a = getelementptr inbounds i8, i8* %257, i64 3162112
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 286, %bertrt_gemm* @train_s64_v0__k101_grad_layer_0_attention_key_matmul_a.gemm, i8* %grad.layer.0.attention.scores.b, i8* %bert.encoder.layer.0.attention.self.key.weight55, i8* %grad.layer.0.attention.key.matmul.a, i8* null)
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %259 = load i8*, i8** %258, align 8
  %grad.layer.0.attention.scores.b56 = getelementptr inbounds i8, i8* %259, i64 8404992
  %260 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %261 = load i8*, i8** %260, align 8
  %embeddings.dropout57 = getelementptr inbounds i8, i8* %261, i64 2113536
  %262 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %263 = load i8*, i8** %262, align 8
  %bert.encoder.layer.0.attention.self.key.weight58 = getelementptr inbounds i8, i8* %263, i64 4229632
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 287, %bertrt_gemm* @train_s64_v0__k102_grad_layer_0_attention_key_matmul_b.gemm, i8* %grad.layer.0.attention.scores.b56, i8* %embeddings.dropout57, i8* %bert.encoder.layer.0.attention.self.key.weight58, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k103_grad_layer_0_attention_query_in1_sum.launch)
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %265 = load i8*, i8** %264, align 8
  %grad.layer.0.attention.scores.a = getelementptr inbounds i8, i8* %265, i64 10502144
  %266 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %267 = load i8*, i8** %266, align 8
  %bert.encoder.layer.0.attention.self.query.weight59 = getelementptr inbounds i8, i8* %267, i64 4163584
  %268 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %269 = load i8*, i8** %268, align 8
  %grad.layer.0.attention.query.matmul.a = getelementptr inbounds i8, i8* %269, i64 4210688
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 288, %bertrt_gemm* @train_s64_v0__k104_grad_layer_0_attention_query_matmul_a.gemm, i8* %grad.layer.0.attention.scores.a, i8* %bert.encoder.layer.0.attention.self.query.weight59, i8* %grad.layer.0.attention.query.matmul.a, i8* null)
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %271 = load i8*, i8** %270, align 8
  %grad.layer.0.attention.scores.a60 = getelementptr inbounds i8, i8* %271, i64 10502144
  %272 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %273 = load i8*, i8** %272, align 8
  %embeddings.dropout61 = getelementptr inbounds i8, i8* %273, i64 2113536
  %274 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %275 = load i8*, i8** %274, align 8
  %bert.encoder.layer.0.attention.self.query.weight62 = getelementptr inbounds i8, i8* %275, i64 4163584
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 289, %bertrt_gemm* @train_s64_v0__k105_grad_layer_0_attention_query_matmul_b.gemm, i8* %grad.layer.0.attention.scores.a60, i8* %embeddings.dropout61, i8* %bert.encoder.layer.0.attention.self.query.weight62, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k106_grad_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k107_grad_embeddings_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k108_grad_embeddings_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k109_grad_embeddings_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k110_grad_embeddings_sum_in1_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k111_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k112_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k113_grad_embeddings_token_type.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v0__k114_grad_embeddings_word.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s64_v1(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 1056768
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 290, %bertrt_gemm* @train_s64_v1__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 2105344
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 291, %bertrt_gemm* @train_s64_v1__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 3153920
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 292, %bertrt_gemm* @train_s64_v1__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 4202496
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 1056768
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 293, %bertrt_gemm* @train_s64_v1__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 1056768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 294, %bertrt_gemm* @train_s64_v1__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 1056768
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 5251072
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 295, %bertrt_gemm* @train_s64_v1__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 1056768
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 296, %bertrt_gemm* @train_s64_v1__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 2105344
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 297, %bertrt_gemm* @train_s64_v1__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 3153920
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 298, %bertrt_gemm* @train_s64_v1__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 4202496
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 1048576
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 299, %bertrt_gemm* @train_s64_v1__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 1048576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 300, %bertrt_gemm* @train_s64_v1__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 1048576
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 5242880
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 301, %bertrt_gemm* @train_s64_v1__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 1048576
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 0
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 302, %bertrt_gemm* @train_s64_v1__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 303, %bertrt_gemm* @train_s64_v1__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 32832
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 33088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 304, %bertrt_gemm* @train_s64_v1__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 32832
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 0
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 305, %bertrt_gemm* @train_s64_v1__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v1__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 0
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %123 = load i8*, i8** %122, align 8
  %pooler.first_token11 = getelementptr inbounds i8, i8* %123, i64 1048576
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %125 = load i8*, i8** %124, align 8
  %bert.pooler.dense.weight12 = getelementptr inbounds i8, i8* %125, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 306, %bertrt_gemm* @train_s64_v1__k040_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh, i8* %pooler.first_token11, i8* %bert.pooler.dense.weight12, i8* null)
  ret void
}

; Function Attrs: nounwind
define void @train_s64_v2(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 1056768
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 307, %bertrt_gemm* @train_s64_v2__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 2105344
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 308, %bertrt_gemm* @train_s64_v2__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 3153920
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 309, %bertrt_gemm* @train_s64_v2__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 4202496
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 1056768
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 310, %bertrt_gemm* @train_s64_v2__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 1056768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 311, %bertrt_gemm* @train_s64_v2__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 1056768
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 5251072
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 312, %bertrt_gemm* @train_s64_v2__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 1056768
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 313, %bertrt_gemm* @train_s64_v2__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 2105344
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 314, %bertrt_gemm* @train_s64_v2__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 3153920
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 315, %bertrt_gemm* @train_s64_v2__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 4202496
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 1048576
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 316, %bertrt_gemm* @train_s64_v2__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 1048576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 317, %bertrt_gemm* @train_s64_v2__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 1048576
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 5242880
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 318, %bertrt_gemm* @train_s64_v2__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 1048576
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 0
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 319, %bertrt_gemm* @train_s64_v2__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 320, %bertrt_gemm* @train_s64_v2__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 32832
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 33088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 321, %bertrt_gemm* @train_s64_v2__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 32832
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 0
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 322, %bertrt_gemm* @train_s64_v2__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v2__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 0
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %123 = load i8*, i8** %122, align 8
  %pooler.first_token11 = getelementptr inbounds i8, i8* %123, i64 1048576
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %125 = load i8*, i8** %124, align 8
  %bert.pooler.dense.weight12 = getelementptr inbounds i8, i8* %125, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 323, %bertrt_gemm* @train_s64_v2__k040_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh, i8* %pooler.first_token11, i8* %bert.pooler.dense.weight12, i8* null)
  ret void
}

; Function Attrs: nounwind
define void @train_s64_v3(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4163584
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 1056768
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4229120
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 324, %bertrt_gemm* @train_s64_v3__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4229632
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 2105344
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4295168
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 325, %bertrt_gemm* @train_s64_v3__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4295680
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 3153920
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4361216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 326, %bertrt_gemm* @train_s64_v3__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 4202496
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4361728
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 1056768
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4427264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 327, %bertrt_gemm* @train_s64_v3__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4428800
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 1056768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 328, %bertrt_gemm* @train_s64_v3__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 1056768
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4692992
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 5251072
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 4955136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 329, %bertrt_gemm* @train_s64_v3__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 4956672
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 1056768
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5022208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 330, %bertrt_gemm* @train_s64_v3__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5022720
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 2105344
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5088256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 331, %bertrt_gemm* @train_s64_v3__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5088768
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 3153920
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5154304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 332, %bertrt_gemm* @train_s64_v3__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 4202496
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5154816
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 5267456
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5220352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 333, %bertrt_gemm* @train_s64_v3__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 7364608
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5221888
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 12607488
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 334, %bertrt_gemm* @train_s64_v3__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 12607488
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5486080
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 16801792
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5748224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 335, %bertrt_gemm* @train_s64_v3__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k025_layer_1_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k026_pooler_first_token.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %93, i64 5300224
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %95, i64 5749760
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %97, i64 5316608
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %99, i64 5815296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 336, %bertrt_gemm* @train_s64_v3__k027_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k028_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k029_head_dropout.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %head.dropout = getelementptr inbounds i8, i8* %101, i64 5316608
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %103, i64 5815808
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %105 = load i8*, i8** %104, align 8
  %head.classifier = getelementptr inbounds i8, i8* %105, i64 24704
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %107, i64 5816832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 337, %bertrt_gemm* @train_s64_v3__k030_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k031_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k032_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k033_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k034_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k035_grad_head_classifier_in1_sum.launch)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %grad.loss = getelementptr inbounds i8, i8* %109, i64 5349440
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %classifier.weight7 = getelementptr inbounds i8, i8* %111, i64 5815808
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %113, i64 5349696
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 338, %bertrt_gemm* @train_s64_v3__k036_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight7, i8* %grad.head.classifier.matmul.a, i8* null)
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %115 = load i8*, i8** %114, align 8
  %grad.loss8 = getelementptr inbounds i8, i8* %115, i64 5349440
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %head.dropout9 = getelementptr inbounds i8, i8* %117, i64 5316608
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %119 = load i8*, i8** %118, align 8
  %classifier.weight10 = getelementptr inbounds i8, i8* %119, i64 5815808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 339, %bertrt_gemm* @train_s64_v3__k037_grad_head_classifier_matmul_b.gemm, i8* %grad.loss8, i8* %head.dropout9, i8* %classifier.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k038_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k039_grad_pooler_dense_in1_sum.launch)
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %121, i64 5316608
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %123 = load i8*, i8** %122, align 8
  %bert.pooler.dense.weight11 = getelementptr inbounds i8, i8* %123, i64 5749760
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %grad.pooler.dense.matmul.a = getelementptr inbounds i8, i8* %125, i64 5332992
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 340, %bertrt_gemm* @train_s64_v3__k040_grad_pooler_dense_matmul_a.gemm, i8* %grad.pooler.tanh, i8* %bert.pooler.dense.weight11, i8* %grad.pooler.dense.matmul.a, i8* null)
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %grad.pooler.tanh12 = getelementptr inbounds i8, i8* %127, i64 5316608
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %pooler.first_token13 = getelementptr inbounds i8, i8* %129, i64 5300224
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %131 = load i8*, i8** %130, align 8
  %bert.pooler.dense.weight14 = getelementptr inbounds i8, i8* %131, i64 5749760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 341, %bertrt_gemm* @train_s64_v3__k041_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh12, i8* %pooler.first_token13, i8* %bert.pooler.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k042_grad_pooler_first_token.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k043_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k044_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k045_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k046_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k047_grad_layer_1_ffn_output_in1_sum.launch)
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %133, i64 16801792
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %135 = load i8*, i8** %134, align 8
  %bert.encoder.layer.1.output.dense.weight15 = getelementptr inbounds i8, i8* %135, i64 5486080
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %137 = load i8*, i8** %136, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %137, i64 19947520
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 342, %bertrt_gemm* @train_s64_v3__k048_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight15, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %grad.layer.1.ffn.dropout16 = getelementptr inbounds i8, i8* %139, i64 16801792
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %layer.1.ffn.gelu17 = getelementptr inbounds i8, i8* %141, i64 12607488
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %143 = load i8*, i8** %142, align 8
  %bert.encoder.layer.1.output.dense.weight18 = getelementptr inbounds i8, i8* %143, i64 5486080
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 343, %bertrt_gemm* @train_s64_v3__k049_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout16, i8* %layer.1.ffn.gelu17, i8* %bert.encoder.layer.1.output.dense.weight18, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k050_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k051_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %145, i64 12607488
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %147 = load i8*, i8** %146, align 8
  %bert.encoder.layer.1.intermediate.dense.weight19 = getelementptr inbounds i8, i8* %147, i64 5221888
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %149 = load i8*, i8** %148, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %149, i64 8413184
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 344, %bertrt_gemm* @train_s64_v3__k052_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight19, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k053_grad_layer_1_attention_layernorm_sum.launch)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %grad.layer.1.ffn.gelu20 = getelementptr inbounds i8, i8* %151, i64 12607488
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %layer.1.attention.layernorm21 = getelementptr inbounds i8, i8* %153, i64 7364608
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %155 = load i8*, i8** %154, align 8
  %bert.encoder.layer.1.intermediate.dense.weight22 = getelementptr inbounds i8, i8* %155, i64 5221888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 345, %bertrt_gemm* @train_s64_v3__k054_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu20, i8* %layer.1.attention.layernorm21, i8* %bert.encoder.layer.1.intermediate.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k055_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k056_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k057_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k058_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k059_grad_layer_1_attention_output_in1_sum.launch)
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %157, i64 5267456
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %159 = load i8*, i8** %158, align 8
  %bert.encoder.layer.1.attention.output.dense.weight23 = getelementptr inbounds i8, i8* %159, i64 5154816
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %161 = load i8*, i8** %160, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %161, i64 6316032
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 346, %bertrt_gemm* @train_s64_v3__k060_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight23, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %grad.layer.1.attention.output_dropout24 = getelementptr inbounds i8, i8* %163, i64 5267456
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %layer.1.attention.context25 = getelementptr inbounds i8, i8* %165, i64 4202496
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %167 = load i8*, i8** %166, align 8
  %bert.encoder.layer.1.attention.output.dense.weight26 = getelementptr inbounds i8, i8* %167, i64 5154816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 347, %bertrt_gemm* @train_s64_v3__k061_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout24, i8* %layer.1.attention.context25, i8* %bert.encoder.layer.1.attention.output.dense.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k062_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k063_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k064_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k065_grad_layer_1_attention_value_in1_sum.launch)
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %169, i64 4202496
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %171 = load i8*, i8** %170, align 8
  %layer.0.ffn.layernorm27 = getelementptr inbounds i8, i8* %171, i64 0
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %173 = load i8*, i8** %172, align 8
  %bert.encoder.layer.1.attention.self.value.weight28 = getelementptr inbounds i8, i8* %173, i64 5088768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 348, %bertrt_gemm* @train_s64_v3__k066_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b, i8* %layer.0.ffn.layernorm27, i8* %bert.encoder.layer.1.attention.self.value.weight28, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k067_grad_layer_1_attention_key_in1_sum.launch)
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %175, i64 7364608
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %layer.0.ffn.layernorm29 = getelementptr inbounds i8, i8* %177, i64 0
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %179 = load i8*, i8** %178, align 8
  %bert.encoder.layer.1.attention.self.key.weight30 = getelementptr inbounds i8, i8* %179, i64 5022720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 349, %bertrt_gemm* @train_s64_v3__k068_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b, i8* %layer.0.ffn.layernorm29, i8* %bert.encoder.layer.1.attention.self.key.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s64_v3__k069_grad_layer_1_attention_query_in1_sum.launch)
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %181, i64 8413184
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %183 = load i8*, i8** %182, align 8
  %layer.0.ffn.layernorm31 = getelementptr inbounds i8, i8* %183, i64 0
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %185 = load i8*, i8** %184, align 8
  %bert.encoder.layer.1.attention.self.query.weight32 = getelementptr inbounds i8, i8* %185, i64 4956672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 350, %bertrt_gemm* @train_s64_v3__k070_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a, i8* %layer.0.ffn.layernorm31, i8* %bert.encoder.layer.1.attention.self.query.weight32, i8* null)
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

; Function Attrs: nounwind
define void @optimizer_v1(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v1__k000_grad_norm_partial.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v1__k001_grad_norm_tail.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v1__k002_clip_coefficient.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v1__k003_adamw.launch)
  ret void
}

; Function Attrs: nounwind
define void @optimizer_v2(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v2__k000_grad_norm_partial.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v2__k001_grad_norm_tail.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v2__k002_clip_coefficient.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v2__k003_adamw.launch)
  ret void
}

; Function Attrs: nounwind
define void @optimizer_v3(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v3__k000_grad_norm_partial.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v3__k001_grad_norm_tail.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v3__k002_clip_coefficient.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v3__k003_adamw.launch)
  ret void
}

attributes #0 = { nounwind }
