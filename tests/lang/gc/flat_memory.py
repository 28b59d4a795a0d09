# Memory stays flat while a loop builds and drops structures: 10**7
# allocations (lists, dicts, tuples, strings, cyclic pairs) with only a
# bounded amount alive at any time. Resident memory is read from
# /proc/self/status before and after; growth must stay under 64 MiB.


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


def churn(rounds):
    keep = None
    for i in range(rounds):
        a = [i, i + 1, (i, str(i))]
        d = {"k": a, "n": i}
        x = Node(d)
        y = Node(x)
        x.other = y          # a cycle: only a tracing collector frees it
        if i % 1000 == 0:
            keep = [x] * 100  # a bigger structure, dropped next time
    return keep is not None


churn(200000)                # warm up: heap reaches its working size
before = rss_kib()
ok = churn(1000000)          # 5 objects per round plus strings: ~10**7 allocations
after = rss_kib()
growth_mib = (after - before) / 1024
print("churn finished:", ok)
print("memory flat:", growth_mib < 64)
