import asyncio, inspect, unittest
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, patch, call
from _uttool import run_tests

def err(f, *a, **k):
    try:
        f(*a, **k)
        print("ok")
    except AssertionError as e:
        print("AssertionError:", e)

am = AsyncMock(return_value=5)
print(inspect.iscoroutinefunction(am), asyncio.iscoroutinefunction(am) if hasattr(asyncio, "iscoroutinefunction") else True)
coro = am(1, x=2)
print(inspect.iscoroutine(coro), am.called, am.await_count)
print(asyncio.run(coro), am.await_count, am.await_args, am.await_args_list)
am.assert_awaited()
am.assert_awaited_once_with(1, x=2)
err(am.assert_awaited_with, 2)
err(am.assert_not_awaited)
err(AsyncMock(name="fresh").assert_awaited)
err(AsyncMock().assert_awaited_with, 3)
err(am.assert_any_await, 9)
err(am.assert_has_awaits, [call(1, x=2)])
err(am.assert_has_awaits, [call(5)], any_order=True)

async def main():
    m = AsyncMock(side_effect=[1, ValueError("second")])
    print(await m())
    try:
        await m()
    except ValueError as e:
        print("ValueError", e)
    try:
        await m()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async def eff(v):
        await asyncio.sleep(0)
        return v * 10
    m2 = AsyncMock(side_effect=eff)
    print(await m2(4))
    m3 = AsyncMock(wraps=eff)
    print(await m3(5))
    mm = MagicMock()
    async with mm as ctx:
        print(ctx is mm.__aenter__.return_value)
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])
    print(type(mm.__aenter__).__name__, type(AsyncMock().child).__name__, type(AsyncMock().__str__).__name__)
    am2 = AsyncMock()
    r = await am2.method(1)
    print(type(r).__name__, am2.method.await_count, am2.mock_calls)
asyncio.run(main())

class Service:
    async def fetch(self, key):
        return "real " + key
    def sync(self):
        return "sync"
async def use(svc):
    return await svc.fetch("k")
s = mock.Mock(spec=Service)
print(type(s.fetch).__name__, type(s.sync).__name__)
with patch.object(Service, "fetch") as pf:
    pf.return_value = "patched"
    print(type(pf).__name__, asyncio.run(use(Service())))
am.reset_mock()
print(am.await_count, am.await_args)

class AsyncTests(unittest.IsolatedAsyncioTestCase):
    events = []
    async def asyncSetUp(self):
        self.events.append("asyncSetUp")
        self.value = await asyncio.sleep(0, result=41)
    def setUp(self):
        self.events.append("setUp")
    async def asyncTearDown(self):
        self.events.append("asyncTearDown")
    def tearDown(self):
        self.events.append("tearDown")
    async def test_await(self):
        self.addAsyncCleanup(self.cleanup, "c1")
        self.assertEqual(self.value + 1, 42)
    async def cleanup(self, tag):
        await asyncio.sleep(0)
        self.events.append("async cleanup " + tag)
    async def test_fail(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)
    def test_sync_method(self):
        self.events.append("sync test")
    async def test_gather(self):
        rs = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
        self.assertEqual(rs, [0, 1, 2])
    async def test_error(self):
        raise RuntimeError("async boom")
import io
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(AsyncTests))
print(stream.getvalue().split("\n\n")[0])
for test, tb in result.failures + result.errors:
    print(test, "->", tb.splitlines()[-1])
print(result.testsRun, len(result.failures), len(result.errors))
print(AsyncTests.events)
