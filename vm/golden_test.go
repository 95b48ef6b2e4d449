package vm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGolden runs testdata/*.py in both modes and compares their standard
// output with testdata/*.out (recorded with CPython 3.13).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".out")
		if err != nil {
			t.Fatal(err)
		}
		for _, ft := range []bool{false, true} {
			mode := "gil"
			if ft {
				mode = "nogil"
			}
			t.Run(name+"/"+mode, func(t *testing.T) {
				out, errs, code := run(t, string(src), Config{FreeThreaded: ft, Path: []string{"testdata/lib"}})
				if out != string(want) || code != 0 {
					t.Errorf("exit %d\n--- stderr:\n%s\n--- diff (got, want):\n%s", code, errs, diffLines(out, string(want)))
				}
			})
		}
	}
}

// diffLines shows the first differing lines.
func diffLines(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, c string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			c = w[i]
		}
		if a != c {
			b.WriteString("line " + itoa(i+1) + ":\n  got:  " + a + "\n  want: " + c + "\n")
			if b.Len() > 2000 {
				break
			}
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for n > 0 {
		d = append([]byte{byte('0' + n%10)}, d...)
		n /= 10
	}
	return string(d)
}
