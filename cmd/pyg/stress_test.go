package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestStress runs the thread stress programs testdata/threads/stress_*.py
// (goldens recorded from CPython 3.13) in both modes with a Go-level time
// limit, so that a deadlock fails the test instead of hanging. Run it under
// the race detector many times: go test -race -run Stress -count=20 ./cmd/pyg
func TestStress(t *testing.T) {
	progs, err := filepath.Glob(filepath.Join(testdataDir, "threads", "stress_*.py"))
	if err != nil || len(progs) == 0 {
		t.Fatalf("no stress programs: %v", err)
	}
	for _, path := range progs {
		data, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".golden")
		if err != nil {
			t.Fatal(err)
		}
		want, err := ParseGolden(string(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, mode := range []string{"--gil", "--nogil"} {
			code, stdout, stderr := runTimed(t, []string{mode, path}, 120*time.Second)
			checkNoGoCrash(t, mode, path, stderr)
			got := Golden{Exit: code, Stdout: normalize(stdout), Stderr: normalize(stderr)}
			if got != want {
				t.Errorf("%s %s: mismatch\n%s", mode, filepath.Base(path), diffGolden(want, got))
			}
		}
	}
}

// TestStressRefCount checks that the live reference total after a thread
// stress workload (testdata/refcount/_stress.py) is back to its baseline:
// the same for 0, 8 and 48 threads, in both modes.
func TestStressRefCount(t *testing.T) {
	if os.Getenv("PYG_STRESS_REFCOUNT") == "" {
		// Known leak (issue 8 report): every threading.Thread object leaks
		// about 7 references (16 once started), in both modes, so the total
		// grows with the number of threads. Set PYG_STRESS_REFCOUNT=1 to run.
		t.Skip("threading.Thread objects are never freed; set PYG_STRESS_REFCOUNT=1 to check")
	}
	prog := filepath.Join(testdataDir, "refcount", "_stress.py")
	re := regexp.MustCompile(`\[(\d+) refs\]\n$`)
	for _, mode := range []string{"--gil", "--nogil"} {
		var totals []string
		for _, n := range []string{"0", "8", "48"} {
			var stdout, stderr bytes.Buffer
			code := Main([]string{mode, "-X", "showrefcount", prog, n}, strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
			if code != 0 {
				t.Fatalf("%s n=%s: exit %d: %s", mode, n, code, stderr.String())
			}
			m := re.FindStringSubmatch(stderr.String())
			if m == nil {
				t.Fatalf("%s n=%s: no [N refs] line in stderr %q", mode, n, stderr.String())
			}
			totals = append(totals, m[1])
		}
		if totals[0] != totals[1] || totals[1] != totals[2] {
			t.Errorf("%s: reference totals after 0, 8, 48 threads differ: %v", mode, totals)
		}
	}
}
