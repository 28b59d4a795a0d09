import asyncio

log = []

def cb(*args):
    log.append(args)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
now = loop.time()
print(isinstance(now, float))
# timers fire in deadline order
loop.call_at(now + 0.03, cb, "at3")
loop.call_at(now + 0.01, cb, "at1a")
loop.call_at(now + 0.015, cb, "at1b")
h = loop.call_later(0.02, cb, "cancelled timer")
print(type(h).__name__, h.cancelled())
h.cancel()
print(h.cancelled())
loop.call_later(0.0, cb, "later0")
loop.call_soon(cb, "soon1")
loop.call_soon(cb, "soon2", 2)
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(log)
print(loop.is_running())
# run_forever again after stop
log.clear()
loop.call_soon(cb, "second run")
loop.call_soon(loop.stop)
loop.call_soon(cb, "after stop in same iteration")
loop.run_forever()
print(log)
log.clear()
loop.call_soon(loop.stop)
loop.run_forever()
print("pending ran", log)

# timer handles compare by deadline
a = loop.call_later(1, cb)
b = loop.call_later(2, cb)
print(a < b, b > a, a == a, a.when() < b.when())
a.cancel(); b.cancel()

# stop before run: runs one iteration
loop.stop()
loop.call_soon(cb, "one iteration")
loop.run_forever()
print(log)

# run_until_complete with a future never completed by stop
fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print(e)
fut.cancel()
try:
    loop.run_until_complete(fut)
except asyncio.CancelledError:
    print("cancelled future")

# argument checks
for bad in (lambda: loop.call_later(None, cb), lambda: loop.call_at(None, cb)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# sleep(0) interleaving is round-robin
order = []
async def spinner(name, n):
    for i in range(n):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)
async def both():
    await asyncio.gather(spinner("a", 3), spinner("b", 3), spinner("c", 2))
loop.run_until_complete(both())
print(order)

# sleep returns its result argument
async def s():
    return await asyncio.sleep(0.001, result="r1"), await asyncio.sleep(0, result="r0")
print(loop.run_until_complete(s()))

async def check_stop_in_coro():
    loop.stop()
    await asyncio.sleep(0.01)
    return "finished after stop?"
try:
    print(loop.run_until_complete(check_stop_in_coro()))
except RuntimeError as e:
    print(e)
# the task is still pending: finish it
print(loop.run_until_complete(asyncio.sleep(0.02, "drained")))
loop.close()
try:
    loop.close()
    print("double close ok")
except Exception as e:
    print(type(e).__name__)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
pol = asyncio.get_event_loop_policy()
print(isinstance(pol, asyncio.AbstractEventLoopPolicy))
l2 = pol.new_event_loop()
pol.set_event_loop(l2)
print(asyncio.get_event_loop() is l2)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError", e)
l2.close()
asyncio.set_event_loop(None)
print(repr(l2).split(" ", 1)[1])
