from _diff import show
subjects = ["", "a", "abc", "aaa", "abcabc", "xyz", "a\nb\n", "The quick brown fox", "12 ab 345", "ab\n"]
pats = ["a", "abc", "a*", "a+", "a?", "a*?", "a+?", "a??", "a{2}", "a{1,2}", "a{,2}", "a{2,}?",
        ".", ".*", ".+", "\\w+", "\\W", "\\d+", "\\D+", "\\s", "\\S+", "[abc]", "[^abc]+", "[a-c]+",
        "[\\d\\s]+", "^a", "a$", "^$", "\\Aa", "c\\Z", "\\bab", "\\Bb", "b\\b", "x|y|z", "ab|a", "a|ab",
        "(a)(b)?(c)?", "(a|b)+", "(?:a|b)*c", "(a*)*", "(a*)+", "(a|)*", "()", "(?P<x>a)(?P<y>b)?"]
for p in pats:
    show(p, subjects)
