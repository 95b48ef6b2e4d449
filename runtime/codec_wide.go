package runtime

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// The UTF-16 and UTF-32 codecs. "utf-16" and "utf-32" write a BOM (in
// little-endian order, as CPython on little-endian machines) and, when
// decoding, honour one if present; the -le/-be variants neither write nor
// skip a BOM.

type wideOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// wideName is the codec named in decoding errors: CPython names the byte
// order it decoded with even for "utf-16" and "utf-32".
func wideName(order wideOrder, wide bool) string {
	name := "utf-16"
	if wide {
		name = "utf-32"
	}
	if order == wideOrder(binary.BigEndian) {
		return name + "-be"
	}
	return name + "-le"
}

// codecNormalizeWide names the UTF-16/UTF-32 codecs among normalized names
// (lower case, "_" for "-"), or returns "".
func codecNormalizeWide(e string) string {
	switch e {
	case "utf_16", "utf16", "u16":
		return "utf-16"
	case "utf_16_le", "utf_16le", "unicodelittleunmarked":
		return "utf-16-le"
	case "utf_16_be", "utf_16be", "unicodebigunmarked":
		return "utf-16-be"
	case "utf_32", "utf32", "u32":
		return "utf-32"
	case "utf_32_le", "utf_32le":
		return "utf-32-le"
	case "utf_32_be", "utf_32be":
		return "utf-32-be"
	}
	return ""
}

// encodeWide encodes s with a UTF-16/UTF-32 codec (ok is false for other
// codecs). Strings hold no lone surrogates, so encoding cannot fail.
func encodeWide(s *Str, codec string) ([]byte, bool) {
	var order wideOrder = binary.LittleEndian
	bom, wide := false, false
	switch codec {
	case "utf-16":
		bom = true
	case "utf-16-le":
	case "utf-16-be":
		order = binary.BigEndian
	case "utf-32":
		bom, wide = true, true
	case "utf-32-le":
		wide = true
	case "utf-32-be":
		order, wide = binary.BigEndian, true
	default:
		return nil, false
	}
	n := utf8.RuneCountInString(s.s)
	var out []byte
	if wide {
		out = make([]byte, 0, 4*(n+1))
		if bom {
			out = order.AppendUint32(out, 0xFEFF)
		}
		for _, r := range s.s {
			out = order.AppendUint32(out, uint32(r))
		}
		return out, true
	}
	out = make([]byte, 0, 2*(n+1))
	if bom {
		out = order.AppendUint16(out, 0xFEFF)
	}
	for _, r := range s.s {
		if r >= 0x10000 {
			r -= 0x10000
			out = order.AppendUint16(out, uint16(0xD800+(r>>10)))
			out = order.AppendUint16(out, uint16(0xDC00+(r&0x3FF)))
			continue
		}
		out = order.AppendUint16(out, uint16(r))
	}
	return out, true
}

// decodeWide decodes data with a UTF-16/UTF-32 codec (ok is false for other
// codecs), with CPython's error reasons and positions.
func decodeWide(t *Thread, data []byte, codec, errors string) (s *Str, ok bool, err error) {
	var order wideOrder = binary.LittleEndian
	bom, wide := false, false
	switch codec {
	case "utf-16":
		bom = true
	case "utf-16-le":
	case "utf-16-be":
		order = binary.BigEndian
	case "utf-32":
		bom, wide = true, true
	case "utf-32-le":
		wide = true
	case "utf-32-be":
		order, wide = binary.BigEndian, true
	default:
		return nil, false, nil
	}
	var sb strings.Builder
	sb.Grow(len(data))
	i := 0
	if wide {
		if bom && len(data) >= 4 {
			switch {
			case data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0:
				i = 4
			case data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF:
				order, i = binary.BigEndian, 4
			}
		}
		for i < len(data) {
			if len(data)-i < 4 {
				if err := codecHandleDecode(t, &sb, errors, wideName(order, wide), data, i, len(data), "truncated data"); err != nil {
					return nil, true, err
				}
				break
			}
			c := order.Uint32(data[i:])
			switch {
			case c >= 0x110000:
				err = codecHandleDecode(t, &sb, errors, wideName(order, wide), data, i, i+4, "code point not in range(0x110000)")
			case c >= 0xD800 && c < 0xE000:
				err = codecHandleDecode(t, &sb, errors, wideName(order, wide), data, i, i+4, "code point in surrogate code point range(0xd800, 0xe000)")
			default:
				sb.WriteRune(rune(c))
			}
			if err != nil {
				return nil, true, err
			}
			i += 4
		}
		return strNewString(sb.String()), true, nil
	}
	if bom && len(data) >= 2 {
		switch {
		case data[0] == 0xFF && data[1] == 0xFE:
			i = 2
		case data[0] == 0xFE && data[1] == 0xFF:
			order, i = binary.BigEndian, 2
		}
	}
	for i < len(data) {
		if len(data)-i < 2 {
			if err := codecHandleDecode(t, &sb, errors, wideName(order, wide), data, i, len(data), "truncated data"); err != nil {
				return nil, true, err
			}
			break
		}
		c := rune(order.Uint16(data[i:]))
		switch {
		case c < 0xD800 || c >= 0xE000:
			sb.WriteRune(c)
			i += 2
			continue
		case c >= 0xDC00:
			err = codecHandleDecode(t, &sb, errors, wideName(order, wide), data, i, i+2, "illegal encoding")
			i += 2
		case len(data)-i < 4:
			err = codecHandleDecode(t, &sb, errors, wideName(order, wide), data, i, len(data), "unexpected end of data")
			i = len(data)
		default:
			c2 := rune(order.Uint16(data[i+2:]))
			if c2 >= 0xDC00 && c2 < 0xE000 {
				sb.WriteRune(0x10000 + (c-0xD800)<<10 + (c2 - 0xDC00))
				i += 4
				continue
			}
			err = codecHandleDecode(t, &sb, errors, wideName(order, wide), data, i, i+2, "illegal UTF-16 surrogate")
			i += 2
		}
		if err != nil {
			return nil, true, err
		}
	}
	return strNewString(sb.String()), true, nil
}
