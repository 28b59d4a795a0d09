"""warnings -- issue and filter warning messages."""
import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings", "deprecated"]

# filters: list of (action, message_regex_or_None, category, module_regex_or_None, lineno);
# newest first. Guarded by _lock (module-level state shared by all threads).
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = [1]

try:
    from _thread import allocate_lock as _allocate_lock
    _lock = _allocate_lock()
except ImportError:
    _lock = None


def _locked(fn):
    def wrapper(*args, **kwargs):
        if _lock is None:
            return fn(*args, **kwargs)
        with _lock:
            return fn(*args, **kwargs)
    return wrapper


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return text.startswith(pattern) if not any(c in pattern for c in ".*+?[]()|^$\\") else \
            _regex_match(pattern, text)
    return bool(pattern.match(text))


def _regex_match(pattern, text):
    try:
        import re
    except ImportError:
        return text.startswith(pattern.rstrip("$"))
    return bool(re.match(pattern, text, re.I))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        try:
            import linecache
            line = linecache.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def _showwarnmsg_impl(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(message, category, filename, lineno, file, line)


@_locked
def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in ("error", "ignore", "always", "all", "default", "module", "once"):
        raise ValueError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    item = (action, message or None, category, module or None, lineno)
    _add_filter(item, append)


@_locked
def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ("error", "ignore", "always", "all", "default", "module", "once"):
        raise ValueError("invalid action: %r" % (action,))
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1


@_locked
def resetwarnings():
    filters[:] = []
    _filters_version[0] += 1


def _is_internal_filename(filename):
    return "importlib" in filename and "_bootstrap" in filename


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get("__name__", "<string>") if isinstance(globals_, dict) else "<string>"
    registry = globals_.setdefault("__warningregistry__", {}) if isinstance(globals_, dict) else {}
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version[0]:
        registry.clear()
        registry["version"] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _regex_match_ci(msg, text)) and issubclass(category, cat) and
                (mod is None or _matches_module(mod, module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = _default_action(category, module)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action in ("always", "all"):
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    showwarning(message, category, filename, lineno)


def _regex_match_ci(pattern, text):
    try:
        import re
        return bool(re.match(pattern, text, re.I))
    except ImportError:
        return text.lower().startswith(pattern.lower())


def _matches_module(pattern, module):
    try:
        import re
        return bool(re.match(pattern, module))
    except ImportError:
        return module == pattern.rstrip("$").replace("\\Z", "")


def _default_action(category, module):
    if issubclass(category, DeprecationWarning) and module != "__main__":
        return "ignore"
    if category in (PendingDeprecationWarning, ImportWarning, ResourceWarning):
        return "ignore"
    return defaultaction


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """Save and restore the warnings filters (and showwarning); record=True
    collects WarningMessage objects instead of printing."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_version[0] += 1
        self._showwarning = self._module.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            self._module.showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_version[0] += 1
        self._module.showwarning = self._showwarning


class deprecated:
    """Decorator marking a class or function deprecated (PEP 702)."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f"Expected an object of type str for 'message', not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                return original_new(cls)
            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = __new__.__deprecated__ = msg
            return arg
        if callable(arg):
            import functools

            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)
            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError("@deprecated decorator with non-None category must be applied to "
                        f"a class or callable, not {arg!r}")


for _opt in getattr(sys, "warnoptions", []):
    try:
        _action = _opt.split(":")[0]
        simplefilter({"d": "default", "e": "error", "i": "ignore", "a": "always"}.get(_action, _action))
    except Exception:
        pass
