#include "dyad_kernels.h"

#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("avx")))
static void add_row_avx(float *scores, const float *row, long width) {
    for (long i = 0; i < width; i += 8) {
        _mm256_storeu_ps(scores + i, _mm256_add_ps(_mm256_loadu_ps(scores + i), _mm256_loadu_ps(row + i)));
    }
}

static void add_row_sse(float *scores, const float *row, long width) {
    for (long i = 0; i < width; i += 4) {
        _mm_storeu_ps(scores + i, _mm_add_ps(_mm_loadu_ps(scores + i), _mm_loadu_ps(row + i)));
    }
}

static int has_avx;

__attribute__((constructor))
static void detect_avx(void) {
    __builtin_cpu_init();
    has_avx = __builtin_cpu_supports("avx") ? 1 : 0;
}

void dyad_add_row(float *scores, const float *row, long width) {
    if (has_avx) {
        add_row_avx(scores, row, width);
    } else {
        add_row_sse(scores, row, width);
    }
}
#else
void dyad_add_row(float *scores, const float *row, long width) {
    for (long i = 0; i < width; i++) {
        scores[i] += row[i];
    }
}
#endif
