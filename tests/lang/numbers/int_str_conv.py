import sys
for n in [0, 7, -7, 10**18, -10**18, 2**64, -(2**100), 10**50 + 1]:
    s = str(n)
    print(s, repr(n), int(s) == n, int(s, 10) == n, len(s), int(s.replace('-', '')) == abs(n))
x = 1
for i in range(1, 200):
    x = x * 31 + i
    if i % 20 == 0:
        print(i, x, int(str(x)) == x, int(hex(x), 16) == x, int(oct(x), 8) == x, int(bin(x), 2) == x)
print(str(2**4000)[:20], len(str(2**4000)))
print(sys.int_info.bits_per_digit > 0, sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
sys.set_int_max_str_digits(640)
try:
    str(10**700)
except ValueError as e:
    print(e)
try:
    int('7' * 641)
except ValueError as e:
    print(e)
print(len(hex(10**700)), int('f' * 700, 16) > 0)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)))
