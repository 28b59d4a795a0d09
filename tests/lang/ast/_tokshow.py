# helper for the tokenize tests: print the token stream of a source
import io
import tokenize


def show(src, exact=False):
    print('----', repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            name = tokenize.tok_name[t.exact_type if exact else t.type]
            print(' ', name, repr(t.string), t.start, t.end, repr(t.line))
    except tokenize.TokenError as e:
        print('  TokenError', e.args)
    except SyntaxError as e:
        print(' ', type(e).__name__, e.msg, e.lineno)
