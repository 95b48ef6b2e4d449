package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
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
// stress workload (testdata/refcount/_stress.py) is back to its baseline: the
// same for 0, 10 and 200 threads, in both modes, and that the workload's
// results are right (every thread kept its thread-local attributes, every
// escaping exception was reported).
func TestStressRefCount(t *testing.T) {
	prog := filepath.Join(testdataDir, "refcount", "_stress.py")
	re := regexp.MustCompile(`\[(\d+) refs\]\n$`)
	for _, mode := range []string{"--gil", "--nogil"} {
		var totals []string
		for _, n := range []int{0, 10, 200} {
			var stdout, stderr bytes.Buffer
			code := Main([]string{mode, "-X", "showrefcount", prog, strconv.Itoa(n)}, strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
			if code != 0 {
				t.Fatalf("%s n=%d: exit %d: %s", mode, n, code, stderr.String())
			}
			// 200 items in each of 3 containers per thread; threads 1, 4,
			// 7... raise an exception that threading.excepthook reports.
			if want := fmt.Sprintf("%d %d\n", 600*n, (n+1)/3); stdout.String() != want {
				t.Errorf("%s n=%d: stdout %q, want %q", mode, n, stdout.String(), want)
			}
			m := re.FindStringSubmatch(stderr.String())
			if m == nil {
				t.Fatalf("%s n=%d: no [N refs] line in stderr %q", mode, n, stderr.String())
			}
			totals = append(totals, m[1])
		}
		if totals[0] != totals[1] || totals[1] != totals[2] {
			t.Errorf("%s: reference totals after 0, 10, 200 threads differ: %v", mode, totals)
		}
	}
}
