/* objects.h -- layouts and internal API of the builtin types.
 *
 * One section per type; each is implemented in src/objects/<type>.c. Hot
 * layouts are exposed so the VM can take fast paths; everything else goes
 * through the functions. Locking contract per type is stated in its
 * section. "Exact" checks compare the type pointer; "check" accepts
 * subclasses.
 */
#ifndef FT_OBJECTS_H
#define FT_OBJECTS_H

#include <stdarg.h>
#include "../core/object.h"
#include "../sync/mutex.h"

/* ==== type (typeobject.c) ================================================= */
/* Finish a static type: compute mro, build dict from methods/members/getsets
 * and slot wrappers, inherit slots, register the type as a GC root.
 * Idempotent; called for every builtin type at runtime start-up. */
int ft_type_ready(ft_type *type);
bool ft_type_is_subtype(ft_type *a, ft_type *b);   /* b in a.__mro__ */
ft_obj *ft_type_lookup(ft_type *type, ft_obj *name); /* MRO lookup, no descriptor call; NULL, no error, if absent */
ft_obj *ft_type_lookup_cstr(ft_type *type, const char *name);
/* type(name, bases, dict) */
ft_obj *ft_type_new_from_spec(ft_obj *name, ft_obj *bases, ft_obj *dict);
void ft_type_modified(ft_type *type);  /* invalidate caches after dict change */
const char *ft_type_name(ft_type *type); /* short name ("int", "MyClass") */
ft_obj *ft_type_qualname(ft_type *type);
ft_obj *ft_type_module_name(ft_type *type); /* str or NULL */
/* Look up a special method on type(o), bind it and return it; NULL without
 * exception if absent. */
ft_obj *ft_lookup_special(ft_obj *o, ft_obj *name);
ft_obj **ft_obj_dictptr(ft_obj *o);    /* address of instance __dict__ slot or NULL */
ft_obj *ft_obj_generic_getattr(ft_obj *o, ft_obj *name);
int ft_obj_generic_setattr(ft_obj *o, ft_obj *name, ft_obj *value);
/* Default new for heap types: allocate type->basicsize (+ dict/slots).
 * Subclass instances of var-sized builtins (str, tuple, bytes, ...) must be
 * allocated through it: their __dict__ slot lives in the last word of the
 * block (dictoffset < 0), past basicsize + nitems * itemsize. */
ft_obj *ft_type_generic_alloc(ft_type *type, ft_ssize nitems);
/* Hash slot of unhashable types (list, dict, set, ...): raises
 * "unhashable type: 'X'". A static type that sets richcompare but leaves
 * hash NULL gets it automatically (and __hash__ = None), as in CPython. */
int64_t ft_hash_unhashable(ft_obj *o);
extern ft_type ft_super_type, ft_property_type, ft_staticmethod_type, ft_classmethod_type;

/* ==== None / NotImplemented / Ellipsis / bool ============================= */
extern ft_type ft_none_type, ft_notimplemented_type, ft_ellipsis_type, ft_bool_type;
typedef struct ft_bool { ft_obj ob; int64_t value; } ft_bool_obj; /* not tagged: bool is a heap-style static object */
extern ft_bool_obj ft_True_obj, ft_False_obj;
#define ft_True ((ft_obj *)&ft_True_obj)
#define ft_False ((ft_obj *)&ft_False_obj)
static inline ft_obj *ft_bool(bool b) { return b ? ft_True : ft_False; }

/* ==== int (int.c): tagged small ints + GMP big ints ======================= */
/* Big ints (values outside the tagged range, and instances of int
 * subclasses / bool-free subclasses whatever their value) use this layout.
 * Immutable after creation: freely shared across threads. Digits live in
 * an FT_GC_ATOMIC block allocated through GMP's memory hooks. */
