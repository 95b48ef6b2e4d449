package vm

import (
	"bytes"
	"io"
	"os"
	"sync"
)

// bufferedOut is the stdout shared by all threads. It buffers as CPython's
// sys.stdout does, in two layers, so that a failing write (a closed pipe:
// `pyg x.py | head -1`) loses the same data and raises at the same calls:
//
//   - the text layer (TextIOWrapper) collects written text in pending and
//     hands it to the buffer layer once it reaches textChunk bytes, at a
//     newline when line buffered (a terminal), or at every write when
//     unbuffered (-u, PYTHONUNBUFFERED). Handing over empties pending first:
//     if the buffer layer fails, that text is lost.
//   - the buffer layer (BufferedWriter) keeps up to size bytes; a chunk that
//     does not fit is written directly after the buffer. Data that failed to
//     reach the writer stays in the buffer, except a direct write's.
//
// Write and Flush return the writer's error (EPIPE...), which the callers
// raise as OSError.
type bufferedOut struct {
	mu         sync.Mutex
	w          io.Writer
	pending    []byte
	buf        []byte
	size       int
	line       bool // flush at each newline (stdout is a terminal)
	unbuffered bool // write through at each write (-u)
	failed     bool // the last write to w failed
}

// textChunk is TextIOWrapper's _CHUNK_SIZE.
const textChunk = 8192

// newBufferedOut returns the stdout layers for w; the buffer size is the
// file's block size as io.open chooses it (8192 if unknown).
func newBufferedOut(w io.Writer, line, unbuffered bool) *bufferedOut {
	size := 8192
	if f, ok := w.(*os.File); ok {
		if n := blockSize(f); n > 1 {
			size = n
		}
	}
	return &bufferedOut{w: w, line: line, unbuffered: unbuffered, size: size}
}

// Write writes the text p (one TextIOWrapper.write call).
func (b *bufferedOut) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.pending) > 0 && len(b.pending)+len(p) > textChunk {
		if err := b.handOver(); err != nil {
			return 0, err
		}
	}
	b.pending = append(b.pending, p...)
	lineFlush := b.line && bytes.IndexByte(p, '\n') >= 0
	if len(b.pending) >= textChunk || lineFlush || b.unbuffered {
		if err := b.handOver(); err != nil {
			return 0, err
		}
	}
	if lineFlush {
		if err := b.flushBuf(); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// Flush writes the pending text and the buffer (TextIOWrapper.flush).
func (b *bufferedOut) Flush() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.handOver(); err != nil {
		return err
	}
	return b.flushBuf()
}

// write writes data to w, recording whether it failed.
func (b *bufferedOut) write(data []byte) (int, error) {
	n, err := b.w.Write(data)
	b.failed = err != nil
	return n, err
}

// flushUnlessFailed flushes unless the last write failed: the failure is
// raised by the next write or flush of stdout itself, which must not lose
// data to a flush on another stream's behalf.
func (b *bufferedOut) flushUnlessFailed() {
	b.mu.Lock()
	failed := b.failed
	b.mu.Unlock()
	if !failed {
		b.Flush()
	}
}

// handOver moves the pending text to the buffer layer.
func (b *bufferedOut) handOver() error {
	if len(b.pending) == 0 {
		return nil
	}
	data := b.pending
	b.pending = nil
	defer func() {
		if cap(data) <= 4*textChunk {
			b.pending = data[:0] // reuse the array: its text is handed over or lost
		}
	}()
	if b.unbuffered {
		_, err := b.write(data)
		return err
	}
	if len(data) <= b.size-len(b.buf) {
		b.buf = append(b.buf, data...)
		return nil
	}
	if err := b.flushBuf(); err != nil {
		return err
	}
	if len(data) > b.size {
		_, err := b.write(data)
		return err
	}
	b.buf = append(b.buf, data...)
	return nil
}

// flushBuf writes the buffer layer; what could not be written stays.
func (b *bufferedOut) flushBuf() error {
	if len(b.buf) == 0 {
		return nil
	}
	n, err := b.write(b.buf)
	if n > 0 {
		b.buf = b.buf[:copy(b.buf, b.buf[n:])]
	}
	if err == nil && len(b.buf) > 0 {
		err = io.ErrShortWrite
	}
	return err
}

// flushingWriter flushes stdout before each write (stderr).
type flushingWriter struct {
	out *bufferedOut
	w   io.Writer
}

func (f flushingWriter) Write(p []byte) (int, error) {
	f.out.flushUnlessFailed()
	return f.w.Write(p)
}

// flushingReader flushes stdout before each read (stdin).
type flushingReader struct {
	out *bufferedOut
	r   io.Reader
}

func (f flushingReader) Read(p []byte) (int, error) {
	f.out.Flush()
	return f.r.Read(p)
}
