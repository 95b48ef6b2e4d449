"""multiprocessing for pyg: real child pyg processes, each with its own
interpreter and its own GIL.

Children are started like CPython's "spawn" start method: a fresh pyg
(--gil or --nogil, as the parent) runs _child_main(), receives the parent's
sys.path and main script, imports the script as __mp_main__ (so the
`if __name__ == "__main__":` guard keeps it from running the parent's code),
then runs a Process target or Pool tasks. Functions and classes cross by
module and __qualname__, values through the tagged binary format documented
in stdlib/mod_pygmp.go (built-in types natively; exceptions, functions,
classes, queues and plain instances through the hooks below).
"""

import sys
import os
import threading
import queue as _queuemod
import _pygmp
from pickle import PicklingError

__all__ = [
    "Process", "Pool", "Queue", "SimpleQueue", "JoinableQueue", "Lock",
    "cpu_count", "current_process", "parent_process", "active_children",
    "ProcessError", "TimeoutError", "AuthenticationError", "BufferTooShort",
    "get_start_method", "set_start_method", "get_context", "freeze_support",
]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


def cpu_count():
    return os.cpu_count() or 1


def freeze_support():
    pass


def get_start_method(allow_none=False):
    return "spawn"


def set_start_method(method, force=False):
    if method not in ("spawn", "fork", "forkserver", None):
        raise ValueError("cannot find context for %r" % (method,))


def get_all_start_methods():
    return ["spawn"]


def get_context(method=None):
    set_start_method(method)
    return sys.modules[__name__]


# ---------------------------------------------------------------- values

def _lookup(module, qualname):
    if module == "__main__" or module == "__mp_main__":
        mod = sys.modules.get("__main__")
    else:
        mod = sys.modules.get(module)
        if mod is None:
            __import__(module)
            mod = sys.modules[module]
    obj = mod
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def _ref(obj):
    qualname = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    module = getattr(obj, "__module__", None)
    if qualname is None:
        raise TypeError("cannot pickle %r object" % type(obj).__name__)
    if "<locals>" in qualname:
        raise AttributeError("Can't pickle local object %r" % (qualname,))
    if module is None:
        module = "__main__"
    try:
        found = _lookup(module, qualname)
    except Exception:
        found = None
    if found is not obj:
        raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, qualname, module))
    if module == "__mp_main__":
        module = "__main__"
    return (module, qualname)


def _dump_hook(obj):
    if isinstance(obj, BaseException):
        return ("exc", (_ref(type(obj)), obj.args, getattr(obj, "_mp_tb", None)))
    if isinstance(obj, type):
        return ("global", _ref(obj))
    tname = type(obj).__name__
    if tname in ("function", "builtin_function_or_method"):
        return ("global", _ref(obj))
    if tname == "method":
        return ("method", (obj.__self__, obj.__func__.__name__))
    if isinstance(obj, Queue):
        return ("queue", obj._id)
    tp = type(obj)
    if getattr(tp, "__module__", "builtins") != "builtins" and hasattr(obj, "__dict__") \
            and not isinstance(obj, (threading.Thread,)) and tname not in _NEVER:
        getstate = getattr(obj, "_mp_getstate", None)
        state = getstate() if getstate is not None else obj.__dict__
        return ("obj", (_ref(tp), dict(state)))
    tmod = getattr(tp, "__module__", "builtins")
    if tmod != "builtins":
        tname = "%s.%s" % (tmod, getattr(tp, "__qualname__", tname))
    raise TypeError("cannot pickle %r object" % tname)


_NEVER = {"module", "generator", "coroutine", "frame", "code", "lock", "RLock",
          "TextIOWrapper", "BufferedReader", "BufferedWriter", "FileIO"}


def _load_hook(tag, v):
    if tag == "global":
        return _lookup(*v)
    if tag == "exc":
        (module, qualname), args, tb = v
        try:
            cls = _lookup(module, qualname)
            exc = cls(*args)
        except Exception:
            exc = Exception(*args)
        if tb:
            exc.__cause__ = RemoteTraceback('\n"""\n' + tb + '"""')
        return exc
    if tag == "queue":
        return Queue._from_id(v)
    if tag == "obj":
        ref, state = v
        cls = _lookup(*ref)
        obj = cls.__new__(cls)
        obj.__dict__.update(state)
        return obj
    if tag == "method":
        return getattr(v[0], v[1])
    raise ValueError("unknown multiprocessing tag %r" % (tag,))


