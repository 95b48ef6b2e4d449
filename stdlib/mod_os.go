package stdlib

import (
	"crypto/rand"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	rt "pyg/runtime"
)

// The os and os.path modules (POSIX).

func init() { native["os"] = newOS }

type fn = rt.BuiltinFn

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func strerror(code int) string {
	if code <= 0 || code > 133 {
		return "Unknown error " + rt.IntToString(rt.Int(code))
	}
	return capitalize(syscall.Errno(code).Error())
}

func errnoType(code int) *rt.Type {
	switch syscall.Errno(code) {
	case syscall.ENOENT:
		return rt.FileNotFoundErrorType
	case syscall.EEXIST:
		return rt.FileExistsErrorType
	case syscall.EACCES, syscall.EPERM:
		return rt.PermissionErrorType
	case syscall.EISDIR:
		return rt.IsADirectoryErrorType
	case syscall.ENOTDIR:
		return rt.NotADirectoryErrorType
	case syscall.EINTR:
		return rt.InterruptedErrorType
	case syscall.ECHILD:
		return rt.ChildProcessErrorType
	case syscall.ESRCH:
		return rt.ProcessLookupErrorType
	case syscall.ETIMEDOUT:
		return rt.TimeoutErrorType
	case syscall.EPIPE:
		return rt.BrokenPipeErrorType
	case syscall.EAGAIN:
		return rt.BlockingIOErrorType
	}
	return rt.OSErrorType
}

// osError converts a Go error into the matching OSError subclass.
func osError(t *rt.Thread, err error, paths ...string) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return rt.Errorf(t, rt.OSErrorType, "%s", err.Error())
	}
	code := int(errno)
	args := []rt.Object{rt.Int(code), rt.NewStr(strerror(code))}
	if len(paths) > 0 {
		args = append(args, rt.NewStr(paths[0]))
	}
	if len(paths) > 1 {
		args = append(args, rt.None, rt.NewStr(paths[1]))
	}
	return rt.NewException(t, errnoType(code), args...)
}

