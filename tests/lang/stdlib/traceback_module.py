import traceback, sys, io

def show(text):
    print(text.replace(__file__, 'FILE'))

def inner(): return 1 / 0
def outer(): return inner()
try:
    outer()
except ZeroDivisionError:
    s = traceback.format_exc()
    show(s)
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    tb = sys.exc_info()[2]
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    print(len(traceback.format_tb(tb)))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    show(buf.getvalue())
    show("".join(traceback.format_exception(e, limit=1, chain=False)))
def where():
    return traceback.extract_stack()[-1].name, traceback.format_stack()[-1].split(",")[1]
print(where())
te = traceback.TracebackException.from_exception(ValueError("x"))
print(list(te.format_exception_only()), str(te))
