import sys, io, os, argparse

# help layout depends on the terminal width: pin it like a non-tty 80-column run
os.environ['COLUMNS'] = '80'

def run(parser, args, intermixed=False, known=False):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        if known:
            r = parser.parse_known_args(args)
        elif intermixed:
            r = parser.parse_intermixed_args(args)
        else:
            r = parser.parse_args(args)
        res = "-> %r" % (r,)
    except SystemExit as e:
        res = "exit %r" % (e.code,)
    except Exception as e:
        res = "%s: %s" % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = old
    print(args, res)
    if out.getvalue():
        print("[stdout]\n" + out.getvalue(), end="")
    if err.getvalue():
        print("[stderr]\n" + err.getvalue(), end="")
