import sys
print("main of modpkg", sys.argv[1:], __name__)
