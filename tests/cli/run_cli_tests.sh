#!/usr/bin/env bash
# run_cli_tests.sh FTPY -- the command line: flags, sys.argv, exit codes,
# program sources (file, -c, -m, stdin), version output and the GIL switch.
# Each case compares stdout+exit status (and, where given, a stderr
# pattern) with what CPython 3.13 does.
set -u
ftpy=$1
case "$ftpy" in /*) ;; *) ftpy="$PWD/$ftpy" ;; esac
here=$(cd "$(dirname "$0")" && pwd)
pass=0; fail=0
check() { # check NAME EXPECTED_STATUS EXPECTED_STDOUT [STDERR_REGEX] -- command...
    local name=$1 want_rc=$2 want_out=$3 want_err=$4; shift 4
    local out err rc
    err=$(mktemp)
    out=$("$@" 2>"$err" </dev/null); rc=$?
    if [ "$rc" = "$want_rc" ] && [ "$out" = "$want_out" ] && { [ -z "$want_err" ] || grep -qE "$want_err" "$err"; }; then
        pass=$((pass+1))
    else
        fail=$((fail+1))
        echo "FAIL cli/$name: status $rc (want $want_rc), stdout [$out] (want [$want_out]), stderr: $(head -c 300 "$err")"
    fi
    rm -f "$err"
}
cd "$here"
check c_flag 0 "3" "" "$ftpy" -c 'print(1+2)'
check c_argv 0 "['-c', 'a', 'b']" "" "$ftpy" -c 'import sys; print(sys.argv)' a b
check file_argv 0 "['prog.py', 'x']" "" "$ftpy" prog.py x
check exit_int 3 "" "" "$ftpy" -c 'import sys; sys.exit(3)'
check exit_none 0 "" "" "$ftpy" -c 'raise SystemExit'
check exit_str 1 "" "^bye$" "$ftpy" -c 'import sys; sys.exit("bye")'
check uncaught 1 "before" "ZeroDivisionError: division by zero" "$ftpy" -c 'print("before"); 1/0'
check syntax 1 "" "SyntaxError" "$ftpy" -c 'x = ('
check sigint_exit 130 "" "^KeyboardInterrupt$" "$ftpy" -c 'import os, signal; os.kill(os.getpid(), signal.SIGINT)'
check sigpipe_ignored 1 "" "BrokenPipeError" "$ftpy" -c 'import os; r, w = os.pipe(); os.close(r); os.write(w, b"x")'
check missing_file 2 "" "can't open file" "$ftpy" /nonexistent/script.py
check m_flag 0 "main of modpkg ['-m-arg'] __main__" "" env PYTHONPATH= "$ftpy" -m modpkg -m-arg
check m_module 0 "plain module __main__" "" "$ftpy" -m plainmod
check stdin_prog 0 "from stdin" "" sh -c "echo 'print(\"from stdin\")' | '$ftpy' -"
check version 0 "Python 3.13.0" "" "$ftpy" -V
check version2 0 "free" "" sh -c "'$ftpy' -VV | grep -o free"
check gil_default 0 "False" "" "$ftpy" -c 'import sys; print(sys._is_gil_enabled())'
check gil_x 0 "True" "" "$ftpy" -X gil=1 -c 'import sys; print(sys._is_gil_enabled())'
check gil_env 0 "True" "" env PYTHON_GIL=1 "$ftpy" -c 'import sys; print(sys._is_gil_enabled())'
check gil_x0 0 "False" "" env PYTHON_GIL=1 "$ftpy" -X gil=0 -c 'import sys; print(sys._is_gil_enabled())'
check xoptions 0 "{'foo': True, 'bar': 'baz'}" "" "$ftpy" -X foo -X bar=baz -c 'import sys; print(sys._xoptions)'
check bad_option 2 "" "usage" "$ftpy" -Z
check optimize 0 "skipped" "" "$ftpy" -O -c 'assert False, "no"; print("skipped")'
check name_main 0 "__main__" "" "$ftpy" -c 'print(__name__)'
check impl 0 "ftpy" "" "$ftpy" -c 'import sys; print(sys.implementation.name)'
check keyboard 0 "ok" "" "$ftpy" -c 'print("ok")' --
echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
