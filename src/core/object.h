/* object.h -- the object model: object header, tagged small ints, type objects.
 *
 * INVARIANTS (read before touching any object)
 *  - Every Python value is an `ft_obj *`. A value with its low bit set is a
 *    *tagged small int* (63-bit signed, value = (intptr_t)p >> 1) and must
 *    never be dereferenced: use ft_type_of(o), never o->ob_type. Every int
 *    whose value fits FT_SMALLINT_MIN..MAX *is* tagged (ints are normalised),
 *    except instances of int subclasses and bool, which are heap objects.
 *  - Memory is managed by the tracing collector in src/gc: there is no
 *    reference counting. Objects stay alive while reachable from a root:
 *    any thread's C stack and registers (scanned conservatively), the
 *    runtime/interpreter/thread structs, and ranges registered with
 *    ft_gc_add_root(). GC pointers stored in malloc()ed memory are NOT seen.
 *  - ob_type changes only through __class__ assignment (atomic store).
 *  - ob_lock is the per-object mutex (src/sync/mutex.h) that serialises
 *    mutation of this object's own state. Rule: never call back into Python
 *    code, and never take a second object's lock, while holding it
 *    (except through ft_lock2(), which orders by address).
 *  - Types created by the core at start-up ("static types") are shared by
 *    every interpreter and every thread and are immutable after
 *    ft_type_ready(): assigning attributes on them raises TypeError.
 *
 * Error convention (everywhere): functions returning ft_obj* return NULL
 * with an exception set on the current thread; functions returning int
 * return -1 with an exception set; predicates return 0/1 or -1 on error.
 * A NULL return with no exception set is only allowed where documented
 * (iternext: NULL without exception = exhausted).
 */
#ifndef FT_OBJECT_H
#define FT_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdatomic.h>

#include "config.h"

typedef intptr_t ft_ssize;
typedef struct ft_obj ft_obj;
typedef struct ft_type ft_type;

struct ft_obj {
    ft_type *ob_type;
    _Atomic uint32_t ob_flags; /* FT_OBF_* */
    _Atomic uint32_t ob_lock;  /* ft_mutex state word, see sync/mutex.h */
};

/* Object flag bits (ob_flags). Set with atomic OR; read relaxed. */
#define FT_OBF_IMMORTAL    0x1u  /* statically allocated or permanent; never collected */
#define FT_OBF_HAS_FINALIZER 0x2u /* __del__ registered with the GC */
#define FT_OBF_FINALIZED   0x4u  /* __del__ already ran (PEP 442: at most once) */
#define FT_OBF_SHAREABLE   0x8u  /* deeply immutable: may cross interpreters */
#define FT_OBF_INTERNED    0x10u /* str: in the process-wide intern table */

/* Initialiser for statically allocated objects. */
#define FT_OBJ_HEAD_INIT(type) { (type), FT_OBF_IMMORTAL | FT_OBF_SHAREABLE, 0 }

/* ---- Tagged small ints --------------------------------------------------- */
#define FT_SMALLINT_MIN (INTPTR_MIN >> 1)
#define FT_SMALLINT_MAX (INTPTR_MAX >> 1)

static inline bool ft_is_smallint(const ft_obj *o) { return ((uintptr_t)o & 1u) != 0; }
static inline int64_t ft_smallint_value(const ft_obj *o) { return (int64_t)((intptr_t)o >> 1); }
/* v must lie in FT_SMALLINT_MIN..FT_SMALLINT_MAX; use ft_int_from_i64 otherwise. */
static inline ft_obj *ft_smallint(int64_t v) { return (ft_obj *)(((uintptr_t)(intptr_t)v << 1) | 1u); }
static inline bool ft_smallint_fits(int64_t v) { return v >= FT_SMALLINT_MIN && v <= FT_SMALLINT_MAX; }

extern ft_type ft_int_type;
static inline ft_type *ft_type_of(const ft_obj *o) {
    return ft_is_smallint(o) ? &ft_int_type : o->ob_type;
}
#define FT_TYPE(o) ft_type_of((const ft_obj *)(o))

/* ---- Slot signatures ------------------------------------------------------
 * Calls use the "vector" convention everywhere: positional args in
 * args[0..nargs), then keyword values in args[nargs..nargs+len(kwnames)),
 * kwnames a tuple of str or NULL. Callees never modify args[]. */
