//go:build !linux

package runtime

// systemMemory returns 0: the machine's memory is not known on this system.
func systemMemory() int64 { return 0 }
