package vm

import (
	"os"
	"path/filepath"
	"strings"

	"pyg/runtime"
)

// The importer: sys.modules, then the interpreter's native (Go) modules, then
// its embedded Python sources, then <dir>/name.py and <dir>/name/__init__.py
// for each directory of sys.path (or of the parent package's __path__).

// importName is IMPORT_NAME: `import a.b.c` (returns a) and `from a.b import
// x` (returns a.b, with the submodules named in fromlist imported).
func importName(t *runtime.Thread, f *Frame, name string, fromlist, level runtime.Object) (runtime.Object, error) {
	lvl := 0
	if l, ok := level.(runtime.Int); ok {
		lvl = int(l)
	}
	var globals *runtime.Dict
	if f != nil {
		globals = f.globals
	}
	return doImport(t, name, globals, fromlist, lvl)
}

// doImport is __import__(name, globals, locals, fromlist, level).
func doImport(t *runtime.Thread, name string, globals *runtime.Dict, fromlist runtime.Object, level int) (runtime.Object, error) {
	full := name
	if level > 0 {
		base, err := resolvePackage(t, globals, level)
		if err != nil {
			return nil, err
		}
		if name == "" {
			full = base
		} else {
			full = base + "." + name
		}
	} else if name == "" {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "Empty module name")
	}
	mod, err := importModule(t, full)
	if err != nil {
		return nil, err
	}
	var names []runtime.Object
	if tu, ok := fromlist.(*runtime.Tuple); ok {
		names = tu.Items
	} else if l, ok := fromlist.(*runtime.List); ok {
		names = l.Items
	}
	if len(names) == 0 {
		if level > 0 || !strings.Contains(full, ".") {
			if level > 0 && name != "" {
				// `import .x` is not valid syntax; return the top of name.
				top := full[:len(full)-len(name)] + strings.SplitN(name, ".", 2)[0]
				return importModule(t, top)
			}
			return mod, nil
		}
		return importModule(t, strings.SplitN(full, ".", 2)[0])
	}
	// from pkg import sub: import submodules that are not attributes yet.
	if _, err := runtime.GetAttr(t, mod, strPath); err == nil {
		for _, n := range names {
			s, ok := n.(*runtime.Str)
			if !ok || s.String() == "*" {
				continue
			}
			if _, err := runtime.GetAttr(t, mod, s); err == nil {
				continue
			}
			if _, err := importModule(t, full+"."+s.String()); err != nil {
				if e, ok := err.(*runtime.Exception); ok && e.Type() == runtime.ModuleNotFoundErrorType && moduleNotFoundName(t, e) == full+"."+s.String() {
					continue
				}
				return nil, err
			}
		}
	}
	return mod, nil
}

func moduleNotFoundName(t *runtime.Thread, e *runtime.Exception) string {
	if v, err := runtime.GetAttrString(t, e, "name"); err == nil {
		if s, ok := v.(*runtime.Str); ok {
			return s.String()
		}
	}
	return ""
}

// resolvePackage returns the package a relative import of the given level
// starts from (CPython's resolve_name).
func resolvePackage(t *runtime.Thread, globals *runtime.Dict, level int) (string, error) {
	pkg := ""
	if globals != nil {
		if p, ok := globals.GetStrT(t, strPackage); ok {
			if s, ok := p.(*runtime.Str); ok {
				pkg = s.String()
			}
		}
		if pkg == "" {
			if n, ok := globals.GetStrT(t, strName); ok {
				if s, ok := n.(*runtime.Str); ok {
					pkg = s.String()
					if _, isPkg := globals.GetStrT(t, strPath); !isPkg {
						if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
							pkg = pkg[:i]
						} else {
							pkg = ""
						}
					}
				}
			}
		}
	}
	if pkg == "" || pkg == "__main__" {
		return "", runtime.Errorf(t, runtime.ImportErrorType, "attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", runtime.Errorf(t, runtime.ImportErrorType, "attempted relative import beyond top-level package")
	}
	return strings.Join(parts[:len(parts)-(level-1)], "."), nil
}

