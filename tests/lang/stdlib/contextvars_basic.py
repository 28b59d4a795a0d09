import contextvars, threading
v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get())
try:
    w.get()
except LookupError:
    print("LookupError")
print(w.get(5))
t = v.set(2)
print(v.get(), t.old_value is contextvars.Token.MISSING, t.var is v)
ctx = contextvars.copy_context()
v.set(3)
print(v.get(), ctx[v], ctx.get(w, "none"), v in ctx, len(ctx))
def inside(x):
    v.set(x)
    return v.get()
print(ctx.run(inside, 10), ctx[v], v.get())
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError")
out = []
def th():
    out.append(v.get())
    v.set(99)
    out.append(v.get())
x = threading.Thread(target=th); x.start(); x.join()
print(out, v.get())
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError nested")
print(sorted(k.name for k in ctx))
