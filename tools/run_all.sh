#!/usr/bin/env bash
# run_all.sh BUILD_DIR -- the whole test suite for one build flavour:
# C unit tests, the language corpus (tests/lang), thread stress tests
# (tests/threads) and the compiler fuzz test (tests/fuzz). Ends with the
# total "N passed, N failed" line and a non-zero status on any failure.
set -u
build=${1:-build/release}
py="$build/ftpy"
total_pass=0; total_fail=0
tally() { # parse the last "X: N passed, N failed" line of a log
    local line p f
    line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
    p=$(echo "$line" | sed -E 's/.*[^0-9]([0-9]+) passed.*/\1/; s/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    total_pass=$((total_pass + ${p:-0})); total_fail=$((total_fail + ${f:-0}))
}
log=$(mktemp)
units=$(ls "$build"/tests/test_* 2>/dev/null)
if [ -n "$units" ]; then
    tools/run_unit.sh $units | tee "$log"; tally "$log"
fi
tools/run_lang.sh "$py" tests/lang | tee "$log"; tally "$log"
tests/cli/run_cli_tests.sh "$py" | tee "$log"; tally "$log"
if [ -d tests/threads ]; then
    FT_TEST_TIMEOUT=${FT_THREAD_TIMEOUT:-300} tools/run_lang.sh "$py" tests/threads | tee "$log"; tally "$log"
fi
if [ -d tests/fuzz ]; then
    FT_TEST_TIMEOUT=${FT_FUZZ_TIMEOUT:-600} tools/run_lang.sh "$py" tests/fuzz | tee "$log"; tally "$log"
fi
rm -f "$log"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
