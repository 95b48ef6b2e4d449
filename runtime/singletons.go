package runtime

// This file implements None, NotImplemented and Ellipsis.

func init() {
	singleton := func(typ *Type, name string, value Object, hash int64, truth bool) {
		typ.Repr = func(t *Thread, o Object) (Object, error) { return Intern(name), nil }
		typ.Hash = func(t *Thread, o Object) (int64, error) { return hash, nil }
		typ.Bool = func(t *Thread, o Object) (bool, error) { return truth, nil }
		typ.New = func(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
			if len(args) > 0 {
				return nil, Errorf(t, TypeErrorType, "%s takes no arguments", typ.Name)
			}
			return value, nil
		}
		typ.AddMethod("__reduce__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			return Intern(name), nil
		})
	}
	singleton(NoneTypeType, "None", None, 0xFCA86420, false)
	singleton(NotImplementedTypeType, "NotImplemented", NotImplemented, 0x1F0E2D3C, true)
	singleton(EllipsisTypeType, "Ellipsis", Ellipsis, 0x2C4B6A89, true)
}
