import asyncio, contextvars
v = contextvars.ContextVar("v", default="unset")
async def child(tag):
    before = v.get()
    v.set(tag)
    await asyncio.sleep(0.001)
    return before, v.get()
async def main():
    v.set("main")
    r = await asyncio.gather(child("a"), child("b"))
    print(r, v.get())
    ctx = contextvars.copy_context()
    ctx.run(v.set, "in ctx")
    t = asyncio.create_task(child("c"), context=ctx)
    print(await t, v.get(), ctx[v])
    loop = asyncio.get_running_loop()
    out = []
    loop.call_soon(lambda: out.append(v.get()))
    loop.call_soon(lambda: out.append(v.get()), context=ctx)
    await asyncio.sleep(0)
    print(out)
    print(await asyncio.to_thread(v.get))
    print(await loop.run_in_executor(None, v.get))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child("tg"))
    print(t.result(), v.get())
    print(t.get_context()[v])
asyncio.run(main())
print(v.get())
