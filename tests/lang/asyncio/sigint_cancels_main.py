import asyncio, signal, os, threading, time
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
async def main():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main saw CancelledError")
        raise
    finally:
        print("finally")
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
async def main():
    threading.Thread(target=lambda: (time.sleep(0.05), os.kill(os.getpid(), signal.SIGINT))).start()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main saw CancelledError")
        raise
t0 = time.monotonic()
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt", time.monotonic() - t0 < 2)
# a custom SIGINT handler is left alone
got = []
signal.signal(signal.SIGINT, lambda s, f: got.append(s))
async def main3():
    signal.raise_signal(signal.SIGINT)
    await asyncio.sleep(0.01)
    return "completed"
print(asyncio.run(main3()), got == [signal.SIGINT])
signal.signal(signal.SIGINT, signal.default_int_handler)
