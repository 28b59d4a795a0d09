# input() with stdin at EOF (the test runner uses /dev/null).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: input())
t(lambda: input('prompt> '))
print()
t(lambda: input(1, 2))
import sys
class FakeIn:
    def __init__(self, lines):
        self.lines = lines
    def readline(self):
        return self.lines.pop(0) if self.lines else ''
old = sys.stdin
sys.stdin = FakeIn(['first line\n', 'no newline'])
t(lambda: input('> '))
print()
t(lambda: input())
t(lambda: input())
sys.stdin = None
t(lambda: input())
sys.stdin = old
