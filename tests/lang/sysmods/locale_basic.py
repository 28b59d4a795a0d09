import locale

print(locale.setlocale(locale.LC_CTYPE) in ("C.UTF-8", "C.utf8"))
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
print(locale.getlocale())
print(locale.getencoding(), locale.getpreferredencoding(), locale.getpreferredencoding(False))
for name in ["LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX"]:
    print(name, getattr(locale, name))
conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)))
print([locale.nl_langinfo(getattr(locale, "DAY_%d" % i)) for i in range(1, 8)])
print([locale.nl_langinfo(getattr(locale, "ABMON_%d" % i)) for i in range(1, 13)])
print(locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.D_FMT), locale.nl_langinfo(locale.T_FMT))
print(locale.nl_langinfo(locale.YESEXPR), locale.nl_langinfo(locale.NOEXPR))

# switching locales and back
old = locale.setlocale(locale.LC_ALL)
print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.setlocale(locale.LC_NUMERIC, "POSIX"))
print(locale.setlocale(locale.LC_NUMERIC, ("C", None)) if False else locale.setlocale(locale.LC_NUMERIC, "C"))
locale.setlocale(locale.LC_ALL, old)
print(locale.setlocale(locale.LC_ALL) == old)
try:
    locale.setlocale(locale.LC_ALL, "xx_NOT_A_LOCALE")
except locale.Error as e:
    print(type(e).__name__, e, issubclass(locale.Error, Exception))
try:
    locale.setlocale(12345)
except locale.Error as e:
    print(type(e).__name__, e)
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print(type(e).__name__, e)
for bad in [("x",), (locale.LC_ALL, 5)]:
    try:
        locale.setlocale(*bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    locale.nl_langinfo(123456)
except ValueError as e:
    print(type(e).__name__, e)

# normalize
for n in ["en_US", "C.UTF-8", "en_US.utf8", "de_DE@euro", "C", "POSIX", "xx", "en", "ja_JP.eucjp",
          "fr_FR.ISO-8859-15", "utf8", "en_US.UTF-8@foo", "en_GB.UTF-8", "de_DE.utf-8", "c.utf8"]:
    print(n, "->", locale.normalize(n))
print(locale._parse_localename("en_US.UTF-8"), locale._parse_localename("C"), locale._parse_localename("de_DE@euro"))
try:
    locale._parse_localename("xx")
except ValueError as e:
    print(type(e).__name__, e)

print(locale.strcoll("a", "b") < 0, locale.strcoll("b", "a") > 0, locale.strcoll("abc", "abc"))
print(locale.strxfrm("hello") == "hello" or isinstance(locale.strxfrm("hello"), str))
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm))
for bad in [(1, "a"), ("a\0", "b")]:
    try:
        locale.strcoll(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
