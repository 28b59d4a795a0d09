# catastrophic patterns stay interruptible (signal handlers run inside the match)
import re, signal
def handler(*a):
    raise TimeoutError("took too long")
signal.signal(signal.SIGALRM, handler)
for pat, s in [(r"(a+)+b", "a" * 40), (r"(x+x+)+y", "x" * 50), (r"(?:(a|b)+)+c", "ab" * 50000)]:
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    try:
        print(re.match(pat, s))
    except TimeoutError as e:
        print(pat, "interrupted:", e)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
print(re.match(r"(a+)+b", "a" * 10 + "b").span())
