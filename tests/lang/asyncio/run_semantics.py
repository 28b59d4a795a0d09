import asyncio

log = []

async def background(i):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"bg{i} cancelled")
        raise
    finally:
        log.append(f"bg{i} finally")

async def main():
    for i in range(3):
        asyncio.create_task(background(i))
    await asyncio.sleep(0)
    return "main result"

print(asyncio.run(main()))
print(sorted(log))

async def raises():
    await asyncio.sleep(0)
    raise LookupError("from main")
try:
    asyncio.run(raises())
except LookupError as e:
    print("propagated", e)

async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(1)
try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError:
    print("main cancelled -> CancelledError")

# the loop is closed after run, and the current loop is unset
captured = {}
async def capture():
    captured["loop"] = asyncio.get_running_loop()
asyncio.run(capture())
print(captured["loop"].is_closed())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)

# debug flag and loop_factory
async def debug_state():
    return asyncio.get_running_loop().get_debug()
print(asyncio.run(debug_state(), debug=True), asyncio.run(debug_state(), debug=False))
made = []
def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop
async def which_loop():
    return asyncio.get_running_loop() is made[0]
print(asyncio.run(which_loop(), loop_factory=factory), made[0].is_closed())

# Runner keeps the loop between runs
with asyncio.Runner() as runner:
    async def put(x):
        captured.setdefault("loops", []).append(asyncio.get_running_loop())
        return x
    print(runner.run(put(1)), runner.run(put(2)))
    print(captured["loops"][0] is captured["loops"][1])
    loop = runner.get_loop()
print(loop.is_closed())
r = asyncio.Runner()
r.close()
try:
    r.run(put(3))
except RuntimeError as e:
    print("RuntimeError", e)
try:
    with asyncio.Runner() as r2:
        r2.run(42)
except ValueError as e:
    print("ValueError", e)

# tasks still running when main returns get cancelled in order to finish;
# a task that ignores cancellation once still completes
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn ignores")
    await asyncio.sleep(0.01)
    log.append("stubborn finished")
async def main2():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
log.clear()
asyncio.run(main2())
print(log)

# executor work is waited for at shutdown
import time
async def main3():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, lambda: (time.sleep(0.02), log.append("executor job done")))
    await asyncio.sleep(0)
log.clear()
asyncio.run(main3())
print(log)
