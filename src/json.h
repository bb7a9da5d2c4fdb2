/* json.h - stage 5: JSON output (one object per document). */
#ifndef DENER_JSON_H
#define DENER_JSON_H

#include "util.h"

/* Appends s[0..n-1] as a JSON string literal; invalid UTF-8 becomes \ufffd, control characters
 * and U+2028/U+2029 are escaped, everything else is written as UTF-8. */
void dn_json_string(const dn_alloc *a, dn_buf *b, const char *s, size_t n);

/* Appends {"id": ..., "entities": [...]} for ents[0..n-1]. id_json: raw JSON or NULL. */
void dn_json_doc(const dn_alloc *a, dn_buf *b, const char *id_json, const dener_entity *ents, size_t n, unsigned flags);

#endif
