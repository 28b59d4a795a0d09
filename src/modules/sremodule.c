/* sremodule.c -- _ftpy_sre: the regular-expression matching engine of `re`.
 *
 * lib/re/_parser.py turns a pattern into a tree of tuples; compile() here
 * turns that tree into a Program: a flat array of nodes linked by index
 * (each node names its continuation `next`), a table of character-set
 * items and a table of alternation branches. A Program is immutable once
 * built, so one compiled pattern is matched by any number of threads at
 * once; everything a match mutates (capture marks, the undo trail, repeat
 * counters, the decoded subject) lives on the C stack or in per-call
 * malloc()ed buffers that hold no object pointers.
 *
 * Matching is backtracking in the style of CPython's sre: simple nodes
 * (characters, anchors, group marks) are walked in a loop; choice points
 * (alternation, repeats, lookaround, atomic groups) recurse. Capture marks
 * are changed only through the trail, so a choice point undoes everything
 * a failed branch wrote by rewinding the trail to its saved height.
 * Repeats of one-character nodes are loops without recursion per
 * character. Recursion depth is bounded by ft_check_c_stack(); a match
 * that runs out of stack is rerun on a helper thread with a 1 GiB stack
 * (run_safe), and only if that overflows too is RecursionError raised.
 * Every 4096 steps the matcher polls for signals
 * (KeyboardInterrupt) and reaches a GC safepoint, so catastrophic patterns
 * stay interruptible and never stall the collector.
 *
 * Subjects: an ASCII str or a bytes-like object is matched byte by byte;
 * any other str is decoded once per call into an array of code points.
 * Positions are code-point indices throughout.
 */
#include "core/ftcore.h"
#include "objects/unicode_db.h"
#include "modules/signals.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- flags (same values as re) ------------------------------------------------------ */
enum { RF_I = 2, RF_L = 4, RF_M = 8, RF_S = 16, RF_U = 32, RF_X = 64, RF_A = 256 };

/* ---- program ------------------------------------------------------------------------- */
enum {
    OP_END, OP_SUBEND, OP_CHAR, OP_BOL, OP_BOL_M, OP_EOL, OP_EOL_M, OP_BOS, OP_EOS,
    OP_WORDB, OP_NWORDB, OP_OPEN, OP_CLOSE, OP_ALT, OP_REP1, OP_REP, OP_UNTIL, OP_POSS,
    OP_LOOK, OP_ATOMIC, OP_BACKREF, OP_COND,
};
/* character tests (OP_CHAR's kind) */
enum { CK_LIT, CK_LIT_I, CK_ANY, CK_ANYALL, CK_CAT, CK_SET };
enum { MODE_GREEDY, MODE_LAZY, MODE_POSS };

typedef struct rnode {
    uint8_t op;
    uint8_t kind;      /* OP_CHAR: CK_*; OP_REP*: MODE_*; OP_LOOK: ahead */
    uint8_t ascii;     /* ASCII-only classes and case folding */
    uint8_t neg;       /* CK_SET: negated; OP_LOOK: negative; OP_BACKREF: ignore case */
    int32_t next;
    int32_t a, b;      /* OP_CHAR set: item offset/count; groups; bodies; branches */
    uint32_t c;        /* literal code point / category letter */
    int64_t min, max;  /* repeats (max -1: unbounded); OP_LOOK: width in min */
    uint64_t bm[2];    /* OP_CHAR: the test's result for code points 0..127 */
} rnode;

typedef struct sre_prog {
    ft_obj ob;
    rnode *nodes;        /* FT_GC_ATOMIC */
    uint32_t *items;     /* set items: triples (type, x, y); FT_GC_ATOMIC */
    int32_t *branches;   /* alternation branch starts; FT_GC_ATOMIC */
    int32_t nnodes, start, first;   /* first: OP_CHAR every match begins with, or -1 */
    int32_t ngroups;     /* including group 0 */
    bool bol_anchored;   /* can only match at index 0 */
} sre_prog;

extern ft_type ft_sre_prog_type;

/* ---- character classes ------------------------------------------------------------ */
static uint32_t u_lower(uint32_t c) {
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0x110000) return c;
    const ft_ucd_record *r = ft_ucd_get(c);
    if (!(r->flags & FT_UCD_EXT_LOWER)) return (uint32_t)((int32_t)c + r->lower);
    return ft_ucd_ext[r->lower + 1];   /* only U+0130 has a longer full mapping; its simple one is the first */
}

static uint32_t u_upper(uint32_t c) {
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if (c >= 0x110000) return c;
    const ft_ucd_record *r = ft_ucd_get(c);
    if (!(r->flags & FT_UCD_EXT_UPPER)) return (uint32_t)((int32_t)c + r->upper);
    const uint32_t *e = &ft_ucd_ext[r->upper];
    return e[0] == 1 ? e[1] : c;       /* multi-character full mappings have no simple one */
}

static inline uint32_t a_lower(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Case-insensitive equality as sre sees it: same lower case, or the same
 * lower case of the upper case (which joins s/S/U+017F, k/K/U+212A, i/U+0131 ...). */
static bool fold_eq(uint32_t a, uint32_t b, bool ascii) {
    if (a == b) return true;
    if (ascii) return a < 128 && b < 128 && a_lower(a) == a_lower(b);
    if (u_lower(a) == u_lower(b)) return true;
    if (u_lower(u_upper(a)) == u_lower(u_upper(b))) return true;
    if (a >= 0x110000 || b >= 0x110000) return false;
    /* characters whose multi-character case foldings agree (U+0390/U+1FD3,
     * U+FB05/U+FB06) are equal for sre as well */
    uint32_t fa[3], fb[3];
    int na = ft_ucd_casemap(a, FT_UCD_MAP_FOLD, fa);
    if (na < 2) return false;
    int nb = ft_ucd_casemap(b, FT_UCD_MAP_FOLD, fb);
    return na == nb && memcmp(fa, fb, sizeof(uint32_t) * (size_t)na) == 0;
}

static bool is_word(uint32_t c, bool ascii) {
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (ascii || c >= 0x110000) return false;
    return ft_ucd_isalnum(c);
}

static bool cat_test(uint32_t cat, uint32_t c, bool ascii) {
    bool r;
    switch (cat | 32) {
    case 'd':
        if (c < 128 || ascii) r = c >= '0' && c <= '9';
        else r = c < 0x110000 && ft_ucd_decimal(c) >= 0;
        break;
    case 'w':
        r = is_word(c, ascii);
        break;
    default: /* 's' */
        if (c < 128 || ascii) r = c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 28 && c <= 31);
        else r = c < 0x110000 && ft_ucd_isspace(c);
        break;
    }
    return (cat >= 'A' && cat <= 'Z') ? !r : r;
}

static bool set_test(const uint32_t *it, int32_t n, uint32_t c, bool icase, bool ascii) {
    uint32_t var[5];
    int nv = 1;
    var[0] = c;
    if (icase) {
        if (ascii) {
            if (c < 128) {
                uint32_t l = a_lower(c), u = (c >= 'a' && c <= 'z') ? c - 32 : c;
                var[nv++] = l;
                var[nv++] = u;
            }
        } else {
            var[nv++] = u_lower(c);
            var[nv++] = u_upper(c);
            var[nv++] = u_lower(u_upper(c));
            var[nv++] = u_upper(u_lower(c));
        }
    }
    for (int32_t k = 0; k < n; k++, it += 3) {
        switch (it[0]) {
        case 0:
            if (icase ? fold_eq(it[1], c, ascii) : it[1] == c) return true;
            break;
        case 1:
            for (int v = 0; v < nv; v++)
                if (var[v] >= it[1] && var[v] <= it[2]) return true;
            break;
        default:
            if (cat_test(it[1], c, ascii)) return true;
            break;
        }
    }
    return false;
}

