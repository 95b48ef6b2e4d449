package runtime

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
)

// Instance is an instance of a class whose layout base is object: its type
// and its attribute dict. (Instances of classes deriving from exceptions are
// *Exception; see classLayout.)
type Instance struct {
	Header
	typ       atomic.Pointer[Type] // changes only by __class__ assignment
	Dict      *Dict                // never nil for class instances; never replaced
	finalized atomic.Bool          // __del__ has run (PEP 442: at most once)
}

// Type returns the instance's class.
func (i *Instance) Type() *Type { return i.typ.Load() }

// NewInstance returns an empty instance of a class (one whose layout base is
// object). The instance owns one reference to its dict.
//
// One allocation holds the instance, its dict and, for classes whose
// instances have had at most instInlineMax attributes so far, the dict's
// first entries (classInfo.attrHint).
func NewInstance(typ *Type) *Instance {
	ci, _ := typ.Extra.(*classInfo)
	var i *Instance
	var d *Dict
	if ci == nil || ci.attrHint.Load() <= 2 {
		a := &instanceAlloc2{}
		i, d = &a.i, &a.d
		d.entries = a.e[:0]
	} else if ci.attrHint.Load() <= instInlineMax {
		a := &instanceAlloc4{}
		i, d = &a.i, &a.d
		d.entries = a.e[:0]
	} else {
		a := &instanceAlloc{}
		i, d = &a.i, &a.d
	}
	d.rc = 1
	i.Dict = d
	i.typ.Store(typ)
	if ci != nil && ci.hasDel && ci.interp != nil {
		ci.interp.gcTrack(i)
	}
	return i
}

// instInlineMax is the most dict entries an instance allocation holds.
const instInlineMax = 4

type instanceAlloc struct {
	i Instance
	d Dict
}

type instanceAlloc2 struct {
	i Instance
	d Dict
	e [2]dictEntry
}

type instanceAlloc4 struct {
	i Instance
	d Dict
	e [4]dictEntry
}

// SetAttrStr sets an attribute in the instance dict (the VM's STORE_ATTR
// once it knows no descriptor or __setattr__ is involved), and records the
// number of attributes for the size of the class's next instances.
func (i *Instance) SetAttrStr(t *Thread, name *Str, v Object) {
	n := i.Dict.setStrLen(t, name, v)
	if n > 2 {
		if ci, ok := i.Type().Extra.(*classInfo); ok && int32(n) > ci.attrHint.Load() {
			ci.attrHint.Store(int32(min(n, instInlineMax+1)))
		}
	}
}

// newOwnedDict returns a dict whose single reference belongs to the object
// that holds it (an instance's or exception's __dict__). That reference is not
// counted in the thread totals: releaseOwnedDict drops it.
func newOwnedDict() *Dict {
	d := NewDict()
	d.rc = 1
	return d
}

// releaseOwnedDict drops the owner's reference to d, clearing d when no other
// reference is left.
func releaseOwnedDict(t *Thread, d *Dict) {
	if dropOwnedDict(t, d) {
		d.Clear(t)
	}
}

// dropOwnedDict drops the owner's reference to d and reports whether it was
// the last one.
func dropOwnedDict(t *Thread, d *Dict) bool {
	if d == nil {
		return false
	}
	var n int64
	if t.atomicRC {
		if atomic.LoadInt64(&d.rc) < 0 {
			return false
		}
		n = atomic.AddInt64(&d.rc, -1)
	} else {
		if d.rc < 0 {
			return false
		}
		d.rc--
		n = d.rc
	}
	return n == 0
}

// instanceDealloc runs __del__ (once) and releases the instance's
// attributes. (ProcessZeroCounts has made the object uncounted, so a
// reference stored while __del__ runs keeps it alive but is not counted.)
func instanceDealloc(t *Thread, o Object) {
	runFinalizer(t, o)
	switch v := o.(type) {
	case *Instance:
		releaseOwnedDict(t, v.Dict)
	case *Exception:
		excRelease(t, v)
	}
}

// runFinalizer calls the class's __del__ if it has one and it has not run yet.
func runFinalizer(t *Thread, o Object) {
	typ := o.Type()
	ci, ok := typ.Extra.(*classInfo)
	if !ok || !ci.hasDel {
		return
	}
	if i, ok := o.(*Instance); ok {
		if i.finalized.Swap(true) {
			return
		}
	}
	del, _ := lookupOwner(typ, dunderDel)
	if del == nil {
		return
	}
	if _, err := callAttrAsMethod(t, del, o, nil, nil); err != nil {
		writeUnraisable(t, err, del)
	}
}

var dunderDel = Intern("__del__")

// writeUnraisable prints an exception that cannot be raised (from __del__)
// the way CPython does: "Exception ignored in: <obj>" and the traceback.
func writeUnraisable(t *Thread, err error, where Object) {
	e := AsException(t, err)
	var w io.Writer = os.Stderr
	if t.Interp.Stderr != nil {
		w = t.Interp.Stderr
	}
	desc := "<object>"
	if r, rerr := Repr(t, where); rerr == nil {
		desc = r.s
	}
	msg := e.typ.Name
	if s, serr := ToStr(t, e); serr == nil && s.s != "" {
		msg += ": " + s.s
	}
	text := "Exception ignored in: " + desc + "\n"
	if len(e.Traceback) > 0 {
		text += "Traceback (most recent call last):\n"
		for i := len(e.Traceback) - 1; i >= 0; i-- {
			tb := e.Traceback[i]
			text += fmt.Sprintf("  File \"%s\", line %d, in %s\n", tb.Filename, tb.Line, tb.Name)
			if line := sourceLine(tb.Filename, tb.Line); line != "" {
				text += "    " + line + "\n"
			}
		}
	}
	text += msg + "\n"
	t.Blocking(func() { io.WriteString(w, text) })
}

// sourceLine returns line n of a file, without surrounding blanks ("" if
// unavailable).
func sourceLine(filename string, n int) string {
	data, err := os.ReadFile(filename)
	if err != nil || n < 1 {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}
