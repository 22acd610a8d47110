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

@forward_s128__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4292608, i64 5, i64 49152, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s128__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 4096, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4294144, i64 0, i64 4293632, i64 4, i64 2097152]
@forward_s128__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2097152, i64 4, i64 0]
@forward_s128__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s128__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 4096, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s128__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 98304, i64 4, i64 2097152]
@forward_s128__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 2113536, i64 4, i64 4210688, i64 4, i64 6307840, i64 4, i64 2097152, i64 4, i64 8404992, i64 4, i64 10502144]
@forward_s128__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s128__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 256, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2113536, i64 4, i64 4210688]
@forward_s128__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s128__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4210688, i64 0, i64 4559360, i64 0, i64 4558848, i64 4, i64 0]
@forward_s128__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2113536, i64 0, i64 4822016]
@forward_s128__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 4096, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 10502144, i64 4, i64 2113536]
@forward_s128__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s128__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2113536, i64 0, i64 5087232, i64 0, i64 5086720, i64 4, i64 0]
@forward_s128__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 2113536, i64 4, i64 4210688, i64 4, i64 6307840, i64 4, i64 2097152, i64 4, i64 8404992, i64 4, i64 10502144]
@forward_s128__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s128__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 256, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2097152, i64 4, i64 4194304]
@forward_s128__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s128__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4194304, i64 0, i64 5352448, i64 0, i64 5351936, i64 4, i64 0]
@forward_s128__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2097152, i64 0, i64 5615104]
@forward_s128__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 4096, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 10485760, i64 4, i64 2097152]
@forward_s128__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s128__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2097152, i64 0, i64 5880320, i64 0, i64 5879808, i64 5, i64 246080]
@forward_s128__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k026_head_qa_outputs_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k027_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 32768]
@forward_s128__k027_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k027_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k028_head_start_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 32768, i64 5, i64 147712]
@forward_s128__k028_head_start_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k028_head_start_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k029_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 32768]
@forward_s128__k029_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k029_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k030_head_end_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 32768, i64 5, i64 196864]
@forward_s128__k030_head_end_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k030_head_end_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k031_loss_end_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147584, i64 4, i64 0]
@forward_s128__k031_loss_end_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k031_loss_end_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k032_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 64]
@forward_s128__k032_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k032_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k033_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 192]
@forward_s128__k033_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k033_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k034_loss_start_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147456, i64 4, i64 0]
@forward_s128__k034_loss_start_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k034_loss_start_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k035_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 64]
@forward_s128__k035_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k035_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k036_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 256]
@forward_s128__k036_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k036_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k037_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 192, i64 4, i64 256, i64 5, i64 246016]
@forward_s128__k037_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k037_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4292608, i64 5, i64 49152, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s128_v0__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 4096, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 0, i64 0, i64 4294144, i64 0, i64 4293632, i64 4, i64 2129920, i64 4, i64 2097152]
@train_s128_v0__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2129920, i64 4, i64 4227072]
@train_s128_v0__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s128_v0__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 4096, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 98304, i64 4, i64 2129920]
@train_s128_v0__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 6324224, i64 4, i64 8421376, i64 4, i64 10518528, i64 4, i64 2129920, i64 4, i64 12615680, i64 4, i64 2146304]
@train_s128_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s128_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 256, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4227072, i64 4, i64 14712832, i64 4, i64 16809984]
@train_s128_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s128_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 16809984, i64 0, i64 4559360, i64 0, i64 4558848, i64 4, i64 14712832, i64 4, i64 2179072]
@train_s128_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 27295744, i64 0, i64 4822016, i64 4, i64 18907136]
@train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 4096, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 14712832, i64 4, i64 35684352, i64 4, i64 37781504]
@train_s128_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s128_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 37781504, i64 0, i64 5087232, i64 0, i64 5086720, i64 4, i64 35684352, i64 4, i64 2211840]
@train_s128_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 39878656, i64 4, i64 41975808, i64 4, i64 44072960, i64 4, i64 2129920, i64 4, i64 46170112, i64 4, i64 2244608]
@train_s128_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s128_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 256, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 35684352, i64 4, i64 48267264, i64 4, i64 50364416]
@train_s128_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s128_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 50364416, i64 0, i64 5352448, i64 0, i64 5351936, i64 4, i64 48267264, i64 4, i64 2277376]
@train_s128_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 60850176, i64 0, i64 5615104, i64 4, i64 52461568]
@train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 4096, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 48267264, i64 4, i64 69238784, i64 4, i64 71335936]
@train_s128_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s128_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 71335936, i64 0, i64 5880320, i64 0, i64 5879808, i64 4, i64 69238784, i64 4, i64 2310144]
@train_s128_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k026_head_qa_outputs_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k027_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2342912, i64 4, i64 2375680]
@train_s128_v0__k027_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k027_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k028_head_start_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2375680, i64 5, i64 147712]
@train_s128_v0__k028_head_start_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k028_head_start_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k029_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2342912, i64 4, i64 2375680]
@train_s128_v0__k029_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k029_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k030_head_end_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2375680, i64 5, i64 196864]
@train_s128_v0__k030_head_end_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k030_head_end_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k031_loss_end_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147584, i64 4, i64 2342912]
@train_s128_v0__k031_loss_end_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k031_loss_end_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k032_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 2342976]
@train_s128_v0__k032_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k032_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k033_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2342976, i64 4, i64 2342912, i64 4, i64 2343104]
@train_s128_v0__k033_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k033_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k034_loss_start_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147456, i64 4, i64 2342976]
@train_s128_v0__k034_loss_start_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k034_loss_start_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k035_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 2343168]
@train_s128_v0__k035_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k035_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k036_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2343168, i64 4, i64 2342976, i64 4, i64 2343040]
@train_s128_v0__k036_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k036_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k037_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2343104, i64 4, i64 2343040, i64 5, i64 246016]
@train_s128_v0__k037_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k037_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k038_grad_loss.launch.bases = private unnamed_addr constant [2 x i64] [i64 4, i64 2343040]
@train_s128_v0__k038_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 1, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s128_v0__k038_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k039_grad_loss_start.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 2342976, i64 4, i64 2343040, i64 4, i64 2343104]
@train_s128_v0__k039_grad_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k039_grad_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k040_grad_loss_end.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 2342912, i64 4, i64 2343040, i64 4, i64 2359488]
@train_s128_v0__k040_grad_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k040_grad_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k041_grad_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2359488, i64 4, i64 2375872]
@train_s128_v0__k041_grad_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k041_grad_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k042_grad_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2343104, i64 4, i64 2408640]
@train_s128_v0__k042_grad_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k042_grad_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k043_grad_head_qa_outputs_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2408640, i64 4, i64 2375872, i64 4, i64 2342912]
@train_s128_v0__k043_grad_head_qa_outputs_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k043_grad_head_qa_outputs_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k044_grad_head_qa_outputs_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2342912, i64 1, i64 5881856]
@train_s128_v0__k044_grad_head_qa_outputs_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k044_grad_head_qa_outputs_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k045_grad_head_qa_outputs_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k046_grad_head_qa_outputs_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 4096, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k047_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2310144, i64 4, i64 71335936, i64 0, i64 5879808, i64 4, i64 73433088, i64 4, i64 69238784]
@train_s128_v0__k047_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k047_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 71335936, i64 4, i64 2310144, i64 4, i64 73433088, i64 1, i64 5879808]
@train_s128_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k049_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 73433088, i64 1, i64 5880320]
@train_s128_v0__k049_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k049_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k050_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 69238784, i64 4, i64 71335936]
@train_s128_v0__k050_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s128_v0__k050_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 4096, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k050_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k050_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k051_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 71335936, i64 1, i64 5879296]
@train_s128_v0__k051_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k051_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k052_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k053_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 4096, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k054_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 52461568, i64 4, i64 73433088, i64 4, i64 60850176]
@train_s128_v0__k054_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 4096, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k054_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 60850176, i64 1, i64 5615104]
@train_s128_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k056_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k057_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 52461568, i64 4, i64 69238784, i64 4, i64 54558720]
@train_s128_v0__k057_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k057_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k058_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 4096, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k059_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2277376, i64 4, i64 50364416, i64 0, i64 5351936, i64 4, i64 54558720, i64 4, i64 48267264]
@train_s128_v0__k059_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k059_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k060_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 50364416, i64 4, i64 2277376, i64 4, i64 54558720, i64 1, i64 5351936]
@train_s128_v0__k060_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k060_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k061_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 54558720, i64 1, i64 5352448]
@train_s128_v0__k061_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k061_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k062_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 48267264, i64 4, i64 50364416]
@train_s128_v0__k062_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s128_v0__k062_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 4096, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k062_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k062_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k063_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 50364416, i64 1, i64 5351424]
@train_s128_v0__k063_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k063_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k064_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k065_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 4096, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k066_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 46170112, i64 4, i64 52461568, i64 4, i64 2277376]
@train_s128_v0__k066_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 8192, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k066_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k067_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 39878656, i64 4, i64 41975808, i64 4, i64 44072960, i64 4, i64 2129920, i64 4, i64 2244608, i64 4, i64 52461568, i64 4, i64 2277376, i64 4, i64 50364416, i64 4, i64 46170112]
@train_s128_v0__k067_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s128_v0__k067_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 256, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k067_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k067_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k068_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 39878656, i64 4, i64 41975808, i64 4, i64 44072960, i64 4, i64 2129920, i64 4, i64 2244608, i64 4, i64 52461568, i64 4, i64 2277376, i64 4, i64 54558720]
@train_s128_v0__k068_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s128_v0__k068_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 30, i64 256, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k068_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k068_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k069_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 46170112, i64 1, i64 5285376]
@train_s128_v0__k069_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k069_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k070_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k071_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 4096, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k072_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 50364416, i64 1, i64 5219328]
@train_s128_v0__k072_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k072_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k073_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k074_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 4096, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k075_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 54558720, i64 1, i64 5153280]
@train_s128_v0__k075_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k075_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k076_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k077_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 44072960, i64 4, i64 41975808, i64 4, i64 39878656, i64 4, i64 48267264, i64 4, i64 46170112]
@train_s128_v0__k077_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 31, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k077_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k078_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 4096, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k079_grad_layer_0_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2211840, i64 4, i64 37781504, i64 0, i64 5086720, i64 4, i64 46170112, i64 4, i64 35684352]
@train_s128_v0__k079_grad_layer_0_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k079_grad_layer_0_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 37781504, i64 4, i64 2211840, i64 4, i64 46170112, i64 1, i64 5086720]
@train_s128_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k081_grad_layer_0_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 46170112, i64 1, i64 5087232]
@train_s128_v0__k081_grad_layer_0_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k081_grad_layer_0_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k082_grad_layer_0_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 35684352, i64 4, i64 37781504]
@train_s128_v0__k082_grad_layer_0_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s128_v0__k082_grad_layer_0_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 4096, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k082_grad_layer_0_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k082_grad_layer_0_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k083_grad_layer_0_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 37781504, i64 1, i64 5086208]
@train_s128_v0__k083_grad_layer_0_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k083_grad_layer_0_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k084_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k085_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 4096, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k086_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 18907136, i64 4, i64 39878656, i64 4, i64 27295744]
@train_s128_v0__k086_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 4096, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k086_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 27295744, i64 1, i64 4822016]
@train_s128_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k088_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k089_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 18907136, i64 4, i64 35684352, i64 4, i64 21004288]
@train_s128_v0__k089_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k089_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k090_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 4096, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k091_grad_layer_0_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2179072, i64 4, i64 16809984, i64 0, i64 4558848, i64 4, i64 21004288, i64 4, i64 14712832]
@train_s128_v0__k091_grad_layer_0_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k091_grad_layer_0_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k092_grad_layer_0_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 16809984, i64 4, i64 2179072, i64 4, i64 21004288, i64 1, i64 4558848]
@train_s128_v0__k092_grad_layer_0_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k092_grad_layer_0_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k093_grad_layer_0_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 21004288, i64 1, i64 4559360]
@train_s128_v0__k093_grad_layer_0_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k093_grad_layer_0_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k094_grad_layer_0_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 14712832, i64 4, i64 16809984]
@train_s128_v0__k094_grad_layer_0_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s128_v0__k094_grad_layer_0_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 4096, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k094_grad_layer_0_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k094_grad_layer_0_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k095_grad_layer_0_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16809984, i64 1, i64 4558336]
@train_s128_v0__k095_grad_layer_0_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k095_grad_layer_0_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k096_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k097_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 4096, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k098_layer_0_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 12615680, i64 4, i64 18907136, i64 4, i64 2179072]
@train_s128_v0__k098_layer_0_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 8192, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k098_layer_0_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k099_layer_0_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 6324224, i64 4, i64 8421376, i64 4, i64 10518528, i64 4, i64 2129920, i64 4, i64 2146304, i64 4, i64 18907136, i64 4, i64 2179072, i64 4, i64 16809984, i64 4, i64 12615680]
@train_s128_v0__k099_layer_0_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s128_v0__k099_layer_0_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 256, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k099_layer_0_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k099_layer_0_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k100_layer_0_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 6324224, i64 4, i64 8421376, i64 4, i64 10518528, i64 4, i64 2129920, i64 4, i64 2146304, i64 4, i64 18907136, i64 4, i64 2179072, i64 4, i64 21004288]
@train_s128_v0__k100_layer_0_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s128_v0__k100_layer_0_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 30, i64 256, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k100_layer_0_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k100_layer_0_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k101_grad_layer_0_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 12615680, i64 1, i64 4492288]
@train_s128_v0__k101_grad_layer_0_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k101_grad_layer_0_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k102_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k103_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 4096, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k104_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 16809984, i64 1, i64 4426240]
@train_s128_v0__k104_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k104_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k105_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k106_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 4096, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k107_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 21004288, i64 1, i64 4360192]
@train_s128_v0__k107_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k107_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k108_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k109_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 4096, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k110_grad_embeddings_dropout.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 8421376, i64 4, i64 6324224, i64 4, i64 2129920, i64 4, i64 14712832, i64 4, i64 4227072]
@train_s128_v0__k110_grad_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s128_v0__k110_grad_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 32, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k110_grad_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k110_grad_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k111_grad_embeddings_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 2097152, i64 4, i64 0, i64 0, i64 4293632, i64 4, i64 4227072, i64 4, i64 2129920]
@train_s128_v0__k111_grad_embeddings_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 4096, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k111_grad_embeddings_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k112_grad_embeddings_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 4, i64 2097152, i64 4, i64 4227072, i64 1, i64 4293632]
@train_s128_v0__k112_grad_embeddings_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k112_grad_embeddings_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k113_grad_embeddings_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4227072, i64 1, i64 4294144]
@train_s128_v0__k113_grad_embeddings_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k113_grad_embeddings_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k114_grad_embeddings_sum_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2129920, i64 4, i64 0]
@train_s128_v0__k114_grad_embeddings_sum_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 33, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k114_grad_embeddings_sum_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k115_grad_embeddings_position.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 4096000]
@train_s128_v0__k115_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 34, i64 128, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k115_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k116_grad_embeddings_position.launch.bases = private unnamed_addr constant [2 x i64] [i64 1, i64 4096000]
@train_s128_v0__k116_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 35, i64 256, i64 128, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s128_v0__k116_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k117_grad_embeddings_token_type.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 4292608, i64 4, i64 2129920, i64 5, i64 49152]
@train_s128_v0__k117_grad_embeddings_token_type.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k117_grad_embeddings_token_type.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k118_grad_embeddings_word_without_padding.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 0, i64 4, i64 2129920, i64 4, i64 0]
@train_s128_v0__k118_grad_embeddings_word_without_padding.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k118_grad_embeddings_word_without_padding.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k119_grad_embeddings_word.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 0, i64 4, i64 0, i64 5, i64 0]
@train_s128_v0__k119_grad_embeddings_word.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 125, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k119_grad_embeddings_word.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4292608, i64 5, i64 49152, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s128_v1__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 4096, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v1__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4294144, i64 0, i64 4293632, i64 4, i64 2097152]
@train_s128_v1__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v1__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2097152, i64 4, i64 0]
@train_s128_v1__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s128_v1__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 4096, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v1__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v1__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 98304, i64 4, i64 2097152]
@train_s128_v1__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 2113536, i64 4, i64 4210688, i64 4, i64 6307840, i64 4, i64 2097152, i64 4, i64 8404992, i64 4, i64 10502144]
@train_s128_v1__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s128_v1__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 256, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v1__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v1__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v1__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2113536, i64 4, i64 4210688]
@train_s128_v1__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s128_v1__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v1__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v1__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4210688, i64 0, i64 4559360, i64 0, i64 4558848, i64 4, i64 0]
@train_s128_v1__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v1__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2113536, i64 0, i64 4822016]
@train_s128_v1__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 4096, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 10502144, i64 4, i64 2113536]
@train_s128_v1__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s128_v1__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v1__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v1__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2113536, i64 0, i64 5087232, i64 0, i64 5086720, i64 4, i64 0]
@train_s128_v1__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v1__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 2113536, i64 4, i64 4210688, i64 4, i64 6307840, i64 4, i64 2097152, i64 4, i64 8404992, i64 4, i64 10502144]
@train_s128_v1__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s128_v1__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 256, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v1__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v1__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v1__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 2097152, i64 4, i64 4194304]
@train_s128_v1__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s128_v1__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v1__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v1__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4194304, i64 0, i64 5352448, i64 0, i64 5351936, i64 4, i64 0]
@train_s128_v1__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v1__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2097152, i64 0, i64 5615104]
@train_s128_v1__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 4096, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 10485760, i64 4, i64 2097152]
@train_s128_v1__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s128_v1__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 4096, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v1__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v1__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 2097152, i64 0, i64 5880320, i64 0, i64 5879808, i64 4, i64 0]
@train_s128_v1__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 4096, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v1__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k026_head_qa_outputs_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 4096, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v1__k027_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2097152, i64 4, i64 2129920]
@train_s128_v1__k027_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k027_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k028_head_start_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2129920, i64 5, i64 147712]
@train_s128_v1__k028_head_start_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k028_head_start_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k029_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2097152, i64 4, i64 2129920]
@train_s128_v1__k029_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k029_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k030_head_end_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2129920, i64 5, i64 196864]
@train_s128_v1__k030_head_end_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 32, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k030_head_end_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k031_loss_end_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147584, i64 4, i64 2097152]
@train_s128_v1__k031_loss_end_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k031_loss_end_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k032_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 2097216]
@train_s128_v1__k032_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k032_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k033_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2097216, i64 4, i64 2097152, i64 4, i64 2097344]
@train_s128_v1__k033_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k033_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k034_loss_start_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147456, i64 4, i64 2097216]
@train_s128_v1__k034_loss_start_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k034_loss_start_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k035_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 2097408]
@train_s128_v1__k035_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 32, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k035_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k036_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2097408, i64 4, i64 2097216, i64 4, i64 2097280]
@train_s128_v1__k036_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k036_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k037_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2097344, i64 4, i64 2097280, i64 5, i64 246016]
@train_s128_v1__k037_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k037_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k038_grad_loss.launch.bases = private unnamed_addr constant [2 x i64] [i64 4, i64 2097280]
@train_s128_v1__k038_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 1, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s128_v1__k038_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k039_grad_loss_start.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 2097216, i64 4, i64 2097280, i64 4, i64 2097344]
@train_s128_v1__k039_grad_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v1__k039_grad_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k040_grad_loss_end.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 2097152, i64 4, i64 2097280, i64 4, i64 2113728]
@train_s128_v1__k040_grad_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 32, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v1__k040_grad_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k041_grad_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2113728, i64 4, i64 2130112]
@train_s128_v1__k041_grad_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k041_grad_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k042_grad_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2097344, i64 4, i64 2162880]
@train_s128_v1__k042_grad_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k042_grad_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k043_grad_head_qa_outputs_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 2162880, i64 4, i64 2130112, i64 4, i64 2097152]
@train_s128_v1__k043_grad_head_qa_outputs_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v1__k043_grad_head_qa_outputs_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k044_grad_head_qa_outputs_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 2097152, i64 1, i64 5881856]
@train_s128_v1__k044_grad_head_qa_outputs_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v1__k044_grad_head_qa_outputs_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v1__k045_grad_head_qa_outputs_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 4096, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4292608, i64 5, i64 49152, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s256__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 8192, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s256__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4294144, i64 0, i64 4293632, i64 4, i64 4194304]
@forward_s256__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s256__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4194304, i64 4, i64 0]
@forward_s256__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s256__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 8192, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s256__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s256__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 98304, i64 4, i64 4194304]
@forward_s256__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 4227072, i64 4, i64 8421376, i64 4, i64 12615680, i64 4, i64 4194304, i64 4, i64 16809984, i64 4, i64 21004288]
@forward_s256__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s256__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s256__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s256__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s256__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 4227072, i64 4, i64 8421376]
@forward_s256__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s256__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s256__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s256__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s256__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 8421376, i64 0, i64 4559360, i64 0, i64 4558848, i64 4, i64 0]
@forward_s256__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s256__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4227072, i64 0, i64 4822016]
@forward_s256__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 45, i64 8192, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 21004288, i64 4, i64 4227072]
@forward_s256__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s256__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s256__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s256__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s256__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4227072, i64 0, i64 5087232, i64 0, i64 5086720, i64 4, i64 0]
@forward_s256__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s256__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 4227072, i64 4, i64 8421376, i64 4, i64 12615680, i64 4, i64 4194304, i64 4, i64 16809984, i64 4, i64 21004288]
@forward_s256__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s256__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s256__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s256__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s256__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 4194304, i64 4, i64 8388608]
@forward_s256__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s256__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s256__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s256__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s256__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 8388608, i64 0, i64 5352448, i64 0, i64 5351936, i64 4, i64 0]
@forward_s256__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s256__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4194304, i64 0, i64 5615104]
@forward_s256__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 45, i64 8192, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 20971520, i64 4, i64 4194304]
@forward_s256__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s256__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s256__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s256__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s256__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4194304, i64 0, i64 5880320, i64 0, i64 5879808, i64 5, i64 246080]
@forward_s256__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s256__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k026_head_qa_outputs_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s256__k027_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 65536]
@forward_s256__k027_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 46, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k027_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k028_head_start_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 65536, i64 5, i64 147712]
@forward_s256__k028_head_start_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k028_head_start_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k029_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 65536]
@forward_s256__k029_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k029_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k030_head_end_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 65536, i64 5, i64 196864]
@forward_s256__k030_head_end_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k030_head_end_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k031_loss_end_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147584, i64 4, i64 0]
@forward_s256__k031_loss_end_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k031_loss_end_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k032_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 64]
@forward_s256__k032_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s256__k032_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k033_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 192]
@forward_s256__k033_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s256__k033_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k034_loss_start_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147456, i64 4, i64 0]
@forward_s256__k034_loss_start_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s256__k034_loss_start_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k035_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 64]
@forward_s256__k035_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s256__k035_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k036_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 256]
@forward_s256__k036_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s256__k036_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s256__k037_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 192, i64 4, i64 256, i64 5, i64 246016]
@forward_s256__k037_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s256__k037_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4292608, i64 5, i64 49152, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s256_v0__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 8192, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s256_v0__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 0, i64 0, i64 4294144, i64 0, i64 4293632, i64 4, i64 4259840, i64 4, i64 4194304]
@train_s256_v0__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4259840, i64 4, i64 8454144]
@train_s256_v0__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s256_v0__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 8192, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s256_v0__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 98304, i64 4, i64 4259840]
@train_s256_v0__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 12648448, i64 4, i64 16842752, i64 4, i64 21037056, i64 4, i64 4259840, i64 4, i64 25231360, i64 4, i64 4292608]
@train_s256_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s256_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s256_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s256_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 8454144, i64 4, i64 29425664, i64 4, i64 33619968]
@train_s256_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s256_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s256_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 33619968, i64 0, i64 4559360, i64 0, i64 4558848, i64 4, i64 29425664, i64 4, i64 4358144]
@train_s256_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 54591488, i64 0, i64 4822016, i64 4, i64 37814272]
@train_s256_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 52, i64 8192, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 29425664, i64 4, i64 71368704, i64 4, i64 75563008]
@train_s256_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s256_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s256_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 75563008, i64 0, i64 5087232, i64 0, i64 5086720, i64 4, i64 71368704, i64 4, i64 4423680]
@train_s256_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 79757312, i64 4, i64 83951616, i64 4, i64 88145920, i64 4, i64 4259840, i64 4, i64 92340224, i64 4, i64 4489216]
@train_s256_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s256_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s256_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s256_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 71368704, i64 4, i64 96534528, i64 4, i64 100728832]
@train_s256_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s256_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s256_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 100728832, i64 0, i64 5352448, i64 0, i64 5351936, i64 4, i64 96534528, i64 4, i64 4554752]
@train_s256_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 121700352, i64 0, i64 5615104, i64 4, i64 104923136]
@train_s256_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 52, i64 8192, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 96534528, i64 4, i64 138477568, i64 4, i64 142671872]
@train_s256_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s256_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s256_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 142671872, i64 0, i64 5880320, i64 0, i64 5879808, i64 4, i64 138477568, i64 4, i64 4620288]
@train_s256_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 51, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k026_head_qa_outputs_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k027_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4685824, i64 4, i64 4751360]
@train_s256_v0__k027_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 46, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k027_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k028_head_start_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4751360, i64 5, i64 147712]
@train_s256_v0__k028_head_start_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k028_head_start_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k029_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4685824, i64 4, i64 4751360]
@train_s256_v0__k029_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k029_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k030_head_end_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4751360, i64 5, i64 196864]
@train_s256_v0__k030_head_end_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k030_head_end_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k031_loss_end_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147584, i64 4, i64 4685824]
@train_s256_v0__k031_loss_end_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k031_loss_end_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k032_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 4685888]
@train_s256_v0__k032_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k032_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k033_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4685888, i64 4, i64 4685824, i64 4, i64 4686016]
@train_s256_v0__k033_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k033_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k034_loss_start_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147456, i64 4, i64 4685888]
@train_s256_v0__k034_loss_start_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k034_loss_start_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k035_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 4686080]
@train_s256_v0__k035_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k035_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k036_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4686080, i64 4, i64 4685888, i64 4, i64 4685952]
@train_s256_v0__k036_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k036_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k037_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4686016, i64 4, i64 4685952, i64 5, i64 246016]
@train_s256_v0__k037_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k037_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k038_grad_loss.launch.bases = private unnamed_addr constant [2 x i64] [i64 4, i64 4685952]
@train_s256_v0__k038_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 1, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s256_v0__k038_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k039_grad_loss_start.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 4685888, i64 4, i64 4685952, i64 4, i64 4686016]
@train_s256_v0__k039_grad_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 32, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k039_grad_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k040_grad_loss_end.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 4685824, i64 4, i64 4685952, i64 4, i64 4718784]
@train_s256_v0__k040_grad_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 32, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k040_grad_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k041_grad_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4718784, i64 4, i64 4751552]
@train_s256_v0__k041_grad_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 64, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k041_grad_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k042_grad_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4686016, i64 4, i64 4817088]
@train_s256_v0__k042_grad_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 55, i64 64, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k042_grad_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k043_grad_head_qa_outputs_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4817088, i64 4, i64 4751552, i64 4, i64 4685824]
@train_s256_v0__k043_grad_head_qa_outputs_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 56, i64 64, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k043_grad_head_qa_outputs_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k044_grad_head_qa_outputs_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4685824, i64 1, i64 5881856]
@train_s256_v0__k044_grad_head_qa_outputs_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k044_grad_head_qa_outputs_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k045_grad_head_qa_outputs_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k046_grad_head_qa_outputs_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 8192, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k047_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4620288, i64 4, i64 142671872, i64 0, i64 5879808, i64 4, i64 146866176, i64 4, i64 138477568]
@train_s256_v0__k047_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 58, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k047_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 142671872, i64 4, i64 4620288, i64 4, i64 146866176, i64 1, i64 5879808]
@train_s256_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 59, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k049_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 146866176, i64 1, i64 5880320]
@train_s256_v0__k049_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k049_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k050_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 138477568, i64 4, i64 142671872]
@train_s256_v0__k050_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s256_v0__k050_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 8192, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k050_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k050_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s256_v0__k051_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 142671872, i64 1, i64 5879296]
@train_s256_v0__k051_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k051_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k052_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k053_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 8192, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k054_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 104923136, i64 4, i64 146866176, i64 4, i64 121700352]
@train_s256_v0__k054_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 61, i64 8192, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k054_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 121700352, i64 1, i64 5615104]
@train_s256_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 62, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k056_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k057_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 104923136, i64 4, i64 138477568, i64 4, i64 109117440]
@train_s256_v0__k057_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 63, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k057_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k058_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 8192, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k059_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4554752, i64 4, i64 100728832, i64 0, i64 5351936, i64 4, i64 109117440, i64 4, i64 96534528]
@train_s256_v0__k059_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 58, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k059_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k060_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 100728832, i64 4, i64 4554752, i64 4, i64 109117440, i64 1, i64 5351936]
@train_s256_v0__k060_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 59, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v0__k060_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k061_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 109117440, i64 1, i64 5352448]
@train_s256_v0__k061_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k061_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k062_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 96534528, i64 4, i64 100728832]
@train_s256_v0__k062_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s256_v0__k062_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 8192, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k062_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k062_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s256_v0__k063_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 100728832, i64 1, i64 5351424]
@train_s256_v0__k063_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k063_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k064_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k065_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 8192, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k066_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 92340224, i64 4, i64 104923136, i64 4, i64 4554752]
@train_s256_v0__k066_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 16384, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k066_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k067_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 79757312, i64 4, i64 83951616, i64 4, i64 88145920, i64 4, i64 4259840, i64 4, i64 4489216, i64 4, i64 104923136, i64 4, i64 4554752, i64 4, i64 100728832, i64 4, i64 92340224]
@train_s256_v0__k067_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s256_v0__k067_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 512, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s256_v0__k067_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k067_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s256_v0__k068_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 79757312, i64 4, i64 83951616, i64 4, i64 88145920, i64 4, i64 4259840, i64 4, i64 4489216, i64 4, i64 104923136, i64 4, i64 4554752, i64 4, i64 109117440]
@train_s256_v0__k068_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s256_v0__k068_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 512, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s256_v0__k068_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k068_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s256_v0__k069_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 92340224, i64 1, i64 5285376]
@train_s256_v0__k069_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k069_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k070_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k071_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 8192, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k072_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 100728832, i64 1, i64 5219328]
@train_s256_v0__k072_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k072_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k073_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k074_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 8192, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k075_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 109117440, i64 1, i64 5153280]
@train_s256_v0__k075_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k075_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k076_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k077_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 88145920, i64 4, i64 83951616, i64 4, i64 79757312, i64 4, i64 96534528, i64 4, i64 92340224]
@train_s256_v0__k077_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 67, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k077_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k078_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 8192, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k079_grad_layer_0_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4423680, i64 4, i64 75563008, i64 0, i64 5086720, i64 4, i64 92340224, i64 4, i64 71368704]
@train_s256_v0__k079_grad_layer_0_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 58, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k079_grad_layer_0_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 75563008, i64 4, i64 4423680, i64 4, i64 92340224, i64 1, i64 5086720]
@train_s256_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 59, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k081_grad_layer_0_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 92340224, i64 1, i64 5087232]
@train_s256_v0__k081_grad_layer_0_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k081_grad_layer_0_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k082_grad_layer_0_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 71368704, i64 4, i64 75563008]
@train_s256_v0__k082_grad_layer_0_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s256_v0__k082_grad_layer_0_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 8192, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k082_grad_layer_0_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k082_grad_layer_0_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s256_v0__k083_grad_layer_0_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 75563008, i64 1, i64 5086208]
@train_s256_v0__k083_grad_layer_0_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k083_grad_layer_0_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k084_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k085_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 8192, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k086_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 37814272, i64 4, i64 79757312, i64 4, i64 54591488]
@train_s256_v0__k086_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 61, i64 8192, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k086_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 54591488, i64 1, i64 4822016]
@train_s256_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 62, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k088_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k089_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 37814272, i64 4, i64 71368704, i64 4, i64 42008576]
@train_s256_v0__k089_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 63, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k089_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k090_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 8192, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k091_grad_layer_0_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4358144, i64 4, i64 33619968, i64 0, i64 4558848, i64 4, i64 42008576, i64 4, i64 29425664]
@train_s256_v0__k091_grad_layer_0_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 58, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k091_grad_layer_0_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k092_grad_layer_0_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 33619968, i64 4, i64 4358144, i64 4, i64 42008576, i64 1, i64 4558848]
@train_s256_v0__k092_grad_layer_0_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 59, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v0__k092_grad_layer_0_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k093_grad_layer_0_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 42008576, i64 1, i64 4559360]
@train_s256_v0__k093_grad_layer_0_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k093_grad_layer_0_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k094_grad_layer_0_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 29425664, i64 4, i64 33619968]
@train_s256_v0__k094_grad_layer_0_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s256_v0__k094_grad_layer_0_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 8192, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k094_grad_layer_0_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k094_grad_layer_0_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s256_v0__k095_grad_layer_0_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 33619968, i64 1, i64 4558336]
@train_s256_v0__k095_grad_layer_0_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k095_grad_layer_0_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k096_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k097_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 8192, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k098_layer_0_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 25231360, i64 4, i64 37814272, i64 4, i64 4358144]
@train_s256_v0__k098_layer_0_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 64, i64 16384, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k098_layer_0_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k099_layer_0_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 12648448, i64 4, i64 16842752, i64 4, i64 21037056, i64 4, i64 4259840, i64 4, i64 4292608, i64 4, i64 37814272, i64 4, i64 4358144, i64 4, i64 33619968, i64 4, i64 25231360]
@train_s256_v0__k099_layer_0_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s256_v0__k099_layer_0_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 65, i64 512, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s256_v0__k099_layer_0_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k099_layer_0_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s256_v0__k100_layer_0_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 12648448, i64 4, i64 16842752, i64 4, i64 21037056, i64 4, i64 4259840, i64 4, i64 4292608, i64 4, i64 37814272, i64 4, i64 4358144, i64 4, i64 42008576]
@train_s256_v0__k100_layer_0_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s256_v0__k100_layer_0_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 66, i64 512, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s256_v0__k100_layer_0_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k100_layer_0_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s256_v0__k101_grad_layer_0_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 25231360, i64 1, i64 4492288]
@train_s256_v0__k101_grad_layer_0_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k101_grad_layer_0_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k102_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k103_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 8192, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k104_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 33619968, i64 1, i64 4426240]
@train_s256_v0__k104_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k104_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k105_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k106_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 8192, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k107_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 42008576, i64 1, i64 4360192]
@train_s256_v0__k107_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k107_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k108_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k109_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 8192, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v0__k110_grad_embeddings_dropout.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 16842752, i64 4, i64 12648448, i64 4, i64 4259840, i64 4, i64 29425664, i64 4, i64 8454144]
@train_s256_v0__k110_grad_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s256_v0__k110_grad_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 68, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k110_grad_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v0__k110_grad_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s256_v0__k111_grad_embeddings_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 4194304, i64 4, i64 0, i64 0, i64 4293632, i64 4, i64 8454144, i64 4, i64 4259840]
@train_s256_v0__k111_grad_embeddings_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 58, i64 8192, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v0__k111_grad_embeddings_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k112_grad_embeddings_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 4, i64 4194304, i64 4, i64 8454144, i64 1, i64 4293632]
@train_s256_v0__k112_grad_embeddings_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 59, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v0__k112_grad_embeddings_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k113_grad_embeddings_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 8454144, i64 1, i64 4294144]
@train_s256_v0__k113_grad_embeddings_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 60, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k113_grad_embeddings_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k114_grad_embeddings_sum_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4259840, i64 4, i64 0]
@train_s256_v0__k114_grad_embeddings_sum_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 69, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k114_grad_embeddings_sum_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k115_grad_embeddings_position.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 4096000]
@train_s256_v0__k115_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 70, i64 256, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v0__k115_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k116_grad_embeddings_position.launch.bases = private unnamed_addr constant [2 x i64] [i64 1, i64 4096000]
@train_s256_v0__k116_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 71, i64 128, i64 128, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s256_v0__k116_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k117_grad_embeddings_token_type.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 4292608, i64 4, i64 4259840, i64 5, i64 49152]
@train_s256_v0__k117_grad_embeddings_token_type.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 72, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k117_grad_embeddings_token_type.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k118_grad_embeddings_word_without_padding.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 0, i64 4, i64 4259840, i64 4, i64 0]
@train_s256_v0__k118_grad_embeddings_word_without_padding.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 73, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k118_grad_embeddings_word_without_padding.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v0__k119_grad_embeddings_word.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 0, i64 4, i64 0, i64 5, i64 0]
@train_s256_v0__k119_grad_embeddings_word.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 74, i64 125, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v0__k119_grad_embeddings_word.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4292608, i64 5, i64 49152, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s256_v1__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 8192, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s256_v1__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4294144, i64 0, i64 4293632, i64 4, i64 4194304]
@train_s256_v1__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v1__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4194304, i64 4, i64 0]
@train_s256_v1__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s256_v1__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 41, i64 8192, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v1__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s256_v1__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 98304, i64 4, i64 4194304]
@train_s256_v1__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 42, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 4227072, i64 4, i64 8421376, i64 4, i64 12615680, i64 4, i64 4194304, i64 4, i64 16809984, i64 4, i64 21004288]
@train_s256_v1__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s256_v1__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s256_v1__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v1__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s256_v1__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 4227072, i64 4, i64 8421376]
@train_s256_v1__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s256_v1__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v1__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s256_v1__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 8421376, i64 0, i64 4559360, i64 0, i64 4558848, i64 4, i64 0]
@train_s256_v1__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v1__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4227072, i64 0, i64 4822016]
@train_s256_v1__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 45, i64 8192, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 21004288, i64 4, i64 4227072]
@train_s256_v1__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s256_v1__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v1__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s256_v1__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4227072, i64 0, i64 5087232, i64 0, i64 5086720, i64 4, i64 0]
@train_s256_v1__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v1__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 4227072, i64 4, i64 8421376, i64 4, i64 12615680, i64 4, i64 4194304, i64 4, i64 16809984, i64 4, i64 21004288]
@train_s256_v1__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s256_v1__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 43, i64 512, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s256_v1__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v1__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s256_v1__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 4194304, i64 4, i64 8388608]
@train_s256_v1__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s256_v1__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v1__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s256_v1__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 8388608, i64 0, i64 5352448, i64 0, i64 5351936, i64 4, i64 0]
@train_s256_v1__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v1__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4194304, i64 0, i64 5615104]
@train_s256_v1__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 45, i64 8192, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 20971520, i64 4, i64 4194304]
@train_s256_v1__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s256_v1__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 44, i64 8192, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s256_v1__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s256_v1__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 4194304, i64 0, i64 5880320, i64 0, i64 5879808, i64 4, i64 0]
@train_s256_v1__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 40, i64 8192, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s256_v1__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k026_head_qa_outputs_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8192, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s256_v1__k027_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4194304, i64 4, i64 4259840]
@train_s256_v1__k027_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 46, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k027_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k028_head_start_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4259840, i64 5, i64 147712]
@train_s256_v1__k028_head_start_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k028_head_start_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k029_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4194304, i64 4, i64 4259840]
@train_s256_v1__k029_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 48, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k029_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k030_head_end_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4259840, i64 5, i64 196864]
@train_s256_v1__k030_head_end_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 47, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k030_head_end_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k031_loss_end_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147584, i64 4, i64 4194304]
@train_s256_v1__k031_loss_end_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k031_loss_end_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k032_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 4194368]
@train_s256_v1__k032_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k032_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k033_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4194368, i64 4, i64 4194304, i64 4, i64 4194496]
@train_s256_v1__k033_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k033_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k034_loss_start_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147456, i64 4, i64 4194368]
@train_s256_v1__k034_loss_start_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 49, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k034_loss_start_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k035_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 4194560]
@train_s256_v1__k035_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 50, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k035_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k036_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4194560, i64 4, i64 4194368, i64 4, i64 4194432]
@train_s256_v1__k036_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k036_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k037_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4194496, i64 4, i64 4194432, i64 5, i64 246016]
@train_s256_v1__k037_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k037_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k038_grad_loss.launch.bases = private unnamed_addr constant [2 x i64] [i64 4, i64 4194432]
@train_s256_v1__k038_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 1, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s256_v1__k038_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k039_grad_loss_start.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 4194368, i64 4, i64 4194432, i64 4, i64 4194496]
@train_s256_v1__k039_grad_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 32, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v1__k039_grad_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k040_grad_loss_end.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 4194304, i64 4, i64 4194432, i64 4, i64 4227264]
@train_s256_v1__k040_grad_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 53, i64 32, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s256_v1__k040_grad_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k041_grad_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4227264, i64 4, i64 4260032]
@train_s256_v1__k041_grad_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 54, i64 64, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k041_grad_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k042_grad_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4194496, i64 4, i64 4325568]
@train_s256_v1__k042_grad_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 55, i64 64, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k042_grad_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k043_grad_head_qa_outputs_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4325568, i64 4, i64 4260032, i64 4, i64 4194304]
@train_s256_v1__k043_grad_head_qa_outputs_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 56, i64 64, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s256_v1__k043_grad_head_qa_outputs_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k044_grad_head_qa_outputs_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4194304, i64 1, i64 5881856]
@train_s256_v1__k044_grad_head_qa_outputs_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 57, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s256_v1__k044_grad_head_qa_outputs_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s256_v1__k045_grad_head_qa_outputs_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 8192, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4292608, i64 5, i64 49152, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s384__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 12288, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s384__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4294144, i64 0, i64 4293632, i64 4, i64 6291456]
@forward_s384__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s384__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6291456, i64 4, i64 0]
@forward_s384__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s384__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 12288, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s384__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s384__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 98304, i64 4, i64 6291456]
@forward_s384__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 6340608, i64 4, i64 12632064, i64 4, i64 18923520, i64 4, i64 6291456, i64 4, i64 25214976, i64 4, i64 31506432]
@forward_s384__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s384__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 768, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s384__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s384__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s384__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 6340608, i64 4, i64 12632064]
@forward_s384__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s384__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s384__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s384__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s384__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 12632064, i64 0, i64 4559360, i64 0, i64 4558848, i64 4, i64 0]
@forward_s384__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s384__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6340608, i64 0, i64 4822016]
@forward_s384__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 81, i64 12288, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 31506432, i64 4, i64 6340608]
@forward_s384__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s384__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s384__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s384__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s384__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6340608, i64 0, i64 5087232, i64 0, i64 5086720, i64 4, i64 0]
@forward_s384__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s384__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 6340608, i64 4, i64 12632064, i64 4, i64 18923520, i64 4, i64 6291456, i64 4, i64 25214976, i64 4, i64 31506432]
@forward_s384__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s384__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 768, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s384__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s384__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s384__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 6291456, i64 4, i64 12582912]
@forward_s384__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s384__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s384__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s384__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s384__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 12582912, i64 0, i64 5352448, i64 0, i64 5351936, i64 4, i64 0]
@forward_s384__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s384__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6291456, i64 0, i64 5615104]
@forward_s384__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 81, i64 12288, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 31457280, i64 4, i64 6291456]
@forward_s384__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s384__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s384__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s384__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s384__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6291456, i64 0, i64 5880320, i64 0, i64 5879808, i64 5, i64 246080]
@forward_s384__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s384__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k026_head_qa_outputs_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s384__k027_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 98304]
@forward_s384__k027_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 82, i64 48, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k027_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k028_head_start_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 98304, i64 5, i64 147712]
@forward_s384__k028_head_start_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 83, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k028_head_start_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k029_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 98304]
@forward_s384__k029_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 84, i64 48, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k029_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k030_head_end_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 98304, i64 5, i64 196864]
@forward_s384__k030_head_end_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 83, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k030_head_end_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k031_loss_end_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147584, i64 4, i64 0]
@forward_s384__k031_loss_end_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 85, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k031_loss_end_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k032_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 64]
@forward_s384__k032_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 86, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s384__k032_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k033_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 192]
@forward_s384__k033_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s384__k033_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k034_loss_start_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147456, i64 4, i64 0]
@forward_s384__k034_loss_start_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 85, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s384__k034_loss_start_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k035_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 64]
@forward_s384__k035_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 86, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s384__k035_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k036_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 4, i64 256]
@forward_s384__k036_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s384__k036_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s384__k037_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 192, i64 4, i64 256, i64 5, i64 246016]
@forward_s384__k037_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s384__k037_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4292608, i64 5, i64 49152, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s384_v0__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 12288, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s384_v0__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 0, i64 0, i64 4294144, i64 0, i64 4293632, i64 4, i64 6389760, i64 4, i64 6291456]
@train_s384_v0__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 87, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6389760, i64 4, i64 12681216]
@train_s384_v0__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s384_v0__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 12288, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s384_v0__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 98304, i64 4, i64 6389760]
@train_s384_v0__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 18972672, i64 4, i64 25264128, i64 4, i64 31555584, i64 4, i64 6389760, i64 4, i64 37847040, i64 4, i64 6438912]
@train_s384_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s384_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 768, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s384_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s384_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 12681216, i64 4, i64 44138496, i64 4, i64 50429952]
@train_s384_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s384_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s384_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 50429952, i64 0, i64 4559360, i64 0, i64 4558848, i64 4, i64 44138496, i64 4, i64 6537216]
@train_s384_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 87, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 81887232, i64 0, i64 4822016, i64 4, i64 56721408]
@train_s384_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 88, i64 12288, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 44138496, i64 4, i64 107053056, i64 4, i64 113344512]
@train_s384_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s384_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s384_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 113344512, i64 0, i64 5087232, i64 0, i64 5086720, i64 4, i64 107053056, i64 4, i64 6635520]
@train_s384_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 87, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 119635968, i64 4, i64 125927424, i64 4, i64 132218880, i64 4, i64 6389760, i64 4, i64 138510336, i64 4, i64 6733824]
@train_s384_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s384_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 768, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s384_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s384_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 107053056, i64 4, i64 144801792, i64 4, i64 151093248]
@train_s384_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s384_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s384_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 151093248, i64 0, i64 5352448, i64 0, i64 5351936, i64 4, i64 144801792, i64 4, i64 6832128]
@train_s384_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 87, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 182550528, i64 0, i64 5615104, i64 4, i64 157384704]
@train_s384_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 88, i64 12288, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 144801792, i64 4, i64 207716352, i64 4, i64 214007808]
@train_s384_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s384_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s384_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 214007808, i64 0, i64 5880320, i64 0, i64 5879808, i64 4, i64 207716352, i64 4, i64 6930432]
@train_s384_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 87, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k026_head_qa_outputs_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k027_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7028736, i64 4, i64 7127040]
@train_s384_v0__k027_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 82, i64 48, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k027_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k028_head_start_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7127040, i64 5, i64 147712]
@train_s384_v0__k028_head_start_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 83, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k028_head_start_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k029_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7028736, i64 4, i64 7127040]
@train_s384_v0__k029_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 84, i64 48, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k029_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k030_head_end_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7127040, i64 5, i64 196864]
@train_s384_v0__k030_head_end_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 83, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k030_head_end_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k031_loss_end_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147584, i64 4, i64 7028736]
@train_s384_v0__k031_loss_end_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 85, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k031_loss_end_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k032_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 7028800]
@train_s384_v0__k032_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 86, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k032_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k033_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 7028800, i64 4, i64 7028736, i64 4, i64 7028928]
@train_s384_v0__k033_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k033_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k034_loss_start_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147456, i64 4, i64 7028800]
@train_s384_v0__k034_loss_start_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 85, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k034_loss_start_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k035_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 7028992]
@train_s384_v0__k035_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 86, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k035_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k036_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 7028992, i64 4, i64 7028800, i64 4, i64 7028864]
@train_s384_v0__k036_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k036_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k037_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 7028928, i64 4, i64 7028864, i64 5, i64 246016]
@train_s384_v0__k037_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k037_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k038_grad_loss.launch.bases = private unnamed_addr constant [2 x i64] [i64 4, i64 7028864]
@train_s384_v0__k038_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 1, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s384_v0__k038_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k039_grad_loss_start.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 7028800, i64 4, i64 7028864, i64 4, i64 7028928]
@train_s384_v0__k039_grad_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 89, i64 32, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k039_grad_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k040_grad_loss_end.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 7028736, i64 4, i64 7028864, i64 4, i64 7078080]
@train_s384_v0__k040_grad_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 89, i64 32, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k040_grad_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k041_grad_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7078080, i64 4, i64 7127232]
@train_s384_v0__k041_grad_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 90, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k041_grad_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k042_grad_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7028928, i64 4, i64 7225536]
@train_s384_v0__k042_grad_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 91, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k042_grad_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k043_grad_head_qa_outputs_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 7225536, i64 4, i64 7127232, i64 4, i64 7028736]
@train_s384_v0__k043_grad_head_qa_outputs_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 92, i64 96, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k043_grad_head_qa_outputs_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k044_grad_head_qa_outputs_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 7028736, i64 1, i64 5881856]
@train_s384_v0__k044_grad_head_qa_outputs_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 93, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k044_grad_head_qa_outputs_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k045_grad_head_qa_outputs_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 2, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k046_grad_head_qa_outputs_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 12288, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k047_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 6930432, i64 4, i64 214007808, i64 0, i64 5879808, i64 4, i64 220299264, i64 4, i64 207716352]
@train_s384_v0__k047_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 94, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k047_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 214007808, i64 4, i64 6930432, i64 4, i64 220299264, i64 1, i64 5879808]
@train_s384_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 95, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k049_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 220299264, i64 1, i64 5880320]
@train_s384_v0__k049_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k049_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k050_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 207716352, i64 4, i64 214007808]
@train_s384_v0__k050_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s384_v0__k050_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 12288, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k050_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k050_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s384_v0__k051_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 214007808, i64 1, i64 5879296]
@train_s384_v0__k051_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k051_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k052_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k053_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 12288, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k054_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 157384704, i64 4, i64 220299264, i64 4, i64 182550528]
@train_s384_v0__k054_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 97, i64 12288, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k054_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 182550528, i64 1, i64 5615104]
@train_s384_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 98, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k056_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k057_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 157384704, i64 4, i64 207716352, i64 4, i64 163676160]
@train_s384_v0__k057_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 99, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k057_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k058_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 12288, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k059_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 6832128, i64 4, i64 151093248, i64 0, i64 5351936, i64 4, i64 163676160, i64 4, i64 144801792]
@train_s384_v0__k059_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 94, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k059_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k060_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 151093248, i64 4, i64 6832128, i64 4, i64 163676160, i64 1, i64 5351936]
@train_s384_v0__k060_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 95, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v0__k060_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k061_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 163676160, i64 1, i64 5352448]
@train_s384_v0__k061_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k061_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k062_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 144801792, i64 4, i64 151093248]
@train_s384_v0__k062_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s384_v0__k062_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 12288, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k062_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k062_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s384_v0__k063_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 151093248, i64 1, i64 5351424]
@train_s384_v0__k063_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k063_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k064_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k065_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 12288, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k066_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 138510336, i64 4, i64 157384704, i64 4, i64 6832128]
@train_s384_v0__k066_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 100, i64 24576, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k066_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k067_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 119635968, i64 4, i64 125927424, i64 4, i64 132218880, i64 4, i64 6389760, i64 4, i64 6733824, i64 4, i64 157384704, i64 4, i64 6832128, i64 4, i64 151093248, i64 4, i64 138510336]
@train_s384_v0__k067_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s384_v0__k067_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 101, i64 768, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s384_v0__k067_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k067_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s384_v0__k068_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 119635968, i64 4, i64 125927424, i64 4, i64 132218880, i64 4, i64 6389760, i64 4, i64 6733824, i64 4, i64 157384704, i64 4, i64 6832128, i64 4, i64 163676160]
@train_s384_v0__k068_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s384_v0__k068_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 102, i64 768, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s384_v0__k068_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k068_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s384_v0__k069_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 138510336, i64 1, i64 5285376]
@train_s384_v0__k069_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k069_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k070_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k071_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 12288, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k072_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 151093248, i64 1, i64 5219328]
@train_s384_v0__k072_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k072_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k073_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k074_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 12288, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k075_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 163676160, i64 1, i64 5153280]
@train_s384_v0__k075_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k075_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k076_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k077_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 132218880, i64 4, i64 125927424, i64 4, i64 119635968, i64 4, i64 144801792, i64 4, i64 138510336]
@train_s384_v0__k077_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 103, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k077_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k078_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 12288, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k079_grad_layer_0_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 6635520, i64 4, i64 113344512, i64 0, i64 5086720, i64 4, i64 138510336, i64 4, i64 107053056]
@train_s384_v0__k079_grad_layer_0_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 94, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k079_grad_layer_0_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 113344512, i64 4, i64 6635520, i64 4, i64 138510336, i64 1, i64 5086720]
@train_s384_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 95, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k081_grad_layer_0_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 138510336, i64 1, i64 5087232]
@train_s384_v0__k081_grad_layer_0_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k081_grad_layer_0_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k082_grad_layer_0_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 107053056, i64 4, i64 113344512]
@train_s384_v0__k082_grad_layer_0_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s384_v0__k082_grad_layer_0_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 12288, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k082_grad_layer_0_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k082_grad_layer_0_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s384_v0__k083_grad_layer_0_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 113344512, i64 1, i64 5086208]
@train_s384_v0__k083_grad_layer_0_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k083_grad_layer_0_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k084_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 512, i64 128, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k085_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 512, i64 12288, i64 128, i64 512, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k086_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 56721408, i64 4, i64 119635968, i64 4, i64 81887232]
@train_s384_v0__k086_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 97, i64 12288, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k086_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 81887232, i64 1, i64 4822016]
@train_s384_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 98, i64 16, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k088_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 512, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k089_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 56721408, i64 4, i64 107053056, i64 4, i64 63012864]
@train_s384_v0__k089_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 99, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k089_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k090_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 512, i64 128, i64 12288, i64 512, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k091_grad_layer_0_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 6537216, i64 4, i64 50429952, i64 0, i64 4558848, i64 4, i64 63012864, i64 4, i64 44138496]
@train_s384_v0__k091_grad_layer_0_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 94, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k091_grad_layer_0_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k092_grad_layer_0_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 50429952, i64 4, i64 6537216, i64 4, i64 63012864, i64 1, i64 4558848]
@train_s384_v0__k092_grad_layer_0_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 95, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v0__k092_grad_layer_0_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k093_grad_layer_0_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 63012864, i64 1, i64 4559360]
@train_s384_v0__k093_grad_layer_0_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k093_grad_layer_0_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k094_grad_layer_0_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 44138496, i64 4, i64 50429952]
@train_s384_v0__k094_grad_layer_0_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s384_v0__k094_grad_layer_0_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 12288, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k094_grad_layer_0_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k094_grad_layer_0_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s384_v0__k095_grad_layer_0_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 50429952, i64 1, i64 4558336]
@train_s384_v0__k095_grad_layer_0_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k095_grad_layer_0_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k096_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k097_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 12288, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k098_layer_0_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 37847040, i64 4, i64 56721408, i64 4, i64 6537216]
@train_s384_v0__k098_layer_0_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 100, i64 24576, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k098_layer_0_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k099_layer_0_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 18972672, i64 4, i64 25264128, i64 4, i64 31555584, i64 4, i64 6389760, i64 4, i64 6438912, i64 4, i64 56721408, i64 4, i64 6537216, i64 4, i64 50429952, i64 4, i64 37847040]
@train_s384_v0__k099_layer_0_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s384_v0__k099_layer_0_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 101, i64 768, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s384_v0__k099_layer_0_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k099_layer_0_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s384_v0__k100_layer_0_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 18972672, i64 4, i64 25264128, i64 4, i64 31555584, i64 4, i64 6389760, i64 4, i64 6438912, i64 4, i64 56721408, i64 4, i64 6537216, i64 4, i64 63012864]
@train_s384_v0__k100_layer_0_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s384_v0__k100_layer_0_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 102, i64 768, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s384_v0__k100_layer_0_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k100_layer_0_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s384_v0__k101_grad_layer_0_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 37847040, i64 1, i64 4492288]
@train_s384_v0__k101_grad_layer_0_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k101_grad_layer_0_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k102_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k103_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 12288, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k104_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 50429952, i64 1, i64 4426240]
@train_s384_v0__k104_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k104_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k105_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k106_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 12288, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k107_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 63012864, i64 1, i64 4360192]
@train_s384_v0__k107_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k107_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k108_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k109_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 128, i64 128, i64 12288, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v0__k110_grad_embeddings_dropout.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 25264128, i64 4, i64 18972672, i64 4, i64 6389760, i64 4, i64 44138496, i64 4, i64 12681216]
@train_s384_v0__k110_grad_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s384_v0__k110_grad_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 104, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k110_grad_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v0__k110_grad_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s384_v0__k111_grad_embeddings_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 6291456, i64 4, i64 0, i64 0, i64 4293632, i64 4, i64 12681216, i64 4, i64 6389760]
@train_s384_v0__k111_grad_embeddings_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 94, i64 12288, i64 128, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v0__k111_grad_embeddings_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k112_grad_embeddings_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 4, i64 6291456, i64 4, i64 12681216, i64 1, i64 4293632]
@train_s384_v0__k112_grad_embeddings_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 95, i64 4, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v0__k112_grad_embeddings_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k113_grad_embeddings_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 12681216, i64 1, i64 4294144]
@train_s384_v0__k113_grad_embeddings_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 96, i64 4, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k113_grad_embeddings_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k114_grad_embeddings_sum_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6389760, i64 4, i64 0]
@train_s384_v0__k114_grad_embeddings_sum_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 105, i64 1536, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k114_grad_embeddings_sum_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k115_grad_embeddings_position.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 4096000]
@train_s384_v0__k115_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 106, i64 384, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v0__k115_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k116_grad_embeddings_token_type.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 4292608, i64 4, i64 6389760, i64 5, i64 49152]
@train_s384_v0__k116_grad_embeddings_token_type.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 107, i64 1, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k116_grad_embeddings_token_type.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k117_grad_embeddings_word_without_padding.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 0, i64 4, i64 6389760, i64 4, i64 0]
@train_s384_v0__k117_grad_embeddings_word_without_padding.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 108, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k117_grad_embeddings_word_without_padding.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v0__k118_grad_embeddings_word.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 0, i64 4, i64 0, i64 5, i64 0]
@train_s384_v0__k118_grad_embeddings_word.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 109, i64 125, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v0__k118_grad_embeddings_word.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 4096000, i64 0, i64 4292608, i64 5, i64 49152, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s384_v1__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 75, i64 12288, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s384_v1__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 4294144, i64 0, i64 4293632, i64 4, i64 6291456]
@train_s384_v1__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v1__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6291456, i64 4, i64 0]
@train_s384_v1__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s384_v1__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 77, i64 12288, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v1__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s384_v1__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 98304, i64 4, i64 6291456]
@train_s384_v1__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 78, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 6340608, i64 4, i64 12632064, i64 4, i64 18923520, i64 4, i64 6291456, i64 4, i64 25214976, i64 4, i64 31506432]
@train_s384_v1__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s384_v1__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 768, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s384_v1__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v1__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s384_v1__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 6340608, i64 4, i64 12632064]
@train_s384_v1__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s384_v1__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v1__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s384_v1__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 12632064, i64 0, i64 4559360, i64 0, i64 4558848, i64 4, i64 0]
@train_s384_v1__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v1__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6340608, i64 0, i64 4822016]
@train_s384_v1__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 81, i64 12288, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 31506432, i64 4, i64 6340608]
@train_s384_v1__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s384_v1__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v1__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s384_v1__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6340608, i64 0, i64 5087232, i64 0, i64 5086720, i64 4, i64 0]
@train_s384_v1__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v1__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 6340608, i64 4, i64 12632064, i64 4, i64 18923520, i64 4, i64 6291456, i64 4, i64 25214976, i64 4, i64 31506432]
@train_s384_v1__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s384_v1__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 79, i64 768, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s384_v1__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v1__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s384_v1__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 128, i64 128, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 6291456, i64 4, i64 12582912]
@train_s384_v1__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s384_v1__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v1__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s384_v1__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 12582912, i64 0, i64 5352448, i64 0, i64 5351936, i64 4, i64 0]
@train_s384_v1__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v1__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 512, i64 128, i64 128, i64 128, i64 512, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6291456, i64 0, i64 5615104]
@train_s384_v1__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 81, i64 12288, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 128, i64 512, i64 512, i64 512, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 31457280, i64 4, i64 6291456]
@train_s384_v1__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s384_v1__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 80, i64 12288, i64 128, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s384_v1__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s384_v1__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6291456, i64 0, i64 5880320, i64 0, i64 5879808, i64 4, i64 0]
@train_s384_v1__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 76, i64 12288, i64 128, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s384_v1__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k026_head_qa_outputs_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 12288, i64 2, i64 128, i64 128, i64 128, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s384_v1__k027_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6291456, i64 4, i64 6389760]
@train_s384_v1__k027_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 82, i64 48, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k027_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k028_head_start_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6389760, i64 5, i64 147712]
@train_s384_v1__k028_head_start_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 83, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k028_head_start_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k029_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6291456, i64 4, i64 6389760]
@train_s384_v1__k029_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 84, i64 48, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k029_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k030_head_end_logits.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6389760, i64 5, i64 196864]
@train_s384_v1__k030_head_end_logits.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 83, i64 32, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k030_head_end_logits.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k031_loss_end_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147584, i64 4, i64 6291456]
@train_s384_v1__k031_loss_end_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 85, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k031_loss_end_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k032_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 6291520]
@train_s384_v1__k032_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 86, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k032_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k033_loss_end.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6291520, i64 4, i64 6291456, i64 4, i64 6291648]
@train_s384_v1__k033_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k033_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k034_loss_start_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 147456, i64 4, i64 6291520]
@train_s384_v1__k034_loss_start_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 85, i64 1, i64 32, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k034_loss_start_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k035_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 6291712]
@train_s384_v1__k035_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 86, i64 32, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k035_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k036_loss_start.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6291712, i64 4, i64 6291520, i64 4, i64 6291584]
@train_s384_v1__k036_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 32, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k036_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k037_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6291648, i64 4, i64 6291584, i64 5, i64 246016]
@train_s384_v1__k037_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1, i64 1, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k037_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k038_grad_loss.launch.bases = private unnamed_addr constant [2 x i64] [i64 4, i64 6291584]
@train_s384_v1__k038_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 1, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s384_v1__k038_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k039_grad_loss_start.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 147712, i64 5, i64 147456, i64 4, i64 6291520, i64 4, i64 6291584, i64 4, i64 6291648]
@train_s384_v1__k039_grad_loss_start.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 89, i64 32, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v1__k039_grad_loss_start.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k040_grad_loss_end.launch.bases = private unnamed_addr constant [10 x i64] [i64 5, i64 196864, i64 5, i64 147584, i64 4, i64 6291456, i64 4, i64 6291584, i64 4, i64 6340800]
@train_s384_v1__k040_grad_loss_end.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 89, i64 32, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s384_v1__k040_grad_loss_end.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k041_grad_head_end_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6340800, i64 4, i64 6389952]
@train_s384_v1__k041_grad_head_end_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 90, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k041_grad_head_end_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k042_grad_head_start_logits_column.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6291648, i64 4, i64 6488256]
@train_s384_v1__k042_grad_head_start_logits_column.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 91, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k042_grad_head_start_logits_column.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k043_grad_head_qa_outputs_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6488256, i64 4, i64 6389952, i64 4, i64 6291456]
@train_s384_v1__k043_grad_head_qa_outputs_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 92, i64 96, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s384_v1__k043_grad_head_qa_outputs_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k044_grad_head_qa_outputs_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6291456, i64 1, i64 5881856]
@train_s384_v1__k044_grad_head_qa_outputs_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 93, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s384_v1__k044_grad_head_qa_outputs_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s384_v1__k045_grad_head_qa_outputs_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 128, i64 12288, i64 2, i64 128, i64 128, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@optimizer_v0__k000_grad_norm_partial.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 0, i64 4, i64 0]
@optimizer_v0__k000_grad_norm_partial.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 110, i64 512, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k000_grad_norm_partial.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k001_grad_norm_tail.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 5832704, i64 4, i64 0]
@optimizer_v0__k001_grad_norm_tail.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 111, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k001_grad_norm_tail.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k002_clip_coefficient.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 65600]
@optimizer_v0__k002_clip_coefficient.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 112, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k002_clip_coefficient.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k003_adamw.launch.bases = private unnamed_addr constant [10 x i64] [i64 1, i64 0, i64 4, i64 65600, i64 2, i64 0, i64 3, i64 0, i64 0, i64 0]
@optimizer_v0__k003_adamw.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 113, i64 5745, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @optimizer_v0__k003_adamw.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v1__k000_grad_norm_partial.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 5880832, i64 4, i64 0]
@optimizer_v1__k000_grad_norm_partial.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 114, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v1__k000_grad_norm_partial.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v1__k001_clip_coefficient.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 64]
@optimizer_v1__k001_clip_coefficient.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 115, i64 1, i64 16, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v1__k001_clip_coefficient.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v1__k002_adamw.launch.bases = private unnamed_addr constant [10 x i64] [i64 1, i64 5880832, i64 4, i64 64, i64 2, i64 5880832, i64 3, i64 5880832, i64 0, i64 5880832]
@optimizer_v1__k002_adamw.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 116, i64 2, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @optimizer_v1__k002_adamw.launch.bases, i32 0, i32 0), i64 0, i64* null }
@.str = private unnamed_addr constant [9 x i8] c"qa_small\00"
@.str.1 = private unnamed_addr constant [9 x i8] c"qa_small\00"
@.str.2 = private unnamed_addr constant [5 x i8] c"cuda\00"
@.str.3 = private unnamed_addr constant [5 x i8] c"fp32\00"
@.str.4 = private unnamed_addr constant [5 x i8] c"gelu\00"
@.str.5 = private unnamed_addr constant [19 x i8] c"question_answering\00"
@.str.6 = private unnamed_addr constant [25 x i8] c"BertForQuestionAnswering\00"
@.str.7 = private unnamed_addr constant [8 x i8] c"LABEL_0\00"
@.str.8 = private unnamed_addr constant [8 x i8] c"LABEL_1\00"
@labels = private unnamed_addr constant [2 x i8*] [i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.7, i32 0, i32 0), i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.8, i32 0, i32 0)]
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
@.str.46 = private unnamed_addr constant [18 x i8] c"qa_outputs.weight\00"
@.str.47 = private unnamed_addr constant [16 x i8] c"qa_outputs.bias\00"
@params = private unnamed_addr constant [39 x %bertrt_param] [%bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.9, i32 0, i32 0), i64 2, [4 x i64] [i64 8000, i64 128, i64 0, i64 0], i64 1024000, i64 0, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.10, i32 0, i32 0), i64 2, [4 x i64] [i64 384, i64 128, i64 0, i64 0], i64 49152, i64 1024000, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.11, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 128, i64 0, i64 0], i64 256, i64 1073152, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([33 x i8], [33 x i8]* @.str.12, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1073408, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([31 x i8], [31 x i8]* @.str.13, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1073536, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.14, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1073664, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.15, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1090048, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.16, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1090176, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.17, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1106560, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.18, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1106688, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.19, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1123072, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.20, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1123200, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.21, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1139584, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.22, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1139712, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.23, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1139840, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.24, i32 0, i32 0), i64 2, [4 x i64] [i64 512, i64 128, i64 0, i64 0], i64 65536, i64 1139968, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.25, i32 0, i32 0), i64 1, [4 x i64] [i64 512, i64 0, i64 0, i64 0], i64 512, i64 1205504, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.26, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 512, i64 0, i64 0], i64 65536, i64 1206016, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.27, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1271552, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.28, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1271680, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.29, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1271808, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.30, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1271936, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.31, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1288320, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.32, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1288448, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.33, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1304832, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.34, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1304960, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.35, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1321344, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.36, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 128, i64 0, i64 0], i64 16384, i64 1321472, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.37, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1337856, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.38, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1337984, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.39, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1338112, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.40, i32 0, i32 0), i64 2, [4 x i64] [i64 512, i64 128, i64 0, i64 0], i64 65536, i64 1338240, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.41, i32 0, i32 0), i64 1, [4 x i64] [i64 512, i64 0, i64 0, i64 0], i64 512, i64 1403776, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.42, i32 0, i32 0), i64 2, [4 x i64] [i64 128, i64 512, i64 0, i64 0], i64 65536, i64 1404288, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.43, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1469824, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.44, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1469952, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.45, i32 0, i32 0), i64 1, [4 x i64] [i64 128, i64 0, i64 0, i64 0], i64 128, i64 1470080, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.46, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 128, i64 0, i64 0], i64 256, i64 1470208, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([16 x i8], [16 x i8]* @.str.47, i32 0, i32 0), i64 1, [4 x i64] [i64 2, i64 0, i64 0, i64 0], i64 2, i64 1470464, i64 3 }]
@variants = private unnamed_addr constant [2 x %bertrt_variant] [%bertrt_variant { i64 0, i64 2, i64 0 }, %bertrt_variant { i64 1, i64 0, i64 1470208 }]
@optimizer = private unnamed_addr constant [2 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @optimizer_v0, void (%bertrt_ctx*)* @optimizer_v1]
@.str.48 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.49 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.50 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.51 = private unnamed_addr constant [16 x i8] c"start_positions\00"
@.str.52 = private unnamed_addr constant [14 x i8] c"end_positions\00"
@.str.53 = private unnamed_addr constant [13 x i8] c"start_logits\00"
@.str.54 = private unnamed_addr constant [11 x i8] c"end_logits\00"
@.str.55 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.56 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s128_tensors = private unnamed_addr constant [9 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.48, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 32, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.49, i32 0, i32 0), i64 1, i64 49152, i64 2, [4 x i64] [i64 32, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.50, i32 0, i32 0), i64 1, i64 98304, i64 2, [4 x i64] [i64 32, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([16 x i8], [16 x i8]* @.str.51, i32 0, i32 0), i64 1, i64 147456, i64 1, [4 x i64] [i64 32, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.52, i32 0, i32 0), i64 1, i64 147584, i64 1, [4 x i64] [i64 32, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([13 x i8], [13 x i8]* @.str.53, i32 0, i32 0), i64 0, i64 147712, i64 2, [4 x i64] [i64 32, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.54, i32 0, i32 0), i64 0, i64 196864, i64 2, [4 x i64] [i64 32, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.55, i32 0, i32 0), i64 0, i64 246016, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.56, i32 0, i32 0), i64 0, i64 246080, i64 3, [4 x i64] [i64 32, i64 128, i64 128, i64 0] }]
@bucket_s128_forward_backward = private unnamed_addr constant [2 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s128_v0, void (%bertrt_ctx*)* @train_s128_v1]
@.str.57 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.58 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.59 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.60 = private unnamed_addr constant [16 x i8] c"start_positions\00"
@.str.61 = private unnamed_addr constant [14 x i8] c"end_positions\00"
@.str.62 = private unnamed_addr constant [13 x i8] c"start_logits\00"
@.str.63 = private unnamed_addr constant [11 x i8] c"end_logits\00"
@.str.64 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.65 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s256_tensors = private unnamed_addr constant [9 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.57, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 32, i64 256, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.58, i32 0, i32 0), i64 1, i64 49152, i64 2, [4 x i64] [i64 32, i64 256, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.59, i32 0, i32 0), i64 1, i64 98304, i64 2, [4 x i64] [i64 32, i64 256, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([16 x i8], [16 x i8]* @.str.60, i32 0, i32 0), i64 1, i64 147456, i64 1, [4 x i64] [i64 32, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.61, i32 0, i32 0), i64 1, i64 147584, i64 1, [4 x i64] [i64 32, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([13 x i8], [13 x i8]* @.str.62, i32 0, i32 0), i64 0, i64 147712, i64 2, [4 x i64] [i64 32, i64 256, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.63, i32 0, i32 0), i64 0, i64 196864, i64 2, [4 x i64] [i64 32, i64 256, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.64, i32 0, i32 0), i64 0, i64 246016, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.65, i32 0, i32 0), i64 0, i64 246080, i64 3, [4 x i64] [i64 32, i64 256, i64 128, i64 0] }]
@bucket_s256_forward_backward = private unnamed_addr constant [2 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s256_v0, void (%bertrt_ctx*)* @train_s256_v1]
@.str.66 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.67 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.68 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.69 = private unnamed_addr constant [16 x i8] c"start_positions\00"
@.str.70 = private unnamed_addr constant [14 x i8] c"end_positions\00"
@.str.71 = private unnamed_addr constant [13 x i8] c"start_logits\00"
@.str.72 = private unnamed_addr constant [11 x i8] c"end_logits\00"
@.str.73 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.74 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s384_tensors = private unnamed_addr constant [9 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.66, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 32, i64 384, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.67, i32 0, i32 0), i64 1, i64 49152, i64 2, [4 x i64] [i64 32, i64 384, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.68, i32 0, i32 0), i64 1, i64 98304, i64 2, [4 x i64] [i64 32, i64 384, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([16 x i8], [16 x i8]* @.str.69, i32 0, i32 0), i64 1, i64 147456, i64 1, [4 x i64] [i64 32, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.70, i32 0, i32 0), i64 1, i64 147584, i64 1, [4 x i64] [i64 32, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([13 x i8], [13 x i8]* @.str.71, i32 0, i32 0), i64 0, i64 147712, i64 2, [4 x i64] [i64 32, i64 384, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.72, i32 0, i32 0), i64 0, i64 196864, i64 2, [4 x i64] [i64 32, i64 384, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.73, i32 0, i32 0), i64 0, i64 246016, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.74, i32 0, i32 0), i64 0, i64 246080, i64 3, [4 x i64] [i64 32, i64 384, i64 128, i64 0] }]
@bucket_s384_forward_backward = private unnamed_addr constant [2 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s384_v0, void (%bertrt_ctx*)* @train_s384_v1]
@buckets = private unnamed_addr constant [3 x %bertrt_bucket] [%bertrt_bucket { i64 128, i64 9, %bertrt_tensor* getelementptr inbounds ([9 x %bertrt_tensor], [9 x %bertrt_tensor]* @bucket_s128_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s128, void (%bertrt_ctx*)** getelementptr inbounds ([2 x void (%bertrt_ctx*)*], [2 x void (%bertrt_ctx*)*]* @bucket_s128_forward_backward, i32 0, i32 0), i64 3802751234, i64 11423998211 }, %bertrt_bucket { i64 256, i64 9, %bertrt_tensor* getelementptr inbounds ([9 x %bertrt_tensor], [9 x %bertrt_tensor]* @bucket_s256_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s256, void (%bertrt_ctx*)** getelementptr inbounds ([2 x void (%bertrt_ctx*)*], [2 x void (%bertrt_ctx*)*]* @bucket_s256_forward_backward, i32 0, i32 0), i64 8679244034, i64 26069221635 }, %bertrt_bucket { i64 384, i64 9, %bertrt_tensor* getelementptr inbounds ([9 x %bertrt_tensor], [9 x %bertrt_tensor]* @bucket_s384_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s384, void (%bertrt_ctx*)** getelementptr inbounds ([2 x void (%bertrt_ctx*)*], [2 x void (%bertrt_ctx*)*]* @bucket_s384_forward_backward, i32 0, i32 0), i64 14629478658, i64 43935670531 }]
@bertrt_generated_device_images = external constant %bertrt_device_images
@bertrt_generated_model = constant %bertrt_model { i64 4, i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str, i32 0, i32 0), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str.1, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.2, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.3, i32 0, i32 0), i64 8000, i64 128, i64 2, i64 2, i64 512, i64 384, i64 2, i64 0, i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.4, i32 0, i32 0), double 0x3D719799812DEA11, double 1.000000e-01, double 1.000000e-01, double 2.000000e-02, i8* getelementptr inbounds ([19 x i8], [19 x i8]* @.str.5, i32 0, i32 0), i8* getelementptr inbounds ([25 x i8], [25 x i8]* @.str.6, i32 0, i32 0), i64 2, i8** getelementptr inbounds ([2 x i8*], [2 x i8*]* @labels, i32 0, i32 0), i64 0, double 1.000000e-03, double 9.000000e-01, double 0x3FEFF7CED916872B, double 1.000000e-08, double 1.000000e-02, double 1.000000e-01, double 1.000000e+00, i64 3, i64 42, i64 32, i64 39, %bertrt_param* getelementptr inbounds ([39 x %bertrt_param], [39 x %bertrt_param]* @params, i32 0, i32 0), i64 1470480, [6 x i64] [i64 5881920, i64 5881920, i64 5881920, i64 5881920, i64 245465088, i64 6537536], i64 2, %bertrt_variant* getelementptr inbounds ([2 x %bertrt_variant], [2 x %bertrt_variant]* @variants, i32 0, i32 0), void (%bertrt_ctx*)** getelementptr inbounds ([2 x void (%bertrt_ctx*)*], [2 x void (%bertrt_ctx*)*]* @optimizer, i32 0, i32 0), i64 3, %bertrt_bucket* getelementptr inbounds ([3 x %bertrt_bucket], [3 x %bertrt_bucket]* @buckets, i32 0, i32 0), i8* bitcast (%bertrt_device_images* @bertrt_generated_device_images to i8*), i64 117, i64 198 }, align 8

