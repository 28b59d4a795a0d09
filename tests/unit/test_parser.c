/* test_parser.c -- unit tests of the lexer and parser.
 *
 * 1. Corpus: every tests/unit/parser_cases/X.txt (cases separated by lines
 *    '#####') and X.py (one case) is parsed; the result (ast.dump text or
 *    the SyntaxError's type, msg, location and text) must equal the line
 *    CPython 3.13 produced in X.exp (tests/unit/parser_cases/gen.py).
 * 2. Hostile input: deep nesting, NUL bytes, long chains, random bytes --
 *    must raise the right error (or succeed), never crash or hang.
 * 3. Modes eval / single, encodings, positions (pos_*.txt corpus files
 *    compare ast.dump(include_attributes=True)).
 * Set FT_PARSER_CASES to another directory to run a different corpus;
 * FT_PARSER_VERBOSE=1 prints every mismatch in full.
 */
#include "unit.h"
#include "parser/ast.h"
#include "parser/parser_int.h"

#include <dirent.h>
#include <stdlib.h>

ft_obj *ft_getattr_cstr(ft_obj *o, const char *name);

static ft_obj *fname;

/* "AST ..." / "ERR ..." / "EXC ..." line for one source. */
static bool with_attrs;

static char *describe(const char *src, size_t n, int mode) {
    ft_mod *m = ft_parse(src, (ft_ssize)n, fname, mode, 0);
    char *out = NULL;
    size_t sz = 0;
    FILE *f = open_memstream(&out, &sz);
    if (m) {
        ft_obj *d = ft_ast_dump_ex(m, -1, with_attrs);
        if (d) fprintf(f, "AST %s", ft_str_utf8(d));
        else { ft_err_clear(); fprintf(f, "DUMPFAIL"); }
    } else {
        ft_obj *e = ft_err_fetch();
        ft_type *t = e ? ft_type_of(e) : NULL;
        if (!e) {
            fprintf(f, "NOEXC");
        } else if (t == ft_exc_SyntaxError || t == ft_exc_IndentationError || t == ft_exc_TabError) {
            ft_obj *msg = ft_getattr_cstr(e, "msg");
            ft_obj *text = ft_getattr_cstr(e, "text");
            ft_obj *tr = text && text != ft_None ? ft_repr(text) : NULL;
            ft_obj *vals[4];
            const char *names[4] = {"lineno", "offset", "end_lineno", "end_offset"};
            fprintf(f, "ERR %s|%s", t->name, msg ? ft_str_utf8(msg) : "?");
            for (int i = 0; i < 4; i++) {
                vals[i] = ft_getattr_cstr(e, names[i]);
                if (vals[i] && ft_is_smallint(vals[i])) fprintf(f, "|%lld", (long long)ft_smallint_value(vals[i]));
                else fprintf(f, "|None");
            }
            fprintf(f, "|%s", tr ? ft_str_utf8(tr) : "None");
        } else {
            ft_obj *s = ft_str(e);
            fprintf(f, "EXC %s|%s", t->name, s ? ft_str_utf8(s) : "?");
        }
        ft_err_clear();
    }
    fclose(f);
    return out;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (fread(b, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(b); return NULL; }
    b[n] = 0;
    fclose(f);
    *len = (size_t)n;
    return b;
}

static int corpus_fail, corpus_pass;

static void check_case(const char *path, int idx, const char *src, size_t n, const char *expect) {
    char *got = describe(src, n, FT_PARSE_EXEC);
    if (strcmp(got, expect) == 0) {
        corpus_pass++;
        unit_pass++;
    } else {
        corpus_fail++;
        unit_fail++;
        static int shown;
        if (shown++ < 40 || getenv("FT_PARSER_VERBOSE")) {
            fprintf(stderr, "MISMATCH %s case %d\n--- source:\n%.*s\n--- expected:\n%s\n--- got:\n%s\n\n",
                    path, idx, (int)(n > 600 ? 600 : n), src, expect, got);
        }
    }
    free(got);
}

static void run_corpus_file(const char *path) {
    size_t len, elen;
    char *data = read_file(path, &len);
    char exppath[1100];
    snprintf(exppath, sizeof exppath, "%s.exp", path);
    char *exp = read_file(exppath, &elen);
    if (!data || !exp) {
        fprintf(stderr, "cannot read %s or its .exp\n", path);
        unit_fail++;
        free(data);
        free(exp);
        return;
    }
    const char *base = strrchr(path, '/');
    with_attrs = strncmp(base ? base + 1 : path, "pos_", 4) == 0;
    bool single = strlen(path) > 3 && strcmp(path + strlen(path) - 3, ".py") == 0;
    const char *sep = "\n#####\n";
    char *cur = data, *eline = exp;
    int idx = 0;
    for (;;) {
        char *next = single ? NULL : strstr(cur, sep);
        size_t n = next ? (size_t)(next - cur) : (size_t)(data + len - cur);
        char *enl = strchr(eline, '\n');
        if (!enl) { fprintf(stderr, "%s: .exp too short\n", path); unit_fail++; break; }
        *enl = 0;
        check_case(path, idx, cur, n, eline);
        eline = enl + 1;
        idx++;
        if (!next) break;
        cur = next + strlen(sep);
    }
    free(data);
    free(exp);
}

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void test_corpus(void) {
    const char *dir = getenv("FT_PARSER_CASES");
    if (!dir) dir = "tests/unit/parser_cases";
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "no corpus directory %s (run from the repository root)\n", dir);
        unit_fail++;
        return;
    }
    char *names[4096];
    int nn = 0;
    struct dirent *de;
    while ((de = readdir(d)) && nn < 4096) {
        size_t l = strlen(de->d_name);
        if ((l > 4 && strcmp(de->d_name + l - 4, ".txt") == 0) || (l > 3 && strcmp(de->d_name + l - 3, ".py") == 0)) {
            /* only files with expected results (gen.py and the tools have none) */
            char ep[1200];
            snprintf(ep, sizeof ep, "%s/%s.exp", dir, de->d_name);
            FILE *f = fopen(ep, "r");
            if (!f) continue;
            fclose(f);
            names[nn++] = strdup(de->d_name);
        }
    }
    closedir(d);
    qsort(names, (size_t)nn, sizeof *names, cmpstr);
    for (int i = 0; i < nn; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        run_corpus_file(path);
        free(names[i]);
    }
    fprintf(stderr, "corpus: %d cases passed, %d failed\n", corpus_pass, corpus_fail);
}

