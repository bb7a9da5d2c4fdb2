/* json.h - stage 5: JSON output (one object per document). */
#ifndef DENER_JSON_H
#define DENER_JSON_H

#include "util.h"

/* Appends s[0..n-1] as a JSON string literal; invalid UTF-8 becomes \ufffd, control characters
 * and U+2028/U+2029 are escaped, everything else is written as UTF-8. */
void dn_json_string(const dn_alloc *a, dn_buf *b, const char *s, size_t n);

/* Appends {"id": ..., "entities": [...]} for ents[0..n-1]. id_json: raw JSON or NULL. */
void dn_json_doc(const dn_alloc *a, dn_buf *b, const char *id_json, const dener_entity *ents, size_t n, unsigned flags);

/* The JSON of the last sources written (a few rule and lexicon names recur in every document), by
 * their pointer (direct-mapped): kept by a dener_doc from one document to the next, for sources
 * that stay where they are (the model's pool). Zeroed: empty. */
#define DN_JSON_SRC_SLOTS 64
typedef struct dn_json_cache {
    struct dn_json_src { const char *p; uint32_t off, len; } slot[DN_JSON_SRC_SLOTS];
    dn_buf esc; /* the JSON strings, back to back */
} dn_json_cache;

/* dn_json_doc with the cache c (the compact form uses it). */
void dn_json_doc_cached(const dn_alloc *a, dn_buf *b, dn_json_cache *c, const char *id_json, const dener_entity *ents,
                        size_t n, unsigned flags);

#endif
