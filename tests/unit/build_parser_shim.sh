#!/usr/bin/env bash
# build_parser_shim.sh -- TEMPORARY: link the parser unit test against
# tests/unit/shim_parser.c until libftpy links; then `make test-unit` takes over.
#   tests/unit/build_parser_shim.sh && build/shim/test_parser
set -eu
mkdir -p build/shim
${CC:-cc} -std=gnu11 -g ${OPT:--O2} -fno-strict-aliasing -DFT_BUILD_CORE -Isrc -Itests/unit \
    -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare -Wno-comment \
    -o build/shim/test_parser tests/unit/test_parser.c src/lexer/*.c src/parser/*.c tests/unit/shim_parser.c \
    ${SANFLAGS:-} -lgmp -lm
