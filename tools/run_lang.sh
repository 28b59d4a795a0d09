#!/usr/bin/env bash
# run_lang.sh PYTHON DIR... -- run every X.py that has an X.exp beside it.
# Files and directories whose name starts with "_" are support modules
# (imported by tests), never tests themselves.
#
# The observed result of a test is its stdout; when the exit status is not
# 0, a line "--- exit N" and the last line of stderr (the exception line)
# follow. It must equal X.exp byte for byte. Expected files are produced by
# CPython 3.13 with:   tools/run_lang.sh --regen "$(pyenv prefix 3.13.0)/bin/python3" DIR...
# (--regen writes X.exp for every X.py that has none; --regen-all rewrites all).
# Tests run in their own directory with stdin from /dev/null and a timeout
# (FT_TEST_TIMEOUT seconds, default 60): a hang is a failure.
set -u
regen=0
if [ "${1:-}" = "--regen" ]; then regen=1; shift; fi
if [ "${1:-}" = "--regen-all" ]; then regen=2; shift; fi
py=$1; shift
case "$py" in /*) ;; *) py="$PWD/$py" ;; esac
timeout_s=${FT_TEST_TIMEOUT:-60}
pass=0; fail=0; failed=()

observe() { # observe FILE -> prints observed text
    local dir base out err rc
    dir=$(dirname "$1"); base=$(basename "$1")
    err=$(mktemp)
    out=$(cd "$dir" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 timeout -k 5 "$timeout_s" "$py" "$base" </dev/null 2>"$err"; echo "~rc=$?")
    rc=${out##*~rc=}; out=${out%~rc=*}
    printf '%s' "$out"
    if [ "$rc" != 0 ]; then
        printf -- '--- exit %s\n' "$rc"
        grep -v '^[[:space:]]*$' "$err" | tail -n 1
    fi
    rm -f "$err"
}

for d in "$@"; do
    while IFS= read -r f; do
        exp="${f%.py}.exp"
        if [ $regen -ge 1 ]; then
            if [ $regen = 2 ] || [ ! -f "$exp" ]; then observe "$f" > "$exp"; echo "wrote $exp"; fi
            continue
        fi
        [ -f "$exp" ] || continue
        if observe "$f" | cmp -s - "$exp"; then
            pass=$((pass+1))
        else
            fail=$((fail+1)); failed+=("$f")
        fi
    done < <(find "$d" -name '*.py' ! -path '*/_*' | sort)
done
[ $regen -ge 1 ] && exit 0
for f in "${failed[@]+"${failed[@]}"}"; do echo "FAIL $f"; done
echo "lang: $pass passed, $fail failed"
[ $fail = 0 ]
