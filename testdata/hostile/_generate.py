#!/usr/bin/env python3
"""Write the hostile corpus: malformed programs, as exact bytes.

Usage: python3 testdata/hostile/_generate.py
then record their goldens from CPython 3.13:
    $(pyenv root)/versions/3.13.0/bin/python3 testdata/record.py testdata/hostile/*.py
The harness is cmd/pyg/hostile_test.go.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {
    # indentation
    "indent_unexpected": b"x = 1\n    y = 2\n",
    "indent_expected": b"if True:\nprint(1)\n",
    "indent_unindent": b"if True:\n        x = 1\n    y = 2\n",
    "indent_tab_space": b"if True:\n\tx = 1\n        y = 2\n",
    "indent_tab_error": b"if True:\n        x = 1\n\ty = 2\n",
    "indent_100_levels": b"".join(b" " * i + b"if 1:\n" for i in range(100)) + b" " * 100 + b"pass\n",
    "indent_99_levels": b"".join(b" " * i + b"if 1:\n" for i in range(99)) + b" " * 99 + b"print('deep')\n",
    "indent_formfeed": b"if True:\n\x0c    print('ff')\n",
    "indent_eof_in_block": b"def f():\n",
    # strings
    "str_unterminated": b"x = 'abc\nprint(x)\n",
    "str_unterminated_triple": b"x = 1\ny = '''abc\n\ndef\n",
    "str_unterminated_eof": b"x = \"abc",
    "str_invalid_escape": b"x = '\\q'\nprint(x)\n",
    "str_bad_x_escape": b"x = '\\xZZ'\n",
    "str_bad_u_escape": b"x = '\\u12'\n",
    "str_bad_N_escape": b"x = '\\N{NO SUCH CHARACTER NAME}'\n",
    "bytes_non_ascii": b"x = b'\xc3\xa9'\n",
    "bytes_bad_escape": b"x = b'\\x1'\n",
    "str_octal_escape": b"x = '\\777'\nprint(len(x))\n",
    "fstring_unclosed": b"x = f'{1 + 2'\n",
    "fstring_empty": b"x = f'{}'\n",
    "fstring_bad_conversion": b"x = f'{1!z}'\n",
    "fstring_single_brace": b"x = f'}'\n",
    # bytes of the source
    "nul_byte": b"x = 1\x00\nprint(x)\n",
    "nul_in_string": b"x = 'a\x00b'\n",
    "invalid_utf8": b"x = '\xff'\nprint(x)\n",
    "invalid_utf8_comment": b"# caf\xe9\nprint(1)\n",
    "truncated_utf8": b"print('ok')\nx = '\xe2\x82'\n",
    "surrogate_bytes": b"x = '\xed\xa0\x80'\n",
    "surrogate_escape": b"x = '\\ud800'\nprint(len(x), ascii(x))\nprint(x)\n",
    "bom": b"\xef\xbb\xbfprint('bom ok')\n",
    "bom_twice": b"\xef\xbb\xbf\xef\xbb\xbfprint('x')\n",
    "bom_mid_file": b"print(1)\n\xef\xbb\xbfprint(2)\n",
    "coding_unknown": b"# -*- coding: no-such-codec -*-\nprint(1)\n",
    "nonprintable_char": b"x = 1\x01\n",
    "invalid_char": b"x = 1 \xe2\x82\xac 2\n",
    "invalid_identifier_char": b"x\xe2\x80\x8by = 1\n",
    # line endings
    "crlf": b"print(1)\r\nif True:\r\n    print(2)\r\nx = '''a\r\nb'''\r\nprint(repr(x))\r\n",
    "cr_only": b"print(1)\rif True:\r    print(2)\r",
    "crlf_error": b"x = 1\r\ny = (\r\n",
    "mixed_line_endings": b"print(1)\nprint(2)\r\nprint(3)\rprint(4)\n",
    "no_final_newline": b"if True:\n    print('no newline')",
    "backslash_eof": b"x = 1 + \\",
    "backslash_space": b"x = 1 + \\ \n2\n",
    # sizes
    "long_line": b"x = '" + b"a" * 200000 + b"'\nprint(len(x))\n",
    "long_line_error": b"x = [" + b"1, " * 3000 + b"$]\n",
    "long_identifier": b"a" * 100000 + b" = 7\nprint(" + b"a" * 100000 + b")\n",
    "many_args": b"def f(*a): return len(a)\nprint(f(" + b"1," * 10000 + b"))\n",
    "int_literal_huge": b"x = " + b"1" * 5000 + b"\n",
    "parens_199": b"x = " + b"(" * 199 + b"1" + b")" * 199 + b"\nprint(x)\n",
    "parens_201": b"x = " + b"(" * 201 + b"1" + b")" * 201 + b"\n",
    "brackets_mismatch": b"x = (1, 2]\n",
    "bracket_unclosed": b"x = [1,\n2,\n",
    "bracket_unopened": b"x = 1)\n",
    "fstring_nested_deep": b"x = " + b"f'{" * 160 + b"1" + b"}'" * 160 + b"\n",
    # literals
    "number_trailing_underscore": b"x = 1_000_\n",
    "number_bad_binary": b"x = 0b102\n",
    "number_leading_zero": b"x = 0123\n",
    "number_invalid_suffix": b"x = 1abc\n",
    "empty_file": b"",
    "only_comments": b"# nothing here\n   # indented comment\n\n",
    "only_whitespace": b"   \n\t\n  \n",
}


def main():
    for name, data in CASES.items():
        with open(os.path.join(HERE, name + ".py"), "wb") as f:
            f.write(data)
    print("wrote %d files" % len(CASES))


if __name__ == "__main__":
    main()