static bool char_test_slow(const sre_prog *p, const rnode *n, uint32_t c) {
    switch (n->kind) {
    case CK_LIT: return c == n->c;
    case CK_LIT_I: return fold_eq(n->c, c, n->ascii);
    case CK_ANY: return c != '\n';
    case CK_ANYALL: return true;
    case CK_CAT: return cat_test(n->c, c, n->ascii);
    default: {
        bool r = set_test(p->items + n->a, n->b, c, n->c != 0, n->ascii);
        return n->neg ? !r : r;
    }
    }
}

static inline bool char_test(const sre_prog *p, const rnode *n, uint32_t c) {
    if (c < 128) return (n->bm[c >> 6] >> (c & 63)) & 1;
    if (n->kind == CK_LIT) return c == n->c;
    return char_test_slow(p, n, c);
}

/* ---- compiler ------------------------------------------------------------------------ */
typedef struct cbuf {
    rnode *nodes; int32_t nn, capn;
    uint32_t *items; int32_t ni, capi;
    int32_t *br; int32_t nb, capb;
    int32_t ngroups;
} cbuf;

static int32_t new_node(cbuf *c, int op, int32_t next) {
    if (c->nn == c->capn) {
        int32_t cap = c->capn ? c->capn * 2 : 32;
        rnode *nw = realloc(c->nodes, (size_t)cap * sizeof(rnode));
        if (!nw) { ft_err_no_memory(); return -1; }
        c->nodes = nw;
        c->capn = cap;
    }
    rnode *n = &c->nodes[c->nn];
    memset(n, 0, sizeof *n);
    n->op = (uint8_t)op;
    n->next = next;
    return c->nn++;
}

static int add_item(cbuf *c, uint32_t t, uint32_t x, uint32_t y) {
    if (c->ni + 3 > c->capi) {
        int32_t cap = c->capi ? c->capi * 2 : 48;
        uint32_t *nw = realloc(c->items, (size_t)cap * sizeof(uint32_t));
        if (!nw) { ft_err_no_memory(); return -1; }
        c->items = nw;
        c->capi = cap;
    }
    c->items[c->ni++] = t;
    c->items[c->ni++] = x;
    c->items[c->ni++] = y;
    return 0;
}

static ft_obj *bad_tree(void) {
    return ft_err_format(ft_exc_ValueError, "_ftpy_sre: malformed pattern tree");
}

static bool kind_is(ft_obj *node, const char *k) {
    ft_obj *kind = ft_tuple_get(node, 0);
    return ft_str_check(kind) && ft_str_eq_cstr(kind, k);
}

static int get_char(ft_obj *o, uint32_t *out) {
    if (!ft_str_check(o) || ft_str_len(o) != 1) { bad_tree(); return -1; }
    *out = ft_str_char_at(o, 0);
    return 0;
}

static int get_int(ft_obj *o, int64_t *out) {
    if (o == ft_None) { *out = -1; return 0; }
    if (!ft_is_smallint(o) && !ft_int_check(o)) { bad_tree(); return -1; }
    int64_t v = ft_int_as_i64(o);
    if (v == -1 && ft_err_occurred()) return -1;
    *out = v;
    return 0;
}

static int tup(ft_obj *node, ft_ssize n) {
    if (!ft_tuple_check(node) || ft_tuple_size(node) < n || !ft_str_check(ft_tuple_get(node, 0))) {
        bad_tree();
        return -1;
    }
    return 0;
}

static void fill_bitmap(cbuf *c, int32_t idx) {
    sre_prog tmp;
    tmp.items = c->items;
    rnode *n = &c->nodes[idx];
    n->bm[0] = n->bm[1] = 0;
    for (uint32_t ch = 0; ch < 128; ch++)
        if (char_test_slow(&tmp, n, ch))
            n->bm[ch >> 6] |= (uint64_t)1 << (ch & 63);
}

/* A one-character node (lit/any/cat/set, possibly under scoped flags) as an
 * OP_CHAR; returns its index, -2 if the node is not a character, -1 on error. */
static int32_t comp_char(cbuf *c, ft_obj *node, int flags, int32_t next) {
    if (tup(node, 1) < 0) return -1;
    for (;;) {
        if (kind_is(node, "group") && ft_tuple_size(node) >= 3 && ft_tuple_get(node, 1) == ft_None) {
            /* (?:x) is x itself (sre's parser flattens it) */
            node = ft_tuple_get(node, 2);
            if (tup(node, 1) < 0) return -1;
            continue;
        }
        if (!kind_is(node, "flags")) break;
        if (tup(node, 4) < 0) return -1;
        int64_t add, rem;
        if (get_int(ft_tuple_get(node, 1), &add) < 0 || get_int(ft_tuple_get(node, 2), &rem) < 0) return -1;
        flags = (int)((flags | add) & ~rem);
        node = ft_tuple_get(node, 3);
        if (tup(node, 1) < 0) return -1;
    }
    bool icase = flags & RF_I, ascii = flags & RF_A;
    int32_t idx;
    if (kind_is(node, "lit")) {
        uint32_t ch;
        if (tup(node, 2) < 0 || get_char(ft_tuple_get(node, 1), &ch) < 0) return -1;
        if ((idx = new_node(c, OP_CHAR, next)) < 0) return -1;
        rnode *n = &c->nodes[idx];
        n->c = ch;
        n->kind = CK_LIT;
        if (icase) n->kind = CK_LIT_I;
        n->ascii = ascii;
    } else if (kind_is(node, "any")) {
        if ((idx = new_node(c, OP_CHAR, next)) < 0) return -1;
        c->nodes[idx].kind = (flags & RF_S) ? CK_ANYALL : CK_ANY;
    } else if (kind_is(node, "cat")) {
        uint32_t ch;
        if (tup(node, 2) < 0 || get_char(ft_tuple_get(node, 1), &ch) < 0) return -1;
        if ((idx = new_node(c, OP_CHAR, next)) < 0) return -1;
        c->nodes[idx].kind = CK_CAT;
        c->nodes[idx].c = ch;
        c->nodes[idx].ascii = ascii;
    } else if (kind_is(node, "set")) {
        if (tup(node, 3) < 0) return -1;
        ft_obj *neg = ft_tuple_get(node, 1), *items = ft_tuple_get(node, 2);
        if (!ft_list_check(items) && !ft_tuple_check(items)) { bad_tree(); return -1; }
        int32_t start = c->ni;
        if (ft_list_check(items)) items = ft_list_snapshot(items);
        if (!items) return -1;
        ft_ssize cnt = ft_tuple_size(items);
        for (ft_ssize k = 0; k < cnt; k++) {
            ft_obj *it = ft_tuple_get(items, k);
            if (tup(it, 2) < 0) return -1;
            uint32_t x, y;
            if (kind_is(it, "ch")) {
                if (get_char(ft_tuple_get(it, 1), &x) < 0 || add_item(c, 0, x, 0) < 0) return -1;
            } else if (kind_is(it, "range")) {
                if (tup(it, 3) < 0 || get_char(ft_tuple_get(it, 1), &x) < 0 ||
                    get_char(ft_tuple_get(it, 2), &y) < 0 || add_item(c, 1, x, y) < 0)
                    return -1;
            } else if (kind_is(it, "cat")) {
                if (get_char(ft_tuple_get(it, 1), &x) < 0 || add_item(c, 2, x, 0) < 0) return -1;
            } else {
                bad_tree();
                return -1;
            }
        }
        if ((idx = new_node(c, OP_CHAR, next)) < 0) return -1;
        rnode *n = &c->nodes[idx];
        n->kind = CK_SET;
        n->a = start;
        n->b = (c->ni - start) / 3;
        n->neg = ft_is_true(neg) > 0;
        n->c = icase;
        n->ascii = ascii;
    } else {
        return -2;
    }
    fill_bitmap(c, idx);
    return idx;
}

