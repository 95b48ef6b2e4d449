//go:build unix

package vm

import (
	"os"
	"syscall"
)

// blockSize returns f's st_blksize (0 if unknown).
func blockSize(f *os.File) int {
	var st syscall.Stat_t
	if err := syscall.Fstat(int(f.Fd()), &st); err != nil {
		return 0
	}
	return int(st.Blksize)
}
