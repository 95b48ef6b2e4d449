package runtime

// This file implements Python's traceback objects. The VM records where an
// exception passed as plain TraceEntry values (Exception.Traceback, innermost
// first); the traceback objects are built from them only when Python code
// asks for them (e.__traceback__, sys.exc_info(), __exit__'s third argument),
// so raising stays cheap.

// TracebackObject is a Python traceback object: one entry of an exception's
// traceback, linked to the next inner one (tb_next).
type TracebackObject struct {
	Header
	Entry TraceEntry
	Next  *TracebackObject // the next inner entry, or nil
	frame Object           // tb_frame, built when first asked for
}

// TracebackType is the Python type "traceback".
var TracebackType = NewBuiltinType("traceback", "builtins", nil, 0)

// Type returns traceback.
func (*TracebackObject) Type() *Type { return TracebackType }

// NewTraceFrame builds the frame object a traceback entry shows as tb_frame
// (installed by the VM; without it tb_frame is None).
var NewTraceFrame func(t *Thread, en *TraceEntry) Object

// TracebackObject returns e.__traceback__: the traceback object of the
// outermost entry of e.Traceback, or None. The objects are cached: asking
// again returns the same object, and entries added since (as the exception
// propagated further) are linked in front of the cached chain, as CPython
// prepends traceback objects while unwinding.
func (e *Exception) TracebackObject(t *Thread) Object {
	n := len(e.Traceback)
	if n == 0 {
		return None
	}
	if e.tbObj != nil && e.tbLen == n {
		return e.tbObj
	}
	next, start := e.tbObj, e.tbLen
	if next == nil || start > n || next.Entry != e.Traceback[start-1] {
		next, start = nil, 0
	}
	for i := start; i < n; i++ {
		next = &TracebackObject{Entry: e.Traceback[i], Next: next}
	}
	e.tbObj, e.tbLen = next, n
	return next
}

// SetTracebackObject sets e.__traceback__ (None or a traceback object).
func (e *Exception) SetTracebackObject(t *Thread, v Object) error {
	if v == nil || v == None {
		e.Traceback, e.tbObj, e.tbLen = nil, nil, 0
		return nil
	}
	tb, ok := v.(*TracebackObject)
	if !ok {
		return Errorf(t, TypeErrorType, "__traceback__ must be a traceback or None")
	}
	var entries []TraceEntry
	for x := tb; x != nil; x = x.Next {
		entries = append(entries, x.Entry)
	}
	for i, j := 0, len(entries)-1; i < j; i, j = i+1, j-1 {
		entries[i], entries[j] = entries[j], entries[i]
	}
	e.Traceback, e.tbObj, e.tbLen = entries, tb, len(entries)
	return nil
}

func init() {
	tbSelf := func(o Object) *TracebackObject { return o.(*TracebackObject) }
	TracebackType.AddGetSet("tb_frame", func(t *Thread, o Object) (Object, error) {
		tb := tbSelf(o)
		if tb.frame == nil {
			if NewTraceFrame == nil {
				return None, nil
			}
			tb.frame = NewTraceFrame(t, &tb.Entry)
		}
		return tb.frame, nil
	}, nil)
	TracebackType.AddGetSet("tb_lineno", func(t *Thread, o Object) (Object, error) {
		return Int(tbSelf(o).Entry.Line), nil
	}, nil)
	TracebackType.AddGetSet("tb_lasti", func(t *Thread, o Object) (Object, error) {
		return Int(tbSelf(o).Entry.Lasti), nil
	}, nil)
	TracebackType.AddGetSet("tb_next", func(t *Thread, o Object) (Object, error) {
		if next := tbSelf(o).Next; next != nil {
			return next, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) error {
		tb := tbSelf(o)
		switch n := v.(type) {
		case nil:
			return Errorf(t, TypeErrorType, "can't delete tb_next attribute")
		case NoneType:
			tb.Next = nil
		case *TracebackObject:
			for x := n; x != nil; x = x.Next {
				if x == tb {
					return Errorf(t, ValueErrorType, "traceback loop detected")
				}
			}
			tb.Next = n
		default:
			return Errorf(t, TypeErrorType, "expected traceback object or None, got '%s'", TypeName(v))
		}
		return nil
	})
}
