stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list(range(5))
out = []
while queue:
    out.append(queue.pop(0))
print(out)
q = []
q.insert(0, 'a'); q.insert(0, 'b'); q.insert(len(q), 'c')
print(q, q.pop(0), q.pop(), q)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ['()', '([]{})', '(]', '((', '', '{[()()]}']])
big = []
for i in range(100000):
    big.append(i)
total = 0
while big:
    total += big.pop()
print(total, big)
r = list(range(20))
while len(r) > 3:
    del r[::2]
print(r)
