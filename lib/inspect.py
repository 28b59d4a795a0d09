"""inspect -- get information about live objects (ftpy).

Type predicates, getmembers, signatures (Signature / Parameter /
BoundArguments with CPython's str() format), source retrieval through
linecache (functions and code objects carry co_firstlineno, classes
__firstlineno__), docstrings, and a minimal frame/stack API.

Signatures are derived from code objects (co_varnames, co_argcount,
co_posonlyargcount, co_kwonlyargcount, co_flags) plus __defaults__,
__kwdefaults__ and __annotations__. Builtin functions carry no signature
text in ftpy, so signature() raises ValueError for them. Signature and
Parameter objects are immutable and may be shared between threads.
"""
import enum
import functools
import linecache
import os
import sys
import types
from collections import namedtuple

__all__ = [
    "ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction",
    "iscoroutinefunction", "isasyncgenfunction", "isgenerator", "iscoroutine",
    "isasyncgen", "isawaitable", "istraceback", "isframe", "iscode", "isbuiltin",
    "isroutine", "isabstract", "ismethoddescriptor", "isdatadescriptor",
    "isgetsetdescriptor", "ismemberdescriptor", "ismethodwrapper",
    "getmembers", "getmembers_static", "getmro", "getdoc", "cleandoc", "getfile",
    "getsourcefile", "getmodule", "getsource", "getsourcelines", "findsource",
    "getcomments", "signature", "Signature", "Parameter", "BoundArguments",
    "getfullargspec", "FullArgSpec", "getcallargs", "unwrap", "currentframe",
    "stack", "getframeinfo", "getouterframes", "getgeneratorstate",
    "getcoroutinestate", "get_annotations", "markcoroutinefunction",
    "CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED",
    "CO_GENERATOR", "CO_NOFREE", "CO_COROUTINE", "CO_ITERABLE_COROUTINE",
    "CO_ASYNC_GENERATOR", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
    "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED",
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- type predicates ------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _unwrap_partial(func):
    while True:
        if ismethod(func):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        elif isinstance(func, getattr(functools, "partialmethod", ())):
            func = func.func
        else:
            return func


def _has_code_flag(f, flag):
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    code = getattr(f, "__code__", None)
    return bool(code is not None and code.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Mark func so that iscoroutinefunction() reports True for it."""
    if hasattr(func, "__func__"):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    f = _unwrap_partial(obj)
    return getattr(f, "_is_coroutine_marker", None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(object), "__await__")


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, functools.partial):
        # partial objects are not method descriptors (CPython 3.13).
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__") and not hasattr(tp, "__delete__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", None))


# ---- members ------------------------------------------------------------------------

def getmro(cls):
    return cls.__mro__


def _getmembers(object, predicate, getter):
    names = set(dir(object))
    classes = ()
    if isclass(object):
        classes = object.__mro__
        # DynamicClassAttribute entries (enum's name/value) hide from dir().
        for base in object.__bases__:
            for k, v in base.__dict__.items():
                if isinstance(v, types.DynamicClassAttribute):
                    names.add(k)
    found = []
    for name in sorted(names):
        try:
            value = getter(object, name)
        except AttributeError:
            # A descriptor that raises AttributeError: report the raw entry.
            for base in classes:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found.append((name, value))
    return found


def getmembers(object, predicate=None):
    """All members of an object as (name, value) pairs sorted by name."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers() but without triggering descriptors or __getattr__."""
    return _getmembers(object, predicate, getattr_static)


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """Look an attribute up without running descriptors' __get__ or __getattr__."""
    if isinstance(obj, type):
        klasses = obj.__mro__
        inst = None
    else:
        klasses = type(obj).__mro__
        try:
            inst = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            inst = None
    klass_result = _sentinel
    for k in klasses:
        d = k.__dict__
        if attr in d:
            klass_result = d[attr]
            break
    if inst is not None and attr in inst:
        if klass_result is _sentinel or not isdatadescriptor(klass_result):
            return inst[attr]
    if isinstance(obj, type):
        for k in obj.__mro__:
            if attr in k.__dict__:
                return k.__dict__[attr]
        for k in type(obj).__mro__:
            if attr in k.__dict__:
                return k.__dict__[attr]
    elif klass_result is not _sentinel:
        return klass_result
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---- docstrings ---------------------------------------------------------------------

def cleandoc(doc):
    """Clean up indentation from docstrings (PEP 257)."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _finddoc(obj):
    """A docstring inherited from a base class, for classes and the methods,
    properties and descriptors defined in classes."""
    if isclass(obj):
        for base in obj.__mro__:
            doc = base.__dict__.get("__doc__") if base is not object else None
            if isinstance(doc, str):
                return doc
        return None
    # Work out (class, attribute name) to look the attribute up on the bases.
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isclass(owner) and getattr(getattr(owner, name, None), "__func__", None)
                is obj.__func__):
            owner = type(owner)
    elif isfunction(obj) or isinstance(obj, property):
        func = obj if isfunction(obj) else obj.fget
        if func is None:
            return None
        name = func.__name__
        owner = _findclass(func)
        if owner is None or getattr(owner, name, None) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, "__name__", None)
        owner = getattr(obj, "__objclass__", None)
        if name is None or owner is None:
            return None
    else:
        return None
    for base in owner.__mro__:
        attr = base.__dict__.get(name, _sentinel)
        if attr is _sentinel:
            continue
        doc = getattr(attr, "__doc__", None)
        if isinstance(attr, (staticmethod, classmethod)):
            doc = attr.__func__.__doc__
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(getattr(func, "__module__", None))
    if cls is None:
        return None
    for name in func.__qualname__.split(".")[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The documentation string of an object, cleaned up; inherited if missing."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---- files and modules --------------------------------------------------------------

def getfile(object):
    """The name of the (text or binary) file in which an object was defined."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        if hasattr(object, "__module__"):
            module = sys.modules.get(object.__module__)
            if getattr(module, "__file__", None):
                return module.__file__
            if object.__module__ == "__main__":
                raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getmodulename(path):
    fname = os.path.basename(path)
    for suffix in (".py", ".pyc"):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """The name of the Python source file in which an object was defined, or None."""
    filename = getfile(object)
    if filename.endswith(".pyc"):
        filename = filename[:-1]
    if not filename.endswith(".py") and not os.path.exists(filename):
        if filename.startswith("<") and filename.endswith(">") and filename in linecache.cache:
            return filename
        return None
    if os.path.exists(filename) or filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError, OSError):
        return None
    for module in list(sys.modules.values()):
        f = getattr(module, "__file__", None)
        if f and os.path.normcase(os.path.abspath(f)) == file:
            return module
    main = sys.modules.get("__main__")
    if main is not None and hasattr(object, "__name__"):
        if getattr(main, object.__name__, None) is object:
            return main
    return None


# ---- source ---------------------------------------------------------------------------

def _source_lines(object):
    file = getsourcefile(object)
    if file is None:
        try:
            file = getfile(object)
        except TypeError:
            raise
        if not (file.startswith("<") and file.endswith(">")):
            raise OSError("source code not available")
    module = getmodule(object, file)
    if module is not None:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError("could not get source code")
    return file, lines


def findsource(object):
    """(all lines of the file, index of the object's first line)."""
    file, lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        first = getattr(object, "__firstlineno__", None)
        if first is None:
            raise OSError("source code not available")
        return lines, first - 1
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        lnum = object.co_firstlineno - 1
        if lnum < 0 or lnum >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, lnum
    raise OSError("could not find code object")


def _indent(line):
    return len(line.expandtabs()) - len(line.expandtabs().lstrip())


def getblock(lines):
    """The lines of the first block (decorators, header and indented body)."""
    if not lines:
        return lines
    base = _indent(lines[0])
    depth = 0
    in_str = None
    i = 0
    n = len(lines)
    header_done = False
    single_line = False
    # Header: decorators (possibly spanning lines) and the def/class line(s)
    # up to the ':' at depth 0.
    in_deco = False
    while i < n:
        line = lines[i]
        stripped = line.strip()
        at_statement = depth == 0 and in_str is None
        starts_deco = at_statement and stripped.startswith("@")
        depth, in_str, last_colon = _scan_line(line, depth, in_str)
        i += 1
        if starts_deco:
            in_deco = True
        if in_deco:
            if depth == 0 and in_str is None:
                in_deco = False
            continue
        if not stripped:
            continue
        if at_statement and not (stripped.startswith("def ") or stripped.startswith("class ")
                                 or stripped.startswith("async ")):
            # A lambda or other expression: the logical line is the block.
            while i < n and (depth or in_str is not None):
                depth, in_str, _ = _scan_line(lines[i], depth, in_str)
                i += 1
            return lines[:i]
        if depth == 0 and in_str is None and last_colon is not None:
            header_done = True
            single_line = bool(line[last_colon + 1:].split("#", 1)[0].strip())
            break
    if not header_done or single_line:
        return lines[:i]
    end = i
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if in_str is None and depth == 0 and stripped and not stripped.startswith("#") \
                and _indent(line) <= base:
            break
        depth, in_str, _ = _scan_line(line, depth, in_str)
        i += 1
        if stripped and (not stripped.startswith("#") or in_str is not None):
            end = i
        elif in_str is not None or depth:
            end = i
    return lines[:end]


def _scan_line(line, depth, in_str):
    """Track bracket depth and open triple-quoted strings across a line; also
    return the index of the last ':' at depth 0 outside strings."""
    i = 0
    n = len(line)
    last_colon = None
    while i < n:
        if in_str is not None:
            j = line.find(in_str, i)
            k = line.find("\\", i)
            if k != -1 and (j == -1 or k < j):
                i = k + 2
                continue
            if j == -1:
                return depth, in_str, last_colon
            i = j + len(in_str)
            in_str = None
            continue
        c = line[i]
        if c == "#":
            break
        if c in "\"'":
            if line.startswith(c * 3, i):
                in_str = c * 3
                i += 3
                continue
            j = i + 1
            while j < n and line[j] != c:
                j += 2 if line[j] == "\\" else 1
            i = j + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
        elif c == ":" and depth == 0:
            last_colon = i
        i += 1
    return depth, in_str, last_colon


def getsourcelines(object):
    """(list of source lines, starting line number) of an object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The text of the source code for an object."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    """The comment lines just above an object's source, or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == "#!":
            start = 1
        while start < len(lines) and lines[start].strip() in ("", "#"):
            start += 1
        if start < len(lines) and lines[start][:1] == "#":
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == "#":
                comments.append(lines[end].expandtabs())
                end += 1
            return "".join(comments)
        return None
    if lnum <= 0:
        return None
    indent = _indent(lines[lnum])
    end = lnum - 1
    if end >= 0 and lines[end].lstrip()[:1] == "#" and _indent(lines[end]) == indent:
        comments = [lines[end].expandtabs().lstrip()]
        while end > 0:
            end -= 1
            comment = lines[end].expandtabs().lstrip()
            if comment[:1] == "#" and _indent(lines[end]) == indent:
                comments.insert(0, comment)
            else:
                break
        while comments and comments[0].strip() == "#":
            comments.pop(0)
        while comments and comments[-1].strip() == "#":
            comments.pop()
        return "".join(comments)
    return None


# ---- unwrap / frames ----------------------------------------------------------------

def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain to the innermost function."""
    seen = set()
    limit = sys.getrecursionlimit()
    cur = func
    while not isinstance(cur, type) and hasattr(cur, "__wrapped__"):
        if stop is not None and stop(cur):
            break
        seen.add(id(cur))
        cur = cur.__wrapped__
        if id(cur) in seen or len(seen) >= limit:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
    return cur


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


_Traceback = namedtuple("_Traceback", "filename lineno function code_context index")


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = namedtuple("_FrameInfo", ("frame",) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getframeinfo(frame, context=1):
    """A Traceback(filename, lineno, function, code_context, index) for a frame."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            code_context = lines[start:start + context]
            index = lineno - 1 - start
        else:
            code_context = index = None
    else:
        code_context = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, code_context, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all outer frames."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the caller's stack, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    exc = sys.exception()
    return getinnerframes(exc.__traceback__ if exc else None, context)


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable (a new dict)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get("__annotations__", None)
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, "__module__", None))
        obj_globals = getattr(module, "__dict__", None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = getattr(obj, "__dict__", None)
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = getattr(obj, "__globals__", None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, "__wrapped__"):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, functools.partial):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, "__globals__"):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# ---- signatures ---------------------------------------------------------------------

