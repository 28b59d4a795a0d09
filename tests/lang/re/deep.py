# deep backtracking must neither crash nor give up early
import re
for n in [10, 1000, 50000, 200000]:
    s = "ab" * n
    print(n, re.match(r"(?:a|b)*", s).end(), re.match(r"(ab)*c", s + "c").span(1),
          len(re.findall(r"(?:ab)+", s)), re.fullmatch(r"(?:(a)|(b))*", s).span(1, ) if False else re.fullmatch(r"(?:(a)|(b))*", s).groups(),
          re.search(r"(a|b)*?$", s).end(), bool(re.match(r"(?:a(?=b)|b)*$", s)))
print(re.match(r"(?:x+x+)+y", "x" * 18), re.match(r"(a|aa)*b", "a" * 25))
print(len(re.sub(r"(?:\w\s?)+", "W", "word " * 20000)))
print(re.match(r"((((((((((a))))))))))*", "a" * 5000).span(10))
