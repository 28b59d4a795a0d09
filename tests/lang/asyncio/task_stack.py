import asyncio, io, re
async def sleeper():
    await asyncio.sleep(1)
async def bad():
    raise ValueError("stk")
def show(t):
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(re.sub(r" at [^ >]+:\d+", "", re.sub(r'File "[^"]+"', 'File X', buf.getvalue())))
async def main():
    t = asyncio.create_task(sleeper(), name="S")
    show(t)
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t.get_stack()])
    show(t)
    t.cancel()
    b = asyncio.create_task(bad(), name="B")
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in b.get_stack()])
    show(b)
    b.exception()
asyncio.run(main())
