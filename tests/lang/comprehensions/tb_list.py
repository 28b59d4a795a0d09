# Tracebacks of exceptions raised inside list comprehensions: since
# CPython 3.12 (PEP 709) the comprehension runs in the enclosing frame, so
# there is no extra "<listcomp>" entry.
import traceback, sys

def show():
    print(traceback.format_exc().replace(__file__, 'FILE'))

def names(e):
    return [f.name for f in traceback.extract_tb(e.__traceback__)]

def divide_all(n):
    return [10 // (x - n) for x in range(4)]

def helper(v):
    if v == 2:
        raise ValueError("bad value %d" % v)
    return v

def calls_helper():
    return [helper(v) for v in range(5)]

def in_condition(d):
    return [k for k in ['a', 'b', 'c'] if d[k]]

def second_iterable():
    return [x + y for x in range(2) for y in x]

def nested_inner():
    return [[1 / (i - j) for j in range(3)] for i in range(3)]

def first_iter_error():
    return [x for x in 42]

def failing_iterator():
    def gen(n):
        yield n
        raise OSError('iterator failed')
    return [v * 2 for v in gen(1)]

try:
    divide_all(2)
except ZeroDivisionError as e:
    show()
    print(names(e))

try:
    calls_helper()
except ValueError as e:
    show()
    print(names(e))

try:
    in_condition({'a': 1, 'b': 0})
except KeyError as e:
    show()
    print(names(e))

try:
    second_iterable()
except TypeError as e:
    show()
    print(names(e))

try:
    nested_inner()
except ZeroDivisionError as e:
    show()
    print(names(e))

try:
    first_iter_error()
except TypeError as e:
    show()
    print(names(e))

try:
    failing_iterator()
except OSError as e:
    show()
    print(names(e))

# module level
try:
    [int(s) for s in ['1', '2', 'x']]
except ValueError as e:
    show()
    print(names(e))

# a comprehension inside a method
class Box:
    def __init__(self, items):
        self.items = items
    def lengths(self):
        return [len(i) for i in self.items]

try:
    Box(['ab', 3]).lengths()
except TypeError as e:
    show()
    print(names(e))

# the exception keeps working after being caught inside a comprehension call
def safe(v):
    try:
        return [1 // x for x in v]
    except ZeroDivisionError as e:
        return type(e).__name__, len(traceback.extract_tb(e.__traceback__))
print(safe([1, 2]), safe([1, 0]))
