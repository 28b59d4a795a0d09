import difflib, random

a = "qabxcd"; b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
print(s.get_matching_blocks())
print(s.get_opcodes(), round(s.ratio(), 4), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
print(s.find_longest_match(0, 10, 0, 20))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))

t1 = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".splitlines(keepends=True)
t2 = "one\ntwo\n3\nfour\nfive\nsix\nseven\neight\nnine!\nten\neleven\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(t1, t2, "a.txt", "b.txt")), end="")
print("".join(difflib.unified_diff(t1, t2, "a", "b", "2020", "2021", n=1)), end="")
print("".join(difflib.context_diff(t1, t2, "a.txt", "b.txt")), end="")
print(list(difflib.unified_diff(["a"], ["a"])))
print(list(difflib.unified_diff([], ["x"], lineterm="")))
print("".join(difflib.ndiff(t1, t2)), end="")
x = ["   1. Beautiful is better than ugly.\n", "   2. Explicit is better than implicit.\n",
     "   3. Simple is better than complex.\n", "   4. Complex is better than complicated.\n"]
y = ["   1. Beautiful is better than ugly.\n", "   3.   Simple is better than complex.\n",
     "   4. Complicated is better than complex.\n", "   5. Flat is better than nested.\n"]
d = list(difflib.ndiff(x, y))
print("".join(d), end="")
print("".join(difflib.restore(d, 1)) == "".join(x), "".join(difflib.restore(d, 2)) == "".join(y))
print(list(difflib.ndiff(["abc\n", "x\n"], ["abd\n", "x\n", "x\n"])))
print(list(difflib.ndiff(["[1, 2, 3]"], ["[1, 2, 4]"])))
print(list(difflib.ndiff(["a", "b", "c"], ["a", "q", "c", "d"])))
print(list(difflib.ndiff(["hello world\n", "same\n"], ["hello  world\n", "other\n", "same\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "whale", "wheat", "wheels"], n=2, cutoff=0.5))
import keyword
print(difflib.get_close_matches("pritn", ["print", "printf", "sprint", "pint"]))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
random.seed(5)
for trial in range(30):
    A = [random.choice("abcde") for _ in range(random.randint(0, 30))]
    B = [random.choice("abcde") for _ in range(random.randint(0, 30))]
    sm = difflib.SequenceMatcher(None, A, B)
    print(trial, sm.get_opcodes()[:4], round(sm.ratio(), 6))
A = [random.choice("ab") for _ in range(400)]
B = [random.choice("abc") for _ in range(400)]
sm = difflib.SequenceMatcher(None, A, B)
print(len(sm.get_opcodes()), round(sm.ratio(), 6), sorted(sm.bpopular))
sm = difflib.SequenceMatcher(None, A, B, autojunk=False)
print(len(sm.get_opcodes()), round(sm.ratio(), 6))
lines1 = ["line %d\n" % i for i in range(40)]
lines2 = list(lines1); lines2[5] = "changed 5\n"; lines2[30:32] = []; lines2.insert(20, "new\n")
print("".join(difflib.unified_diff(lines1, lines2)), end="")
print("".join(difflib.ndiff(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])), end="")
for bad in [("abc", ["x"]), ([1], ["x"])]:
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print("TypeError", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"])))
