/* typeobject_internal.h -- private interface shared by the type-system files
 * (typeobject.c, typeslots.c, object.c, abstract.c, descr.c, super.c,
 * buildclass.c). Nothing outside src/objects/ of the type system includes it.
 *
 * Invariants:
 *  - The slotdef table (typeslots.c) is built once by ft_typesys_init and is
 *    read-only afterwards; its interned names are immortal.
 *  - Descriptor objects defined here are immutable after creation, so they
 *    need no locking and may be shared by every thread.
 */
#ifndef FT_TYPEOBJECT_INTERNAL_H
#define FT_TYPEOBJECT_INTERNAL_H

#include "core/ftcore.h"

/* ---- slot definitions (typeslots.c) ---------------------------------- */
/* A wrapper turns a Python-level call of a slot dunder into a call of the
 * C slot function `wrapped`. */
typedef ft_obj *(*ft_slotwrapper_fn)(ft_obj *self, ft_obj *const *args, size_t nargs,
                                     ft_obj *kwnames, void *wrapped, int extra);

#define FT_SD_KEYWORDS  0x1  /* wrapper accepts keyword arguments (init/call/new) */
#define FT_SD_HEAPONLY  0x2  /* no wrapper for static types (__getattr__) */

typedef struct ft_slotdef {
    const char *name;
    size_t offset;             /* offsetof(ft_type, slot) */
    void *heapfunc;            /* generic function calling the dunder */
    ft_slotwrapper_fn wrapper; /* NULL: no wrapper (special cased) */
    int extra;                 /* richcompare op etc. */
    int flags;
    const char *doc;
    ft_obj *name_obj;          /* interned at start-up */
} ft_slotdef;

extern ft_slotdef ft_type_slotdefs[];
extern const size_t ft_type_nslotdefs;
int ft_type_slots_init(void);
/* The getattro slot of heap types with __getattr__/__getattribute__. */
ft_obj *ft_type_getattr_hook(ft_obj *self, ft_obj *name);
/* The new_ slot of heap types defining __new__ in Python. */
ft_obj *ft_type_slot_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
/* Add slot wrappers for the slots `type` defines itself (static types). */
int ft_type_add_operators(ft_type *type);
/* Recompute every C slot of a heap type from the dunders along its MRO. */
void ft_type_fixup_slots(ft_type *type);
/* After `name` changed in type's dict: update the affected slots of type and
 * its subclasses. */
void ft_type_update_slot(ft_type *type, ft_obj *name);
bool ft_type_is_slot_name(ft_obj *name);

/* ---- descriptor objects (descr.c) ------------------------------------ */
typedef struct ft_wrapperdescr {
    ft_obj ob;
    ft_type *owner;
    const ft_slotdef *sd;
    void *wrapped;
} ft_wrapperdescr;
typedef struct ft_methodwrapper {
    ft_obj ob;
    ft_wrapperdescr *descr;
    ft_obj *self;
} ft_methodwrapper;
typedef struct ft_memberdescr {
    ft_obj ob;
    ft_type *owner;
    const ft_member_def *def;
    ft_obj *name;
} ft_memberdescr;
typedef struct ft_getsetdescr {
    ft_obj ob;
    ft_type *owner;
    const ft_getset_def *def;
    ft_obj *name;
} ft_getsetdescr;
typedef struct ft_property {
    ft_obj ob;
    ft_obj *fget, *fset, *fdel, *doc, *name;
    bool getter_doc;
} ft_property;
typedef struct ft_funcwrap { /* staticmethod / classmethod */
    ft_obj ob;
    ft_obj *func;
    ft_obj *dict;
} ft_funcwrap;
typedef struct ft_super {
    ft_obj ob;
    ft_type *type;
    ft_obj *obj;
    ft_type *obj_type;
} ft_super;
typedef struct ft_mappingproxy {
    ft_obj ob;
    ft_obj *mapping;
} ft_mappingproxy;
typedef struct ft_unionobj {
    ft_obj ob;
    ft_obj *args; /* tuple */
} ft_unionobj;

