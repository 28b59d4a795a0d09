def a():
    b()
def b():
    raise ValueError("this escapes")
print("before")
a()
print("never")
