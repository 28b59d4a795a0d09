/* signals.h -- signal delivery between the C handler and the main thread
 * (modules/signalmodule.c holds the state and its ownership rules). */
#ifndef FTPY_MODULES_SIGNALS_H
#define FTPY_MODULES_SIGNALS_H

#include "core/runtime.h"
#include <stdbool.h>

/* Start-up of the main interpreter, from its main thread: records that
 * thread as the one that runs Python handlers, ignores SIGPIPE/SIGXFSZ and
 * installs default_int_handler for SIGINT. -1 with an exception. */
int ft_signals_init_main(void);
void ft_signals_fini(void);

/* True if a signal arrived that no Python handler has seen yet. Lock-free,
 * callable detached: blocking loops use it to decide whether EINTR means
 * "go back and run handlers" or "just retry". */
bool ft_signals_tripped(void);

/* Run the Python handlers of tripped signals if the caller is the main
 * thread (no-op elsewhere). -1 with the handler's exception set. */
int ft_signals_check(void);

/* From the eval loop's safepoint when FT_BREAK_SIGNALS is set. */
void ft_signals_run_pending(ft_thread *ts);

#endif
