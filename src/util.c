/* util.c - allocation hooks, buffers, hashing, error filling, UTF-8 decoding. */
#if defined(__linux__)
#define _DEFAULT_SOURCE 1 /* madvise */
#endif
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

static void *std_malloc(void *ctx, size_t n) { (void)ctx; return malloc(n); }
static void *std_realloc(void *ctx, void *p, size_t n) { (void)ctx; return realloc(p, n); }
static void std_free(void *ctx, void *p) { (void)ctx; free(p); }

void dn_alloc_init(dn_alloc *a, const dener_alloc *hooks) {
    if (hooks && hooks->malloc && hooks->realloc && hooks->free) {
        a->hooks = *hooks;
    } else {
        a->hooks.malloc = std_malloc;
        a->hooks.realloc = std_realloc;
        a->hooks.free = std_free;
        a->hooks.ctx = NULL;
    }
}

void *dn_malloc(const dn_alloc *a, size_t n) { return a->hooks.malloc(a->hooks.ctx, n ? n : 1); }

void *dn_malloc_table(const dn_alloc *a, size_t n, void **mem) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const size_t huge = (size_t)2 << 20;
    if (a->hooks.malloc == std_malloc && n >= huge / 2 && n <= SIZE_MAX / 2 - 2 * huge) {
        const size_t span = (n + huge - 1) & ~(huge - 1);
        char *p = dn_malloc(a, span + huge);
        if (p) {
            char *al = (char *)(((uintptr_t)p + huge - 1) & ~(uintptr_t)(huge - 1));
            (void)madvise(al, span, MADV_HUGEPAGE); /* (advice: where the system has no huge pages, small ones) */
            *mem = p;
            return al;
        }
    }
#endif
    char *p = dn_malloc(a, n + 64);
    *mem = p;
    return p ? p + (64 - (uintptr_t)p % 64) % 64 : NULL;
}

void *dn_calloc(const dn_alloc *a, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) return NULL;
    void *p = dn_malloc(a, n * size);
    if (p) memset(p, 0, n * size);
    return p;
}

void *dn_realloc(const dn_alloc *a, void *p, size_t n) {
    if (!p) return dn_malloc(a, n);
    return a->hooks.realloc(a->hooks.ctx, p, n ? n : 1);
}

void dn_free(const dn_alloc *a, void *p) {
    if (p) a->hooks.free(a->hooks.ctx, p);
}

bool dn_grow(const dn_alloc *a, void **arr, size_t *cap, size_t need, size_t elsz) {
    if (need <= *cap) return true;
    size_t nc = *cap ? *cap : 8;
    while (nc < need) {
        if (nc > SIZE_MAX / 2) return false;
        nc *= 2;
    }
    if (nc > SIZE_MAX / elsz) return false;
    void *p = dn_realloc(a, *arr, nc * elsz);
    if (!p) return false;
    *arr = p;
    *cap = nc;
    return true;
}

void dn_buf_put(const dn_alloc *a, dn_buf *b, const void *s, size_t n) {
    if (b->oom) return;
    if (b->len + n + 1 > b->cap) {
        if (!dn_grow(a, (void **)&b->p, &b->cap, b->len + n + 1, 1)) {
            b->oom = true;
            return;
        }
    }
    if (n) memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

void dn_buf_puts(const dn_alloc *a, dn_buf *b, const char *s) { dn_buf_put(a, b, s, strlen(s)); }
void dn_buf_putc(const dn_alloc *a, dn_buf *b, char c) { dn_buf_put(a, b, &c, 1); }

/* True if fmt has no conversions but %s, %d, %u, %zu and %%: those are formatted here (vsnprintf
 * costs some thousand instructions for a line of JSON). */
static bool simple_fmt(const char *fmt) {
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') continue;
        f++;
        if (*f == 'z') f++;
        if (*f != 's' && *f != 'd' && *f != 'u' && *f != '%') return false;
        if (*f == 's' && f[-1] == 'z') return false;
    }
    return true;
}