typedef ft_obj *(*ft_vectorfunc)(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
typedef ft_obj *(*ft_unaryfunc)(ft_obj *);
typedef ft_obj *(*ft_binaryfunc)(ft_obj *, ft_obj *);
typedef ft_obj *(*ft_ternaryfunc)(ft_obj *, ft_obj *, ft_obj *);
typedef int (*ft_inquiry)(ft_obj *);              /* 0/1, -1 error */
typedef ft_ssize (*ft_lenfunc)(ft_obj *);         /* -1 error */
typedef int64_t (*ft_hashfunc)(ft_obj *);         /* -1 error; a real -1 hash is mapped to -2 */
typedef ft_obj *(*ft_richcmpfunc)(ft_obj *, ft_obj *, int op);
typedef ft_obj *(*ft_getattrofunc)(ft_obj *, ft_obj *name);
typedef int (*ft_setattrofunc)(ft_obj *, ft_obj *name, ft_obj *value); /* value NULL: delete */
typedef int (*ft_objobjargproc)(ft_obj *, ft_obj *key, ft_obj *value); /* value NULL: delete */
typedef int (*ft_objobjproc)(ft_obj *, ft_obj *);  /* contains: 0/1, -1 error */
typedef ft_obj *(*ft_descrgetfunc)(ft_obj *descr, ft_obj *obj, ft_obj *type); /* obj may be NULL */
typedef int (*ft_descrsetfunc)(ft_obj *descr, ft_obj *obj, ft_obj *value);    /* value NULL: delete */
typedef ft_obj *(*ft_newfunc)(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
typedef int (*ft_initfunc)(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
typedef ft_obj *(*ft_getter)(ft_obj *self, void *closure);
typedef int (*ft_setter)(ft_obj *self, ft_obj *value, void *closure); /* value NULL: delete */

/* Rich comparison op codes (same numbering as CPython). */
enum { FT_LT = 0, FT_LE = 1, FT_EQ = 2, FT_NE = 3, FT_GT = 4, FT_GE = 5 };

/* Number slots follow CPython's convention exactly: a binary slot is called
 * as slot(v, w) when *either* operand's type provides it, and returns
 * ft_NotImplemented when it cannot handle the pair. ft_binary_op() in
 * abstract.c implements the reflected-operand protocol on top. */
typedef struct ft_number_methods {
    ft_binaryfunc add, subtract, multiply, remainder, divmod;
    ft_ternaryfunc power;
    ft_unaryfunc negative, positive, absolute;
    ft_inquiry bool_;
    ft_unaryfunc invert;
    ft_binaryfunc lshift, rshift, and_, xor_, or_;
    ft_unaryfunc int_, float_, index;
    ft_binaryfunc inplace_add, inplace_subtract, inplace_multiply, inplace_remainder;
    ft_ternaryfunc inplace_power;
    ft_binaryfunc inplace_lshift, inplace_rshift, inplace_and, inplace_xor, inplace_or;
    ft_binaryfunc floor_divide, true_divide, inplace_floor_divide, inplace_true_divide;
    ft_binaryfunc matrix_multiply, inplace_matrix_multiply;
} ft_number_methods;

/* ---- Method / member / getset tables (used by ft_type_ready) ------------- */
typedef ft_obj *(*ft_cfunc)(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames);

#define FT_METH_NOARGS   0x01  /* caller checks: no arguments at all */
#define FT_METH_O        0x02  /* caller checks: exactly one positional */
#define FT_METH_VARARGS  0x04  /* positional only, any count (fn checks) */
#define FT_METH_KEYWORDS 0x08  /* fn accepts kwnames; without it keywords raise TypeError */
#define FT_METH_CLASS    0x10  /* classmethod: self is the type */
#define FT_METH_STATIC   0x20  /* staticmethod: self is NULL */
#define FT_METH_COEXIST  0x40  /* overrides a slot-generated wrapper of the same name */

typedef struct ft_method_def {
    const char *name;
    ft_cfunc fn;
    int flags;
    const char *doc;
} ft_method_def;

enum ft_member_type {
    FT_MEMBER_OBJECT,     /* ft_obj *; NULL reads as AttributeError */
    FT_MEMBER_OBJECT_NONE,/* ft_obj *; NULL reads as None */
    FT_MEMBER_INT64, FT_MEMBER_INT32, FT_MEMBER_BOOL, FT_MEMBER_DOUBLE,
    FT_MEMBER_CSTRING,    /* const char * */
};
#define FT_MEMBER_READONLY 0x1

typedef struct ft_member_def {
    const char *name;
    int type;             /* enum ft_member_type */
    ft_ssize offset;
    int flags;
    const char *doc;
} ft_member_def;

typedef struct ft_getset_def {
    const char *name;
    ft_getter get;
    ft_setter set;        /* NULL: read-only */
    const char *doc;
    void *closure;
} ft_getset_def;

/* ---- Type flags ---------------------------------------------------------- */
#define FT_TPF_HEAPTYPE      (1u << 0)  /* created by class statement / type(); mutable */
#define FT_TPF_BASETYPE      (1u << 1)  /* may be subclassed */
#define FT_TPF_READY         (1u << 2)  /* ft_type_ready() done */
#define FT_TPF_ABSTRACT      (1u << 3)
#define FT_TPF_HAS_FINALIZER (1u << 4)  /* instances have __del__ */
#define FT_TPF_IMMUTABLE     (1u << 5)  /* class attributes may not be set */
#define FT_TPF_ATOMIC_INSTANCES (1u << 6) /* instances hold no GC pointers beyond ob_type */
#define FT_TPF_SEQUENCE      (1u << 7)  /* match: sequence pattern (Py_TPFLAGS_SEQUENCE) */
#define FT_TPF_MAPPING       (1u << 8)  /* match: mapping pattern */
#define FT_TPF_MATCH_SELF    (1u << 9)  /* match: int(x) style class pattern binds subject */
/* fast subclass checks, inherited by subclasses */
#define FT_TPF_INT_SUBCLASS   (1u << 16)
#define FT_TPF_LIST_SUBCLASS  (1u << 17)
#define FT_TPF_TUPLE_SUBCLASS (1u << 18)
#define FT_TPF_BYTES_SUBCLASS (1u << 19)
#define FT_TPF_STR_SUBCLASS   (1u << 20)
#define FT_TPF_DICT_SUBCLASS  (1u << 21)
#define FT_TPF_BASE_EXC_SUBCLASS (1u << 22)
#define FT_TPF_TYPE_SUBCLASS  (1u << 23)

struct ft_type {
    ft_obj ob;
    /* Static types: "module.Name" or "Name" for builtins (like tp_name).
     * Heap types: points into ht_name's UTF-8 data. */
    const char *name;
    const char *doc;
    ft_ssize basicsize;     /* bytes of a fixed-size instance (incl. header) */
    ft_ssize itemsize;      /* bytes per item of var-sized instances, else 0 */
    uint32_t flags;         /* FT_TPF_*; read-only after ready except HEAPTYPE bits set at creation */

    ft_type *base;          /* solid base (tp_base) */
    ft_obj *bases;          /* tuple of types */
    ft_obj *mro;            /* tuple of types, C3 order, set by ft_type_ready */
    ft_obj *dict;           /* attribute dict; for static types frozen after ready */
    ft_obj *subclasses;     /* heap-type bookkeeping for slot updates: list of weakrefs or NULL */
    ft_obj *ht_name;        /* heap types: __name__ (str) */
    ft_obj *ht_qualname;    /* heap types: __qualname__ (str) */
    ft_obj *ht_slots;       /* heap types: tuple of __slots__ names or NULL */
    ft_ssize dictoffset;    /* >0: offset of instance __dict__ pointer; <0: from end of var-sized object; 0: none */
    _Atomic uint32_t version_tag; /* bumped on any change to this type's or a base's dict; 0 = caches disabled */

    /* C slots: for static types filled by the type's implementation; for heap
     * types derived from the MRO's dunders by ft_type_ready/ft_type_update_slots. */
    ft_unaryfunc repr, str;
    ft_hashfunc hash;
    ft_richcmpfunc richcompare;
    ft_getattrofunc getattro;
    ft_setattrofunc setattro;
    ft_vectorfunc call;
    ft_unaryfunc iter;
    ft_unaryfunc iternext;        /* NULL without exception: exhausted */
    ft_descrgetfunc descr_get;
    ft_descrsetfunc descr_set;
    ft_newfunc new_;
    ft_initfunc init;
    ft_lenfunc length;             /* __len__ (sequence or mapping) */
    ft_binaryfunc subscript;       /* __getitem__ */
    ft_objobjargproc ass_subscript;/* __setitem__ / __delitem__ */
    ft_objobjproc contains;        /* __contains__ */
    ft_unaryfunc del_;             /* __del__ (finalizer), run by the GC */
    ft_number_methods as_number;

    /* Definitions turned into dict entries by ft_type_ready. */
    const ft_method_def *methods;
    const ft_member_def *members;
    const ft_getset_def *getsets;
};

/* Statically allocated type: `ft_type ft_foo_type = { FT_TYPE_HEAD_INIT, .name = "foo", ... };` */
#define FT_TYPE_HEAD_INIT .ob = FT_OBJ_HEAD_INIT(&ft_type_type)

extern ft_type ft_type_type;
extern ft_type ft_object_type;

/* Singletons (statically allocated, immortal, shared by all interpreters). */
extern ft_obj ft_None_obj, ft_NotImplemented_obj, ft_Ellipsis_obj;
#define ft_None (&ft_None_obj)
#define ft_NotImplemented (&ft_NotImplemented_obj)
#define ft_Ellipsis (&ft_Ellipsis_obj)

#endif /* FT_OBJECT_H */
