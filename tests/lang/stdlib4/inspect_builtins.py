import builtins, inspect
for n in sorted(dir(builtins)):
    o = getattr(builtins, n)
    if callable(o) and not isinstance(o, type) and n not in ("exit", "quit", "help", "copyright", "credits", "license", "breakpoint", "anext"):
        try: print(n, inspect.signature(o))
        except Exception as e: print(n, 'ERR', e)
print(inspect.signature(len).parameters["obj"].kind, inspect.signature(print).parameters["end"].default == "\n")
