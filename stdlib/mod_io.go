package stdlib

import (
	"sync"

	"pyg/runtime"
)

// The io module: StringIO and BytesIO (in-memory streams, each guarded by
// its own lock).

func init() { native["io"] = newIO }

type memIO[T rune | byte] struct {
	runtime.Header
	typ    *runtime.Type
	mu     sync.Mutex
	buf    []T
	pos    int
	closed bool
}

func (m *memIO[T]) Type() *runtime.Type { return m.typ }

var (
	StringIOType = newModType("StringIO", "_io")
	BytesIOType  = newModType("BytesIO", "_io")
)

type ioOps[T rune | byte] struct {
	typ     *runtime.Type
	fromObj func(t *runtime.Thread, o runtime.Object) ([]T, error)
	toObj   func(b []T) runtime.Object
	nl      T
}

func (m *memIO[T]) checkOpen(t *runtime.Thread) error {
	if m.closed {
		if _, isStr := any(m).(*memIO[rune]); isStr {
			// CPython's StringIO message has no final period; BytesIO's does.
			return runtime.Errorf(t, runtime.ValueErrorType, "I/O operation on closed file")
		}
		return runtime.Errorf(t, runtime.ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

func sizeArg(t *runtime.Thread, args []runtime.Object) (int, error) {
	if len(args) == 0 || args[0] == runtime.None {
		return -1, nil
	}
	return runtime.IndexInt(t, args[0])
}

func (m *memIO[T]) write(data []T) {
	if m.pos > len(m.buf) {
		m.buf = append(m.buf, make([]T, m.pos-len(m.buf))...)
	}
	n := copy(m.buf[m.pos:], data)
	m.buf = append(m.buf, data[n:]...)
	m.pos += len(data)
}

func (m *memIO[T]) readline(limit int, nl T) []T {
	if m.pos >= len(m.buf) {
		return nil
	}
	end := m.pos
	for end < len(m.buf) {
		if limit >= 0 && end-m.pos >= limit {
			break
		}
		end++
		if m.buf[end-1] == nl {
			break
		}
	}
	out := append([]T(nil), m.buf[m.pos:end]...)
	m.pos = end
	return out
}

func setupIO[T rune | byte](ops ioOps[T]) {
	typ := ops.typ
	self := func(o runtime.Object) *memIO[T] { return o.(*memIO[T]) }
	typ.New = func(t *runtime.Thread, _ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		return &memIO[T]{typ: typ}, nil
	}
	typ.Init = func(t *runtime.Thread, o runtime.Object, args []runtime.Object, kw []string) error {
		var initial runtime.Object = runtime.None
		var newline runtime.Object
		var err error
		if typ == StringIOType {
			err = runtime.UnpackArgs(t, "StringIO", args, kw, "initial_value?", &initial, "newline?", &newline)
		} else {
			err = runtime.UnpackArgs(t, "BytesIO", args, kw, "initial_bytes?", &initial)
		}
		if err != nil {
			return err
		}
		var data []T
		if initial != runtime.None {
			if data, err = ops.fromObj(t, initial); err != nil {
				return err
			}
		}
		m := self(o)
		t.Lock(&m.mu)
		m.buf = append([]T(nil), data...)
		m.pos = 0
		t.Unlock(&m.mu)
		return nil
	}
	typ.Iter = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		m := self(o)
		t.Lock(&m.mu)
		defer t.Unlock(&m.mu)
		if err := m.checkOpen(t); err != nil {
			return nil, err
		}
		return o, nil
	}
	typ.Next = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		m := self(o)
		t.Lock(&m.mu)
		defer t.Unlock(&m.mu)
		if err := m.checkOpen(t); err != nil {
			return nil, err
		}
		line := m.readline(-1, ops.nl)
		if len(line) == 0 {
			return nil, nil
		}
		return ops.toObj(line), nil
	}
	method := func(name string, min, max int, fn func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error)) {
		typ.AddMethod(name, runtime.InstanceMethod, func(t *runtime.Thread, o runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, name, args, kw, min, max); err != nil {
				return nil, err
			}
			return fn(t, self(o), args)
		})
	}
	// locked runs fn under the stream's lock after checking it is open.
	locked := func(name string, min, max int, fn func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error)) {
		method(name, min, max, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
			t.Lock(&m.mu)
			defer t.Unlock(&m.mu)
			if err := m.checkOpen(t); err != nil {
				return nil, err
			}
			return fn(t, m, args)
		})
	}
	method("write", 1, 1, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		data, err := ops.fromObj(t, args[0])
		if err != nil {
			return nil, err
		}
		t.Lock(&m.mu)
		defer t.Unlock(&m.mu)
		if err := m.checkOpen(t); err != nil {
			return nil, err
		}
		m.write(data)
		return runtime.Int(len(data)), nil
	})
	method("writelines", 1, 1, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		items, err := runtime.IterateAll(t, args[0])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			data, err := ops.fromObj(t, it)
			if err != nil {
				return nil, err
			}
			t.Lock(&m.mu)
			if err := m.checkOpen(t); err != nil {
				t.Unlock(&m.mu)
				return nil, err
			}
			m.write(data)
			t.Unlock(&m.mu)
		}
		return runtime.None, nil
	})
	read := func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		if m.pos >= len(m.buf) {
			return ops.toObj(nil), nil
		}
		end := len(m.buf)
		if n >= 0 && m.pos+n < end {
			end = m.pos + n
		}
		out := append([]T(nil), m.buf[m.pos:end]...)
		m.pos = end
		return ops.toObj(out), nil
	}
	locked("read", 0, 1, read)
	locked("read1", 0, 1, read)
	locked("readline", 0, 1, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		return ops.toObj(m.readline(n, ops.nl)), nil
	})
	locked("readlines", 0, 1, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		hint, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		var lines []runtime.Object
		total := 0
		for {
			l := m.readline(-1, ops.nl)
			if len(l) == 0 {
				break
			}
			lines = append(lines, ops.toObj(l))
			total += len(l)
			if hint > 0 && total >= hint {
				break
			}
		}
		return runtime.NewList(t, lines), nil
	})
	locked("getvalue", 0, 0, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		return ops.toObj(append([]T(nil), m.buf...)), nil
	})
	locked("tell", 0, 0, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		return runtime.Int(m.pos), nil
	})
	locked("seek", 1, 2, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		pos, err := runtime.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		whence := 0
		if len(args) == 2 {
			if whence, err = runtime.IndexInt(t, args[1]); err != nil {
				return nil, err
			}
		}
		switch whence {
		case 0:
			if pos < 0 {
				return nil, runtime.Errorf(t, runtime.ValueErrorType, "Negative seek position %d", pos)
			}
			m.pos = pos
		case 1, 2:
			if typ == StringIOType && pos != 0 {
				if whence == 1 {
					return nil, runtime.Errorf(t, runtime.OSErrorType, "Can't do nonzero cur-relative seeks")
				}
				return nil, runtime.Errorf(t, runtime.OSErrorType, "Can't do nonzero end-relative seeks")
			}
			base := m.pos
			if whence == 2 {
				base = len(m.buf)
			}
			m.pos = base + pos
			if m.pos < 0 {
				m.pos = 0
			}
		default:
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		return runtime.Int(m.pos), nil
	})
	locked("truncate", 0, 1, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		n := m.pos
		if len(args) == 1 && args[0] != runtime.None {
			var err error
			if n, err = runtime.IndexInt(t, args[0]); err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, runtime.Errorf(t, runtime.ValueErrorType, "Negative size value %d", n)
			}
		}
		if n < len(m.buf) {
			m.buf = m.buf[:n]
		}
		return runtime.Int(n), nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		locked(name, 0, 0, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
			return runtime.True, nil
		})
	}
	locked("isatty", 0, 0, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		return runtime.False, nil
	})
	locked("flush", 0, 0, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		return runtime.None, nil
	})
	method("close", 0, 0, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		t.Lock(&m.mu)
		m.closed = true
		m.buf = nil
		t.Unlock(&m.mu)
		return runtime.None, nil
	})
	locked("__enter__", 0, 0, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		return m, nil
	})
	method("__exit__", 0, 3, func(t *runtime.Thread, m *memIO[T], args []runtime.Object) (runtime.Object, error) {
		t.Lock(&m.mu)
		m.closed = true
		m.buf = nil
		t.Unlock(&m.mu)
		return runtime.None, nil
	})
	typ.AddGetSet("closed", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		m := self(o)
		t.Lock(&m.mu)
		defer t.Unlock(&m.mu)
		return runtime.NewBool(m.closed), nil
	}, nil)
	if typ == StringIOType {
		typ.AddGetSet("line_buffering", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) { return runtime.False, nil }, nil)
		typ.AddGetSet("newlines", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) { return runtime.None, nil }, nil)
	}
}

