# sys.exit('message'): the message goes to stderr and the status is 1.
import sys
print('exiting with message')
sys.exit('fatal: something went wrong')
