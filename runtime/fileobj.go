package runtime

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"unicode/utf8"
)

// FileObj is a file object returned by open() (text or binary) and the
// stream objects of sys.stdin, sys.stdout and sys.stderr. Writes are not
// buffered by pyg (what is written reaches the file or the Go writer at
// once); reads go through a bufio.Reader.
//
// The Go state is guarded by mu, which is only taken inside t.Blocking (the
// I/O runs with the GIL released, and a thread never waits for mu while
// holding the GIL).
type FileObj struct {
	Header
	typ      *Type
	mu       sync.Mutex
	f        *os.File // nil for streams
	r        *bufio.Reader
	w        io.Writer
	name     Object
	mode     string
	encoding string
	binary   bool
	readable bool
	writable bool
	stream   bool // wraps the interpreter's streams: close does not close them
	fd       int
	closed   atomic.Bool
}

// The file types (module _io).
var (
	FileTextType           = NewBuiltinType("TextIOWrapper", "_io", nil, 0)
	FileBufferedReaderType = NewBuiltinType("BufferedReader", "_io", nil, 0)
	FileBufferedWriterType = NewBuiltinType("BufferedWriter", "_io", nil, 0)
	FileBufferedRandomType = NewBuiltinType("BufferedRandom", "_io", nil, 0)
)

// UnsupportedOperationType is io.UnsupportedOperation (an OSError and a ValueError).
var UnsupportedOperationType = &Type{Name: "UnsupportedOperation", QualName: "UnsupportedOperation", Module: "io",
	Base: OSErrorType, Bases: []*Type{OSErrorType, ValueErrorType}, Flags: FlagBaseType | FlagException, Dict: NewDict()}

// Type returns the file's type.
func (f *FileObj) Type() *Type { return f.typ }

// NewTextStream returns a text stream object named name (e.g. "<stdout>")
// reading from r and/or writing to w (either may be nil), for sys.stdin,
// sys.stdout and sys.stderr.
func NewTextStream(name string, r io.Reader, w io.Writer) Object {
	f := &FileObj{typ: FileTextType, name: NewStr(name), encoding: "utf-8", stream: true, fd: -1}
	switch name {
	case "<stdin>":
		f.fd = 0
	case "<stdout>":
		f.fd = 1
	case "<stderr>":
		f.fd = 2
	}
	if r != nil {
		f.r = bufio.NewReader(r)
		f.readable = true
		f.mode = "r"
	}
	if w != nil {
		f.w = w
		f.writable = true
		f.mode = "w"
	}
	return f
}

