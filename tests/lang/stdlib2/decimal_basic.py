from decimal import *
import decimal
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: Decimal('abc')); t(lambda: Decimal(1)/0); t(lambda: Decimal(0)/0); t(lambda: Decimal('inf')-Decimal('inf')); t(lambda: Decimal('1.5').quantize(Decimal('1e-30')))
t(lambda: Decimal(1)//0); t(lambda: Decimal(1)%0); t(lambda: Decimal('9e999999')*10); t(lambda: Decimal(1)+'a'); t(lambda: Decimal(1)+1.5); t(lambda: Decimal([1]))
t(lambda: Decimal((0,(1,2),-1))); t(lambda: Decimal((2,(1,),0))); t(lambda: Decimal((0,(1,),'x'))); t(lambda: Decimal((0,(10,),0))); t(lambda: Decimal((0,1,0))); t(lambda: Decimal((0,(1,))))
t(lambda: Decimal(10**30) // Decimal('1e-10')); t(lambda: Decimal('sNaN')+1); t(lambda: Decimal('NaN') < 1); t(lambda: Decimal('NaN') == 1); t(lambda: int(Decimal('nan'))); t(lambda: int(Decimal('inf')))
t(lambda: Decimal(-2) ** Decimal('0.5')); t(lambda: Decimal(0) ** 0); t(lambda: Decimal(0) ** -1); t(lambda: Decimal(-1).sqrt()); t(lambda: Decimal(1) < 1.5); t(lambda: Decimal(1) < 'a'); t(lambda: Decimal(1) < 1j)
print(getcontext()); print(repr(Decimal(0.1)), Decimal('1e-7'), Decimal('0.000001'), Decimal('1E+3'), Decimal('-0'), Decimal('123.456e10'), Decimal('  12  '), Decimal('1_000'))
c = getcontext(); c.traps[Inexact] = True
t(lambda: Decimal(1)/3)
c.traps[Inexact] = False; c.clear_flags(); Decimal(1)/3; print(c.flags)
t(lambda: round(Decimal('nan'))); t(lambda: round(Decimal('inf'))); t(lambda: Decimal(1).quantize(1)); t(lambda: Decimal(1).quantize('a'))
c.prec = 5; t(lambda: Decimal('123456') + 0); t(lambda: +Decimal('123456')); t(lambda: Decimal('1e100').to_integral_value()); c.prec=28
t(lambda: setattr(c, 'prec', 0)); t(lambda: setattr(c, 'rounding', 'x')); t(lambda: setattr(c, 'Emax', -1)); t(lambda: Context(prec='a'))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
c = getcontext(); c.clear_flags(); Decimal(1.5); print(c.flags[FloatOperation]); Decimal(1) == 1.5; print(c.flags[FloatOperation])
print(format(Decimal('1.20'), ''), format(Decimal('1.2345'), '.2'), format(Decimal('1234.5'), ',.2f'), format(Decimal('1e10'), ''), format(Decimal('-0.000012345'), '.3e'), format(Decimal('12.5'), '.0f'), format(Decimal('1.5E+3'), 'f'), format(Decimal('123'), '.2'), format(Decimal('0.00001'), 'g'), format(Decimal('1.5'), '%'), format(Decimal('nan'), '>5'), format(Decimal('-inf'), 'f'))
print(Decimal('1.10')**2, Decimal(10)**-2, Decimal(2)**-1, Decimal('2.5')**3, Decimal(3)**40, Decimal(-2)**3, Decimal('0.1')**-3)
print(Decimal(0).sqrt(), Decimal('-0').sqrt(), Decimal('100').sqrt(), Decimal('1.00').sqrt(), Decimal('0.04').sqrt(), Decimal(2).sqrt(), Decimal('1e-3').sqrt(), Decimal('4e5').sqrt())
print(-Decimal(0), +Decimal('-0'), abs(Decimal('-0')), Decimal('1.30') + Decimal('1.70'), Decimal('5.0') - Decimal('5.00'), Decimal(1) - Decimal(1), Decimal('-0') + Decimal('-0'), Decimal(0)/Decimal('1.00'), Decimal('1.00')/Decimal('0.5'))
print(Decimal(7)//Decimal(-2), Decimal(-7)%Decimal(2), divmod(Decimal(7), Decimal('0.3')), Decimal('12.00') / 4, Decimal(1)/Decimal(8), Decimal('3.0')*Decimal('2.00'))
