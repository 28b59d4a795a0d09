"""sysconfig -- the configuration of this ftpy build and its install paths.

ftpy is a free-threaded build: Py_GIL_DISABLED is 1 and abiflags is 't'
(the GIL can still be turned on at run time with -X gil=1, which does not
change the build configuration). ftpy keeps its standard library in one
directory (the one holding os.py) and loads no C extension modules, so
EXT_SUFFIX and SOABI are None and there is no Makefile or pyconfig.h.

The configuration dict is built once, on first use, under a lock, and not
modified afterwards by this module (get_config_vars returns the shared
dict, as CPython's does).
"""
import os
import sys
import threading

__all__ = [
    'get_config_h_filename',
    'get_config_var',
    'get_config_vars',
    'get_makefile_filename',
    'get_path',
    'get_path_names',
    'get_paths',
    'get_platform',
    'get_python_version',
    'get_scheme_names',
    'parse_config_h',
]

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}',
        'platstdlib': '{platbase}/{platlibdir}',
        'purelib': '{base}/{platlibdir}/site-packages',
        'platlib': '{platbase}/{platlibdir}/site-packages',
        'include': '{installed_base}/include',
        'platinclude': '{installed_platbase}/include',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/ftpy{py_version_short}{abiflags}',
        'platstdlib': '{userbase}/{platlibdir}/ftpy{py_version_short}{abiflags}',
        'purelib': '{userbase}/lib/ftpy{py_version_short}{abiflags}/site-packages',
        'platlib': '{userbase}/{platlibdir}/ftpy{py_version_short}{abiflags}/site-packages',
        'include': '{userbase}/include/ftpy{py_version_short}{abiflags}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'venv': {
        'stdlib': '{installed_base}/{platlibdir}',
        'platstdlib': '{platbase}/{platlibdir}',
        'purelib': '{base}/{platlibdir}/site-packages',
        'platlib': '{platbase}/{platlibdir}/site-packages',
        'include': '{installed_base}/include',
        'platinclude': '{installed_platbase}/include',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
}

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')

_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = f'{sys.version_info[0]}.{sys.version_info[1]}'
_PY_VERSION_SHORT_NO_DOT = f'{sys.version_info[0]}{sys.version_info[1]}'

_CONFIG_VARS = None
_CONFIG_VARS_LOCK = threading.RLock()


def _stdlib_dir():
    return os.path.dirname(os.path.abspath(os.__file__))


def _getuserbase():
    env_base = os.environ.get("PYTHONUSERBASE", None)
    if env_base:
        return env_base
    return os.path.expanduser("~/.local")


def _init_config_vars():
    global _CONFIG_VARS
    v = {}
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base_prefix = os.path.normpath(getattr(sys, 'base_prefix', prefix))
    base_exec_prefix = os.path.normpath(getattr(sys, 'base_exec_prefix', exec_prefix))
    stdlib = _stdlib_dir()
    exe_dir = os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else prefix
    abiflags = getattr(sys, 'abiflags', 't')
    uname = os.uname()
    machine = uname.machine
    multiarch = getattr(sys.implementation, '_multiarch', '')
    v.update({
        # the build
        'Py_GIL_DISABLED': 1,
        'Py_DEBUG': 0,
        'Py_TRACE_REFS': 0,
        'Py_ENABLE_SHARED': 0,
        'WITH_DOC_STRINGS': 1,
        'WITH_PYMALLOC': 0,
        'ABIFLAGS': abiflags,
        'abiflags': abiflags,
        'EXT_SUFFIX': None,
        'SOABI': None,
        'SO': None,
        'SHLIB_SUFFIX': '.so',
        'EXE': '',
        'MACHDEP': sys.platform,
        'MULTIARCH': multiarch,
        'HOST_GNU_TYPE': '%s-pc-%s-gnu' % (machine, uname.sysname.lower()),
        'CC': 'cc',
        'CFLAGS': '-std=gnu11 -O2',
        'SIZEOF_VOID_P': 8 if sys.maxsize > 2 ** 32 else 4,
        'SIZEOF_SIZE_T': 8 if sys.maxsize > 2 ** 32 else 4,
        'SIZEOF_LONG': 8 if sys.maxsize > 2 ** 32 else 4,
        'SIZEOF_INT': 4,
        'SIZEOF_DOUBLE': 8,
        'SIZEOF_WCHAR_T': 4,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        # versions
        'VERSION': _PY_VERSION_SHORT,
        'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
        'py_version_nodot_plat': '',
        'implementation': 'ftpy',
        'implementation_lower': 'ftpy',
        # locations
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'base': prefix,
        'platbase': exec_prefix,
        'installed_base': base_prefix,
        'installed_platbase': base_exec_prefix,
        'projectbase': exe_dir,
        'srcdir': base_prefix,
        'platlibdir': getattr(sys, 'platlibdir', 'lib'),
        'userbase': _getuserbase(),
        'BINDIR': exe_dir,
        'LIBDIR': os.path.join(base_exec_prefix, 'lib'),
        'LIBDEST': stdlib,
        'BINLIBDEST': stdlib,
        'INCLUDEPY': os.path.join(base_prefix, 'include'),
        'CONFINCLUDEPY': os.path.join(base_exec_prefix, 'include'),
        'LDLIBRARY': 'libftpy.a',
        'LIBRARY': 'libftpy.a',
    })
    _CONFIG_VARS = v


