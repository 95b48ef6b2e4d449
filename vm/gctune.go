package vm

import (
	"os"
	"strconv"
	"sync"
)

// The Go collector starts a cycle when the heap has grown by GOGC% over the
// live heap, with a 4 MB floor. Python programs allocate at a high rate (every
// float, every tuple from enumerate, every frame's cells), so with a small
// live heap the collector runs hundreds of times a second, and while it marks,
// every pointer store pays the write barrier. A ballast — a large pointer-free
// allocation that is never touched, so it costs address space but no resident
// memory — raises the floor: the heap goal becomes 2*(live+ballast).
//
// PYG_GC_BALLAST_MB overrides the size (0 disables); setting GOGC also
// disables it, leaving the collector as the user configured it.

const defaultBallastMB = 16

var (
	ballastOnce sync.Once
	gcBallast   []byte
)

// tuneGC installs the ballast once per process.
func tuneGC() {
	ballastOnce.Do(func() {
		if os.Getenv("GOGC") != "" {
			return
		}
		mb := defaultBallastMB
		if s := os.Getenv("PYG_GC_BALLAST_MB"); s != "" {
			if n, err := strconv.Atoi(s); err == nil && n >= 0 {
				mb = n
			}
		}
		if mb > 0 {
			gcBallast = make([]byte, mb<<20)
		}
	})
}
