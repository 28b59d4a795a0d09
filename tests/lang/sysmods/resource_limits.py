# limits set in a child process apply there (and the child reports them)
import resource, subprocess, sys

code = r'''
import resource
resource.setrlimit(resource.RLIMIT_CPU, (100, resource.getrlimit(resource.RLIMIT_CPU)[1]))
print(resource.getrlimit(resource.RLIMIT_CPU)[0])
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
print(resource.getrlimit(resource.RLIMIT_FSIZE)[0])
try:
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 4096))
except ValueError as e:
    print(type(e).__name__, e)
x = 0
for i in range(200000):
    x += i
ru = resource.getrusage(resource.RUSAGE_SELF)
print(ru.ru_utime + ru.ru_stime >= 0, ru.ru_minflt > 0)
'''
p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
print(p.returncode, p.stdout, p.stderr)
ch = resource.getrusage(resource.RUSAGE_CHILDREN)
print(ch.ru_maxrss > 0, ch.ru_utime + ch.ru_stime >= 0)
