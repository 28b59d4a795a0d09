from decimal import Decimal as D, getcontext, localcontext, ROUND_DOWN
vals = [D('1.20'), D('1.2345'), D('1234.5'), D('1e10'), D('-0.000012345'), D('12.5'), D('1.5E+3'), D('123'), D('0.00001'), D('1.5'), D('nan'), D('-inf'),
        D('0'), D('-0'), D('0E-5'), D('1234567.891'), D('-9.995'), D('0.5'), D('2.5'), D('999.9999'), D('1E-7'), D('123456789012345678901234567890'), D('7.000')]
specs = ['', '.2', '.0', '.3e', 'e', 'E', '.0e', '.2f', 'f', '.0f', 'F', 'g', 'G', '.3g', '.10g', '%', '.1%', ',', ',.2f', '_.3f', '>12', '<12.2f', '^15', '*^15.3e',
         '+', ' ', '+.2f', '012.2f', '015,.2f', '=+12.3f', 'z.1f', '#.0f', '#.0e', '#g', '.1', '10', '-10.4g']
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(s), row)
with localcontext() as c:
    c.rounding = ROUND_DOWN
    print(format(D('1.999'), '.2f'), format(D('-1.999'), '.1e'))
print(f"{D('3.14159'):.3f} {D('1e100'):e} {D('1.5'):>6}|")
print(str(D('1E+100')), D('1E+100').to_eng_string(), D('1.23E-7').to_eng_string(), D('0E+7').to_eng_string(), D('123E+5').to_eng_string(), D('-0.0000001').to_eng_string())
c = getcontext()
c.capitals = 0
print(str(D('1E+100')), repr(D('1.5E-20')), format(D('1e20'), ''))
c.capitals = 1
