package runtime

import (
	"sync"
	"syscall"
)

// systemMemory returns the machine's RAM plus swap in bytes (0 if unknown).
var systemMemory = sync.OnceValue(func() int64 {
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil {
		return 0
	}
	return (int64(si.Totalram) + int64(si.Totalswap)) * int64(si.Unit)
})
