package runtime

import (
	"strings"
	"unicode/utf8"
)

// CPython's "Did you mean" search (Python/suggestions.c).

const (
	suggestMaxCandidates = 750
	suggestMaxString     = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

// ClosestName is CPython's suggestion search over candidates
// (Python/suggestions.c, _Py_CalculateSuggestions): the candidate nearest to
// wrong, or "" if none is close enough.
func ClosestName(candidates []string, wrong string) string {
	if len(candidates) > suggestMaxCandidates {
		return ""
	}
	wl := utf8.RuneCountInString(wrong)
	if wl > suggestMaxString {
		return ""
	}
	best := wl
	suggestion := ""
	for _, p := range candidates {
		if p == wrong {
			continue
		}
		maxd := (utf8.RuneCountInString(p) + wl + 3) * suggestMoveCost / 6
		maxd = min(maxd, best-1)
		d := levenshtein([]rune(wrong), []rune(p), maxd)
		if d > maxd {
			continue
		}
		if suggestion == "" || d < best {
			suggestion, best = p, d
		}
	}
	return suggestion
}

func substitutionCost(a, b rune) int {
	if a == b {
		return 0
	}
	if strings.ToLower(string(a)) == strings.ToLower(string(b)) {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// levenshtein is Python/suggestions.c's levenshtein_distance.
func levenshtein(a, b []rune, maxCost int) int {
	if string(a) == string(b) {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return suggestMoveCost * (len(a) + len(b))
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi, bc := range b {
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i, ac := range a {
			substitute := distance + substitutionCost(bc, ac)
			distance = row[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			row[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
