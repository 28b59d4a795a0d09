import sys

n = sys.stdout.write("written directly\n")
print(n)
print("a", "b", "c", sep=", ", end=" <end>\n")
print()
print("x", end="")
print("y")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes line\n")
sys.stdout.buffer.flush()
print("after raw")
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdout.writable(), sys.stdout.readable())
print("to stderr", file=sys.stderr)
print(1, 2.5, None, True, [1, "s"], {"k": (1,)})
class P:
    def __str__(self):
        return "str of P"
print(P())
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
