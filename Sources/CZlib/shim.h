#ifndef DYAD_CZLIB_SHIM_H
#define DYAD_CZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro; Swift cannot call it directly.
static inline int dyad_inflate_init2(z_stream *s, int window_bits) {
    return inflateInit2(s, window_bits);
}

/// `deflateInit2` is a macro too.
static inline int dyad_deflate_init2(z_stream *s, int level, int window_bits) {
    return deflateInit2(s, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
}

#endif