// fspath implements os.fspath for str (and bytes) paths.
func fspath(t *rt.Thread, o rt.Object) (string, error) {
	switch v := o.(type) {
	case *rt.Str:
		return v.String(), nil
	case *rt.Bytes:
		return string(v.B), nil
	}
	if o.Type().Lookup(rt.Intern("__fspath__")) != nil {
		r, err := rt.CallMethod(t, o, "__fspath__")
		if err != nil {
			return "", err
		}
		if s, ok := r.(*rt.Str); ok {
			return s.String(), nil
		}
		return "", rt.Errorf(t, rt.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", rt.TypeName(o), rt.TypeName(r))
	}
	return "", rt.Errorf(t, rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(o))
}

func pathArg(t *rt.Thread, name string, args []rt.Object, kw []string, min, max int) ([]string, error) {
	if err := rt.CheckArgs(t, name, args, kw, min, max); err != nil {
		return nil, err
	}
	out := make([]string, len(args))
	for i, a := range args {
		s, err := fspath(t, a)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

// statResult is os.stat_result.
type statResult struct {
	rt.Header
	fields map[string]rt.Object
	seq    []rt.Object
}

var statResultType = newModType("stat_result", "os")

func (*statResult) Type() *rt.Type { return statResultType }

func newStat(t *rt.Thread, fi fs.FileInfo) *statResult {
	st := &statResult{fields: map[string]rt.Object{}}
	mode := int64(fi.Mode().Perm())
	switch {
	case fi.IsDir():
		mode |= syscall.S_IFDIR
	case fi.Mode()&fs.ModeSymlink != 0:
		mode |= syscall.S_IFLNK
	case fi.Mode().IsRegular():
		mode |= syscall.S_IFREG
	}
	var ino, dev, nlink, uid, gid int64
	atime, ctime := fi.ModTime(), fi.ModTime()
	if s, ok := fi.Sys().(*syscall.Stat_t); ok {
		mode = int64(s.Mode)
		ino, dev, nlink, uid, gid = int64(s.Ino), int64(s.Dev), int64(s.Nlink), int64(s.Uid), int64(s.Gid)
		atime = timeOf(s.Atim)
		ctime = timeOf(s.Ctim)
	}
	mt := fi.ModTime()
	st.seq = []rt.Object{rt.Int(mode), rt.Int(ino), rt.Int(dev), rt.Int(nlink), rt.Int(uid), rt.Int(gid), rt.Int(fi.Size()),
		rt.Int(atime.Unix()), rt.Int(mt.Unix()), rt.Int(ctime.Unix())}
	names := []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"}
	for i, n := range names {
		st.fields[n] = st.seq[i]
	}
	st.fields["st_atime"] = rt.Float(float64(atime.UnixNano()) / 1e9)
	st.fields["st_mtime"] = rt.Float(float64(mt.UnixNano()) / 1e9)
	st.fields["st_ctime"] = rt.Float(float64(ctime.UnixNano()) / 1e9)
	st.fields["st_atime_ns"] = rt.Int(atime.UnixNano())
	st.fields["st_mtime_ns"] = rt.Int(mt.UnixNano())
	st.fields["st_ctime_ns"] = rt.Int(ctime.UnixNano())
	return st
}

func init() {
	statResultType.GetAttr = func(t *rt.Thread, o rt.Object, name *rt.Str) (rt.Object, error) {
		if v, ok := o.(*statResult).fields[name.String()]; ok {
			return v, nil
		}
		return rt.GenericGetAttr(t, o, name, nil)
	}
	statResultType.Len = func(t *rt.Thread, o rt.Object) (int, error) { return len(o.(*statResult).seq), nil }
	statResultType.GetItem = func(t *rt.Thread, o, key rt.Object) (rt.Object, error) {
		i, err := rt.IndexInt(t, key)
		if err != nil {
			return nil, err
		}
		seq := o.(*statResult).seq
		if i < 0 {
			i += len(seq)
		}
		if i < 0 || i >= len(seq) {
			return nil, rt.Errorf(t, rt.IndexErrorType, "tuple index out of range")
		}
		return seq[i], nil
	}
	statResultType.Repr = func(t *rt.Thread, o rt.Object) (rt.Object, error) {
		st := o.(*statResult)
		names := []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"}
		parts := make([]string, len(names))
		for i, n := range names {
			parts[i] = n + "=" + rt.IntToString(st.seq[i])
		}
		return rt.NewStr("os.stat_result(" + strings.Join(parts, ", ") + ")"), nil
	}
}

// ---- posixpath ----

func pjoin(a string, ps ...string) string {
	path := a
	for _, b := range ps {
		if strings.HasPrefix(b, "/") {
			path = b
		} else if path == "" || strings.HasSuffix(path, "/") {
			path += b
		} else {
			path += "/" + b
		}
	}
	return path
}

func psplit(p string) (string, string) {
	i := strings.LastIndex(p, "/") + 1
	head, tail := p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func psplitext(p string) (string, string) {
	sep := strings.LastIndex(p, "/")
	dot := strings.LastIndex(p, ".")
	if dot > sep {
		for fi := sep + 1; fi < dot; fi++ {
			if p[fi] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

func pnormpath(path string) string {
	if path == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(path, "/") {
		initial = 1
		if strings.HasPrefix(path, "//") && !strings.HasPrefix(path, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(path, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

func pabspath(p string) string {
	if !strings.HasPrefix(p, "/") {
		cwd, err := os.Getwd()
		if err == nil {
			p = pjoin(cwd, p)
		}
	}
	return pnormpath(p)
}

func commonPrefix(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	p := ss[0]
	for _, s := range ss[1:] {
		i := 0
		for i < len(p) && i < len(s) && p[i] == s[i] {
			i++
		}
		p = p[:i]
	}
	// do not split a UTF-8 sequence
	for len(p) > 0 && !strings.HasPrefix(ss[0], p) {
		p = p[:len(p)-1]
	}
	return p
}

func expanduser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.Index(p, "/")
	if i < 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		home = os.Getenv("HOME")
		if home == "" {
			return p
		}
	} else {
		return p
	}
	home = strings.TrimRight(home, "/")
	if home == "" {
		home = "/"
	}
	return home + p[i:]
}

func newPathModule(t *rt.Thread) *rt.Module {
	m := rt.NewModule(t, "posixpath")
	str := func(s string) rt.Object { return rt.NewStr(s) }
	one := func(name string, f func(p string) rt.Object) fn {
		return func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			ps, err := pathArg(t, name, args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			return f(ps[0]), nil
		}
	}
	statPred := func(name string, f func(fi fs.FileInfo) bool, lstat bool) fn {
		return func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			if err := rt.CheckArgs(t, name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			p, err := fspath(t, args[0])
			if err != nil {
				return rt.False, nil
			}
			var fi fs.FileInfo
			if lstat {
				fi, err = os.Lstat(p)
			} else {
				fi, err = os.Stat(p)
			}
			return rt.NewBool(err == nil && f(fi)), nil
		}
	}
	statNum := func(name string, f func(fi fs.FileInfo) rt.Object) fn {
		return func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			ps, err := pathArg(t, name, args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			fi, err := os.Stat(ps[0])
			if err != nil {
				return nil, osError(t, err, ps[0])
			}
			return f(fi), nil
		}
	}
	addFuncs(t, m, map[string]fn{
		"join": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			if len(args) == 0 {
				return nil, rt.Errorf(t, rt.TypeErrorType, "join() missing 1 required positional argument: 'a'")
			}
			ps, err := pathArg(t, "join", args, kw, 1, 1<<30)
			if err != nil {
				return nil, err
			}
			return str(pjoin(ps[0], ps[1:]...)), nil
		},
		"basename": one("basename", func(p string) rt.Object { return str(p[strings.LastIndex(p, "/")+1:]) }),
		"dirname":  one("dirname", func(p string) rt.Object { h, _ := psplit(p); return str(h) }),
		"split": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			ps, err := pathArg(t, "split", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			h, tl := psplit(ps[0])
			return rt.NewTuple(t, []rt.Object{str(h), str(tl)}), nil
		},
		"splitext": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			ps, err := pathArg(t, "splitext", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			a, b := psplitext(ps[0])
			return rt.NewTuple(t, []rt.Object{str(a), str(b)}), nil
		},
		"normpath":   one("normpath", func(p string) rt.Object { return str(pnormpath(p)) }),
		"abspath":    one("abspath", func(p string) rt.Object { return str(pabspath(p)) }),
		"isabs":      one("isabs", func(p string) rt.Object { return rt.NewBool(strings.HasPrefix(p, "/")) }),
		"expanduser": one("expanduser", func(p string) rt.Object { return str(expanduser(p)) }),
		"expandvars": one("expandvars", func(p string) rt.Object {
			return str(os.Expand(p, func(k string) string {
				if v, ok := os.LookupEnv(k); ok {
					return v
				}
				return "$" + k
			}))
		}),
		"realpath": one("realpath", func(p string) rt.Object {
			a := pabspath(p)
			if r, err := filepath.EvalSymlinks(a); err == nil {
				return str(r)
			}
			return str(a)
		}),
		"exists":  statPred("exists", func(fs.FileInfo) bool { return true }, false),
		"lexists": statPred("lexists", func(fs.FileInfo) bool { return true }, true),
		"isfile":  statPred("isfile", func(fi fs.FileInfo) bool { return fi.Mode().IsRegular() }, false),
		"isdir":   statPred("isdir", func(fi fs.FileInfo) bool { return fi.IsDir() }, false),
		"islink":  statPred("islink", func(fi fs.FileInfo) bool { return fi.Mode()&fs.ModeSymlink != 0 }, true),
		"getsize": statNum("getsize", func(fi fs.FileInfo) rt.Object { return rt.Int(fi.Size()) }),
		"getmtime": statNum("getmtime", func(fi fs.FileInfo) rt.Object {
			return rt.Float(float64(fi.ModTime().UnixNano()) / 1e9)
		}),
		"relpath": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var p, start rt.Object = nil, rt.None
			if err := rt.UnpackArgs(t, "relpath", args, kw, "path", &p, "start?", &start); err != nil {
				return nil, err
			}
			ps, err := fspath(t, p)
			if err != nil {
				return nil, err
			}
			if ps == "" {
				return nil, rt.Errorf(t, rt.ValueErrorType, "no path specified")
			}
			ss := "."
			if start != rt.None {
				if ss, err = fspath(t, start); err != nil {
					return nil, err
				}
			}
			split := func(s string) []string {
				var out []string
				for _, x := range strings.Split(pabspath(s), "/") {
					if x != "" {
						out = append(out, x)
					}
				}
				return out
			}
			sl, pl := split(ss), split(ps)
			i := 0
			for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
				i++
			}
			var rel []string
			for k := i; k < len(sl); k++ {
				rel = append(rel, "..")
			}
			rel = append(rel, pl[i:]...)
			if len(rel) == 0 {
				return str("."), nil
			}
			return str(pjoin(rel[0], rel[1:]...)), nil
		},
		"commonprefix": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			if err := rt.CheckArgs(t, "commonprefix", args, kw, 1, 1); err != nil {
				return nil, err
			}
			items, err := rt.IterateAll(t, args[0])
			if err != nil {
				return nil, err
			}
			ss := make([]string, len(items))
			for i, it := range items {
				if ss[i], err = fspath(t, it); err != nil {
					return nil, err
				}
			}
			return str(commonPrefix(ss)), nil
		},
	})
	for k, v := range map[string]rt.Object{"sep": str("/"), "curdir": str("."), "pardir": str(".."), "extsep": str("."),
		"pathsep": str(":"), "altsep": rt.None, "defpath": str("/bin:/usr/bin"), "devnull": str("/dev/null")} {
		m.Dict.SetStr(t, rt.Intern(k), v)
	}
	addPathExtras(t, m)
	return m
}

func newOS(t *rt.Thread) (*rt.Module, error) {
	m := rt.NewModule(t, "os")
	path := newPathModule(t)
	m.Dict.SetStr(t, rt.Intern("path"), path)
	if t.Interp.Modules != nil {
		t.Interp.Modules.SetStr(t, rt.NewStr("os.path"), path)
		t.Interp.Modules.SetStr(t, rt.NewStr("posixpath"), path)
	}
	env := rt.NewDict()
	for _, kv := range os.Environ() {
		if i := strings.IndexByte(kv, '='); i > 0 {
			if err := env.SetItem(t, rt.NewStr(kv[:i]), rt.NewStr(kv[i+1:])); err != nil {
				return nil, err
			}
		}
	}
	m.Dict.SetStr(t, rt.Intern("environ"), env)
	str := func(s string) rt.Object { return rt.NewStr(s) }
	for k, v := range map[string]rt.Object{"sep": str("/"), "curdir": str("."), "pardir": str(".."), "extsep": str("."),
		"pathsep": str(":"), "altsep": rt.None, "linesep": str("\n"), "name": str("posix"), "devnull": str("/dev/null"),
		"F_OK": rt.Int(0), "R_OK": rt.Int(4), "W_OK": rt.Int(2), "X_OK": rt.Int(1), "SEEK_SET": rt.Int(0), "SEEK_CUR": rt.Int(1), "SEEK_END": rt.Int(2),
		"O_RDONLY": rt.Int(0), "O_WRONLY": rt.Int(1), "O_RDWR": rt.Int(2), "O_CREAT": rt.Int(64), "O_TRUNC": rt.Int(512), "O_APPEND": rt.Int(1024), "O_EXCL": rt.Int(128)} {
		m.Dict.SetStr(t, rt.Intern(k), v)
	}
	m.Dict.SetStr(t, rt.Intern("error"), rt.OSErrorType)
	m.Dict.SetStr(t, rt.Intern("stat_result"), statResultType)
	noArgs := func(name string, f func() rt.Object) fn {
		return func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			if err := rt.CheckArgs(t, name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return f(), nil
		}
	}
	pathOp := func(name string, f func(p string) error) fn {
		return func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			ps, err := pathArg(t, name, args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			if err := f(ps[0]); err != nil {
				return nil, osError(t, err, ps[0])
			}
			return rt.None, nil
		}
	}
	twoPath := func(name string, f func(a, b string) error) fn {
		return func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			ps, err := pathArg(t, name, args, kw, 2, 2)
			if err != nil {
				return nil, err
			}
			if err := f(ps[0], ps[1]); err != nil {
				return nil, osError(t, err, ps[0], ps[1])
			}
			return rt.None, nil
		}
	}
	stat := func(name string, lstat bool) fn {
		return func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var p rt.Object
			var follow rt.Object = rt.True
			if err := rt.UnpackArgs(t, name, args, kw, "path", &p, "follow_symlinks?", &follow); err != nil {
				return nil, err
			}
			ps, err := fspath(t, p)
			if err != nil {
				return nil, err
			}
			var fi fs.FileInfo
			if lstat || follow == rt.False {
				fi, err = os.Lstat(ps)
			} else {
				fi, err = os.Stat(ps)
			}
			if err != nil {
				return nil, osError(t, err, ps)
			}
			return newStat(t, fi), nil
		}
	}
	addFuncs(t, m, map[string]fn{
		"getpid":            noArgs("getpid", func() rt.Object { return rt.Int(os.Getpid()) }),
		"getppid":           noArgs("getppid", func() rt.Object { return rt.Int(os.Getppid()) }),
		"getuid":            noArgs("getuid", func() rt.Object { return rt.Int(os.Getuid()) }),
		"getgid":            noArgs("getgid", func() rt.Object { return rt.Int(os.Getgid()) }),
		"cpu_count":         noArgs("cpu_count", func() rt.Object { return rt.Int(runtime.NumCPU()) }),
		"process_cpu_count": noArgs("process_cpu_count", func() rt.Object { return rt.Int(runtime.NumCPU()) }),
		"getcwd": noArgs("getcwd", func() rt.Object {
			d, _ := os.Getwd()
			return str(d)
		}),
		"chdir":   pathOp("chdir", os.Chdir),
		"remove":  pathOp("remove", func(p string) error { return syscall.Unlink(p) }),
		"unlink":  pathOp("unlink", func(p string) error { return syscall.Unlink(p) }),
		"rmdir":   pathOp("rmdir", func(p string) error { return syscall.Rmdir(p) }),
		"rename":  twoPath("rename", os.Rename),
		"replace": twoPath("replace", os.Rename),
		"stat":    stat("stat", false),
		"lstat":   stat("lstat", true),
		"fspath": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var p rt.Object
			if err := rt.UnpackArgs(t, "fspath", args, kw, "path", &p); err != nil {
				return nil, err
			}
			switch p.(type) {
			case *rt.Str, *rt.Bytes:
				return p, nil
			}
			s, err := fspath(t, p)
			if err != nil {
				return nil, err
			}
			return str(s), nil
		},
		"mkdir": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var p rt.Object
			mode := 0o777
			if err := rt.UnpackArgs(t, "mkdir", args, kw, "path", &p, "mode?", &mode); err != nil {
				return nil, err
			}
			ps, err := fspath(t, p)
			if err != nil {
				return nil, err
			}
			if err := syscall.Mkdir(ps, uint32(mode)); err != nil {
				return nil, osError(t, err, ps)
			}
			return rt.None, nil
		},
		"makedirs": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var p rt.Object
			mode := 0o777
			existOK := false
			if err := rt.UnpackArgs(t, "makedirs", args, kw, "name", &p, "mode?", &mode, "exist_ok?", &existOK); err != nil {
				return nil, err
			}
			ps, err := fspath(t, p)
			if err != nil {
				return nil, err
			}
			if fi, err := os.Stat(ps); err == nil {
				if existOK && fi.IsDir() {
					return rt.None, nil
				}
				return nil, osError(t, syscall.EEXIST, ps)
			}
			if err := os.MkdirAll(ps, fs.FileMode(mode)); err != nil {
				return nil, osError(t, err, ps)
			}
			return rt.None, nil
		},
		"listdir": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var p rt.Object = rt.None
			if err := rt.UnpackArgs(t, "listdir", args, kw, "path?", &p); err != nil {
				return nil, err
			}
			ps := "."
			if p != rt.None {
				var err error
				if ps, err = fspath(t, p); err != nil {
					return nil, err
				}
			}
			var names []string
			var err error
			t.Blocking(func() {
				var f *os.File
				if f, err = os.Open(ps); err == nil {
					names, err = f.Readdirnames(-1)
					f.Close()
				}
			})
			if err != nil {
				return nil, osError(t, err, ps)
			}
			out := make([]rt.Object, len(names))
			for i, n := range names {
				out[i] = str(n)
			}
			return rt.NewList(t, out), nil
		},
		"walk": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var top rt.Object
			topdown := true
			var onerror rt.Object = rt.None
			followlinks := false
			if err := rt.UnpackArgs(t, "walk", args, kw, "top", &top, "topdown?", &topdown, "onerror?", &onerror, "followlinks?", &followlinks); err != nil {
				return nil, err
			}
			ts, err := fspath(t, top)
			if err != nil {
				return nil, err
			}
			var out []rt.Object
			var walk func(dir string)
			walk = func(dir string) {
				ents, err := os.ReadDir(dir)
				if err != nil {
					return
				}
				var dirs, files []rt.Object
				var sub []string
				for _, e := range ents {
					isDir := e.IsDir()
					if e.Type()&fs.ModeSymlink != 0 {
						if fi, err := os.Stat(pjoin(dir, e.Name())); err == nil && fi.IsDir() {
							isDir = true
						}
					}
					if isDir {
						dirs = append(dirs, str(e.Name()))
						if e.Type()&fs.ModeSymlink == 0 || followlinks {
							sub = append(sub, pjoin(dir, e.Name()))
						}
					} else {
						files = append(files, str(e.Name()))
					}
				}
				entry := rt.NewTuple(t, []rt.Object{str(dir), rt.NewList(t, dirs), rt.NewList(t, files)})
				if topdown {
					out = append(out, entry)
				}
				for _, s := range sub {
					walk(s)
				}
				if !topdown {
					out = append(out, entry)
				}
			}
			walk(ts)
			return rt.Iter(t, rt.NewList(t, out))
		},
		"getenv": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var key string
			var def rt.Object = rt.None
			if err := rt.UnpackArgs(t, "getenv", args, kw, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			if v, ok, err := env.GetItem(t, rt.NewStr(key)); err != nil || ok {
				return v, err
			}
			return def, nil
		},
		"putenv": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var k, v string
			if err := rt.UnpackArgs(t, "putenv", args, kw, "name", &k, "value", &v); err != nil {
				return nil, err
			}
			os.Setenv(k, v)
			return rt.None, nil
		},
		"unsetenv": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var k string
			if err := rt.UnpackArgs(t, "unsetenv", args, kw, "name", &k); err != nil {
				return nil, err
			}
			os.Unsetenv(k)
			return rt.None, nil
		},
		"urandom": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			if err := rt.CheckArgs(t, "urandom", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := rt.IndexInt(t, args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, rt.Errorf(t, rt.ValueErrorType, "negative argument not allowed")
			}
			b := make([]byte, n)
			rand.Read(b)
			return rt.NewBytes(b), nil
		},
		"strerror": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			if err := rt.CheckArgs(t, "strerror", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := rt.IndexInt(t, args[0])
			if err != nil {
				return nil, err
			}
			return str(strerror(n)), nil
		},
		"_exit": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			if err := rt.CheckArgs(t, "_exit", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := rt.IndexInt(t, args[0])
			if err != nil {
				return nil, err
			}
			os.Exit(n)
			return rt.None, nil
		},
		"access": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var p rt.Object
			var mode int
			if err := rt.UnpackArgs(t, "access", args, kw, "path", &p, "mode", &mode); err != nil {
				return nil, err
			}
			ps, err := fspath(t, p)
			if err != nil {
				return nil, err
			}
			return rt.NewBool(syscall.Access(ps, uint32(mode)) == nil), nil
		},
	})
	addOSExtras(t, m)
	return m, nil
}

func timeOf(ts syscall.Timespec) time.Time { return time.Unix(ts.Sec, ts.Nsec) }