static void put_uint(const dn_alloc *a, dn_buf *b, unsigned long long v, bool neg) {
    char d[24];
    size_t i = sizeof d;
    do {
        d[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (neg) d[--i] = '-';
    dn_buf_put(a, b, d + i, sizeof d - i);
}

void dn_buf_printf(const dn_alloc *a, dn_buf *b, const char *fmt, ...) {
    char tmp[256];
    va_list ap;
    if (simple_fmt(fmt)) {
        va_start(ap, fmt);
        const char *f = fmt;
        while (*f) {
            const char *q = strchr(f, '%');
            if (!q) {
                dn_buf_puts(a, b, f);
                break;
            }
            if (q > f) dn_buf_put(a, b, f, (size_t)(q - f));
            q++;
            if (*q == 'z') {
                put_uint(a, b, va_arg(ap, size_t), false);
                q++;
            } else if (*q == 's') {
                const char *s = va_arg(ap, const char *);
                dn_buf_puts(a, b, s ? s : "(null)");
            } else if (*q == 'd') {
                int v = va_arg(ap, int);
                put_uint(a, b, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v, v < 0);
            } else if (*q == 'u') {
                put_uint(a, b, va_arg(ap, unsigned), false);
            } else dn_buf_putc(a, b, '%');
            f = q + 1;
        }
        va_end(ap);
        return;
    }
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        dn_buf_put(a, b, tmp, (size_t)n);
        return;
    }
    char *big = dn_malloc(a, (size_t)n + 1);
    if (!big) {
        b->oom = true;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    dn_buf_put(a, b, big, (size_t)n);
    dn_free(a, big);
}

void dn_buf_free(const dn_alloc *a, dn_buf *b) {
    dn_free(a, b->p);
    memset(b, 0, sizeof *b);
}

uint64_t dn_hash(const void *s, size_t n, uint64_t seed) {
    const unsigned char *p = s;
    uint64_t h = 0xcbf29ce484222325ull ^ seed;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return h;
}

int dn_error(dener_error *err, int code, size_t line, size_t pos, const char *fmt, ...) {
    if (err) {
        err->code = code;
        err->line = line;
        err->pos = pos;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

int32_t dn_u8_next(const char *s, size_t *i, size_t n, bool *bad) {
    const uint8_t *u = (const uint8_t *)s;
    if (u[*i] < 0x80) return u[(*i)++];
    /* ICU's macro works on int32_t indexes; texts are limited well below 2 GiB per call
     * segment, so work on a window. */
    int32_t j = 0;
    size_t rest = n - *i;
    int32_t len = rest > 8 ? 8 : (int32_t)rest;
    UChar32 c;
    U8_NEXT(u + *i, j, len, c);
    *i += (size_t)j;
    if (c < 0) {
        if (bad) *bad = true;
        return 0xFFFD;
    }
    return c;
}

#if defined(DN_HAVE_READ24)
#define R24_C(n, k) ((n) > 8 * (k) + 8 ? 8 : (n) > 8 * (k) ? (n) - 8 * (k) : 0) /* bytes of word k */
#define R24_M(c) (((1ull << (4 * (c))) << (4 * (c))) - 1) /* (c = 8: all ones) */
#define R24(n)                                                                                          \
    {{R24_M(R24_C(n, 0)), R24_M(R24_C(n, 1)), R24_M(R24_C(n, 2))},                                     \
     {(n) > 0 ? ~0ull : 0, (n) > 8 ? ~0ull : 0, (n) > 16 ? ~0ull : 0},                                  \
     {(n) >= 8 ? ~0ull : 0, (n) >= 16 ? ~0ull : 0, (n) >= 24 ? ~0ull : 0},                                \
     R24_M((n) > 22 ? 8 : (n) > 14 ? (n) - 14 : 0)}
const dn_r24 dn_r24_tab[25] = {R24(0),  R24(1),  R24(2),  R24(3),  R24(4),  R24(5),  R24(6),  R24(7),  R24(8),
                               R24(9),  R24(10), R24(11), R24(12), R24(13), R24(14), R24(15), R24(16), R24(17),
                               R24(18), R24(19), R24(20), R24(21), R24(22), R24(23), R24(24)};
#endif