#include <gmp.h>
typedef struct ft_bigint { ft_obj ob; mpz_t z; } ft_bigint;
bool ft_int_check(ft_obj *o);          /* int or subclass (incl. bool) */
bool ft_int_check_exact(ft_obj *o);    /* exactly int (tagged or big) */
ft_obj *ft_int_from_i64(int64_t v);
ft_obj *ft_int_from_u64(uint64_t v);
ft_obj *ft_int_from_double(double d);  /* truncates; OverflowError for inf, ValueError for nan */
ft_obj *ft_int_from_mpz(const mpz_t z);/* normalises to tagged when it fits */
ft_obj *ft_int_from_str(const char *s, size_t len, int base); /* int(str, base) rules; ValueError */
/* Conversions: -1 with OverflowError/TypeError set on failure (check ft_err_occurred). */
int64_t ft_int_as_i64(ft_obj *o);
int ft_int_as_i64_overflow(ft_obj *o, int64_t *out, int *overflow); /* overflow=+1/-1, returns 0 */
ft_ssize ft_int_as_ssize(ft_obj *o);   /* accepts __index__ objects */
double ft_int_as_double(ft_obj *o);    /* OverflowError if too big */
void ft_int_to_mpz(ft_obj *o, mpz_t out); /* out must be mpz_init'ed; o is an int */
int ft_int_sign(ft_obj *o);            /* -1, 0, 1 */
ft_obj *ft_int_to_str(ft_obj *o, int base); /* str; base 10 honours int_max_str_digits */
ft_obj *ft_index(ft_obj *o);           /* operator.index(o): int or TypeError */
ft_ssize ft_index_as_ssize(ft_obj *o, ft_type *overflow_exc); /* overflow_exc NULL: clamp */
int64_t ft_int_hash(ft_obj *o);
/* Fast arithmetic used by the VM; return NULL+exception or a result. */
ft_obj *ft_int_add(ft_obj *a, ft_obj *b);
ft_obj *ft_int_sub(ft_obj *a, ft_obj *b);
ft_obj *ft_int_mul(ft_obj *a, ft_obj *b);
int ft_int_compare(ft_obj *a, ft_obj *b); /* both int: -1/0/1 */

/* ==== float (float.c) ===================================================== */
typedef struct ft_float { ft_obj ob; double value; } ft_float;
extern ft_type ft_float_type;
static inline bool ft_float_check_exact(ft_obj *o) { return !ft_is_smallint(o) && o->ob_type == &ft_float_type; }
bool ft_float_check(ft_obj *o);
ft_obj *ft_float_new(double v);
double ft_float_as_double(ft_obj *o);  /* float, int, or __float__/__index__; -1.0 + exception on error */
ft_obj *ft_float_repr(ft_obj *o);      /* shortest round-trip, CPython format */
/* repr-style formatting of a double into buf (>= 32 bytes): shortest round trip. */
void ft_double_repr(double v, char *buf, size_t size);
int64_t ft_float_hash_double(double v);/* CPython's numeric hash (so hash(1.0)==hash(1)) */

/* ==== complex (complex.c) ================================================= */
typedef struct ft_complex { ft_obj ob; double real, imag; } ft_complex;
extern ft_type ft_complex_type;
ft_obj *ft_complex_new(double real, double imag);

/* ==== str (str.c, str_methods.c, str_format.c) ============================
 * Immutable. Stored as UTF-8 ("generalised": lone surrogates are encoded
 * as 3-byte sequences so every code point round-trips) plus a trailing NUL.
 * `length` counts code points. ASCII strings (the common case) index in
 * O(1) directly; others use `index`, a lazily built table of byte offsets
 * every 64 code points, published with an atomic CAS (a racing thread may
 * build it twice; the loser's copy is garbage). `hash` is computed lazily
 * (-1 = not yet); benign race: every writer stores the same value. */
