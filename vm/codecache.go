package vm

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/gob"
	"encoding/hex"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sync"

	"pyg/compiler"
	"pyg/parser"
)

// The code cache keeps compiled modules between runs, as CPython's
// __pycache__ does: importing threading compiles 840 lines, about 14 ms of
// parsing, on every start otherwise. Config.CodeCache names the directory
// (cmd/pyg: $PYG_CACHE_DIR, else the user cache directory's "pyg"); each
// module file (embedded or on disk) has one entry there, named after its
// file name and overwritten when stale, so the cache holds
// at most one entry per module. An entry is used only if it was written by
// this very build of pyg (the executable's Go build ID) for this very source
// (its SHA-256) and its payload is intact (another SHA-256); anything else
// (a missing, foreign, truncated or corrupt entry) means compiling as if
// there were no cache. Writes go to a temporary file renamed into place, so
// concurrent runs never see half an entry. The main script is not cached (as
// in CPython).

// cacheMagic starts every entry; change it when the entry layout changes.
const cacheMagic = "pyg code cache 1\n"

var (
	buildIDOnce sync.Once
	buildIDVal  []byte
)

// buildID returns the Go build ID of the running executable (nil if it
// cannot be read: no cache then). On ELF systems the linker stores it in the
// .note.go.buildid section; elsewhere as the text `\xff Go build ID: "..."`
// near the start of the file.
func buildID() []byte {
	buildIDOnce.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			return
		}
		if f, err := elf.Open(exe); err == nil {
			defer f.Close()
			if sec := f.Section(".note.go.buildid"); sec != nil {
				if data, err := sec.Data(); err == nil && len(data) > 16 {
					// Note: namesz, descsz, type, "Go\0\0", desc.
					n := int(f.ByteOrder.Uint32(data[4:8]))
					if 16+n <= len(data) && string(data[12:16]) == "Go\x00\x00" {
						buildIDVal = append([]byte(nil), data[16:16+n]...)
					}
				}
			}
			return
		}
		f, err := os.Open(exe)
		if err != nil {
			return
		}
		defer f.Close()
		head := make([]byte, 64<<10)
		n, _ := io.ReadFull(f, head)
		head = head[:n]
		const pre = "\xff Go build ID: \""
		i := bytes.Index(head, []byte(pre))
		if i < 0 {
			return
		}
		rest := head[i+len(pre):]
		if j := bytes.Index(rest, []byte("\"\n \xff")); j > 0 {
			buildIDVal = append([]byte(nil), rest[:j]...)
		}
	})
	return buildIDVal
}

func init() {
	// The constant types of compiler.Code.Consts that are not gob's own.
	gob.Register(compiler.ConstTuple{})
	gob.Register(&compiler.Code{})
	gob.Register(parser.Bytes(""))
	gob.Register(parser.Ellipsis{})
	gob.Register(&big.Int{})
}

// cachePath returns the cache entry of module file filename.
func cachePath(dir, filename string) string {
	h := sha256.Sum256([]byte(filename))
	return filepath.Join(dir, hex.EncodeToString(h[:16])+".pygc")
}

// entryHeader is what an entry for src starts with, before its payload's hash.
func entryHeader(id []byte, src []byte) []byte {
	sh := sha256.Sum256(src)
	var b bytes.Buffer
	b.WriteString(cacheMagic)
	b.Write(id)
	b.WriteByte('\n')
	b.Write(sh[:])
	return b.Bytes()
}

// loadCached returns the cached compilation of src (nil when there is none
// that can be trusted).
func loadCached(path string, id, src []byte) *compiler.Code {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	head := entryHeader(id, src)
	if !bytes.HasPrefix(data, head) || len(data) < len(head)+sha256.Size {
		return nil
	}
	sum, payload := data[len(head):len(head)+sha256.Size], data[len(head)+sha256.Size:]
	if got := sha256.Sum256(payload); !bytes.Equal(got[:], sum) {
		return nil
	}
	var c compiler.Code
	if gob.NewDecoder(bytes.NewReader(payload)).Decode(&c) != nil {
		return nil
	}
	return &c
}

// storeCached writes c, the compilation of src, as the entry at path; errors
// (a read-only or full disk...) only mean no entry.
func storeCached(path string, id, src []byte, c *compiler.Code) {
	var payload bytes.Buffer
	if gob.NewEncoder(&payload).Encode(c) != nil {
		return
	}
	if os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return
	}
	sum := sha256.Sum256(payload.Bytes())
	_, err = tmp.Write(entryHeader(id, src))
	if err == nil {
		_, err = tmp.Write(sum[:])
	}
	if err == nil {
		_, err = tmp.Write(payload.Bytes())
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}

// compileModule is compileSource for a module's source, through the code
// cache when one is configured. Embedded modules (frozen: true) are always
// cached: they stand for CPython's frozen and installed standard library,
// which is compiled ahead of time whatever -B says; -B and
// PYTHONDONTWRITEBYTECODE keep pyg from writing entries for modules read from
// files, as they keep CPython from writing .pyc files.
func (vm *VM) compileModule(src []byte, filename string, frozen bool) (*Code, error) {
	dir := vm.cfg.CodeCache
	id := buildID()
	if dir == "" || id == nil {
		return vm.compileSource(src, filename, compiler.ModeExec)
	}
	path := cachePath(dir, filename)
	vm.rememberSource(filename, src)
	if c := loadCached(path, id, src); c != nil {
		return Load(c), nil
	}
	c, err := compileRaw(src, filename, compiler.ModeExec)
	if err != nil {
		return nil, err
	}
	if frozen || !vm.cfg.NoCacheWrite {
		storeCached(path, id, src, c)
	}
	return Load(c), nil
}
