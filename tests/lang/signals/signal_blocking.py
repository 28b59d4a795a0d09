import threading, time, os, signal
def w():
    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGINT)
t = threading.Thread(target=w); t.start()
try:
    ev = threading.Event(); ev.wait()
except KeyboardInterrupt:
    print("KI in Event.wait")
t.join()
t = threading.Thread(target=w); t.start()
try:
    time.sleep(5)
except KeyboardInterrupt:
    print("KI in sleep")
t.join()
def w2():
    time.sleep(0.5)
t = threading.Thread(target=w2); t.start()
signal.signal(signal.SIGALRM, lambda s, f: print("alarm during join"))
signal.setitimer(signal.ITIMER_REAL, 0.1)
t.join()
print("joined")
