"""Moving objects between interpreters (used by concurrent.interpreters).

Every function here runs inside the interpreter that RECEIVES the object,
so whatever it imports or builds belongs to the receiver. The object it is
given may belong to another interpreter: it is only read, never called.

What crosses, and how:
  * None, bool, int, float, complex, str, bytes, and tuples/frozensets of
    these: shared as they are. All interpreters share one heap, so this is
    free -- no copy, no serialisation.
  * list, dict, set, bytearray: copied (recursively), so neither side sees
    the other's later mutations.
  * modules: imported again in the receiver.
  * functions: by reference (module + qualified name) when importable;
    otherwise -- e.g. defined in __main__ -- rebuilt around the same code
    object (code is immutable), with the globals it names resolved in the
    receiver (modules re-imported, values moved by these same rules).
  * classes and builtin functions: by reference (module + qualified name).
  * exceptions: a new instance of the (moved) class with moved args.
  * anything else: NotShareableError.
"""
import sys

from _interpreters import NotShareableError

_SHARED_SCALARS = (type(None), bool, int, float, complex, str, bytes)
_FunctionType = type(lambda: None)
_CodeType = type((lambda: None).__code__)
_ModuleType = type(sys)
_BuiltinType = type(len)
_CellType = type((lambda x: (lambda: x))(0).__closure__[0])


def is_shareable(obj):
    """True if obj crosses without a copy (CPython's notion of shareable)."""
    t = type(obj)
    if t in _SHARED_SCALARS:
        return True
    if t is tuple:
        return all(is_shareable(x) for x in obj)
    return False


def _import(name):
    __import__(name)
    return sys.modules[name]


def _by_reference(modname, qualname):
    if not modname or "<locals>" in qualname:
        raise LookupError(qualname)
    if modname == "__main__":
        obj = sys.modules["__main__"]
    else:
        obj = _import(modname)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def _names_of(code, out):
    out.update(code.co_names)
    for c in code.co_consts:
        if type(c) is _CodeType:
            _names_of(c, out)
    return out


def _move_function(f, memo):
    try:
        mod = f.__module__
        if mod != "__main__":
            found = _by_reference(mod, f.__qualname__)
            if getattr(found, "__code__", None) is f.__code__:
                return found
    except (LookupError, AttributeError, ImportError):
        pass
    main = sys.modules["__main__"]
    if f.__module__ == "__main__" or f.__module__ is None:
        ns = main.__dict__
    else:
        try:
            ns = _import(f.__module__).__dict__
        except ImportError:
            ns = main.__dict__
    src_globals = f.__globals__
    closure = None
    if f.__closure__:
        cells = []
        for cell in f.__closure__:
            try:
                cells.append(_CellType(move(cell.cell_contents, memo)))
            except ValueError:
                cells.append(_CellType())   # an empty cell stays empty
        closure = tuple(cells)
    defaults = move(f.__defaults__, memo) if f.__defaults__ else None
    g = _FunctionType(f.__code__, ns, f.__name__, defaults, closure)
    memo[id(f)] = g
    g.__qualname__ = f.__qualname__
    g.__module__ = f.__module__
    g.__doc__ = f.__doc__
    if f.__kwdefaults__:
        g.__kwdefaults__ = move(f.__kwdefaults__, memo)
    # Globals the code names, which the receiver lacks.
    for name in _names_of(f.__code__, set()):
        if name in ns or name not in src_globals:
            continue
        try:
            ns[name] = move(src_globals[name], memo)
        except NotShareableError:
            pass    # only a NameError if the function really uses it
    return g


def move(obj, memo=None):
    """Return the receiver's equivalent of obj (see the module docstring)."""
    t = type(obj)
    if t in _SHARED_SCALARS:
        return obj
    if memo is None:
        memo = {}
    key = id(obj)
    if key in memo:
        return memo[key]
    if t is tuple:
        items = tuple(move(x, memo) for x in obj)
        r = obj if all(a is b for a, b in zip(items, obj)) else items
    elif t is frozenset:
        r = frozenset(move(x, memo) for x in obj)
    elif t is list:
        r = []
        memo[key] = r
        r.extend(move(x, memo) for x in obj)
    elif t is dict:
        r = {}
        memo[key] = r
        for k, v in obj.items():
            r[move(k, memo)] = move(v, memo)
    elif t is set:
        r = set(move(x, memo) for x in obj)
    elif t is bytearray:
        r = bytearray(obj)
    elif t.__name__ == "Queue" and t.__module__ == "concurrent.interpreters":
        r = _import("concurrent.interpreters").Queue._from_storage(obj._storage)
    elif t is _ModuleType:
        r = _import(obj.__name__)
    elif t is _FunctionType:
        r = _move_function(obj, memo)
    elif t is _BuiltinType:
        owner = getattr(obj, "__self__", None)
        modname = owner.__name__ if type(owner) is _ModuleType else getattr(obj, "__module__", None)
        try:
            r = _by_reference(modname or "builtins", obj.__qualname__)
        except (LookupError, AttributeError, ImportError):
            raise NotShareableError("builtin %r cannot be moved to another interpreter" % (obj,)) from None
    elif isinstance(obj, type):
        if obj.__module__ == "builtins":
            r = obj
        else:
            try:
                r = _by_reference(obj.__module__, obj.__qualname__)
            except (LookupError, AttributeError, ImportError):
                raise NotShareableError("class %s.%s is not importable in the other interpreter"
                                        % (obj.__module__, obj.__qualname__)) from None
    elif isinstance(obj, BaseException):
        cls = move(type(obj), memo)
        try:
            args = move(obj.args, memo)
        except NotShareableError:
            args = tuple(str(a) for a in obj.args)
        r = cls(*args)
    else:
        raise NotShareableError("%s objects are not shareable between interpreters" % t.__name__)
    memo[key] = r
    return r


def prepare_main(ns):
    """Bind the (moved) items of ns in this interpreter's __main__."""
    main = sys.modules["__main__"].__dict__
    memo = {}
    for k, v in ns.items():
        main[move(k, memo)] = move(v, memo)


def run_call(func, args, kwargs):
    """Called inside the target interpreter: move the callable and its
    arguments in, call, and report (True, result) or (False, exc, text)."""
    try:
        memo = {}
        f = move(func, memo)
        a = move(args, memo)
        kw = move(kwargs, memo)
    except BaseException as e:
        return (False, e, None)
    try:
        return (True, f(*a, **kw))
    except BaseException as e:
        import traceback
        return (False, e, "".join(traceback.format_exception(e)))
