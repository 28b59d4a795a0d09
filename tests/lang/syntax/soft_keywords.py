match = 1
case = 2
type = 3
_ = 4
print(match, case, type, _)
match = [match]
print(match[0], match)
def match(x): return x * 2
print(match(4))
class type_: pass
print(type_.__name__)
del type
print(type(1).__name__)
match = {'case': 'x'}
match['case'] = 'y'
print(match)
match (1):
    case 1:
        print('match stmt still works')
match -1:
    case -1:
        print('negative subject')
match [1]:
    case [_]:
        print('wildcard in list')
match(print)
case = lambda: 'case fn'
print(case())
_ = [_ for _ in range(2)]
print(_)
def type(x): return 'shadowed'
print(type(0))