// importModule imports the module called full (parents first) and returns it.
func importModule(t *runtime.Thread, full string) (runtime.Object, error) {
	in := t.Interp
	key := runtime.NewStr(full)
	if m, ok, _ := in.Modules.GetItem(t, key); ok {
		if m == runtime.None {
			return nil, runtime.Errorf(t, runtime.ModuleNotFoundErrorType, "import of %s halted; None in sys.modules", full)
		}
		return m, nil
	}
	var parent runtime.Object
	var searchPath []string
	last := full
	if i := strings.LastIndexByte(full, '.'); i >= 0 {
		var err error
		parent, err = importModule(t, full[:i])
		if err != nil {
			return nil, err
		}
		last = full[i+1:]
		// The parent's code may have imported us.
		if m, ok, _ := in.Modules.GetItem(t, key); ok {
			return m, nil
		}
		p, err := runtime.GetAttr(t, parent, strPath)
		if err != nil {
			return nil, notFound(t, full, "No module named '%s'; '%s' is not a package", full, full[:i])
		}
		searchPath = pathStrings(t, p)
	} else {
		searchPath = sysPath(t)
	}

	var mod runtime.Object
	var err error
	if build, ok := in.NativeModules[full]; ok {
		var m *runtime.Module
		m, err = build(t)
		if err == nil && m != nil {
			ownDict(t, m)
			mod = m
			in.Modules.SetItem(t, key, m)
		}
	} else if src, ok := in.SourceModules[full]; ok {
		isPkg := false
		for k := range in.SourceModules {
			if strings.HasPrefix(k, full+".") {
				isPkg = true
				break
			}
		}
		mod, err = execModule(t, full, "<frozen "+full+">", src, isPkg, "")
	} else {
		found := false
		for _, dir := range searchPath {
			file := filepath.Join(dir, last+".py")
			if src, e := os.ReadFile(file); e == nil {
				mod, err = execModule(t, full, file, src, false, "")
				found = true
				break
			}
			pkgDir := filepath.Join(dir, last)
			file = filepath.Join(pkgDir, "__init__.py")
			if src, e := os.ReadFile(file); e == nil {
				mod, err = execModule(t, full, file, src, true, pkgDir)
				found = true
				break
			}
		}
		if !found {
			return nil, notFound(t, full, "No module named '%s'", full)
		}
	}
	if err != nil {
		return nil, err
	}
	if parent != nil {
		if err := runtime.SetAttr(t, parent, runtime.NewStr(last), mod); err != nil {
			return nil, err
		}
	}
	return mod, nil
}

func notFound(t *runtime.Thread, name, format string, a ...any) error {
	e := runtime.Errorf(t, runtime.ModuleNotFoundErrorType, format, a...)
	_ = runtime.SetAttr(t, e, runtime.Intern("name"), runtime.NewStr(name))
	return e
}

// sysPath returns sys.path (the list in the sys module, else Interpreter.Path).
func sysPath(t *runtime.Thread) []string {
	if m, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("sys")); ok {
		if p, err := runtime.GetAttr(t, m, strPathAttr); err == nil {
			return pathStrings(t, p)
		}
	}
	return t.Interp.Path
}

var strPathAttr = runtime.Intern("path")

func pathStrings(t *runtime.Thread, p runtime.Object) []string {
	var out []string
	_ = iterate(t, p, func(v runtime.Object) error {
		if s, ok := v.(*runtime.Str); ok {
			out = append(out, s.String())
		}
		return nil
	})
	return out
}