func fileClosedErr(t *Thread) error {
	return Errorf(t, ValueErrorType, "I/O operation on closed file.")
}

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None).
func builtinOpen(t *Thread, args []Object, kw []string) (Object, error) {
	var file Object
	mode := "r"
	var buffering int
	var encoding, errs, newline, closefd, opener Object = None, None, None, True, None
	if err := UnpackArgs(t, "open", args, kw, "file", &file, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errs, "newline?", &newline, "closefd?", &closefd, "opener?", &opener); err != nil {
		return nil, err
	}
	var reading, writing, appending, creating, updating, text, binary bool
	for i, c := range mode {
		if strings.ContainsRune(mode[i+utf8.RuneLen(c):], c) || !strings.ContainsRune("rwaxbt+", c) {
			return nil, Errorf(t, ValueErrorType, "invalid mode: '%s'", mode)
		}
		switch c {
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case 'x':
			creating = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		}
	}
	if text && binary {
		return nil, Errorf(t, ValueErrorType, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{reading, writing, appending, creating} {
		if b {
			n++
		}
	}
	if n != 1 {
		return nil, Errorf(t, ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	enc := "UTF-8"
	if encoding != None {
		s, ok := encoding.(*Str)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "open() argument 'encoding' must be str or None, not %s", TypeName(encoding))
		}
		if binary {
			return nil, Errorf(t, ValueErrorType, "binary mode doesn't take an encoding argument")
		}
		enc = s.s
	}
	flags := 0
	switch {
	case reading:
		flags = os.O_RDONLY
	case writing:
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case appending:
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case creating:
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if updating {
		flags = flags&^(os.O_RDONLY|os.O_WRONLY) | os.O_RDWR
	}
	fo := &FileObj{mode: mode, encoding: enc, binary: binary, readable: reading || updating,
		writable: !reading || updating, name: file}
	switch {
	case binary && updating:
		fo.typ = FileBufferedRandomType
	case binary && reading:
		fo.typ = FileBufferedReaderType
	case binary:
		fo.typ = FileBufferedWriterType
	default:
		fo.typ = FileTextType
	}
	var osf *os.File
	var err error
	path := ""
	switch v := file.(type) {
	case *Str:
		path = v.s
		t.Blocking(func() {
			osf, err = os.OpenFile(path, flags, 0o666)
			if err == nil && reading {
				if st, serr := osf.Stat(); serr == nil && st.IsDir() {
					osf.Close()
					osf = nil
					err = &os.PathError{Op: "open", Path: path, Err: syscall.EISDIR}
				}
			}
		})
	case Int:
		osf = os.NewFile(uintptr(v), fmt.Sprint(int(v)))
		if osf == nil {
			return nil, Errorf(t, OSErrorType, "[Errno 9] Bad file descriptor")
		}
	default:
		if b, ok := BytesData(t, file); ok {
			path = string(b)
			t.Blocking(func() { osf, err = os.OpenFile(path, flags, 0o666) })
		} else {
			return nil, Errorf(t, TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeName(file))
		}
	}
	if err != nil {
		return nil, OSErrorFromGo(t, err, path)
	}
	fo.f = osf
	fo.fd = int(osf.Fd())
	fo.w = osf
	if fo.readable {
		fo.r = bufio.NewReader(osf)
	}
	t.Incref(file)
	return fo, nil
}

// fileErr converts a Go I/O error.
func (f *FileObj) fileErr(t *Thread, err error) error {
	if errors.Is(err, os.ErrClosed) {
		return fileClosedErr(t)
	}
	return OSErrorFromGo(t, err, "")
}

func (f *FileObj) check(t *Thread, read bool) error {
	if f.closed.Load() {
		return fileClosedErr(t)
	}
	if read && !f.readable {
		return NewException(t, UnsupportedOperationType, NewStr("not readable"))
	}
	if !read && !f.writable {
		return NewException(t, UnsupportedOperationType, NewStr("not writable"))
	}
	return nil
}

// syncForWrite drops read-ahead so the OS position matches the logical one
// (files opened for update). Call with mu held.
func (f *FileObj) syncForWrite() {
	if f.r != nil && f.f != nil && f.r.Buffered() > 0 {
		f.f.Seek(int64(-f.r.Buffered()), io.SeekCurrent)
		f.r.Reset(f.f)
	}
}

func (f *FileObj) writeBytes(t *Thread, b []byte) error {
	if err := f.check(t, false); err != nil {
		return err
	}
	var err error
	t.Blocking(func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.syncForWrite()
		_, err = f.w.Write(b)
	})
	if err != nil {
		return f.fileErr(t, err)
	}
	return nil
}

// writeString writes text; it returns the number of characters written.
func (f *FileObj) writeString(t *Thread, s string) (int, error) {
	var data []byte
	if isUTF8Name(f.encoding) {
		data = []byte(s)
	} else {
		b, err := EncodeStr(t, NewStr(s), f.encoding, "strict")
		if err != nil {
			return 0, err
		}
		data = b
	}
	if err := f.writeBytes(t, data); err != nil {
		return 0, err
	}
	return utf8.RuneCountInString(s), nil
}

func isUTF8Name(enc string) bool {
	switch strings.ToLower(strings.ReplaceAll(enc, "_", "-")) {
	case "utf-8", "utf8", "":
		return true
	}
	return false
}

func (f *FileObj) flush(t *Thread) error {
	if f.closed.Load() {
		return fileClosedErr(t)
	}
	if fl, ok := f.w.(interface{ Flush() error }); ok {
		var err error
		t.Blocking(func() {
			f.mu.Lock()
			err = fl.Flush()
			f.mu.Unlock()
		})
		if err != nil {
			return f.fileErr(t, err)
		}
	}
	return nil
}

func (f *FileObj) decode(t *Thread, data []byte) (string, error) {
	if isUTF8Name(f.encoding) && utf8.Valid(data) {
		s := string(data)
		if strings.IndexByte(s, '\r') >= 0 {
			s = strings.ReplaceAll(s, "\r\n", "\n")
		}
		return s, nil
	}
	enc := f.encoding
	if enc == "" {
		enc = "utf-8"
	}
	s, err := DecodeBytes(t, data, enc, "strict")
	if err != nil {
		return "", err
	}
	return strings.ReplaceAll(s.s, "\r\n", "\n"), nil
}

// readRaw reads n bytes (n < 0: everything) from the reader.
func (f *FileObj) readRaw(t *Thread, n int) ([]byte, error) {
	if err := f.check(t, true); err != nil {
		return nil, err
	}
	var data []byte
	var err error
	t.Blocking(func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		if n < 0 {
			data, err = io.ReadAll(f.r)
			return
		}
		data = make([]byte, n)
		var m int
		m, err = io.ReadFull(f.r, data)
		data = data[:m]
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			err = nil
		}
	})
	if err != nil {
		return nil, f.fileErr(t, err)
	}
	return data, nil
}