static int32_t comp(cbuf *c, ft_obj *node, int flags, int32_t next);

static int32_t comp_alt(cbuf *c, ft_obj *list, int flags, int32_t next) {
    if (!ft_list_check(list)) { bad_tree(); return -1; }
    ft_obj *items = ft_list_snapshot(list);
    if (!items) return -1;
    ft_ssize n = ft_tuple_size(items);
    int32_t *tmp = malloc(sizeof(int32_t) * (size_t)(n ? n : 1));
    if (!tmp) { ft_err_no_memory(); return -1; }
    for (ft_ssize k = 0; k < n; k++) {
        int32_t b = comp(c, ft_tuple_get(items, k), flags, next);
        if (b < 0) { free(tmp); return -1; }
        tmp[k] = b;
    }
    if (c->nb + n > c->capb) {
        int32_t cap = c->capb ? c->capb * 2 : 16;
        while (cap < c->nb + n) cap *= 2;
        int32_t *nw = realloc(c->br, (size_t)cap * sizeof(int32_t));
        if (!nw) { free(tmp); ft_err_no_memory(); return -1; }
        c->br = nw;
        c->capb = cap;
    }
    int32_t off = c->nb;
    memcpy(c->br + off, tmp, sizeof(int32_t) * (size_t)n);
    c->nb += (int32_t)n;
    free(tmp);
    int32_t idx = new_node(c, OP_ALT, next);
    if (idx < 0) return -1;
    c->nodes[idx].a = off;
    c->nodes[idx].b = (int32_t)n;
    return idx;
}

static int check_gid(cbuf *c, int64_t g) {
    if (g < 1 || g >= c->ngroups) { bad_tree(); return -1; }
    return 0;
}

static int32_t comp(cbuf *c, ft_obj *node, int flags, int32_t next) {
    if (ft_check_c_stack("regular expression compile") < 0) return -1;
    if (tup(node, 1) < 0) return -1;
    int32_t r = comp_char(c, node, flags, next);
    if (r != -2) return r;
    static const struct { const char *name; int op; } anchors[] = {
        { "bos", OP_BOS }, { "eos", OP_EOS }, { "wordb", OP_WORDB }, { "nwordb", OP_NWORDB },
    };
    for (size_t k = 0; k < sizeof anchors / sizeof anchors[0]; k++) {
        if (kind_is(node, anchors[k].name)) {
            int32_t idx = new_node(c, anchors[k].op, next);
            if (idx >= 0) c->nodes[idx].ascii = (flags & RF_A) != 0;
            return idx;
        }
    }
    if (kind_is(node, "bol"))
        return new_node(c, (flags & RF_M) ? OP_BOL_M : OP_BOL, next);
    if (kind_is(node, "eol"))
        return new_node(c, (flags & RF_M) ? OP_EOL_M : OP_EOL, next);
    if (kind_is(node, "eosnl"))
        return new_node(c, OP_EOL, next);
    if (kind_is(node, "seq")) {
        if (tup(node, 2) < 0) return -1;
        ft_obj *list = ft_tuple_get(node, 1);
        if (!ft_list_check(list)) { bad_tree(); return -1; }
        ft_obj *items = ft_list_snapshot(list);
        if (!items) return -1;
        for (ft_ssize k = ft_tuple_size(items) - 1; k >= 0; k--) {
            next = comp(c, ft_tuple_get(items, k), flags, next);
            if (next < 0) return -1;
        }
        return next;
    }
    if (kind_is(node, "alt")) {
        if (tup(node, 2) < 0) return -1;
        return comp_alt(c, ft_tuple_get(node, 1), flags, next);
    }
    if (kind_is(node, "group")) {
        if (tup(node, 3) < 0) return -1;
        ft_obj *g = ft_tuple_get(node, 1);
        if (g == ft_None) return comp(c, ft_tuple_get(node, 2), flags, next);
        int64_t gid;
        if (get_int(g, &gid) < 0 || check_gid(c, gid) < 0) return -1;
        int32_t close = new_node(c, OP_CLOSE, next);
        if (close < 0) return -1;
        c->nodes[close].a = (int32_t)gid;
        int32_t body = comp(c, ft_tuple_get(node, 2), flags, close);
        if (body < 0) return -1;
        int32_t open = new_node(c, OP_OPEN, body);
        if (open >= 0) c->nodes[open].a = (int32_t)gid;
        return open;
    }
    if (kind_is(node, "flags")) {
        if (tup(node, 4) < 0) return -1;
        int64_t add, rem;
        if (get_int(ft_tuple_get(node, 1), &add) < 0 || get_int(ft_tuple_get(node, 2), &rem) < 0) return -1;
        return comp(c, ft_tuple_get(node, 3), (int)((flags | add) & ~rem), next);
    }
    if (kind_is(node, "rep")) {
        if (tup(node, 5) < 0) return -1;
        int64_t mn, mx;
        if (get_int(ft_tuple_get(node, 2), &mn) < 0 || get_int(ft_tuple_get(node, 3), &mx) < 0) return -1;
        if (mn < 0) { bad_tree(); return -1; }
        ft_obj *mode = ft_tuple_get(node, 4);
        int md = MODE_GREEDY;
        if (ft_str_check(mode) && ft_str_eq_cstr(mode, "lazy")) md = MODE_LAZY;
        else if (ft_str_check(mode) && ft_str_eq_cstr(mode, "possessive")) md = MODE_POSS;
        ft_obj *inner = ft_tuple_get(node, 1);
        int32_t ch = comp_char(c, inner, flags, -1);
        if (ch == -1) return -1;
        int32_t idx;
        if (ch >= 0) {
            idx = new_node(c, OP_REP1, next);
            if (idx < 0) return -1;
            c->nodes[idx].a = ch;
        } else if (md == MODE_POSS) {
            int32_t body = comp(c, inner, flags, 1);
            if (body < 0) return -1;
            idx = new_node(c, OP_POSS, next);
            if (idx < 0) return -1;
            c->nodes[idx].a = body;
        } else {
            idx = new_node(c, OP_REP, next);
            if (idx < 0) return -1;
            int32_t until = new_node(c, OP_UNTIL, -1);
            if (until < 0) return -1;
            c->nodes[until].a = idx;
            int32_t body = comp(c, inner, flags, until);
            if (body < 0) return -1;
            c->nodes[idx].a = body;
            c->nodes[idx].b = until;
        }
        c->nodes[idx].kind = (uint8_t)md;
        c->nodes[idx].min = mn;
        c->nodes[idx].max = mx;
        return idx;
    }
    if (kind_is(node, "look")) {
        if (tup(node, 5) < 0) return -1;
        int ahead = ft_is_true(ft_tuple_get(node, 1));
        int negate = ft_is_true(ft_tuple_get(node, 2));
        if (ahead < 0 || negate < 0) return -1;
        int64_t width = 0;
        if (!ahead && get_int(ft_tuple_get(node, 4), &width) < 0) return -1;
        int32_t body = comp(c, ft_tuple_get(node, 3), flags, 1);
        if (body < 0) return -1;
        int32_t idx = new_node(c, OP_LOOK, next);
        if (idx < 0) return -1;
        c->nodes[idx].a = body;
        c->nodes[idx].kind = (uint8_t)ahead;
        c->nodes[idx].neg = (uint8_t)negate;
        c->nodes[idx].min = width;
        return idx;
    }
    if (kind_is(node, "atomic")) {
        if (tup(node, 2) < 0) return -1;
        int32_t body = comp(c, ft_tuple_get(node, 1), flags, 1);
        if (body < 0) return -1;
        int32_t idx = new_node(c, OP_ATOMIC, next);
        if (idx >= 0) c->nodes[idx].a = body;
        return idx;
    }
    if (kind_is(node, "backref")) {
        if (tup(node, 2) < 0) return -1;
        int64_t gid;
        if (get_int(ft_tuple_get(node, 1), &gid) < 0 || check_gid(c, gid) < 0) return -1;
        int32_t idx = new_node(c, OP_BACKREF, next);
        if (idx < 0) return -1;
        c->nodes[idx].a = (int32_t)gid;
        c->nodes[idx].neg = (flags & RF_I) != 0;
        c->nodes[idx].ascii = (flags & RF_A) != 0;
        return idx;
    }
    if (kind_is(node, "cond")) {
        if (tup(node, 4) < 0) return -1;
        int64_t gid;
        if (get_int(ft_tuple_get(node, 1), &gid) < 0 || check_gid(c, gid) < 0) return -1;
        int32_t yes = comp(c, ft_tuple_get(node, 2), flags, next);
        if (yes < 0) return -1;
        int32_t no = comp(c, ft_tuple_get(node, 3), flags, next);
        if (no < 0) return -1;
        int32_t idx = new_node(c, OP_COND, next);
        if (idx < 0) return -1;
        c->nodes[idx].a = yes;
        c->nodes[idx].b = no;
        c->nodes[idx].min = gid;
        return idx;
    }
    bad_tree();
    return -1;
}

