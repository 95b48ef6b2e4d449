package stdlib

// _pygmp: the native half of multiprocessing (stdlib/lib/multiprocessing).
//
// # Processes and the link
//
// A child is a real pyg process: the executable of the running program (or
// $PYG_EXECUTABLE when set, which go test uses because its own binary is not
// pyg), started as
//
//	pyg --gil|--nogil -c "import multiprocessing; multiprocessing._child_main()"
//
// with $PYG_MP_CHILD=1, stdin from /dev/null and its stdout and stderr copied
// to the parent's. The parent and the child talk over a "link": two pipes
// passed as extra file descriptors (fd 3: parent to child, fd 4: child to
// parent), so the child's own print() output is never mixed with the protocol.
//
// The link carries frames: kind (1 byte), request id (uint32 LE), payload
// length (uint32 LE), payload. Kinds:
//
//	'C'  a message for the child's main loop (id 0: no reply expected)
//	'r'  the reply to request id
//	'Q'  a queue operation (request; answered by 'r')
//
// A queue lives in the process that created it; other processes reach it
// through their link to the parent, which forwards requests for queues it
// does not own to its own parent. A queue operation payload is: op byte
// ('p' put, 'g' get, 's' size), queue id (uint64 LE), timeout (float64 LE
// bits; negative: block forever, 0: do not block), then the item bytes for
// put. Replies are a status byte ('k' ok, 'e' empty) followed by the item.
//
// # Serialization
//
// Values cross as a tagged binary format (dumps/loads). Each value is one tag
// byte followed by its body; lengths and counts are unsigned varints:
//
//	'N' None   'T' True   'F' False
//	'i' int in int64: 8 bytes little-endian two's complement
//	'I' big int: sign byte ('+' or '-'), length, big-endian magnitude
//	'f' float: IEEE 754 bits, 8 bytes LE    'c' complex: two floats
//	's' str: length, UTF-8                  'b' bytes: length, raw
//	'a' bytearray: length, raw
//	'l' list, 't' tuple, 'S' set, 'z' frozenset: count, then the items
//	'd' dict: count, then key, value pairs
//	'X' extension: a str tag then one value, produced and consumed by the
//	    Python hooks of multiprocessing: ("global", (module, qualname)) for
//	    functions and classes, ("exc", (class ref, args)) for exceptions,
//	    ("queue", id), ("obj", (class ref, state)) for plain instances.
//
// State: queues, children and the link to the parent are package-level
// (unlike the rest of stdlib) because they are process-wide OS resources: a
// queue must be reachable from every link of the process.
//
// Only exact built-in types are encoded natively; everything else goes to
// the hook, which raises TypeError("cannot send object of type 'X' to another
// process") for what cannot cross.

import (
	"bufio"
	"encoding/binary"
	"errors"

	"io"
	"math"
	"math/big"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"pyg/runtime"
)

func init() { native["_pygmp"] = newPygmp }

// ---- the link ----

type mpFrame struct {
	kind byte
	id   uint32
	data []byte
}

type mpLink struct {
	wmu     sync.Mutex
	w       io.WriteCloser
	r       io.ReadCloser
	nextID  atomic.Uint32
	mu      sync.Mutex
	pending map[uint32]chan []byte
	closed  bool
	inbox   chan mpFrame
	// exitOnEOF ends this process when the link closes (a daemonic child
	// whose parent has ended).
	exitOnEOF atomic.Bool
	// serve answers 'Q' requests arriving on this link.
	serve func(payload []byte) []byte
}

func newLink(r io.ReadCloser, w io.WriteCloser, serve func([]byte) []byte) *mpLink {
	l := &mpLink{r: r, w: w, pending: map[uint32]chan []byte{}, inbox: make(chan mpFrame, 1024), serve: serve}
	go l.readLoop()
	return l
}

func (l *mpLink) send(kind byte, id uint32, data []byte) error {
	var hdr [9]byte
	hdr[0] = kind
	binary.LittleEndian.PutUint32(hdr[1:], id)
	binary.LittleEndian.PutUint32(hdr[5:], uint32(len(data)))
	l.wmu.Lock()
	defer l.wmu.Unlock()
	if _, err := l.w.Write(hdr[:]); err != nil {
		return err
	}
	_, err := l.w.Write(data)
	return err
}