// readChars reads n characters of text.
func (f *FileObj) readChars(t *Thread, n int) (string, error) {
	if err := f.check(t, true); err != nil {
		return "", err
	}
	var b strings.Builder
	var err error
	t.Blocking(func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		for i := 0; i < n; i++ {
			var r rune
			r, _, err = f.r.ReadRune()
			if err != nil {
				if err == io.EOF {
					err = nil
				}
				return
			}
			if r == '\r' {
				if nx, e := f.r.Peek(1); e == nil && nx[0] == '\n' {
					f.r.ReadByte()
					r = '\n'
				}
			}
			b.WriteRune(r)
		}
	})
	if err != nil {
		return "", f.fileErr(t, err)
	}
	return b.String(), nil
}

// readLineRaw reads up to and including the next newline (limit < 0: no
// limit on the number of bytes).
func (f *FileObj) readLineRaw(t *Thread, limit int) ([]byte, error) {
	if err := f.check(t, true); err != nil {
		return nil, err
	}
	var line []byte
	var err error
	t.Blocking(func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		if limit < 0 {
			line, err = f.r.ReadBytes('\n')
		} else {
			for len(line) < limit {
				var c byte
				c, err = f.r.ReadByte()
				if err != nil {
					break
				}
				line = append(line, c)
				if c == '\n' {
					break
				}
			}
		}
		if err == io.EOF {
			err = nil
		}
	})
	if err != nil {
		return nil, f.fileErr(t, err)
	}
	return line, nil
}

func (f *FileObj) readLine(t *Thread, limit int) (string, error) {
	b, err := f.readLineRaw(t, limit)
	if err != nil {
		return "", err
	}
	return f.decode(t, b)
}

func (f *FileObj) close(t *Thread) error {
	if f.closed.Swap(true) {
		return nil
	}
	var err error
	t.Blocking(func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		if fl, ok := f.w.(interface{ Flush() error }); ok {
			fl.Flush()
		}
		if f.f != nil && !f.stream {
			err = f.f.Close()
		}
	})
	if err != nil {
		return f.fileErr(t, err)
	}
	return nil
}

func (f *FileObj) seek(t *Thread, off int64, whence int) (int64, error) {
	if f.closed.Load() {
		return 0, fileClosedErr(t)
	}
	if f.f == nil {
		return 0, NewException(t, UnsupportedOperationType, NewStr("underlying stream is not seekable"))
	}
	if !f.binary && whence != 0 && off != 0 {
		if whence == 1 {
			return 0, NewException(t, UnsupportedOperationType, NewStr("can't do nonzero cur-relative seeks"))
		}
		return 0, NewException(t, UnsupportedOperationType, NewStr("can't do nonzero end-relative seeks"))
	}
	if whence < 0 || whence > 2 {
		return 0, Errorf(t, ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if whence == 0 && off < 0 {
		return 0, Errorf(t, ValueErrorType, "negative seek position %d", off)
	}
	var pos int64
	var err error
	t.Blocking(func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		if whence == 1 && f.r != nil {
			off -= int64(f.r.Buffered())
		}
		pos, err = f.f.Seek(off, whence)
		if f.r != nil {
			f.r.Reset(f.f)
		}
	})
	if err != nil {
		return 0, f.fileErr(t, err)
	}
	return pos, nil
}

func (f *FileObj) tell(t *Thread) (int64, error) {
	if f.closed.Load() {
		return 0, fileClosedErr(t)
	}
	if f.f == nil {
		return 0, NewException(t, UnsupportedOperationType, NewStr("underlying stream is not seekable"))
	}
	var pos int64
	var err error
	t.Blocking(func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		pos, err = f.f.Seek(0, io.SeekCurrent)
		if f.r != nil {
			pos -= int64(f.r.Buffered())
		}
	})
	if err != nil {
		return 0, f.fileErr(t, err)
	}
	return pos, nil
}

