import unittest, signal, os, io
class T(unittest.TestCase):
    def test_interrupt(self):
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):
            pass
    def test_after(self):
        pass
unittest.installHandler()
s = io.StringIO()
r = unittest.TextTestRunner(stream=s).run(unittest.TestSuite([T("test_interrupt"), T("test_after")]))
print(r.testsRun, r.shouldStop)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
@unittest.removeHandler
def f(): return signal.getsignal(signal.SIGINT) is signal.default_int_handler
unittest.installHandler()
print(f(), unittest.removeResult(r))