// execModule creates module name, registers it in sys.modules and runs its source.
func execModule(t *runtime.Thread, name, file string, src []byte, isPkg bool, pkgDir string) (runtime.Object, error) {
	v, _ := t.Interp.Impl.(*VM)
	var code *Code
	var err error
	if v != nil {
		code, err = v.compileModule(src, file, strings.HasPrefix(file, "<frozen "))
		if err != nil {
			return nil, v.toPyError(t, err)
		}
	} else {
		return nil, runtime.Errorf(t, runtime.SystemErrorType, "no VM")
	}
	m := runtime.NewModule(t, name)
	ownDict(t, m)
	d := m.Dict
	if !strings.HasPrefix(file, "<") {
		d.SetStr(t, strFile, runtime.NewStr(file))
	}
	pkg := name
	if !isPkg {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	} else {
		var items []runtime.Object
		if pkgDir != "" {
			items = append(items, runtime.NewStr(pkgDir))
		}
		d.SetStr(t, strPath, runtime.NewList(t, items))
	}
	d.SetStr(t, strPackage, runtime.NewStr(pkg))
	d.SetStr(t, strSpec, runtime.None)
	d.SetStr(t, strDoc, runtime.None)
	if b, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("builtins")); ok {
		d.SetStr(t, strBuiltins, b)
	}
	key := runtime.NewStr(name)
	t.Interp.Modules.SetItem(t, key, m)
	v.initializing.Store(name, true)
	markTopLevel(code)
	_, err = runCode(t, code, d, d)
	v.initializing.Delete(name)
	if err != nil {
		t.Interp.Modules.DelItem(t, key)
		return nil, err
	}
	if mm, ok, _ := t.Interp.Modules.GetItem(t, key); ok {
		return mm, nil
	}
	return m, nil
}

// importFrom is IMPORT_FROM: module.name, falling back to the submodule
// module.name in sys.modules.
func importFrom(t *runtime.Thread, module runtime.Object, name *runtime.Str) (runtime.Object, error) {
	v, err := runtime.GetAttr(t, module, name)
	if err == nil {
		return v, nil
	}
	if e, ok := err.(*runtime.Exception); !ok || !e.Type().IsSubtype(runtime.AttributeErrorType) {
		return nil, err
	}
	modName := "<unknown module name>"
	if n, err := runtime.GetAttr(t, module, strName); err == nil {
		if s, ok := n.(*runtime.Str); ok {
			modName = s.String()
			if m, ok := t.Interp.Modules.GetStrT(t, runtime.NewStr(modName+"."+name.String())); ok {
				return m, nil
			}
		}
	}
	loc := "unknown location"
	if f, err := runtime.GetAttr(t, module, strFile); err == nil {
		if s, ok := f.(*runtime.Str); ok {
			loc = s.String()
		}
	}
	if vm, ok := t.Interp.Impl.(*VM); ok {
		if _, init := vm.initializing.Load(modName); init {
			return nil, runtime.Errorf(t, runtime.ImportErrorType, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, modName, loc)
		}
	}
	return nil, runtime.Errorf(t, runtime.ImportErrorType, "cannot import name '%s' from '%s' (%s)", name, modName, loc)
}

// importStar is IMPORT_STAR: copies module's public names (or __all__) into
// the frame's locals.
func importStar(t *runtime.Thread, f *Frame, module runtime.Object) error {
	dest := f.locals
	if dest == nil {
		dest = f.globals
	}
	var src *runtime.Dict
	if m, ok := module.(*runtime.Module); ok {
		src = m.Dict
	}
	if all, err := runtime.GetAttr(t, module, strAll); err == nil {
		return iterate(t, all, func(n runtime.Object) error {
			s, ok := n.(*runtime.Str)
			if !ok {
				return runtime.Errorf(t, runtime.TypeErrorType, "Item in %s.__all__ must be str, not %s", moduleName(module), runtime.TypeName(n))
			}
			v, err := runtime.GetAttr(t, module, s)
			if err != nil {
				return err
			}
			dest.SetStr(t, s, v)
			return nil
		})
	}
	if src == nil {
		return nil
	}
	keys, values := src.Items(t)
	for i, k := range keys {
		s, ok := k.(*runtime.Str)
		if !ok || strings.HasPrefix(s.String(), "_") {
			continue
		}
		dest.SetStr(t, s, values[i])
	}
	return nil
}

func moduleName(m runtime.Object) string {
	if mod, ok := m.(*runtime.Module); ok {
		return mod.Name
	}
	return "module"
}

// ownDict gives module m a counted reference to its namespace: the dict is
// shared with the functions defined in it (as __globals__) and must not be
// cleared when the last of them goes away while the module lives.
// TODO(lead): runtime.NewModule could own its dict as instances do.
func ownDict(t *runtime.Thread, m *runtime.Module) {
	t.Incref(m.Dict)
}
