package vm

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"pyg/compiler"
)

// normCode makes a code object comparable with reflect.DeepEqual across a
// gob round trip, which decodes empty slices as nil.
func normCode(c *compiler.Code) {
	if len(c.Instrs) == 0 {
		c.Instrs = nil
	}
	if len(c.Lines) == 0 {
		c.Lines = nil
	}
	if len(c.Cols) == 0 {
		c.Cols = nil
	}
	if len(c.ExcTable) == 0 {
		c.ExcTable = nil
	}
	if len(c.Names) == 0 {
		c.Names = nil
	}
	if len(c.VarNames) == 0 {
		c.VarNames = nil
	}
	if len(c.CellVars) == 0 {
		c.CellVars = nil
	}
	if len(c.FreeVars) == 0 {
		c.FreeVars = nil
	}
	if len(c.Cell2Arg) == 0 {
		c.Cell2Arg = nil
	}
	if len(c.Consts) == 0 {
		c.Consts = nil
	}
	for i, k := range c.Consts {
		c.Consts[i] = normConst(k)
	}
}

func normConst(k any) any {
	switch k := k.(type) {
	case *compiler.Code:
		normCode(k)
	case compiler.ConstTuple:
		if len(k) == 0 {
			return compiler.ConstTuple(nil)
		}
		for i, x := range k {
			k[i] = normConst(x)
		}
	}
	return k
}

// TestCodeCacheRoundTrip compiles every embedded module and test program,
// stores it in a cache entry and checks that the entry loads back as the
// same code, and that entries for other sources or builds, or damaged ones,
// are refused.
func TestCodeCacheRoundTrip(t *testing.T) {
	dir := t.TempDir()
	id := []byte("test-build-id")
	n := 0
	for _, root := range []string{"../stdlib/lib", "../testdata"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			want, err := compileRaw(src, path, compiler.ModeExec)
			if err != nil {
				return nil // syntax-error programs
			}
			entry := cachePath(dir, path)
			storeCached(entry, id, src, want)
			got := loadCached(entry, id, src)
			if got == nil {
				t.Fatalf("%s: entry not loaded", path)
			}
			normCode(want)
			normCode(got)
			if !reflect.DeepEqual(want, got) {
				t.Fatalf("%s: code differs after the cache round trip", path)
			}
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 100 {
		t.Fatalf("only %d programs compiled", n)
	}

	src := []byte("x = 1\nprint(x + 2)\n")
	c, err := compileRaw(src, "m.py", compiler.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	entry := cachePath(dir, "m.py")
	storeCached(entry, id, src, c)
	if loadCached(entry, id, src) == nil {
		t.Fatal("entry not loaded")
	}
	if loadCached(entry, id, []byte("x = 2\nprint(x + 2)\n")) != nil {
		t.Error("entry loaded for another source")
	}
	if loadCached(entry, []byte("other-build"), src) != nil {
		t.Error("entry loaded for another build")
	}
	data, err := os.ReadFile(entry)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{data[:len(data)-7], flipLast(data), data[:10]} {
		if err := os.WriteFile(entry, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if loadCached(entry, id, src) != nil {
			t.Error("damaged entry loaded")
		}
	}
}

func flipLast(b []byte) []byte {
	c := append([]byte(nil), b...)
	c[len(c)-1] ^= 0x40
	return c
}