/* ---- hostile input ---- */

static char *repeat(const char *a, int n, const char *tail) {
    size_t la = strlen(a), lt = strlen(tail);
    char *b = malloc(la * (size_t)n + lt + 1);
    for (int i = 0; i < n; i++) memcpy(b + la * (size_t)i, a, la);
    memcpy(b + la * (size_t)n, tail, lt + 1);
    return b;
}

static bool starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static void expect_desc(const char *src, size_t n, int mode, const char *prefix) {
    char *got = describe(src, n, mode);
    bool ok = starts(got, prefix);
    if (!ok) fprintf(stderr, "hostile/mode case %.60s...: expected prefix '%s', got '%.300s'\n", src, prefix, got);
    CHECK(ok);
    free(got);
}

/* Parses (the tree may be too deep to dump). */
static void expect_parses(const char *src, size_t n) {
    ft_mod *m = ft_parse(src, (ft_ssize)n, fname, FT_PARSE_EXEC, 0);
    CHECK(m != NULL);
    ft_err_clear();
}

static void test_hostile(void) {
    char *s;
    s = repeat("(", 100000, "");
    expect_desc(s, strlen(s), FT_PARSE_EXEC, "ERR SyntaxError|too many nested parentheses|1|201|1|201");
    free(s);
    s = repeat("[", 250, "");
    expect_desc(s, strlen(s), FT_PARSE_EXEC, "ERR SyntaxError|too many nested parentheses");
    free(s);
    s = repeat("-", 100000, "1");
    expect_desc(s, strlen(s), FT_PARSE_EXEC, "EXC MemoryError|Parser stack overflowed - Python source too complex to parse");
    free(s);
    s = repeat("not ", 100000, "x");
    expect_desc(s, strlen(s), FT_PARSE_EXEC, "EXC MemoryError|Parser stack overflowed");
    free(s);
    s = repeat("lambda:", 100000, "1");
    expect_desc(s, strlen(s), FT_PARSE_EXEC, "EXC MemoryError|Parser stack overflowed");
    free(s);
    s = repeat("-", 1000, "1");
    expect_desc(s, strlen(s), FT_PARSE_EXEC, "AST ");
    free(s);
    s = repeat("x.", 100000, "x");
    expect_parses(s, strlen(s));
    free(s);
    s = repeat("a if b else ", 100000, "c");
    expect_desc(s, strlen(s), FT_PARSE_EXEC, "EXC MemoryError|Parser stack overflowed");
    free(s);
    s = repeat("1+", 100000, "1");
    expect_parses(s, strlen(s));
    free(s);
    {
        char *close = repeat(")", 150, "");
        s = repeat("f(", 150, close);
        free(close);
    }
    expect_desc(s, strlen(s), FT_PARSE_EXEC, "AST ");
    free(s);
    {
        char *close = repeat("}\"", 60, "");
        s = repeat("f\"{", 60, close);
        free(close);
    }
    {
        char *got = describe(s, strlen(s), FT_PARSE_EXEC);
        CHECK(starts(got, "AST ") || starts(got, "ERR ") || starts(got, "EXC "));
        free(got);
    }
    free(s);
    /* deeply nested blocks: 100 levels of indentation is the limit */
    {
        size_t cap = 1 << 20, n = 0;
        char *b = malloc(cap);
        for (int i = 0; i < 120; i++) {
            for (int k = 0; k < i; k++) b[n++] = ' ';
            memcpy(b + n, "if x:\n", 6);
            n += 6;
        }
        for (int k = 0; k < 120; k++) b[n++] = ' ';
        memcpy(b + n, "pass\n", 5);
        n += 5;
        expect_desc(b, n, FT_PARSE_EXEC, "ERR IndentationError|too many levels of indentation|101|");
        free(b);
    }
    /* NUL bytes */
    expect_desc("x = 1\0\n", 7, FT_PARSE_EXEC, "EXC ValueError|source code string cannot contain null bytes");
    {
        ft_mod *m = ft_parse("x = 1\n\0\n", 8, fname, FT_PARSE_EXEC, FT_PARSE_FLAG_FILE);
        CHECK(m == NULL && ft_err_occurred() && ft_type_of(ft_err_peek()) == ft_exc_SyntaxError);
        ft_err_clear();
    }
    /* random garbage never crashes */
    {
        unsigned seed = 12345;
        const char *alphabet = "()[]{}:;,.=+-*/%@<>!&|^~ \n\t\\'\"#abcxyz0129_fbrujeE";
        size_t al = strlen(alphabet);
        char buf[200];
        int crashes = 0;
        for (int it = 0; it < 20000; it++) {
            int n = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 120;
            for (int i = 0; i < n; i++) buf[i] = alphabet[((seed = seed * 1103515245u + 12345u) >> 16) % al];
            ft_mod *m = ft_parse(buf, n, fname, it % 3, 0);
            if (!m && !ft_err_occurred()) crashes++;
            if (m) {
                ft_obj *d = ft_ast_dump(m, it % 2 ? -1 : 2);
                if (!d) crashes++;
            }
            ft_err_clear();
        }
        CHECK(crashes == 0);
    }
}