def _dumps(obj):
    return _pygmp.dumps(obj, _dump_hook)


def _loads(data):
    return _pygmp.loads(data, _load_hook)


# ---------------------------------------------------------------- processes

_process_counter = [0]
_children = set()
_parent_name = None


class _MainProcess:
    def __init__(self):
        self.name = "MainProcess"
        self.daemon = False
        self.pid = os.getpid()
        self.ident = self.pid
        self.exitcode = None
        self.authkey = b""

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name=%r parent=None started>" % (self.name,)


_current = _MainProcess()


def current_process():
    return _current


def parent_process():
    return None


def active_children():
    for p in list(_children):
        if not p.is_alive():
            _children.discard(p)
    return list(_children)


def _flush_std():
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except Exception:
            pass


def _spawn_child(name):
    mode = "--gil" if sys._is_gil_enabled() else "--nogil"
    handle, pid = _pygmp.spawn([mode, "-c", "import multiprocessing; multiprocessing._child_main()"])
    main = sys.modules.get("__main__")
    main_path = getattr(main, "__file__", None)
    if main_path is not None and not os.path.isfile(main_path):
        main_path = None
    prep = {"sys_path": list(sys.path), "main_path": main_path, "name": name}
    _pygmp.send(handle, _dumps(("prep", prep)))
    return handle, pid


class Process:
    _start_method = "spawn"

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        _process_counter[0] += 1
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = name if name is not None else "Process-%d" % _process_counter[0]
        self._daemonic = bool(daemon) if daemon is not None else False
        self._handle = None
        self._pid = None
        self._exitcode = None
        self._closed = False

    def _mp_getstate(self):
        d = dict(self.__dict__)
        d["_handle"] = None
        d["_pid"] = None
        return d

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._closed:
            raise ValueError("process object is closed")
        assert self._handle is None, "cannot start a process twice"
        data = _dumps(("run", self))
        _flush_std()
        self._handle, self._pid = _spawn_child(self._name)
        _pygmp.send(self._handle, data)
        _children.add(self)
        if not self._daemonic:
            # The program does not end before its non-daemon children.
            threading.Thread(target=_pygmp.wait, args=(self._handle, None),
                             name="mp-reaper-%s" % self._name).start()

    def _poll(self, timeout):
        if self._handle is None:
            return None
        if self._exitcode is None:
            code = _pygmp.wait(self._handle, timeout)
            if code is not None:
                self._exitcode = code
                _children.discard(self)
        return self._exitcode

    def join(self, timeout=None):
        if self._closed:
            raise ValueError("process object is closed")
        assert self._handle is not None, "can only join a started process"
        if timeout is not None and timeout < 0:
            timeout = 0
        self._poll(timeout)

    def is_alive(self):
        if self._closed:
            raise ValueError("process object is closed")
        if self._handle is None:
            return False
        return self._poll(0) is None

    def terminate(self):
        if self._handle is not None:
            _pygmp.signal(self._handle, 15)

    def kill(self):
        if self._handle is not None:
            _pygmp.signal(self._handle, 9)

    def close(self):
        if self._handle is not None and self._poll(0) is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def exitcode(self):
        return self._poll(0)

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, v):
        self._name = v

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, v):
        assert self._handle is None, "process has already started"
        self._daemonic = bool(v)

    @property
    def sentinel(self):
        return self._handle

    @property
    def authkey(self):
        return b""

    def __repr__(self):
        if self._handle is None:
            status = "initial"
        else:
            code = self._poll(0)
            if code is None:
                status = "started"
            elif code == 0:
                status = "stopped"
            else:
                status = "stopped exitcode=%d" % code if code > 0 else "stopped exitcode=-SIG%d" % -code
        d = " daemon" if self._daemonic else ""
        return "<%s name=%r %s%s>" % (type(self).__name__, self._name, status, d)

    def _bootstrap(self):
        global _current
        _current = self
        code = 0
        if self._daemonic:
            _pygmp.exit_with_parent()
        try:
            self.run()
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code
            else:
                sys.stderr.write(str(e.code) + "\n")
                code = 1
        except BaseException:
            code = 1
            import traceback
            sys.stderr.write("Process %s:\n" % self._name)
            traceback.print_exc()
        _flush_std()
        return code


# ---------------------------------------------------------------- queues