/* The character test every match must begin with (skipping zero-width
 * assertions and group marks), used by search to skip ahead. */
static int32_t first_char(const rnode *nodes, int32_t ni) {
    for (int guard = 0; guard < 64; guard++) {
        const rnode *n = &nodes[ni];
        switch (n->op) {
        case OP_CHAR: return ni;
        case OP_OPEN: case OP_CLOSE: case OP_BOL: case OP_BOL_M: case OP_EOL: case OP_EOL_M:
        case OP_BOS: case OP_EOS: case OP_WORDB: case OP_NWORDB: case OP_LOOK:
            ni = n->next;
            continue;
        case OP_REP1:
            return n->min >= 1 ? n->a : -1;
        case OP_REP: case OP_POSS: case OP_ATOMIC:
            if (n->op != OP_ATOMIC && n->min < 1) return -1;
            ni = n->a;
            continue;
        default:
            return -1;
        }
    }
    return -1;
}

static ft_obj *sre_compile(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("compile", nargs, kwnames, 3, 3) < 0) return NULL;
    int64_t flags, groups;
    if (get_int(args[1], &flags) < 0 || get_int(args[2], &groups) < 0) return NULL;
    if (groups < 1 || groups > 100000000) return bad_tree();
    cbuf c;
    memset(&c, 0, sizeof c);
    c.ngroups = (int32_t)groups;
    ft_obj *res = NULL;
    if (new_node(&c, OP_END, -1) < 0 || new_node(&c, OP_SUBEND, -1) < 0) goto done;
    int32_t start = comp(&c, args[0], (int)flags, 0);
    if (start < 0) goto done;
    sre_prog *p = (sre_prog *)ft_type_generic_alloc(&ft_sre_prog_type, 0);
    if (!p) goto done;
    p->nodes = ft_gc_alloc((size_t)c.nn * sizeof(rnode), FT_GC_ATOMIC);
    p->items = ft_gc_alloc((size_t)(c.ni ? c.ni : 1) * sizeof(uint32_t), FT_GC_ATOMIC);
    p->branches = ft_gc_alloc((size_t)(c.nb ? c.nb : 1) * sizeof(int32_t), FT_GC_ATOMIC);
    if (!p->nodes || !p->items || !p->branches) goto done;
    memcpy(p->nodes, c.nodes, (size_t)c.nn * sizeof(rnode));
    if (c.ni) memcpy(p->items, c.items, (size_t)c.ni * sizeof(uint32_t));
    if (c.nb) memcpy(p->branches, c.br, (size_t)c.nb * sizeof(int32_t));
    p->nnodes = c.nn;
    p->start = start;
    p->ngroups = c.ngroups;
    p->first = first_char(p->nodes, start);
    {
        int32_t ni = start;
        while (p->nodes[ni].op == OP_OPEN) ni = p->nodes[ni].next;
        p->bol_anchored = p->nodes[ni].op == OP_BOS || p->nodes[ni].op == OP_BOL;
    }
    res = (ft_obj *)p;
done:
    free(c.nodes);
    free(c.items);
    free(c.br);
    return res;
}

/* ---- matcher ------------------------------------------------------------------------- */
typedef struct repctx {
    int32_t node;
    int64_t count;
    ft_ssize last;
    struct repctx *prev;
} repctx;

typedef struct tentry { ft_ssize idx, old; } tentry;

typedef struct mstate {
    const sre_prog *p;
    const uint8_t *b;      /* narrow subject, or NULL */
    const uint32_t *w;     /* wide subject */
    ft_ssize len, end, pos, start;
    bool full, must_advance;
    ft_ssize *mk;          /* per group g: [3g] open, [3g+1] start, [3g+2] end; then lastindex */
    ft_ssize nmk;
    tentry *tr;
    ft_ssize ntr, captr;
    repctx *rep;
    unsigned steps;
    /* Set while the match runs on a big-stack helper thread (see run_safe):
     * the lowest usable stack address; the helper must not touch the
     * runtime, so problems are reported through the flags below. */
    char *stack_lo;
    bool deep, intr, nomem, ignore_signals;
} mstate;

#define CH(st, i) ((st)->b ? (uint32_t)(st)->b[i] : (st)->w[i])
#define M_FAIL (-1)
#define M_ERR (-2)

static int set_mark(mstate *st, ft_ssize idx, ft_ssize v) {
    if (st->ntr == st->captr) {
        ft_ssize cap = st->captr ? st->captr * 2 : 64;
        tentry *nw = realloc(st->tr, (size_t)cap * sizeof(tentry));
        if (!nw) {
            if (st->stack_lo) st->nomem = true;
            else ft_err_no_memory();
            return -1;
        }
        st->tr = nw;
        st->captr = cap;
    }
    st->tr[st->ntr].idx = idx;
    st->tr[st->ntr].old = st->mk[idx];
    st->ntr++;
    st->mk[idx] = v;
    return 0;
}