def get_config_vars(*args):
    """With no arguments, return a dictionary of all configuration
    variables; with arguments, a list of their values (None if unknown)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        with _CONFIG_VARS_LOCK:
            if _CONFIG_VARS is None:
                _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """Return the value of a single variable (None if it is not defined)."""
    return get_config_vars().get(name)


def get_scheme_names():
    """Return a tuple containing the schemes names."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """Return a tuple containing the paths names."""
    return _SCHEME_KEYS


def get_default_scheme():
    return 'venv' if sys.prefix != getattr(sys, 'base_prefix', sys.prefix) else 'posix_prefix'


def get_preferred_scheme(key):
    if key == 'prefix':
        return get_default_scheme()
    if key == 'home':
        return 'posix_home'
    if key == 'user':
        return 'posix_user'
    raise KeyError(key)


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError as var:
        try:
            return s.format(**os.environ)
        except KeyError:
            raise AttributeError(f'{var}') from None


def _expand_vars(scheme, vars):
    res = {}
    if vars is None:
        vars = {}
    merged = dict(get_config_vars())
    merged.update(vars)
    for key, value in _INSTALL_SCHEMES[scheme].items():
        if os.name == 'posix':
            value = os.path.expanduser(value)
        res[key] = os.path.normpath(_subst_vars(value, merged))
    return res


def get_paths(scheme=None, vars=None, expand=True):
    """Return a mapping containing an install scheme (default: the
    platform's default scheme)."""
    if scheme is None:
        scheme = get_default_scheme()
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=None, vars=None, expand=True):
    """Return a path corresponding to the scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    """Return the MAJOR.MINOR Python version."""
    return _PY_VERSION_SHORT


def get_platform():
    """Return a string that identifies the current platform, e.g.
    'linux-x86_64' (as CPython: os name, then machine)."""
    if os.name != 'posix':
        return sys.platform
    osname, host, release, version, machine = os.uname()
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname[:5] == 'linux':
        return f"{osname}-{machine}"
    return f"{osname}-{release}-{machine}"


def is_python_build(check_home=None):
    """ftpy never runs from a CPython source tree."""
    return False


def get_makefile_filename():
    """ftpy installs no Makefile; the name is where one would be."""
    return os.path.join(get_config_var('LIBDEST'), 'config', 'Makefile')


def get_config_h_filename():
    """ftpy installs no pyconfig.h; the name is where one would be."""
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """Parse a config.h-style file: '#define NAME value' lines (numbers
    become ints) and '/* #undef NAME */' lines (0)."""
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    while True:
        line = fp.readline()
        if not line:
            break
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                if n in ('_FILE_OFFSET_BITS',):
                    raise ValueError
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars


def expand_makefile_vars(s, vars):
    """Expand $(NAME) and ${NAME} in s from vars (then the config vars)."""
    import re
    rx = re.compile(r'\$[({]([A-Za-z][A-Za-z0-9_]*)[)}]')
    while True:
        m = rx.search(s)
        if not m:
            return s
        name = m.group(1)
        value = vars.get(name, get_config_var(name))
        s = s[:m.start()] + ('' if value is None else str(value)) + s[m.end():]


def _main():
    """Display all information sysconfig contains (python -m sysconfig)."""
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    print('Paths: ')
    for key, value in sorted(get_paths().items()):
        print(f'\t{key} = "{value}"')
    print()
    print('Variables: ')
    for key, value in sorted(get_config_vars().items()):
        print(f'\t{key} = "{value}"')


if __name__ == '__main__':
    _main()
