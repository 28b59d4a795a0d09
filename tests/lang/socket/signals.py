# signals interrupt blocking socket calls: a handler that raises ends the
# call, one that returns lets it go on (PEP 475)
import os, signal, socket, threading, time

calls = []
def quiet(signum, frame):
    calls.append(signum)

class Boom(Exception):
    pass

def boom(signum, frame):
    raise Boom('from handler')

a, b = socket.socketpair()

# 1. the handler raises: recv is interrupted by the exception
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    a.recv(10)
except Boom as e:
    print('recv interrupted:', e)

# 2. the handler returns: recv is retried and gets the data sent later
signal.signal(signal.SIGALRM, quiet)
def later():
    time.sleep(0.4)
    b.send(b'late data')
t = threading.Thread(target=later)
t.start()
signal.setitimer(signal.ITIMER_REAL, 0.1)
print('recv retried:', a.recv(10), calls)
t.join()

# 3. with a timeout the retry keeps the original deadline
a.settimeout(0.5)
calls.clear()
signal.setitimer(signal.ITIMER_REAL, 0.1)
start = time.monotonic()
try:
    a.recv(10)
except TimeoutError as e:
    took = time.monotonic() - start
    print('timeout after signal:', e, calls, 0.4 < took < 3)
a.settimeout(None)

# 4. SIGINT becomes KeyboardInterrupt in accept()
srv = socket.create_server(('127.0.0.1', 0))
def interrupt():
    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGINT)
t = threading.Thread(target=interrupt)
t.start()
try:
    srv.accept()
except KeyboardInterrupt:
    print('accept: KeyboardInterrupt')
t.join()
srv.close()

# 5. sendall into a full buffer, interrupted by a raising handler
b.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    b.sendall(b'x' * 10000000)
except Boom as e:
    print('sendall interrupted:', e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)

# 6. a recv in another thread is not disturbed by a signal on the main thread
c, d = socket.socketpair()
got = []
t = threading.Thread(target=lambda: got.append(d.recv(10)))
t.start()
signal.signal(signal.SIGALRM, quiet)
calls.clear()
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.2)
c.send(b'thread ok')
t.join()
print(got, calls)
for s in (a, b, c, d):
    s.close()
