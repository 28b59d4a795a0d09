# OSError: errno -> subclass mapping, attributes and str().
# Linux errno values: ENOENT EEXIST EISDIR ENOTDIR EACCES EPERM EAGAIN ECHILD
# ECONNREFUSED ECONNRESET ECONNABORTED EPIPE EINTR ESRCH ETIMEDOUT EINVAL
for code in [2, 17, 21, 20, 13, 1, 11, 10, 111, 104, 103, 32, 4, 3, 110, 22, 9999]:
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, str(e), repr(e), e.args, e.filename, e.filename2)
e = OSError(2, 'No such file or directory', 'a', None, 'b')
print(str(e), e.filename, e.filename2, e.args)
print(str(OSError()), repr(OSError()), OSError().errno)
print(str(OSError('just a message')), OSError('m').errno, OSError('m').args)
print(str(OSError(1)), OSError(1).errno, type(OSError(1)).__name__)
print(type(FileNotFoundError(17, 'x')).__name__)
e = FileNotFoundError('plain')
print(e, e.errno, e.args)
e = BlockingIOError(11, 'would block', 5)
print(e.characters_written, e.args, str(e))
try:
    OSError().characters_written
except AttributeError as x:
    print('AttributeError', x)
try:
    open('/nonexistent/dir/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open('/')
except OSError as e:
    print(type(e).__name__, e)
print(isinstance(FileNotFoundError(), OSError), OSError.__name__)
e = OSError(2, 'x')
e.errno = 5
e.strerror = 'changed'
print(e, e.errno)
print(OSError(2, 'No such', 'f').__reduce__()[1])
