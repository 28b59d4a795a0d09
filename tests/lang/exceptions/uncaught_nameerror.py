# NameError with a "Did you mean" suggestion.
values = [3, 1, 2]
print(sorted(values))
prnt(values)