func (l *mpLink) readLoop() {
	br := bufio.NewReaderSize(l.r, 64<<10)
	for {
		var hdr [9]byte
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			break
		}
		n := binary.LittleEndian.Uint32(hdr[5:])
		data := make([]byte, n)
		if _, err := io.ReadFull(br, data); err != nil {
			break
		}
		f := mpFrame{hdr[0], binary.LittleEndian.Uint32(hdr[1:]), data}
		switch f.kind {
		case 'r':
			l.mu.Lock()
			ch := l.pending[f.id]
			delete(l.pending, f.id)
			l.mu.Unlock()
			if ch != nil {
				ch <- f.data
			}
		case 'Q':
			go func() {
				var rep []byte
				if l.serve != nil {
					rep = l.serve(f.data)
				}
				l.send('r', f.id, rep)
			}()
		default:
			l.inbox <- f
		}
	}
	l.r.Close()
	l.mu.Lock()
	l.closed = true
	if l.exitOnEOF.Load() {
		os.Exit(0)
	}
	for id, ch := range l.pending {
		close(ch)
		delete(l.pending, id)
	}
	l.mu.Unlock()
	close(l.inbox)
}

// request sends a request and waits for its reply (nil, false: link closed).
func (l *mpLink) request(kind byte, data []byte) ([]byte, bool) {
	id := l.nextID.Add(1)
	ch := make(chan []byte, 1)
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil, false
	}
	l.pending[id] = ch
	l.mu.Unlock()
	if err := l.send(kind, id, data); err != nil {
		l.mu.Lock()
		delete(l.pending, id)
		l.mu.Unlock()
		return nil, false
	}
	rep, ok := <-ch
	return rep, ok
}

// ---- queues ----

type mpQueue struct {
	mu     sync.Mutex
	items  [][]byte
	notify chan struct{}
}

var (
	mpQueues   sync.Map // uint64 -> *mpQueue
	mpQueueSeq atomic.Uint64
	mpUpstream *mpLink // the link to the parent (in a child)
	mpUpOnce   sync.Once
)

func (q *mpQueue) put(b []byte) {
	q.mu.Lock()
	q.items = append(q.items, b)
	if q.notify != nil {
		close(q.notify)
		q.notify = nil
	}
	q.mu.Unlock()
}

// get pops an item; timeout < 0 blocks forever, 0 does not block.
func (q *mpQueue) get(timeout float64) ([]byte, bool) {
	var deadline <-chan time.Time
	if timeout > 0 {
		tm := time.NewTimer(time.Duration(timeout * 1e9))
		defer tm.Stop()
		deadline = tm.C
	}
	for {
		q.mu.Lock()
		if len(q.items) > 0 {
			b := q.items[0]
			q.items[0] = nil
			q.items = q.items[1:]
			q.mu.Unlock()
			return b, true
		}
		if timeout == 0 {
			q.mu.Unlock()
			return nil, false
		}
		if q.notify == nil {
			q.notify = make(chan struct{})
		}
		ch := q.notify
		q.mu.Unlock()
		select {
		case <-ch:
		case <-deadline:
			return nil, false
		}
	}
}

func (q *mpQueue) size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

func queuePayload(op byte, id uint64, timeout float64, item []byte) []byte {
	b := make([]byte, 17+len(item))
	b[0] = op
	binary.LittleEndian.PutUint64(b[1:], id)
	binary.LittleEndian.PutUint64(b[9:], math.Float64bits(timeout))
	copy(b[17:], item)
	return b
}

// queueOp performs a queue operation here or forwards it to the parent.
// The reply is 'k'+item, 'e' (empty), 'x'+message (error).
func queueOp(p []byte) []byte {
	if len(p) < 17 {
		return []byte("xbad queue request")
	}
	id := binary.LittleEndian.Uint64(p[1:])
	if v, ok := mpQueues.Load(id); ok {
		q := v.(*mpQueue)
		switch p[0] {
		case 'p':
			q.put(append([]byte(nil), p[17:]...))
			return []byte{'k'}
		case 'g':
			if b, ok := q.get(math.Float64frombits(binary.LittleEndian.Uint64(p[9:]))); ok {
				return append([]byte{'k'}, b...)
			}
			return []byte{'e'}
		case 's':
			var n [8]byte
			binary.LittleEndian.PutUint64(n[:], uint64(q.size()))
			return append([]byte{'k'}, n[:]...)
		}
		return []byte("xbad queue op")
	}
	up := upstream()
	if up == nil {
		return []byte("xqueue not found (its owner process has ended)")
	}
	rep, ok := up.request('Q', p)
	if !ok {
		return []byte("xqueue's owner process has ended")
	}
	return rep
}

