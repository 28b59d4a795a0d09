# Uncaught exception group.
print('raising group')
raise ExceptionGroup('several', [ValueError('v'), TypeError('t')])