func fileSelf(o Object) *FileObj { return o.(*FileObj) }

func fileRepr(t *Thread, o Object) (Object, error) {
	f := fileSelf(o)
	var name string
	if f.name != nil {
		r, err := Repr(t, f.name)
		if err != nil {
			return nil, err
		}
		name = r.s
	}
	if f.binary {
		return NewStr(fmt.Sprintf("<_io.%s name=%s>", f.typ.Name, name)), nil
	}
	return NewStr(fmt.Sprintf("<_io.TextIOWrapper name=%s mode='%s' encoding='%s'>", name, f.mode, f.encoding)), nil
}

func fileNext(t *Thread, o Object) (Object, error) {
	f := fileSelf(o)
	if f.binary {
		b, err := f.readLineRaw(t, -1)
		if err != nil || len(b) == 0 {
			return nil, err
		}
		return NewBytes(b), nil
	}
	s, err := f.readLine(t, -1)
	if err != nil || s == "" {
		return nil, err
	}
	return NewStr(s), nil
}

func optSize(t *Thread, fname string, args []Object, kw []string) (int, error) {
	var size Object = None
	if err := UnpackArgs(t, fname, args, kw, "size?", &size); err != nil {
		return 0, err
	}
	if size == None {
		return -1, nil
	}
	return IndexInt(t, size)
}

func fileRead(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	f := fileSelf(self)
	n, err := optSize(t, "read", args, kw)
	if err != nil {
		return nil, err
	}
	if f.binary {
		b, err := f.readRaw(t, n)
		if err != nil {
			return nil, err
		}
		return NewBytes(b), nil
	}
	if n < 0 {
		b, err := f.readRaw(t, -1)
		if err != nil {
			return nil, err
		}
		s, err := f.decode(t, b)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	}
	s, err := f.readChars(t, n)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func fileReadline(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	f := fileSelf(self)
	n, err := optSize(t, "readline", args, kw)
	if err != nil {
		return nil, err
	}
	if f.binary {
		b, err := f.readLineRaw(t, n)
		if err != nil {
			return nil, err
		}
		return NewBytes(b), nil
	}
	s, err := f.readLine(t, n)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func fileReadlines(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	hint, err := optSize(t, "readlines", args, kw)
	if err != nil {
		return nil, err
	}
	var lines []Object
	total := 0
	for {
		v, err := fileNext(t, self)
		if err != nil {
			return nil, err
		}
		if v == nil {
			break
		}
		lines = append(lines, v)
		if hint > 0 {
			n, _ := Len(t, v)
			total += n
			if total >= hint {
				break
			}
		}
	}
	return NewList(t, lines), nil
}

func fileWrite(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	f := fileSelf(self)
	if err := CheckArgs(t, "write", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if f.binary {
		b, ok := BytesData(t, args[0])
		if !ok {
			return nil, Errorf(t, TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(args[0]))
		}
		if err := f.writeBytes(t, b); err != nil {
			return nil, err
		}
		return Int(len(b)), nil
	}
	s, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "write() argument must be str, not %s", TypeName(args[0]))
	}
	n, err := f.writeString(t, s.s)
	if err != nil {
		return nil, err
	}
	return Int(n), nil
}

func fileWritelines(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "writelines", args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return None, nil
		}
		if _, err := fileWrite(t, self, []Object{x}, nil); err != nil {
			return nil, err
		}
	}
}

