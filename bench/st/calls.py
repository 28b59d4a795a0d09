# calls: recursion, closures, keyword arguments, small functions.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def make_adder(k):
    def add(x, y=1, *, scale=1):
        return (x + y + k) * scale
    return add


def run(n):
    add = make_adder(3)
    total = 0
    for i in range(n):
        total += add(i, scale=2) + add(i, y=i)
    return total


print(fib(30))
print(run(1500000))
