# Popen objects dropped without wait(): their children are reaped (by the
# finalizer or at the next Popen), so no zombies accumulate.
import subprocess, gc, os, time

def zombies():
    me = str(os.getpid())
    n = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == me and fields[0] == "Z":
            n += 1
    return n

for i in range(20):
    subprocess.Popen(["sh", "-c", "exit 0"])
time.sleep(0.3)
gc.collect()
time.sleep(0.1)
subprocess.Popen(["true"]).wait()
gc.collect()
print("zombies", zombies())
p = subprocess.Popen(["sh", "-c", "exit 3"])
time.sleep(0.2)
print("zombie before wait", zombies())
print(p.wait(), "zombies", zombies())
