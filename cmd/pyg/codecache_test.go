package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCodeCache runs programs that import embedded and file modules through
// a code cache: the first run writes the entries, the second uses them and
// prints the same; -B (PYTHONDONTWRITEBYTECODE) writes entries for embedded
// modules only.
func TestCodeCache(t *testing.T) {
	work := t.TempDir()
	mod := filepath.Join(work, "helper_mod.py")
	if err := os.WriteFile(mod, []byte("def twice(x):\n    return [x, x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(work, "main.py")
	src := `import threading, queue, json, helper_mod
q = queue.Queue()
t = threading.Thread(target=lambda: q.put(json.dumps(helper_mod.twice(3))))
t.start(); t.join()
print(q.get(), threading.current_thread().name)
`
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(env map[string]string, args ...string) string {
		var out, errb bytes.Buffer
		code := Main(append(args, prog), strings.NewReader(""), &out, &errb, func(k string) string { return env[k] })
		if code != 0 || errb.Len() > 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		return out.String()
	}
	entries := func(dir string) int {
		m, _ := filepath.Glob(filepath.Join(dir, "*.pygc"))
		return len(m)
	}
	const want = "[3, 3] MainThread\n"

	cache := filepath.Join(work, "cache")
	env := map[string]string{"PYG_CACHE_DIR": cache}
	for i := 0; i < 2; i++ {
		if got := run(env); got != want {
			t.Fatalf("run %d printed %q", i, got)
		}
	}
	all := entries(cache)
	if all < 4 { // threading, queue, json (a package: several files), helper_mod
		t.Fatalf("%d cache entries", all)
	}

	noWrite := filepath.Join(work, "cache-B")
	if got := run(map[string]string{"PYG_CACHE_DIR": noWrite}, "-B"); got != want {
		t.Fatalf("-B printed %q", got)
	}
	if got := run(map[string]string{"PYG_CACHE_DIR": noWrite, "PYTHONDONTWRITEBYTECODE": "1"}); got != want {
		t.Fatalf("PYTHONDONTWRITEBYTECODE printed %q", got)
	}
	if n := entries(noWrite); n != all-1 {
		t.Fatalf("-B: %d entries, want %d (all but the file module's)", n, all-1)
	}

	// A stale entry (the module changed) is recompiled, not used.
	if err := os.WriteFile(mod, []byte("def twice(x):\n    return [x, x, x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := run(env); got != "[3, 3, 3] MainThread\n" {
		t.Fatalf("after the module changed: %q", got)
	}
	if got := run(map[string]string{"PYG_CACHE_DIR": "off"}); got != "[3, 3, 3] MainThread\n" {
		t.Fatalf("without a cache: %q", got)
	}
}