; Function Attrs: nounwind
define void @forward_s128(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4294656
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 2113536
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4360192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 0, %bertrt_gemm* @forward_s128__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4360704
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 4210688
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4426240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 1, %bertrt_gemm* @forward_s128__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4426752
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 6307840
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4492288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 2, %bertrt_gemm* @forward_s128__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 8404992
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4492800
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 2113536
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4558336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 3, %bertrt_gemm* @forward_s128__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4559872
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 2113536
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 4, %bertrt_gemm* @forward_s128__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 2113536
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4824064
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 10502144
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 5086208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 5, %bertrt_gemm* @forward_s128__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 5087744
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 2113536
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5153280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 6, %bertrt_gemm* @forward_s128__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5153792
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 4210688
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5219328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 7, %bertrt_gemm* @forward_s128__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5219840
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 6307840
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5285376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 8, %bertrt_gemm* @forward_s128__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 8404992
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5285888
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 2097152
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5351424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 9, %bertrt_gemm* @forward_s128__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5352960
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 2097152
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 10, %bertrt_gemm* @forward_s128__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 2097152
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5617152
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 10485760
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5879296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 11, %bertrt_gemm* @forward_s128__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 246080
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %qa_outputs.weight = getelementptr inbounds i8, i8* %95, i64 5880832
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.qa_outputs = getelementptr inbounds i8, i8* %97, i64 0
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %qa_outputs.bias = getelementptr inbounds i8, i8* %99, i64 5881856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 12, %bertrt_gemm* @forward_s128__k026_head_qa_outputs_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %qa_outputs.weight, i8* %head.qa_outputs, i8* %qa_outputs.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k027_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k028_head_start_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k029_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k030_head_end_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k031_loss_end_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k032_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k033_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k034_loss_start_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k035_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k036_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k037_loss.launch)
  ret void
}

