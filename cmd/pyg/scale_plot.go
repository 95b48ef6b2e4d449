package main

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// scaleSVG draws speedup against threads for each mode, with the ideal
// (linear) speedup line, axis labels and a legend, as a self-contained SVG.
func scaleSVG(title string, rows []scaleRow) string {
	const (
		w, h                   = 640.0, 440.0
		left, right, top, bott = 70.0, 150.0, 50.0, 60.0
	)
	pw, ph := w-left-right, h-top-bott
	maxT := 1
	maxS := 1.0
	var modes []string
	seen := map[string]bool{}
	var counts []int
	seenT := map[int]bool{}
	for _, r := range rows {
		maxT = max(maxT, r.Threads)
		maxS = math.Max(maxS, r.Speedup)
		if !seen[r.Mode] {
			seen[r.Mode] = true
			modes = append(modes, r.Mode)
		}
		if !seenT[r.Threads] {
			seenT[r.Threads] = true
			counts = append(counts, r.Threads)
		}
	}
	yMax := math.Max(float64(maxT), maxS*1.05)
	xMax := float64(maxT)
	x := func(t float64) float64 { return left + pw*(t/xMax) }
	y := func(s float64) float64 { return top + ph*(1-s/yMax) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="sans-serif" font-size="12">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<rect x="0" y="0" width="%.0f" height="%.0f" fill="white"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="%.1f" y="24" text-anchor="middle" font-size="14" font-weight="bold">%s</text>`+"\n", left+pw/2, html.EscapeString(title))
	// grid and y ticks
	step := niceStep(yMax)
	for s := 0.0; s <= yMax+1e-9; s += step {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#e0e0e0"/>`+"\n", left, y(s), left+pw, y(s))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end">%g</text>`+"\n", left-6, y(s)+4, s)
	}
	// x ticks at the measured thread counts
	for _, t := range counts {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#e0e0e0"/>`+"\n", x(float64(t)), top, x(float64(t)), top+ph)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">%d</text>`+"\n", x(float64(t)), top+ph+18, t)
	}
	// axes
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="black"/>`+"\n", left, top+ph, left+pw, top+ph)
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="black"/>`+"\n", left, top, left, top+ph)
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">threads</text>`+"\n", left+pw/2, h-18)
	fmt.Fprintf(&b, `<text x="18" y="%.1f" text-anchor="middle" transform="rotate(-90 18 %.1f)">speedup</text>`+"\n", top+ph/2, top+ph/2)
	// ideal line
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#888" stroke-dasharray="6 4"/>`+"\n", x(0), y(0), x(xMax), y(xMax))
	colors := map[string]string{"gil": "#d62728", "nogil": "#1f77b4"}
	labels := map[string]string{"gil": "GIL", "nogil": "free-threaded"}
	for _, m := range modes {
		c := colors[m]
		var pts []string
		for _, r := range rows {
			if r.Mode == m {
				pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(float64(r.Threads)), y(r.Speedup)))
			}
		}
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", c, strings.Join(pts, " "))
		for _, r := range rows {
			if r.Mode == m {
				fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3.5" fill="%s"><title>%s, %d threads: %.2fx (%.4f s)</title></circle>`+"\n",
					x(float64(r.Threads)), y(r.Speedup), c, labels[m], r.Threads, r.Speedup, r.Seconds)
			}
		}
	}
	// legend
	lx, ly := left+pw+16, top+10
	for i, m := range modes {
		yy := ly + float64(i)*20
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="2"/>`+"\n", lx, yy, lx+24, yy, colors[m])
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f">%s</text>`+"\n", lx+30, yy+4, labels[m])
	}
	yy := ly + float64(len(modes))*20
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#888" stroke-dasharray="6 4"/>`+"\n", lx, yy, lx+24, yy)
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f">ideal</text>`+"\n", lx+30, yy+4)
	b.WriteString("</svg>\n")
	return b.String()
}

// niceStep picks a tick step giving about 4 to 10 ticks up to m.
func niceStep(m float64) float64 {
	for _, s := range []float64{0.5, 1, 2, 4, 5, 10, 20, 25, 50, 100} {
		if m/s <= 10 {
			return s
		}
	}
	return math.Pow(10, math.Ceil(math.Log10(m/10)))
}
