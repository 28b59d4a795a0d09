class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

with CM("x") as x, CM("y") as y:
    print("both", x, y)

def ret_in_with():
    with CM("r"):
        return "returned"
print(ret_in_with())

def loop_with():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                continue
            if i == 2:
                break
loop_with()

try:
    with 5:
        pass
except TypeError as e:
    print("TypeError", e)

class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)

class OnlyExit:
    def __exit__(self, *a):
        pass
try:
    with OnlyExit():
        pass
except TypeError as e:
    print("TypeError", e)

class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit failed")
try:
    with ExitFails():
        pass
except OSError as e:
    print("OSError", e, e.__context__)

import sys
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exc during exit:", repr(sys.exception()))
        return True
with Inspect():
    raise ValueError("inspected")
print(sys.exception())

# truthiness of __exit__ result
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return [1]
with Truthy():
    raise ValueError
print("suppressed by truthy list")

# exit arguments for a subclass exception instance
class Args:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et is type(ev), isinstance(ev, LookupError))
        return True
with Args():
    {}[1]
