class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def m(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return f'on y axis {yy}'
        case Point(xx, y=0):
            return f'on x axis {xx}'
        case Point():
            return 'point'
        case int(n) | float(n):
            return f'number {n}'
        case str() | bytes():
            return 'text'
        case [Point(x=a), Point(x=b)]:
            return f'two points {a} {b}'
        case _:
            return 'unknown'
for v in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), 4, 2.5, 's', b'b',
          [Point(1, 2), Point(3, 4)], None):
    print(m(v))
class C:
    class D:
        pass
match C.D():
    case C.D():
        print('dotted class')
