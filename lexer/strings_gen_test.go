package lexer

// Code generated from CPython 3.13 eval(); DO NOT EDIT.

var cpythonStringTests = []struct {
	raw, want string
	isBytes   bool
}{
	{"'abc'", "abc", false},
	{"\"a\\nb\\tc\"", "a\nb\tc", false},
	{"'\\a\\b\\f\\n\\r\\t\\v'", "\u0007\b\f\n\r\t\u000b", false},
	{"'\\0\\7\\07\\101\\1010'", "\u0000\u0007\u0007AA0", false},
	{"'\\x41\\x7e'", "A~", false},
	{"'\\u00e9\\u20ac'", "\u00e9\u20ac", false},
	{"'\\U0001F600'", "\U0001f600", false},
	{"'\\N{BULLET}\\N{em dash}'", "\u2022\u2014", false},
	{"'\\d\\q\\{'", "\\d\\q\\{", false},
	{"'a\\\nb'", "ab", false},
	{"'\\\\\\'\\\"'", "\\'\"", false},
	{"r'\\n\\x'", "\\n\\x", false},
	{"b'\\x00\\xff\\n'", "\x00\xff\x0a", true},
	{"b'\\u00e9\\N{X}'", "\x5c\x75\x30\x30\x65\x39\x5c\x4e\x7b\x58\x7d", true},
	{"rb'\\x'", "\x5c\x78", true},
	{"'''a''b'''", "a''b", false},
	{"u'\\u0041'", "A", false},
	{"'\\777'", "\u01ff", false},
	{"b'\\777'", "\xff", true},
	{"''", "", false},
	{"'''\r\n'''", "\n", false},
}
