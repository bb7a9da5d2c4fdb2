/* lexbin.c - stage 2a': the compiled lexicon image (see lexbin.h).
 *
 * File layout (native byte order; the header says which, and the loader only takes its own):
 *
 *     lb_header                       magic "DENERLEX", format version, byte-order mark, header
 *                                     size, a layout value (sizes and field offsets of the
 *                                     mapped structs), ICU version, file size, fingerprint of
 *                                     the .lex files, the counts and scalars of the model, the
 *                                     section table and a checksum of the whole file
 *     sections, each at an offset that is a multiple of 64:
 *       S_FILES    lb_file[nlex]      per source .lex file: size, content hash, name
 *       S_NAMES    char[]             NUL-terminated file and class names
 *       S_POOL     char[pool_len]     the string pool (copied to the heap at load)
 *       S_NODES    dn_node[nnodes]
 *       S_EBUCKETS dn_ebucket[nebuckets] the edge hash table as the text loader built it (the
 *                                     edges themselves are in the nodes)
 *       S_ENTRIES  dn_entry[nentries]
 *       S_CLASSES  uint32_t[nclasses] offsets of the class names in S_NAMES
 *       S_HANDLES  handle slots[handles_cap] (handles.c's index, opaque here)
 *       S_HKEYS    char[handle_keys_len]
 *       S_MNBITS   uint8_t[nnodes / 4 + 1]  the matcher's 2 bits per node (match.c, dn_match_prepare)
 *       S_MBLOOM   uint64_t[2^k]      the matcher's filter of the trie's edges (match.c; its hashing
 *                                     is part of the format: a change needs a new version)
 *       S_RBLOOM   uint64_t[2^k]      the filter of the edges that leave the root (lexicon.c,
 *                                     model.h root_bloom; its hashing is part of the format too)
 *
 * The arrays are exactly those the text loader builds (same order, same hash table layout), so
 * a model from the image behaves byte for byte like one from text. The loader checks everything
 * in the header (bounds, alignment, counts against section sizes, class ids, pool termination)
 * and a checksum over the whole file, so a truncated or damaged image is refused; the elements
 * of the arrays are not validated one by one (the checksum vouches for them). */
#define _GNU_SOURCE /* MAP_POPULATE */
#include "lexbin.h"
#include "handles.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unicode/uversion.h>
#include <unistd.h>

enum { S_FILES, S_NAMES, S_POOL, S_NODES, S_EBUCKETS, S_ENTRIES, S_CLASSES, S_HANDLES, S_HKEYS, S_MNBITS, S_MBLOOM, S_RBLOOM, NSEC };
enum { C_ABBREV, C_COMMONNOUN, C_STOPWORD, C_FIRSTNAME, C_SURNAME, C_ORGSUFFIX, C_DEMONYM, C_HANDLESUFFIX, C_HANDLEHEAD, NCLS };

#define LB_MAGIC "DENERLEX"
#define LB_BYTE_ORDER 0x01020304u
#define LB_ALIGN 64u

typedef struct lb_file {
    uint64_t size, hash;    /* of the file's content */
    uint32_t name, namelen; /* base name in S_NAMES */
} lb_file;

typedef struct lb_header {
    char magic[8];
    uint32_t version, byte_order, header_size, layout;
    uint8_t icu[4]; /* U_ICU_VERSION of the library that compiled it (tokenizing and case folding) */
    uint32_t nlex;  /* source .lex files */
    uint64_t file_size;
    uint64_t fingerprint; /* of the source files: names, sizes, content hashes */
    uint64_t pool_len, nnodes, nebuckets, nedges, nentries, max_keylen, handles_cap, nhandles, handle_keys_len;
    int32_t nclasses;
    int32_t cls[NCLS]; /* the model's class ids, -1 if absent */
    uint32_t src[3];   /* src_link, src_abbrev, src_handle */
    uint32_t reserved;
    struct { uint64_t off, len; } sec[NSEC];
    uint64_t checksum; /* of the whole file but this field; last */
} lb_header;
_Static_assert(sizeof(lb_header) == 376, "lb_header has no padding");
_Static_assert(sizeof(lb_file) == 24, "lb_file has no padding");

/* ------------------------------------------------------------------ hashing */