typedef struct ft_str {
    ft_obj ob;
    ft_ssize length;           /* code points */
    ft_ssize nbytes;           /* UTF-8 bytes, excluding the NUL */
    _Atomic int64_t hash;
    uint32_t is_ascii;
    uint32_t max_cp_kind;      /* 1: <=0xFF, 2: <=0xFFFF, 4: above (for repr/ascii decisions) */
    _Atomic(int32_t *) index;  /* byte offset of every 64th code point, or NULL */
    char data[];               /* nbytes + 1 */
} ft_str_obj;  /* not `ft_str`: that name is the str() protocol function in abstract.h */
extern ft_type ft_str_type;
static inline bool ft_str_check_exact(ft_obj *o) { return !ft_is_smallint(o) && o->ob_type == &ft_str_type; }
bool ft_str_check(ft_obj *o);
#define FT_STR(o) ((ft_str_obj *)(o))
ft_obj *ft_str_new(const char *utf8, ft_ssize nbytes);  /* validates; UnicodeDecodeError on bad UTF-8 */
ft_obj *ft_str_new_trusted(const char *utf8, ft_ssize nbytes, ft_ssize ncodepoints); /* already valid gen. UTF-8; ncodepoints -1 = count */
ft_obj *ft_str_from_cstr(const char *s);                /* NUL-terminated UTF-8 */
ft_obj *ft_str_from_format(const char *fmt, ...);       /* same conversions as ft_err_format */
ft_obj *ft_str_from_vformat(const char *fmt, va_list ap);
ft_obj *ft_str_from_codepoint(uint32_t cp);             /* cached for cp < 256 */
ft_obj *ft_str_from_codepoints(const uint32_t *cps, ft_ssize n);
ft_obj *ft_str_intern(ft_obj *s);                       /* process-wide intern table; returns the canonical immortal copy */
ft_obj *ft_str_intern_cstr(const char *s);
static inline const char *ft_str_utf8(ft_obj *s) { return FT_STR(s)->data; }
static inline ft_ssize ft_str_len(ft_obj *s) { return FT_STR(s)->length; }
uint32_t ft_str_char_at(ft_obj *s, ft_ssize index);      /* index in range */
ft_ssize ft_str_byte_offset(ft_obj *s, ft_ssize index);  /* code point index -> byte offset */
int64_t ft_str_hash(ft_obj *s);
bool ft_str_eq(ft_obj *a, ft_obj *b);                    /* both str */
bool ft_str_eq_cstr(ft_obj *a, const char *s);
int ft_str_compare(ft_obj *a, ft_obj *b);                /* code point order: -1/0/1 */
ft_obj *ft_str_concat(ft_obj *a, ft_obj *b);
ft_obj *ft_str_join(ft_obj *sep, ft_obj *iterable);
ft_obj *ft_str_substr(ft_obj *s, ft_ssize start, ft_ssize stop); /* code point indices, clamped */
ft_obj *ft_str_repr(ft_obj *s);
ft_obj *ft_str_ascii(ft_obj *o);                         /* builtin ascii() */
ft_obj *ft_str_format_spec(ft_obj *s, ft_obj *spec);     /* str.__format__ */
ft_obj *ft_str_percent_format(ft_obj *fmt, ft_obj *args);/* fmt % args */
/* Incremental builder (a GC buffer; not thread-safe, keep it local). */
typedef struct ft_strbuf { char *buf; ft_ssize len, cap, ncp; bool ascii; } ft_strbuf;
void ft_strbuf_init(ft_strbuf *b);
int ft_strbuf_append(ft_strbuf *b, const char *utf8, ft_ssize nbytes);
int ft_strbuf_append_cstr(ft_strbuf *b, const char *s);
int ft_strbuf_append_str(ft_strbuf *b, ft_obj *str);
int ft_strbuf_append_codepoint(ft_strbuf *b, uint32_t cp);
int ft_strbuf_printf(ft_strbuf *b, const char *fmt, ...);
ft_obj *ft_strbuf_finish(ft_strbuf *b);
/* Generalised UTF-8 helpers. */
int ft_utf8_decode_one(const char *s, const char *end, uint32_t *cp); /* bytes consumed, 0 on error */
int ft_utf8_encode_one(uint32_t cp, char out[4]);                    /* bytes written */

