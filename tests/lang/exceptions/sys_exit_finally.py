# SystemExit runs finally blocks and can be raised directly.
try:
    raise SystemExit(4)
finally:
    print('cleanup ran')