static void undo(mstate *st, ft_ssize h) {
    while (st->ntr > h) {
        st->ntr--;
        st->mk[st->tr[st->ntr].idx] = st->tr[st->ntr].old;
    }
}

static int poll(mstate *st) {
    if (st->stack_lo) {
        if (!st->ignore_signals && ft_signals_tripped()) {
            st->intr = true;
            return -1;
        }
        return 0;
    }
    ft_thread *ts = ft_ts();
    FT_SAFEPOINT(ts);
    if (ft_signals_tripped() && ft_signals_check() < 0) return -1;
    return 0;
}

static bool at_word(mstate *st, ft_ssize i, bool ascii) {
    return i < st->end && is_word(CH(st, i), ascii);
}

static ft_ssize m(mstate *st, int32_t ni, ft_ssize i) {
    const sre_prog *p = st->p;
    const rnode *nodes = p->nodes;
    if (st->stack_lo) {
        char probe;
        if (&probe < st->stack_lo) {
            st->deep = true;
            return M_ERR;
        }
    } else if (ft_check_c_stack("regular expression match") < 0) {
        st->deep = true;
        return M_ERR;
    }
    for (;;) {
        if ((++st->steps & 0xFFF) == 0 && poll(st) < 0) return M_ERR;
        const rnode *n = &nodes[ni];
        switch (n->op) {
        case OP_END:
            if (st->full && i != st->end) return M_FAIL;
            if (st->must_advance && i == st->pos && st->start == st->pos) return M_FAIL;
            return i;
        case OP_SUBEND:
            return i;
        case OP_CHAR:
            if (i >= st->end || !char_test(p, n, CH(st, i))) return M_FAIL;
            i++;
            break;
        case OP_BOL:
            if (i != 0) return M_FAIL;
            break;
        case OP_BOL_M:
            if (i != 0 && CH(st, i - 1) != '\n') return M_FAIL;
            break;
        case OP_EOL:
            if (!(i == st->end || (i == st->end - 1 && CH(st, i) == '\n'))) return M_FAIL;
            break;
        case OP_EOL_M:
            /* sre looks at the character even past endpos (match with pos > endpos) */
            if (!(i == st->end || (i < st->len && CH(st, i) == '\n'))) return M_FAIL;
            break;
        case OP_BOS:
            if (i != 0) return M_FAIL;
            break;
        case OP_EOS:
            if (i != st->end) return M_FAIL;
            break;
        case OP_WORDB:
        case OP_NWORDB: {
            if (st->end == 0) return M_FAIL;   /* sre: neither matches in an empty subject */
            bool before = i > 0 && is_word(CH(st, i - 1), n->ascii);
            bool b = before != at_word(st, i, n->ascii);
            if (b != (n->op == OP_WORDB)) return M_FAIL;
            break;
        }
        case OP_OPEN:
            if (set_mark(st, 3 * (ft_ssize)n->a, i) < 0) return M_ERR;
            break;
        case OP_CLOSE: {
            ft_ssize g = n->a;
            if (set_mark(st, 3 * g + 1, st->mk[3 * g]) < 0 || set_mark(st, 3 * g + 2, i) < 0 ||
                set_mark(st, st->nmk - 1, g) < 0)
                return M_ERR;
            break;
        }
        case OP_ALT: {
            ft_ssize h = st->ntr;
            const int32_t *br = p->branches + n->a;
            for (int32_t k = 0; k + 1 < n->b; k++) {
                /* cheap first-character rejection of a branch */
                const rnode *bn = &nodes[br[k]];
                if (bn->op == OP_CHAR && (i >= st->end || !char_test(p, bn, CH(st, i)))) continue;
                ft_ssize r = m(st, br[k], i);
                if (r != M_FAIL) return r;
                undo(st, h);
            }
            if (n->b == 0) return M_FAIL;
            ni = br[n->b - 1];
            continue;
        }
        case OP_REP1: {
            const rnode *cn = &nodes[n->a];
            ft_ssize lim = st->end;
            if (n->max >= 0 && n->max < lim - i) lim = i + n->max;
            ft_ssize j = i, mn = i + n->min;
            if (n->min > st->end - i) return M_FAIL;
            if (n->kind == MODE_LAZY) {
                while (j < mn) {
                    if (!char_test(p, cn, CH(st, j))) return M_FAIL;
                    j++;
                }
                ft_ssize h = st->ntr;
                for (;;) {
                    ft_ssize r = m(st, n->next, j);
                    if (r != M_FAIL) return r;
                    undo(st, h);
                    if (j >= lim || !char_test(p, cn, CH(st, j))) return M_FAIL;
                    j++;
                }
            }
            if (st->b && cn->kind != CK_SET && cn->kind != CK_CAT && cn->kind != CK_LIT_I) {
                const uint8_t *b = st->b;
                switch (cn->kind) {
                case CK_LIT: while (j < lim && b[j] == cn->c) j++; break;
                case CK_ANY: while (j < lim && b[j] != '\n') j++; break;
                default: j = lim; break;
                }
            } else {
                while (j < lim && char_test(p, cn, CH(st, j))) j++;
            }
            if (j < mn) return M_FAIL;
            if (n->kind == MODE_POSS) {
                i = j;
                break;
            }
            const rnode *nx = &nodes[n->next];
            if (nx->op == OP_END && !st->full && !st->must_advance) return j;
            ft_ssize h = st->ntr;
            bool lit = nx->op == OP_CHAR && nx->kind == CK_LIT;
            for (; j >= mn; j--) {
                if (lit && (j >= st->end || CH(st, j) != nx->c)) continue;
                ft_ssize r = m(st, n->next, j);
                if (r != M_FAIL) return r;
                undo(st, h);
            }
            return M_FAIL;
        }
        case OP_REP: {
            repctx rc = { ni, -1, -1, st->rep };
            st->rep = &rc;
            ft_ssize r = m(st, n->b, i);
            st->rep = rc.prev;
            return r;
        }
        case OP_UNTIL: {
            repctx *rc = st->rep;
            const rnode *rn = &nodes[rc->node];
            int64_t count = rc->count + 1;
            ft_ssize r;
            if (count < rn->min) {
                rc->count = count;
                r = m(st, rn->a, i);
                if (r == M_FAIL) rc->count = count - 1;
                return r;
            }
            if (rn->kind == MODE_GREEDY) {
                if ((rn->max < 0 || count < rn->max) && i != rc->last) {
                    ft_ssize h = st->ntr, saved = rc->last;
                    rc->count = count;
                    rc->last = i;
                    r = m(st, rn->a, i);
                    rc->last = saved;
                    if (r != M_FAIL) return r;
                    undo(st, h);
                    rc->count = count - 1;
                }
                st->rep = rc->prev;
                r = m(st, rn->next, i);
                st->rep = rc;
                return r;
            }
            ft_ssize h = st->ntr;
            st->rep = rc->prev;
            r = m(st, rn->next, i);
            st->rep = rc;
            if (r != M_FAIL) return r;
            undo(st, h);
            if ((rn->max >= 0 && count >= rn->max) || i == rc->last) return M_FAIL;
            ft_ssize saved = rc->last;
            rc->count = count;
            rc->last = i;
            r = m(st, rn->a, i);
            rc->last = saved;
            if (r == M_FAIL) rc->count = count - 1;
            return r;
        }
        case OP_POSS: {
            int64_t count = 0;
            ft_ssize j = i;
            while (n->max < 0 || count < n->max) {
                ft_ssize h = st->ntr;
                ft_ssize nj = m(st, n->a, j);
                if (nj == M_ERR) return M_ERR;
                if (nj == M_FAIL) {
                    undo(st, h);
                    break;
                }
                if (nj == j && count >= n->min) break;
                j = nj;
                count++;
            }
            if (count < n->min) return M_FAIL;
            i = j;
            break;
        }
        case OP_ATOMIC: {
            ft_ssize j = m(st, n->a, i);
            if (j < 0) return j;
            i = j;
            break;
        }
        case OP_LOOK: {
            ft_ssize h = st->ntr, r;
            if (n->kind) {
                r = m(st, n->a, i);
            } else {
                r = i - n->min < 0 ? M_FAIL : m(st, n->a, i - n->min);
            }
            if (r == M_ERR) return M_ERR;
            if (n->neg) {
                undo(st, h);
                if (r >= 0) return M_FAIL;
            } else if (r < 0) {
                return M_FAIL;
            }
            break;
        }
        case OP_BACKREF: {
            ft_ssize g = n->a, s = st->mk[3 * g + 1], e = st->mk[3 * g + 2];
            if (s < 0 || e < s) return M_FAIL;
            if (e - s > st->end - i) return M_FAIL;
            for (ft_ssize k = 0; k < e - s; k++) {
                uint32_t a = CH(st, s + k), b = CH(st, i + k);
                /* sre compares group references by lower case only (no s/U+017F joining) */
                if (a != b && !(n->neg && (n->ascii ? a < 128 && b < 128 && a_lower(a) == a_lower(b)
                                                    : u_lower(a) == u_lower(b))))
                    return M_FAIL;
            }
            i += e - s;
            break;
        }
        case OP_COND: {
            ft_ssize g = n->min;
            ni = st->mk[3 * g + 1] >= 0 ? n->a : n->b;
            continue;
        }
        default:
            ft_err_format(ft_exc_SystemError, "_ftpy_sre: bad opcode %d", (int)n->op);
            return M_ERR;
        }
        ni = n->next;
    }
}