/* ==== bytes / bytearray (bytes.c, bytearray.c) ============================ */
typedef struct ft_bytes { ft_obj ob; ft_ssize size; _Atomic int64_t hash; char data[]; } ft_bytes; /* data NUL-terminated */
extern ft_type ft_bytes_type, ft_bytearray_type, ft_memoryview_type;
bool ft_bytes_check(ft_obj *o);
ft_obj *ft_bytes_new(const char *data, ft_ssize size);  /* data NULL: zero-filled */
static inline char *ft_bytes_data(ft_obj *b) { return ((ft_bytes *)b)->data; }
static inline ft_ssize ft_bytes_size(ft_obj *b) { return ((ft_bytes *)b)->size; }
/* bytearray: mutations under ob_lock; readers may read `items`/`size`
 * without the lock only while holding the lock or from the owning thread. */
typedef struct ft_bytearray { ft_obj ob; ft_ssize size, alloc; char *items; int exports; } ft_bytearray;
bool ft_bytearray_check(ft_obj *o);
ft_obj *ft_bytearray_new(const char *data, ft_ssize size);
/* Buffer protocol, minimal: contiguous bytes view of bytes/bytearray/memoryview. */
typedef struct ft_buffer { ft_obj *obj; const char *buf; ft_ssize len; bool readonly; } ft_buffer;
int ft_get_buffer(ft_obj *o, ft_buffer *view);  /* TypeError if not bytes-like */
void ft_release_buffer(ft_buffer *view);

/* ==== tuple (tuple.c) ===================================================== */
typedef struct ft_tuple { ft_obj ob; ft_ssize size; _Atomic int64_t hash; ft_obj *items[]; } ft_tuple;
extern ft_type ft_tuple_type;
static inline bool ft_tuple_check_exact(ft_obj *o) { return !ft_is_smallint(o) && o->ob_type == &ft_tuple_type; }
bool ft_tuple_check(ft_obj *o);
ft_obj *ft_tuple_new(ft_ssize n);          /* items NULL; fill before publishing */
ft_obj *ft_tuple_from_array(ft_obj *const *items, ft_ssize n);
ft_obj *ft_tuple_pack(ft_ssize n, ...);
ft_obj *ft_tuple_from_iterable(ft_obj *iterable);
#define FT_TUPLE(o) ((ft_tuple *)(o))
static inline ft_ssize ft_tuple_size(ft_obj *t) { return FT_TUPLE(t)->size; }
static inline ft_obj *ft_tuple_get(ft_obj *t, ft_ssize i) { return FT_TUPLE(t)->items[i]; }
static inline ft_obj **ft_tuple_items(ft_obj *t) { return FT_TUPLE(t)->items; }
extern ft_tuple ft_empty_tuple_obj;
#define ft_empty_tuple ((ft_obj *)&ft_empty_tuple_obj)

/* ==== list (list.c, listsort.c) ===========================================
 * Writers hold ob_lock. Readers of a single item (list[i], iteration) may
 * read without the lock: `items` points just past a capacity word
 * (((ft_ssize *)items)[-1] is the array's capacity), slots beyond `size` are NULL,
 * the array is replaced (never shrunk in place) when resized, and the GC
 * keeps an old array alive while any reader still holds it. */
typedef struct ft_list { ft_obj ob; _Atomic ft_ssize size; ft_obj **_Atomic items; ft_ssize alloc; } ft_list;
extern ft_type ft_list_type;
static inline bool ft_list_check_exact(ft_obj *o) { return !ft_is_smallint(o) && o->ob_type == &ft_list_type; }
bool ft_list_check(ft_obj *o);
ft_obj *ft_list_new(ft_ssize size);        /* items None-free: NULL slots, size set; fill immediately */
ft_obj *ft_list_from_array(ft_obj *const *items, ft_ssize n);
ft_obj *ft_list_from_iterable(ft_obj *iterable);
int ft_list_append(ft_obj *list, ft_obj *item);
int ft_list_extend(ft_obj *list, ft_obj *iterable);
int ft_list_insert(ft_obj *list, ft_ssize index, ft_obj *item);
ft_obj *ft_list_get(ft_obj *list, ft_ssize index);     /* NULL+IndexError out of range */
int ft_list_set(ft_obj *list, ft_ssize index, ft_obj *item);
ft_obj *ft_list_pop(ft_obj *list, ft_ssize index);
int ft_list_sort(ft_obj *list, ft_obj *key, bool reverse); /* stable; ValueError if mutated during sort */
int ft_list_reverse(ft_obj *list);
ft_obj *ft_list_as_tuple(ft_obj *list);
static inline ft_ssize ft_list_size(ft_obj *l) { return atomic_load_explicit(&((ft_list *)l)->size, memory_order_acquire); }
/* Snapshot of the items for C code that iterates: a new tuple. */
ft_obj *ft_list_snapshot(ft_obj *list);

