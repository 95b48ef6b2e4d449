package vm

import (
	"os"
	"testing"
)

func TestZZFile(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("PYFILE"))
	out, errs, code := run(t, string(src), Config{Path: []string{"/tmp"}})
	t.Logf("exit %d\n%s\n--- stderr:\n%s", code, out, errs)
}
