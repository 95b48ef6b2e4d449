package runtime

// This file implements bool: True and False behave as the ints 1 and 0,
// except for repr and the bitwise operators between two bools.

func init() {
	BoolType.Repr = func(t *Thread, o Object) (Object, error) {
		if o.(Bool) {
			return Intern("True"), nil
		}
		return Intern("False"), nil
	}
	BoolType.Number[OpAnd] = boolAnd
	BoolType.Number[OpOr] = boolOr
	BoolType.Number[OpXor] = boolXor
	BoolType.New = boolNew
}

func boolAnd(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Bool); ok {
		if y, ok := b.(Bool); ok {
			return x && y, nil
		}
	}
	return intBitwise(t, a, b, '&')
}

func boolOr(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Bool); ok {
		if y, ok := b.(Bool); ok {
			return x || y, nil
		}
	}
	return intBitwise(t, a, b, '|')
}

func boolXor(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Bool); ok {
		if y, ok := b.(Bool); ok {
			return Bool(x != y), nil
		}
	}
	return intBitwise(t, a, b, '^')
}

// boolNew is bool.__new__: bool() and bool(x).
func boolNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(t, TypeErrorType, "bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(t, TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False, nil
	}
	b, err := Truth(t, args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(b), nil
}