/* ==== dict (dict.c) =======================================================
 * Insertion-ordered compact hash table (indices + entries). Writers hold
 * ob_lock; lookups that may call __eq__/__hash__ of user objects release
 * the lock around the call and restart if the table changed. `version`
 * increases on every mutation (caches key on it). */
typedef struct ft_dict ft_dict;  /* layout private to dict.c */
extern ft_type ft_dict_type, ft_dict_keys_type, ft_dict_values_type, ft_dict_items_type;
bool ft_dict_check(ft_obj *o);
bool ft_dict_check_exact(ft_obj *o);
ft_obj *ft_dict_new(void);
ft_obj *ft_dict_new_presized(ft_ssize n);
/* Lookups: value or NULL. NULL with no exception = missing key. */
ft_obj *ft_dict_get(ft_obj *d, ft_obj *key);
ft_obj *ft_dict_get_str(ft_obj *d, ft_obj *str_key);   /* key is exact str: faster */
ft_obj *ft_dict_get_cstr(ft_obj *d, const char *key);
int ft_dict_set(ft_obj *d, ft_obj *key, ft_obj *value);
int ft_dict_set_cstr(ft_obj *d, const char *key, ft_obj *value);
int ft_dict_del(ft_obj *d, ft_obj *key);                /* KeyError if missing */
int ft_dict_del_cstr(ft_obj *d, const char *key);
int ft_dict_contains(ft_obj *d, ft_obj *key);
ft_ssize ft_dict_size(ft_obj *d);
uint64_t ft_dict_version(ft_obj *d);
ft_obj *ft_dict_setdefault(ft_obj *d, ft_obj *key, ft_obj *deflt);
ft_obj *ft_dict_pop(ft_obj *d, ft_obj *key, ft_obj *deflt); /* deflt NULL: KeyError */
int ft_dict_update(ft_obj *d, ft_obj *other);            /* dict.update(other) semantics */
int ft_dict_merge(ft_obj *d, ft_obj *other, bool error_on_dup); /* for f(**a, **b); TypeError on dup key */
ft_obj *ft_dict_copy(ft_obj *d);
void ft_dict_clear(ft_obj *d);
ft_obj *ft_dict_keys_list(ft_obj *d);
ft_obj *ft_dict_values_list(ft_obj *d);
ft_obj *ft_dict_items_list(ft_obj *d);                   /* list of (k, v) tuples */
/* Iteration for C code: *pos starts at 0; returns 1 with *key and *value set,
 * 0 when done. Not an error if the dict changes (entries may be missed). */
int ft_dict_next(ft_obj *d, ft_ssize *pos, ft_obj **key, ft_obj **value);

/* ==== set / frozenset (set.c) ============================================= */
extern ft_type ft_set_type, ft_frozenset_type;
bool ft_set_check(ft_obj *o);        /* set or frozenset or subclass */
bool ft_frozenset_check_exact(ft_obj *o);
ft_obj *ft_set_new(ft_obj *iterable);        /* iterable may be NULL */
ft_obj *ft_frozenset_new(ft_obj *iterable);
int ft_set_add(ft_obj *s, ft_obj *key);
int ft_set_contains(ft_obj *s, ft_obj *key);
int ft_set_discard(ft_obj *s, ft_obj *key);   /* 1 removed, 0 absent */
ft_ssize ft_set_size(ft_obj *s);
int ft_set_next(ft_obj *s, ft_ssize *pos, ft_obj **key);
int ft_set_update(ft_obj *s, ft_obj *iterable);

