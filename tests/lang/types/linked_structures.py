# Linked list and tree classes: recursion through dunders, iteration,
# __eq__ on recursive structures, __repr__ with recursion guard, __reversed__.
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self): return self.size
    def __getitem__(self, i):
        if i < 0: i += self.size
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError('index out of range')
    def __reversed__(self): return iter(list(self)[::-1])
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    __hash__ = None
    def __repr__(self): return 'LinkedList(%r)' % list(self)
    def __add__(self, o):
        if not isinstance(o, LinkedList): return NotImplemented
        return LinkedList(list(self) + list(o))
    def __iadd__(self, o):
        for x in o:
            self.append(x)
        return self
    def append(self, v):
        node = Node(v)
        if not self.head:
            self.head = node
        else:
            n = self.head
            while n.next: n = n.next
            n.next = node
        self.size += 1
    def __contains__(self, v):
        return any(x == v for x in self)
    def __bool__(self): return self.head is not None
l = LinkedList([1, 2, 3])
print(l, len(l), l[0], l[-1], list(reversed(l)), 2 in l, 7 in l, bool(l), bool(LinkedList()))
l2 = l + LinkedList([4])
l += [5, 6]
print(l2, l, l == LinkedList([1, 2, 3, 5, 6]), l != l2)
try:
    l[10]
except IndexError as e:
    print('IndexError', e)
try:
    {l}
except TypeError as e:
    print('TypeError', e)
print(sorted(LinkedList([3, 1, 2])), sum(l), max(l), dict(enumerate(l2)))
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def __len__(self): return 1 + sum(len(c) for c in self.children)
    def __eq__(self, o):
        return isinstance(o, Tree) and self.value == o.value and self.children == o.children
    def __repr__(self):
        if not self.children: return 'Tree(%r)' % self.value
        return 'Tree(%r, %s)' % (self.value, ', '.join(map(repr, self.children)))
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(t, list(t), len(t), t.depth(), t == Tree(1, Tree(2, Tree(4)), Tree(3)), t == Tree(1))
deep = Tree(0)
cur = deep
for i in range(200):
    nxt = Tree(i)
    cur.children.append(nxt)
    cur = nxt
print(len(deep), deep.depth(), deep == deep)