func init() {
	setupIO(ioOps[rune]{
		typ: StringIOType,
		nl:  '\n',
		fromObj: func(t *runtime.Thread, o runtime.Object) ([]rune, error) {
			s, ok := o.(*runtime.Str)
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "string argument expected, got '%s'", runtime.TypeName(o))
			}
			return s.Runes(), nil
		},
		toObj: func(b []rune) runtime.Object { return runtime.NewStr(string(b)) },
	})
	setupIO(ioOps[byte]{
		typ: BytesIOType,
		nl:  '\n',
		fromObj: func(t *runtime.Thread, o runtime.Object) ([]byte, error) {
			b, ok := runtime.BytesData(t, o)
			if !ok {
				if _, isArr := o.(*Array); isArr {
					return o.(*Array).toBytes(t), nil
				}
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "a bytes-like object is required, not '%s'", runtime.TypeName(o))
			}
			return append([]byte(nil), b...), nil
		},
		toObj: func(b []byte) runtime.Object { return runtime.NewBytes(b) },
	})
}

func newIO(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "io")
	m.Dict.SetStr(t, runtime.Intern("StringIO"), StringIOType)
	m.Dict.SetStr(t, runtime.Intern("BytesIO"), BytesIOType)
	m.Dict.SetStr(t, runtime.Intern("SEEK_SET"), runtime.Int(0))
	m.Dict.SetStr(t, runtime.Intern("SEEK_CUR"), runtime.Int(1))
	m.Dict.SetStr(t, runtime.Intern("SEEK_END"), runtime.Int(2))
	m.Dict.SetStr(t, runtime.Intern("DEFAULT_BUFFER_SIZE"), runtime.Int(8192))
	m.Dict.SetStr(t, runtime.Intern("UnsupportedOperation"), runtime.OSErrorType)
	if b, ok := t.Interp.Builtins.GetStr(runtime.Intern("open")); ok {
		m.Dict.SetStr(t, runtime.Intern("open"), b)
	}
	return m, nil
}
