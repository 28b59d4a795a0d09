# The article's benchmark, unchanged except for a smaller default
# iteration count (pass the count as argv[1]; the article uses 1_000_000).
import threading
import time
import hashlib
import sys

ITER = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


def cpu_intensive_task(iterations=ITER):
    """Compute SHA256 hashes to simulate CPU-bound work"""
    data = b"Python 3.14 benchmark"
    for _ in range(iterations):
        hashlib.sha256(data).hexdigest()


def run_benchmark(num_threads=4):
    threads = []
    start_time = time.perf_counter()

    for _ in range(num_threads):
        thread = threading.Thread(target=cpu_intensive_task)
        thread.start()
        threads.append(thread)

    for thread in threads:
        thread.join()

    return time.perf_counter() - start_time


if __name__ == "__main__":
    print("GIL enabled:", sys._is_gil_enabled())
    for n in (1, 2, 4, 8):
        print(f"{n} threads: {run_benchmark(n):.2f}s")
