# exceptions: raising and catching in loops, try/finally, custom classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def risky(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i


def run(n):
    caught = 0
    finals = 0
    total = 0
    for i in range(n):
        try:
            try:
                total += risky(i)
            finally:
                finals += 1
        except AppError as e:
            caught += e.code % 2
        except KeyError:
            caught += 1
    return caught, finals, total


print(run(1500000))
