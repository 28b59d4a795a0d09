"""site -- site-specific configuration.

ftpy does not import this module at start-up and ships no site-packages
directory; importing it does what CPython's start-up import does: it adds
the site-packages directories that exist (the prefix's, then the user's
when enabled) to sys.path and processes the .pth files found there.
The locations agree with sysconfig ('purelib' of the prefix and user
schemes). Module state (ENABLE_USER_SITE, USER_SITE, USER_BASE) is set by
main() at import and read-only afterwards.
"""
import builtins
import os
import sys

PREFIXES = [sys.prefix, sys.exec_prefix]
# None: not yet known (main() decides); False: disabled; True: enabled
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None


def _trace(message):
    if sys.flags.verbose:
        print(message, file=sys.stderr)


def makepath(*paths):
    dir = os.path.join(*paths)
    try:
        dir = os.path.abspath(dir)
    except OSError:
        pass
    return dir, os.path.normcase(dir)


def abs_paths():
    """Set all module __file__ attributes to an absolute path."""
    for m in set(sys.modules.values()):
        loader_module = None
        try:
            loader_module = m.__loader__.__module__
        except AttributeError:
            pass
        if loader_module not in {'_frozen_importlib', '_frozen_importlib_external'}:
            continue
        try:
            m.__file__ = os.path.abspath(m.__file__)
        except (AttributeError, OSError, TypeError):
            pass


def removeduppaths():
    """Remove duplicate entries from sys.path along with making them
    absolute; returns the set of (normcased) paths kept."""
    L = []
    known_paths = set()
    for dir in sys.path:
        dir, dircase = makepath(dir)
        if dircase not in known_paths:
            L.append(dir)
            known_paths.add(dircase)
    sys.path[:] = L
    return known_paths


def _init_pathinfo():
    """Return a set containing all existing file system items from sys.path."""
    d = set()
    for item in sys.path:
        try:
            if os.path.exists(item):
                _, itemcase = makepath(item)
                d.add(itemcase)
        except TypeError:
            continue
    return d


def addpackage(sitedir, name, known_paths):
    """Process a .pth file within the site-packages directory: each line
    is a directory to add to sys.path (relative to sitedir), a comment
    (#...), or a statement starting with 'import' that is executed."""
    if known_paths is None:
        known_paths = _init_pathinfo()
        reset = True
    else:
        reset = False
    fullname = os.path.join(sitedir, name)
    try:
        st = os.lstat(fullname)
    except OSError:
        return
    if name.startswith('.'):
        _trace(f"Skipping hidden .pth file: {fullname!r}")
        return
    _trace(f"Processing .pth file: {fullname!r}")
    try:
        with open(fullname, "rb") as f:
            pth_content = f.read()
    except OSError:
        return
    try:
        # the BOM is accepted, as CPython does
        pth_content = pth_content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pth_content = pth_content.decode("latin-1")
    for n, line in enumerate(pth_content.splitlines(), 1):
        if line.startswith("#"):
            continue
        if line.strip() == "":
            continue
        try:
            if line.startswith(("import ", "import\t")):
                exec(line)
                continue
            line = line.rstrip()
            dir, dircase = makepath(sitedir, line)
            if dircase not in known_paths and os.path.exists(dir):
                sys.path.append(dir)
                known_paths.add(dircase)
        except Exception as exc:
            print(f"Error processing line {n:d} of {fullname}:\n", file=sys.stderr)
            import traceback
            for record in traceback.format_exception(exc):
                for line in record.splitlines():
                    print('  ' + line, file=sys.stderr)
            print("\nRemainder of file ignored", file=sys.stderr)
            break
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Add 'sitedir' argument to sys.path if missing and handle .pth files in
    'sitedir'"""
    _trace(f"Adding directory: {sitedir!r}")
    if known_paths is None:
        known_paths = _init_pathinfo()
        reset = True
    else:
        reset = False
    sitedir, sitedircase = makepath(sitedir)
    if sitedircase not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(sitedircase)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return
    names = [name for name in names if name.endswith(".pth") and not name.startswith(".")]
    for name in sorted(names):
        addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def check_enableusersite():
    """Check if the user site directory is safe for inclusion: not with
    -s, and not in a setuid/setgid process."""
    if sys.flags.no_user_site:
        return False
    if hasattr(os, "getuid") and hasattr(os, "geteuid"):
        if os.geteuid() != os.getuid():
            return None
    if hasattr(os, "getgid") and hasattr(os, "getegid"):
        if os.getegid() != os.getgid():
            return None
    return True


def _getuserbase():
    env_base = os.environ.get("PYTHONUSERBASE", None)
    if env_base:
        return env_base
    return os.path.expanduser("~/.local")


def getuserbase():
    """Returns the `user base` directory path (PYTHONUSERBASE or ~/.local)."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _getuserbase()
    return USER_BASE


