# Evaluation order and other observable behaviour of comprehensions.

log = []
def note(tag, value):
    log.append(tag)
    return value

r = [note('elt', x) for x in note('iter', range(2)) if note('cond', True)]
print(r, log)

log.clear()
r = {note('key', k): note('val', k) for k in range(2)}
print(r, log)

log.clear()
r = [(x, y) for x in note('outer', range(2)) for y in note('inner', range(x + 1))]
print(r, log)

# the first iterable is evaluated once, before anything else
def first():
    calls = []
    def src():
        calls.append('src')
        return [1, 2]
    r = [(a, b) for a in src() for b in src()]
    return r, len(calls)
print(first())

# iterating over a list that grows
def growing():
    data = [1, 2, 3]
    r = [data.append(v) or v for v in data if len(data) < 6]
    return r, data
print(growing())

# iterators are consumed
def consumed():
    it = iter(range(5))
    a = [v for v in it if v < 2]
    return a, list(it)
print(consumed())

# unpacking errors
for src in ["[a for a, b in [(1,)]]", "[a for a, b in [(1, 2, 3)]]", "[a for a, *b in [()]]",
            "{k: v for k, v in [1]}", "[x for x in None]", "{x for x in 3.5}"]:
    try:
        print(eval(src))
    except Exception as e:
        print(type(e).__name__, e)

# comprehension results are fresh objects
def fresh():
    return [[] for _ in range(3)]
f = fresh()
f[0].append(1)
print(f, fresh())

# big results and types
print(len([i for i in range(10000)]), sum({i % 7 for i in range(1000)}), len({i: i for i in range(500)}))
print(type([i for i in ()]).__name__, type({i for i in ()}).__name__, type({i: i for i in ()}).__name__)

# conditional expressions and boolean operators inside
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
print([i for i in range(10) if i % 2 and i % 3 or i == 4])
print([i for i in range(10) if not i % 3 if i])

# star expressions inside elements
print([(*p, 0) for p in [(1, 2), (3,)]])
print([[*range(i)] for i in range(3)])
print({**{k: 1 for k in 'ab'}, **{k: 2 for k in 'bc'}})

# f-strings and comprehension
print([f'{i}:{i * i}' for i in range(3)])

# comprehension as a function argument and in slicing
print(max([abs(i - 3) for i in range(7)]), list(range(10))[len([i for i in range(3)]):])

# match statement inside a function using comprehension results
def classify(v):
    match [type(x).__name__ for x in v]:
        case ['int', 'int']:
            return 'two ints'
        case [*names]:
            return names
print(classify([1, 2]), classify([1, 'a']))

# a comprehension in a default argument, decorator and annotation
def deco(tags):
    def wrap(f):
        f.tags = tags
        return f
    return wrap

@deco([t.upper() for t in 'ab'])
def decorated(x=[i for i in range(2)]) -> [str for _ in range(1)]:
    return x
print(decorated(), decorated.tags, decorated.__annotations__)

# with and try inside the enclosing function around comprehensions
import contextlib
@contextlib.contextmanager
def ctx():
    yield [c for c in 'cm']
def use():
    with ctx() as v:
        try:
            return [x for x in v], v
        finally:
            pass
print(use())
