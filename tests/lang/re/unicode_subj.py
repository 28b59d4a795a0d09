import re
from _diff import show
subjects = ["naïve café", "日本語テキスト 123", "emoji 😀😃 ok", "Ωmega ωmega", "mixed é\u0301 ñ", "\U0001f600x\U0001f600", "ǅungla", "\u2028line\u2029"]
pats = ["\\w+", "\\W+", ".", "..", "\\b\\w", "[😀-😃]+", "[^\\x00-\\x7f]+", "é", "(?i)ω", "(?i)[α-ω]+", "\\s", "x$", "(.)\\1*", "[日本]+", "\\d+", "(?<=\\w)\\W"]
for p in pats:
    show(p, subjects)
print(re.sub("é", "E", "éaé"), re.sub("(é)", "[\\1]", "aéb"), re.split("😀", "a😀b😀"))
print([m.span() for m in re.finditer(".", "aé😀")], re.search("😀", "xé😀").span())