// upstream returns the link to the parent in a child process, or nil.
func upstream() *mpLink {
	mpUpOnce.Do(func() {
		if os.Getenv("PYG_MP_CHILD") != "1" {
			return
		}
		r, w := os.NewFile(3, "mp-in"), os.NewFile(4, "mp-out")
		if r == nil || w == nil {
			return
		}
		os.Unsetenv("PYG_MP_CHILD")
		mpUpstream = newLink(r, w, queueOp)
	})
	return mpUpstream
}

// ---- children ----

type mpChild struct {
	cmd  *exec.Cmd
	link *mpLink
	done chan struct{}
	code int
}

var (
	mpChildren sync.Map // int64 -> *mpChild
	mpChildSeq atomic.Int64
)

// Executable returns the pyg binary children run: $PYG_EXECUTABLE or this
// program's executable.
func mpExecutable() (string, error) {
	if p := os.Getenv("PYG_EXECUTABLE"); p != "" {
		return p, nil
	}
	return os.Executable()
}

func mpChildOf(t *runtime.Thread, o runtime.Object) (*mpChild, error) {
	h, ok := o.(runtime.Int)
	if ok {
		if v, ok := mpChildren.Load(int64(h)); ok {
			return v.(*mpChild), nil
		}
	}
	return nil, runtime.Errorf(t, runtime.ValueErrorType, "invalid process handle")
}

func bytesArg(t *runtime.Thread, fname string, o runtime.Object) ([]byte, error) {
	switch v := o.(type) {
	case *runtime.Bytes:
		return v.B, nil
	case *runtime.ByteArray:
		return v.B, nil
	}
	return nil, runtime.Errorf(t, runtime.TypeErrorType, "%s: a bytes-like object is required, not '%s'", fname, runtime.TypeName(o))
}

func strArg(t *runtime.Thread, fname string, o runtime.Object) (string, error) {
	if s, ok := o.(*runtime.Str); ok {
		return s.String(), nil
	}
	return "", runtime.Errorf(t, runtime.TypeErrorType, "%s: expected str, not '%s'", fname, runtime.TypeName(o))
}

// timeoutArg converts None (block: -1) or a number of seconds (>= 0).
func timeoutArg(t *runtime.Thread, o runtime.Object) (float64, error) {
	if o == runtime.None {
		return -1, nil
	}
	f, err := runtime.ToFloat64(t, o)
	if err != nil {
		return 0, err
	}
	if f < 0 {
		f = 0
	}
	return f, nil
}