static void test_modes(void) {
    expect_desc("1 + 2", 5, FT_PARSE_EVAL,
                "AST Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
    expect_desc("a, b\n\n", 6, FT_PARSE_EVAL, "AST Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))");
    expect_desc("x = 1", 5, FT_PARSE_EVAL, "ERR SyntaxError|invalid syntax");
    expect_desc("x = 1\n", 6, FT_PARSE_SINGLE, "AST Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
    expect_desc("x = 1\ny = 2\n", 12, FT_PARSE_SINGLE, "ERR SyntaxError|multiple statements found while compiling a single statement");
    expect_desc("if x:\n  y\n", 10, FT_PARSE_SINGLE, "AST Interactive(body=[If(");
    /* BOM and coding declarations */
    expect_desc("\xef\xbb\xbfx = 1\n", 9, FT_PARSE_EXEC, "AST Module(body=[Assign(");
    expect_desc("# -*- coding: utf-8 -*-\nx = 'é'\n", strlen("# -*- coding: utf-8 -*-\nx = 'é'\n"), FT_PARSE_EXEC,
                "AST Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é'))])");
    expect_desc("# coding: latin-1\nx = '\xe9'\n", strlen("# coding: latin-1\nx = '\xe9'\n"), FT_PARSE_EXEC,
                "AST Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é'))])");
    expect_desc("x = '\xff'\n", 8, FT_PARSE_EXEC, "ERR SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xff");
    expect_desc("x = 1\r\ny = 2\r\n", 14, FT_PARSE_EXEC, "AST Module(body=[Assign(");
    /* indented dump */
    {
        ft_mod *m = ft_parse("x = [1, f(a)]\n", 14, fname, FT_PARSE_EXEC, 0);
        CHECK(m != NULL);
        if (m) {
            ft_obj *d = ft_ast_dump(m, 2);
            CHECK_STR(d, "Module(\n  body=[\n    Assign(\n      targets=[\n        Name(id='x', ctx=Store())],\n"
                         "      value=List(\n        elts=[\n          Constant(value=1),\n          Call(\n"
                         "            func=Name(id='f', ctx=Load()),\n            args=[\n"
                         "              Name(id='a', ctx=Load())])],\n        ctx=Load()))])");
        }
    }
}

/* Positions of a few nodes (CPython's col_offset convention: UTF-8 bytes). */
static void test_positions(void) {
    const char *src = "x = 'é' + f(a,\n  b)\n";
    ft_mod *m = ft_parse(src, (ft_ssize)strlen(src), fname, FT_PARSE_EXEC, 0);
    CHECK(m && m->body.n == 1);
    if (!m) return;
    ft_stmt *s = m->body.items[0];
    CHECK(s->pos.lineno == 1 && s->pos.col_offset == 0 && s->pos.end_lineno == 2 && s->pos.end_col_offset == 4);
    ft_expr *v = s->v.Assign.value;
    CHECK(v->kind == FT_EXPR_BINOP);
    CHECK(v->v.BinOp.left->pos.col_offset == 4 && v->v.BinOp.left->pos.end_col_offset == 8);
    ft_expr *call = v->v.BinOp.right;
    CHECK(call->pos.col_offset == 11 && call->pos.end_lineno == 2 && call->pos.end_col_offset == 4);
    /* if/elif/else ends at the last statement */
    src = "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y\n";
    m = ft_parse(src, (ft_ssize)strlen(src), fname, FT_PARSE_EXEC, 0);
    CHECK(m != NULL);
    if (m) {
        ft_stmt *i = m->body.items[0];
        CHECK(i->pos.end_lineno == 6 && i->pos.end_col_offset == 5);
        ft_stmt *e = i->v.If.orelse.items[0];
        CHECK(e->pos.lineno == 3 && e->pos.col_offset == 0 && e->pos.end_lineno == 6);
    }
}

/* FT_PARSER_DUMP=file: print the dump of one file and stop (for comparing
 * whole programs, e.g. the CPython standard library, with ast.dump). */
static bool dump_one(void) {
    const char *path = getenv("FT_PARSER_DUMP");
    if (!path) return false;
    size_t n;
    char *src = read_file(path, &n);
    if (!src) { printf("cannot read %s\n", path); return true; }
    with_attrs = getenv("FT_PARSER_ATTRS") != NULL;
    char *d = describe(src, n, FT_PARSE_EXEC);
    printf("%s\n", d);
    free(d);
    free(src);
    return true;
}

static void run_tests(void) {
    fname = ft_str_from_cstr("<unknown>");
    if (dump_one()) exit(0);
    test_modes();
    test_positions();
    test_hostile();
    test_corpus();
}
