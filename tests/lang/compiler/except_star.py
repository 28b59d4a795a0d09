# except* (PEP 654)
def show(e, indent=0):
    pad = ' ' * indent
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__, repr(e.message), len(e.exceptions))
        for sub in e.exceptions:
            show(sub, indent + 2)
    else:
        print(pad + repr(e))

def run(f):
    try:
        f()
        print('no exception')
    except BaseException as e:
        show(e)

def partial():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print('handled', e.exceptions)
    except* TypeError:
        print('handled type')
run(partial)

def all_handled():
    try:
        raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
    except* ValueError as e:
        print('all values', len(e.exceptions))
run(all_handled)

def reraise_bare():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(reraise_bare)

def raise_new():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise RuntimeError('new')
run(raise_new)

def raise_new_and_rest():
    try:
        raise ExceptionGroup('eg', [ValueError(1), OSError(2)])
    except* ValueError:
        raise KeyError('k')
run(raise_new_and_rest)

def naked_unmatched():
    try:
        raise ZeroDivisionError('zde')
    except* ValueError:
        print('no')
run(naked_unmatched)

def naked_matched():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('naked as', type(e).__name__, e.exceptions)
run(naked_matched)

def else_finally():
    try:
        pass
    except* ValueError:
        print('no')
    else:
        print('else ran')
    finally:
        print('finally ran')
run(else_finally)

def finally_with_exc():
    try:
        raise ExceptionGroup('eg', [TypeError('t')])
    except* ValueError:
        print('no')
    finally:
        print('finally before propagation')
run(finally_with_exc)

def nested_groups():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        show(e)
run(nested_groups)

def bad_type():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        pass
run(bad_type)

def bad_type2():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* 42:
        pass
run(bad_type2)

def name_deleted():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print('deleted:', e)
run(name_deleted)

def handled_exception_is_match():
    import sys
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        print('sys.exception():', type(sys.exception()).__name__, len(sys.exception().exceptions))
    except* TypeError:
        pass
run(handled_exception_is_match)

def in_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup('eg', [ValueError(i)])
        except* ValueError as e:
            out.append(e.exceptions[0].args[0])
    return out
print(in_loop())

for src in ["for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
            "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
            "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
            "try:\n    pass\nexcept* E:\n    for i in x:\n        break\n"]:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.msg, e.lineno)
