from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(2)
print(ex.submit(lambda: 42).result())
futs = [ex.submit(pow, 2, i) for i in range(5)]
print("end of main")