/* ---- subjects ---------------------------------------------------------------------- */
typedef struct subject {
    bool is_str;
    ft_obj *obj;
    ft_buffer view;
    bool have_view;
    const uint8_t *b;
    uint32_t *w;
    ft_ssize len;
} subject;

static int subject_open(subject *sj, ft_obj *s) {
    memset(sj, 0, sizeof *sj);
    sj->obj = s;
    if (ft_str_check(s)) {
        sj->is_str = true;
        sj->len = ft_str_len(s);
        if (FT_STR(s)->is_ascii) {
            sj->b = (const uint8_t *)ft_str_utf8(s);
            return 0;
        }
        const uint8_t *u = (const uint8_t *)ft_str_utf8(s);
        ft_ssize nb = FT_STR(s)->nbytes;
        sj->w = malloc(sizeof(uint32_t) * (size_t)(sj->len + 1));
        if (!sj->w) { ft_err_no_memory(); return -1; }
        ft_ssize k = 0;
        for (ft_ssize q = 0; q < nb && k < sj->len;) {
            uint32_t c = u[q];
            if (c < 0x80) q += 1;
            else if (c < 0xE0) { c = ((c & 0x1F) << 6) | (u[q + 1] & 0x3F); q += 2; }
            else if (c < 0xF0) { c = ((c & 0x0F) << 12) | ((u[q + 1] & 0x3F) << 6) | (u[q + 2] & 0x3F); q += 3; }
            else { c = ((c & 0x07) << 18) | ((u[q + 1] & 0x3F) << 12) | ((u[q + 2] & 0x3F) << 6) | (u[q + 3] & 0x3F); q += 4; }
            sj->w[k++] = c;
        }
        sj->len = k;
        return 0;
    }
    if (ft_get_buffer(s, &sj->view) < 0) return -1;
    sj->have_view = true;
    sj->b = (const uint8_t *)sj->view.buf;
    sj->len = sj->view.len;
    return 0;
}

static void subject_close(subject *sj) {
    free(sj->w);
    sj->w = NULL;
    if (sj->have_view) ft_release_buffer(&sj->view);
    sj->have_view = false;
}

static ft_obj *subject_slice(subject *sj, ft_ssize a, ft_ssize b) {
    if (sj->is_str) return ft_str_substr(sj->obj, a, b);
    return ft_bytes_new((const char *)sj->b + a, b - a);
}

/* One search (mode 0), match (1) or fullmatch (2) from pos; 1 found, 0 not, -1 error.
 * On success st->mk holds the marks and mstart/mend the span of group 0. */
static int run(mstate *st, ft_ssize pos, int mode, ft_ssize *mstart, ft_ssize *mend) {
    const sre_prog *p = st->p;
    st->pos = pos;
    st->full = mode == 2;
    for (ft_ssize k = 0; k < st->nmk; k++) st->mk[k] = -1;
    st->ntr = 0;
    st->rep = NULL;
    if (mode) {
        st->start = pos;
        ft_ssize r = m(st, p->start, pos);
        if (r == M_ERR) return -1;
        if (r == M_FAIL) return 0;
        *mstart = pos;
        *mend = r;
        return 1;
    }
    const rnode *first = p->first >= 0 ? &p->nodes[p->first] : NULL;
    for (ft_ssize s = pos; s <= st->end; s++) {
        if (p->bol_anchored && s > 0) return 0;
        if (first) {
            if (st->b && first->kind == CK_LIT) {
                if (s >= st->end || first->c > 255) return 0;
                const void *f = memchr(st->b + s, (int)first->c, (size_t)(st->end - s));
                if (!f) return 0;
                s = (const uint8_t *)f - st->b;
            } else {
                while (s < st->end && !char_test(p, first, CH(st, s))) s++;
                if (s >= st->end) return 0;
            }
        }
        st->start = s;
        ft_ssize r = m(st, p->start, s);
        if (r == M_ERR) return -1;
        if (r >= 0) {
            *mstart = s;
            *mend = r;
            return 1;
        }
        undo(st, 0);
        if ((++st->steps & 0xFFF) == 0 && poll(st) < 0) return -1;
    }
    return 0;
}

/* Deep backtracking (a repeat of a group recurses once per iteration) can
 * exhaust a thread's stack long before CPython's heap-allocated sre stack
 * would give up. When that happens the match is run again, from scratch, on
 * a helper pthread with a large (lazily committed) stack while the caller
 * is detached; only if that overflows too is RecursionError raised. */
#define HELPER_STACK ((size_t)1 << 30)
#define HELPER_MARGIN ((size_t)1 << 20)

typedef struct helper_job {
    mstate *st;
    ft_ssize pos, s, e;
    int mode, r;
} helper_job;

static void *helper_main(void *arg) {
    helper_job *job = arg;
    char base;
    job->st->stack_lo = (char *)((uintptr_t)&base - (HELPER_STACK - HELPER_MARGIN));
    job->r = run(job->st, job->pos, job->mode, &job->s, &job->e);
    return NULL;
}