extern ft_type ft_method_wrapper_type, ft_mappingproxy_type, ft_union_type;
ft_obj *ft_wrapperdescr_new(ft_type *owner, const ft_slotdef *sd, void *wrapped);
ft_obj *ft_memberdescr_new(ft_type *owner, const ft_member_def *def);
ft_obj *ft_getsetdescr_new(ft_type *owner, const ft_getset_def *def);
ft_obj *ft_mappingproxy_new(ft_obj *mapping);
ft_obj *ft_staticmethod_new(ft_obj *func);
ft_obj *ft_classmethod_new(ft_obj *func);
int ft_descr_init(void);
int ft_super_init(void);
ft_obj *ft_union_or(ft_obj *a, ft_obj *b);  /* X | Y for types; NotImplemented if not applicable */
int ft_union_init(void);

/* ---- typeobject.c ----------------------------------------------------- */
/* __new__ builtin stored in each type's dict ("tp_new_wrapper"). */
extern const ft_method_def ft_type_new_wrapper_def;
ft_obj *ft_type_call(ft_obj *callable, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
ft_obj *ft_type_getattro(ft_obj *type, ft_obj *name);
ft_obj *ft_type_getattro_ex(ft_obj *type, ft_obj *name, bool suppress);
int ft_type_setattro(ft_obj *type, ft_obj *name, ft_obj *value);
ft_obj *ft_type_repr(ft_obj *type);
/* Metaclass winner of `meta` and the types of `bases` ("metaclass conflict"). */
ft_type *ft_type_calculate_metaclass(ft_type *meta, ft_obj *bases);
/* Subclasses of type still alive, as a new list. */
ft_obj *ft_type_subclasses_list(ft_type *type);
static inline bool ft_type_check(ft_obj *o) {
    return !ft_is_smallint(o) && (o->ob_type == &ft_type_type ||
            (o->ob_type->flags & FT_TPF_TYPE_SUBCLASS));
}
ft_obj *ft_type_mro_lookup_after(ft_type *start_after, ft_type *objtype, ft_obj *name);

/* The name CPython's messages use (tp_name): "module.Name" for dotted static
 * types such as types.SimpleNamespace, the short name for heap types. */
#define FT_TPNAME(t) ((const char *)(t)->name)

/* Slots of heap types can be replaced while other threads call them
 * (C.__add__ = f): read them with a relaxed atomic load. */
#define FT_SLOT(t, field) __atomic_load_n(&(t)->field, __ATOMIC_RELAXED)

/* str check with the exact-type fast path inlined (attribute names). */
static inline bool ft_name_is_str(ft_obj *o) { return ft_str_check_exact(o) || ft_str_check(o); }

/* ---- object.c --------------------------------------------------------- */
ft_obj *ft_object_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
int ft_object_init(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
ft_obj *ft_object_richcompare(ft_obj *a, ft_obj *b, int op);
ft_obj *ft_object_repr(ft_obj *o);
ft_obj *ft_object_str(ft_obj *o);
int64_t ft_object_hash(ft_obj *o);
/* Raise AttributeError with .name/.obj set. */
void ft_attr_error(ft_obj *obj, ft_obj *name, const char *fmt, ...);
ft_obj *ft_type_dir_list(ft_type *type); /* list: merged dict keys along the MRO */
int ft_object_typesys_init(void);
ft_obj *ft_obj_generic_getattr_ex(ft_obj *o, ft_obj *name, bool suppress);
/* Same instance layout (for __class__ and __bases__ assignment). */
bool ft_type_compatible_layout(ft_type *a, ft_type *b);

/* ---- small call helpers (object.c) ------------------------------------ */
/* Call `descr` found on type(self) as a method: self first. */
ft_obj *ft_call_special(ft_obj *self, ft_obj *descr, ft_obj *const *args, size_t nargs, ft_obj *kwnames);
/* Look up name on type(self) and call it as a method; *found = false and
 * NULL without exception if absent. */
ft_obj *ft_call_special_name(ft_obj *self, ft_obj *name, ft_obj *const *args, size_t nargs,
                             ft_obj *kwnames, bool *found);
/* kwnames tuple + values from a dict (for **kwargs forwarding). */
int ft_kwargs_to_vector(ft_obj *kwargs, ft_obj *const *pos, size_t npos, ft_obj ***vec_out, ft_obj **kwnames_out);
ft_obj *ft_kwargs_to_dict(ft_obj *const *args, size_t nargs, ft_obj *kwnames);

#endif
