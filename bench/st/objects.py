# objects: method calls, attribute access, small classes, inheritance.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return self.name


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1


def run(n):
    c = Counter()
    total = 0.0
    for i in range(n):
        s = Rect(i % 10, 3) if i % 3 else Circle(i % 5)
        total += s.area()
        c.add(s.describe())
    return round(total, 2), sorted(c.counts.items())


print(run(1500000))
