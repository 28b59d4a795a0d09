import _circ_a
B = "b"


def get_a():
    return _circ_a.A
