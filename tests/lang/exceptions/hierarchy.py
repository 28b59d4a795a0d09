# The builtin exception hierarchy: bases, MRO and subclass relations.
import builtins
names = [n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
         and issubclass(getattr(builtins, n), BaseException)]
for n in sorted(names):
    t = getattr(builtins, n)
    print(n, [b.__name__ for b in t.__bases__], [c.__name__ for c in t.__mro__])
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(TabError, SyntaxError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(IndexError, LookupError))
for t in (ValueError, KeyError, OSError, SyntaxError, BaseException):
    print(t.__name__, t.__module__, t.__qualname__)
print(ValueError.__doc__)
print(BaseException.__doc__)
