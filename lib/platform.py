"""platform -- information about the underlying platform (ftpy).

The operating-system facts come from os.uname(); the interpreter facts from
sys. python_implementation() answers "ftpy", matching
sys.implementation.name. Results are computed on each call except the libc
version, cached after the first look (a benign race: every thread computes
the same value).
"""
import os
import re
import sys

__version__ = "1.0.8"


class uname_result(tuple):
    """(system, node, release, version, machine, processor), repr'd like CPython's
    namedtuple with the processor field left out."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    def __new__(cls, system, node, release, version, machine, processor=""):
        return tuple.__new__(cls, (system, node, release, version, machine, processor))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[5])

    def __repr__(self):
        return "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % self[:5]

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __reduce__(self):
        return uname_result, tuple(self)


_uname_cache = None


def uname():
    """Return a uname_result: system, node, release, version, machine, processor."""
    global _uname_cache
    r = _uname_cache
    if r is None:
        u = os.uname()
        r = _uname_cache = uname_result(u[0], u[1], u[2], u[3], u[4], "")
    return r


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    return "ftpy" if sys.implementation.name == "ftpy" else "CPython"


def python_compiler():
    m = re.search(r"\[([^\]]*)\]\s*$", sys.version)
    return m.group(1) if m else ""


def python_build():
    m = re.match(r"[^(]*\(([^)]*)\)", sys.version)
    if not m:
        return ("", "")
    parts = [p.strip() for p in m.group(1).split(",", 1)]
    return (parts[0], parts[1] if len(parts) > 1 else "")


def python_branch():
    return ""


def python_revision():
    return ""


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of the executable: read from its ELF header when possible."""
    bits = bits or "%dbit" % (8 * (sys.maxsize.bit_length() + 1) // 8)
    if not linkage:
        try:
            with open(executable, "rb") as f:
                head = f.read(5)
            if head[:4] == b"\x7fELF":
                linkage = "ELF"
                bits = {1: "32bit", 2: "64bit"}.get(head[4], bits)
        except OSError:
            pass
    return bits, linkage


_libc_cache = None


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(lib, version) of the C library this process runs on."""
    global _libc_cache
    if _libc_cache is not None and not lib and not version:
        return _libc_cache
    found = (lib, version)
    path = None
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                name = line.rsplit(None, 1)[-1] if line.strip() else ""
                if os.path.basename(name).startswith("libc.so") or \
                        re.match(r"libc-[\d.]+\.so", os.path.basename(name)):
                    path = name
                    break
    except OSError:
        pass
    if path:
        try:
            with open(path, "rb") as f:
                data = f.read()
            m = re.search(rb"GNU C Library[^\n]*?version (\d+\.\d+)", data)
            if m:
                found = ("glibc", m.group(1).decode("ascii"))
            else:
                vers = re.findall(rb"GLIBC_(\d+)\.(\d+)", data)
                if vers:
                    v = max((int(a), int(b)) for a, b in vers)
                    found = ("glibc", "%d.%d" % v)
        except OSError:
            pass
    if not lib and not version:
        _libc_cache = found
    return found


def platform(aliased=False, terse=False):
    """A single string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    u = uname()
    s = "%s-%s-%s" % (u.system, u.release, u.machine)
    if u.system == "Linux":
        lib, ver = libc_ver()
        if lib:
            s += "-with-%s%s" % (lib, ver)
    elif terse:
        s = "%s-%s" % (u.system, u.release)
    s = s.replace(" ", "_").replace("/", "-")
    while "--" in s:
        s = s.replace("--", "-")
    return s


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            break
        except OSError as e:
            err = e
    else:
        raise err
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in text.splitlines():
        m = re.match(r"([A-Z][A-Z0-9_]*)=(.*)$", line.strip())
        if not m:
            continue
        key, value = m.groups()
        if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) >= 2:
            value = value[1:-1]
        value = re.sub(r"\\(.)", r"\1", value)
        info[key] = value
    return info