static void *spawn_helper(void *arg) {
    helper_job *job = arg;
    pthread_attr_t at;
    pthread_t th;
    job->r = -3;
    if (pthread_attr_init(&at) != 0) return NULL;
    if (pthread_attr_setstacksize(&at, HELPER_STACK) == 0 && pthread_create(&th, &at, helper_main, job) == 0)
        pthread_join(th, NULL);
    pthread_attr_destroy(&at);
    return NULL;
}

static int run_safe(mstate *st, ft_ssize pos, int mode, ft_ssize *mstart, ft_ssize *mend) {
    st->deep = false;
    int r = run(st, pos, mode, mstart, mend);
    if (r >= 0 || !st->deep) return r;
    ft_err_clear();
    for (;;) {
        helper_job job = { st, pos, 0, 0, mode, 0 };
        st->deep = st->intr = st->nomem = false;
        ft_blocking_call(spawn_helper, &job);
        st->stack_lo = NULL;
        if (job.r >= 0) {
            *mstart = job.s;
            *mend = job.e;
            return job.r;
        }
        if (st->nomem) {
            ft_err_no_memory();
            return -1;
        }
        if (st->intr) {
            if (ft_signals_check() < 0) return -1;
            /* not the main thread (or the handler returned): go on without polling */
            if (ft_signals_tripped()) st->ignore_signals = true;
            continue;
        }
        ft_err_format(ft_exc_RecursionError, "maximum recursion depth exceeded in regular expression match");
        return -1;
    }
}

static int state_init(mstate *st, const sre_prog *p, subject *sj, ft_ssize endpos) {
    memset(st, 0, sizeof *st);
    st->p = p;
    st->b = sj->b;
    st->w = sj->w;
    st->len = sj->len;
    st->end = endpos;
    st->nmk = 3 * (ft_ssize)p->ngroups + 1;
    st->mk = malloc(sizeof(ft_ssize) * (size_t)st->nmk);
    if (!st->mk) { ft_err_no_memory(); return -1; }
    return 0;
}

static void state_fini(mstate *st) {
    free(st->mk);
    free(st->tr);
}

/* (lastindex, start0, end0, start1, end1, ...) */
static ft_obj *marks_tuple(mstate *st, ft_ssize s, ft_ssize e) {
    ft_ssize ng = st->p->ngroups;
    ft_obj *t = ft_tuple_new(1 + 2 * ng);
    if (!t) return NULL;
    ft_ssize li = st->mk[st->nmk - 1];
    ft_tuple_items(t)[0] = li >= 0 ? ft_int_from_i64(li) : ft_None;
    ft_tuple_items(t)[1] = ft_int_from_i64(s);
    ft_tuple_items(t)[2] = ft_int_from_i64(e);
    for (ft_ssize g = 1; g < ng; g++) {
        ft_ssize a = st->mk[3 * g + 1], b = st->mk[3 * g + 2];
        if (a < 0 || b < 0) a = b = -1;
        ft_tuple_items(t)[1 + 2 * g] = ft_int_from_i64(a);
        ft_tuple_items(t)[2 + 2 * g] = ft_int_from_i64(b);
    }
    return t;
}

static int get_bounds(ft_obj *const *args, subject *sj, ft_ssize *pos, ft_ssize *endpos) {
    ft_ssize a = ft_int_as_ssize(args[0]);
    if (a == -1 && ft_err_occurred()) return -1;
    ft_ssize b = ft_int_as_ssize(args[1]);
    if (b == -1 && ft_err_occurred()) return -1;
    if (a < 0) a = 0;
    if (a > sj->len) a = sj->len;
    if (b < 0) b = 0;
    if (b > sj->len) b = sj->len;
    *pos = a;
    *endpos = b;
    return 0;
}

/* prog.match(string, pos, endpos, mode, must_advance) -> marks tuple or None */
static ft_obj *p_match(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("match", nargs, kwnames, 5, 5) < 0) return NULL;
    const sre_prog *p = (const sre_prog *)self;
    subject sj;
    if (subject_open(&sj, args[0]) < 0) return NULL;
    ft_obj *res = NULL;
    ft_ssize pos, endpos, s, e;
    mstate st;
    int64_t mode;
    if (get_bounds(args + 1, &sj, &pos, &endpos) < 0 || get_int(args[3], &mode) < 0) {
        subject_close(&sj);
        return NULL;
    }
    int adv = ft_is_true(args[4]);
    if (adv < 0 || state_init(&st, p, &sj, endpos) < 0) {
        subject_close(&sj);
        return NULL;
    }
    st.must_advance = adv;
    if (pos <= endpos || mode != 0) {
        int r = run_safe(&st, pos, (int)mode, &s, &e);
        if (r > 0) res = marks_tuple(&st, s, e);
        else if (r == 0) res = ft_None;
    } else {
        res = ft_None;
    }
    state_fini(&st);
    subject_close(&sj);
    return res;
}

/* The finditer loop: calls fn for each match until it returns nonzero
 * (stop) or limit matches were seen; -1 on error. */
typedef int (*match_cb)(mstate *st, subject *sj, ft_ssize s, ft_ssize e, void *arg);

static int scan(mstate *st, subject *sj, ft_ssize pos, bool must_advance, ft_ssize limit,
                match_cb fn, void *arg) {
    ft_ssize n = 0;
    st->must_advance = must_advance;
    while (pos <= st->end && (limit <= 0 || n < limit)) {
        ft_ssize s, e;
        int r = run_safe(st, pos, 0, &s, &e);
        if (r < 0) return -1;
        if (r == 0) break;
        n++;
        int c = fn(st, sj, s, e, arg);
        if (c < 0) return -1;
        if (c > 0) break;
        st->must_advance = e == s;
        pos = e;
    }
    return 0;
}

static int cb_marks(mstate *st, subject *sj, ft_ssize s, ft_ssize e, void *arg) {
    ft_obj *t = marks_tuple(st, s, e);
    return t ? ft_list_append((ft_obj *)arg, t) : -1;
}

/* prog.scan(string, pos, endpos, must_advance, limit) -> list of marks tuples */
static ft_obj *p_scan(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("scan", nargs, kwnames, 5, 5) < 0) return NULL;
    subject sj;
    if (subject_open(&sj, args[0]) < 0) return NULL;
    ft_ssize pos, endpos;
    int64_t limit;
    mstate st;
    int adv;
    if (get_bounds(args + 1, &sj, &pos, &endpos) < 0 || (adv = ft_is_true(args[3])) < 0 ||
        get_int(args[4], &limit) < 0 || state_init(&st, (const sre_prog *)self, &sj, endpos) < 0) {
        subject_close(&sj);
        return NULL;
    }
    ft_obj *list = ft_list_new(0);
    if (list && scan(&st, &sj, pos, adv, (ft_ssize)limit, cb_marks, list) < 0) list = NULL;
    state_fini(&st);
    subject_close(&sj);
    return list;
}

static ft_obj *group_or_empty(mstate *st, subject *sj, ft_ssize g) {
    ft_ssize a = st->mk[3 * g + 1], b = st->mk[3 * g + 2];
    if (a < 0 || b < 0) a = b = 0;
    return subject_slice(sj, a, b);
}

