/* str_impl.h -- internal helpers shared by the text files (str*.c, bytes*.c,
 * memoryview.c, codecs.c). Not part of the contract: other areas use
 * objects.h and codecs.h.
 *
 * Strings are immutable once published; the helpers that fill a fresh
 * string (ft_str_raw + ft_str_seal) run before anyone else can see it.
 */
#ifndef FT_STR_IMPL_H
#define FT_STR_IMPL_H

#include "core/ftcore.h"
#include "objects/unicode_db.h"

/* Decode one code point from trusted generalised UTF-8 (a str's data). */
static inline uint32_t ft_utf8_next(const char **pp)
{
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) { *pp += 1; return c; }
    if (c < 0xE0) { *pp += 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) { *pp += 3; return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
    *pp += 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
/* Step back one code point (trusted data, p > start). */
static inline const char *ft_utf8_prev(const char *p)
{
    do { p--; } while (((unsigned char)*p & 0xC0) == 0x80);
    return p;
}
static inline int ft_utf8_len_of(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
/* Number of code points in trusted UTF-8. */
ft_ssize ft_utf8_count(const char *s, ft_ssize n);

/* A fresh, unpublished exact str with room for nbytes (NUL added). The
 * caller writes data[0..nbytes) and calls ft_str_seal. */
ft_obj *ft_str_raw(ft_ssize nbytes);
/* Compute length / is_ascii / max_cp_kind from the data (length -1: count). */
void ft_str_seal(ft_obj *s, ft_ssize length);
/* Copy a str into a new instance of subtype `type` (str subclasses). */
ft_obj *ft_str_subtype_copy(ft_type *type, ft_obj *s);
/* The empty string (immortal). */
extern ft_obj *ft_str_empty;
/* Code points of s as a GC atomic array (n set). */
uint32_t *ft_str_to_ucs4(ft_obj *s, ft_ssize *n);
ft_obj *ft_str_from_ucs4_trusted(const uint32_t *cps, ft_ssize n);
/* Code point index of a byte offset (trusted). */
ft_ssize ft_str_cp_index(ft_obj *s, ft_ssize byte_off);
/* Hash of raw bytes with the process key (used by str and bytes). */
int64_t ft_text_hash_bytes(const void *data, size_t len);
/* Append a repr() of s into the builder. */
int ft_str_repr_into(ft_strbuf *b, ft_obj *s);

/* Type name as CPython's argument errors show it ("None" for None). */
static inline const char *ft_text_argtype(ft_obj *o) { return o == ft_None ? "None" : ft_type_of(o)->name; }

/* Method tables (str_methods.c etc.), collected by str.c. */
extern const ft_method_def ft_str_methods[];
ft_obj *ft_str_method_format(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
ft_obj *ft_str_method_format_map(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
ft_obj *ft_str_method___format__(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames);

/* Argument helpers: "start/end" slice arguments (None or __index__),
 * adjusted like CPython's ADJUST_INDICES. Return 0 / -1. */
int ft_text_parse_slice_arg(ft_obj *o, ft_ssize *out);
void ft_text_adjust_indices(ft_ssize *start, ft_ssize *end, ft_ssize len);

/* Shared % formatting engine (str_percent.c): bytes mode formats into a
 * byte buffer with b'%s' rules. */
ft_obj *ft_bytes_percent_format(ft_obj *fmt, ft_obj *args, bool bytearray_result);

/* bytes helpers shared by bytes.c / bytearray.c / memoryview.c */
extern ft_obj *ft_bytes_empty;
ft_obj *ft_bytes_raw(ft_ssize size);            /* fresh exact bytes, zeroed */
ft_obj *ft_bytes_from_object(ft_obj *o);        /* bytes(o) for iterables, buffers */
int ft_bytes_repr_into(ft_strbuf *b, const char *data, ft_ssize n, const char *prefix);
/* Iterable of ints 0..255 (or buffer) into a GC atomic byte array. */
char *ft_bytes_collect(ft_obj *o, ft_ssize *n);
int ft_byte_from_obj(ft_obj *o, unsigned char *out);  /* int 0..255; ValueError/TypeError */
ft_obj *ft_memoryview_new(ft_obj *base);
void ft_bytearray_release_export(ft_obj *ba);
int ft_text_init_bytes(void);
int ft_text_init_bytearray(void);
int ft_text_init_memoryview(void);

#endif /* FT_STR_IMPL_H */
