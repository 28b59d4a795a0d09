import weakref, gc
from collections.abc import MutableMapping
class O: pass
a, b = O(), O()
d = weakref.WeakValueDictionary({"a": a, "b": b})
print(sorted(d), len(d), isinstance(d, MutableMapping), "a" in d)
d.clear(); print(len(d), list(d))
k = weakref.WeakKeyDictionary(); k[a] = 1; print(list(k.values()), len(k)); k.clear(); print(len(k))
d["x"] = a; print(d == {"x": a}, d != {})
