package vm

import (
	"math"
	"math/big"

	"pyg/runtime"
)

// The struct sequences of the sys module (version_info, float_info,
// int_info, hash_info) and sys.getsizeof.

var (
	versionInfoType = runtime.NewStructSeqType("version_info", "sys", []string{"major", "minor", "micro", "releaselevel", "serial"})
	floatInfoType   = runtime.NewStructSeqType("float_info", "sys", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	intInfoType     = runtime.NewStructSeqType("int_info", "sys", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"})
	hashInfoType    = runtime.NewStructSeqType("hash_info", "sys", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"})
)

func addSysInfo(t *runtime.Thread, d *runtime.Dict) {
	set := func(name string, v runtime.Object) { d.SetStr(t, runtime.Intern(name), v) }
	I := func(n int64) runtime.Object { return runtime.Int(n) }
	set("version_info", runtime.NewStructSeq(t, versionInfoType, []runtime.Object{I(3), I(13), I(0), runtime.NewStr("final"), I(0)}))
	set("float_info", runtime.NewStructSeq(t, floatInfoType, []runtime.Object{
		runtime.Float(math.MaxFloat64), I(1024), I(308), runtime.Float(2.2250738585072014e-308), I(-1021), I(-307),
		I(15), I(53), runtime.Float(2.220446049250313e-16), I(2), I(1)}))
	set("int_info", runtime.NewStructSeq(t, intInfoType, []runtime.Object{I(30), I(4), I(4300), I(640)}))
	set("hash_info", runtime.NewStructSeq(t, hashInfoType, []runtime.Object{I(64), I(2305843009213693951), I(314159), I(0), I(1000003),
		runtime.NewStr("siphash13"), I(64), I(128), I(0)}))
	b := runtime.NewBuiltin("getsizeof", sysGetSizeOf)
	b.Module = "sys"
	set("getsizeof", b)
}

// sysGetSizeOf approximates CPython's sizes (64-bit build) for the built-in
// types; other objects report an object header's size.
func sysGetSizeOf(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "getsizeof", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var n int
	switch v := args[0].(type) {
	case runtime.Bool:
		n = 28
	case runtime.Int:
		n = 28
		if x := int64(v); x >= 1<<30 || x <= -(1<<30) {
			n = 32
			if x >= 1<<60 || x <= -(1<<60) {
				n = 36
			}
		}
	case *runtime.BigInt:
		digits := (new(big.Int).Abs(v.V).BitLen() + 29) / 30
		n = 24 + 4*digits
	case runtime.Float:
		n = 24
	case runtime.Complex:
		n = 32
	case *runtime.Str:
		s := v.String()
		maxr := rune(0)
		for _, r := range s {
			if r > maxr {
				maxr = r
			}
		}
		l := v.Len()
		switch {
		case maxr < 0x80:
			n = 41 + l
		case maxr < 0x100:
			n = 57 + l
		case maxr < 0x10000:
			n = 58 + 2*l
		default:
			n = 56 + 4*(l+1)
		}
		if l == 0 {
			n = 41
		}
		n += 8
	case *runtime.Bytes:
		n = 33 + len(v.B)
	case *runtime.Tuple:
		n = 40 + 8*len(v.Items)
	case *runtime.List:
		n = 56 + 8*cap(v.Items)
	case *runtime.Dict:
		n = 64
		if l := v.Len(); l > 0 {
			n = 184
			for size := 8; size*2/3 < l; size *= 2 {
				n += 8 * size
			}
		}
	case *runtime.Set:
		n = 216
	default:
		n = 56
		if args[0] == runtime.None {
			n = 16
		}
	}
	return runtime.Int(n), nil
}