; Function Attrs: nounwind
declare void @bertrt_cuda_run(%bertrt_ctx*, %bertrt_cuda_kernel*) #0

; Function Attrs: nounwind
declare void @bertrt_cuda_gemm(%bertrt_ctx*, i64, %bertrt_gemm*, i8*, i8*, i8*, i8*) #0

; Function Attrs: nounwind
define void @train_s128_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 4227072
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4294656
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 6324224
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4360192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 13, %bertrt_gemm* @train_s128_v0__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 4227072
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4360704
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 8421376
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4426240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 14, %bertrt_gemm* @train_s128_v0__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 4227072
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4426752
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 10518528
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4492288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 15, %bertrt_gemm* @train_s128_v0__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 12615680
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4492800
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 14712832
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4558336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 16, %bertrt_gemm* @train_s128_v0__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 14712832
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4559872
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 27295744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 17, %bertrt_gemm* @train_s128_v0__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 27295744
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4824064
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 35684352
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 5086208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 18, %bertrt_gemm* @train_s128_v0__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 35684352
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 5087744
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 39878656
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5153280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 19, %bertrt_gemm* @train_s128_v0__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 35684352
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5153792
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 41975808
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5219328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 20, %bertrt_gemm* @train_s128_v0__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 35684352
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5219840
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 44072960
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5285376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 21, %bertrt_gemm* @train_s128_v0__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 46170112
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5285888
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 48267264
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5351424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 22, %bertrt_gemm* @train_s128_v0__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 48267264
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5352960
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 60850176
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 23, %bertrt_gemm* @train_s128_v0__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 60850176
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5617152
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 69238784
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5879296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 24, %bertrt_gemm* @train_s128_v0__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 69238784
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %qa_outputs.weight = getelementptr inbounds i8, i8* %95, i64 5880832
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.qa_outputs = getelementptr inbounds i8, i8* %97, i64 2342912
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %qa_outputs.bias = getelementptr inbounds i8, i8* %99, i64 5881856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 25, %bertrt_gemm* @train_s128_v0__k026_head_qa_outputs_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %qa_outputs.weight, i8* %head.qa_outputs, i8* %qa_outputs.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k027_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k028_head_start_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k029_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k030_head_end_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k031_loss_end_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k032_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k033_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k034_loss_start_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k035_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k036_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k037_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k038_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k039_grad_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k040_grad_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k041_grad_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k042_grad_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k043_grad_head_qa_outputs_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k044_grad_head_qa_outputs_in1_sum.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %grad.head.qa_outputs.sum = getelementptr inbounds i8, i8* %101, i64 2342912
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %qa_outputs.weight7 = getelementptr inbounds i8, i8* %103, i64 5880832
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %105 = load i8*, i8** %104, align 8
  %grad.head.qa_outputs.matmul.a = getelementptr inbounds i8, i8* %105, i64 73433088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 26, %bertrt_gemm* @train_s128_v0__k045_grad_head_qa_outputs_matmul_a.gemm, i8* %grad.head.qa_outputs.sum, i8* %qa_outputs.weight7, i8* %grad.head.qa_outputs.matmul.a, i8* null)
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %107 = load i8*, i8** %106, align 8
  %grad.head.qa_outputs.sum8 = getelementptr inbounds i8, i8* %107, i64 2342912
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %layer.1.ffn.layernorm9 = getelementptr inbounds i8, i8* %109, i64 69238784
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %111 = load i8*, i8** %110, align 8
  %qa_outputs.weight10 = getelementptr inbounds i8, i8* %111, i64 5880832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 27, %bertrt_gemm* @train_s128_v0__k046_grad_head_qa_outputs_matmul_b.gemm, i8* %grad.head.qa_outputs.sum8, i8* %layer.1.ffn.layernorm9, i8* %qa_outputs.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k047_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k049_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k050_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k051_grad_layer_1_ffn_output_in1_sum.launch)
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %113, i64 71335936
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %115 = load i8*, i8** %114, align 8
  %bert.encoder.layer.1.output.dense.weight11 = getelementptr inbounds i8, i8* %115, i64 5617152
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %117, i64 73433088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 28, %bertrt_gemm* @train_s128_v0__k052_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight11, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %119 = load i8*, i8** %118, align 8
  %grad.layer.1.ffn.dropout12 = getelementptr inbounds i8, i8* %119, i64 71335936
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %layer.1.ffn.gelu13 = getelementptr inbounds i8, i8* %121, i64 60850176
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %123 = load i8*, i8** %122, align 8
  %bert.encoder.layer.1.output.dense.weight14 = getelementptr inbounds i8, i8* %123, i64 5617152
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 29, %bertrt_gemm* @train_s128_v0__k053_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout12, i8* %layer.1.ffn.gelu13, i8* %bert.encoder.layer.1.output.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k054_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %125, i64 60850176
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %127 = load i8*, i8** %126, align 8
  %bert.encoder.layer.1.intermediate.dense.weight15 = getelementptr inbounds i8, i8* %127, i64 5352960
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %129, i64 52461568
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 30, %bertrt_gemm* @train_s128_v0__k056_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight15, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k057_grad_layer_1_attention_layernorm_sum.launch)
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %131 = load i8*, i8** %130, align 8
  %grad.layer.1.ffn.gelu16 = getelementptr inbounds i8, i8* %131, i64 60850176
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %layer.1.attention.layernorm17 = getelementptr inbounds i8, i8* %133, i64 48267264
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %135 = load i8*, i8** %134, align 8
  %bert.encoder.layer.1.intermediate.dense.weight18 = getelementptr inbounds i8, i8* %135, i64 5352960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 31, %bertrt_gemm* @train_s128_v0__k058_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu16, i8* %layer.1.attention.layernorm17, i8* %bert.encoder.layer.1.intermediate.dense.weight18, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k059_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k060_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k061_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k062_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k063_grad_layer_1_attention_output_in1_sum.launch)
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %137 = load i8*, i8** %136, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %137, i64 50364416
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %139 = load i8*, i8** %138, align 8
  %bert.encoder.layer.1.attention.output.dense.weight19 = getelementptr inbounds i8, i8* %139, i64 5285888
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %141, i64 52461568
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 32, %bertrt_gemm* @train_s128_v0__k064_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight19, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %143 = load i8*, i8** %142, align 8
  %grad.layer.1.attention.output_dropout20 = getelementptr inbounds i8, i8* %143, i64 50364416
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %layer.1.attention.context21 = getelementptr inbounds i8, i8* %145, i64 46170112
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %147 = load i8*, i8** %146, align 8
  %bert.encoder.layer.1.attention.output.dense.weight22 = getelementptr inbounds i8, i8* %147, i64 5285888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 33, %bertrt_gemm* @train_s128_v0__k065_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout20, i8* %layer.1.attention.context21, i8* %bert.encoder.layer.1.attention.output.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k066_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k067_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k068_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k069_grad_layer_1_attention_value_in1_sum.launch)
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %149 = load i8*, i8** %148, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %149, i64 46170112
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %151 = load i8*, i8** %150, align 8
  %bert.encoder.layer.1.attention.self.value.weight23 = getelementptr inbounds i8, i8* %151, i64 5219840
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %grad.layer.1.attention.value.matmul.a = getelementptr inbounds i8, i8* %153, i64 39878656
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 34, %bertrt_gemm* @train_s128_v0__k070_grad_layer_1_attention_value_matmul_a.gemm, i8* %grad.layer.1.attention.context.b, i8* %bert.encoder.layer.1.attention.self.value.weight23, i8* %grad.layer.1.attention.value.matmul.a, i8* null)
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %155 = load i8*, i8** %154, align 8
  %grad.layer.1.attention.context.b24 = getelementptr inbounds i8, i8* %155, i64 46170112
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %layer.0.ffn.layernorm25 = getelementptr inbounds i8, i8* %157, i64 35684352
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %159 = load i8*, i8** %158, align 8
  %bert.encoder.layer.1.attention.self.value.weight26 = getelementptr inbounds i8, i8* %159, i64 5219840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 35, %bertrt_gemm* @train_s128_v0__k071_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b24, i8* %layer.0.ffn.layernorm25, i8* %bert.encoder.layer.1.attention.self.value.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k072_grad_layer_1_attention_key_in1_sum.launch)
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %161 = load i8*, i8** %160, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %161, i64 50364416
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %163 = load i8*, i8** %162, align 8
  %bert.encoder.layer.1.attention.self.key.weight27 = getelementptr inbounds i8, i8* %163, i64 5153792
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %grad.layer.1.attention.key.matmul.a = getelementptr inbounds i8, i8* %165, i64 41975808
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 36, %bertrt_gemm* @train_s128_v0__k073_grad_layer_1_attention_key_matmul_a.gemm, i8* %grad.layer.1.attention.scores.b, i8* %bert.encoder.layer.1.attention.self.key.weight27, i8* %grad.layer.1.attention.key.matmul.a, i8* null)
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %167 = load i8*, i8** %166, align 8
  %grad.layer.1.attention.scores.b28 = getelementptr inbounds i8, i8* %167, i64 50364416
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %layer.0.ffn.layernorm29 = getelementptr inbounds i8, i8* %169, i64 35684352
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %171 = load i8*, i8** %170, align 8
  %bert.encoder.layer.1.attention.self.key.weight30 = getelementptr inbounds i8, i8* %171, i64 5153792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 37, %bertrt_gemm* @train_s128_v0__k074_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b28, i8* %layer.0.ffn.layernorm29, i8* %bert.encoder.layer.1.attention.self.key.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k075_grad_layer_1_attention_query_in1_sum.launch)
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %173 = load i8*, i8** %172, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %173, i64 54558720
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %175 = load i8*, i8** %174, align 8
  %bert.encoder.layer.1.attention.self.query.weight31 = getelementptr inbounds i8, i8* %175, i64 5087744
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %grad.layer.1.attention.query.matmul.a = getelementptr inbounds i8, i8* %177, i64 44072960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 38, %bertrt_gemm* @train_s128_v0__k076_grad_layer_1_attention_query_matmul_a.gemm, i8* %grad.layer.1.attention.scores.a, i8* %bert.encoder.layer.1.attention.self.query.weight31, i8* %grad.layer.1.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k077_grad_layer_0_ffn_layernorm_sum.launch)
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %179 = load i8*, i8** %178, align 8
  %grad.layer.1.attention.scores.a32 = getelementptr inbounds i8, i8* %179, i64 54558720
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %layer.0.ffn.layernorm33 = getelementptr inbounds i8, i8* %181, i64 35684352
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %183 = load i8*, i8** %182, align 8
  %bert.encoder.layer.1.attention.self.query.weight34 = getelementptr inbounds i8, i8* %183, i64 5087744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 39, %bertrt_gemm* @train_s128_v0__k078_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a32, i8* %layer.0.ffn.layernorm33, i8* %bert.encoder.layer.1.attention.self.query.weight34, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k079_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k081_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k082_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k083_grad_layer_0_ffn_output_in1_sum.launch)
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %185 = load i8*, i8** %184, align 8
  %grad.layer.0.ffn.dropout = getelementptr inbounds i8, i8* %185, i64 37781504
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %187 = load i8*, i8** %186, align 8
  %bert.encoder.layer.0.output.dense.weight35 = getelementptr inbounds i8, i8* %187, i64 4824064
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %grad.layer.0.ffn.output.matmul.a = getelementptr inbounds i8, i8* %189, i64 39878656
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 40, %bertrt_gemm* @train_s128_v0__k084_grad_layer_0_ffn_output_matmul_a.gemm, i8* %grad.layer.0.ffn.dropout, i8* %bert.encoder.layer.0.output.dense.weight35, i8* %grad.layer.0.ffn.output.matmul.a, i8* null)
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %191 = load i8*, i8** %190, align 8
  %grad.layer.0.ffn.dropout36 = getelementptr inbounds i8, i8* %191, i64 37781504
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %layer.0.ffn.gelu37 = getelementptr inbounds i8, i8* %193, i64 27295744
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %195 = load i8*, i8** %194, align 8
  %bert.encoder.layer.0.output.dense.weight38 = getelementptr inbounds i8, i8* %195, i64 4824064
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 41, %bertrt_gemm* @train_s128_v0__k085_grad_layer_0_ffn_output_matmul_b.gemm, i8* %grad.layer.0.ffn.dropout36, i8* %layer.0.ffn.gelu37, i8* %bert.encoder.layer.0.output.dense.weight38, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k086_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %197 = load i8*, i8** %196, align 8
  %grad.layer.0.ffn.gelu = getelementptr inbounds i8, i8* %197, i64 27295744
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %bert.encoder.layer.0.intermediate.dense.weight39 = getelementptr inbounds i8, i8* %199, i64 4559872
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %grad.layer.0.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %201, i64 18907136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 42, %bertrt_gemm* @train_s128_v0__k088_grad_layer_0_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.0.ffn.gelu, i8* %bert.encoder.layer.0.intermediate.dense.weight39, i8* %grad.layer.0.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k089_grad_layer_0_attention_layernorm_sum.launch)
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %203 = load i8*, i8** %202, align 8
  %grad.layer.0.ffn.gelu40 = getelementptr inbounds i8, i8* %203, i64 27295744
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %layer.0.attention.layernorm41 = getelementptr inbounds i8, i8* %205, i64 14712832
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %207 = load i8*, i8** %206, align 8
  %bert.encoder.layer.0.intermediate.dense.weight42 = getelementptr inbounds i8, i8* %207, i64 4559872
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 43, %bertrt_gemm* @train_s128_v0__k090_grad_layer_0_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.0.ffn.gelu40, i8* %layer.0.attention.layernorm41, i8* %bert.encoder.layer.0.intermediate.dense.weight42, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k091_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k092_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k093_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k094_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k095_grad_layer_0_attention_output_in1_sum.launch)
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %209 = load i8*, i8** %208, align 8
  %grad.layer.0.attention.output_dropout = getelementptr inbounds i8, i8* %209, i64 16809984
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %211 = load i8*, i8** %210, align 8
  %bert.encoder.layer.0.attention.output.dense.weight43 = getelementptr inbounds i8, i8* %211, i64 4492800
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %grad.layer.0.attention.output.matmul.a = getelementptr inbounds i8, i8* %213, i64 18907136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 44, %bertrt_gemm* @train_s128_v0__k096_grad_layer_0_attention_output_matmul_a.gemm, i8* %grad.layer.0.attention.output_dropout, i8* %bert.encoder.layer.0.attention.output.dense.weight43, i8* %grad.layer.0.attention.output.matmul.a, i8* null)
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %215 = load i8*, i8** %214, align 8
  %grad.layer.0.attention.output_dropout44 = getelementptr inbounds i8, i8* %215, i64 16809984
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %layer.0.attention.context45 = getelementptr inbounds i8, i8* %217, i64 12615680
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %219 = load i8*, i8** %218, align 8
  %bert.encoder.layer.0.attention.output.dense.weight46 = getelementptr inbounds i8, i8* %219, i64 4492800
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 45, %bertrt_gemm* @train_s128_v0__k097_grad_layer_0_attention_output_matmul_b.gemm, i8* %grad.layer.0.attention.output_dropout44, i8* %layer.0.attention.context45, i8* %bert.encoder.layer.0.attention.output.dense.weight46, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k098_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k099_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k100_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k101_grad_layer_0_attention_value_in1_sum.launch)
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %221 = load i8*, i8** %220, align 8
  %grad.layer.0.attention.context.b = getelementptr inbounds i8, i8* %221, i64 12615680
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %223 = load i8*, i8** %222, align 8
  %bert.encoder.layer.0.attention.self.value.weight47 = getelementptr inbounds i8, i8* %223, i64 4426752
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %225 = load i8*, i8** %224, align 8
  %grad.layer.0.attention.value.matmul.a = getelementptr inbounds i8, i8* %225, i64 2129920
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 46, %bertrt_gemm* @train_s128_v0__k102_grad_layer_0_attention_value_matmul_a.gemm, i8* %grad.layer.0.attention.context.b, i8* %bert.encoder.layer.0.attention.self.value.weight47, i8* %grad.layer.0.attention.value.matmul.a, i8* null)
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %227 = load i8*, i8** %226, align 8
  %grad.layer.0.attention.context.b48 = getelementptr inbounds i8, i8* %227, i64 12615680
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %229 = load i8*, i8** %228, align 8
  %embeddings.dropout49 = getelementptr inbounds i8, i8* %229, i64 4227072
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %231 = load i8*, i8** %230, align 8
  %bert.encoder.layer.0.attention.self.value.weight50 = getelementptr inbounds i8, i8* %231, i64 4426752
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 47, %bertrt_gemm* @train_s128_v0__k103_grad_layer_0_attention_value_matmul_b.gemm, i8* %grad.layer.0.attention.context.b48, i8* %embeddings.dropout49, i8* %bert.encoder.layer.0.attention.self.value.weight50, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k104_grad_layer_0_attention_key_in1_sum.launch)
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %233 = load i8*, i8** %232, align 8
  %grad.layer.0.attention.scores.b = getelementptr inbounds i8, i8* %233, i64 16809984
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %235 = load i8*, i8** %234, align 8
  %bert.encoder.layer.0.attention.self.key.weight51 = getelementptr inbounds i8, i8* %235, i64 4360704
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %237 = load i8*, i8** %236, align 8
  %grad.layer.0.attention.key.matmul.a = getelementptr inbounds i8, i8* %237, i64 6324224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 48, %bertrt_gemm* @train_s128_v0__k105_grad_layer_0_attention_key_matmul_a.gemm, i8* %grad.layer.0.attention.scores.b, i8* %bert.encoder.layer.0.attention.self.key.weight51, i8* %grad.layer.0.attention.key.matmul.a, i8* null)
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %239 = load i8*, i8** %238, align 8
  %grad.layer.0.attention.scores.b52 = getelementptr inbounds i8, i8* %239, i64 16809984
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %241 = load i8*, i8** %240, align 8
  %embeddings.dropout53 = getelementptr inbounds i8, i8* %241, i64 4227072
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %243 = load i8*, i8** %242, align 8
  %bert.encoder.layer.0.attention.self.key.weight54 = getelementptr inbounds i8, i8* %243, i64 4360704
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 49, %bertrt_gemm* @train_s128_v0__k106_grad_layer_0_attention_key_matmul_b.gemm, i8* %grad.layer.0.attention.scores.b52, i8* %embeddings.dropout53, i8* %bert.encoder.layer.0.attention.self.key.weight54, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k107_grad_layer_0_attention_query_in1_sum.launch)
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %245 = load i8*, i8** %244, align 8
  %grad.layer.0.attention.scores.a = getelementptr inbounds i8, i8* %245, i64 21004288
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %247 = load i8*, i8** %246, align 8
  %bert.encoder.layer.0.attention.self.query.weight55 = getelementptr inbounds i8, i8* %247, i64 4294656
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %249 = load i8*, i8** %248, align 8
  %grad.layer.0.attention.query.matmul.a = getelementptr inbounds i8, i8* %249, i64 8421376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 50, %bertrt_gemm* @train_s128_v0__k108_grad_layer_0_attention_query_matmul_a.gemm, i8* %grad.layer.0.attention.scores.a, i8* %bert.encoder.layer.0.attention.self.query.weight55, i8* %grad.layer.0.attention.query.matmul.a, i8* null)
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %251 = load i8*, i8** %250, align 8
  %grad.layer.0.attention.scores.a56 = getelementptr inbounds i8, i8* %251, i64 21004288
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %253 = load i8*, i8** %252, align 8
  %embeddings.dropout57 = getelementptr inbounds i8, i8* %253, i64 4227072
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %255 = load i8*, i8** %254, align 8
  %bert.encoder.layer.0.attention.self.query.weight58 = getelementptr inbounds i8, i8* %255, i64 4294656
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 51, %bertrt_gemm* @train_s128_v0__k109_grad_layer_0_attention_query_matmul_b.gemm, i8* %grad.layer.0.attention.scores.a56, i8* %embeddings.dropout57, i8* %bert.encoder.layer.0.attention.self.query.weight58, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k110_grad_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k111_grad_embeddings_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k112_grad_embeddings_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k113_grad_embeddings_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k114_grad_embeddings_sum_in1_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k115_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k116_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k117_grad_embeddings_token_type.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k118_grad_embeddings_word_without_padding.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k119_grad_embeddings_word.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s128_v1(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4294656
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 2113536
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4360192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 52, %bertrt_gemm* @train_s128_v1__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4360704
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 4210688
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4426240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 53, %bertrt_gemm* @train_s128_v1__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4426752
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 6307840
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4492288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 54, %bertrt_gemm* @train_s128_v1__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 8404992
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4492800
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 2113536
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4558336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 55, %bertrt_gemm* @train_s128_v1__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4559872
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 2113536
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 56, %bertrt_gemm* @train_s128_v1__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 2113536
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4824064
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 10502144
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 5086208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 57, %bertrt_gemm* @train_s128_v1__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 5087744
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 2113536
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5153280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 58, %bertrt_gemm* @train_s128_v1__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5153792
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 4210688
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5219328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 59, %bertrt_gemm* @train_s128_v1__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5219840
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 6307840
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5285376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 60, %bertrt_gemm* @train_s128_v1__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 8404992
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5285888
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 2097152
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5351424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 61, %bertrt_gemm* @train_s128_v1__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5352960
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 2097152
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 62, %bertrt_gemm* @train_s128_v1__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 2097152
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5617152
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 10485760
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5879296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 63, %bertrt_gemm* @train_s128_v1__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 0
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %qa_outputs.weight = getelementptr inbounds i8, i8* %95, i64 5880832
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.qa_outputs = getelementptr inbounds i8, i8* %97, i64 2097152
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %qa_outputs.bias = getelementptr inbounds i8, i8* %99, i64 5881856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 64, %bertrt_gemm* @train_s128_v1__k026_head_qa_outputs_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %qa_outputs.weight, i8* %head.qa_outputs, i8* %qa_outputs.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k027_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k028_head_start_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k029_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k030_head_end_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k031_loss_end_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k032_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k033_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k034_loss_start_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k035_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k036_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k037_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k038_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k039_grad_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k040_grad_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k041_grad_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k042_grad_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k043_grad_head_qa_outputs_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v1__k044_grad_head_qa_outputs_in1_sum.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %grad.head.qa_outputs.sum = getelementptr inbounds i8, i8* %101, i64 2097152
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %103 = load i8*, i8** %102, align 8
  %layer.1.ffn.layernorm7 = getelementptr inbounds i8, i8* %103, i64 0
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %105 = load i8*, i8** %104, align 8
  %qa_outputs.weight8 = getelementptr inbounds i8, i8* %105, i64 5880832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 65, %bertrt_gemm* @train_s128_v1__k045_grad_head_qa_outputs_matmul_b.gemm, i8* %grad.head.qa_outputs.sum, i8* %layer.1.ffn.layernorm7, i8* %qa_outputs.weight8, i8* null)
  ret void
}

