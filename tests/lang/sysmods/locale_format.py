import locale

print(locale.format_string("%d items %.2f %s %%", (1234567, 1234.5, "x"), grouping=True))
print(locale.format_string("%(a)s-%(b)05.1f", {"a": 1, "b": 2.25}))
print(locale.format_string("%s", 5), locale.format_string("%5.1f|%-6d|%+d", (3.14159, 42, 7)))
print(locale.format_string("%*d|%.*f", (6, 42, 2, 3.14159)))
print(locale.format_string("%e %g %G %x %o %c %r", (12345.678, 0.0001, 1e20, 255, 8, 65, "q")))
print(locale.format_string("%.3f", 2.0 / 3, grouping=True, monetary=True))
print(locale.str(1.0 / 3), locale.str(1e20), locale.str(-0.5), locale.str(12345678901234))
print(locale.atof("1.5"), locale.atof("-2e3"), locale.atoi("42"), locale.atof("3", int))
print(locale.delocalize("1,234.5"), locale.localize("1234.5", grouping=True), locale.localize("-7.25"))
for f, args in [(locale.currency, (1.5,)), (locale.format_string, ("%d %d", (1,))),
                (locale.atoi, ("x",)), (locale.atof, ("1.2.3",)), (locale.format_string, ("%d", "s")),
                (locale.format_string, ("%(k)s", {}))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
# grouping helpers with an explicit convention
print(list(locale._grouping_intervals([3, 2, locale.CHAR_MAX])))  # [3, 0] repeats forever: see below
gen = locale._grouping_intervals([3, 0])
print([next(gen) for _ in range(4)])
try:
    list(locale._grouping_intervals([0]))
except ValueError as e:
    print(type(e).__name__, e)
print(locale._strip_padding("  1,234  ", 2), repr(locale._strip_padding("   12", 1)))
