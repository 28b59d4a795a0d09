import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
print(len(str(int('9' * 4300))))
try:
    int('9' * 4301)
except ValueError as e:
    print(e)
print(int('1' * 5000, 16) % 1000)
print(len(hex(10 ** 5000)))
try:
    repr(-10 ** 4300)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4300)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