func init() {
	u := UnsupportedOperationType
	u.MRO = []*Type{u, OSErrorType, ValueErrorType, ExceptionType, BaseExceptionType, ObjectType}
	u.New, u.Init, u.Repr, u.Str = excNew, excInit, excRepr, excStr
	u.GetAttr, u.SetAttr, u.Dealloc = excGetAttr, excSetAttr, excDealloc
	u.Hash, u.Compare = objectHash, objectCompare
	SetImmortal(u)

	for _, typ := range []*Type{FileTextType, FileBufferedReaderType, FileBufferedWriterType, FileBufferedRandomType} {
		typ.Repr = fileRepr
		typ.Iter = func(t *Thread, o Object) (Object, error) {
			if fileSelf(o).closed.Load() {
				return nil, fileClosedErr(t)
			}
			return o, nil
		}
		typ.Next = fileNext
		typ.Hash = objectHash
		typ.Dealloc = func(t *Thread, o Object) {
			f := fileSelf(o)
			if !f.stream {
				f.close(t)
			}
			if f.name != nil && !f.stream {
				t.Decref(f.name)
			}
		}
		typ.AddMethod("read", InstanceMethod, fileRead)
		typ.AddMethod("readline", InstanceMethod, fileReadline)
		typ.AddMethod("readlines", InstanceMethod, fileReadlines)
		typ.AddMethod("write", InstanceMethod, fileWrite)
		typ.AddMethod("writelines", InstanceMethod, fileWritelines)
		typ.AddMethod("close", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return None, fileSelf(self).close(t)
		})
		typ.AddMethod("flush", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return None, fileSelf(self).flush(t)
		})
		typ.AddMethod("seek", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			var off int64
			whence := 0
			if err := UnpackArgs(t, "seek", args, kw, "cookie", &off, "whence?", &whence); err != nil {
				return nil, err
			}
			pos, err := fileSelf(self).seek(t, off, whence)
			return Int(pos), err
		})
		typ.AddMethod("tell", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			pos, err := fileSelf(self).tell(t)
			return Int(pos), err
		})
		typ.AddMethod("truncate", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			f := fileSelf(self)
			if err := f.check(t, false); err != nil {
				return nil, err
			}
			var size Object = None
			if err := UnpackArgs(t, "truncate", args, kw, "pos?", &size); err != nil {
				return nil, err
			}
			var n int64
			if size == None {
				p, err := f.tell(t)
				if err != nil {
					return nil, err
				}
				n = p
			} else {
				v, err := IndexInt(t, size)
				if err != nil {
					return nil, err
				}
				n = int64(v)
			}
			var err error
			t.Blocking(func() {
				f.mu.Lock()
				defer f.mu.Unlock()
				if f.f != nil {
					err = f.f.Truncate(n)
				}
			})
			if err != nil {
				return nil, f.fileErr(t, err)
			}
			return Int(n), nil
		})
		typ.AddMethod("fileno", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			f := fileSelf(self)
			if f.closed.Load() {
				return nil, fileClosedErr(t)
			}
			if f.fd < 0 {
				return nil, NewException(t, UnsupportedOperationType, NewStr("fileno"))
			}
			return Int(f.fd), nil
		})
		typ.AddMethod("isatty", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			f := fileSelf(self)
			if f.closed.Load() {
				return nil, fileClosedErr(t)
			}
			var osf *os.File
			switch {
			case f.f != nil:
				osf = f.f
			case f.stream:
				if w, ok := f.w.(*os.File); ok {
					osf = w
				}
			}
			if osf == nil {
				return False, nil
			}
			st, err := osf.Stat()
			return NewBool(err == nil && st.Mode()&os.ModeCharDevice != 0), nil
		})
		typ.AddMethod("readable", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			f := fileSelf(self)
			if f.closed.Load() {
				return nil, fileClosedErr(t)
			}
			return NewBool(f.readable), nil
		})
		typ.AddMethod("writable", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			f := fileSelf(self)
			if f.closed.Load() {
				return nil, fileClosedErr(t)
			}
			return NewBool(f.writable), nil
		})
		typ.AddMethod("seekable", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			f := fileSelf(self)
			if f.closed.Load() {
				return nil, fileClosedErr(t)
			}
			return NewBool(f.f != nil), nil
		})
		typ.AddMethod("__enter__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if fileSelf(self).closed.Load() {
				return nil, fileClosedErr(t)
			}
			return self, nil
		})
		typ.AddMethod("__exit__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return None, fileSelf(self).close(t)
		})
		typ.AddGetSet("closed", func(t *Thread, self Object) (Object, error) {
			return NewBool(fileSelf(self).closed.Load()), nil
		}, nil)
		typ.AddGetSet("name", func(t *Thread, self Object) (Object, error) {
			return fileSelf(self).name, nil
		}, nil)
		typ.AddGetSet("mode", func(t *Thread, self Object) (Object, error) {
			return NewStr(fileSelf(self).mode), nil
		}, nil)
	}
	FileTextType.AddGetSet("encoding", func(t *Thread, self Object) (Object, error) {
		return NewStr(fileSelf(self).encoding), nil
	}, nil)
	FileTextType.AddGetSet("errors", func(t *Thread, self Object) (Object, error) {
		return NewStr("strict"), nil
	}, nil)
	FileTextType.AddGetSet("newlines", func(t *Thread, self Object) (Object, error) {
		return None, nil
	}, nil)
	FileTextType.AddGetSet("line_buffering", func(t *Thread, self Object) (Object, error) {
		return False, nil
	}, nil)
}
