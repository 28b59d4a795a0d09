import signal, os, time, threading
print(signal.SIGINT, repr(signal.SIGINT), signal.Signals(2).name)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1))
got = []
def h(sig, frame):
    got.append(sig)
    print("handler", sig, type(frame).__name__)
print(signal.signal(signal.SIGUSR1, h))
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
time.sleep(0.2)
print("slept full", time.monotonic() - t0 >= 0.19, got)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KI caught")
def boom(sig, frame):
    raise RuntimeError("from handler")
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(2)
except RuntimeError as e:
    print("sleep interrupted:", e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
lock = threading.Lock(); lock.acquire()
try:
    lock.acquire()
except RuntimeError as e:
    print("acquire interrupted:", e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except RuntimeError as e:
    print("loop interrupted:", e)
def worker():
    try:
        signal.signal(signal.SIGUSR1, h)
    except ValueError as e:
        print("thread:", e)
t = threading.Thread(target=worker); t.start(); t.join()
print(signal.strsignal(signal.SIGTERM), signal.SIG_DFL, signal.SIG_IGN)
print(sorted(signal.valid_signals())[:5])
print(signal.getsignal(signal.SIGUSR1) is h)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored ok", signal.getsignal(signal.SIGUSR1))
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print("OSError", e.errno)
try:
    signal.signal(999, h)
except ValueError as e:
    print(e)
try:
    signal.signal(signal.SIGUSR1, 5.0)
except TypeError as e:
    print(e)
