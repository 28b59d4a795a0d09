# generators: pipelines of generators and generator expressions.
def numbers(n):
    for i in range(n):
        yield i


def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x


def squares(seq):
    for x in seq:
        yield x * x


def chain(n):
    return sum(squares(evens(numbers(n))))


def genexpr(n):
    return sum(x * 3 for x in range(n) if x % 3)


print(chain(5000000))
print(genexpr(5000000))
