package runtime

import (
	"fmt"
	"strings"
)

// The cp1252 (windows-1252) codec: latin-1 except 0x80-0x9F, five bytes of
// which are undefined. Errors name the codec "charmap", as CPython's do.

// cp1252High maps bytes 0x80-0x9F (0: undefined).
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// cp1252Encode maps the code points of 0x80-0x9F back to their bytes.
var cp1252Encode = func() map[rune]byte {
	m := map[rune]byte{}
	for i, r := range cp1252High {
		if r != 0 {
			m[r] = byte(0x80 + i)
		}
	}
	return m
}()

// codecNormalizeCharmap returns "cp1252" for its aliases (e is lower-case
// with "_" for "-" and spaces), else "".
func codecNormalizeCharmap(e string) string {
	switch e {
	case "cp1252", "windows_1252", "1252":
		return "cp1252"
	}
	return ""
}

func cp1252Byte(r rune) (byte, bool) {
	if r < 0x80 || (r >= 0xA0 && r < 0x100) {
		return byte(r), true
	}
	b, ok := cp1252Encode[r]
	return b, ok
}

// decodeCharmap decodes data if codec is a charmap codec (ok false if not).
func decodeCharmap(t *Thread, data []byte, codec, errors string) (s *Str, ok bool, err error) {
	if codec != "cp1252" {
		return nil, false, nil
	}
	var sb strings.Builder
	sb.Grow(len(data))
	for i, c := range data {
		r := rune(c)
		if c >= 0x80 && c < 0xA0 {
			r = cp1252High[c-0x80]
			if r == 0 {
				if err := codecHandleDecode(t, &sb, errors, "charmap", data, i, i+1, "character maps to <undefined>"); err != nil {
					return nil, true, err
				}
				continue
			}
		}
		sb.WriteRune(r)
	}
	return NewStr(sb.String()), true, nil
}

// encodeCharmap encodes s if codec is a charmap codec (ok false if not).
func encodeCharmap(t *Thread, s *Str, codec, errors string) (out []byte, ok bool, err error) {
	if codec != "cp1252" {
		return nil, false, nil
	}
	rs := s.Runes()
	out = make([]byte, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if b, ok := cp1252Byte(rs[i]); ok {
			out = append(out, b)
			continue
		}
		j := i + 1
		for j < len(rs) {
			if _, ok := cp1252Byte(rs[j]); ok {
				break
			}
			j++
		}
		switch errors {
		case "strict":
			return nil, true, codecEncodeError(t, "charmap", s, i, j, "character maps to <undefined>")
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for _, r := range rs[i:j] {
				switch {
				case r < 0x100:
					out = fmt.Appendf(out, `\x%02x`, r)
				case r < 0x10000:
					out = fmt.Appendf(out, `\u%04x`, r)
				default:
					out = fmt.Appendf(out, `\U%08x`, r)
				}
			}
		case "xmlcharrefreplace":
			for _, r := range rs[i:j] {
				out = fmt.Appendf(out, "&#%d;", r)
			}
		default:
			return nil, true, codecBadHandler(t, errors)
		}
		i = j - 1
	}
	return out, true, nil
}
