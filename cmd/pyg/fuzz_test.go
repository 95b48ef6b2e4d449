package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// fuzzMaxSteps and fuzzMaxMemory are the budgets FuzzRun runs programs under.
const (
	fuzzMaxSteps  = "20000"
	fuzzMaxMemory = "256M"
)

// fuzzUnsafe lists what a fuzzed program may not mention: blocking calls
// (a lock acquired twice waits forever, as in CPython), the file system,
// processes and signals. Such inputs are skipped, not failed.
var fuzzUnsafe = []string{
	"sleep", "wait", "acquire", "Lock", "Condition", "Semaphore", "Barrier",
	"Queue", "queue", "open", "os.", "import os", "from os", "signal",
	"subprocess", "shutil", "socket", "select", "import _", "__import__",
	"asyncio", "Event", "switchinterval",
}

// runBudgeted runs src in-process as `pyg MODE -X max_steps=... -c src` and
// returns its exit status and stderr (the tail of it), failing t when it
// takes longer than limit.
func runBudgeted(t testing.TB, mode, src string, limit time.Duration) (int, string) {
	stderr := &tailBuffer{max: 1 << 16}
	done := make(chan int, 1)
	go func() {
		done <- Main([]string{mode, "-X", "max_steps=" + fuzzMaxSteps, "-X", "max_memory=" + fuzzMaxMemory, "-c", src},
			strings.NewReader(""), io.Discard, stderr, func(string) string { return "" })
	}()
	select {
	case code := <-done:
		return code, stderr.String()
	case <-time.After(limit):
		t.Fatalf("%s: program still running after %v:\n%s", mode, limit, src)
		return 0, ""
	}
}

// checkNoGoCrash fails t when stderr shows a Go panic or stack trace.
func checkNoGoCrash(t testing.TB, mode, src, stderr string) {
	for _, bad := range []string{"panic:", "goroutine ", "internal error", "runtime error", ".go:"} {
		if strings.Contains(stderr, bad) {
			t.Fatalf("%s: stderr contains %q for program\n%q\nstderr:\n%s", mode, bad, src, stderr)
		}
	}
}

// FuzzRun runs whole programs under a step and memory budget: whatever the
// input, pyg must end with a Python exception or a clean exit, never a Go
// panic, a Go stack trace or a hang.
func FuzzRun(f *testing.F) {
	err := filepath.WalkDir(testdataDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		b, err := os.ReadFile(path)
		if err == nil && len(b) < 1<<16 {
			f.Add(string(b))
		}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range runRegressions {
		f.Add(s)
	}
	// Run where a stray file operation cannot touch the repository.
	f.Fuzz(func(t *testing.T, src string) {
		for _, w := range fuzzUnsafe {
			if strings.Contains(src, w) {
				t.Skip()
			}
		}
		for _, mode := range []string{"--gil", "--nogil"} {
			_, stderr := runBudgeted(t, mode, src, 30*time.Second)
			checkNoGoCrash(t, mode, src, stderr)
		}
	})
}

// TestRunRegressions runs the programs FuzzRun found crashing or hanging
// pyg (see runRegressions).
func TestRunRegressions(t *testing.T) {
	for _, src := range runRegressions {
		for _, mode := range []string{"--gil", "--nogil"} {
			code, stderr := runBudgeted(t, mode, src, 60*time.Second)
			checkNoGoCrash(t, mode, src, stderr)
			if code != 0 && code != 1 {
				t.Errorf("%s: exit %d for %q\n%s", mode, code, src, stderr)
			}
		}
	}
}

// runRegressions are inputs that once crashed or hung pyg.
var runRegressions = []string{
	"while True: pass",
	"def f(): f()\nf()",
	"while True:\n    try:\n        while True: pass\n    except BaseException: pass",
	"sum(range(10**12))",
	"x = list(range(10**9))",
	"x = [0] * 10**9",
	"x = 'x' * 10**9",
	"x = b'ab' * 10**9",
	"x = (1,) * 10**9",
	"x = set(range(10**9))",
	"x = sorted(range(10**9))",
	"x = bytearray(10**9)",
	"x = [[0] * 1000 for _ in range(10**7)]",
	"x = []\nwhile True: x.append('y' * 1000)",
}

// tailBuffer keeps the first max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	max int
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := b.max - b.buf.Len(); room > 0 {
		if len(p) > room {
			b.buf.Write(p[:room])
		} else {
			b.buf.Write(p)
		}
	}
	return len(p), nil
}

func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