func newPygmp(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "_pygmp")
	none := runtime.None
	addFuncs(t, m, map[string]runtime.BuiltinFn{
		// spawn(args: list[str]) -> (handle, pid)
		"spawn": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "spawn", args, kw, 1, 1); err != nil {
				return nil, err
			}
			l, ok := args[0].(*runtime.List)
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "spawn: expected a list")
			}
			var argv []string
			for _, it := range l.Snapshot(t) {
				s, err := strArg(t, "spawn", it)
				if err != nil {
					return nil, err
				}
				argv = append(argv, s)
			}
			exe, err := mpExecutable()
			if err != nil {
				return nil, runtime.Errorf(t, runtime.OSErrorType, "cannot find the pyg executable: %v", err)
			}
			p2cR, p2cW, err := os.Pipe()
			if err != nil {
				return nil, runtime.Errorf(t, runtime.OSErrorType, "%v", err)
			}
			c2pR, c2pW, err := os.Pipe()
			if err != nil {
				p2cR.Close()
				p2cW.Close()
				return nil, runtime.Errorf(t, runtime.OSErrorType, "%v", err)
			}
			cmd := exec.Command(exe, argv...)
			cmd.Env = append(os.Environ(), "PYG_MP_CHILD=1")
			cmd.ExtraFiles = []*os.File{p2cR, c2pW}
			cmd.Stdout = t.Interp.Stdout
			cmd.Stderr = t.Interp.Stderr
			if err := cmd.Start(); err != nil {
				p2cR.Close()
				p2cW.Close()
				c2pR.Close()
				c2pW.Close()
				return nil, runtime.Errorf(t, runtime.OSErrorType, "cannot start %s: %v", exe, err)
			}
			p2cR.Close()
			c2pW.Close()
			c := &mpChild{cmd: cmd, done: make(chan struct{})}
			c.link = newLink(c2pR, p2cW, queueOp)
			go func() {
				err := cmd.Wait()
				code := 0
				if err != nil {
					var ee *exec.ExitError
					if errors.As(err, &ee) {
						if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
							code = -int(ws.Signal())
						} else {
							code = ee.ExitCode()
						}
					} else {
						code = 1
					}
				}
				c.code = code
				p2cW.Close()
				close(c.done)
			}()
			h := mpChildSeq.Add(1)
			mpChildren.Store(h, c)
			return runtime.NewTuple(t, []runtime.Object{runtime.Int(h), runtime.Int(cmd.Process.Pid)}), nil
		},
		// send(handle, data): a message for the child's main loop.
		"send": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "send", args, kw, 2, 2); err != nil {
				return nil, err
			}
			c, err := mpChildOf(t, args[0])
			if err != nil {
				return nil, err
			}
			data, err := bytesArg(t, "send", args[1])
			if err != nil {
				return nil, err
			}
			var serr error
			t.Blocking(func() { serr = c.link.send('C', 0, data) })
			if serr != nil {
				return nil, runtime.Errorf(t, runtime.BrokenPipeErrorType, "[Errno 32] Broken pipe")
			}
			return none, nil
		},
		// request(handle, data) -> reply bytes; EOFError if the child ended.
		"request": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "request", args, kw, 2, 2); err != nil {
				return nil, err
			}
			c, err := mpChildOf(t, args[0])
			if err != nil {
				return nil, err
			}
			data, err := bytesArg(t, "request", args[1])
			if err != nil {
				return nil, err
			}
			var rep []byte
			var ok bool
			t.Blocking(func() { rep, ok = c.link.request('C', data) })
			if !ok {
				return nil, runtime.Errorf(t, runtime.EOFErrorType, "the worker process ended")
			}
			return runtime.NewBytes(rep), nil
		},
		// wait(handle, timeout) -> exit code, or None on timeout.
		"wait": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "wait", args, kw, 2, 2); err != nil {
				return nil, err
			}
			c, err := mpChildOf(t, args[0])
			if err != nil {
				return nil, err
			}
			to, err := timeoutArg(t, args[1])
			if err != nil {
				return nil, err
			}
			ended := false
			t.Blocking(func() {
				switch {
				case to < 0:
					<-c.done
					ended = true
				case to == 0:
					select {
					case <-c.done:
						ended = true
					default:
					}
				default:
					tm := time.NewTimer(time.Duration(to * 1e9))
					select {
					case <-c.done:
						ended = true
					case <-tm.C:
					}
					tm.Stop()
				}
			})
			if !ended {
				return none, nil
			}
			return runtime.Int(c.code), nil
		},
		// signal(handle, signum)
		"signal": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "signal", args, kw, 2, 2); err != nil {
				return nil, err
			}
			c, err := mpChildOf(t, args[0])
			if err != nil {
				return nil, err
			}
			n, ok := args[1].(runtime.Int)
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "signal number must be an int")
			}
			select {
			case <-c.done:
			default:
				c.cmd.Process.Signal(syscall.Signal(int(n)))
			}
			return none, nil
		},
		// close(handle): end of messages for the child (it sees EOF).
		"close": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "close", args, kw, 1, 1); err != nil {
				return nil, err
			}
			c, err := mpChildOf(t, args[0])
			if err != nil {
				return nil, err
			}
			c.link.wmu.Lock()
			c.link.w.Close()
			c.link.wmu.Unlock()
			return none, nil
		},
		// release(handle): forget an ended child.
		"release": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "release", args, kw, 1, 1); err != nil {
				return nil, err
			}
			if h, ok := args[0].(runtime.Int); ok {
				mpChildren.Delete(int64(h))
			}
			return none, nil
		},
		// is_child() -> whether this process was started by multiprocessing.
		"is_child": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			return runtime.Bool(upstream() != nil), nil
		},
		// child_recv() -> (id, data) from the parent, or None at EOF.
		"child_recv": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			up := upstream()
			if up == nil {
				return nil, runtime.Errorf(t, runtime.RuntimeErrorType, "not a multiprocessing child")
			}
			var f mpFrame
			var ok bool
			t.Blocking(func() { f, ok = <-up.inbox })
			if !ok {
				return none, nil
			}
			return runtime.NewTuple(t, []runtime.Object{runtime.Int(f.id), runtime.NewBytes(f.data)}), nil
		},
		// exit_with_parent(): end this child when its parent ends (daemon).
		"exit_with_parent": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if up := upstream(); up != nil {
				up.mu.Lock()
				up.exitOnEOF.Store(true)
				closed := up.closed
				up.mu.Unlock()
				if closed {
					os.Exit(0)
				}
			}
			return none, nil
		},
		// child_reply(id, data)
		"child_reply": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "child_reply", args, kw, 2, 2); err != nil {
				return nil, err
			}
			up := upstream()
			if up == nil {
				return nil, runtime.Errorf(t, runtime.RuntimeErrorType, "not a multiprocessing child")
			}
			id, _ := args[0].(runtime.Int)
			data, err := bytesArg(t, "child_reply", args[1])
			if err != nil {
				return nil, err
			}
			t.Blocking(func() { up.send('r', uint32(id), data) })
			return none, nil
		},
		// new_module(name) -> a new empty module object.
		"new_module": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "new_module", args, kw, 1, 1); err != nil {
				return nil, err
			}
			name, err := strArg(t, "new_module", args[0])
			if err != nil {
				return nil, err
			}
			return runtime.NewModule(t, name), nil
		},
		"queue_new": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			// Ids are unique across processes: pid in the high bits.
			id := uint64(os.Getpid())<<32 | mpQueueSeq.Add(1)
			mpQueues.Store(id, &mpQueue{})
			return runtime.Int(int64(id)), nil
		},
		// queue_op(op, id, timeout, data) -> bytes, or None when empty.
		"queue_op": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "queue_op", args, kw, 4, 4); err != nil {
				return nil, err
			}
			op, err := strArg(t, "queue_op", args[0])
			if err != nil || len(op) != 1 {
				return nil, runtime.Errorf(t, runtime.ValueErrorType, "queue_op: bad op")
			}
			id, ok := args[1].(runtime.Int)
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "queue_op: bad id")
			}
			to, err := timeoutArg(t, args[2])
			if err != nil {
				return nil, err
			}
			var item []byte
			if args[3] != runtime.None {
				if item, err = bytesArg(t, "queue_op", args[3]); err != nil {
					return nil, err
				}
			}
			p := queuePayload(op[0], uint64(id), to, item)
			var rep []byte
			t.Blocking(func() { rep = queueOp(p) })
			switch {
			case len(rep) > 0 && rep[0] == 'k':
				return runtime.NewBytes(append([]byte(nil), rep[1:]...)), nil
			case len(rep) > 0 && rep[0] == 'e':
				return none, nil
			case len(rep) > 0 && rep[0] == 'x':
				return nil, runtime.Errorf(t, runtime.OSErrorType, "%s", rep[1:])
			}
			return nil, runtime.Errorf(t, runtime.OSErrorType, "bad queue reply")
		},
		"dumps": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "dumps", args, kw, 2, 2); err != nil {
				return nil, err
			}
			e := &mpEncoder{t: t, hook: args[1]}
			if err := e.enc(args[0], 0); err != nil {
				return nil, err
			}
			return runtime.NewBytes(e.b), nil
		},
		"loads": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "loads", args, kw, 2, 2); err != nil {
				return nil, err
			}
			data, err := bytesArg(t, "loads", args[0])
			if err != nil {
				return nil, err
			}
			d := &mpDecoder{t: t, hook: args[1], b: data}
			v, err := d.dec(0)
			if err != nil {
				return nil, err
			}
			if d.i != len(d.b) {
				return nil, d.bad()
			}
			return v, nil
		},
	})
	return m, nil
}