#define P1 0x9E3779B185EBCA87ull
#define P2 0xC2B2AE3D27D4EB4Full
#define P3 0x165667B19E3779F9ull
#define P4 0x85EBCA77C2B2AE63ull
#define P5 0x27D4EB2F165667C5ull

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
static inline uint64_t rd64(const unsigned char *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline uint32_t rd32(const unsigned char *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint64_t xround(uint64_t acc, uint64_t in) { return rotl64(acc + in * P2, 31) * P1; }
static inline uint64_t xmerge(uint64_t h, uint64_t v) { return (h ^ xround(0, v)) * P1 + P4; }

/* XXH64's algorithm: four independent lanes over 32-byte stripes, about 8 bytes per cycle. */
uint64_t dn_lexbin_hash(const void *data, size_t n, uint64_t seed) {
    const unsigned char *p = data, *end = p + n;
    uint64_t h;
    if (n >= 32) {
        uint64_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
        for (const unsigned char *lim = end - 32; p <= lim; p += 32) {
            v1 = xround(v1, rd64(p));
            v2 = xround(v2, rd64(p + 8));
            v3 = xround(v3, rd64(p + 16));
            v4 = xround(v4, rd64(p + 24));
        }
        h = rotl64(v1, 1) + rotl64(v2, 7) + rotl64(v3, 12) + rotl64(v4, 18);
        h = xmerge(h, v1);
        h = xmerge(h, v2);
        h = xmerge(h, v3);
        h = xmerge(h, v4);
    } else {
        h = seed + P5;
    }
    h += (uint64_t)n;
    for (; p + 8 <= end; p += 8) h = rotl64(h ^ xround(0, rd64(p)), 27) * P1 + P4;
    if (p + 4 <= end) {
        h = rotl64(h ^ (rd32(p) * P1), 23) * P2 + P3;
        p += 4;
    }
    for (; p < end; p++) h = rotl64(h ^ (*p * P5), 11) * P1;
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    h ^= h >> 32;
    return h;
}

/* Bytes of one slot of the handle index (its struct is private to handles.c). */
static size_t handle_slot_size(void) {
    dener_model tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.handles_cap = 1;
    return dn_handles_bytes(&tmp);
}

/* A value that changes with the sizes and field offsets of the mapped structs. */
static uint32_t layout_value(void) {
    const uint64_t v[] = {
        sizeof(dn_node), offsetof(dn_node, first), offsetof(dn_node, ent_mask), offsetof(dn_node, nchildren),
        offsetof(dn_node, class_mask), offsetof(dn_node, class_cap), offsetof(dn_node, class_prefix),
        offsetof(dn_node, parent), offsetof(dn_node, child), offsetof(dn_node, key), offsetof(dn_node, keylen),
        offsetof(dn_node, kin), DN_NODE_KEY, sizeof(dn_ebucket), offsetof(dn_ebucket, hash), offsetof(dn_ebucket, child),
        DN_EBUCKET_SLOTS,
        sizeof(dn_entry), offsetof(dn_entry, next), offsetof(dn_entry, kind), offsetof(dn_entry, flags),
        offsetof(dn_entry, minor), offsetof(dn_entry, canonical), offsetof(dn_entry, source), offsetof(dn_entry, value),
        handle_slot_size(), DN_MAX_CLASSES, DN_KIND_CLASS0, DN_ENT_NEED_CAP, DN_ENT_CTX_ALWAYS, DN_ENT_CTX_CLASS,
        sizeof(lb_header), sizeof(lb_file), sizeof(void *)};
    return (uint32_t)dn_lexbin_hash(v, sizeof v, 0);
}

/* Checksum of an image: everything but the checksum field. */
static uint64_t image_checksum(const unsigned char *p, size_t n) {
    size_t at = offsetof(lb_header, checksum);
    uint64_t h = dn_lexbin_hash(p, at, 0);
    return dn_lexbin_hash(p + at + 8, n - at - 8, h);
}

static uint64_t fingerprint(const lb_file *files, size_t n, const char *names) {
    uint64_t h = n;
    for (size_t i = 0; i < n; i++) {
        h = dn_lexbin_hash(names + files[i].name, files[i].namelen, h);
        h = dn_lexbin_hash(&files[i].size, 16, h);
    }
    return h;
}

static const char *base_name(const char *path) {
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

/* ------------------------------------------------------------------ writing */

static size_t align_up(size_t n) { return (n + LB_ALIGN - 1) & ~(size_t)(LB_ALIGN - 1); }

int dn_lexbin_write(const dener_model *m, const dn_lexbin_src *srcs, size_t n, const char *path, dener_error *err) {
    const dn_alloc *a = &m->alloc;
    if (n > UINT32_MAX) return dn_error(err, DENER_ERR_IO, 0, 0, "%s: too many files", path);
    if (!m->match_nbits || !m->match_bloom || !m->root_bloom)
        return dn_error(err, DENER_ERR_IO, 0, 0, "%s: no matcher filter", path);
    lb_file *files = dn_calloc(a, n + 1, sizeof *files);
    uint32_t cls_off[DN_MAX_CLASSES];
    dn_buf names = {0};
    dn_buf_put(a, &names, "", 0);
    for (size_t i = 0; files && i < n; i++) {
        const char *b = base_name(srcs[i].name);
        files[i].size = srcs[i].len;
        files[i].hash = dn_lexbin_hash(srcs[i].data, srcs[i].len, 0);
        files[i].name = (uint32_t)names.len;
        files[i].namelen = (uint32_t)strlen(b);
        dn_buf_put(a, &names, b, strlen(b) + 1);
    }
    for (int i = 0; i < m->nclasses; i++) {
        cls_off[i] = (uint32_t)names.len;
        dn_buf_put(a, &names, m->class_names[i], strlen(m->class_names[i]) + 1);
    }
    if (!files || names.oom) {
        dn_free(a, files);
        dn_buf_free(a, &names);
        return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    }

    lb_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, LB_MAGIC, 8);
    h.version = DN_LEXBIN_VERSION;
    h.byte_order = LB_BYTE_ORDER;
    h.header_size = sizeof h;
    h.layout = layout_value();
    u_getVersion(h.icu);
    h.nlex = (uint32_t)n;
    h.fingerprint = fingerprint(files, n, names.p);
    h.pool_len = m->pool_len;
    h.nnodes = m->nnodes;
    h.nebuckets = m->nebuckets;
    h.nedges = m->nedges;
    h.nentries = m->nentries;
    h.max_keylen = m->max_keylen;
    h.handles_cap = m->handles_cap;
    h.nhandles = m->nhandles;
    h.handle_keys_len = m->handle_keys_len;
    h.nclasses = m->nclasses;
    const int ids[NCLS] = {m->cls_abbrev,  m->cls_commonnoun, m->cls_stopword,     m->cls_firstname, m->cls_surname,
                           m->cls_orgsuffix, m->cls_demonym,  m->cls_handlesuffix, m->cls_handlehead};
    for (int i = 0; i < NCLS; i++) h.cls[i] = ids[i];
    h.src[0] = m->src_link;
    h.src[1] = m->src_abbrev;
    h.src[2] = m->src_handle;
    const void *sp[NSEC] = {files,        names.p,  m->pool,          m->nodes,        m->ebuckets, m->entries,
                            cls_off,      m->handles, m->handle_keys, m->match_nbits, m->match_bloom, m->root_bloom};
    const size_t sl[NSEC] = {n * sizeof *files,
                             names.len,
                             m->pool_len,
                             m->nnodes * sizeof(dn_node),
                             m->nebuckets * sizeof(dn_ebucket),
                             m->nentries * sizeof(dn_entry),
                             (size_t)m->nclasses * sizeof(uint32_t),
                             m->handles_cap * handle_slot_size(),
                             m->handle_keys_len,
                             m->nnodes / 4 + 1,
                             (m->match_bloom_mask + 1) * sizeof(uint64_t),
                             (m->root_bloom_mask + 1) * sizeof(uint64_t)};
    size_t off = align_up(sizeof h);
    for (int s = 0; s < NSEC; s++) {
        h.sec[s].off = off;
        h.sec[s].len = sl[s];
        off = align_up(off + sl[s]);
    }
    h.file_size = off;
    unsigned char *img = dn_calloc(a, 1, off);
    if (!img) {
        dn_free(a, files);
        dn_buf_free(a, &names);
        return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    }
    for (int s = 0; s < NSEC; s++)
        if (sl[s]) memcpy(img + h.sec[s].off, sp[s], sl[s]);
    memcpy(img, &h, sizeof h);
    h.checksum = image_checksum(img, off);
    memcpy(img + offsetof(lb_header, checksum), &h.checksum, 8);
    dn_free(a, files);
    dn_buf_free(a, &names);

    /* a temporary file renamed into place: a reader never sees half an image */
    size_t pl = strlen(path);
    char *tmp = dn_malloc(a, pl + 32);
    if (!tmp) {
        dn_free(a, img);
        return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    }
    snprintf(tmp, pl + 32, "%s.tmp%ld", path, (long)getpid());
    int rc = DENER_OK;
    FILE *f = fopen(tmp, "wb");
    if (!f) rc = dn_error(err, DENER_ERR_IO, 0, 0, "%s: %s", tmp, strerror(errno));
    else {
        bool ok = fwrite(img, 1, off, f) == off;
        ok = (fclose(f) == 0) && ok;
        if (!ok) rc = dn_error(err, DENER_ERR_IO, 0, 0, "%s: write error", tmp);
        else if (rename(tmp, path) != 0) rc = dn_error(err, DENER_ERR_IO, 0, 0, "%s: %s", path, strerror(errno));
        if (rc) remove(tmp);
    }
    dn_free(a, tmp);
    dn_free(a, img);
    return rc;
}

/* ------------------------------------------------------------------ loading */

static bool is_pow2(uint64_t v) { return v && !(v & (v - 1)); }

/* Section s is in the file, aligned and n elements of size el long. */
static bool sec_ok(const lb_header *h, int s, uint64_t n, size_t el) {
    uint64_t off = h->sec[s].off, len = h->sec[s].len;
    if (off % LB_ALIGN || off < sizeof *h || off > h->file_size || len > h->file_size - off) return false;
    return el == 0 || (n <= UINT64_MAX / el && len == n * el);
}

/* The header's checks (everything but the files and the checksum): NULL if fine, else why not. */
static const char *check_header(const lb_header *h, size_t size) {
    if (memcmp(h->magic, LB_MAGIC, 8) != 0) return "not an image (magic)";
    if (h->byte_order != LB_BYTE_ORDER) return "other byte order";
    if (h->version != DN_LEXBIN_VERSION) return "other format version";
    if (h->header_size != sizeof *h || h->layout != layout_value()) return "other layout";
    UVersionInfo icu;
    u_getVersion(icu);
    if (memcmp(h->icu, icu, sizeof h->icu) != 0) return "other ICU version";
    if (h->file_size != size) return "truncated or extended";
    if (!sec_ok(h, S_FILES, h->nlex, sizeof(lb_file)) || !sec_ok(h, S_NAMES, 0, 0) || !sec_ok(h, S_POOL, h->pool_len, 1) ||
        !sec_ok(h, S_NODES, h->nnodes, sizeof(dn_node)) || !sec_ok(h, S_EBUCKETS, h->nebuckets, sizeof(dn_ebucket)) ||
        !sec_ok(h, S_ENTRIES, h->nentries, sizeof(dn_entry)) ||
        !sec_ok(h, S_CLASSES, h->nclasses >= 0 ? (uint64_t)h->nclasses : UINT64_MAX, sizeof(uint32_t)) ||
        !sec_ok(h, S_HANDLES, h->handles_cap, handle_slot_size()) || !sec_ok(h, S_HKEYS, h->handle_keys_len, 1) ||
        !sec_ok(h, S_MNBITS, h->nnodes / 4 + 1, 1) || !sec_ok(h, S_MBLOOM, 0, 0) || h->sec[S_MBLOOM].len % 8 ||
        !is_pow2(h->sec[S_MBLOOM].len / 8) || !sec_ok(h, S_RBLOOM, 0, 0) || h->sec[S_RBLOOM].len % 8 ||
        !is_pow2(h->sec[S_RBLOOM].len / 8))
        return "bad section table";
    if (h->pool_len == 0 || h->pool_len >= UINT32_MAX || h->nnodes == 0 || h->nnodes > UINT32_MAX ||
        h->nentries >= UINT32_MAX || !is_pow2(h->nebuckets) || h->nedges >= h->nebuckets * DN_EBUCKET_SLOTS || h->nedges + 1 != h->nnodes ||
        (h->handles_cap && (!is_pow2(h->handles_cap) || h->nhandles >= h->handles_cap)) || h->handle_keys_len > UINT32_MAX ||
        h->nclasses < 0 || h->nclasses > DN_MAX_CLASSES || h->sec[S_NAMES].len == 0)
        return "bad counts";
    for (int i = 0; i < NCLS; i++)
        if (h->cls[i] < -1 || h->cls[i] >= h->nclasses) return "bad class id";
    for (int i = 0; i < 3; i++)
        if (h->src[i] >= h->pool_len) return "bad source string";
    const char *base = (const char *)h;
    const char *pool = base + h->sec[S_POOL].off, *names = base + h->sec[S_NAMES].off;
    size_t nlen = h->sec[S_NAMES].len;
    if (pool[0] != 0 || pool[h->pool_len - 1] != 0 || names[nlen - 1] != 0) return "bad string table";
    const lb_file *f = (const lb_file *)(const void *)(base + h->sec[S_FILES].off);
    for (size_t i = 0; i < h->nlex; i++)
        if (f[i].name >= nlen || f[i].namelen >= nlen - f[i].name || names[f[i].name + f[i].namelen] != 0)
            return "bad file table";
    const uint32_t *co = (const uint32_t *)(const void *)(base + h->sec[S_CLASSES].off);
    for (int i = 0; i < h->nclasses; i++)
        if (co[i] >= nlen) return "bad class table";
    if (fingerprint(f, h->nlex, names) != h->fingerprint) return "bad fingerprint";
    return NULL;
}

/* The hash of a file's content, its size checked first. False if it cannot be read or its size
 * differs. */
static bool file_hash(const char *path, uint64_t size, uint64_t *hash) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat sb;
    bool ok = fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && (uint64_t)sb.st_size == size;
    if (ok && size == 0) *hash = dn_lexbin_hash("", 0, 0);
    else if (ok) {
        void *p = mmap(NULL, (size_t)size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) ok = false;
        else {
            *hash = dn_lexbin_hash(p, (size_t)size, 0);
            munmap(p, (size_t)size);
        }
    }
    close(fd);
    return ok;
}

/* The source files: the same names in the same order, the same sizes and contents. */
static const char *check_files(const lb_header *h, char *const *lex_paths, size_t n) {
    if (h->nlex != n) return "stale (other number of .lex files)";
    const char *base = (const char *)h;
    const lb_file *f = (const lb_file *)(const void *)(base + h->sec[S_FILES].off);
    const char *names = base + h->sec[S_NAMES].off;
    for (size_t i = 0; i < n; i++) { /* names and sizes first: no file is read when one differs */
        const char *b = base_name(lex_paths[i]);
        if (strlen(b) != f[i].namelen || memcmp(b, names + f[i].name, f[i].namelen) != 0) return "stale (other .lex files)";
        struct stat sb;
        if (stat(lex_paths[i], &sb) != 0 || (uint64_t)sb.st_size != f[i].size) return "stale (a .lex file changed size)";
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t hv;
        if (!file_hash(lex_paths[i], f[i].size, &hv)) return "stale (a .lex file cannot be read or changed size)";
        if (hv != f[i].hash) return "stale (a .lex file changed)";
    }
    return NULL;
}

int dn_lexbin_load(dener_model *m, const char *path, char *const *lex_paths, size_t n, const char **why,
                   dener_error *err) {
    const char *dummy;
    if (!why) why = &dummy;
    *why = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *why = "no image";
        return 0;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size < (off_t)sizeof(lb_header) ||
        (uint64_t)sb.st_size > SIZE_MAX) {
        close(fd);
        *why = "truncated";
        return 0;
    }
    size_t size = (size_t)sb.st_size;
    /* populated at once: the checksum reads every page anyway */
    void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        *why = "cannot map";
        return 0;
    }
    const lb_header *h = map;
    const unsigned char *base = map;
    *why = check_header(h, size);
    if (!*why) *why = check_files(h, lex_paths, n);
    if (!*why && image_checksum(base, size) != h->checksum) *why = "corrupt (checksum)";
    if (*why) {
        munmap(map, size);
        return 0;
    }
    /* the pool on the heap: the rules add their strings to it */
    size_t cap = (size_t)h->pool_len + (size_t)h->pool_len / 8 + 65536;
    char *pool = dn_malloc(&m->alloc, cap);
    if (!pool) {
        munmap(map, size);
        return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    }
    memcpy(pool, base + h->sec[S_POOL].off, (size_t)h->pool_len);
    m->pool = pool;
    m->pool_len = (size_t)h->pool_len;
    m->pool_cap = cap;
    /* the arrays stay in the mapping; the model never writes to them after loading */
    m->nodes = (dn_node *)(uintptr_t)(base + h->sec[S_NODES].off);
    m->nnodes = m->nodes_cap = (size_t)h->nnodes;
    m->edges = m->nodes;
    m->edges_cap = m->nnodes;
    m->ebuckets = (dn_ebucket *)(uintptr_t)(base + h->sec[S_EBUCKETS].off);
    m->nebuckets = (size_t)h->nebuckets;
    m->nedges = (size_t)h->nedges;
    m->max_keylen = (size_t)h->max_keylen;
    m->entries = (dn_entry *)(uintptr_t)(base + h->sec[S_ENTRIES].off);
    m->nentries = m->entries_cap = (size_t)h->nentries;
    const char *names = (const char *)base + h->sec[S_NAMES].off;
    const uint32_t *co = (const uint32_t *)(const void *)(base + h->sec[S_CLASSES].off);
    for (int i = 0; i < h->nclasses; i++) m->class_names[i] = (char *)(uintptr_t)(names + co[i]);
    m->nclasses = m->image_nclasses = h->nclasses;
    m->cls_abbrev = h->cls[C_ABBREV];
    m->cls_commonnoun = h->cls[C_COMMONNOUN];
    m->cls_stopword = h->cls[C_STOPWORD];
    m->cls_firstname = h->cls[C_FIRSTNAME];
    m->cls_surname = h->cls[C_SURNAME];
    m->cls_orgsuffix = h->cls[C_ORGSUFFIX];
    m->cls_demonym = h->cls[C_DEMONYM];
    m->cls_handlesuffix = h->cls[C_HANDLESUFFIX];
    m->cls_handlehead = h->cls[C_HANDLEHEAD];
    m->handles = h->handles_cap ? (struct dn_handle_slot *)(uintptr_t)(base + h->sec[S_HANDLES].off) : NULL;
    m->handles_cap = (size_t)h->handles_cap;
    m->nhandles = (size_t)h->nhandles;
    m->handle_keys = h->handle_keys_len ? (char *)(uintptr_t)(base + h->sec[S_HKEYS].off) : NULL;
    m->handle_keys_len = m->handle_keys_cap = (size_t)h->handle_keys_len;
    m->match_nbits = (uint8_t *)(uintptr_t)(base + h->sec[S_MNBITS].off);
    m->match_bloom = (uint64_t *)(uintptr_t)(base + h->sec[S_MBLOOM].off);
    m->match_bloom_mask = (size_t)(h->sec[S_MBLOOM].len / 8) - 1;
    m->root_bloom = (uint64_t *)(uintptr_t)(base + h->sec[S_RBLOOM].off);
    m->root_bloom_mask = (size_t)(h->sec[S_RBLOOM].len / 8) - 1;
    m->src_link = h->src[0];
    m->src_abbrev = h->src[1];
    m->src_handle = h->src[2];
    m->nfiles += h->nlex;
    m->image = map;
    m->image_len = size;
    return 1;
}

void dn_lexbin_unmap(dener_model *m) {
    if (!m->image) return;
    munmap((void *)(uintptr_t)m->image, m->image_len);
    m->image = NULL;
    m->image_len = 0;
    m->nodes = NULL;
    m->edges = NULL;
    m->ebuckets = NULL;
    m->entries = NULL;
    m->handles = NULL;
    m->handle_keys = NULL;
    m->match_nbits = NULL;
    m->match_bloom = NULL;
    m->match_bloom_mask = 0;
    m->root_bloom = NULL;
    m->root_bloom_mask = 0;
    for (int i = 0; i < m->image_nclasses; i++) m->class_names[i] = NULL;
    m->nnodes = m->nodes_cap = m->edges_cap = m->nebuckets = m->nedges = m->nentries = m->entries_cap = 0;
    m->handles_cap = m->nhandles = m->handle_keys_len = m->handle_keys_cap = 0;
    m->image_nclasses = 0;
}
