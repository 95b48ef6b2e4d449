package vm

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"pyg/parser"
)

// This file renders the source lines of one traceback entry with CPython
// 3.13's caret lines (Lib/traceback.py, StackSummary.format_frame_summary):
//
//	    return sum(values) / len(values)
//	           ~~~~~~~~~~~~^~~~~~~~~~~~~
//
// line/endLine are 1-based; col/endCol are 0-based character offsets into the
// first and last line.

// frameSource returns the indented source text (and caret lines) for a
// traceback entry, or "" when the source is not available.
func frameSource(src []string, line, endLine, col, endCol int) string {
	if line < 1 || line > len(src) {
		return ""
	}
	if endLine < line || endLine > len(src) || col < 0 || endCol < 0 {
		if s := strings.TrimSpace(src[line-1]); s != "" {
			return "    " + s + "\n"
		}
		return ""
	}
	original := src[line-1 : endLine]
	dedented := dedent(original)
	if strings.TrimSpace(strings.Join(dedented, "\n")) == "" {
		return ""
	}
	firstLine := original[0]
	allLines := dedented
	dedentChars := runeLen(firstLine) - runeLen(allLines[0])
	start := max(0, col-dedentChars)
	end := max(0, endCol-dedentChars)
	// dedent() removes the same prefix from every line, so the last line lost
	// as many characters as the first.
	dpStart := displayWidth(allLines[0], start)
	dpEnd := displayWidth(allLines[len(allLines)-1], end)

	joined := strings.Join(allLines, "\n")
	jr := []rune(joined)
	lastLen := runeLen(allLines[len(allLines)-1])
	segEnd := len(jr) - (lastLen - end)
	var segment string
	if start <= segEnd && segEnd <= len(jr) {
		segment = string(jr[start:segEnd])
	}
	anch, hasAnch := caretAnchors(segment)
	showCarets := shouldShowCarets(start, end, allLines, hasAnch)

	significant := map[int]bool{0: true, len(allLines) - 1: true}
	leftEnd, rightStart := 0, 0
	primary, secondary := '^', '^'
	if hasAnch {
		leftEnd, rightStart = anch.leftEndCol, anch.rightStartCol
		if anch.leftEndLine == 0 {
			leftEnd += start
		}
		if anch.rightStartLine == 0 {
			rightStart += start
		}
		leftEnd = displayWidth(allLines[anch.leftEndLine], leftEnd)
		rightStart = displayWidth(allLines[anch.rightStartLine], rightStart)
		primary, secondary = '~', '^'
		for d := -1; d <= 1; d++ {
			significant[anch.leftEndLine+d] = true
			significant[anch.rightStartLine+d] = true
		}
	}
	delete(significant, -1)
	delete(significant, len(allLines))

	var out []string
	outputLine := func(ln int) {
		text := allLines[ln]
		out = append(out, text)
		if !showCarets {
			return
		}
		numSpaces := runeLen(text) - runeLen(strings.TrimLeft(text, " \t\n\r\f\v"))
		numCarets := displayWidth(text, runeLen(text))
		if ln == len(allLines)-1 {
			numCarets = dpEnd
		}
		var b strings.Builder
		for c := 0; c < numCarets; c++ {
			switch {
			case c < numSpaces || (ln == 0 && c < dpStart):
				b.WriteByte(' ')
			case hasAnch &&
				(ln > anch.leftEndLine || (ln == anch.leftEndLine && c >= leftEnd)) &&
				(ln < anch.rightStartLine || (ln == anch.rightStartLine && c < rightStart)):
				b.WriteRune(secondary)
			default:
				b.WriteRune(primary)
			}
		}
		out = append(out, b.String())
	}
	sig := make([]int, 0, len(significant))
	for ln := 0; ln < len(allLines); ln++ {
		if significant[ln] {
			sig = append(sig, ln)
		}
	}
	for i, ln := range sig {
		if i > 0 {
			diff := ln - sig[i-1]
			if diff == 2 {
				outputLine(ln - 1)
			} else if diff > 2 {
				out = append(out, "...<"+strconv.Itoa(diff-1)+" lines>...")
			}
		}
		outputLine(ln)
	}
	rows := dedent(out)
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("    ")
		b.WriteString(r)
		b.WriteByte('\n')
	}
	return b.String()
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// dedent removes the longest common leading whitespace, as textwrap.dedent
// (lines consisting solely of whitespace are normalized to "").
func dedent(lines []string) []string {
	margin := ""
	first := true
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		ind := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if first {
			margin, first = ind, false
			continue
		}
		for !strings.HasPrefix(ind, margin) {
			if strings.HasPrefix(margin, ind) {
				margin = ind
				break
			}
			i := 0
			for i < len(margin) && i < len(ind) && margin[i] == ind[i] {
				i++
			}
			margin = margin[:i]
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			out[i] = ""
			continue
		}
		out[i] = strings.TrimPrefix(l, margin)
	}
	return out
}

