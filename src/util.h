/* util.h - internal helpers shared by every stage: allocation through the caller's hooks,
 * growable buffers, an append-only string pool, hashing and error filling. */
#ifndef DENER_UTIL_H
#define DENER_UTIL_H

#include "dener.h"
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct dn_alloc {
    dener_alloc hooks;
} dn_alloc;

void dn_alloc_init(dn_alloc *a, const dener_alloc *hooks);
void *dn_malloc(const dn_alloc *a, size_t n);
/* A table of n bytes that is read at random (the tokenizer's word cache), on a 64-byte boundary;
 * *mem gets what dn_free takes (NULL and NULL if memory runs out). With the default allocator on
 * Linux, a table of 1 MiB or more lies on a 2 MiB boundary and is advised into huge pages
 * (MADV_HUGEPAGE), so that its random reads need one TLB entry per 2 MiB instead of per 4 KiB. */
void *dn_malloc_table(const dn_alloc *a, size_t n, void **mem);
void *dn_calloc(const dn_alloc *a, size_t n, size_t size);
void *dn_realloc(const dn_alloc *a, void *p, size_t n);
void dn_free(const dn_alloc *a, void *p);

/* Grows *arr (element size elsz, capacity *cap) so that it holds at least need elements.
 * Returns false if memory runs out (the array is then unchanged). */
bool dn_grow(const dn_alloc *a, void **arr, size_t *cap, size_t need, size_t elsz);
/* (the common case, room enough, without a call; need is evaluated twice and must have no side
 * effects) */
#define DN_GROW(a, arr, cap, need) \
    ((size_t)(need) <= (cap) || dn_grow((a), (void **)&(arr), &(cap), (need), sizeof(*(arr))))

/* Byte buffer. */
typedef struct dn_buf {
    char *p;
    size_t len, cap;
    bool oom; /* set once an append failed; later appends are ignored */
} dn_buf;
void dn_buf_put(const dn_alloc *a, dn_buf *b, const void *s, size_t n);
void dn_buf_puts(const dn_alloc *a, dn_buf *b, const char *s);
void dn_buf_putc(const dn_alloc *a, dn_buf *b, char c);
void dn_buf_printf(const dn_alloc *a, dn_buf *b, const char *fmt, ...);
void dn_buf_free(const dn_alloc *a, dn_buf *b);

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* The eight bytes s[i .. i + 8) as a little-endian word; near the end (i + 8 > n, i < n) the bytes
 * s[i .. n) in its low bytes (the bytes above are 0), read as the last eight bytes s[n - 8 .. n),
 * which must be readable (for the eight-bytes-at-a-time loops over keys and words). */
static inline uint64_t dn_load8_tail(const char *s, size_t n, size_t i) {
    uint64_t x;
    if (i + 8 <= n) {
        memcpy(&x, s + i, 8);
    } else {
        memcpy(&x, s + n - 8, 8);
        x >>= 8 * (8 - (n - i));
    }
    return x;
}
#endif

/* Whether a[0..n-1] == b[0..n-1], for n <= 24, by (overlapping) loads of 8, 4 or 2 bytes that
 * stay within the n bytes (for the short keys of the caches and the trie). */
static inline bool dn_eq24(const char *a, const char *b, size_t n) {
    if (n >= 8) {
        uint64_t x, y, x2, y2;
        memcpy(&x, a, 8), memcpy(&y, b, 8);
        memcpy(&x2, a + n - 8, 8), memcpy(&y2, b + n - 8, 8);
        uint64_t d = (x ^ y) | (x2 ^ y2);
        if (n > 16) {
            memcpy(&x, a + 8, 8), memcpy(&y, b + 8, 8);
            d |= x ^ y;
        }
        return d == 0;
    }
    if (n >= 4) {
        uint32_t u, v, u2, v2;
        memcpy(&u, a, 4), memcpy(&v, b, 4);
        memcpy(&u2, a + n - 4, 4), memcpy(&v2, b + n - 4, 4);
        return ((u ^ v) | (u2 ^ v2)) == 0;
    }
    if (n >= 2) {
        uint16_t u, v, u2, v2;
        memcpy(&u, a, 2), memcpy(&v, b, 2);
        memcpy(&u2, a + n - 2, 2), memcpy(&v2, b + n - 2, 2);
        return ((u ^ v) | (u2 ^ v2)) == 0;
    }
    return n == 0 || a[0] == b[0];
}

/* 64-bit FNV-1a style hash (with a final mix). */
uint64_t dn_hash(const void *s, size_t n, uint64_t seed);
/* A faster hash of the same bytes, eight at a time, for the hash tables on hot paths (trie edges,
 * token forms, text chunks). The value depends on the byte order of the machine. */