class _void:
    """A private marker (no value)."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = "positional-only"
    POSITIONAL_OR_KEYWORD = "positional or keyword"
    VAR_POSITIONAL = "variadic positional"
    KEYWORD_ONLY = "keyword-only"
    VAR_KEYWORD = "variadic keyword"

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        import re
        return re.sub(r"\btyping\.", "", repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            msg = "{} parameters cannot have default values".format(self._kind.description)
            raise ValueError(msg)
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[0] == "." and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError("implicit arguments must be passed as positional or "
                                 "keyword arguments, not {}".format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = "implicit{}".format(name[1:])
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {"_default": self._default, "_annotation": self._annotation})

    def __setstate__(self, state):
        self._default = state["_default"]
        self._annotation = state["_annotation"]

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): a mapping of parameter names to values."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    def _split(self):
        """(positional values, keyword values) that reproduce the binding:
        positional while the parameters are positional and all bound."""
        args = []
        kwargs = {}
        positional = True
        for name, param in self._signature.parameters.items():
            kind = param.kind
            present = name in self.arguments
            if positional and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL) \
                    and present:
                value = self.arguments[name]
                if kind == _VAR_POSITIONAL:
                    args.extend(value)
                else:
                    args.append(value)
                continue
            positional = False
            if not present or kind == _VAR_POSITIONAL:
                continue
            if kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return tuple(args), kwargs

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        """Fill in default values for missing arguments (() / {} for *args / **kw)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {"_signature": self._signature, "arguments": self.arguments}

    def __setstate__(self, state):
        self._signature = state["_signature"]
        self.arguments = state["arguments"]

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append("{}={!r}".format(arg, value))
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The call signature of a callable: an ordered mapping of Parameters
    and a return annotation."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            last_kind = _POSITIONAL_ONLY
            defaults_started = False
            for param in parameters:
                if __validate_parameters__:
                    if param.kind < last_kind:
                        raise ValueError("wrong parameter order: {} parameter before {} parameter"
                                         .format(last_kind.description, param.kind.description))
                    last_kind = param.kind
                    if param.kind <= _POSITIONAL_OR_KEYWORD:
                        if param.default is not _empty:
                            defaults_started = True
                        elif defaults_started:
                            raise ValueError("non-default argument follows default argument")
                    if param.name in params:
                        raise ValueError("duplicate parameter name: {!r}".format(param.name))
                params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        # Phase 1 binds positional values in order; phase 2 walks the
        # remaining parameters. Until phase 2 meets a parameter given by
        # keyword or having a default, a missing one is reported with its
        # kind ("keyword-only", "positional-only"), as CPython does.
        params = list(self.parameters.values())
        kwargs = dict(kwargs)
        arguments = {}
        nargs = len(args)
        used = 0
        idx = 0
        while used < nargs:
            if idx >= len(params):
                raise TypeError("too many positional arguments")
            param = params[idx]
            kind = param.kind
            if kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError("too many positional arguments")
            if kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[used:])
                used = nargs
                idx += 1
                break
            if kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                raise TypeError("multiple values for argument {!r}".format(param.name))
            arguments[param.name] = args[used]
            used += 1
            idx += 1
        detailed = True
        varkw = None
        posonly_given_by_keyword = []
        for param in params[idx:]:
            kind = param.kind
            name = param.name
            if kind == _VAR_KEYWORD:
                varkw = param
                detailed = False
                continue
            if kind == _VAR_POSITIONAL:
                detailed = False
                continue
            if kind == _POSITIONAL_ONLY:
                if name in kwargs:
                    posonly_given_by_keyword.append(name)
                    continue
                if param.default is _empty and not partial:
                    raise TypeError("missing a required argument: {!r}".format(name))
                if param.default is not _empty:
                    detailed = False
                continue
            if name in kwargs:
                arguments[name] = kwargs.pop(name)
                detailed = False
                continue
            if param.default is not _empty:
                detailed = False
                continue
            if partial:
                detailed = False
                continue
            if detailed and kind == _KEYWORD_ONLY:
                raise TypeError("missing a required keyword-only argument: {!r}".format(name))
            raise TypeError("missing a required argument: {!r}".format(name))
        if kwargs:
            if varkw is not None:
                arguments[varkw.name] = kwargs
            elif posonly_given_by_keyword:
                raise TypeError("got some positional-only arguments passed as keyword "
                                "arguments: {!r}".format(", ".join(posonly_given_by_keyword)))
            else:
                extra = [k for k in kwargs if k not in posonly_given_by_keyword]
                raise TypeError("got an unexpected keyword argument {!r}".format(
                    (extra or list(kwargs))[0]))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind arguments as a call would; TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {"_return_annotation": self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state["_return_annotation"]

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        """The parameter list as source text: '/' after the last positional-only
        parameter, '*' before the first keyword-only one unless *args is there."""
        params = list(self.parameters.values())
        kinds = [p.kind for p in params]
        items = []
        for n, param in enumerate(params):
            kind = kinds[n]
            if kind == _KEYWORD_ONLY and _VAR_POSITIONAL not in kinds[:n] \
                    and (n == 0 or kinds[n - 1] != _KEYWORD_ONLY):
                items.append("*")
            items.append(str(param))
            if kind == _POSITIONAL_ONLY and (n + 1 == len(params) or kinds[n + 1] != _POSITIONAL_ONLY):
                items.append("/")
        text = "(" + ", ".join(items) + ")"
        if max_width is not None and len(text) > max_width:
            text = "(\n    " + ",\n    ".join(items) + "\n)"
        if self.return_annotation is not _empty:
            text += " -> " + formatannotation(self.return_annotation)
        return text


def _signature_is_functionlike(obj):
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, "__name__", None)
    code = getattr(obj, "__code__", None)
    defaults = getattr(obj, "__defaults__", _void)
    kwdefaults = getattr(obj, "__kwdefaults__", _void)
    annotations = getattr(obj, "__annotations__", None)
    return (isinstance(code, types.CodeType) and isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    """A Signature read off a function's code object and defaults."""
    duck = not isfunction(func)
    if duck and not _signature_is_functionlike(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    ann = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    make = cls._parameter_cls
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(make(name, kind, default=default, annotation=ann.get(name, _empty)))
    extra = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[extra]
        params.append(make(name, _VAR_POSITIONAL, annotation=ann.get(name, _empty)))
        extra += 1
    for name in names[npos:npos + nkwonly]:
        params.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                           annotation=ann.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[extra]
        params.append(make(name, _VAR_KEYWORD, annotation=ann.get(name, _empty)))
    return cls(params, return_annotation=ann.get("return", _empty),
               __validate_parameters__=duck)


def _signature_bound_method(sig):
    """The signature minus its first parameter (the bound self)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    else:
        if kind is not _VAR_POSITIONAL:
            raise ValueError("invalid argument type")
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature left after functools.partial fixed some arguments:
    positionally bound parameters disappear, keyword-bound ones become
    keyword-only with the bound value as default (and so does every
    positional-or-keyword parameter after them)."""
    pargs = extra_args + tuple(partial.args or ())
    pkw = dict(partial.keywords or {})
    try:
        bound = wrapped_sig.bind_partial(*pargs, **pkw).arguments
    except TypeError as ex:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from ex
    keep = []
    to_kwonly = False
    for param in wrapped_sig.parameters.values():
        kind = param.kind
        if param.name in bound and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if kind == _POSITIONAL_OR_KEYWORD and param.name in pkw:
                to_kwonly = True
                keep.append(param.replace(kind=_KEYWORD_ONLY, default=bound[param.name]))
            continue
        if param.name in bound and kind == _KEYWORD_ONLY:
            keep.append(param.replace(default=bound[param.name]))
            continue
        if to_kwonly and kind == _POSITIONAL_OR_KEYWORD:
            keep.append(param.replace(kind=_KEYWORD_ONLY))
            continue
        if to_kwonly and kind == _VAR_POSITIONAL:
            continue
        keep.append(param)
    # Keyword-only parameters must follow the positional ones.
    order = {_POSITIONAL_ONLY: 0, _POSITIONAL_OR_KEYWORD: 1, _VAR_POSITIONAL: 2,
             _KEYWORD_ONLY: 3, _VAR_KEYWORD: 4}
    keep.sort(key=lambda p: order[p.kind])
    return wrapped_sig.replace(parameters=keep)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    def recurse(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")
                                or isinstance(f, types.MethodType)))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)
    if isinstance(obj, functools.partial):
        wrapped_sig = recurse(obj.func)
        return _signature_get_partial(wrapped_sig, obj)
    if isbuiltin(obj) or ismethoddescriptor(obj) or ismethodwrapper(obj):
        sig = _builtin_signature(obj, sigcls)
        if sig is not None:
            return sig
        raise ValueError("no signature found for builtin {!r}".format(obj))
    if isinstance(obj, type):
        call = _lookup_meta(type(obj), "__call__")
        if call is not None:
            return _signature_bound_method(recurse(call))
        new = _lookup_in_mro(obj, "__new__")
        init = _lookup_in_mro(obj, "__init__")
        if new is not None and (init is None or new[1] <= init[1]) and \
                not (new[0] is object.__new__):
            sig = recurse(new[0])
            return _signature_bound_method(sig)
        if init is not None and init[0] is not object.__init__:
            return _signature_bound_method(recurse(init[0]))
        if new is not None and new[0] is not object.__new__:
            return _signature_bound_method(recurse(new[0]))
        if type not in obj.__mro__:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return sigcls.from_callable(lambda: None).replace(return_annotation=_empty) \
                    if False else sigcls(())
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = _lookup_in_mro(type(obj), "__call__")
    if call is not None:
        try:
            sig = recurse(call[0])
        except ValueError as ex:
            raise ValueError("no signature found for {!r}".format(obj)) from ex
        return _signature_bound_method(sig)
    raise ValueError("callable {!r} is not supported by signature".format(obj))