class Queue:
    """A FIFO between processes. It lives in the process that created it;
    others reach it through their link to the parent."""

    def __init__(self, maxsize=0):
        self._id = _pygmp.queue_new()
        self._maxsize = maxsize

    @classmethod
    def _from_id(cls, qid):
        q = cls.__new__(cls)
        q._id = qid
        q._maxsize = 0
        return q

    def put(self, obj, block=True, timeout=None):
        _pygmp.queue_op("p", self._id, None, _dumps(obj))

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        if not block:
            to = 0
        elif timeout is None:
            to = None
        else:
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            to = timeout
        r = _pygmp.queue_op("g", self._id, to, None)
        if r is None:
            raise _queuemod.Empty
        return _loads(r)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        r = _pygmp.queue_op("s", self._id, 0, None)
        return int.from_bytes(r, "little")

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return False

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class SimpleQueue(Queue):
    pass


class JoinableQueue(Queue):
    def task_done(self):
        pass

    def join(self):
        pass


class Lock:
    """A lock shared between processes (a queue holding one token)."""

    def __init__(self):
        self._q = Queue()
        self._q.put(None)

    def acquire(self, block=True, timeout=None):
        try:
            self._q.get(block, timeout)
            return True
        except _queuemod.Empty:
            return False

    def release(self):
        self._q.put(None)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


RLock = Lock


# ---------------------------------------------------------------- pools

class ApplyResult:
    def __init__(self, pool, nparts, callback, error_callback, single):
        self._pool = pool
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._parts = [None] * nparts
        self._left = nparts
        self._error = None
        self._single = single
        self._callback = callback
        self._error_callback = error_callback
        if nparts == 0:
            self._finish()

    def _finish(self):
        if self._error is None:
            vals = []
            for part in self._parts:
                vals.extend(part)
            self._value = vals[0] if self._single else vals
            if self._callback is not None:
                self._callback(self._value)
        elif self._error_callback is not None:
            self._error_callback(self._error)
        self._event.set()
        self._pool._cache.pop(id(self), None)

    def _set(self, i, ok, value):
        with self._lock:
            if self._event.is_set():
                return
            if ok:
                self._parts[i] = value
                self._left -= 1
                done = self._left == 0
            else:
                self._error = value
                done = True
        if done:
            self._finish()

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("%r not ready" % self)
        return self._error is None

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._error is not None:
            raise self._error
        return self._value


AsyncResult = ApplyResult
MapResult = ApplyResult

_RUN, _CLOSE, _TERMINATE = 0, 1, 2


class _Worker:
    def __init__(self, name, initializer, initargs):
        self.name = name
        self.handle, self.pid = _spawn_child(name)
        if initializer is not None:
            _pygmp.send(self.handle, _dumps(("init", (initializer, tuple(initargs)))))
        _pygmp.send(self.handle, _dumps(("serve", None)))


