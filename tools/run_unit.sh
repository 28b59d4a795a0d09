#!/usr/bin/env bash
# run_unit.sh BIN... -- run C unit test binaries; each prints "N passed, N failed"
# on its last line and exits non-zero on failure.
set -u
pass=0; fail=0
for b in "$@"; do
    out=$(timeout -k 5 300 "$b" 2>&1); rc=$?
    line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    p=$(echo "$line" | awk '{print $1}'); f=$(echo "$line" | awk '{print $3}')
    p=${p:-0}; f=${f:-0}
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
    [ "$rc" != 0 ] && { echo "FAIL $b"; printf '%s\n' "$out" | tail -n 20; }
    pass=$((pass+p)); fail=$((fail+f))
done
echo "unit: $pass passed, $fail failed"
[ $fail = 0 ]
