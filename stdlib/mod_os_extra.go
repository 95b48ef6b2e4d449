package stdlib

import (
	"io/fs"
	"os"
	"strings"
	"syscall"

	rt "pyg/runtime"
)

// More of os and os.path: commonpath, splitdrive, normcase, samefile,
// scandir (with os.DirEntry) and removedirs.

func addPathExtras(t *rt.Thread, m *rt.Module) {
	str := func(s string) rt.Object { return rt.NewStr(s) }
	addFuncs(t, m, map[string]fn{
		"commonpath": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			if err := rt.CheckArgs(t, "commonpath", args, kw, 1, 1); err != nil {
				return nil, err
			}
			items, err := rt.IterateAll(t, args[0])
			if err != nil {
				return nil, err
			}
			if len(items) == 0 {
				return nil, rt.Errorf(t, rt.ValueErrorType, "commonpath() arg is an empty sequence")
			}
			var split [][]string
			abs := false
			for i, it := range items {
				p, err := fspath(t, it)
				if err != nil {
					return nil, err
				}
				a := strings.HasPrefix(p, "/")
				if i == 0 {
					abs = a
				} else if a != abs {
					return nil, rt.Errorf(t, rt.ValueErrorType, "Can't mix absolute and relative paths")
				}
				var comps []string
				for _, c := range strings.Split(p, "/") {
					if c != "" && c != "." {
						comps = append(comps, c)
					}
				}
				split = append(split, comps)
			}
			common := split[0]
			for _, s := range split[1:] {
				n := 0
				for n < len(common) && n < len(s) && common[n] == s[n] {
					n++
				}
				common = common[:n]
			}
			prefix := ""
			if abs {
				prefix = "/"
			}
			return str(prefix + strings.Join(common, "/")), nil
		},
		"splitdrive": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			ps, err := pathArg(t, "splitdrive", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			return rt.NewTuple(t, []rt.Object{str(""), str(ps[0])}), nil
		},
		"normcase": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			if err := rt.CheckArgs(t, "normcase", args, kw, 1, 1); err != nil {
				return nil, err
			}
			switch args[0].(type) {
			case *rt.Str, *rt.Bytes:
				return args[0], nil
			}
			p, err := fspath(t, args[0])
			if err != nil {
				return nil, err
			}
			return str(p), nil
		},
		"samefile": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			ps, err := pathArg(t, "samefile", args, kw, 2, 2)
			if err != nil {
				return nil, err
			}
			a, err := os.Stat(ps[0])
			if err != nil {
				return nil, osError(t, err, ps[0])
			}
			b, err := os.Stat(ps[1])
			if err != nil {
				return nil, osError(t, err, ps[1])
			}
			return rt.NewBool(os.SameFile(a, b)), nil
		},
	})
}

// dirEntry is os.DirEntry.
type dirEntry struct {
	rt.Header
	name, path string
	ent        fs.DirEntry
}

// scandirIter is the iterator os.scandir returns.
type scandirIter struct {
	rt.Header
	dir  string
	ents []fs.DirEntry
	i    int
}

var (
	dirEntryType    = newModType("DirEntry", "posix")
	scandirIterType = newModType("ScandirIterator", "posix")
)

func (*dirEntry) Type() *rt.Type    { return dirEntryType }
func (*scandirIter) Type() *rt.Type { return scandirIterType }

