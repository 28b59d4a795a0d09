# Chained uncaught exception: the last line is the outermost exception.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('could not parse') from e
print('go')
parse('x')
