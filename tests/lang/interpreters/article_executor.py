# Python 3.14 API (concurrent.interpreters / InterpreterPoolExecutor). CPython 3.13 lacks it,
# so X.exp was produced by ftpy and checked by hand against the 3.14 docs; results are
# also compared with direct in-process computation where possible.
from concurrent.futures import InterpreterPoolExecutor
import csv
import hashlib

def process_csv_chunk(chunk_data):
    """Process chunk in isolated interpreter"""
    results = []
    for row in chunk_data:
        row_str = '|'.join(str(v) for v in row.values())
        hash_val = hashlib.sha256(row_str.encode()).hexdigest()
        results.append(hash_val[:8])
    return results

rows = [{"id": i, "name": "n%d" % i, "v": i * 1.5} for i in range(40)]
chunks = [rows[i:i + 10] for i in range(0, 40, 10)]
with InterpreterPoolExecutor(max_workers=4) as executor:
    results = list(executor.map(process_csv_chunk, chunks))
print(results)

def process_data(chunk):
    return sum(chunk) / len(chunk)

with InterpreterPoolExecutor(max_workers=4) as executor:
    chunks = [list(range(i*1000, (i+1)*1000)) for i in range(10)]
    results = list(executor.map(process_data, chunks))
print(results)
def bad(x):
    return 1 / x
with InterpreterPoolExecutor(max_workers=2) as ex:
    f = ex.submit(bad, 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
# The same work without interpreters gives the same answers.
rows_direct = [process_csv_chunk(c) for c in [rows[i:i + 10] for i in range(0, 40, 10)]]
with InterpreterPoolExecutor(max_workers=3) as executor:
    print(list(executor.map(process_csv_chunk, [rows[i:i + 10] for i in range(0, 40, 10)])) == rows_direct)
