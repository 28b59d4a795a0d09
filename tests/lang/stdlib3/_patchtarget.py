CONSTANT = 10

def helper(x):
    return x * 2

def other():
    return "real other"

def compute(x):
    return helper(x) + CONSTANT

class Widget:
    def __init__(self, name):
        self.name = name
    def render(self):
        return "<%s>" % self.name

def make_widget(name):
    return Widget(name).render()
