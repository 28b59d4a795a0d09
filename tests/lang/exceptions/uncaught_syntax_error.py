# A syntax error in the main file: no traceback, SyntaxError line, exit 1.
print('never runs')
x = = 1
