# sys.exit() and sys.exit(None): status 0.
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print('code', e.code)
print('still here')
sys.exit()
