/* json.c - stage 5: JSON output. Hand-written because the schema is fixed and small: one object
 * per document, entities in text order, strings escaped per RFC 8259. */
#include "json.h"

#include <stdio.h>
#include <string.h>

void dn_json_string(const dn_alloc *a, dn_buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    dn_buf_putc(a, b, '"');
    size_t run = 0; /* start of a run of bytes that need no escaping */
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            i++;
            continue;
        }
        if (c >= 0x80) {
            size_t j = i;
            bool bad = false;
            int32_t cp = dn_u8_next(s, &j, n, &bad);
            if (!bad && cp != 0x2028 && cp != 0x2029) {
                i = j;
                continue;
            }
            dn_buf_put(a, b, s + run, i - run);
            dn_buf_puts(a, b, bad ? "\\ufffd" : (cp == 0x2028 ? "\\u2028" : "\\u2029"));
            i = j;
            run = i;
            continue;
        }
        dn_buf_put(a, b, s + run, i - run);
        switch (c) {
        case '"': dn_buf_puts(a, b, "\\\""); break;
        case '\\': dn_buf_puts(a, b, "\\\\"); break;
        case '\n': dn_buf_puts(a, b, "\\n"); break;
        case '\r': dn_buf_puts(a, b, "\\r"); break;
        case '\t': dn_buf_puts(a, b, "\\t"); break;
        case '\b': dn_buf_puts(a, b, "\\b"); break;
        case '\f': dn_buf_puts(a, b, "\\f"); break;
        default: {
            char e[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
            dn_buf_puts(a, b, e);
        }
        }
        i++;
        run = i;
    }
    dn_buf_put(a, b, s + run, n - run);
    dn_buf_putc(a, b, '"');
}

static void field_str(const dn_alloc *a, dn_buf *b, const char *sep, const char *sp, const char *name, const char *v) {
    dn_buf_puts(a, b, sep);
    dn_buf_putc(a, b, '"');
    dn_buf_puts(a, b, name);
    dn_buf_puts(a, b, "\":");
    dn_buf_puts(a, b, sp);
    dn_json_string(a, b, v, strlen(v));
}

void dn_json_doc(const dn_alloc *a, dn_buf *b, const char *id_json, const dener_entity *ents, size_t n, unsigned flags) {
    bool pretty = flags & DENER_JSON_PRETTY;
    const char *nl1 = pretty ? "\n  " : "", *nl2 = pretty ? "\n    " : "", *nl3 = pretty ? "\n      " : "";
    const char *sp = pretty ? " " : "";
    dn_buf_putc(a, b, '{');
    if (id_json) {
        dn_buf_puts(a, b, nl1);
        dn_buf_printf(a, b, "\"id\":%s", sp);
        dn_buf_puts(a, b, id_json);
        dn_buf_putc(a, b, ',');
    }
    dn_buf_puts(a, b, nl1);
    dn_buf_printf(a, b, "\"entities\":%s[", sp);
    char sep[16];
    snprintf(sep, sizeof sep, ",%s", nl3);
    for (size_t i = 0; i < n; i++) {
        const dener_entity *e = &ents[i];
        if (i) dn_buf_putc(a, b, ',');
        dn_buf_puts(a, b, nl2);
        dn_buf_putc(a, b, '{');
        dn_buf_puts(a, b, nl3);
        dn_buf_printf(a, b, "\"type\":%s\"%s\",%s\"start\":%s%zu,%s\"end\":%s%zu,%s\"text\":%s", sp,
                      dener_type_name(e->type), nl3, sp, e->start, nl3, sp, e->end, nl3, sp);
        dn_json_string(a, b, e->text, e->end_byte - e->start_byte);
        field_str(a, b, sep, sp, "source", e->source);
        if (e->value) field_str(a, b, sep, sp, "value", e->value);
        if (e->value_end) field_str(a, b, sep, sp, "value_end", e->value_end);
        if (e->mod) field_str(a, b, sep, sp, "mod", e->mod);
        if (e->canonical) field_str(a, b, sep, sp, "canonical", e->canonical);
        dn_buf_puts(a, b, nl2);
        dn_buf_putc(a, b, '}');
    }
    if (n) dn_buf_puts(a, b, nl1);
    dn_buf_putc(a, b, ']');
    dn_buf_puts(a, b, pretty ? "\n" : "");
    dn_buf_putc(a, b, '}');
}
