package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// scaleExe is the pyg binary `pyg scale` runs (tests point it at a fresh build).
var scaleExe = ""

const scaleUsage = `usage: pyg scale script.py [--threads 1,2,4,8] [--modes gil,nogil] [--sim-cores N]
                 [--sched-seed S] [--repeat R] [--json] [--plot out.svg] [--title T] [-- args...]

Runs script.py once per thread count and mode; the thread count reaches the
script as sys.argv[1] and in the environment as PYG_THREADS. Measures wall
time (the median of R runs), or virtual time on the deterministic simulated
machine with --sim-cores N, checks that every run prints the same output, and
prints time, speedup and efficiency per mode (speedup is relative to the
mode's smallest thread count).
  --json        print {"rows": [{"mode", "threads", "seconds", "speedup", "efficiency"}, ...]}
  --plot F.svg  draw speedup against threads per mode, with the ideal line
`

// scaleRow is one measurement of `pyg scale`.
type scaleRow struct {
	Mode       string  `json:"mode"`
	Threads    int     `json:"threads"`
	Seconds    float64 `json:"seconds"`
	Speedup    float64 `json:"speedup"`
	Efficiency float64 `json:"efficiency"`
}

type scaleOptions struct {
	script    string
	threads   []int
	modes     []string
	simCores  int
	seed      uint64
	hasSeed   bool
	repeat    int
	json      bool
	plot      string
	title     string
	extraArgs []string
}

func parseScaleArgs(args []string, stderr io.Writer) (*scaleOptions, bool) {
	o := &scaleOptions{threads: []int{1, 2, 4, 8}, modes: []string{"gil", "nogil"}, repeat: 1}
	bad := func(format string, a ...any) (*scaleOptions, bool) {
		fmt.Fprintf(stderr, "pyg scale: "+format+"\n", a...)
		fmt.Fprint(stderr, scaleUsage)
		return nil, false
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(a, "=")
		needVal := func() (string, bool) {
			if hasVal {
				return val, true
			}
			if i+1 < len(args) {
				i++
				return args[i], true
			}
			return "", false
		}
		switch name {
		case "-h", "--help":
			fmt.Fprint(stderr, scaleUsage)
			return nil, false
		case "--json":
			o.json = true
		case "--threads", "--modes", "--sim-cores", "--sched-seed", "--repeat", "--plot", "--title":
			v, ok := needVal()
			if !ok {
				return bad("%s needs a value", name)
			}
			switch name {
			case "--threads":
				o.threads = nil
				for _, f := range strings.Split(v, ",") {
					n, err := strconv.Atoi(strings.TrimSpace(f))
					if err != nil || n < 1 {
						return bad("bad thread count %q", f)
					}
					o.threads = append(o.threads, n)
				}
				sort.Ints(o.threads)
			case "--modes":
				o.modes = nil
				for _, f := range strings.Split(v, ",") {
					if f != "gil" && f != "nogil" {
						return bad("bad mode %q (gil or nogil)", f)
					}
					o.modes = append(o.modes, f)
				}
			case "--sim-cores":
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 {
					return bad("bad core count %q", v)
				}
				o.simCores = n
			case "--sched-seed":
				n, err := strconv.ParseUint(v, 10, 64)
				if err != nil {
					return bad("bad seed %q", v)
				}
				o.seed, o.hasSeed = n, true
			case "--repeat":
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 {
					return bad("bad repeat count %q", v)
				}
				o.repeat = n
			case "--plot":
				o.plot = v
			case "--title":
				o.title = v
			}
		case "--":
			o.extraArgs = args[i+1:]
			i = len(args)
		default:
			if strings.HasPrefix(a, "-") || o.script != "" {
				return bad("unexpected argument %q", a)
			}
			o.script = a
		}
	}
	if o.script == "" {
		return bad("no script given")
	}
	if len(o.threads) == 0 || len(o.modes) == 0 {
		return bad("nothing to run")
	}
	return o, true
}

// scaleRun is the result of one run of the script.
type scaleRun struct {
	stdout  []byte
	seconds float64
	err     error
}

