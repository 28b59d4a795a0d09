import asyncio
r = asyncio.Runner()
r.get_loop(); r.close()
for arg in (1, None):
    try:
        r.run(arg)
    except Exception as e:
        print(type(e).__name__, e)
async def f(): pass
c = f()
try:
    r.run(c)
except Exception as e:
    print(type(e).__name__, e)
c.close()
async def inner():
    c = f()
    try:
        asyncio.Runner().run(c)
    except Exception as e:
        print(type(e).__name__, e)
    c.close()
asyncio.run(inner())
