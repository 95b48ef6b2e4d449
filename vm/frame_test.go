package vm

import (
	"testing"
	"unsafe"

	"pyg/runtime"
)

// Per-thread state written by the hot paths must not share a cache line
// with another thread's: threadState fills whole lines, and frame slots are
// allocated in whole lines.
func TestThreadStateFillsCacheLines(t *testing.T) {
	if n := unsafe.Sizeof(threadState{}); n%64 != 0 {
		t.Fatalf("threadState is %d bytes: adjust threadStatePad to make it a multiple of 64", n)
	}
}

func TestMakeSlotsWholeLines(t *testing.T) {
	for n := 1; n < 40; n++ {
		s := makeSlots(n)
		if len(s) != n {
			t.Fatalf("makeSlots(%d): len %d", n, len(s))
		}
		bytes := uintptr(cap(s)) * unsafe.Sizeof(runtime.Object(nil))
		if bytes%64 != 0 {
			t.Fatalf("makeSlots(%d): %d bytes, not whole lines", n, bytes)
		}
		// (Larger pointerful objects start with Go's 8-byte type header,
		// in size classes of whole lines: the object still owns its lines.)
		if p := uintptr(unsafe.Pointer(&s[0])); bytes <= 512 && p%64 != 0 {
			t.Fatalf("makeSlots(%d): starts at %#x, not on a line", n, p)
		}
	}
}
