# asyncio subprocesses (pipes to stream readers/writers) and signal handlers
import asyncio, os, signal, sys

async def main():
    PIPE = asyncio.subprocess.PIPE
    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    print(type(p).__name__, p.pid > 0, p.returncode)
    out, err = await p.communicate(b'hello via cat\n' * 3)
    print(out, err, p.returncode)

    p = await asyncio.create_subprocess_shell('echo out; echo err >&2; exit 3',
                                              stdout=PIPE, stderr=PIPE)
    print(await p.stdout.readline(), await p.stderr.read(), await p.wait(), p.returncode)

    # line by line while the child runs
    p = await asyncio.create_subprocess_exec('sh', '-c', 'for i in 1 2 3; do echo line $i; done',
                                             stdout=PIPE)
    lines = [line async for line in p.stdout]
    print(lines, await p.wait())

    # large output through the pipe
    p = await asyncio.create_subprocess_exec('head', '-c', '1000000', '/dev/zero', stdout=PIPE)
    data = await p.stdout.read()
    print(len(data), await p.wait())

    # stdin writer, drain, write_eof via close
    p = await asyncio.create_subprocess_exec('wc', '-c', stdin=PIPE, stdout=PIPE)
    for i in range(100):
        p.stdin.write(b'x' * 1000)
        await p.stdin.drain()
    p.stdin.close()
    await p.stdin.wait_closed()
    print((await p.stdout.read()).strip(), await p.wait())

    # kill / terminate / negative return codes
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.terminate()
    print('terminated', await p.wait())
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.kill()
    print('killed', await p.wait())
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.send_signal(signal.SIGINT)
    print('sigint', await p.wait())

    # stderr to stdout, DEVNULL, env and cwd
    p = await asyncio.create_subprocess_shell('echo a; echo b >&2', stdout=PIPE,
                                              stderr=asyncio.subprocess.STDOUT)
    print(sorted((await p.stdout.read()).split()))
    await p.wait()
    p = await asyncio.create_subprocess_shell('echo $FOO; pwd', stdout=PIPE,
                                              stdin=asyncio.subprocess.DEVNULL,
                                              env={'FOO': 'bar', 'PATH': os.environ.get('PATH', '/bin')},
                                              cwd='/')
    print((await p.communicate())[0])

    # errors
    try:
        await asyncio.create_subprocess_exec('/nonexistent/program')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    loop = asyncio.get_running_loop()
    for kw in [dict(universal_newlines=True), dict(bufsize=1), dict(shell=True), dict(text=True)]:
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', **kw)
        except ValueError as e:
            print('ValueError', e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ['true'])
    except ValueError as e:
        print('ValueError', e)

    # a raw SubprocessProtocol
    class Proto(asyncio.SubprocessProtocol):
        def __init__(self):
            self.events = []
            self.done = loop.create_future()
        def connection_made(self, transport):
            self.events.append('made')
        def pipe_data_received(self, fd, data):
            self.events.append((fd, data))
        def pipe_connection_lost(self, fd, exc):
            self.events.append(('lost', fd))
        def process_exited(self):
            self.events.append('exited')
        def connection_lost(self, exc):
            self.done.set_result(None)
    tr, pr = await loop.subprocess_exec(Proto, 'echo', 'proto', stdin=None, stderr=None)
    await pr.done
    print(pr.events[0], sorted(map(str, pr.events[1:])), tr.get_returncode())
    tr.close()

    # signal handlers
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, got.set_result, 'SIGUSR1 handled')
    os.kill(os.getpid(), signal.SIGUSR1)
    print(await got)
    counter = []
    loop.add_signal_handler(signal.SIGUSR2, counter.append, 'usr2')
    for _ in range(3):
        os.kill(os.getpid(), signal.SIGUSR2)
        await asyncio.sleep(0.02)
    print(counter)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(loop.remove_signal_handler(signal.SIGUSR2))
    for bad in ['x', 0, 99999]:
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print('RuntimeError', e)
    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR1, coro)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
print('done')
