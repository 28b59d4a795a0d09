# encode/decode with every built-in codec and error handler
import sys
sys.stdout.write("x\n")
