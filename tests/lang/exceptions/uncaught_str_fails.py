# An exception whose __str__ raises is still reported.
class Bad(Exception):
    def __str__(self):
        raise RuntimeError('no str')
raise Bad()