def _get_path(userbase):
    version = sys.version_info
    abiflags = getattr(sys, 'abiflags', '')
    return f'{userbase}/lib/ftpy{version[0]}.{version[1]}{abiflags}/site-packages'


def getusersitepackages():
    """Returns the user-specific site-packages directory path."""
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        if userbase is None:
            ENABLE_USER_SITE = False
        else:
            USER_SITE = _get_path(userbase)
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user site-packages directory to sys.path if it exists."""
    _trace("Processing user site-packages")
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """Returns a list containing all global site-packages directories (each
    prefix's lib/site-packages; see sysconfig 'purelib')."""
    sitepackages = []
    seen = set()
    if prefixes is None:
        prefixes = PREFIXES
    for prefix in prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        libdirs = [sys.platlibdir]
        if sys.platlibdir != "lib":
            libdirs.append("lib")
        for libdir in libdirs:
            sitepackages.append(os.path.join(prefix, libdir, "site-packages"))
    return sitepackages


def addsitepackages(known_paths, prefixes=None):
    """Add site-packages to sys.path"""
    _trace("Processing global site-packages")
    for sitedir in getsitepackages(prefixes):
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def setquit():
    """Define new builtins 'quit' and 'exit' (ftpy's builtins already have them)."""
    if not hasattr(builtins, 'quit') or not hasattr(builtins, 'exit'):
        class Quitter:
            def __init__(self, name, eof):
                self.name = name
                self.eof = eof

            def __repr__(self):
                return f'Use {self.name}() or {self.eof} to exit'

            def __call__(self, code=None):
                try:
                    sys.stdin.close()
                except Exception:
                    pass
                raise SystemExit(code)
        builtins.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
        builtins.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')


def setcopyright():
    """copyright/credits/license are provided by ftpy's builtins."""


def sethelper():
    """help is provided by ftpy's builtins."""


def enablerlcompleter():
    """ftpy's interactive mode sets up line editing itself."""


def venv(known_paths):
    """ftpy does not read pyvenv.cfg: virtual environments are not supported."""
    return known_paths


def execsitecustomize():
    """Run custom site specific code, if available."""
    try:
        import sitecustomize
    except ImportError as exc:
        if exc.name != 'sitecustomize':
            raise


def execusercustomize():
    """Run custom user specific code, if available."""
    try:
        import usercustomize
    except ImportError as exc:
        if exc.name != 'usercustomize':
            raise


def main():
    """Add standard site-specific directories to the module search path."""
    global ENABLE_USER_SITE
    # Unlike CPython at start-up, sys.path is already in use when ftpy
    # imports site: its entries (incl. '' for the current directory) are
    # left as they are; only new directories are appended.
    known_paths = _init_pathinfo()
    known_paths = venv(known_paths)
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known_paths = addusersitepackages(known_paths)
    known_paths = addsitepackages(known_paths)
    setquit()


if not sys.flags.no_site:
    main()


def _script():
    help = """\
    %s [--user-base] [--user-site]

    Without arguments print some useful information
    With arguments print the value of USER_BASE and/or USER_SITE separated
    by '%s'.

    Exit codes with --user-base or --user-site:
      0 - user site directory is enabled
      1 - user site directory is disabled by user
      2 - user site directory is disabled by super user
          or for security reasons
     >2 - unknown error
    """
    args = sys.argv[1:]
    if not args:
        user_base = getuserbase()
        user_site = getusersitepackages()
        print("sys.path = [")
        for dir in sys.path:
            print("    %r," % (dir,))
        print("]")

        def exists(path):
            if path is not None and os.path.isdir(path):
                return "exists"
            else:
                return "doesn't exist"
        print(f"USER_BASE: {user_base!r} ({exists(user_base)})")
        print(f"USER_SITE: {user_site!r} ({exists(user_site)})")
        print(f"ENABLE_USER_SITE: {ENABLE_USER_SITE!r}")
        sys.exit(0)

    buffer = []
    if '--user-base' in args:
        buffer.append(USER_BASE)
    if '--user-site' in args:
        buffer.append(USER_SITE)

    if buffer:
        print(os.pathsep.join(buffer))
        if ENABLE_USER_SITE:
            sys.exit(0)
        elif ENABLE_USER_SITE is False:
            sys.exit(1)
        elif ENABLE_USER_SITE is None:
            sys.exit(2)
        else:
            sys.exit(3)
    else:
        import textwrap
        print(textwrap.dedent(help % (sys.argv[0], os.pathsep)))
        sys.exit(10)


if __name__ == '__main__':
    _script()