# ftpy's builtin functions carry no __text_signature__; the signatures of
# the builtins module's functions are listed here (CPython 3.13's), parsed
# once by compiling an empty function with that parameter list.
_BUILTIN_SIGS = {
    "__import__": "(name, globals=None, locals=None, fromlist=(), level=0)",
    "abs": "(x, /)", "aiter": "(async_iterable, /)", "all": "(iterable, /)",
    "any": "(iterable, /)", "ascii": "(obj, /)", "bin": "(number, /)",
    "callable": "(obj, /)", "chr": "(i, /)",
    "compile": "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, "
               "_feature_version=-1)",
    "delattr": "(obj, name, /)", "divmod": "(x, y, /)",
    "eval": "(source, /, globals=None, locals=None)",
    "exec": "(source, /, globals=None, locals=None, *, closure=None)",
    "format": "(value, format_spec='', /)", "globals": "()", "hasattr": "(obj, name, /)",
    "hash": "(obj, /)", "hex": "(number, /)", "id": "(obj, /)", "input": "(prompt='', /)",
    "isinstance": "(obj, class_or_tuple, /)", "issubclass": "(cls, class_or_tuple, /)",
    "len": "(obj, /)", "locals": "()", "oct": "(number, /)",
    "open": "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, "
            "closefd=True, opener=None)",
    "ord": "(c, /)", "pow": "(base, exp, mod=None)",
    "print": "(*args, sep=' ', end='\\n', file=None, flush=False)",
    "repr": "(obj, /)", "round": "(number, ndigits=None)", "setattr": "(obj, name, value, /)",
    "sorted": "(iterable, /, *, key=None, reverse=False)", "sum": "(iterable, /, start=0)",
}
_builtin_sig_cache = {}


