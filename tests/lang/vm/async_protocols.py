class Sus:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield self.v
        return x

def run(coro, sends=None):
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(f"r{len(out)}")
    except StopIteration as e:
        out.append(("ret", e.value))
    except Exception as e:
        out.append(("exc", type(e).__name__, str(e)))
    return out

async def agen():
    try:
        for i in range(5):
            r = await Sus(("tick", i))
            yield (i, r)
    finally:
        await Sus("cleanup-await")
        print("agen finally done")

async def main():
    res = []
    async for v in agen():
        res.append(v)
        if v[0] == 1:
            break
    return res
print(run(main()))

async def main2():
    g = agen()
    a = await g.__anext__()
    b = await g.asend(None)
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return a, b, "stopped"
print(run(main2()))

class ACM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    async def __aenter__(self):
        r = await Sus(("aenter", self.name))
        return (self.name, r)
    async def __aexit__(self, t, v, tb):
        await Sus(("aexit", self.name, t.__name__ if t else None))
        return self.swallow

async def main3():
    async with ACM("a") as x, ACM("b", True) as y:
        print("in", x, y)
        raise KeyError("k")
    async with ACM("c"):
        return "after"
print(run(main3()))

async def main4():
    try:
        async with ACM("d"):
            raise ValueError("escapes")
    except ValueError as e:
        return "caught " + str(e)
print(run(main4()))

async def thrower():
    try:
        await Sus("wait1")
    except KeyError as e:
        r = await Sus(("handling", str(e)))
        return ("handled", r)
c = thrower()
print(c.send(None))
print(c.throw(KeyError("t")))
try:
    c.send("final")
except StopIteration as e:
    print(e.value)

async def gen_await_in_finally():
    try:
        yield 1
    finally:
        await Sus("fin")
g = gen_await_in_finally()
print(run(g.__anext__()))
print(run(g.aclose()))

async def ag_athrow():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "got " + str(e)
x = ag_athrow()
print(run(x.__anext__()))
print(run(x.athrow(ValueError("E1"))))
print(run(x.__anext__()))
print(run(x.athrow(TypeError("E2"))))
print(run(x.__anext__()))

async def nested_comp():
    return [v async for v in agen() if v[0] % 2 == 0]
print(run(nested_comp()))

async def anext_builtin():
    g = agen()
    return await anext(g), await anext(g, "default")
print(run(anext_builtin()))

async def never_yields():
    if False:
        yield
async def consume_empty():
    return [x async for x in never_yields()]
print(run(consume_empty()))
print(type(never_yields()).__name__, never_yields().__qualname__)
