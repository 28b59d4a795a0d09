try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print('values', [str(x) for x in e.exceptions])
except* TypeError as e:
    print('types', [str(x) for x in e.exceptions])
try:
    raise ExceptionGroup('eg', [KeyError('k')])
except* (KeyError, IndexError) as e:
    print('lookup', type(e).__name__, len(e.exceptions))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), OSError(2)])
    except* ValueError:
        print('handled value')
except* OSError as e:
    print('outer got', type(e.exceptions[0]).__name__)
try:
    raise ValueError('naked')
except* ValueError as e:
    print('wrapped naked', type(e).__name__, e.exceptions)
