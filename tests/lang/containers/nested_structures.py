data = {
    'users': [
        {'name': 'ann', 'tags': ['a', 'b'], 'meta': {'age': 30}},
        {'name': 'bob', 'tags': [], 'meta': {'age': 25}},
    ],
    'count': 2,
}
print(data['users'][0]['tags'][1], data['users'][1]['meta']['age'], len(data['users']))
data['users'].append({'name': 'cy', 'tags': ['c'], 'meta': {}})
data['count'] += 1
print([u['name'] for u in data['users']], data['count'])
print(sorted(data['users'], key=lambda u: u['meta'].get('age', 0))[0]['name'])
tags = sorted({t for u in data['users'] for t in u['tags']})
print(tags)
data['users'][0]['meta']['age'] += 1
print(data['users'][0])
tree = {'v': 1, 'kids': [{'v': 2, 'kids': []}, {'v': 3, 'kids': [{'v': 4, 'kids': []}]}]}
def total(n):
    return n['v'] + sum(total(k) for k in n['kids'])
def depth(n):
    return 1 + max((depth(k) for k in n['kids']), default=0)
print(total(tree), depth(tree))
def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
print(flatten([1, [2, (3, [4, [5]])], [], 6]))
m = [[0] * 4 for _ in range(3)]
for i in range(3):
    for j in range(4):
        m[i][j] = i * 4 + j
print(m, [row[::-1] for row in m[::-1]])
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}
seen, order, stack = set(), [], ['a']
while stack:
    n = stack.pop()
    if n in seen:
        continue
    seen.add(n)
    order.append(n)
    stack.extend(reversed(graph[n]))
print(order, sorted(seen))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
