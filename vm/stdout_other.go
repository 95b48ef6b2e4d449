//go:build !unix

package vm

import "os"

// blockSize returns f's block size: unknown here.
func blockSize(f *os.File) int { return 0 }
