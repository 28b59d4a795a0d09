# Non-ASCII identifiers and strings
café = 'coffee'
print(café)
def grüße(名前):
    return 'hallo ' + 名前
print(grüße('世界'))
class Ünïcode:
    ß = 1
    def méthode(self):
        return self.ß
print(Ünïcode().méthode(), Ünïcode.__name__)
π = 3.14159
print(f'{π:.2f}', f'{café!r}')
λ = lambda χ: χ * 2
print(λ(21))
d = {'ключ': 'значение'}
print(d['ключ'], len('ключ'))
def f(*, ñ=1):
    return ñ
print(f(ñ=5))
s = 'é' * 3 + '😀'
print(s, len(s), s[3])
match 'ünï':
    case 'ünï':
        print('matched unicode literal')