static int cb_findall(mstate *st, subject *sj, ft_ssize s, ft_ssize e, void *arg) {
    ft_ssize ng = st->p->ngroups;
    ft_obj *item;
    if (ng == 1) {
        item = subject_slice(sj, s, e);
    } else if (ng == 2) {
        item = group_or_empty(st, sj, 1);
    } else {
        item = ft_tuple_new(ng - 1);
        if (!item) return -1;
        for (ft_ssize g = 1; g < ng; g++) {
            ft_obj *v = group_or_empty(st, sj, g);
            if (!v) return -1;
            ft_tuple_items(item)[g - 1] = v;
        }
    }
    return item ? ft_list_append((ft_obj *)arg, item) : -1;
}

/* prog.findall(string, pos, endpos) -> list */
static ft_obj *p_findall(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("findall", nargs, kwnames, 3, 3) < 0) return NULL;
    subject sj;
    if (subject_open(&sj, args[0]) < 0) return NULL;
    ft_ssize pos, endpos;
    mstate st;
    if (get_bounds(args + 1, &sj, &pos, &endpos) < 0 || state_init(&st, (const sre_prog *)self, &sj, endpos) < 0) {
        subject_close(&sj);
        return NULL;
    }
    ft_obj *list = ft_list_new(0);
    if (list && scan(&st, &sj, pos, false, 0, cb_findall, list) < 0) list = NULL;
    state_fini(&st);
    subject_close(&sj);
    return list;
}

/* sub with a replacement that has no escapes: the pieces are joined in C. */
typedef struct subarg {
    ft_strbuf sb;          /* str subjects */
    char *buf; ft_ssize blen, bcap;   /* bytes subjects */
    const char *repl; ft_ssize repl_len;   /* UTF-8 or bytes */
    ft_ssize last, n, count;
} subarg;

static int bytes_put(subarg *a, const char *d, ft_ssize n) {
    if (a->blen + n > a->bcap) {
        ft_ssize cap = a->bcap ? a->bcap : 256;
        while (cap < a->blen + n) cap *= 2;
        char *nw = realloc(a->buf, (size_t)cap);
        if (!nw) { ft_err_no_memory(); return -1; }
        a->buf = nw;
        a->bcap = cap;
    }
    memcpy(a->buf + a->blen, d, (size_t)n);
    a->blen += n;
    return 0;
}

static int put_range(subarg *a, subject *sj, ft_ssize s, ft_ssize e) {
    if (e <= s) return 0;
    if (!sj->is_str) return bytes_put(a, (const char *)sj->b + s, e - s);
    if (sj->b) return ft_strbuf_append(&a->sb, (const char *)sj->b + s, e - s);
    ft_ssize bs = ft_str_byte_offset(sj->obj, s), be = ft_str_byte_offset(sj->obj, e);
    return ft_strbuf_append(&a->sb, ft_str_utf8(sj->obj) + bs, be - bs);
}

static int cb_sub(mstate *st, subject *sj, ft_ssize s, ft_ssize e, void *arg) {
    subarg *a = arg;
    if (put_range(a, sj, a->last, s) < 0) return -1;
    if (a->repl_len) {
        if (sj->is_str ? ft_strbuf_append(&a->sb, a->repl, a->repl_len) < 0 : bytes_put(a, a->repl, a->repl_len) < 0)
            return -1;
    }
    a->last = e;
    a->n++;
    return (a->count > 0 && a->n >= a->count) ? 1 : 0;
}

/* prog.subliteral(repl, string, count) -> (new string, n); string is an exact
 * str or bytes and repl of the same type without backslashes. */
static ft_obj *p_subliteral(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("subliteral", nargs, kwnames, 3, 3) < 0) return NULL;
    ft_obj *repl = args[0], *string = args[1];
    bool is_str = ft_str_check(string);
    if (is_str ? !ft_str_check(repl) : !ft_bytes_check(repl) || !ft_bytes_check(string))
        return ft_err_format(ft_exc_TypeError, "subliteral: mismatched argument types");
    int64_t count;
    if (get_int(args[2], &count) < 0) return NULL;
    subject sj;
    if (subject_open(&sj, string) < 0) return NULL;
    mstate st;
    if (state_init(&st, (const sre_prog *)self, &sj, sj.len) < 0) {
        subject_close(&sj);
        return NULL;
    }
    subarg a;
    memset(&a, 0, sizeof a);
    ft_strbuf_init(&a.sb);
    if (is_str) {
        a.repl = ft_str_utf8(repl);
        a.repl_len = FT_STR(repl)->nbytes;
    } else {
        a.repl = ((ft_bytes *)repl)->data;
        a.repl_len = ((ft_bytes *)repl)->size;
    }
    a.count = count;
    ft_obj *res = NULL;
    if (scan(&st, &sj, 0, false, 0, cb_sub, &a) == 0) {
        ft_obj *out;
        if (a.n == 0) {
            out = string;
        } else if (put_range(&a, &sj, a.last, sj.len) < 0) {
            out = NULL;
        } else if (is_str) {
            out = ft_strbuf_finish(&a.sb);
            a.sb.buf = NULL;
        } else {
            out = ft_bytes_new(a.buf ? a.buf : "", a.blen);
        }
        if (out) res = ft_tuple_pack(2, out, ft_int_from_i64(a.n));
    }
    free(a.buf);
    state_fini(&st);
    subject_close(&sj);
    return res;
}

static ft_obj *p_get_groups(ft_obj *self, void *c) {
    return ft_int_from_i64(((sre_prog *)self)->ngroups);
}

static const ft_method_def prog_methods[] = {
    { "match", p_match, FT_METH_VARARGS, "match(string, pos, endpos, mode, must_advance): marks or None" },
    { "scan", p_scan, FT_METH_VARARGS, "scan(string, pos, endpos, must_advance, limit): list of marks" },
    { "findall", p_findall, FT_METH_VARARGS, "findall(string, pos, endpos): re.findall's list" },
    { "subliteral", p_subliteral, FT_METH_VARARGS, "subliteral(repl, string, count): (result, n)" },
    { NULL }
};

static const ft_getset_def prog_getsets[] = {
    { "groups", p_get_groups, NULL, NULL, NULL },
    { NULL }
};

ft_type ft_sre_prog_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_ftpy_sre.Program",
    .basicsize = sizeof(sre_prog),
    .methods = prog_methods,
    .getsets = prog_getsets,
};

static const ft_method_def sre_functions[] = {
    { "compile", sre_compile, FT_METH_VARARGS, "compile(tree, flags, groups): a Program" },
    { NULL }
};

static ft_once types_once = FT_ONCE_INIT;
static int types_status;

static void ready_types(void) {
    types_status = ft_type_ready(&ft_sre_prog_type) < 0 ? -1 : 1;
}

static int sre_exec(ft_obj *mod) {
    ft_once_run(&types_once, ready_types);
    if (types_status < 0) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_ImportError, "_ftpy_sre: type initialisation failed");
        return -1;
    }
    return ft_module_add_type(mod, &ft_sre_prog_type);
}

const ft_module_def ft__ftpy_sre_module_def = {
    .name = "_ftpy_sre",
    .doc = "Compiled regular-expression programs and their matcher (used by re).",
    .methods = sre_functions,
    .exec = sre_exec,
    .gil_safe = true,
};