def _builtin_signature(obj, sigcls):
    import builtins
    name = getattr(obj, "__name__", None)
    text = _BUILTIN_SIGS.get(name)
    if text is None or getattr(builtins, name, None) is not obj:
        return None
    sig = _builtin_sig_cache.get(name)
    if sig is None:
        ns = {}
        exec("def _f" + text + ": pass", ns)
        sig = _builtin_sig_cache[name] = _signature_from_function(Signature, ns["_f"])
    if sigcls is not Signature:
        sig = sigcls(sig.parameters.values(), return_annotation=sig.return_annotation)
    return sig


def _lookup_in_mro(cls, name):
    """(attribute, mro index) of the first class in cls.__mro__ defining name
    itself (Python-level, i.e. not a builtin slot wrapper), else None."""
    for i, base in enumerate(cls.__mro__):
        if name in base.__dict__:
            value = base.__dict__[name]
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if isfunction(value) or _signature_is_functionlike(value) or \
                    isinstance(value, functools.partial):
                return value, i
            if base is object or isbuiltin(value) or ismethoddescriptor(value):
                return None
            return value, i
    return None


def _lookup_meta(meta, name):
    for base in meta.__mro__:
        if base is type or base is object:
            return None
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a Signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


FullArgSpec = namedtuple("FullArgSpec",
                         "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The names and defaults of a callable's parameters, as a FullArgSpec."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults, kwonlyargs, kwdefaults,
                       annotations)


