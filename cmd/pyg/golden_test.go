package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/**/*.golden from pyg's output")

// testdataDir is the repository's testdata directory.
var testdataDir = func() string {
	d, err := filepath.Abs("../../testdata")
	if err != nil {
		panic(err)
	}
	return d
}()

// Golden is the recorded behaviour of one program.
type Golden struct {
	Exit   int
	Stdout string
	Stderr string
}

// Format renders a golden file: "exit N" then the stdout and stderr sections.
func (g Golden) Format() string {
	return fmt.Sprintf("exit %d\n-- stdout --\n%s-- stderr --\n%s", g.Exit, g.Stdout, g.Stderr)
}

// ParseGolden reads a golden file written by Format (or by testdata/record.py).
func ParseGolden(s string) (Golden, error) {
	var g Golden
	first, rest, ok := strings.Cut(s, "\n")
	if !ok || !strings.HasPrefix(first, "exit ") {
		return g, fmt.Errorf("golden file does not start with 'exit N'")
	}
	n, err := strconv.Atoi(strings.TrimPrefix(first, "exit "))
	if err != nil {
		return g, err
	}
	g.Exit = n
	const so, se = "-- stdout --\n", "-- stderr --\n"
	if !strings.HasPrefix(rest, so) {
		return g, fmt.Errorf("missing stdout section")
	}
	rest = rest[len(so):]
	i := strings.LastIndex(rest, se)
	if i < 0 {
		return g, fmt.Errorf("missing stderr section")
	}
	g.Stdout, g.Stderr = rest[:i], rest[i+len(se):]
	return g, nil
}

// goldenPrograms lists the programs under testdata that have golden files:
// every *.py except helper modules (names starting with "_", or under a
// directory named "mods") and the scaling lab's programs.
func goldenPrograms(t *testing.T) []string {
	var progs []string
	err := filepath.WalkDir(testdataDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "mods" || d.Name() == "scaling" || d.Name() == "hostile" {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, ".py") && !strings.HasPrefix(d.Name(), "_") && d.Name() != "record.py" {
			progs = append(progs, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return progs
}

// isSerial reports whether a program asks (with a "# golden: serial" line
// near its top) not to run alongside other tests: timing-sensitive thread
// tests whose assertions need the CPU to themselves.
func isSerial(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	head := string(data)
	if len(head) > 1000 {
		head = head[:1000]
	}
	return strings.Contains(head, "\n# golden: serial") || strings.HasPrefix(head, "# golden: serial")
}

// runProgram runs a program in-process as `pyg <mode> path` with empty stdin.
func runProgram(mode, path string) Golden {
	var stdout, stderr bytes.Buffer
	code := Main([]string{mode, path}, strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
	return Golden{Exit: code, Stdout: normalize(stdout.String()), Stderr: normalize(stderr.String())}
}

// normalize replaces the machine-specific testdata path with $TESTDATA.
func normalize(s string) string {
	return strings.ReplaceAll(s, testdataDir, "$TESTDATA")
}

// knownFailures reads testdata/known_failures.txt: programs whose golden
// output pyg does not reproduce yet, one "path  # reason (issue N)" per line.
// They still run: the test fails if one of them starts passing, so the list
// only ever shrinks.
func knownFailures(t *testing.T) map[string]string {
	data, err := os.ReadFile(filepath.Join(testdataDir, "known_failures.txt"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, reason, _ := strings.Cut(line, "#")
		known[strings.TrimSpace(path)] = strings.TrimSpace(reason)
	}
	return known
}

func TestGolden(t *testing.T) {
	known := knownFailures(t)
	for _, path := range goldenPrograms(t) {
		rel, _ := filepath.Rel(testdataDir, path)
		rel = filepath.ToSlash(rel)
		goldenPath := strings.TrimSuffix(path, ".py") + ".golden"
		if reason, ok := known[rel]; ok {
			t.Run(rel, func(t *testing.T) {
				t.Parallel()
				if *update {
					t.Skipf("known failure, golden kept: %s", reason)
				}
				data, err := os.ReadFile(goldenPath)
				if err != nil {
					t.Fatal(err)
				}
				want, err := ParseGolden(string(data))
				if err != nil {
					t.Fatal(err)
				}
				if runProgram("--gil", path) == want && runProgram("--nogil", path) == want {
					t.Errorf("%s now passes: remove it from testdata/known_failures.txt", rel)
				}
			})
			continue
		}
		t.Run(rel, func(t *testing.T) {
			if !isSerial(path) {
				t.Parallel()
			}
			for _, mode := range []string{"--gil", "--nogil"} {
				got := runProgram(mode, path)
				if *update && mode == "--gil" {
					if err := os.WriteFile(goldenPath, []byte(got.Format()), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				data, err := os.ReadFile(goldenPath)
				if err != nil {
					t.Fatalf("no golden file (run testdata/record.py with CPython 3.13, or go test -update): %v", err)
				}
				want, err := ParseGolden(string(data))
				if err != nil {
					t.Fatalf("%s: %v", goldenPath, err)
				}
				if got != want {
					t.Errorf("%s %s: mismatch\n%s", mode, rel, diffGolden(want, got))
				}
			}
		})
	}
}

// diffGolden describes how got differs from want, line by line.
func diffGolden(want, got Golden) string {
	var b strings.Builder
	if want.Exit != got.Exit {
		fmt.Fprintf(&b, "exit: want %d, got %d\n", want.Exit, got.Exit)
	}
	diffText(&b, "stdout", want.Stdout, got.Stdout)
	diffText(&b, "stderr", want.Stderr, got.Stderr)
	return b.String()
}

func diffText(b *strings.Builder, name, want, got string) {
	if want == got {
		return
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			fmt.Fprintf(b, "%s line %d:\n  want: %q\n  got:  %q\n", name, i+1, w, g)
			fmt.Fprintf(b, "--- full %s got ---\n%s\n---\n", name, got)
			return
		}
	}
}