// displayWidth is the terminal width of the first offset characters of line
// (East Asian wide characters count twice).
func displayWidth(line string, offset int) int {
	ascii := true
	for i := 0; i < len(line); i++ {
		if line[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return offset
	}
	w, n := 0, 0
	for _, r := range line {
		if n >= offset {
			break
		}
		n++
		if isWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func isWide(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0x303E, r >= 0x3041 && r <= 0x33FF,
		r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xA000 && r <= 0xA4CF,
		r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, r >= 0x1F300 && r <= 0x1F64F,
		r >= 0x1F900 && r <= 0x1F9FF, r >= 0x20000 && r <= 0x3FFFD:
		return true
	}
	return false
}

type anchors struct {
	leftEndLine, leftEndCol       int
	rightStartLine, rightStartCol int
}

// caretAnchors finds, for a segment that is a binary operation, a subscript
// or a call, where the operator or the brackets are
// (traceback._extract_caret_anchors_from_line_segment).
func caretAnchors(segment string) (anchors, bool) {
	if segment == "" {
		return anchors{}, false
	}
	e, err := parser.ParseExpr("<segment>", []byte("(\n"+segment+"\n)"))
	if err != nil {
		return anchors{}, false
	}
	lines := strings.Split(segment, "\n")
	runes := make([][]rune, len(lines))
	for i, l := range lines {
		runes[i] = []rune(l)
	}
	valid := func(ln, col int) (int, int, bool) {
		for ln < len(runes) && col >= len(runes[ln]) {
			col = 0
			ln++
		}
		return ln, col, ln < len(runes)
	}
	// endOf returns the 0-based (line, col) just after node n within segment.
	endOf := func(n parser.Node, force bool) (int, int, bool) {
		_, end := n.Span()
		ln, col := end.Line-2, end.Col-1
		if ln < 0 || ln >= len(runes) {
			return 0, 0, false
		}
		if !force {
			return ln, col, true
		}
		return valid(ln, col)
	}
	incrementUntil := func(ln, col int, stop func(rune) bool) (int, int, bool) {
		for {
			if ln >= len(runes) || col >= len(runes[ln]) {
				return 0, 0, false
			}
			ch := runes[ln][col]
			var ok bool
			switch {
			case ch == '\\' || ch == '#':
				ln, col, ok = valid(ln+1, 0)
			case !stop(ch):
				ln, col, ok = valid(ln, col+1)
			default:
				return ln, col, true
			}
			if !ok {
				return 0, 0, false
			}
		}
	}
	switch x := e.(type) {
	case *parser.BinOp:
		ln, col, ok := endOf(x.Left, true)
		if !ok {
			return anchors{}, false
		}
		ln, col, ok = incrementUntil(ln, col, func(r rune) bool { return !isSpace(r) && r != ')' })
		if !ok {
			return anchors{}, false
		}
		right := col + 1
		rs, _ := x.Right.Span()
		if right < len(runes[ln]) && (rs.Line-2 > ln || right < rs.Col-1) {
			if ch := runes[ln][right]; !isSpace(ch) && ch != '\\' && ch != '#' {
				right++
			}
		}
		return anchors{ln, col, ln, right}, true
	case *parser.Subscript:
		ln, col, ok := endOf(x.Value, true)
		if !ok {
			return anchors{}, false
		}
		if ln, col, ok = incrementUntil(ln, col, func(r rune) bool { return r == '[' }); !ok {
			return anchors{}, false
		}
		rl, rc, ok := endOf(x, false)
		if !ok {
			return anchors{}, false
		}
		return anchors{ln, col, rl, rc}, true
	case *parser.Call:
		ln, col, ok := endOf(x.Func, true)
		if !ok {
			return anchors{}, false
		}
		if ln, col, ok = incrementUntil(ln, col, func(r rune) bool { return r == '(' }); !ok {
			return anchors{}, false
		}
		rl, rc, ok := endOf(x, false)
		if !ok {
			return anchors{}, false
		}
		return anchors{ln, col, rl, rc}, true
	}
	return anchors{}, false
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

// shouldShowCarets mirrors StackSummary._should_show_carets.
func shouldShowCarets(start, end int, allLines []string, hasAnchors bool) bool {
	if mod, err := parser.ParseFile("<segment>", []byte(strings.Join(allLines, "\n"))); err == nil && len(mod.Body) > 0 {
		var value parser.Expr
		switch st := mod.Body[0].(type) {
		case *parser.Return:
			if c, ok := st.Value.(*parser.Call); ok {
				if _, ok := c.Func.(*parser.Name); ok {
					value = c
				}
			}
		case *parser.Assign:
			if c, ok := st.Value.(*parser.Call); ok && len(st.Targets) == 1 {
				if _, ok := st.Targets[0].(*parser.Name); ok {
					value = c
				}
			}
		}
		if value != nil {
			s, e := value.Span()
			if s.Line == 1 && e.Line == len(allLines) && s.Col-1 == start && e.Col-1 == end {
				return false
			}
		}
	}
	if hasAnchors {
		return true
	}
	first := []rune(allLines[0])
	last := []rune(allLines[len(allLines)-1])
	if start > len(first) {
		start = len(first)
	}
	if end > len(last) {
		end = len(last)
	}
	return strings.TrimSpace(string(first[:start])) != "" || strings.TrimRight(string(last[end:]), " \t\n\r\f\v") != ""
}
