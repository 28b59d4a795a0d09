for args in [(5,), (2, 8), (0, 10, 3), (10, 0, -3), (-5, 5, 2), (5, -5, -2), (0,), (3, 3), (3, 1), (1, 3, -1)]:
    r = range(*args)
    print(args, list(r), len(r), list(reversed(r)), r[::-1] == range(*args)[::-1], sum(r))
r = range(0, 100, 7)
print([r[i] for i in range(-3, 3)], r.index(49), r.count(49), r[5:10], r[5:10:2], r[-1:-4:-1], r[::-5])
total = 0
for i in range(1, 1001):
    total += i
print(total)
print([i * j for i in range(1, 4) for j in range(i)], [x for x in range(-10, 10, 4)])
nested = 0
for i in range(50):
    for j in range(i, 50):
        nested += 1
print(nested)
big = range(-2 ** 65, 2 ** 65, 2 ** 60)
print(len(big), big[0], big[-1], big[10], 0 in big, 2 ** 60 in big, 2 ** 60 + 1 in big, big.index(0))
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)), list(range(-2 ** 63 + 1, -2 ** 63 - 2, -1)))
print(list(zip(range(3), range(10, 7, -1))), dict(zip(range(3), range(3, 6))))
print(range(10)[3:][2:][::2], list(range(10)[3:][2:][::2]), range(0, 30, 3)[-2::-2])
print(range(5) == range(0, 5, 1), range(0) == range(-1, -1), range(1, 10, 3) == range(1, 9, 3), list(range(1, 10, 3)) == list(range(1, 9, 3)))