func (o *scaleOptions) runOnce(exe, mode string, n int) scaleRun {
	args := []string{"--" + mode}
	var report string
	if o.simCores > 0 {
		f, err := os.CreateTemp("", "pyg-scale-*.txt")
		if err != nil {
			return scaleRun{err: err}
		}
		report = f.Name()
		f.Close()
		defer os.Remove(report)
		args = append(args, "--sim-cores", strconv.Itoa(o.simCores), "--sim-report", report)
		if o.hasSeed {
			args = append(args, "--sched-seed", strconv.FormatUint(o.seed, 10))
		}
	}
	args = append(args, o.script, strconv.Itoa(n))
	args = append(args, o.extraArgs...)
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "PYG_THREADS="+strconv.Itoa(n), "PYTHON_GIL=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	if err != nil {
		msg := strings.TrimSpace(errb.String())
		if len(msg) > 2000 {
			msg = "..." + msg[len(msg)-2000:]
		}
		return scaleRun{err: fmt.Errorf("%s with %d threads failed (%v):\n%s", mode, n, err, msg)}
	}
	r := scaleRun{stdout: out.Bytes(), seconds: wall}
	if report != "" {
		b, err := os.ReadFile(report)
		if err != nil {
			return scaleRun{err: err}
		}
		r.seconds, err = strconv.ParseFloat(strings.TrimSpace(string(b)), 64)
		if err != nil {
			return scaleRun{err: fmt.Errorf("bad simulation report %q", b)}
		}
	}
	return r
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// measure runs every (mode, threads) configuration and returns the rows.
func (o *scaleOptions) measure(exe string) ([]scaleRow, error) {
	type job struct {
		mode string
		n    int
	}
	var jobs []job
	for _, m := range o.modes {
		for _, n := range o.threads {
			jobs = append(jobs, job{m, n})
		}
	}
	results := make([][]scaleRun, len(jobs))
	if o.simCores > 0 {
		// Simulated runs are deterministic: run them in parallel, once.
		var wg sync.WaitGroup
		sem := make(chan struct{}, max(1, runtime.NumCPU()))
		for i, j := range jobs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				results[i] = []scaleRun{o.runOnce(exe, j.mode, j.n)}
			}()
		}
		wg.Wait()
	} else {
		// Wall-clock runs one at a time; repeats are interleaved so that
		// a burst of load on the machine spreads over all configurations.
		for r := 0; r < o.repeat; r++ {
			for i, j := range jobs {
				results[i] = append(results[i], o.runOnce(exe, j.mode, j.n))
			}
		}
	}
	var ref []byte
	var refJob job
	rows := make([]scaleRow, len(jobs))
	for i, j := range jobs {
		var secs []float64
		for _, r := range results[i] {
			if r.err != nil {
				return nil, r.err
			}
			if ref == nil {
				ref, refJob = r.stdout, j
			} else if !bytes.Equal(ref, r.stdout) {
				return nil, fmt.Errorf("output differs between %s with %d threads and %s with %d threads:\n%s",
					refJob.mode, refJob.n, j.mode, j.n, firstDiff(ref, r.stdout))
			}
			secs = append(secs, r.seconds)
		}
		rows[i] = scaleRow{Mode: j.mode, Threads: j.n, Seconds: median(secs)}
	}
	base := map[string]scaleRow{}
	for _, r := range rows {
		if _, ok := base[r.Mode]; !ok {
			base[r.Mode] = r
		}
	}
	for i := range rows {
		b := base[rows[i].Mode]
		if rows[i].Seconds > 0 {
			rows[i].Speedup = b.Seconds / rows[i].Seconds
		}
		rows[i].Efficiency = rows[i].Speedup * float64(b.Threads) / float64(rows[i].Threads)
	}
	return rows, nil
}

// firstDiff describes the first differing line of two outputs.
func firstDiff(a, b []byte) string {
	al := strings.Split(string(a), "\n")
	bl := strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  - %s\n  + %s", i+1, x, y)
		}
	}
	return "(lengths differ)"
}

// scaleHeader describes what was measured.
func (o *scaleOptions) header() string {
	name := filepath.Base(o.script)
	if o.simCores > 0 {
		seed := ""
		if o.hasSeed {
			seed = fmt.Sprintf(", seed %d", o.seed)
		}
		return fmt.Sprintf("%s: simulated %d-core machine%s (virtual seconds)", name, o.simCores, seed)
	}
	rep := ""
	if o.repeat > 1 {
		rep = fmt.Sprintf(", median of %d runs", o.repeat)
	}
	return fmt.Sprintf("%s: wall clock on %d CPUs%s", name, runtime.NumCPU(), rep)
}

// formatScaleTable renders the rows as a text table.
func formatScaleTable(title string, rows []scaleRow) string {
	var b strings.Builder
	fmt.Fprintln(&b, title)
	fmt.Fprintf(&b, "%-6s %7s %10s %8s %10s\n", "mode", "threads", "seconds", "speedup", "efficiency")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-6s %7d %10.4f %7.2fx %9.0f%%\n", r.Mode, r.Threads, r.Seconds, r.Speedup, r.Efficiency*100)
	}
	return b.String()
}

func round(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}

func scaleMain(args []string, stdout, stderr io.Writer) int {
	o, ok := parseScaleArgs(args, stderr)
	if !ok {
		return 2
	}
	exe := scaleExe
	if exe == "" {
		e, err := os.Executable()
		if err != nil {
			fmt.Fprintf(stderr, "pyg scale: %v\n", err)
			return 1
		}
		exe = e
	}
	if _, err := os.Stat(o.script); err != nil {
		fmt.Fprintf(stderr, "pyg scale: %v\n", err)
		return 2
	}
	rows, err := o.measure(exe)
	if err != nil {
		fmt.Fprintf(stderr, "pyg scale: %v\n", err)
		return 1
	}
	title := o.header()
	if o.json {
		out := make([]scaleRow, len(rows))
		for i, r := range rows {
			out[i] = scaleRow{r.Mode, r.Threads, round(r.Seconds, 6), round(r.Speedup, 4), round(r.Efficiency, 4)}
		}
		b, _ := json.MarshalIndent(map[string]any{"rows": out}, "", "  ")
		fmt.Fprintln(stdout, string(b))
	} else {
		fmt.Fprint(stdout, formatScaleTable(title, rows))
	}
	if o.plot != "" {
		pt := o.title
		if pt == "" {
			pt = title
		}
		if err := os.WriteFile(o.plot, []byte(scaleSVG(pt, rows)), 0o644); err != nil {
			fmt.Fprintf(stderr, "pyg scale: %v\n", err)
			return 1
		}
	}
	return 0
}
