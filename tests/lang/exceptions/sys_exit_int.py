# sys.exit(3): exit status 3, nothing on stderr.
import sys
print('exiting')
sys.exit(3)
