/* test_json.c - stage 5: JSON string escaping (table-driven) and the document object layout. */
#include "../src/json.h"
#include "check.h"

#include <string.h>

static const struct { const char *in; size_t len; const char *out; } CASES[] = {
    {"Berlin", 6, "\"Berlin\""},
    {"„Zitat“", 0, "\"„Zitat“\""},
    {"a\"b\\c", 5, "\"a\\\"b\\\\c\""},
    {"Zeile\nzwei\r\tx", 0, "\"Zeile\\nzwei\\r\\tx\""},
    {"\x01\x1f", 2, "\"\\u0001\\u001f\""},
    {"nul\0nul", 7, "\"nul\\u0000nul\""},
    {"bad\xff" "byte", 8, "\"bad\\ufffdbyte\""},
    {"over\xc0\xaflong", 10, "\"over\\ufffd\\ufffdlong\""},
    {"cut\xe2\x82", 5, "\"cut\\ufffd\""},
    {"sur\xed\xa0\x80x", 7, "\"sur\\ufffd\\ufffd\\ufffdx\""},
    {"ls\xe2\x80\xa8ps\xe2\x80\xa9", 0, "\"ls\\u2028ps\\u2029\""},
    {"\xf0\x9f\x98\x80 emoji", 0, "\"\xf0\x9f\x98\x80 emoji\""},
    {"", 0, "\"\""},
};

int main(void) {
    dn_alloc a;
    dn_alloc_init(&a, NULL);
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        dn_buf b = {0};
        size_t n = CASES[i].len ? CASES[i].len : strlen(CASES[i].in);
        dn_json_string(&a, &b, CASES[i].in, n);
        CHECK(b.p && strcmp(b.p, CASES[i].out) == 0, "case %zu: got %s, expected %s", i, b.p ? b.p : "(null)", CASES[i].out);
        dn_buf_free(&a, &b);
    }
    /* document layout, compact and pretty */
    dener_entity e = {0};
    e.type = DENER_DATE;
    e.start = 3;
    e.end = 11;
    e.start_byte = 3;
    e.end_byte = 9; /* the byte span of "Montag" (code points 3..11 are made up for the test) */
    e.text = "am Montag";
    e.text += 3;
    e.source = "date:weekday";
    e.value = "2023-11-13";
    dn_buf b = {0};
    dn_json_doc(&a, &b, "7", &e, 1, 0);
    const char *want = "{\"id\":7,\"entities\":[{\"type\":\"DATE\",\"start\":3,\"end\":11,\"text\":\"Montag\",\"source\":\"date:weekday\",\"value\":\"2023-11-13\"}]}";
    /* the writer uses the byte span, not the code point span (8 here: reading 8 bytes of "Montag"
     * would run past the string, which ASan catches) */
    b.len = 0;
    dn_json_doc(&a, &b, "7", &e, 1, 0);
    CHECK(strcmp(b.p, want) == 0, "compact doc:\n%s\n%s", b.p, want);
    b.len = 0;
    dn_json_doc(&a, &b, NULL, NULL, 0, 0);
    CHECK(strcmp(b.p, "{\"entities\":[]}") == 0, "empty doc without id: %s", b.p);
    b.len = 0;
    dn_json_doc(&a, &b, "\"x\"", &e, 1, DENER_JSON_PRETTY);
    CHECK(strstr(b.p, "\n  \"entities\": [\n    {\n      \"type\": \"DATE\",") != NULL, "pretty layout: %s", b.p);
    dn_buf_free(&a, &b);
    return check_done("json");
}
