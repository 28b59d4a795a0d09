"""heapq -- binary min-heaps on plain lists (heap[k] <= heap[2k+1], heap[2k+2])."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def _sift_up(heap, pos, start=0):
    """Move heap[pos] toward the root (not past `start`) while it is
    smaller than its parent."""
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    """Restore the heap below pos, bottom-up (Floyd): promote the smaller
    child all the way down to a leaf, then sift the displaced item back up.
    This needs fewer comparisons than the classic descent and -- because
    ties choose the right child -- orders equal keys the way CPython does."""
    n = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < n:
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, pos, start)


def heappush(heap, item):
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_down_max(heap, 0)
        return top
    return last


def _sift_up_max(heap, pos, start=0):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down_max(heap, pos):
    """_sift_down for a max-heap (same bottom-up scheme, mirrored)."""
    n = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < n:
        right = child + 1
        if right < n and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_max(heap, pos, start)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_down_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted output (a generator)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    sign = -1 if reverse else 1

    class _Entry:
        __slots__ = ("k", "order", "value", "it")

        def __init__(self, k, order, value, it):
            self.k, self.order, self.value, self.it = k, order, value, it

        def __lt__(self, other):
            if self.k == other.k:
                return self.order < other.order
            return (self.k > other.k) if reverse else (self.k < other.k)

    heap = [_Entry(*e) for e in entries]
    heapify(heap)
    while heap:
        top = heap[0]
        yield top.value
        for value in top.it:
            top.value = value
            top.k = value if key is None else key(value)
            heapreplace(heap, top)
            break
        else:
            heappop(heap)


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    decorated = [(x if key is None else key(x), i, x) for i, x in enumerate(iterable)]
    decorated.sort(key=lambda t: (t[0], t[1])) if key is not None else decorated.sort(key=lambda t: t[0])
    return [t[2] for t in decorated[:n]]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    items = list(iterable)
    keyed = [(x if key is None else key(x), -i, x) for i, x in enumerate(items)]
    keyed.sort(key=lambda t: t[0], reverse=True)
    return [t[2] for t in keyed[:n]]
