"""subprocess -- spawn processes, connect to their pipes, get their exit codes (ftpy).

POSIX only. The fork + exec step is the C function
_posixsubprocess.fork_exec, whose child runs only async-signal-safe code and
reports an exec/chdir failure through a close-on-exec pipe, so Popen raises
FileNotFoundError & co. in the parent as CPython does. communicate() waits
on the pipes with select.poll (detached from the runtime, so other threads
and the collector keep running). Each Popen serialises its waitpid() calls
with its own lock, so wait()/poll() may be called from several threads.
"""
import builtins
import io
import os
import signal
import sys
import threading
import time
import select
import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = 512
_READ_CHUNK = 32768


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True, check_call() or check_output()
    sees a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it, return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError on a non-zero exit status."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError on failure."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % kw)
    if "input" in kwargs and kwargs["input"] is None:
        if kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") \
                or kwargs.get("errors"):
            empty = ""
        else:
            empty = b""
        kwargs["input"] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The exception already holds the output read before the
            # timeout (CPython on POSIX does the same).
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of running cmd in a shell; a trailing newline is stripped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return the output (stdout and stderr) of running cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Quote a sequence of arguments the way the MS C runtime parses them."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(" ")
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == "\\":
                bs_buf.append(c)
            elif c == '"':
                result.append("\\" * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return "".join(result)


def _fsencode(value):
    """str / bytes / os.PathLike -> bytes (surrogateescape for str)."""
    value = os.fspath(value)
    if isinstance(value, bytes):
        return value
    return value.encode("utf-8", "surrogateescape")


def _exec_path(env):
    path = None
    if env is not None:
        for key in ("PATH", b"PATH"):
            if key in env:
                path = env[key]
                break
    else:
        path = os.environ.get("PATH")
    if path is None:
        path = os.defpath
    return os.fsdecode(path).split(os.pathsep)


# Children whose Popen object was collected before they were waited for;
# reaped (waitpid WNOHANG) whenever a new Popen is created, so a program
# that forgets wait() does not pile up zombies. Guarded by _active_lock.
_active = []
_active_lock = threading.Lock()


def _cleanup():
    with _active_lock:
        pending = list(_active)
    for inst in pending:
        if inst.poll() is not None:
            with _active_lock:
                try:
                    _active.remove(inst)
                except ValueError:
                    pass


class Popen:
    """Execute a child program in a new process."""

    _child_created = False
    returncode = None

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self._waitpid_lock = threading.Lock()
        self._input = None
        self._communication_started = False
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise NotImplementedError("subprocess: preexec_fn is not supported by ftpy "
                                      "(no Python code may run in the forked child)")
        self._attrs = self._process_attrs(user, group, extra_groups, umask, process_group)
        if pass_fds and not close_fds:
            close_fds = True
        if text is not None and universal_newlines is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines "
                                  "are supplied but different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"
        self.universal_newlines = self.text_mode

        line_buffering = False
        if bufsize == 1:
            if self.text_mode:
                line_buffering = True
            bufsize = -1

        (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite), to_close = \
            self._get_handles(stdin, stdout, stderr)
        try:
            # Text pipes are opened in text mode on the fd itself (universal
            # newlines on reading, like CPython's TextIOWrapper defaults).
            tb = -1 if bufsize == 0 else bufsize
            if p2cwrite != -1:
                if self.text_mode:
                    self.stdin = io.open(p2cwrite, "w", 1 if line_buffering else tb,
                                         encoding=encoding, errors=errors)
                else:
                    self.stdin = io.open(p2cwrite, "wb", bufsize)
            if c2pread != -1:
                if self.text_mode:
                    self.stdout = io.open(c2pread, "r", tb, encoding=encoding, errors=errors)
                else:
                    self.stdout = io.open(c2pread, "rb", bufsize)
            if errread != -1:
                if self.text_mode:
                    self.stderr = io.open(errread, "r", tb, encoding=encoding, errors=errors)
                else:
                    self.stderr = io.open(errread, "rb", bufsize)
            self._execute_child(args, executable, close_fds, pass_fds, cwd, env, shell,
                                p2cread, c2pwrite, errwrite, restore_signals, start_new_session)
        except:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            for fd in to_close:
                try:
                    os.close(fd)
                except OSError:
                    pass
            raise
        for fd in to_close:
            if fd not in (p2cwrite, c2pread, errread):
                try:
                    os.close(fd)
                except OSError:
                    pass

    def __repr__(self):
        r = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            if exc_type is KeyboardInterrupt:
                self.wait(timeout=0.25) if self.returncode is None else None
            else:
                self.wait()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __del__(self):
        if not self._child_created or self.returncode is not None:
            return
        # Still running (or an unreaped zombie): keep it for _cleanup().
        if self.poll() is None:
            with _active_lock:
                _active.append(self)

    @staticmethod
    def _process_attrs(user, group, extra_groups, umask, process_group):
        """(pgid, umask, gid, uid, groups) for fork_exec, or None if all default.
        Names (str) need the pwd/grp modules, which ftpy does not have."""
        if user is None and group is None and extra_groups is None and umask == -1 \
                and process_group is None:
            return None

        def ident(value, kind):
            if isinstance(value, int):
                if value < 0:
                    raise ValueError("%s ID cannot be negative, got %d" % (kind, value))
                return value
            if isinstance(value, str):
                raise NotImplementedError("subprocess: %s names need the %s module, which "
                                          "ftpy does not provide; pass a numeric id" %
                                          (kind, "pwd" if kind == "User" else "grp"))
            raise TypeError("%s must be a string or an integer" % kind)

        gid = -1 if group is None else ident(group, "Group")
        uid = -1 if user is None else ident(user, "User")
        groups = None if extra_groups is None else tuple(ident(g, "Group") for g in extra_groups)
        pgid = -1 if process_group is None else int(process_group)
        if process_group is not None and pgid < 0:
            raise ValueError("process_group must be a non-negative integer")
        return (pgid, int(umask), gid, uid, groups)

    # ---- handles ------------------------------------------------------------

    def _get_handles(self, stdin, stdout, stderr):
        """Return the six fds (-1 = none) and the fds this call opened."""
        to_close = []
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1

        def devnull():
            fd = os.open(os.devnull, os.O_RDWR)
            to_close.append(fd)
            return fd

        if stdin is None:
            pass
        elif isinstance(stdin, int) and stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
            to_close += [p2cread, p2cwrite]
        elif isinstance(stdin, int) and stdin == DEVNULL:
            p2cread = devnull()
        elif isinstance(stdin, int):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()

        if stdout is None:
            pass
        elif isinstance(stdout, int) and stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
            to_close += [c2pread, c2pwrite]
        elif isinstance(stdout, int) and stdout == DEVNULL:
            c2pwrite = devnull()
        elif isinstance(stdout, int):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()

        if stderr is None:
            pass
        elif isinstance(stderr, int) and stderr == PIPE:
            errread, errwrite = os.pipe()
            to_close += [errread, errwrite]
        elif isinstance(stderr, int) and stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.__stdout__.fileno()
        elif isinstance(stderr, int) and stderr == DEVNULL:
            errwrite = devnull()
        elif isinstance(stderr, int):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite), to_close

    # ---- starting -----------------------------------------------------------

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd, env, shell,
                       p2cread, c2pwrite, errwrite, restore_signals, start_new_session):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError("path-like args is not allowed when shell is true")
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            if not args:
                raise IndexError("list index out of range")
            executable = args[0]
        orig_executable = executable
        argv = tuple(_fsencode(a) for a in args)
        exe = _fsencode(executable)
        if os.path.dirname(exe):
            executables = (exe,)
        else:
            executables = tuple(os.path.join(_fsencode(d), exe) for d in _exec_path(env))
        if env is not None:
            envp = []
            for k, v in env.items():
                k = _fsencode(k)
                if b"=" in k:
                    raise ValueError("illegal environment variable name")
                envp.append(k + b"=" + _fsencode(v))
            envp = tuple(envp)
        else:
            envp = None
        cwd_b = _fsencode(cwd) if cwd is not None else None
        fds = tuple(sorted(set(int(fd) for fd in pass_fds)))

        errpipe_read, errpipe_write = os.pipe()
        try:
            try:
                self.pid = _posixsubprocess.fork_exec(
                    argv, executables, envp, cwd_b, p2cread, c2pwrite, errwrite,
                    errpipe_write, bool(close_fds), fds, bool(restore_signals),
                    bool(start_new_session), self._attrs)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            data = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                if not part:
                    break
                data += part
        finally:
            os.close(errpipe_read)
        if data:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass
            stage, _, num = bytes(data).partition(b":")
            try:
                errno_num = int(num)
            except ValueError:
                raise SubprocessError("Bad exception data from child: %r" % (bytes(data),))
            msg = os.strerror(errno_num)
            if stage == b"1":
                raise OSError(errno_num, msg, cwd)
            if stage == b"2":
                raise OSError(errno_num, msg)
            raise OSError(errno_num, msg, orig_executable)

    # ---- waiting ------------------------------------------------------------

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """Return the returncode if the child has exited, else None."""
        if self.returncode is None:
            if not self._waitpid_lock.acquire(False):
                return None
            try:
                if self.returncode is not None:
                    return self.returncode
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except ChildProcessError:
                self.returncode = 0
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to exit; TimeoutExpired after `timeout` seconds."""
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = time.monotonic() + timeout
            delay = 0.0005
            while True:
                if self._waitpid_lock.acquire(False):
                    try:
                        if self.returncode is not None:
                            break
                        pid, sts = os.waitpid(self.pid, os.WNOHANG)
                        if pid == self.pid:
                            self._handle_exitstatus(sts)
                            break
                    except ChildProcessError:
                        self.returncode = 0
                        break
                    finally:
                        self._waitpid_lock.release()
                remaining = endtime - time.monotonic()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, 0.05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    try:
                        pid, sts = os.waitpid(self.pid, 0)
                    except ChildProcessError:
                        self.returncode = 0
                        break
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
        return self.returncode

    def send_signal(self, sig):
        """Send a signal to the child (nothing if it has been reaped)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    # ---- communicating ------------------------------------------------------

    def communicate(self, input=None, timeout=None):
        """Send input, read stdout/stderr to EOF, wait; return (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return stdout, stderr

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            except ValueError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        if not self._communication_started:
            self._chunks = {}
            if self.stdout and not self.stdout.closed:
                self._chunks[self.stdout] = []
            if self.stderr and not self.stderr.closed:
                self._chunks[self.stderr] = []
            self._input = None
            self._input_offset = 0
            if self.stdin and input is not None:
                if self.text_mode:
                    input = input.encode(self.stdin.encoding, self.stdin.errors)
                self._input = memoryview(bytes(input))
        poller = select.poll()
        by_fd = {}
        if self.stdin and not self.stdin.closed and self._input is not None:
            by_fd[self.stdin.fileno()] = self.stdin
            poller.register(self.stdin, select.POLLOUT)
        for f in self._chunks:
            if not f.closed:
                by_fd[f.fileno()] = f
                poller.register(f, select.POLLIN | select.POLLPRI)
        while by_fd:
            remaining = self._remaining_time(endtime)
            if remaining is not None and remaining < 0:
                self._raise_timeout(orig_timeout)
            ready = poller.poll(None if remaining is None else remaining * 1000)
            if not ready and remaining is not None:
                self._raise_timeout(orig_timeout)
            for fd, mode in ready:
                f = by_fd.get(fd)
                if f is None:
                    continue
                if f is self.stdin:
                    chunk = self._input[self._input_offset:self._input_offset + _PIPE_BUF]
                    try:
                        self._input_offset += os.write(fd, chunk)
                    except BrokenPipeError:
                        self._input_offset = len(self._input)
                    if self._input_offset >= len(self._input):
                        poller.unregister(fd)
                        del by_fd[fd]
                        try:
                            f.close()
                        except BrokenPipeError:
                            pass
                else:
                    data = os.read(fd, _READ_CHUNK)
                    if not data:
                        poller.unregister(fd)
                        del by_fd[fd]
                        f.close()
                    else:
                        self._chunks[f].append(data)
        self.wait(timeout=self._remaining_time(endtime))
        return self._output(self.stdout), self._output(self.stderr)

    def _output(self, f):
        if f is None or f not in self._chunks:
            return None
        data = b"".join(self._chunks[f])
        if self.text_mode:
            data = data.decode(self.encoding, self.errors or "strict")
            data = data.replace("\r\n", "\n").replace("\r", "\n")
        return data

    def _raise_timeout(self, orig_timeout):
        out = self._chunks.get(self.stdout) if self.stdout else None
        err = self._chunks.get(self.stderr) if self.stderr else None
        raise TimeoutExpired(self.args, orig_timeout,
                             output=b"".join(out) if out else None,
                             stderr=b"".join(err) if err else None)
