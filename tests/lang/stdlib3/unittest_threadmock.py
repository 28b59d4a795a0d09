import threading, time
from unittest import mock
from unittest.mock import ThreadingMock, call

def err(f, *a, **k):
    try:
        f(*a, **k)
        print("ok")
    except AssertionError as e:
        print("AssertionError:", e)

tm = ThreadingMock()
def later(m, *args, delay=0.05):
    time.sleep(delay)
    m(*args)
t = threading.Thread(target=later, args=(tm, 1, 2))
t.start()
tm.wait_until_called(timeout=5)
t.join()
print(tm.call_args, tm.call_count)
t = threading.Thread(target=later, args=(tm.method, "x"))
t.start()
tm.method.wait_until_any_call_with("x")
t.join()
print(tm.method.call_args_list, tm.mock_calls)
quick = ThreadingMock(timeout=0.01, name="quick")
err(quick.wait_until_called)
err(quick.wait_until_any_call_with, 1, k=2)
quick(1, k=2)
err(quick.wait_until_any_call_with, 1, k=2)
err(quick.wait_until_called)
quick.reset_mock()
err(quick.wait_until_called, timeout=0.01)
print(quick.child._mock_wait_timeout, ThreadingMock.DEFAULT_TIMEOUT)
tm2 = ThreadingMock(return_value=7)
results = []
ts = [threading.Thread(target=lambda i=i: results.append(tm2(i))) for i in range(8)]
for x in ts: x.start()
for x in ts: x.join()
for i in range(8):
    tm2.wait_until_any_call_with(i)
print(sorted(results), tm2.call_count, sorted(c.args[0] for c in tm2.call_args_list))
print(len(tm2), type(tm2.__enter__).__name__)
