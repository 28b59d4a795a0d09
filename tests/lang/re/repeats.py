import re
from _diff import show
subjects = ["", "a", "aa", "aaaa", "aaaaab", "ab", "abab", "ababab", "b", "aab aaab"]
pats = ["a{0}", "a{3}", "a{2,3}", "a{2,3}?", "a{,3}", "a{3,}", "a{1,}?b", "(?:ab){2}", "(?:ab){1,2}?",
        "(ab){2,}", "a*b", "a*?b", "a+?b", "(a+)+b", "(a|aa)+b", "(a|aa)+?b", "a*+", "a++b", "a?+a",
        "(?:ab)*+", "(?:ab)++ab", "(a)*+", "(?:a|ab)*+b", "(?>a+)b", "(?>a|ab)b", "(?>(a+))a", "x*",
        "(?:a*)*", "(?:a*)+?", "(?:a?)*?b", "a{2}{3}" if False else "(?:a{2}){2}", "[ab]{2,}?b", ".*?b", ".*b"]
for p in pats:
    show(p, subjects)
print(re.match(r"(?:x|y){1000}", "xy" * 600).end())
print(re.match(r"(a{2,3}){2}", "aaaaaa").groups(), re.match(r"(a{2,3}?){2}", "aaaaaa").groups())
try:
    re.compile("a{4294967295}")
except Exception as e:
    print(type(e).__name__, e)
print(re.fullmatch("a{4294967294}", "a"), re.match("a{100000}", "a" * 100001).end())
