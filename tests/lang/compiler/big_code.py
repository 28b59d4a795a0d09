# Large code: many arguments, locals, constants, long elif chains
src = 'def many(' + ', '.join('a%d' % i for i in range(300)) + '):\n    return ' + ' + '.join('a%d' % i for i in range(300)) + '\n'
ns = {}
exec(src, ns)
print(ns['many'](*range(300)))

src = 'def locs():\n' + ''.join('    v%d = %d\n' % (i, i) for i in range(1000)) + '    return ' + ' + '.join('v%d' % i for i in range(0, 1000, 7)) + '\n'
exec(src, ns)
print(ns['locs']())

src = 'def chain(x):\n    if x == 0:\n        return 0\n' + ''.join('    elif x == %d:\n        return %d\n' % (i, i * i) for i in range(1, 500)) + '    else:\n        return -1\n'
exec(src, ns)
print(ns['chain'](0), ns['chain'](321), ns['chain'](1000))

big_list = eval('[' + ', '.join(str(i) for i in range(5000)) + ']')
print(len(big_list), sum(big_list))
big_dict = eval('{' + ', '.join('%d: "%d"' % (i, i) for i in range(3000)) + '}')
print(len(big_dict), big_dict[2999])
kw_call = eval('dict(' + ', '.join('k%d=%d' % (i, i) for i in range(400)) + ')')
print(len(kw_call), kw_call['k399'])
nested = eval('(' * 50 + '1' + ')' * 50)
print(nested)
deep = 'x = 0\n'
for i in range(20):
    deep += '    ' * i + 'for i%d in range(1):\n' % i
deep += '    ' * 20 + 'x += 1\n'
exec(deep, ns)
print(ns['x'])
long_str = eval('"' + 'a' * 100000 + '"')
print(len(long_str))
many_consts = eval('[' + ', '.join(repr(float(i) / 4) for i in range(2000)) + ']')
print(many_consts[-1], len(set(many_consts)))
