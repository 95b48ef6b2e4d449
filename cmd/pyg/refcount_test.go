package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestShowRefCount checks that reference counting is real and balanced: the
// live reference total printed by -X showrefcount after a workload that frees
// everything it made does not depend on the size of the workload, in both
// modes.
func TestShowRefCount(t *testing.T) {
	prog := filepath.Join(testdataDir, "refcount", "_workload.py")
	re := regexp.MustCompile(`\[(\d+) refs\]\n$`)
	for _, mode := range []string{"--gil", "--nogil"} {
		var totals []string
		for _, n := range []string{"0", "10", "2000"} {
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
			t.Errorf("%s: reference totals after workloads of size 0, 10, 2000 differ: %v", mode, totals)
		}
	}
}
