# Each thread has its own current and handled exception.
import sys
import threading
results = {}
errors = []
barrier = threading.Barrier(4)
def worker(n):
    seen = []
    barrier.wait()
    for i in range(200):
        try:
            try:
                raise ValueError((n, i))
            except ValueError as e:
                if sys.exception() is not e:
                    errors.append(('exception', n, i))
                try:
                    {}[(n, i)]
                except KeyError as k:
                    if k.__context__ is not e or k.args != ((n, i),):
                        errors.append(('context', n, i))
                if sys.exception() is not e:
                    errors.append(('restore', n, i))
                raise TypeError(n) from e
        except TypeError as t:
            if t.__cause__.args != ((n, i),):
                errors.append(('cause', n, i))
        if sys.exception() is not None:
            errors.append(('after', n, i))
        seen.append(i)
    results[n] = len(seen)
threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(errors[:5], len(errors))
