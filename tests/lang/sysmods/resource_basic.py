import resource, os

for n in ["RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK", "RLIMIT_CORE", "RLIMIT_NOFILE",
          "RLIMIT_AS", "RLIMIT_NPROC", "RLIMIT_MEMLOCK", "RLIM_INFINITY", "RUSAGE_SELF",
          "RUSAGE_CHILDREN", "RUSAGE_THREAD", "RLIMIT_RSS", "RLIMIT_MSGQUEUE", "RLIMIT_NICE",
          "RLIMIT_RTPRIO", "RLIMIT_RTTIME", "RLIMIT_SIGPENDING", "RLIMIT_OFILE"]:
    print(n, getattr(resource, n))
print(resource.error is OSError, resource.getpagesize() in (4096, 16384, 65536))

ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, isinstance(ru, tuple), len(ru))
print(type(ru.ru_utime).__name__, type(ru.ru_maxrss).__name__, ru.ru_utime >= 0, ru.ru_maxrss > 0)
print(ru[0] == ru.ru_utime, ru[2] == ru.ru_maxrss, ru[-1] == ru.ru_nivcsw)
fields = ["ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
          "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
          "ru_nsignals", "ru_nvcsw", "ru_nivcsw"]
print(all(getattr(ru, f) == ru[i] for i, f in enumerate(fields)))
print(len(resource.getrusage(resource.RUSAGE_CHILDREN)), len(resource.getrusage(resource.RUSAGE_THREAD)))
r = resource.struct_rusage(range(16))
print(r)
print(r.ru_nivcsw, r[3:5], r == tuple(range(16)))
for bad in [range(15), range(17), 5]:
    try:
        resource.struct_rusage(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ru.ru_utime = 1
except AttributeError as e:
    print(type(e).__name__)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 64) if soft != -1 else 64, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] == (min(soft, 64) if soft != -1 else 64))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
c = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, [0, c[1]])
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
resource.setrlimit(resource.RLIMIT_CORE, c)
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(os.getpid(), resource.RLIMIT_CORE, c) == c)

def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
err(resource.getrlimit, 1000)
err(resource.getrlimit, -1)
err(resource.getrlimit, "x")
err(resource.getrusage, 1234)
err(resource.getrusage, "x")
err(resource.setrlimit, resource.RLIMIT_NOFILE, (1,))
err(resource.setrlimit, resource.RLIMIT_NOFILE, 5)
err(resource.setrlimit, resource.RLIMIT_NOFILE, ("a", "b"))
err(resource.setrlimit, 1000, (1, 1))
err(resource.setrlimit, resource.RLIMIT_NOFILE)
