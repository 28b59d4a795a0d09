é = 1
π = 3.14
naïve = 'yes'
変数 = 'japanese'
Ω = 'omega'
_private = 1
__dunder__ = 2
x1_y2 = 3
print(é, π, naïve, 変数, Ω, _private, __dunder__, x1_y2)
def función(parámetro): return parámetro * 2
print(función(21))
class Ünïcode:
    ключ = 'value'
print(Ünïcode.ключ, Ünïcode.__name__)
print(f'{é}{π}')
d = dict(ä=1)
print(d)
for src in ['€ = 1', 'x€ = 1', '1é = 2', 'é1 = 2', 'a·b = 1', '℘ = 1', 'x\u00a0= 1']:
    try:
        compile(src, '<u>', 'exec'); print('OK', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg, e.offset)