; Function Attrs: nounwind
define void @forward_s256(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4294656
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 4227072
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4360192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 66, %bertrt_gemm* @forward_s256__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4360704
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 8421376
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4426240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 67, %bertrt_gemm* @forward_s256__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4426752
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 12615680
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4492288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 68, %bertrt_gemm* @forward_s256__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 16809984
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4492800
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 4227072
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4558336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 69, %bertrt_gemm* @forward_s256__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4559872
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 4227072
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 70, %bertrt_gemm* @forward_s256__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 4227072
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4824064
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 21004288
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 5086208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 71, %bertrt_gemm* @forward_s256__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 5087744
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 4227072
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5153280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 72, %bertrt_gemm* @forward_s256__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5153792
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 8421376
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5219328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 73, %bertrt_gemm* @forward_s256__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5219840
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 12615680
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5285376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 74, %bertrt_gemm* @forward_s256__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 16809984
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5285888
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 4194304
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5351424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 75, %bertrt_gemm* @forward_s256__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5352960
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 4194304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 76, %bertrt_gemm* @forward_s256__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 4194304
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5617152
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 20971520
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5879296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 77, %bertrt_gemm* @forward_s256__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 246080
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %qa_outputs.weight = getelementptr inbounds i8, i8* %95, i64 5880832
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.qa_outputs = getelementptr inbounds i8, i8* %97, i64 0
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %qa_outputs.bias = getelementptr inbounds i8, i8* %99, i64 5881856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 78, %bertrt_gemm* @forward_s256__k026_head_qa_outputs_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %qa_outputs.weight, i8* %head.qa_outputs, i8* %qa_outputs.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k027_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k028_head_start_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k029_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k030_head_end_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k031_loss_end_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k032_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k033_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k034_loss_start_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k035_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k036_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s256__k037_loss.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s256_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 8454144
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4294656
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 12648448
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4360192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 79, %bertrt_gemm* @train_s256_v0__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 8454144
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4360704
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 16842752
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4426240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 80, %bertrt_gemm* @train_s256_v0__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 8454144
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4426752
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 21037056
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4492288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 81, %bertrt_gemm* @train_s256_v0__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 25231360
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4492800
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 29425664
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4558336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 82, %bertrt_gemm* @train_s256_v0__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 29425664
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4559872
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 54591488
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 83, %bertrt_gemm* @train_s256_v0__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 54591488
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4824064
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 71368704
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 5086208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 84, %bertrt_gemm* @train_s256_v0__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 71368704
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 5087744
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 79757312
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5153280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 85, %bertrt_gemm* @train_s256_v0__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 71368704
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5153792
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 83951616
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5219328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 86, %bertrt_gemm* @train_s256_v0__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 71368704
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5219840
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 88145920
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5285376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 87, %bertrt_gemm* @train_s256_v0__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 92340224
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5285888
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 96534528
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5351424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 88, %bertrt_gemm* @train_s256_v0__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 96534528
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5352960
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 121700352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 89, %bertrt_gemm* @train_s256_v0__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 121700352
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5617152
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 138477568
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5879296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 90, %bertrt_gemm* @train_s256_v0__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 138477568
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %qa_outputs.weight = getelementptr inbounds i8, i8* %95, i64 5880832
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.qa_outputs = getelementptr inbounds i8, i8* %97, i64 4685824
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %qa_outputs.bias = getelementptr inbounds i8, i8* %99, i64 5881856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 91, %bertrt_gemm* @train_s256_v0__k026_head_qa_outputs_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %qa_outputs.weight, i8* %head.qa_outputs, i8* %qa_outputs.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k027_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k028_head_start_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k029_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k030_head_end_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k031_loss_end_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k032_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k033_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k034_loss_start_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k035_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k036_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k037_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k038_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k039_grad_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k040_grad_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k041_grad_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k042_grad_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k043_grad_head_qa_outputs_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k044_grad_head_qa_outputs_in1_sum.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %grad.head.qa_outputs.sum = getelementptr inbounds i8, i8* %101, i64 4685824
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %qa_outputs.weight7 = getelementptr inbounds i8, i8* %103, i64 5880832
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %105 = load i8*, i8** %104, align 8
  %grad.head.qa_outputs.matmul.a = getelementptr inbounds i8, i8* %105, i64 146866176
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 92, %bertrt_gemm* @train_s256_v0__k045_grad_head_qa_outputs_matmul_a.gemm, i8* %grad.head.qa_outputs.sum, i8* %qa_outputs.weight7, i8* %grad.head.qa_outputs.matmul.a, i8* null)
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %107 = load i8*, i8** %106, align 8
  %grad.head.qa_outputs.sum8 = getelementptr inbounds i8, i8* %107, i64 4685824
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %layer.1.ffn.layernorm9 = getelementptr inbounds i8, i8* %109, i64 138477568
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %111 = load i8*, i8** %110, align 8
  %qa_outputs.weight10 = getelementptr inbounds i8, i8* %111, i64 5880832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 93, %bertrt_gemm* @train_s256_v0__k046_grad_head_qa_outputs_matmul_b.gemm, i8* %grad.head.qa_outputs.sum8, i8* %layer.1.ffn.layernorm9, i8* %qa_outputs.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k047_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k049_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k050_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k051_grad_layer_1_ffn_output_in1_sum.launch)
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %113, i64 142671872
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %115 = load i8*, i8** %114, align 8
  %bert.encoder.layer.1.output.dense.weight11 = getelementptr inbounds i8, i8* %115, i64 5617152
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %117, i64 146866176
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 94, %bertrt_gemm* @train_s256_v0__k052_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight11, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %119 = load i8*, i8** %118, align 8
  %grad.layer.1.ffn.dropout12 = getelementptr inbounds i8, i8* %119, i64 142671872
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %layer.1.ffn.gelu13 = getelementptr inbounds i8, i8* %121, i64 121700352
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %123 = load i8*, i8** %122, align 8
  %bert.encoder.layer.1.output.dense.weight14 = getelementptr inbounds i8, i8* %123, i64 5617152
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 95, %bertrt_gemm* @train_s256_v0__k053_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout12, i8* %layer.1.ffn.gelu13, i8* %bert.encoder.layer.1.output.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k054_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %125, i64 121700352
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %127 = load i8*, i8** %126, align 8
  %bert.encoder.layer.1.intermediate.dense.weight15 = getelementptr inbounds i8, i8* %127, i64 5352960
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %129, i64 104923136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 96, %bertrt_gemm* @train_s256_v0__k056_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight15, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k057_grad_layer_1_attention_layernorm_sum.launch)
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %131 = load i8*, i8** %130, align 8
  %grad.layer.1.ffn.gelu16 = getelementptr inbounds i8, i8* %131, i64 121700352
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %layer.1.attention.layernorm17 = getelementptr inbounds i8, i8* %133, i64 96534528
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %135 = load i8*, i8** %134, align 8
  %bert.encoder.layer.1.intermediate.dense.weight18 = getelementptr inbounds i8, i8* %135, i64 5352960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 97, %bertrt_gemm* @train_s256_v0__k058_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu16, i8* %layer.1.attention.layernorm17, i8* %bert.encoder.layer.1.intermediate.dense.weight18, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k059_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k060_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k061_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k062_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k063_grad_layer_1_attention_output_in1_sum.launch)
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %137 = load i8*, i8** %136, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %137, i64 100728832
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %139 = load i8*, i8** %138, align 8
  %bert.encoder.layer.1.attention.output.dense.weight19 = getelementptr inbounds i8, i8* %139, i64 5285888
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %141, i64 104923136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 98, %bertrt_gemm* @train_s256_v0__k064_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight19, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %143 = load i8*, i8** %142, align 8
  %grad.layer.1.attention.output_dropout20 = getelementptr inbounds i8, i8* %143, i64 100728832
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %layer.1.attention.context21 = getelementptr inbounds i8, i8* %145, i64 92340224
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %147 = load i8*, i8** %146, align 8
  %bert.encoder.layer.1.attention.output.dense.weight22 = getelementptr inbounds i8, i8* %147, i64 5285888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 99, %bertrt_gemm* @train_s256_v0__k065_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout20, i8* %layer.1.attention.context21, i8* %bert.encoder.layer.1.attention.output.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k066_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k067_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k068_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k069_grad_layer_1_attention_value_in1_sum.launch)
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %149 = load i8*, i8** %148, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %149, i64 92340224
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %151 = load i8*, i8** %150, align 8
  %bert.encoder.layer.1.attention.self.value.weight23 = getelementptr inbounds i8, i8* %151, i64 5219840
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %grad.layer.1.attention.value.matmul.a = getelementptr inbounds i8, i8* %153, i64 79757312
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 100, %bertrt_gemm* @train_s256_v0__k070_grad_layer_1_attention_value_matmul_a.gemm, i8* %grad.layer.1.attention.context.b, i8* %bert.encoder.layer.1.attention.self.value.weight23, i8* %grad.layer.1.attention.value.matmul.a, i8* null)
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %155 = load i8*, i8** %154, align 8
  %grad.layer.1.attention.context.b24 = getelementptr inbounds i8, i8* %155, i64 92340224
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %layer.0.ffn.layernorm25 = getelementptr inbounds i8, i8* %157, i64 71368704
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %159 = load i8*, i8** %158, align 8
  %bert.encoder.layer.1.attention.self.value.weight26 = getelementptr inbounds i8, i8* %159, i64 5219840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 101, %bertrt_gemm* @train_s256_v0__k071_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b24, i8* %layer.0.ffn.layernorm25, i8* %bert.encoder.layer.1.attention.self.value.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k072_grad_layer_1_attention_key_in1_sum.launch)
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %161 = load i8*, i8** %160, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %161, i64 100728832
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %163 = load i8*, i8** %162, align 8
  %bert.encoder.layer.1.attention.self.key.weight27 = getelementptr inbounds i8, i8* %163, i64 5153792
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %grad.layer.1.attention.key.matmul.a = getelementptr inbounds i8, i8* %165, i64 83951616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 102, %bertrt_gemm* @train_s256_v0__k073_grad_layer_1_attention_key_matmul_a.gemm, i8* %grad.layer.1.attention.scores.b, i8* %bert.encoder.layer.1.attention.self.key.weight27, i8* %grad.layer.1.attention.key.matmul.a, i8* null)
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %167 = load i8*, i8** %166, align 8
  %grad.layer.1.attention.scores.b28 = getelementptr inbounds i8, i8* %167, i64 100728832
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %layer.0.ffn.layernorm29 = getelementptr inbounds i8, i8* %169, i64 71368704
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %171 = load i8*, i8** %170, align 8
  %bert.encoder.layer.1.attention.self.key.weight30 = getelementptr inbounds i8, i8* %171, i64 5153792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 103, %bertrt_gemm* @train_s256_v0__k074_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b28, i8* %layer.0.ffn.layernorm29, i8* %bert.encoder.layer.1.attention.self.key.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k075_grad_layer_1_attention_query_in1_sum.launch)
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %173 = load i8*, i8** %172, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %173, i64 109117440
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %175 = load i8*, i8** %174, align 8
  %bert.encoder.layer.1.attention.self.query.weight31 = getelementptr inbounds i8, i8* %175, i64 5087744
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %grad.layer.1.attention.query.matmul.a = getelementptr inbounds i8, i8* %177, i64 88145920
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 104, %bertrt_gemm* @train_s256_v0__k076_grad_layer_1_attention_query_matmul_a.gemm, i8* %grad.layer.1.attention.scores.a, i8* %bert.encoder.layer.1.attention.self.query.weight31, i8* %grad.layer.1.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k077_grad_layer_0_ffn_layernorm_sum.launch)
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %179 = load i8*, i8** %178, align 8
  %grad.layer.1.attention.scores.a32 = getelementptr inbounds i8, i8* %179, i64 109117440
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %layer.0.ffn.layernorm33 = getelementptr inbounds i8, i8* %181, i64 71368704
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %183 = load i8*, i8** %182, align 8
  %bert.encoder.layer.1.attention.self.query.weight34 = getelementptr inbounds i8, i8* %183, i64 5087744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 105, %bertrt_gemm* @train_s256_v0__k078_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a32, i8* %layer.0.ffn.layernorm33, i8* %bert.encoder.layer.1.attention.self.query.weight34, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k079_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k081_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k082_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k083_grad_layer_0_ffn_output_in1_sum.launch)
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %185 = load i8*, i8** %184, align 8
  %grad.layer.0.ffn.dropout = getelementptr inbounds i8, i8* %185, i64 75563008
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %187 = load i8*, i8** %186, align 8
  %bert.encoder.layer.0.output.dense.weight35 = getelementptr inbounds i8, i8* %187, i64 4824064
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %grad.layer.0.ffn.output.matmul.a = getelementptr inbounds i8, i8* %189, i64 79757312
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 106, %bertrt_gemm* @train_s256_v0__k084_grad_layer_0_ffn_output_matmul_a.gemm, i8* %grad.layer.0.ffn.dropout, i8* %bert.encoder.layer.0.output.dense.weight35, i8* %grad.layer.0.ffn.output.matmul.a, i8* null)
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %191 = load i8*, i8** %190, align 8
  %grad.layer.0.ffn.dropout36 = getelementptr inbounds i8, i8* %191, i64 75563008
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %layer.0.ffn.gelu37 = getelementptr inbounds i8, i8* %193, i64 54591488
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %195 = load i8*, i8** %194, align 8
  %bert.encoder.layer.0.output.dense.weight38 = getelementptr inbounds i8, i8* %195, i64 4824064
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 107, %bertrt_gemm* @train_s256_v0__k085_grad_layer_0_ffn_output_matmul_b.gemm, i8* %grad.layer.0.ffn.dropout36, i8* %layer.0.ffn.gelu37, i8* %bert.encoder.layer.0.output.dense.weight38, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k086_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %197 = load i8*, i8** %196, align 8
  %grad.layer.0.ffn.gelu = getelementptr inbounds i8, i8* %197, i64 54591488
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %bert.encoder.layer.0.intermediate.dense.weight39 = getelementptr inbounds i8, i8* %199, i64 4559872
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %grad.layer.0.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %201, i64 37814272
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 108, %bertrt_gemm* @train_s256_v0__k088_grad_layer_0_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.0.ffn.gelu, i8* %bert.encoder.layer.0.intermediate.dense.weight39, i8* %grad.layer.0.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k089_grad_layer_0_attention_layernorm_sum.launch)
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %203 = load i8*, i8** %202, align 8
  %grad.layer.0.ffn.gelu40 = getelementptr inbounds i8, i8* %203, i64 54591488
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %layer.0.attention.layernorm41 = getelementptr inbounds i8, i8* %205, i64 29425664
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %207 = load i8*, i8** %206, align 8
  %bert.encoder.layer.0.intermediate.dense.weight42 = getelementptr inbounds i8, i8* %207, i64 4559872
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 109, %bertrt_gemm* @train_s256_v0__k090_grad_layer_0_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.0.ffn.gelu40, i8* %layer.0.attention.layernorm41, i8* %bert.encoder.layer.0.intermediate.dense.weight42, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k091_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k092_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k093_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k094_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k095_grad_layer_0_attention_output_in1_sum.launch)
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %209 = load i8*, i8** %208, align 8
  %grad.layer.0.attention.output_dropout = getelementptr inbounds i8, i8* %209, i64 33619968
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %211 = load i8*, i8** %210, align 8
  %bert.encoder.layer.0.attention.output.dense.weight43 = getelementptr inbounds i8, i8* %211, i64 4492800
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %grad.layer.0.attention.output.matmul.a = getelementptr inbounds i8, i8* %213, i64 37814272
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 110, %bertrt_gemm* @train_s256_v0__k096_grad_layer_0_attention_output_matmul_a.gemm, i8* %grad.layer.0.attention.output_dropout, i8* %bert.encoder.layer.0.attention.output.dense.weight43, i8* %grad.layer.0.attention.output.matmul.a, i8* null)
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %215 = load i8*, i8** %214, align 8
  %grad.layer.0.attention.output_dropout44 = getelementptr inbounds i8, i8* %215, i64 33619968
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %layer.0.attention.context45 = getelementptr inbounds i8, i8* %217, i64 25231360
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %219 = load i8*, i8** %218, align 8
  %bert.encoder.layer.0.attention.output.dense.weight46 = getelementptr inbounds i8, i8* %219, i64 4492800
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 111, %bertrt_gemm* @train_s256_v0__k097_grad_layer_0_attention_output_matmul_b.gemm, i8* %grad.layer.0.attention.output_dropout44, i8* %layer.0.attention.context45, i8* %bert.encoder.layer.0.attention.output.dense.weight46, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k098_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k099_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k100_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k101_grad_layer_0_attention_value_in1_sum.launch)
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %221 = load i8*, i8** %220, align 8
  %grad.layer.0.attention.context.b = getelementptr inbounds i8, i8* %221, i64 25231360
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %223 = load i8*, i8** %222, align 8
  %bert.encoder.layer.0.attention.self.value.weight47 = getelementptr inbounds i8, i8* %223, i64 4426752
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %225 = load i8*, i8** %224, align 8
  %grad.layer.0.attention.value.matmul.a = getelementptr inbounds i8, i8* %225, i64 4259840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 112, %bertrt_gemm* @train_s256_v0__k102_grad_layer_0_attention_value_matmul_a.gemm, i8* %grad.layer.0.attention.context.b, i8* %bert.encoder.layer.0.attention.self.value.weight47, i8* %grad.layer.0.attention.value.matmul.a, i8* null)
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %227 = load i8*, i8** %226, align 8
  %grad.layer.0.attention.context.b48 = getelementptr inbounds i8, i8* %227, i64 25231360
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %229 = load i8*, i8** %228, align 8
  %embeddings.dropout49 = getelementptr inbounds i8, i8* %229, i64 8454144
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %231 = load i8*, i8** %230, align 8
  %bert.encoder.layer.0.attention.self.value.weight50 = getelementptr inbounds i8, i8* %231, i64 4426752
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 113, %bertrt_gemm* @train_s256_v0__k103_grad_layer_0_attention_value_matmul_b.gemm, i8* %grad.layer.0.attention.context.b48, i8* %embeddings.dropout49, i8* %bert.encoder.layer.0.attention.self.value.weight50, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k104_grad_layer_0_attention_key_in1_sum.launch)
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %233 = load i8*, i8** %232, align 8
  %grad.layer.0.attention.scores.b = getelementptr inbounds i8, i8* %233, i64 33619968
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %235 = load i8*, i8** %234, align 8
  %bert.encoder.layer.0.attention.self.key.weight51 = getelementptr inbounds i8, i8* %235, i64 4360704
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %237 = load i8*, i8** %236, align 8
  %grad.layer.0.attention.key.matmul.a = getelementptr inbounds i8, i8* %237, i64 12648448
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 114, %bertrt_gemm* @train_s256_v0__k105_grad_layer_0_attention_key_matmul_a.gemm, i8* %grad.layer.0.attention.scores.b, i8* %bert.encoder.layer.0.attention.self.key.weight51, i8* %grad.layer.0.attention.key.matmul.a, i8* null)
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %239 = load i8*, i8** %238, align 8
  %grad.layer.0.attention.scores.b52 = getelementptr inbounds i8, i8* %239, i64 33619968
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %241 = load i8*, i8** %240, align 8
  %embeddings.dropout53 = getelementptr inbounds i8, i8* %241, i64 8454144
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %243 = load i8*, i8** %242, align 8
  %bert.encoder.layer.0.attention.self.key.weight54 = getelementptr inbounds i8, i8* %243, i64 4360704
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 115, %bertrt_gemm* @train_s256_v0__k106_grad_layer_0_attention_key_matmul_b.gemm, i8* %grad.layer.0.attention.scores.b52, i8* %embeddings.dropout53, i8* %bert.encoder.layer.0.attention.self.key.weight54, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k107_grad_layer_0_attention_query_in1_sum.launch)
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %245 = load i8*, i8** %244, align 8
  %grad.layer.0.attention.scores.a = getelementptr inbounds i8, i8* %245, i64 42008576
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %247 = load i8*, i8** %246, align 8
  %bert.encoder.layer.0.attention.self.query.weight55 = getelementptr inbounds i8, i8* %247, i64 4294656
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %249 = load i8*, i8** %248, align 8
  %grad.layer.0.attention.query.matmul.a = getelementptr inbounds i8, i8* %249, i64 16842752
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 116, %bertrt_gemm* @train_s256_v0__k108_grad_layer_0_attention_query_matmul_a.gemm, i8* %grad.layer.0.attention.scores.a, i8* %bert.encoder.layer.0.attention.self.query.weight55, i8* %grad.layer.0.attention.query.matmul.a, i8* null)
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %251 = load i8*, i8** %250, align 8
  %grad.layer.0.attention.scores.a56 = getelementptr inbounds i8, i8* %251, i64 42008576
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %253 = load i8*, i8** %252, align 8
  %embeddings.dropout57 = getelementptr inbounds i8, i8* %253, i64 8454144
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %255 = load i8*, i8** %254, align 8
  %bert.encoder.layer.0.attention.self.query.weight58 = getelementptr inbounds i8, i8* %255, i64 4294656
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 117, %bertrt_gemm* @train_s256_v0__k109_grad_layer_0_attention_query_matmul_b.gemm, i8* %grad.layer.0.attention.scores.a56, i8* %embeddings.dropout57, i8* %bert.encoder.layer.0.attention.self.query.weight58, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k110_grad_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k111_grad_embeddings_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k112_grad_embeddings_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k113_grad_embeddings_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k114_grad_embeddings_sum_in1_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k115_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k116_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k117_grad_embeddings_token_type.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k118_grad_embeddings_word_without_padding.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v0__k119_grad_embeddings_word.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s256_v1(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4294656
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 4227072
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4360192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 118, %bertrt_gemm* @train_s256_v1__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4360704
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 8421376
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4426240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 119, %bertrt_gemm* @train_s256_v1__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4426752
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 12615680
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4492288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 120, %bertrt_gemm* @train_s256_v1__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 16809984
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4492800
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 4227072
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4558336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 121, %bertrt_gemm* @train_s256_v1__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4559872
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 4227072
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 122, %bertrt_gemm* @train_s256_v1__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 4227072
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4824064
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 21004288
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 5086208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 123, %bertrt_gemm* @train_s256_v1__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 5087744
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 4227072
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5153280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 124, %bertrt_gemm* @train_s256_v1__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5153792
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 8421376
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5219328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 125, %bertrt_gemm* @train_s256_v1__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5219840
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 12615680
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5285376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 126, %bertrt_gemm* @train_s256_v1__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 16809984
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5285888
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 4194304
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5351424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 127, %bertrt_gemm* @train_s256_v1__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5352960
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 4194304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 128, %bertrt_gemm* @train_s256_v1__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 4194304
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5617152
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 20971520
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5879296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 129, %bertrt_gemm* @train_s256_v1__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 0
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %qa_outputs.weight = getelementptr inbounds i8, i8* %95, i64 5880832
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.qa_outputs = getelementptr inbounds i8, i8* %97, i64 4194304
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %qa_outputs.bias = getelementptr inbounds i8, i8* %99, i64 5881856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 130, %bertrt_gemm* @train_s256_v1__k026_head_qa_outputs_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %qa_outputs.weight, i8* %head.qa_outputs, i8* %qa_outputs.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k027_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k028_head_start_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k029_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k030_head_end_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k031_loss_end_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k032_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k033_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k034_loss_start_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k035_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k036_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k037_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k038_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k039_grad_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k040_grad_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k041_grad_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k042_grad_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k043_grad_head_qa_outputs_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s256_v1__k044_grad_head_qa_outputs_in1_sum.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %grad.head.qa_outputs.sum = getelementptr inbounds i8, i8* %101, i64 4194304
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %103 = load i8*, i8** %102, align 8
  %layer.1.ffn.layernorm7 = getelementptr inbounds i8, i8* %103, i64 0
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %105 = load i8*, i8** %104, align 8
  %qa_outputs.weight8 = getelementptr inbounds i8, i8* %105, i64 5880832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 131, %bertrt_gemm* @train_s256_v1__k045_grad_head_qa_outputs_matmul_b.gemm, i8* %grad.head.qa_outputs.sum, i8* %layer.1.ffn.layernorm7, i8* %qa_outputs.weight8, i8* null)
  ret void
}

