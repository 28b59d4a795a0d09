# python -m ast and python -m tokenize on a support file
import subprocess
import sys

for args in (['-m', 'ast', '_sample_src.py'],
             ['-m', 'ast', '-a', '-i', '1', '_sample_src.py'],
             ['-m', 'ast', '--mode', 'eval', '-'],
             ['-m', 'tokenize', '_sample_src.py'],
             ['-m', 'tokenize', '-e'],
             ['-m', 'tokenize']):
    r = subprocess.run([sys.executable] + args, input=b'a + f(b)\n', capture_output=True)
    print(args, r.returncode)
    print(r.stdout.decode())
    if r.returncode:
        print(r.stderr.decode().strip().splitlines()[-1])
r = subprocess.run([sys.executable, '-m', 'tokenize'], input=b'x = (\n', capture_output=True)
print(r.returncode, r.stdout.decode(), r.stderr.decode().strip())
