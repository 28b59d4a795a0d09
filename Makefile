# ftpy build. `make` builds build/release/ftpy; `make test` runs everything.
# Sanitizer builds: `make asan` (ASan+UBSan, whole suite), `make tsan`
# (ThreadSanitizer, thread stress suite). Objects of each flavour live in
# build/<flavour>/ so the three never mix.

CC ?= cc
FLAVOR ?= release
BUILD := build/$(FLAVOR)

WARN := -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare
BASE_CFLAGS := -std=gnu11 -g -fno-strict-aliasing -pthread -D_GNU_SOURCE -DFT_BUILD_CORE -DFT_STDLIB_DIR=\"$(CURDIR)/lib\" -Isrc -Iinclude $(WARN)
ifeq ($(FLAVOR),release)
  OPT := -O2
else ifeq ($(FLAVOR),debug)
  OPT := -O0 -DFT_DEBUG
else ifeq ($(FLAVOR),asan)
  OPT := -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -DFT_DEBUG
  SANLD := -fsanitize=address,undefined
else ifeq ($(FLAVOR),tsan)
  OPT := -O1 -fno-omit-frame-pointer -fsanitize=thread -DFT_DEBUG
  SANLD := -fsanitize=thread
endif
CFLAGS ?=
CFLAGS += $(BASE_CFLAGS) $(OPT)
LIBS := -lgmp -lcrypto -lz -lreadline -lm -ldl -lpthread

# Every .c under src/ except the CLI goes into libftpy.a.
LIB_SRCS := $(shell find src -name '*.c' ! -path 'src/cli/*' | sort)
CLI_SRCS := $(shell find src/cli -name '*.c' | sort)
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/%.o)
CLI_OBJS := $(CLI_SRCS:%.c=$(BUILD)/%.o)
HDRS := $(shell find src include -name '*.h')
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all lib test test-lang test-unit asan tsan clean demo bench fuzz
all: $(BUILD)/ftpy

$(BUILD)/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/libftpy.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/ftpy: $(CLI_OBJS) $(BUILD)/libftpy.a
	$(CC) $(CFLAGS) $(SANLD) -rdynamic -o $@ $(CLI_OBJS) $(BUILD)/libftpy.a $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libftpy.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(SANLD) -o $@ $< $(BUILD)/libftpy.a $(LIBS)

lib: $(BUILD)/libftpy.a

test-unit: $(UNIT_BINS)
	@tools/run_unit.sh $(UNIT_BINS)

test-lang: $(BUILD)/ftpy
	@tools/run_lang.sh $(BUILD)/ftpy tests/lang

test: $(BUILD)/ftpy $(UNIT_BINS)
	@tools/run_all.sh $(BUILD)

# LeakSanitizer is off: the heap is garbage-collected and deliberately not
# torn down at exit (memory growth is tested by tests/lang/gc instead).
# Fatal signals are left to the program (faulthandler's tests crash on
# purpose); memory errors are still caught by the instrumentation, and a
# stray crash still fails its test through the exit status.
asan:
	ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0:handle_segv=0:handle_abort=0:handle_sigfpe=0:handle_sigbus=0:handle_sigill=0:allow_user_segv_handler=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		$(MAKE) FLAVOR=asan test

# ThreadSanitizer slows Python code 10-20x: a longer per-test timeout (a
# hang still fails, only later).
tsan:
	$(MAKE) FLAVOR=tsan build/tsan/ftpy
	@FT_TEST_TIMEOUT=240 tools/run_lang.sh build/tsan/ftpy tests/threads tests/lang/interpreters tests/lang/signals tests/lang/asyncio tests/lang/cmods tests/lang/socket

demo: $(BUILD)/ftpy
	$(BUILD)/ftpy examples/demo.py

clean:
	rm -rf build
