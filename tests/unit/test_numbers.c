/* test_numbers.c -- unit tests of int, bool, float, complex and the
 * format-spec mini-language, through the C API. */
#include "unit.h"
#include "objects/numbers_impl.h"
#include <math.h>

static ft_obj *I(const char *s) { return ft_int_from_str(s, strlen(s), 0); }
static ft_obj *S(const char *s) { return ft_str_from_cstr(s); }
static ft_obj *op(ft_obj *a, int o, ft_obj *b) { return ft_binary_op(a, b, o); }
static ft_obj *fmt(ft_obj *o, const char *spec) { return ft_format(o, S(spec)); }
static ft_obj *R(ft_obj *o) { return o ? ft_repr(o) : NULL; }
static const char *err_text(void) {
    static char buf[256];
    ft_obj *e = ft_err_fetch();
    if (!e) return "<no error>";
    ft_obj *s = ft_str(e);
    snprintf(buf, sizeof buf, "%s: %s", ft_type_name(FT_TYPE(e)), s ? ft_str_utf8(s) : "?");
    return buf;
}
#define CHECK_ERR(expr, text) do { ft_obj *r_ = (expr); CHECK(r_ == NULL); \
        const char *t_ = err_text(); if (strcmp(t_, text) != 0) { unit_fail++; \
        fprintf(stderr, "%s:%d: error text: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, t_, text); } \
        else unit_pass++; } while (0)

static void test_int_basic(void) {
    CHECK(ft_is_smallint(I("123")));
    CHECK_STR(R(I("-0")), "0");
    CHECK_STR(R(I("0x_ff")), "255");
    CHECK_STR(R(I("  -1_000  ")), "-1000");
    CHECK_STR(R(I("123456789012345678901234567890")), "123456789012345678901234567890");
    CHECK_STR(R(op(I("4611686018427387903"), FT_BINOP_ADD, ft_smallint(1))), "4611686018427387904");
    CHECK(!ft_is_smallint(op(I("4611686018427387903"), FT_BINOP_ADD, ft_smallint(1))));
    CHECK(ft_is_smallint(op(I("4611686018427387904"), FT_BINOP_SUBTRACT, ft_smallint(1))));
    CHECK_STR(R(op(ft_smallint(-7), FT_BINOP_FLOOR_DIVIDE, ft_smallint(2))), "-4");
    CHECK_STR(R(op(ft_smallint(-7), FT_BINOP_REMAINDER, ft_smallint(2))), "1");
    CHECK_STR(R(op(ft_smallint(7), FT_BINOP_REMAINDER, ft_smallint(-2))), "-1");
    CHECK_STR(R(op(I("-100000000000000000000"), FT_BINOP_FLOOR_DIVIDE, ft_smallint(7))), "-14285714285714285715");
    CHECK_STR(R(op(I("-100000000000000000000"), FT_BINOP_REMAINDER, ft_smallint(7))), "5");
    CHECK_STR(R(op(ft_smallint(-5), FT_BINOP_AND, I("0xffffffffffffffffffff"))), "1208925819614629174706171");
    CHECK_STR(R(op(ft_smallint(-5), FT_BINOP_RSHIFT, ft_smallint(1))), "-3");
    CHECK_STR(R(op(ft_smallint(1), FT_BINOP_LSHIFT, ft_smallint(100))), "1267650600228229401496703205376");
    CHECK_STR(R(ft_power(ft_smallint(2), ft_smallint(100), ft_None)), "1267650600228229401496703205376");
    CHECK_STR(R(ft_power(ft_smallint(3), ft_smallint(-1), ft_smallint(7))), "5");
    CHECK_STR(R(ft_power(ft_smallint(3), ft_smallint(5), ft_smallint(-7))), "-2");
    CHECK_STR(R(ft_power(ft_smallint(2), ft_smallint(-2), ft_None)), "0.25");
    CHECK_ERR(ft_power(ft_smallint(2), ft_smallint(-1), ft_smallint(4)), "ValueError: base is not invertible for the given modulus");
    CHECK_ERR(ft_power(ft_smallint(2), ft_smallint(3), ft_smallint(0)), "ValueError: pow() 3rd argument cannot be 0");
    CHECK_ERR(op(ft_smallint(1), FT_BINOP_LSHIFT, ft_smallint(-1)), "ValueError: negative shift count");
    CHECK_ERR(op(ft_smallint(1), FT_BINOP_FLOOR_DIVIDE, ft_smallint(0)), "ZeroDivisionError: integer division or modulo by zero");
    CHECK_ERR(op(ft_smallint(1), FT_BINOP_TRUE_DIVIDE, ft_smallint(0)), "ZeroDivisionError: division by zero");
    CHECK_ERR(I("12x"), "ValueError: invalid literal for int() with base 0: '12x'");
    CHECK_ERR(I("010"), "ValueError: invalid literal for int() with base 0: '010'");
    CHECK_STR(R(op(I("1"), FT_BINOP_TRUE_DIVIDE, ft_smallint(3))), "0.3333333333333333");
    CHECK_STR(R(op(I("10000000000000000000000000000000000001"), FT_BINOP_TRUE_DIVIDE, I("3"))), "3.3333333333333334e+36");
    CHECK(ft_int_hash(ft_smallint(-1)) == -2);
    CHECK(ft_int_hash(I("2305843009213693952")) == 1);
    CHECK(ft_int_hash(I("-2305843009213693952")) == -2);
    CHECK(ft_hash(ft_float_new(1.5)) == 1152921504606846977LL);
    CHECK(ft_hash(ft_float_new(2.0)) == 2);
    CHECK_STR(R(ft_int_from_double(1e300)), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
    CHECK(ft_int_as_double(I("9007199254740993")) == 9007199254740992.0);
    CHECK(ft_int_as_double(I("9007199254740995")) == 9007199254740996.0);
    CHECK(ft_richcompare_bool(I("9007199254740993"), ft_float_new(9007199254740992.0), FT_EQ) == 0);
    CHECK(ft_richcompare_bool(I("9007199254740992"), ft_float_new(9007199254740992.0), FT_EQ) == 1);
    CHECK(ft_richcompare_bool(ft_float_new(0.5), ft_smallint(1), FT_LT) == 1);
}

static void test_bool(void) {
    CHECK_STR(R(ft_True), "True");
    CHECK(op(ft_True, FT_BINOP_AND, ft_False) == ft_False);
    CHECK(op(ft_True, FT_BINOP_XOR, ft_False) == ft_True);
    CHECK_STR(R(op(ft_True, FT_BINOP_ADD, ft_True)), "2");
    CHECK_STR(R(ft_invert(ft_True)), "-2");
    CHECK(op(ft_True, FT_BINOP_OR, ft_smallint(2)) == ft_smallint(3));
}

static void test_float(void) {
    static const struct { double v; const char *r; } reprs[] = {
        {0.1, "0.1"}, {1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {1e-5, "1e-05"},
        {0.0001, "0.0001"}, {-0.0, "-0.0"}, {1.0 / 3, "0.3333333333333333"}, {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"}, {123456789012345678.0, "1.2345678901234568e+17"},
        {2.5, "2.5"}, {100.0, "100.0"}, {INFINITY, "inf"}, {-INFINITY, "-inf"},
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(reprs); i++) CHECK_STR(R(ft_float_new(reprs[i].v)), reprs[i].r);
    CHECK_STR(R(ft_float_new(NAN)), "nan");
    CHECK_STR(R(op(ft_float_new(-7.5), FT_BINOP_FLOOR_DIVIDE, ft_float_new(2))), "-4.0");
    CHECK_STR(R(op(ft_float_new(-7.5), FT_BINOP_REMAINDER, ft_float_new(2))), "0.5");
    CHECK_STR(R(op(ft_float_new(7.5), FT_BINOP_REMAINDER, ft_float_new(-2))), "-0.5");
    CHECK_ERR(op(ft_float_new(1), FT_BINOP_TRUE_DIVIDE, ft_smallint(0)), "ZeroDivisionError: float division by zero");
    CHECK_ERR(ft_power(ft_float_new(2), ft_float_new(10000), ft_None), "OverflowError: (34, 'Numerical result out of range')");
    CHECK_STR(R(ft_power(ft_float_new(-8), ft_float_new(1.0 / 3), ft_None)), "(1.0000000000000002+1.7320508075688772j)");
}

static void test_format(void) {
    CHECK_STR(fmt(ft_smallint(1234), "08,"), "0,001,234");
    CHECK_STR(fmt(ft_smallint(-1234), "08,"), "-001,234");
    CHECK_STR(fmt(ft_smallint(1234), "#010x"), "0x000004d2");
    CHECK_STR(fmt(ft_smallint(1234), "011_x"), "0_0000_04d2");
    CHECK_STR(fmt(ft_smallint(1234), "*^10,"), "**1,234***");
    CHECK_STR(fmt(ft_smallint(123), "=+08"), "+0000123");
    CHECK_STR(fmt(ft_smallint(65), "c"), "A");
    CHECK_STR(fmt(ft_smallint(1), ".0%"), "100%");
    CHECK_STR(fmt(ft_float_new(1234.5), "x=+10,.2f"), "+x1,234.50");
    CHECK_STR(fmt(ft_float_new(1234.5), "020,e"), "0,000,001.234500e+03");
    CHECK_STR(fmt(ft_float_new(123.0), ".3"), "1.23e+02");
    CHECK_STR(fmt(ft_float_new(12.0), ".3"), "12.0");
    CHECK_STR(fmt(ft_float_new(1.0), "#.0e"), "1.e+00");
    CHECK_STR(fmt(ft_float_new(-0.0001), "z.2f"), "0.00");
    CHECK_STR(fmt(ft_float_new(1234.5), " 5n"), " 1234.5");
    CHECK_STR(fmt(ft_complex_new(1, 2), ".2f"), "1.00+2.00j");
    CHECK_STR(fmt(ft_complex_new(1.5, -2), ">15"), "       (1.5-2j)");
    CHECK_STR(fmt(ft_complex_new(3, 2), "+"), "(+3+2j)");
    CHECK_ERR(fmt(ft_smallint(1), "s"), "ValueError: Unknown format code 's' for object of type 'int'");
    CHECK_ERR(fmt(ft_smallint(1), ".2d"), "ValueError: Precision not allowed in integer format specifier");
    CHECK_ERR(fmt(ft_smallint(1), ",_d"), "ValueError: Cannot specify both ',' and '_'.");
    CHECK_ERR(fmt(ft_smallint(1), ",x"), "ValueError: Cannot specify ',' with 'x'.");
    CHECK_ERR(fmt(ft_smallint(1), "abc"), "ValueError: Invalid format specifier 'abc' for object of type 'int'");
    CHECK_ERR(fmt(ft_complex_new(0, 1), "05"), "ValueError: Zero padding is not allowed in complex format specifier");
}

static void test_complex(void) {
    CHECK_STR(R(ft_complex_new(-0.0, -1)), "(-0-1j)");
    CHECK_STR(R(ft_complex_new(0, 1)), "1j");
    CHECK_STR(R(ft_complex_new(NAN, INFINITY)), "(nan+infj)");
    CHECK_STR(R(op(ft_complex_new(1, 2), FT_BINOP_MULTIPLY, ft_complex_new(3, 4))), "(-5+10j)");
    CHECK_ERR(op(ft_complex_new(1, 2), FT_BINOP_TRUE_DIVIDE, ft_smallint(0)), "ZeroDivisionError: complex division by zero");
    CHECK(ft_hash(ft_complex_new(1, 2)) == 2000007);
}


static void test_api(void) {
    CHECK_STR(ft_int_to_str(I("255"), 2), "11111111");
    CHECK_STR(ft_int_to_str(I("-35"), 36), "-z");
    CHECK_STR(ft_int_to_str(I("-123456789012345678901234567890"), 16), "-18ee90ff6c373e0ee4e3f0ad2");
    CHECK_STR(R(ft_int_from_u64(UINT64_MAX)), "18446744073709551615");
    CHECK_STR(R(ft_int_from_i64(INT64_MIN)), "-9223372036854775808");
    CHECK(ft_int_as_i64(I("9223372036854775807")) == INT64_MAX);
    CHECK(ft_int_as_i64(I("9223372036854775808")) == -1 && ft_err_occurred());
    CHECK_STR(ft_str(ft_err_fetch()), "Python int too large to convert to C long");
    CHECK(ft_index_as_ssize(I("100000000000000000000000"), NULL) == INTPTR_MAX);
    CHECK(ft_index_as_ssize(I("-100000000000000000000000"), NULL) == INTPTR_MIN);
    CHECK(ft_index_as_ssize(I("100000000000000000000000"), ft_exc_IndexError) == -1);
    CHECK_STR(ft_str(ft_err_fetch()), "cannot fit 'int' into an index-sized integer");
    CHECK(ft_index_as_ssize(ft_True, NULL) == 1);
    CHECK(ft_index(ft_float_new(1.0)) == NULL);
    CHECK_STR(ft_str(ft_err_fetch()), "'float' object cannot be interpreted as an integer");
    CHECK(ft_int_compare(I("-100000000000000000000"), ft_smallint(3)) == -1);
    CHECK(ft_int_compare(ft_True, ft_smallint(1)) == 0);
    CHECK(ft_int_sign(I("-100000000000000000000")) == -1 && ft_int_sign(ft_False) == 0);
    mpz_t z;
    mpz_init_set_str(z, "-4611686018427387904", 10);
    CHECK(ft_is_smallint(ft_int_from_mpz(z)));
    mpz_set_str(z, "-4611686018427387905", 10);
    CHECK(!ft_is_smallint(ft_int_from_mpz(z)));
    ft_int_to_mpz(ft_True, z);
    CHECK(mpz_cmp_ui(z, 1) == 0);
    char buf[64];
    ft_double_repr(1e22, buf, sizeof buf);
    CHECK(strcmp(buf, "1e+22") == 0);
    ft_double_repr(-1.5e-7, buf, sizeof buf);
    CHECK(strcmp(buf, "-1.5e-07") == 0);
    CHECK(ft_float_hash_double(0.5) == 1152921504606846976LL);
    CHECK(ft_float_hash_double(-1.0) == -2);
    CHECK(ft_float_as_double(ft_smallint(7)) == 7.0);
    CHECK(ft_float_as_double(S("x")) == -1.0 && ft_err_occurred());
    ft_err_clear();
    CHECK_STR(R(ft_int_from_str("  0b_1010 ", 10, 0)), "10");
    CHECK(ft_int_from_str("1", 1, 37) == NULL);
    CHECK_STR(ft_str(ft_err_fetch()), "int() base must be >= 2 and <= 36, or 0");
}

static void test_formatspec(void) {
    ft_format_spec f;
    CHECK(ft_format_spec_parse(S("\u20ac^+z#012_.3f"), "float", '>', &f) == 0);
    CHECK(f.fill == 0x20AC && f.align == '^' && f.sign == '+' && f.no_neg_zero && f.alternate);
    CHECK(!f.zero_flag && f.width == 12 && f.thousands == '_' && f.precision == 3 && f.type == 'f');
    CHECK(ft_format_spec_parse(S("05"), "str", '<', &f) == 0);
    CHECK(f.fill == '0' && f.align == '<' && f.width == 5);
    CHECK(ft_format_spec_parse(S("05"), "int", '>', &f) == 0);
    CHECK(f.fill == '0' && f.align == '=');
    CHECK(ft_format_spec_parse(S("_x"), "int", '>', &f) == 0 && f.group_size == 4);
    CHECK(ft_format_spec_parse(S(".f"), "float", '>', &f) < 0);
    CHECK_STR(ft_str(ft_err_fetch()), "Format specifier missing precision");
    CHECK(ft_format_spec_parse(S(",s"), "str", '<', &f) < 0);
    CHECK_STR(ft_str(ft_err_fetch()), "Cannot specify ',' with 's'.");
    CHECK(ft_format_spec_parse(NULL, "int", '>', &f) == 0 && f.width == -1 && f.type == 0);
    ft_strbuf b;
    ft_strbuf_init(&b);
    CHECK(ft_format_spec_parse(S("\u00e9^7"), "str", '<', &f) == 0);
    CHECK(ft_format_pad(&b, "ab", 2, 2, &f) == 0);
    CHECK_STR(ft_strbuf_finish(&b), "\u00e9\u00e9ab\u00e9\u00e9\u00e9");
    CHECK_STR(fmt(ft_smallint(0x263A), "^3c"), " \u263a ");
}

static void run_tests(void) {
    test_api();
    test_formatspec();
    test_int_basic();
    test_bool();
    test_float();
    test_format();
    test_complex();
}
