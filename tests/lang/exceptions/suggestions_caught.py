# name/obj/name_from attributes that drive the "Did you mean" hints.
import sys
try:
    sys.vrsion
except AttributeError as e:
    print(e, '|', e.name, e.obj is sys)
try:
    from sys import argvv
except ImportError as e:
    print(e.name, e.name_from)
try:
    undefined_value_q
except NameError as e:
    print(e, '|', e.name)
class A:
    def m(self):
        return self.nope
try:
    A().m()
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    [].push(1)
except AttributeError as e:
    print(e, e.name, e.obj)
