package main

import (
	"bytes"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// asyncioGather100 gathers 100 tasks that each sleep 0.1 s and prints the
// wall time and the process CPU time the gather took.
const asyncioGather100 = `
import asyncio, time

async def nap(i):
    await asyncio.sleep(0.1)
    return i

async def main():
    return await asyncio.gather(*[nap(i) for i in range(100)])

w0 = time.monotonic()
c0 = time.process_time()
r = asyncio.run(main())
print(sum(r), time.monotonic() - w0, time.process_time() - c0)
`

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestAsyncioGatherSleepsConcurrently is issue 9's behaviour check: the
// sleeps overlap (well under 1 s of wall time for 100 × 0.1 s) and the idle
// event loop sleeps until its next timer instead of spinning (almost no CPU).
func TestAsyncioGatherSleepsConcurrently(t *testing.T) {
	for _, mode := range []string{"--gil", "--nogil"} {
		var stdout, stderr bytes.Buffer
		cpu0 := cpuTime()
		code := Main([]string{mode, "-c", asyncioGather100}, strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
		total := cpuTime() - cpu0
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", mode, code, stderr.String())
		}
		f := strings.Fields(stdout.String())
		if len(f) != 3 || f[0] != "4950" {
			t.Fatalf("%s: unexpected output %q", mode, stdout.String())
		}
		wall, _ := strconv.ParseFloat(f[1], 64)
		cpu, _ := strconv.ParseFloat(f[2], 64)
		t.Logf("%s: gather wall %.3fs, cpu %.3fs (whole run incl. startup: cpu %v)", mode, wall, cpu, total)
		if wall < 0.1 || wall > 0.6 {
			t.Errorf("%s: gather of 100 × sleep(0.1) took %.3fs of wall time, want ~0.1s", mode, wall)
		}
		if cpu > 0.3 {
			t.Errorf("%s: gather used %.3fs of CPU while waiting, want < 0.3s (is the loop spinning?)", mode, cpu)
		}
	}
}
