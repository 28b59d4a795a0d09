# Process attributes applied in the child: umask, process_group, user/group ids.
import subprocess, os, sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(subprocess.run(["sh", "-c", "umask"], umask=0o27, capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "umask"], umask=0, capture_output=True, text=True).stdout)
code = "import os; print(os.getpgid(0) == os.getpid() if hasattr(os, 'getpgid') else True)"
print(subprocess.run([sys.executable, "-c", code], process_group=0, capture_output=True, text=True).stdout)
print(subprocess.run(["id", "-u"], user=os.getuid(), capture_output=True, text=True).stdout.strip() == str(os.getuid()))
print(subprocess.run(["id", "-g"], group=os.getgid(), capture_output=True, text=True).stdout.strip() == str(os.getgid()))
print(subprocess.run(["true"], extra_groups=[os.getgid()] if os.getuid() == 0 else None).returncode)
t(lambda: subprocess.run(["true"], user=-5))
t(lambda: subprocess.run(["true"], group=-1))
t(lambda: subprocess.run(["true"], user=1.5))
print(subprocess.run(["sh", "-c", "exit 0"], start_new_session=True, process_group=None).returncode)
