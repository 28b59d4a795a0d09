import difflib, random

random.seed(1234)
words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota", "kappa"]
def line():
    return " ".join(random.choice(words) for _ in range(random.randint(1, 5))) + "\n"
def mutate(lines):
    out = list(lines)
    for _ in range(random.randint(1, 4)):
        op = random.random()
        i = random.randrange(len(out) + 1)
        if op < 0.3 and out:
            del out[min(i, len(out) - 1)]
        elif op < 0.6:
            out.insert(i, line())
        elif out:
            j = min(i, len(out) - 1)
            s = out[j]
            k = random.randrange(len(s))
            out[j] = s[:k] + random.choice("xyz ") + s[k + 1:]
    return out
for trial in range(25):
    a = [line() for _ in range(random.randint(0, 8))]
    b = mutate(a)
    print("== trial", trial)
    print("".join(difflib.ndiff(a, b)), end="")
    print("".join(difflib.unified_diff(a, b, "a", "b", n=1)), end="")
    print("".join(difflib.context_diff(a, b, n=0)), end="")
    sm = difflib.SequenceMatcher(None, "".join(a), "".join(b))
    print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), len(sm.get_opcodes()))
    print(list(sm.get_grouped_opcodes(2))[:2])
s = difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK, "the quick brown fox", "the quick  brown  fox jumps")
print(s.get_opcodes(), s.bjunk)
s = difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 250 + "y" + "x" * 10)
print(s.bpopular, s.get_matching_blocks()[:3], round(s.ratio(), 6))
s = difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 250 + "y" + "x" * 10, autojunk=False)
print(s.bpopular, s.get_matching_blocks()[:3], round(s.ratio(), 6))
print(list(difflib.ndiff(["one\n", "two\n"], [])), list(difflib.ndiff([], ["x\n"])))
print(list(difflib.ndiff(["\tindented line here\n"], ["\tindented lime here!\n"])))
print(difflib.get_close_matches("accomodate", ["accommodate", "accumulate", "acclimate", "commodity"], n=4, cutoff=0.3))
try:
    difflib.get_close_matches("x", ["y"], n=0)
except ValueError as e:
    print("ValueError", e)
try:
    list(difflib.restore(["- a"], 3))
except ValueError as e:
    print("ValueError", e)
