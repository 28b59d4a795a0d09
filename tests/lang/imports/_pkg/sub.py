import sys
NAME = __name__
PACKAGE = __package__


def sub_function():
    return "sub_function in " + __name__
