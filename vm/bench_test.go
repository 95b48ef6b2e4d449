package vm

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"pyg/runtime"
	"pyg/stdlib"
)

// benchPrograms returns the yardstick programs by name: those in
// /work/shared/bench/programs when present, else the copy in testdata/bench.
func benchPrograms(b *testing.B) map[string][]byte {
	for _, dir := range []string{"/work/shared/bench/programs", "testdata/bench"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		if len(files) == 0 {
			continue
		}
		progs := map[string][]byte{}
		for _, f := range files {
			if src, err := os.ReadFile(f); err == nil {
				progs[strings.TrimSuffix(filepath.Base(f), ".py")] = src
			}
		}
		return progs
	}
	b.Skip("no benchmark programs (/work/shared/bench/programs or testdata/bench)")
	return nil
}

// BenchmarkRun runs every yardstick program in both modes:
// BenchmarkRun/{gil,nogil}/NAME. cpu_threads also runs with 2 threads
// (cpu_threads_2t). PYG_BENCH=a,b restricts the programs.
func BenchmarkRun(b *testing.B) {
	progs := benchPrograms(b)
	type job struct {
		name string
		src  []byte
		argv []string
	}
	var jobs []job
	for name, src := range progs {
		jobs = append(jobs, job{name, src, nil})
		if name == "cpu_threads" {
			jobs = append(jobs, job{name + "_2t", src, []string{"2"}})
		}
	}
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].name < jobs[j].name })
	only := map[string]bool{}
	if s := os.Getenv("PYG_BENCH"); s != "" {
		for _, n := range strings.Split(s, ",") {
			only[n] = true
		}
	}
	for _, mode := range []struct {
		name string
		ft   bool
	}{{"gil", false}, {"nogil", true}} {
		for _, j := range jobs {
			if len(only) > 0 && !only[j.name] {
				continue
			}
			b.Run(mode.name+"/"+j.name, func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					var errb strings.Builder
					v := New(Config{
						FreeThreaded: mode.ft,
						Argv:         append([]string{j.name + ".py"}, j.argv...),
						Stdin:        strings.NewReader(""),
						Stdout:       io.Discard,
						Stderr:       &errb,
						Setup:        func(t *runtime.Thread) { stdlib.Register(t.Interp) },
					})
					err := v.RunFile(j.name+".py", j.src)
					code := v.ExitCode(err)
					v.Close()
					if code != 0 {
						b.Fatalf("exit %d: %s", code, errb.String())
					}
				}
			})
		}
	}
}
