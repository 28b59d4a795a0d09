import signal, os, subprocess
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
r = subprocess.run(["sh", "-c", "kill -USR1 $$; echo survived"], capture_output=True)
print(r.returncode, r.stdout)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
r = subprocess.run(["sh", "-c", "kill -INT $$; echo survived"], capture_output=True)
print(r.returncode, r.stdout)
r = subprocess.run(["sh", "-c", "kill -PIPE $$; echo survived"], capture_output=True)
print(r.returncode, r.stdout)
r = subprocess.run(["sh", "-c", "kill -PIPE $$; echo survived"], capture_output=True, restore_signals=False)
print(r.returncode, r.stdout)
# the parent's signal mask is intact after spawning: a handled signal still arrives
got.clear()
signal.signal(signal.SIGUSR2, lambda s, f: got.append("usr2"))
p = subprocess.Popen(["sh", "-c", "kill -USR2 %d" % os.getpid()])
p.wait()
import time
for _ in range(100):
    if got:
        break
    time.sleep(0.01)
print(got, p.returncode)