; Function Attrs: nounwind
define void @forward_s384(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4294656
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 6340608
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4360192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 132, %bertrt_gemm* @forward_s384__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4360704
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 12632064
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4426240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 133, %bertrt_gemm* @forward_s384__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4426752
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 18923520
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4492288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 134, %bertrt_gemm* @forward_s384__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 25214976
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4492800
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 6340608
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4558336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 135, %bertrt_gemm* @forward_s384__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4559872
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 6340608
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 136, %bertrt_gemm* @forward_s384__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 6340608
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4824064
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 31506432
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 5086208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 137, %bertrt_gemm* @forward_s384__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 5087744
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 6340608
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5153280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 138, %bertrt_gemm* @forward_s384__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5153792
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 12632064
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5219328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 139, %bertrt_gemm* @forward_s384__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5219840
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 18923520
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5285376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 140, %bertrt_gemm* @forward_s384__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 25214976
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5285888
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 6291456
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5351424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 141, %bertrt_gemm* @forward_s384__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5352960
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 6291456
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 142, %bertrt_gemm* @forward_s384__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 6291456
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5617152
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 31457280
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5879296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 143, %bertrt_gemm* @forward_s384__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 246080
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %qa_outputs.weight = getelementptr inbounds i8, i8* %95, i64 5880832
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.qa_outputs = getelementptr inbounds i8, i8* %97, i64 0
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %qa_outputs.bias = getelementptr inbounds i8, i8* %99, i64 5881856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 144, %bertrt_gemm* @forward_s384__k026_head_qa_outputs_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %qa_outputs.weight, i8* %head.qa_outputs, i8* %qa_outputs.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k027_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k028_head_start_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k029_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k030_head_end_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k031_loss_end_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k032_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k033_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k034_loss_start_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k035_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k036_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s384__k037_loss.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s384_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 12681216
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4294656
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 18972672
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4360192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 145, %bertrt_gemm* @train_s384_v0__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 12681216
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4360704
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 25264128
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4426240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 146, %bertrt_gemm* @train_s384_v0__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 12681216
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4426752
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 31555584
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4492288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 147, %bertrt_gemm* @train_s384_v0__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 37847040
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4492800
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 44138496
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4558336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 148, %bertrt_gemm* @train_s384_v0__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 44138496
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4559872
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 81887232
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 149, %bertrt_gemm* @train_s384_v0__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 81887232
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4824064
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 107053056
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 5086208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 150, %bertrt_gemm* @train_s384_v0__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 107053056
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 5087744
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 119635968
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5153280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 151, %bertrt_gemm* @train_s384_v0__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 107053056
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5153792
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 125927424
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5219328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 152, %bertrt_gemm* @train_s384_v0__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 107053056
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5219840
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 132218880
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5285376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 153, %bertrt_gemm* @train_s384_v0__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 138510336
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5285888
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 144801792
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5351424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 154, %bertrt_gemm* @train_s384_v0__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 144801792
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5352960
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 182550528
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 155, %bertrt_gemm* @train_s384_v0__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 182550528
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5617152
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 207716352
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5879296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 156, %bertrt_gemm* @train_s384_v0__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 207716352
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %qa_outputs.weight = getelementptr inbounds i8, i8* %95, i64 5880832
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.qa_outputs = getelementptr inbounds i8, i8* %97, i64 7028736
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %qa_outputs.bias = getelementptr inbounds i8, i8* %99, i64 5881856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 157, %bertrt_gemm* @train_s384_v0__k026_head_qa_outputs_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %qa_outputs.weight, i8* %head.qa_outputs, i8* %qa_outputs.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k027_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k028_head_start_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k029_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k030_head_end_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k031_loss_end_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k032_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k033_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k034_loss_start_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k035_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k036_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k037_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k038_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k039_grad_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k040_grad_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k041_grad_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k042_grad_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k043_grad_head_qa_outputs_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k044_grad_head_qa_outputs_in1_sum.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %grad.head.qa_outputs.sum = getelementptr inbounds i8, i8* %101, i64 7028736
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %qa_outputs.weight7 = getelementptr inbounds i8, i8* %103, i64 5880832
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %105 = load i8*, i8** %104, align 8
  %grad.head.qa_outputs.matmul.a = getelementptr inbounds i8, i8* %105, i64 220299264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 158, %bertrt_gemm* @train_s384_v0__k045_grad_head_qa_outputs_matmul_a.gemm, i8* %grad.head.qa_outputs.sum, i8* %qa_outputs.weight7, i8* %grad.head.qa_outputs.matmul.a, i8* null)
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %107 = load i8*, i8** %106, align 8
  %grad.head.qa_outputs.sum8 = getelementptr inbounds i8, i8* %107, i64 7028736
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %layer.1.ffn.layernorm9 = getelementptr inbounds i8, i8* %109, i64 207716352
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %111 = load i8*, i8** %110, align 8
  %qa_outputs.weight10 = getelementptr inbounds i8, i8* %111, i64 5880832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 159, %bertrt_gemm* @train_s384_v0__k046_grad_head_qa_outputs_matmul_b.gemm, i8* %grad.head.qa_outputs.sum8, i8* %layer.1.ffn.layernorm9, i8* %qa_outputs.weight10, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k047_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k048_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k049_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k050_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k051_grad_layer_1_ffn_output_in1_sum.launch)
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %113, i64 214007808
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %115 = load i8*, i8** %114, align 8
  %bert.encoder.layer.1.output.dense.weight11 = getelementptr inbounds i8, i8* %115, i64 5617152
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %117, i64 220299264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 160, %bertrt_gemm* @train_s384_v0__k052_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight11, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %119 = load i8*, i8** %118, align 8
  %grad.layer.1.ffn.dropout12 = getelementptr inbounds i8, i8* %119, i64 214007808
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %layer.1.ffn.gelu13 = getelementptr inbounds i8, i8* %121, i64 182550528
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %123 = load i8*, i8** %122, align 8
  %bert.encoder.layer.1.output.dense.weight14 = getelementptr inbounds i8, i8* %123, i64 5617152
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 161, %bertrt_gemm* @train_s384_v0__k053_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout12, i8* %layer.1.ffn.gelu13, i8* %bert.encoder.layer.1.output.dense.weight14, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k054_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k055_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %125, i64 182550528
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %127 = load i8*, i8** %126, align 8
  %bert.encoder.layer.1.intermediate.dense.weight15 = getelementptr inbounds i8, i8* %127, i64 5352960
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %129, i64 157384704
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 162, %bertrt_gemm* @train_s384_v0__k056_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight15, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k057_grad_layer_1_attention_layernorm_sum.launch)
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %131 = load i8*, i8** %130, align 8
  %grad.layer.1.ffn.gelu16 = getelementptr inbounds i8, i8* %131, i64 182550528
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %layer.1.attention.layernorm17 = getelementptr inbounds i8, i8* %133, i64 144801792
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %135 = load i8*, i8** %134, align 8
  %bert.encoder.layer.1.intermediate.dense.weight18 = getelementptr inbounds i8, i8* %135, i64 5352960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 163, %bertrt_gemm* @train_s384_v0__k058_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu16, i8* %layer.1.attention.layernorm17, i8* %bert.encoder.layer.1.intermediate.dense.weight18, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k059_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k060_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k061_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k062_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k063_grad_layer_1_attention_output_in1_sum.launch)
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %137 = load i8*, i8** %136, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %137, i64 151093248
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %139 = load i8*, i8** %138, align 8
  %bert.encoder.layer.1.attention.output.dense.weight19 = getelementptr inbounds i8, i8* %139, i64 5285888
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %141 = load i8*, i8** %140, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %141, i64 157384704
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 164, %bertrt_gemm* @train_s384_v0__k064_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight19, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %143 = load i8*, i8** %142, align 8
  %grad.layer.1.attention.output_dropout20 = getelementptr inbounds i8, i8* %143, i64 151093248
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %layer.1.attention.context21 = getelementptr inbounds i8, i8* %145, i64 138510336
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %147 = load i8*, i8** %146, align 8
  %bert.encoder.layer.1.attention.output.dense.weight22 = getelementptr inbounds i8, i8* %147, i64 5285888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 165, %bertrt_gemm* @train_s384_v0__k065_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout20, i8* %layer.1.attention.context21, i8* %bert.encoder.layer.1.attention.output.dense.weight22, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k066_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k067_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k068_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k069_grad_layer_1_attention_value_in1_sum.launch)
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %149 = load i8*, i8** %148, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %149, i64 138510336
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %151 = load i8*, i8** %150, align 8
  %bert.encoder.layer.1.attention.self.value.weight23 = getelementptr inbounds i8, i8* %151, i64 5219840
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %153 = load i8*, i8** %152, align 8
  %grad.layer.1.attention.value.matmul.a = getelementptr inbounds i8, i8* %153, i64 119635968
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 166, %bertrt_gemm* @train_s384_v0__k070_grad_layer_1_attention_value_matmul_a.gemm, i8* %grad.layer.1.attention.context.b, i8* %bert.encoder.layer.1.attention.self.value.weight23, i8* %grad.layer.1.attention.value.matmul.a, i8* null)
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %155 = load i8*, i8** %154, align 8
  %grad.layer.1.attention.context.b24 = getelementptr inbounds i8, i8* %155, i64 138510336
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %layer.0.ffn.layernorm25 = getelementptr inbounds i8, i8* %157, i64 107053056
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %159 = load i8*, i8** %158, align 8
  %bert.encoder.layer.1.attention.self.value.weight26 = getelementptr inbounds i8, i8* %159, i64 5219840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 167, %bertrt_gemm* @train_s384_v0__k071_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b24, i8* %layer.0.ffn.layernorm25, i8* %bert.encoder.layer.1.attention.self.value.weight26, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k072_grad_layer_1_attention_key_in1_sum.launch)
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %161 = load i8*, i8** %160, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %161, i64 151093248
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %163 = load i8*, i8** %162, align 8
  %bert.encoder.layer.1.attention.self.key.weight27 = getelementptr inbounds i8, i8* %163, i64 5153792
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %165 = load i8*, i8** %164, align 8
  %grad.layer.1.attention.key.matmul.a = getelementptr inbounds i8, i8* %165, i64 125927424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 168, %bertrt_gemm* @train_s384_v0__k073_grad_layer_1_attention_key_matmul_a.gemm, i8* %grad.layer.1.attention.scores.b, i8* %bert.encoder.layer.1.attention.self.key.weight27, i8* %grad.layer.1.attention.key.matmul.a, i8* null)
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %167 = load i8*, i8** %166, align 8
  %grad.layer.1.attention.scores.b28 = getelementptr inbounds i8, i8* %167, i64 151093248
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %layer.0.ffn.layernorm29 = getelementptr inbounds i8, i8* %169, i64 107053056
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %171 = load i8*, i8** %170, align 8
  %bert.encoder.layer.1.attention.self.key.weight30 = getelementptr inbounds i8, i8* %171, i64 5153792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 169, %bertrt_gemm* @train_s384_v0__k074_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b28, i8* %layer.0.ffn.layernorm29, i8* %bert.encoder.layer.1.attention.self.key.weight30, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k075_grad_layer_1_attention_query_in1_sum.launch)
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %173 = load i8*, i8** %172, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %173, i64 163676160
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %175 = load i8*, i8** %174, align 8
  %bert.encoder.layer.1.attention.self.query.weight31 = getelementptr inbounds i8, i8* %175, i64 5087744
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %grad.layer.1.attention.query.matmul.a = getelementptr inbounds i8, i8* %177, i64 132218880
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 170, %bertrt_gemm* @train_s384_v0__k076_grad_layer_1_attention_query_matmul_a.gemm, i8* %grad.layer.1.attention.scores.a, i8* %bert.encoder.layer.1.attention.self.query.weight31, i8* %grad.layer.1.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k077_grad_layer_0_ffn_layernorm_sum.launch)
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %179 = load i8*, i8** %178, align 8
  %grad.layer.1.attention.scores.a32 = getelementptr inbounds i8, i8* %179, i64 163676160
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %layer.0.ffn.layernorm33 = getelementptr inbounds i8, i8* %181, i64 107053056
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %183 = load i8*, i8** %182, align 8
  %bert.encoder.layer.1.attention.self.query.weight34 = getelementptr inbounds i8, i8* %183, i64 5087744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 171, %bertrt_gemm* @train_s384_v0__k078_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a32, i8* %layer.0.ffn.layernorm33, i8* %bert.encoder.layer.1.attention.self.query.weight34, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k079_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k080_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k081_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k082_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k083_grad_layer_0_ffn_output_in1_sum.launch)
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %185 = load i8*, i8** %184, align 8
  %grad.layer.0.ffn.dropout = getelementptr inbounds i8, i8* %185, i64 113344512
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %187 = load i8*, i8** %186, align 8
  %bert.encoder.layer.0.output.dense.weight35 = getelementptr inbounds i8, i8* %187, i64 4824064
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %grad.layer.0.ffn.output.matmul.a = getelementptr inbounds i8, i8* %189, i64 119635968
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 172, %bertrt_gemm* @train_s384_v0__k084_grad_layer_0_ffn_output_matmul_a.gemm, i8* %grad.layer.0.ffn.dropout, i8* %bert.encoder.layer.0.output.dense.weight35, i8* %grad.layer.0.ffn.output.matmul.a, i8* null)
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %191 = load i8*, i8** %190, align 8
  %grad.layer.0.ffn.dropout36 = getelementptr inbounds i8, i8* %191, i64 113344512
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %layer.0.ffn.gelu37 = getelementptr inbounds i8, i8* %193, i64 81887232
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %195 = load i8*, i8** %194, align 8
  %bert.encoder.layer.0.output.dense.weight38 = getelementptr inbounds i8, i8* %195, i64 4824064
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 173, %bertrt_gemm* @train_s384_v0__k085_grad_layer_0_ffn_output_matmul_b.gemm, i8* %grad.layer.0.ffn.dropout36, i8* %layer.0.ffn.gelu37, i8* %bert.encoder.layer.0.output.dense.weight38, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k086_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k087_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %197 = load i8*, i8** %196, align 8
  %grad.layer.0.ffn.gelu = getelementptr inbounds i8, i8* %197, i64 81887232
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %bert.encoder.layer.0.intermediate.dense.weight39 = getelementptr inbounds i8, i8* %199, i64 4559872
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %grad.layer.0.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %201, i64 56721408
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 174, %bertrt_gemm* @train_s384_v0__k088_grad_layer_0_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.0.ffn.gelu, i8* %bert.encoder.layer.0.intermediate.dense.weight39, i8* %grad.layer.0.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k089_grad_layer_0_attention_layernorm_sum.launch)
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %203 = load i8*, i8** %202, align 8
  %grad.layer.0.ffn.gelu40 = getelementptr inbounds i8, i8* %203, i64 81887232
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %layer.0.attention.layernorm41 = getelementptr inbounds i8, i8* %205, i64 44138496
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %207 = load i8*, i8** %206, align 8
  %bert.encoder.layer.0.intermediate.dense.weight42 = getelementptr inbounds i8, i8* %207, i64 4559872
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 175, %bertrt_gemm* @train_s384_v0__k090_grad_layer_0_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.0.ffn.gelu40, i8* %layer.0.attention.layernorm41, i8* %bert.encoder.layer.0.intermediate.dense.weight42, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k091_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k092_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k093_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k094_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k095_grad_layer_0_attention_output_in1_sum.launch)
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %209 = load i8*, i8** %208, align 8
  %grad.layer.0.attention.output_dropout = getelementptr inbounds i8, i8* %209, i64 50429952
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %211 = load i8*, i8** %210, align 8
  %bert.encoder.layer.0.attention.output.dense.weight43 = getelementptr inbounds i8, i8* %211, i64 4492800
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %grad.layer.0.attention.output.matmul.a = getelementptr inbounds i8, i8* %213, i64 56721408
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 176, %bertrt_gemm* @train_s384_v0__k096_grad_layer_0_attention_output_matmul_a.gemm, i8* %grad.layer.0.attention.output_dropout, i8* %bert.encoder.layer.0.attention.output.dense.weight43, i8* %grad.layer.0.attention.output.matmul.a, i8* null)
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %215 = load i8*, i8** %214, align 8
  %grad.layer.0.attention.output_dropout44 = getelementptr inbounds i8, i8* %215, i64 50429952
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %layer.0.attention.context45 = getelementptr inbounds i8, i8* %217, i64 37847040
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %219 = load i8*, i8** %218, align 8
  %bert.encoder.layer.0.attention.output.dense.weight46 = getelementptr inbounds i8, i8* %219, i64 4492800
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 177, %bertrt_gemm* @train_s384_v0__k097_grad_layer_0_attention_output_matmul_b.gemm, i8* %grad.layer.0.attention.output_dropout44, i8* %layer.0.attention.context45, i8* %bert.encoder.layer.0.attention.output.dense.weight46, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k098_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k099_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k100_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k101_grad_layer_0_attention_value_in1_sum.launch)
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %221 = load i8*, i8** %220, align 8
  %grad.layer.0.attention.context.b = getelementptr inbounds i8, i8* %221, i64 37847040
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %223 = load i8*, i8** %222, align 8
  %bert.encoder.layer.0.attention.self.value.weight47 = getelementptr inbounds i8, i8* %223, i64 4426752
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %225 = load i8*, i8** %224, align 8
  %grad.layer.0.attention.value.matmul.a = getelementptr inbounds i8, i8* %225, i64 6389760
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 178, %bertrt_gemm* @train_s384_v0__k102_grad_layer_0_attention_value_matmul_a.gemm, i8* %grad.layer.0.attention.context.b, i8* %bert.encoder.layer.0.attention.self.value.weight47, i8* %grad.layer.0.attention.value.matmul.a, i8* null)
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %227 = load i8*, i8** %226, align 8
  %grad.layer.0.attention.context.b48 = getelementptr inbounds i8, i8* %227, i64 37847040
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %229 = load i8*, i8** %228, align 8
  %embeddings.dropout49 = getelementptr inbounds i8, i8* %229, i64 12681216
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %231 = load i8*, i8** %230, align 8
  %bert.encoder.layer.0.attention.self.value.weight50 = getelementptr inbounds i8, i8* %231, i64 4426752
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 179, %bertrt_gemm* @train_s384_v0__k103_grad_layer_0_attention_value_matmul_b.gemm, i8* %grad.layer.0.attention.context.b48, i8* %embeddings.dropout49, i8* %bert.encoder.layer.0.attention.self.value.weight50, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k104_grad_layer_0_attention_key_in1_sum.launch)
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %233 = load i8*, i8** %232, align 8
  %grad.layer.0.attention.scores.b = getelementptr inbounds i8, i8* %233, i64 50429952
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %235 = load i8*, i8** %234, align 8
  %bert.encoder.layer.0.attention.self.key.weight51 = getelementptr inbounds i8, i8* %235, i64 4360704
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %237 = load i8*, i8** %236, align 8
  %grad.layer.0.attention.key.matmul.a = getelementptr inbounds i8, i8* %237, i64 18972672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 180, %bertrt_gemm* @train_s384_v0__k105_grad_layer_0_attention_key_matmul_a.gemm, i8* %grad.layer.0.attention.scores.b, i8* %bert.encoder.layer.0.attention.self.key.weight51, i8* %grad.layer.0.attention.key.matmul.a, i8* null)
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %239 = load i8*, i8** %238, align 8
  %grad.layer.0.attention.scores.b52 = getelementptr inbounds i8, i8* %239, i64 50429952
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %241 = load i8*, i8** %240, align 8
  %embeddings.dropout53 = getelementptr inbounds i8, i8* %241, i64 12681216
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %243 = load i8*, i8** %242, align 8
  %bert.encoder.layer.0.attention.self.key.weight54 = getelementptr inbounds i8, i8* %243, i64 4360704
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 181, %bertrt_gemm* @train_s384_v0__k106_grad_layer_0_attention_key_matmul_b.gemm, i8* %grad.layer.0.attention.scores.b52, i8* %embeddings.dropout53, i8* %bert.encoder.layer.0.attention.self.key.weight54, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k107_grad_layer_0_attention_query_in1_sum.launch)
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %245 = load i8*, i8** %244, align 8
  %grad.layer.0.attention.scores.a = getelementptr inbounds i8, i8* %245, i64 63012864
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %247 = load i8*, i8** %246, align 8
  %bert.encoder.layer.0.attention.self.query.weight55 = getelementptr inbounds i8, i8* %247, i64 4294656
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %249 = load i8*, i8** %248, align 8
  %grad.layer.0.attention.query.matmul.a = getelementptr inbounds i8, i8* %249, i64 25264128
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 182, %bertrt_gemm* @train_s384_v0__k108_grad_layer_0_attention_query_matmul_a.gemm, i8* %grad.layer.0.attention.scores.a, i8* %bert.encoder.layer.0.attention.self.query.weight55, i8* %grad.layer.0.attention.query.matmul.a, i8* null)
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %251 = load i8*, i8** %250, align 8
  %grad.layer.0.attention.scores.a56 = getelementptr inbounds i8, i8* %251, i64 63012864
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %253 = load i8*, i8** %252, align 8
  %embeddings.dropout57 = getelementptr inbounds i8, i8* %253, i64 12681216
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %255 = load i8*, i8** %254, align 8
  %bert.encoder.layer.0.attention.self.query.weight58 = getelementptr inbounds i8, i8* %255, i64 4294656
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 183, %bertrt_gemm* @train_s384_v0__k109_grad_layer_0_attention_query_matmul_b.gemm, i8* %grad.layer.0.attention.scores.a56, i8* %embeddings.dropout57, i8* %bert.encoder.layer.0.attention.self.query.weight58, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k110_grad_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k111_grad_embeddings_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k112_grad_embeddings_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k113_grad_embeddings_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k114_grad_embeddings_sum_in1_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k115_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k116_grad_embeddings_token_type.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k117_grad_embeddings_word_without_padding.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v0__k118_grad_embeddings_word.launch)
  ret void
}

