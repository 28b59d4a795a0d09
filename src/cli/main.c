/* main.c -- the `ftpy` command. A client of the public API only (ftpy.h),
 * like Lua's lua.c: everything it does, an embedding program can do.
 *
 * Usage follows CPython's `python3`: ftpy [options] [-c cmd | -m mod | file | -] [args]
 */
#include "ftpy.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
    "usage: ftpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options (and corresponding environment variables):\n"
    "-B     : don't write .pyc files on import (accepted; ftpy writes none)\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-E     : ignore PYTHON* environment variables\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-I     : isolate Python from the user's environment\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements\n"
    "-OO    : do -O changes and also discard docstrings\n"
    "-P     : don't prepend a potentially unsafe path to sys.path\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s, -S : accepted for compatibility (no site-packages in ftpy)\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-v     : verbose (trace import statements)\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "         when given twice, print more information about the build\n"
    "-W arg : warning control (accepted)\n"
    "-X opt : set implementation-specific option:\n"
    "         -X gil=0|1: run without (default) or with a global interpreter lock\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Environment variables:\n"
    "PYTHON_GIL      : 1 runs with a global interpreter lock (like -X gil=1)\n"
    "PYTHONIOENCODING: encoding[:errors] used for stdin/stdout/stderr\n"
    "FTPY_STDLIB     : directory of ftpy's Python standard library\n";

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "usage: ftpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    "Try `ftpy -h' for more information.\n");
    return 2;
}

int main(int argc, char **argv) {
    ftpy_config cfg;
    ftpy_config_init(&cfg);
    const char *command = NULL, *module = NULL, *file = NULL;
    int version = 0, inspect = 0, from_stdin = 0;
    const char **xopts = calloc((size_t)argc + 1, sizeof *xopts);
    int nx = 0;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) {
            if (strcmp(a, "-") == 0)
                from_stdin = 1;
            else
                file = a;
            i++;
            break;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            if (i < argc) {
                file = argv[i];
                i++;
            }
            break;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (strcmp(a, "--version") == 0) {
            version++;
            continue;
        }
        if (a[1] == '-')
            return usage_error("unknown option %s\n", a);
        /* Bundled single-letter options, e.g. -OO, -qi, -c'code'. */
        for (const char *p = a + 1; *p; p++) {
            char c = *p;
            const char *val = NULL;
            if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                if (p[1]) {
                    val = p + 1;
                } else if (i + 1 < argc) {
                    val = argv[++i];
                } else {
                    char opt[3] = { '-', c, 0 };
                    return usage_error("Argument expected for the %s option\n", opt);
                }
            }
            switch (c) {
            case 'c': command = val; break;
            case 'm': module = val; break;
            case 'X': xopts[nx++] = val; break;
            case 'W': break;
            case 'V': version++; break;
            case 'O': cfg.optimize++; break;
            case 'q': cfg.quiet = 1; break;
            case 'i': inspect = 1; cfg.inspect = 1; break;
            case 'I': cfg.isolated = 1; cfg.safe_path = 1; break;
            case 'P': cfg.safe_path = 1; break;
            case 'v': cfg.verbose++; break;
            case 'B': cfg.dont_write_bytecode = 1; break;
            case 'u': cfg.unbuffered = 1; break;
            case 'E': case 's': case 'S': case 'b': case 'd': case 'x': case 'R': break;
            default: {
                char opt[3] = { '-', c, 0 };
                return usage_error("Unknown option: %s\n", opt);
            }
            }
            if (val)
                break;
        }
        if (command || module) {
            i++;
            break;
        }
    }
    for (int k = 0; k < nx; k++) {
        if (strncmp(xopts[k], "gil", 3) == 0) {
            const char *v = xopts[k][3] == '=' ? xopts[k] + 4 : "";
            if (strcmp(v, "0") == 0)
                cfg.gil = 0;
            else if (strcmp(v, "1") == 0)
                cfg.gil = 1;
            else {
                fprintf(stderr, "Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"\n");
                return 1;
            }
        }
    }
    if (version) {
        if (version >= 2)
            printf("Python %s (%s)\n", FTPY_PYTHON_VERSION,
                   cfg.gil == 1 ? "ftpy " FTPY_VERSION " free-threading build, GIL enabled"
                                : "ftpy " FTPY_VERSION " free-threading build");
        else
            printf("Python %s\n", FTPY_PYTHON_VERSION);
        return 0;
    }

    /* sys.argv: [script or '-c' or '-m' or '' or '-', args...] */
    int rest = argc - i;
    char **pyargv = calloc((size_t)rest + 2, sizeof *pyargv);
    pyargv[0] = command ? "-c" : module ? "-m" : file ? (char *)file : from_stdin ? "-" : "";
    for (int k = 0; k < rest; k++)
        pyargv[k + 1] = argv[i + k];
    cfg.argc = rest + 1;
    cfg.argv = pyargv;
    xopts[nx] = NULL;
    cfg.xoptions = xopts;

    if (ftpy_initialize(&cfg) != 0) {
        fprintf(stderr, "ftpy: failed to initialize the runtime\n");
        return 1;
    }
    int status;
    if (command)
        status = ftpy_main_string(command);
    else if (module)
        status = ftpy_main_module(module);
    else if (file)
        status = ftpy_main_file(file);
    else if (!from_stdin && isatty(0))
        status = ftpy_main_repl();
    else
        status = ftpy_main_stdin();
    if (inspect && (command || module || file) && isatty(0))
        status = ftpy_main_repl();
    int fin = ftpy_finalize();
    int sig = ftpy_exit_signal();
    if (sig) {
        /* Die by the signal, so a shell loop or make sees an interrupt. */
        fflush(NULL);
        signal(sig, SIG_DFL);
        kill(getpid(), sig);
    }
    return status ? status : fin;
}
