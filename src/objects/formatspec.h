/* formatspec.h -- the format-spec mini-language (format(x, spec)), shared by
 * int, float, complex (formatspec.c, int_format.c, float_repr.c) and by
 * str.__format__ (the str engineer uses ft_format_spec_parse and
 * ft_format_pad).
 *
 * Grammar (CPython 3.13):
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 * Everything here is pure computation on the spec text: no locks, no state.
 */
#ifndef FT_FORMATSPEC_H
#define FT_FORMATSPEC_H

#include "core/object.h"
#include "objects/objects.h"

typedef struct ft_format_spec {
    uint32_t fill;        /* code point; ' ' unless given ('0' with the 0 flag) */
    char align;           /* '<', '>', '^', '=' or the caller's default */
    bool align_given;     /* an explicit align character was present */
    char sign;            /* '+', '-', ' ', or 0 when absent */
    bool no_neg_zero;     /* 'z' */
    bool alternate;       /* '#' */
    bool zero_flag;       /* '0' before the width */
    ft_ssize width;       /* -1 when absent */
    char thousands;       /* ',' or '_' or 0 */
    int group_size;       /* 3, or 4 for '_' with b/o/x/X */
    ft_ssize precision;   /* -1 when absent */
    uint32_t type;        /* presentation type code point, 0 when absent */
} ft_format_spec;

/* Parse `spec` (a str; NULL means "") for an object whose type is named
 * `type_name` (used in error messages). default_align is '>' for numbers,
 * '<' for str: it decides what the '0' flag does ('=' for numbers only).
 * Raises ValueError with CPython's texts; returns 0 or -1. */
int ft_format_spec_parse(ft_obj *spec, const char *type_name, char default_align,
                         ft_format_spec *out);
/* Same on raw UTF-8 (len bytes). */
int ft_format_spec_parse_utf8(const char *s, ft_ssize len, const char *type_name,
                              char default_align, ft_format_spec *out);

/* Append `body` (UTF-8, `ncp` code points) padded to spec->width with
 * spec->fill according to spec->align ('=' is treated as '>' here). */
int ft_format_pad(ft_strbuf *out, const char *body, ft_ssize nbytes, ft_ssize ncp,
                  const ft_format_spec *spec);

/* Assemble a formatted number: sign (from `negative` and spec->sign),
 * prefix ("0x" ...), the integral digits (grouped per spec->thousands,
 * zero-extended when the '=' alignment with fill '0' asks for it) and
 * `rest` (fraction, exponent, '%', 'j' ...), then pad to the width.
 * All pieces are ASCII. Returns a new str or NULL. */
ft_obj *ft_format_number(const ft_format_spec *spec, bool negative, const char *prefix,
                         const char *digits, ft_ssize ndigits, const char *rest, ft_ssize nrest);
/* The same, appending to a buffer without the final padding (complex). */
int ft_format_number_into(ft_strbuf *out, const ft_format_spec *spec, bool negative, bool force_sign,
                          const char *prefix, const char *digits, ft_ssize ndigits,
                          const char *rest, ft_ssize nrest, ft_ssize min_digits);

/* "Unknown format code 'x' for object of type 'T'" */
ft_obj *ft_format_unknown_code(uint32_t type, const char *type_name);

#endif /* FT_FORMATSPEC_H */
