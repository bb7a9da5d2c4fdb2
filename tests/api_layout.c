/* api_layout.c - prints the size and field offsets of the public structs, in the format of
 * examples/dener_ctypes.py --layout, so a test can check that the ctypes declarations match. */
#include <dener.h>

#include <stddef.h>
#include <stdio.h>

#define S(T) printf(#T " size %zu\n", sizeof(T))
#define F(T, f) printf(#T "." #f " %zu\n", offsetof(T, f))

int main(void) {
    S(dener_entity);
    F(dener_entity, type); F(dener_entity, start); F(dener_entity, end); F(dener_entity, start_byte);
    F(dener_entity, end_byte); F(dener_entity, text); F(dener_entity, source); F(dener_entity, value);
    F(dener_entity, value_end); F(dener_entity, mod); F(dener_entity, canonical);
    S(dener_options);
    F(dener_options, date); F(dener_options, types); F(dener_options, flags); F(dener_options, max_bytes);
    S(dener_error);
    F(dener_error, code); F(dener_error, line); F(dener_error, pos); F(dener_error, msg);
    return 0;
}