func init() {
	de := dirEntryType
	de.AddGetSet("name", func(t *rt.Thread, o rt.Object) (rt.Object, error) { return rt.NewStr(o.(*dirEntry).name), nil }, nil)
	de.AddGetSet("path", func(t *rt.Thread, o rt.Object) (rt.Object, error) { return rt.NewStr(o.(*dirEntry).path), nil }, nil)
	de.Repr = func(t *rt.Thread, o rt.Object) (rt.Object, error) {
		return rt.NewStr("<DirEntry " + pyQuote(t, o.(*dirEntry).name) + ">"), nil
	}
	followArg := func(t *rt.Thread, name string, args []rt.Object, kw []string) (bool, error) {
		follow := true
		err := rt.UnpackArgs(t, name, args, kw, "$follow_symlinks?", &follow)
		return follow, err
	}
	info := func(t *rt.Thread, e *dirEntry, follow bool) (fs.FileInfo, error) {
		if follow {
			return os.Stat(e.path)
		}
		return os.Lstat(e.path)
	}
	de.AddMethod("is_dir", rt.InstanceMethod, func(t *rt.Thread, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		follow, err := followArg(t, "is_dir", args, kw)
		if err != nil {
			return nil, err
		}
		fi, err := info(t, self.(*dirEntry), follow)
		return rt.NewBool(err == nil && fi.IsDir()), nil
	})
	de.AddMethod("is_file", rt.InstanceMethod, func(t *rt.Thread, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		follow, err := followArg(t, "is_file", args, kw)
		if err != nil {
			return nil, err
		}
		fi, err := info(t, self.(*dirEntry), follow)
		return rt.NewBool(err == nil && fi.Mode().IsRegular()), nil
	})
	de.AddMethod("is_symlink", rt.InstanceMethod, func(t *rt.Thread, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		return rt.NewBool(self.(*dirEntry).ent.Type()&fs.ModeSymlink != 0), nil
	})
	de.AddMethod("stat", rt.InstanceMethod, func(t *rt.Thread, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		follow, err := followArg(t, "stat", args, kw)
		if err != nil {
			return nil, err
		}
		e := self.(*dirEntry)
		fi, err := info(t, e, follow)
		if err != nil {
			return nil, osError(t, err, e.path)
		}
		return newStat(t, fi), nil
	})
	de.AddMethod("inode", rt.InstanceMethod, func(t *rt.Thread, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		e := self.(*dirEntry)
		if fi, err := os.Lstat(e.path); err == nil {
			if s, ok := fi.Sys().(*syscall.Stat_t); ok {
				return rt.Int(int64(s.Ino)), nil
			}
		}
		return rt.Int(0), nil
	})
	de.AddMethod("__fspath__", rt.InstanceMethod, func(t *rt.Thread, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		return rt.NewStr(self.(*dirEntry).path), nil
	})

	si := scandirIterType
	si.Iter = func(t *rt.Thread, o rt.Object) (rt.Object, error) { return o, nil }
	si.Next = func(t *rt.Thread, o rt.Object) (rt.Object, error) {
		it := o.(*scandirIter)
		if it.i >= len(it.ents) {
			return nil, nil
		}
		e := it.ents[it.i]
		it.i++
		return &dirEntry{name: e.Name(), path: pjoin(it.dir, e.Name()), ent: e}, nil
	}
	closeFn := func(t *rt.Thread, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		it := self.(*scandirIter)
		it.i = len(it.ents)
		return rt.None, nil
	}
	si.AddMethod("close", rt.InstanceMethod, closeFn)
	si.AddMethod("__exit__", rt.InstanceMethod, closeFn)
	si.AddMethod("__enter__", rt.InstanceMethod, func(t *rt.Thread, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		return self, nil
	})
}

func addOSExtras(t *rt.Thread, m *rt.Module) {
	addFuncs(t, m, map[string]fn{
		"scandir": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			var p rt.Object = rt.None
			if err := rt.UnpackArgs(t, "scandir", args, kw, "path?", &p); err != nil {
				return nil, err
			}
			ps := "."
			if p != rt.None {
				var err error
				if ps, err = fspath(t, p); err != nil {
					return nil, err
				}
			}
			var ents []fs.DirEntry
			var err error
			t.Blocking(func() { ents, err = os.ReadDir(ps) })
			if err != nil {
				return nil, osError(t, err, ps)
			}
			dir := ps
			if p == rt.None {
				dir = ""
			}
			return &scandirIter{dir: dir, ents: ents}, nil
		},
		"removedirs": func(t *rt.Thread, args []rt.Object, kw []string) (rt.Object, error) {
			ps, err := pathArg(t, "removedirs", args, kw, 1, 1)
			if err != nil {
				return nil, err
			}
			name := ps[0]
			if err := syscall.Rmdir(name); err != nil {
				return nil, osError(t, err, name)
			}
			head, tail := psplit(name)
			if tail == "" {
				head, tail = psplit(head)
			}
			for head != "" && tail != "" {
				if syscall.Rmdir(head) != nil {
					break
				}
				head, tail = psplit(head)
			}
			return rt.None, nil
		},
	})
}
