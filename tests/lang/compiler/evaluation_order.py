# Evaluation order
log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name

def reset():
    r = list(log)
    log.clear()
    return r

d = {}
d[t('key')] = t('value')
print(reset())
a = {t('k1'): t('v1'), t('k2'): t('v2')}
print(reset())
t('f', lambda *a, **k: None)(t('a1'), t('a2'), k=t('kw'))
print(reset())
x = t('l', 1) + t('r', 2) * t('rr', 3)
print(reset())
class O: pass
o = O()
t('obj', o).attr = t('val')
print(reset())
lst = [0, 0]
t('lst', lst)[t('idx', 1)] = t('v')
print(reset())
y = t('a', 1) if t('cond', True) else t('b', 2)
print(reset())
t('c1', 1) < t('c2', 2) < t('c3', 3)
print(reset())
[t('e1'), *t('star', [1]), t('e2')]
print(reset())
f'{t("f1")}{t("f2")}'
print(reset())
def g(a=t('default1'), b=t('default2')):
    pass
print(reset())
@t('dec1', lambda f: f)
@t('dec2', lambda f: f)
def h(x=t('hdefault')):
    pass
print(reset())
t('p', (1, 2))[t('q', 0)] if False else None
a, b = t('rhs1'), t('rhs2')
print(reset())
t('x', {}).update(**{t('kk'): t('vv')})
print(reset())
s = t('s', [1, 2, 3])[t('lo', 0):t('hi', 2)]
print(reset())
