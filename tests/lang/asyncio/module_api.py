import asyncio, types
print(hasattr(types, "GenericAlias"))
print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[int])
print(asyncio.Future, asyncio.Task, asyncio.Queue, asyncio.Lock, asyncio.TaskGroup, asyncio.Runner, asyncio.Timeout)
print(asyncio.CancelledError, asyncio.InvalidStateError, asyncio.QueueEmpty, asyncio.BaseEventLoop)
print(asyncio.Future.__name__, asyncio.Task.__qualname__)
names = """run Runner new_event_loop get_event_loop get_running_loop set_event_loop
get_event_loop_policy set_event_loop_policy AbstractEventLoop AbstractEventLoopPolicy
DefaultEventLoopPolicy SelectorEventLoop BaseEventLoop Handle TimerHandle
Future Task create_task ensure_future wrap_future isfuture gather wait wait_for
as_completed shield sleep current_task all_tasks run_coroutine_threadsafe to_thread
timeout timeout_at Timeout TaskGroup FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED
CancelledError TimeoutError InvalidStateError IncompleteReadError LimitOverrunError
BrokenBarrierError SendfileNotAvailableError Lock Event Condition Semaphore
BoundedSemaphore Barrier Queue PriorityQueue LifoQueue QueueEmpty QueueFull QueueShutDown
iscoroutine iscoroutinefunction open_connection start_server StreamReader StreamWriter
create_subprocess_exec create_subprocess_shell eager_task_factory create_eager_task_factory""".split()
print([n for n in names if not hasattr(asyncio, n)])
print(all(n in asyncio.__all__ for n in names if n not in ("BaseEventLoop",)))
print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
import asyncio.tasks, asyncio.futures, asyncio.events, asyncio.locks, asyncio.queues
import asyncio.exceptions, asyncio.runners, asyncio.taskgroups, asyncio.timeouts
print(asyncio.tasks.Task is asyncio.Task, asyncio.futures.Future is asyncio.Future)
print(asyncio.exceptions.CancelledError is asyncio.CancelledError)
print(issubclass(asyncio.Task, asyncio.Future))
print(asyncio.get_event_loop_policy() is asyncio.get_event_loop_policy())
loop = asyncio.new_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
loop.close()