; Function Attrs: nounwind
define void @train_s384_v1(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 4294656
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 6340608
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 4360192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 184, %bertrt_gemm* @train_s384_v1__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 4360704
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 12632064
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 4426240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 185, %bertrt_gemm* @train_s384_v1__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 4426752
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 18923520
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 4492288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 186, %bertrt_gemm* @train_s384_v1__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 25214976
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 4492800
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 6340608
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 4558336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 187, %bertrt_gemm* @train_s384_v1__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 4559872
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 6340608
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 188, %bertrt_gemm* @train_s384_v1__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 6340608
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 4824064
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 31506432
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 5086208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 189, %bertrt_gemm* @train_s384_v1__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 5087744
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 6340608
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 5153280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 190, %bertrt_gemm* @train_s384_v1__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 5153792
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 12632064
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 5219328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 191, %bertrt_gemm* @train_s384_v1__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 5219840
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 18923520
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 5285376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 192, %bertrt_gemm* @train_s384_v1__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 25214976
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 5285888
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 6291456
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 5351424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 193, %bertrt_gemm* @train_s384_v1__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 5352960
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 6291456
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 194, %bertrt_gemm* @train_s384_v1__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 6291456
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 5617152
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 31457280
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 5879296
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 195, %bertrt_gemm* @train_s384_v1__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 0
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %qa_outputs.weight = getelementptr inbounds i8, i8* %95, i64 5880832
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %head.qa_outputs = getelementptr inbounds i8, i8* %97, i64 6291456
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %qa_outputs.bias = getelementptr inbounds i8, i8* %99, i64 5881856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 196, %bertrt_gemm* @train_s384_v1__k026_head_qa_outputs_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %qa_outputs.weight, i8* %head.qa_outputs, i8* %qa_outputs.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k027_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k028_head_start_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k029_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k030_head_end_logits.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k031_loss_end_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k032_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k033_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k034_loss_start_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k035_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k036_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k037_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k038_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k039_grad_loss_start.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k040_grad_loss_end.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k041_grad_head_end_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k042_grad_head_start_logits_column.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k043_grad_head_qa_outputs_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s384_v1__k044_grad_head_qa_outputs_in1_sum.launch)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %grad.head.qa_outputs.sum = getelementptr inbounds i8, i8* %101, i64 6291456
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %103 = load i8*, i8** %102, align 8
  %layer.1.ffn.layernorm7 = getelementptr inbounds i8, i8* %103, i64 0
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %105 = load i8*, i8** %104, align 8
  %qa_outputs.weight8 = getelementptr inbounds i8, i8* %105, i64 5880832
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 197, %bertrt_gemm* @train_s384_v1__k045_grad_head_qa_outputs_matmul_b.gemm, i8* %grad.head.qa_outputs.sum, i8* %layer.1.ffn.layernorm7, i8* %qa_outputs.weight8, i8* null)
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
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v1__k001_clip_coefficient.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v1__k002_adamw.launch)
  ret void
}

attributes #0 = { nounwind }