static inline uint64_t dn_hash_words(const void *s, size_t n, uint64_t seed) {
    const unsigned char *p = s;
    uint64_t h = (seed + 1) * 0x9E3779B97F4A7C15ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    if (i < n) {
        uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* the same value as the copy below, by loads of fixed size (overlapping bytes land on the
         * same bits): after a word, the last k bytes of the eight that end the key */
        size_t k = n - i;
        if (i) {
            w = dn_load8_tail((const char *)p, n, i);
        } else if (k >= 4) {
            uint32_t lo, hi;
            memcpy(&lo, p + i, 4);
            memcpy(&hi, p + n - 4, 4);
            w = lo | (uint64_t)hi << (8 * (k - 4));
        } else {
            w = p[i] | (uint64_t)p[i + k / 2] << (8 * (k / 2)) | (uint64_t)p[n - 1] << (8 * (k - 1));
        }
#else
        memcpy(&w, p + i, n - i);
#endif
        h = (h ^ w) * 0xff51afd7ed558ccdull;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return h;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define DN_HAVE_READ24 1
/* For short keys where the 24 bytes s[0 .. 24) may be read (a key of n <= 24 bytes with more text
 * after it): the same results as dn_hash_words and dn_eq24, without a branch on n (whose length
 * classes the processor mispredicts from one word to the next). Word k of the 24 bytes holds
 * c_k = min(max(n - 8k, 0), 8) bytes of the key, the others are masked off. */
/* Per key length n <= 24: the masks of its bytes in the three words, and of the rounds of
 * dn_hash_words that it takes (use) and that end with the shift (sh, the rounds of full words):
 * table-driven, so that nothing branches on n (util.c). */
typedef struct dn_r24 {
    uint64_t m[3], use[3], sh[3];
    uint64_t m14; /* the mask of its bytes in the word at byte 14 (dn_eq22_read22) */
} dn_r24;
extern const dn_r24 dn_r24_tab[25];
/* dn_hash_words(s, n, seed) for n <= 24, s[0 .. 24) readable. */
static inline uint64_t dn_hash_words24(const void *s, size_t n, uint64_t seed) {
    const char *p = s;
    const dn_r24 *r = &dn_r24_tab[n];
    uint64_t w0, w1, w2;
    memcpy(&w0, p, 8), memcpy(&w1, p + 8, 8), memcpy(&w2, p + 16, 8);
    uint64_t h = (seed + 1) * 0x9E3779B97F4A7C15ull ^ n, a;
    a = (h ^ (w0 & r->m[0])) * 0xff51afd7ed558ccdull;
    a ^= (a >> 32) & r->sh[0];
    h = (a & r->use[0]) | (h & ~r->use[0]);
    a = (h ^ (w1 & r->m[1])) * 0xff51afd7ed558ccdull;
    a ^= (a >> 32) & r->sh[1];
    h = (a & r->use[1]) | (h & ~r->use[1]);
    a = (h ^ (w2 & r->m[2])) * 0xff51afd7ed558ccdull;
    a ^= (a >> 32) & r->sh[2];
    h = (a & r->use[2]) | (h & ~r->use[2]);
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return h;
}
/* dn_eq24(a, b, n) for n <= 24, a[0 .. 24) and b[0 .. 24) readable. */
static inline bool dn_eq24_read24(const char *a, const char *b, size_t n) {
    const dn_r24 *r = &dn_r24_tab[n];
    uint64_t x0, x1, x2, y0, y1, y2;
    memcpy(&x0, a, 8), memcpy(&x1, a + 8, 8), memcpy(&x2, a + 16, 8);
    memcpy(&y0, b, 8), memcpy(&y1, b + 8, 8), memcpy(&y2, b + 16, 8);
    return (((x0 ^ y0) & r->m[0]) | ((x1 ^ y1) & r->m[1]) | ((x2 ^ y2) & r->m[2])) == 0;
}
/* dn_eq24(a, b, n) for n <= 22, a[0 .. 22) and b[0 .. 22) readable (the words at 0, 8 and 14). */
static inline bool dn_eq22_read22(const char *a, const char *b, size_t n) {
    const dn_r24 *r = &dn_r24_tab[n];
    uint64_t x0, x1, x2, y0, y1, y2;
    memcpy(&x0, a, 8), memcpy(&x1, a + 8, 8), memcpy(&x2, a + 14, 8);
    memcpy(&y0, b, 8), memcpy(&y1, b + 8, 8), memcpy(&y2, b + 14, 8);
    return (((x0 ^ y0) & r->m[0]) | ((x1 ^ y1) & r->m[1]) | ((x2 ^ y2) & r->m14)) == 0;
}
#endif

/* Fills err (if not NULL) and returns code. */
int dn_error(dener_error *err, int code, size_t line, size_t pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Decodes one code point at s[*i] (i < n), advancing *i. Ill-formed sequences give 0xFFFD and
 * advance over the maximal ill-formed subpart (ICU's U8_NEXT semantics); *bad is set to true. */
int32_t dn_u8_next(const char *s, size_t *i, size_t n, bool *bad);

#endif
