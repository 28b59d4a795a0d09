# shared helper (not a test): run many operations for a pattern over subjects
import re


def show(p, subjects, flags=0):
    try:
        c = re.compile(p, flags)
    except Exception as e:
        print("compile", repr(p), type(e).__name__, e)
        return
    for s in subjects:
        out = []
        e = s[:0]
        br, bl = (b"<>", b"[") if isinstance(e, bytes) else ("<>", "[")
        try:
            m = c.search(s)
            out.append(None if m is None else (m.span(), m.groups(), m.lastindex, m.lastgroup, m.regs))
            m = c.match(s)
            out.append(None if m is None else m.span())
            m = c.fullmatch(s)
            out.append(None if m is None else m.span())
            out.append(c.findall(s))
            out.append([x.span() for x in c.finditer(s)])
            out.append(c.sub(br, s))
            out.append(c.subn(lambda m: bl + m.group() + bl, s))
            out.append(c.split(s))
            out.append(c.split(s, 1))
            if len(s) > 2:
                m = c.search(s, 1, len(s) - 1)
                out.append(None if m is None else (m.span(), m.groups()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
        print(repr(p), repr(s), out)
