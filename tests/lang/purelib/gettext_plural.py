import gettext

exprs = ['n != 1', 'n>1', '0', 'n==1 ? 0 : n==2 ? 1 : 2', '(n%10==1 && n%100!=11) ? 0 : 1',
         'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
         'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5',
         '!n', '!(n-1)', 'n/2', '(n+1)*2-3', 'n%3', 'n < 2 || n > 5', '1 + 2 * 3', '(1 + 2) * 3', '10 - 3 - 2',
         '100 / 10 / 2', 'n ? 1 : 0', 'n == 1 ? n : n * 10', 'n && 5', 'n || 7', '!n == 0', '!n && 3', 'n > 1 == 1']
for e in exprs:
    f = gettext.c2py(e)
    print(repr(e), [f(n) for n in (0, 1, 2, 3, 5, 11, 12, 22, 100, 103, 111)])
for bad in ['-n', 'n +', '(n', 'n)', 'n ? 1', 'x', 'n ** 2', 'import os', 'n == 1 ? 2 3', '', '()', '1 2', 'n;',
            '(' * 30 + 'n' + ')' * 30, 'n' + '+n' * 600, 'os.system("x")', 'n = 1', '"s"', 'n >> 1', 'n ? : 1']:
    try:
        f = gettext.c2py(bad)
        print(repr(bad[:40]), 'ok', f(3))
    except (ValueError, RecursionError) as ex:
        print(repr(bad[:40]), type(ex).__name__, ex)
f = gettext.c2py('n/0')
try:
    f(1)
except ZeroDivisionError as ex:
    print('ZeroDivisionError')
for v in [1.0, '1', None, True]:
    try:
        print(repr(v), gettext.c2py('n != 1')(v))
    except TypeError as ex:
        print(repr(v), 'TypeError', ex)
print(gettext._expand_lang('C'))