def _name_list(names):
    quoted = ["%r" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def getcallargs(func, /, *positional, **named):
    """A dict mapping parameter names to the values a call would bind, in
    the order: positional values, *args, **kwargs, keyword values, then
    defaults (the legacy order of CPython's getcallargs)."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    fname = func.__name__
    result = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    npos = len(positional)
    nargs = len(args)
    ndefaults = len(defaults) if defaults else 0
    for name, value in zip(args, positional):
        result[name] = value
    if varargs:
        result[varargs] = tuple(positional[nargs:])
    elif npos > nargs:
        given_kwonly = sum(1 for k in kwonlyargs if k in named)
        if ndefaults:
            takes = "from %d to %d" % (nargs - ndefaults, nargs)
        else:
            takes = "%d" % nargs
        plural = "" if takes == "1" else "s"
        extra = ""
        if given_kwonly:
            extra = " positional argument%s (and %d keyword-only argument%s)" % (
                "s" if npos != 1 else "", given_kwonly, "s" if given_kwonly != 1 else "")
            raise TypeError("%s() takes %s positional argument%s but %d%s were given"
                            % (fname, takes, plural, npos, extra))
        raise TypeError("%s() takes %s positional argument%s but %d %s given"
                        % (fname, takes, plural, npos, "was" if npos == 1 else "were"))
    if varkw:
        result[varkw] = {}
    for key, value in named.items():
        if key in args or key in kwonlyargs:
            if key in result:
                raise TypeError("%s() got multiple values for argument %r" % (fname, key))
            result[key] = value
        elif varkw:
            result[varkw][key] = value
        else:
            raise TypeError("%s() got an unexpected keyword argument %r" % (fname, key))
    required = args[:nargs - ndefaults]
    missing = [name for name in required if name not in result]
    if missing:
        raise TypeError("%s() missing %d required positional argument%s: %s"
                        % (fname, len(missing), "s" if len(missing) != 1 else "",
                           _name_list(missing)))
    for i, name in enumerate(args[nargs - ndefaults:]):
        if name not in result:
            result[name] = defaults[i]
    missing = []
    for name in kwonlyargs:
        if name not in result:
            if kwonlydefaults and name in kwonlydefaults:
                result[name] = kwonlydefaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                        % (fname, len(missing), "s" if len(missing) != 1 else "",
                           _name_list(missing)))
    return result