/* ==== range / slice / iterators (range.c, slice.c, iterobject.c) ========== */
extern ft_type ft_range_type, ft_slice_type, ft_enumerate_type, ft_zip_type, ft_map_type,
    ft_filter_type, ft_reversed_type, ft_seqiter_type, ft_calliter_type;
typedef struct ft_slice { ft_obj ob; ft_obj *start, *stop, *step; } ft_slice;
ft_obj *ft_slice_new(ft_obj *start, ft_obj *stop, ft_obj *step); /* NULL args mean None */
/* Resolve against a length (CPython's PySlice_GetIndicesEx): returns slice length, -1 on error. */
ft_ssize ft_slice_indices(ft_obj *slice, ft_ssize length, ft_ssize *start, ft_ssize *stop, ft_ssize *step);
ft_obj *ft_range_new(ft_obj *start, ft_obj *stop, ft_obj *step);
ft_obj *ft_seqiter_new(ft_obj *seq);         /* iterator over __getitem__ */
ft_obj *ft_calliter_new(ft_obj *callable, ft_obj *sentinel);

/* ==== functions, methods, cells, code (vm/function.c, vm/code.c) ========== */
extern ft_type ft_function_type, ft_method_type, ft_cell_type, ft_code_type,
    ft_builtin_function_type, ft_method_descr_type, ft_classmethod_descr_type,
    ft_wrapper_descr_type, ft_member_descr_type, ft_getset_descr_type,
    ft_generator_type, ft_coroutine_type, ft_async_generator_type,
    ft_frame_type, ft_traceback_type, ft_module_type, ft_namespace_type;
typedef struct ft_cell { ft_obj ob; ft_obj *_Atomic ref; } ft_cell;   /* ref NULL = empty */
ft_obj *ft_cell_new(ft_obj *value);
/* Bound method: ob_lock unused; immutable. */
typedef struct ft_method { ft_obj ob; ft_obj *func; ft_obj *self; } ft_method;
ft_obj *ft_method_new(ft_obj *func, ft_obj *self);
/* Builtin function / method object wrapping an ft_method_def. */
typedef struct ft_builtin {
    ft_obj ob;
    const ft_method_def *def;
    ft_obj *self;        /* bound self (module for module functions), may be NULL */
    ft_obj *module;      /* __module__ (str) or NULL */
    ft_obj *owner;       /* for method descriptors: the defining type */
} ft_builtin;
ft_obj *ft_builtin_new(const ft_method_def *def, ft_obj *self, ft_obj *module);
ft_obj *ft_method_descr_new(ft_type *owner, const ft_method_def *def);

/* ==== module (modules/moduleobject.c) ===================================== */
typedef struct ft_module { ft_obj ob; ft_obj *dict; ft_obj *name; void *state; const struct ft_module_def *def; } ft_module;
ft_obj *ft_module_new(ft_obj *name);            /* dict with __name__, __doc__=None, ... */
ft_obj *ft_module_get_dict(ft_obj *m);
/* Builtin C modules: one def each, created per interpreter on import. */
typedef struct ft_module_def {
    const char *name;
    const char *doc;
    const ft_method_def *methods;
    int (*exec)(ft_obj *module);  /* adds types/constants; -1 on error */
    bool gil_safe;                /* false: importing it re-enables the GIL (issue 3) */
} ft_module_def;
ft_obj *ft_module_from_def(const ft_module_def *def);
int ft_module_add_object(ft_obj *module, const char *name, ft_obj *value);
int ft_module_add_int(ft_obj *module, const char *name, int64_t value);
int ft_module_add_type(ft_obj *module, ft_type *type);

/* ==== misc ================================================================ */
extern ft_type ft_property_type, ft_weakref_type, ft_simplenamespace_type;

#endif /* FT_OBJECTS_H */
