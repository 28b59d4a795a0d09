# assert statements and AssertionError.
def check(x):
    try:
        assert x > 0, f'{x} is not positive'
        return 'ok'
    except AssertionError as e:
        return f'AssertionError: {e} {e.args}'
print(check(1), check(-1))
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
try:
    assert 0, None
except AssertionError as e:
    print(repr(e))
AssertionError = ValueError
try:
    assert False, 'builtin used'
except Exception as e:
    print(type(e).__name__)
