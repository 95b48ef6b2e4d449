package stdlib

import (
	"embed"
	"io/fs"
	"strings"

	"pyg/runtime"
	mathmod "pyg/stdlib/math"
)

//go:embed all:lib
var libFS embed.FS

// Register adds the standard library to in's module registry.
func Register(in *runtime.Interpreter) {
	for name, build := range native {
		in.NativeModules[name] = build
	}
	_ = fs.WalkDir(libFS, "lib", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := libFS.ReadFile(path)
		if err != nil {
			return nil
		}
		name := strings.TrimSuffix(strings.TrimPrefix(path, "lib/"), ".py")
		name = strings.TrimSuffix(name, "/__init__")
		in.SourceModules[strings.ReplaceAll(name, "/", ".")] = src
		return nil
	})
}

// native lists the Go-implemented modules by import name.
var native = map[string]func(t *runtime.Thread) (*runtime.Module, error){
	"time":    newTime,
	"math":    mathmod.New,
	"_thread": newThreadModule,
}

// addFuncs stores Go functions in a module's dict.
func addFuncs(t *runtime.Thread, m *runtime.Module, fns map[string]runtime.BuiltinFn) {
	for name, fn := range fns {
		b := runtime.NewBuiltin(name, fn)
		b.Module = m.Name
		m.Dict.SetStr(t, runtime.Intern(name), b)
	}
}