// ---- serialization ----

const mpMaxDepth = 500

type mpEncoder struct {
	t    *runtime.Thread
	hook runtime.Object
	b    []byte
}

func (e *mpEncoder) uvarint(n int) { e.b = binary.AppendUvarint(e.b, uint64(n)) }

func (e *mpEncoder) str(s string) {
	e.b = append(e.b, 's')
	e.uvarint(len(s))
	e.b = append(e.b, s...)
}

func (e *mpEncoder) f64(f float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(f)) }

func (e *mpEncoder) seq(tag byte, items []runtime.Object, depth int) error {
	e.b = append(e.b, tag)
	e.uvarint(len(items))
	for _, it := range items {
		if err := e.enc(it, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (e *mpEncoder) enc(o runtime.Object, depth int) error {
	t := e.t
	if depth > mpMaxDepth {
		return runtime.Errorf(t, runtime.RecursionErrorType, "maximum recursion depth exceeded while sending an object to another process")
	}
	typ := o.Type()
	switch v := o.(type) {
	case runtime.Bool:
		if v {
			e.b = append(e.b, 'T')
		} else {
			e.b = append(e.b, 'F')
		}
		return nil
	case runtime.Int:
		e.b = append(e.b, 'i')
		e.b = binary.LittleEndian.AppendUint64(e.b, uint64(v))
		return nil
	case *runtime.BigInt:
		e.b = append(e.b, 'I')
		if v.V.Sign() < 0 {
			e.b = append(e.b, '-')
		} else {
			e.b = append(e.b, '+')
		}
		mag := new(big.Int).Abs(v.V).Bytes()
		e.uvarint(len(mag))
		e.b = append(e.b, mag...)
		return nil
	case runtime.Float:
		e.b = append(e.b, 'f')
		e.f64(float64(v))
		return nil
	case runtime.Complex:
		e.b = append(e.b, 'c')
		e.f64(real(complex128(v)))
		e.f64(imag(complex128(v)))
		return nil
	case *runtime.Str:
		if typ == runtime.StrType {
			e.str(v.String())
			return nil
		}
	case *runtime.Bytes:
		if typ == runtime.BytesType {
			e.b = append(e.b, 'b')
			e.uvarint(len(v.B))
			e.b = append(e.b, v.B...)
			return nil
		}
	case *runtime.ByteArray:
		if typ == runtime.ByteArrayType {
			e.b = append(e.b, 'a')
			e.uvarint(len(v.B))
			e.b = append(e.b, v.B...)
			return nil
		}
	case *runtime.List:
		if typ == runtime.ListType {
			return e.seq('l', v.Snapshot(t), depth)
		}
	case *runtime.Tuple:
		if typ == runtime.TupleType {
			return e.seq('t', v.Items, depth)
		}
	case *runtime.Set:
		if typ == runtime.SetType {
			return e.seq('S', v.Keys(t), depth)
		}
		if typ == runtime.FrozenSetType {
			return e.seq('z', v.Keys(t), depth)
		}
	case *runtime.Dict:
		if typ == runtime.DictType {
			keys, vals := v.Items(t)
			e.b = append(e.b, 'd')
			e.uvarint(len(keys))
			for i := range keys {
				if err := e.enc(keys[i], depth+1); err != nil {
					return err
				}
				if err := e.enc(vals[i], depth+1); err != nil {
					return err
				}
			}
			return nil
		}
	}
	if o == runtime.None {
		e.b = append(e.b, 'N')
		return nil
	}
	// Everything else: the Python hook returns (tag, value).
	r, err := runtime.Call(t, e.hook, []runtime.Object{o}, nil)
	if err != nil {
		return err
	}
	tup, ok := r.(*runtime.Tuple)
	if !ok || len(tup.Items) != 2 {
		return runtime.Errorf(t, runtime.TypeErrorType, "cannot send object of type '%s' to another process", runtime.TypeName(o))
	}
	tag, ok := tup.Items[0].(*runtime.Str)
	if !ok {
		return runtime.Errorf(t, runtime.TypeErrorType, "serialization hook returned a bad tag")
	}
	e.b = append(e.b, 'X')
	e.str(tag.String())
	return e.enc(tup.Items[1], depth+1)
}

type mpDecoder struct {
	t    *runtime.Thread
	hook runtime.Object
	b    []byte
	i    int
}

func (d *mpDecoder) bad() error {
	return runtime.Errorf(d.t, runtime.ValueErrorType, "corrupt multiprocessing message")
}

func (d *mpDecoder) uvarint() (int, error) {
	n, k := binary.Uvarint(d.b[d.i:])
	if k <= 0 || n > uint64(len(d.b)) {
		return 0, d.bad()
	}
	d.i += k
	return int(n), nil
}

func (d *mpDecoder) raw() ([]byte, error) {
	n, err := d.uvarint()
	if err != nil {
		return nil, err
	}
	if d.i+n > len(d.b) {
		return nil, d.bad()
	}
	r := d.b[d.i : d.i+n]
	d.i += n
	return r, nil
}

func (d *mpDecoder) u64() (uint64, error) {
	if d.i+8 > len(d.b) {
		return 0, d.bad()
	}
	v := binary.LittleEndian.Uint64(d.b[d.i:])
	d.i += 8
	return v, nil
}

func (d *mpDecoder) items(depth int) ([]runtime.Object, error) {
	n, err := d.uvarint()
	if err != nil {
		return nil, err
	}
	items := make([]runtime.Object, 0, n)
	for j := 0; j < n; j++ {
		v, err := d.dec(depth + 1)
		if err != nil {
			return nil, err
		}
		items = append(items, v)
	}
	return items, nil
}

func (d *mpDecoder) dec(depth int) (runtime.Object, error) {
	t := d.t
	if depth > mpMaxDepth+10 || d.i >= len(d.b) {
		return nil, d.bad()
	}
	tag := d.b[d.i]
	d.i++
	switch tag {
	case 'N':
		return runtime.None, nil
	case 'T':
		return runtime.Bool(true), nil
	case 'F':
		return runtime.Bool(false), nil
	case 'i':
		v, err := d.u64()
		return runtime.Int(int64(v)), err
	case 'I':
		if d.i >= len(d.b) {
			return nil, d.bad()
		}
		neg := d.b[d.i] == '-'
		d.i++
		mag, err := d.raw()
		if err != nil {
			return nil, err
		}
		v := new(big.Int).SetBytes(mag)
		if neg {
			v.Neg(v)
		}
		return runtime.MakeInt(v), nil
	case 'f':
		v, err := d.u64()
		return runtime.Float(math.Float64frombits(v)), err
	case 'c':
		re, err := d.u64()
		if err != nil {
			return nil, err
		}
		im, err := d.u64()
		return runtime.Complex(complex(math.Float64frombits(re), math.Float64frombits(im))), err
	case 's':
		b, err := d.raw()
		if err != nil {
			return nil, err
		}
		return runtime.NewStr(string(b)), nil
	case 'b':
		b, err := d.raw()
		if err != nil {
			return nil, err
		}
		return runtime.NewBytes(append([]byte(nil), b...)), nil
	case 'a':
		b, err := d.raw()
		if err != nil {
			return nil, err
		}
		return runtime.NewByteArray(append([]byte(nil), b...)), nil
	case 'l', 't', 'S', 'z':
		items, err := d.items(depth)
		if err != nil {
			return nil, err
		}
		switch tag {
		case 'l':
			return runtime.NewList(t, items), nil
		case 't':
			return runtime.NewTuple(t, items), nil
		case 'S':
			s := runtime.NewSet(t)
			for _, it := range items {
				if err := s.Add(t, it); err != nil {
					return nil, err
				}
			}
			return s, nil
		default:
			s, err := runtime.NewFrozenSet(t, items)
			if err != nil {
				return nil, err
			}
			return s, nil
		}
	case 'd':
		n, err := d.uvarint()
		if err != nil {
			return nil, err
		}
		m := runtime.NewDict()
		for j := 0; j < n; j++ {
			k, err := d.dec(depth + 1)
			if err != nil {
				return nil, err
			}
			v, err := d.dec(depth + 1)
			if err != nil {
				return nil, err
			}
			if err := m.SetItem(t, k, v); err != nil {
				return nil, err
			}
		}
		return m, nil
	case 'X':
		if d.i >= len(d.b) || d.b[d.i] != 's' {
			return nil, d.bad()
		}
		d.i++
		name, err := d.raw()
		if err != nil {
			return nil, err
		}
		v, err := d.dec(depth + 1)
		if err != nil {
			return nil, err
		}
		return runtime.Call(t, d.hook, []runtime.Object{runtime.NewStr(string(name)), v}, nil)
	}
	return nil, d.bad()
}