class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._tasks = _queuemod.SimpleQueue() if hasattr(_queuemod, "SimpleQueue") else _queuemod.Queue()
        self._cache = {}
        self._state = _RUN
        self._pool = []
        self._threads = []
        _flush_std()
        for _ in range(processes):
            _process_counter[0] += 1
            w = _Worker("SpawnPoolWorker-%d" % _process_counter[0], initializer, initargs)
            self._pool.append(w)
        for w in self._pool:
            th = threading.Thread(target=self._feed, args=(w,), daemon=True)
            th.start()
            self._threads.append(th)

    def _feed(self, w):
        while True:
            task = self._tasks.get()
            if task is None:
                break
            result, i, func, chunk, mode = task
            if result.ready():
                continue
            try:
                data = _dumps(("task", (func, chunk, mode)))
            except BaseException as e:
                result._set(i, False, e)
                continue
            try:
                rep = _pygmp.request(w.handle, data)
            except EOFError:
                result._set(i, False, RuntimeError("a pool worker process ended abruptly"))
                if self._state == _RUN:
                    continue
                break
            try:
                ok, value = _loads(rep)
            except BaseException as e:
                ok, value = False, e
            result._set(i, ok, value)

    def _check_running(self):
        if self._state != _RUN:
            raise ValueError("Pool not running")

    def _submit(self, func, chunks, mode, callback, error_callback, single):
        self._check_running()
        result = ApplyResult(self, len(chunks), callback, error_callback, single)
        if chunks:
            self._cache[id(result)] = result
        for i, chunk in enumerate(chunks):
            self._tasks.put((result, i, func, chunk, mode))
        return result

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)]

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        return self._submit(func, [[(tuple(args), dict(kwds))]], 2, callback, error_callback, True)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._submit(func, self._chunks(iterable, chunksize), 0, callback, error_callback, False)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._submit(func, self._chunks([tuple(a) for a in iterable], chunksize), 1,
                            callback, error_callback, False)

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        results = [self._submit(func, [chunk], 0, None, None, False)
                   for chunk in self._chunks(iterable, chunksize)]

        def gen():
            for r in results:
                yield from r.get()
        return gen()

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        done = _queuemod.Queue()
        results = [self._submit(func, [chunk], 0, None, None, False)
                   for chunk in self._chunks(iterable, chunksize)]
        for r in results:
            r._callback = None
        n = len(results)
        for r in results:
            threading.Thread(target=lambda r=r: (r.wait(), done.put(r)), daemon=True).start()

        def gen():
            for _ in range(n):
                yield from done.get().get()
        return gen()

    def close(self):
        if self._state == _RUN:
            self._state = _CLOSE
            for _ in self._pool:
                self._tasks.put(None)

    def terminate(self):
        if self._state == _TERMINATE:
            return
        prev = self._state
        self._state = _TERMINATE
        while True:
            try:
                task = self._tasks.get_nowait() if hasattr(self._tasks, "get_nowait") else None
            except _queuemod.Empty:
                break
            if task is None:
                continue
            task[0]._set(task[1], False, RuntimeError("pool terminated"))
        for w in self._pool:
            _pygmp.signal(w.handle, 15)
        for _ in self._pool:
            self._tasks.put(None)
        self._join_all()

    def join(self):
        if self._state == _RUN:
            raise ValueError("Pool is still running")
        self._join_all()

    def _join_all(self):
        for th in self._threads:
            th.join()
        for w in self._pool:
            _pygmp.close(w.handle)
        for w in self._pool:
            _pygmp.wait(w.handle, None)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        state = {_RUN: "RUN", _CLOSE: "CLOSE", _TERMINATE: "TERMINATE"}[self._state]
        return "<multiprocessing.pool.Pool state=%s pool_size=%d>" % (state, len(self._pool))


# ---------------------------------------------------------------- the child

def _prepare(prep):
    global _current, _parent_name
    sys.path[:] = prep["sys_path"]
    _current = _MainProcess()
    _current.name = prep["name"]
    path = prep["main_path"]
    if path:
        mod = _pygmp.new_module("__mp_main__")
        mod.__file__ = path
        sys.modules["__mp_main__"] = mod
        sys.modules["__main__"] = mod
        with open(path) as f:
            src = f.read()
        exec(compile(src, path, "exec"), mod.__dict__)


def _run_task(func, chunk, mode):
    if mode == 0:
        return [func(x) for x in chunk]
    if mode == 1:
        return [func(*x) for x in chunk]
    return [func(*a, **k) for a, k in chunk]


def _error_reply(e):
    import traceback
    try:
        e._mp_tb = traceback.format_exc()
    except Exception:
        pass
    try:
        return _dumps((False, e))
    except BaseException as e2:
        return _dumps((False, MaybeEncodingError(e2, e)))


def _serve():
    while True:
        msg = _pygmp.child_recv()
        if msg is None:
            return
        rid, data = msg
        try:
            op, arg = _loads(data)
            if op != "task":
                continue
            value = _run_task(*arg)
        except BaseException as e:
            _pygmp.child_reply(rid, _error_reply(e))
            continue
        try:
            rep = _dumps((True, value))
        except BaseException as e:
            rep = _dumps((False, MaybeEncodingError(e, value)))
        _pygmp.child_reply(rid, rep)


def _child_main():
    while True:
        msg = _pygmp.child_recv()
        if msg is None:
            return
        rid, data = msg
        try:
            op, arg = _loads(data)
        except BaseException:
            import traceback
            sys.stderr.write("Process %s:\n" % (_current.name,))
            traceback.print_exc()
            _flush_std()
            sys.exit(1)
        if op == "prep":
            _prepare(arg)
        elif op == "run":
            sys.exit(arg._bootstrap())
        elif op == "init":
            func, args = arg
            func(*args)
        elif op == "serve":
            _serve()
            return
