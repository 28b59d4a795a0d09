nums = [7.5, -7.5, 7.0, -7.0, 0.0, -0.0, 1e300, 0.1, 1e-300, 5.0]
dens = [2.0, -2.0, 0.3, -0.3, 1e300, 3, -3, float('inf'), float('-inf')]
for a in nums:
    for b in dens:
        print(a, b, a // b, a % b, divmod(a, b))
print(float('inf') // 2.0, float('inf') % 2.0, float('nan') // 1.0, 5 // 2.5, -5 % 2.5)
for a, b in [(1.0, 0.0), (1.0, 0), (0.0, -0.0)]:
    for op in ['//', '%', 'divmod']:
        try:
            print(a // b if op == '//' else a % b if op == '%' else divmod(a, b))
        except ZeroDivisionError as e:
            print(op, e)
print(-0.5 // 1, 0.5 // -1, -1e-20 % 1.0, 1e-20 % -1.0, 6.0 % 0.1)
