import selectors, os
for i, cls in enumerate((selectors.SelectSelector, selectors.PollSelector, selectors.DefaultSelector)):
    r, w = os.pipe()
    with cls() as sel:
        k = sel.register(r, selectors.EVENT_READ, data="reader")
        print(cls.__name__ if i < 2 else "Default", k.fd == r, k.events, k.data)
        print(sel.select(timeout=0))
        os.write(w, b"x")
        ev = sel.select(timeout=1)
        print([(key.data, mask) for key, mask in ev])
        sel.modify(r, selectors.EVENT_READ, data="changed")
        print(sel.get_key(r).data, len(sel.get_map()))
        sel.register(w, selectors.EVENT_WRITE)
        print(sorted((str(key.data), mask) for key, mask in sel.select(1)))
        sel.unregister(r)
        try:
            sel.unregister(r)
        except KeyError:
            print("KeyError")
        try:
            sel.register(w, selectors.EVENT_READ)
        except KeyError:
            print("KeyError dup")
        try:
            sel.register(w, 0)
        except ValueError as e:
            print("ValueError", e)
    os.close(r); os.close(w)
