def describe(e):
    parts = [f"{type(e).__name__}({e})"]
    if e.__cause__ is not None:
        parts.append(f"cause={type(e.__cause__).__name__}({e.__cause__})")
    if e.__context__ is not None:
        parts.append(f"context={type(e.__context__).__name__}({e.__context__})")
    parts.append(f"suppress={e.__suppress_context__}")
    return " ".join(parts)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")
except ValueError as e:
    print(describe(e))

try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("from k") from k
except TypeError as e:
    print(describe(e))

try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(describe(e))

try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(describe(e))

# implicit chaining from C-level errors inside a handler
try:
    try:
        raise KeyError("a")
    except KeyError:
        int("xyz")
except ValueError as e:
    print(describe(e))

# chaining through function calls
def inner():
    raise OSError("inner")
def handler():
    try:
        raise LookupError("outer")
    except LookupError:
        inner()
try:
    handler()
except OSError as e:
    print(describe(e))

# no chaining when exception handled before
try:
    try:
        raise ValueError("x")
    except ValueError:
        pass
    raise TypeError("fresh")
except TypeError as e:
    print(describe(e))

# re-raising the same exception does not self-chain
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(describe(e))

# cycle avoidance
try:
    try:
        raise KeyError("A")
    except KeyError as a:
        try:
            raise ValueError("B")
        except ValueError as b:
            raise a
except KeyError as e:
    print(describe(e), "|", describe(e.__context__))
    print(e.__context__.__context__ is None)

# nested handlers: context is the innermost handled exception
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise KeyError(3)
except KeyError as e:
    print(describe(e), "|", describe(e.__context__))

# finally with exception
try:
    try:
        raise ValueError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(describe(e))

# cause must be exception
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)

# explicit __context__ assignment and __cause__
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))

# exception context across generators
def gen():
    try:
        yield
    except Exception:
        raise RuntimeError("gen error")
g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except RuntimeError as e:
    print(describe(e))

# exception raised in __exit__ gets the with-body exception as context
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit")
try:
    with CM():
        raise ValueError("body")
except OSError as e:
    print(describe(e))
