"""graphlib (ftpy): topological sorting of a graph of hashable nodes.

TopologicalSorter keeps, for every node, how many predecessors are still
unfinished and the list of its successors. After prepare(), nodes with no
unfinished predecessor are handed out by get_ready(); done() marks them
finished and releases their successors, so independent nodes can be
processed in parallel. An instance is not itself thread-safe: the
coordinating thread calls get_ready()/done().
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# npredecessors sentinels once a node has left the "waiting" state.
_OUT = -1      # handed out by get_ready(), not yet done()
_DONE = -2     # done() was called


class _Node:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle.

    args[1] is one cycle as a list of nodes whose first and last items are
    the same node; each node is a predecessor of the next one."""


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes."""

    def __init__(self, graph=None):
        self._info = {}
        self._ready = None          # None until prepare()
        self._nout = 0
        self._ndone = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _entry(self, node):
        entry = self._info.get(node)
        if entry is None:
            entry = self._info[node] = _Node(node)
        return entry

    def add(self, node, *predecessors):
        """Add node, with the given predecessors, to the graph.

        Adding a node again adds more predecessors; nodes that only appear as
        predecessors are added too."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        entry = self._entry(node)
        entry.npredecessors += len(predecessors)
        for pred in predecessors:
            self._entry(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (raising CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [e.node for e in self._info.values() if e.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of all the nodes whose predecessors are all done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        out = tuple(self._ready)
        for node in out:
            self._info[node].npredecessors = _OUT
        self._ready.clear()
        self._nout += len(out)
        return out

    def is_active(self):
        """True while nodes remain to be handed out or to be marked done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._ndone < self._nout or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        info = self._info
        for node in nodes:
            entry = info.get(node)
            if entry is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = entry.npredecessors
            if state != _OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            entry.npredecessors = _DONE
            for succ in entry.successors:
                s = info[succ]
                s.npredecessors -= 1
                if s.npredecessors == 0:
                    self._ready.append(succ)
            self._ndone += 1

    def _find_cycle(self):
        # Iterative depth-first search along successor edges; a node met
        # again while still on the path closes a cycle.
        info = self._info
        visited = set()
        for start in info:
            if start in visited:
                continue
            path = [start]
            onpath = {start: 0}
            iters = [iter(info[start].successors)]
            visited.add(start)
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    iters.pop()
                    del onpath[path.pop()]
                    continue
                if nxt in onpath:
                    return path[onpath[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                onpath[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(info[nxt].successors))
        return None

    def static_order(self):
        """Yield the nodes in a topological order (calls prepare())."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
