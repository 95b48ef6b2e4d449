package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets the test binary stand in for pyg when `pyg scale` (or a
// scaling test) runs it as a child process.
func TestMain(m *testing.M) {
	if os.Getenv("PYG_TEST_BE_PYG") == "1" {
		os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
	}
	os.Exit(m.Run())
}

// asPyg makes `pyg scale` run this test binary as pyg.
func asPyg(t *testing.T) string {
	t.Setenv("PYG_TEST_BE_PYG", "1")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	scaleExe = exe
	t.Cleanup(func() { scaleExe = "" })
	return exe
}

func runScale(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := scaleMain(args, &out, &errb)
	return out.String(), errb.String(), code
}

// directives reads the "# scale: ARGS" and "# run NAME: ARGS" lines at the
// top of a scaling program.
func directives(t *testing.T, path string) (scale []string, runs map[string][]string) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	runs = map[string][]string{}
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "# ") {
			break
		}
		head, args, ok := strings.Cut(line[2:], ": ")
		if !ok {
			continue
		}
		fields := strings.Fields(args)
		for i, f := range fields {
			if f == "$0" {
				fields[i] = path
			}
		}
		switch {
		case head == "scale":
			scale = fields
		case strings.HasPrefix(head, "run "):
			runs[strings.TrimPrefix(head, "run ")] = fields
		}
	}
	return scale, runs
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no golden file (go test ./cmd/pyg -run TestScaling -update): %v", err)
	}
	if string(want) != got {
		t.Errorf("%s: mismatch\n--- want\n%s--- got\n%s", filepath.Base(path), want, got)
	}
}

// TestScalingGolden checks the golden `pyg scale` tables (under --sim-cores)
// and the golden outputs of the simulated runs in testdata/scaling.
func TestScalingGolden(t *testing.T) {
	exe := asPyg(t)
	progs, _ := filepath.Glob(filepath.Join(testdataDir, "scaling", "*.py"))
	if len(progs) == 0 {
		t.Fatal("no scaling programs")
	}
	for _, path := range progs {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		scale, runs := directives(t, path)
		if scale != nil {
			t.Run(name+"/scale", func(t *testing.T) {
				out, errs, code := runScale(t, append([]string{path}, scale...)...)
				if code != 0 {
					t.Fatalf("pyg scale failed (%d): %s", code, errs)
				}
				checkGolden(t, filepath.Join(testdataDir, "scaling", name+".scale"), out)
			})
		}
		for run, args := range runs {
			t.Run(name+"/"+run, func(t *testing.T) {
				cmd := exec.Command(exe, args...)
				var out, errb bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &errb
				err := cmd.Run()
				code := 0
				if ee, ok := err.(*exec.ExitError); ok {
					code = ee.ExitCode()
				} else if err != nil {
					t.Fatal(err)
				}
				g := Golden{Exit: code, Stdout: out.String(), Stderr: errb.String()}
				checkGolden(t, filepath.Join(testdataDir, "scaling", name+"."+run+".out"), g.Format())
			})
		}
	}
}

func scaleJSON(t *testing.T, args ...string) []scaleRow {
	t.Helper()
	out, errs, code := runScale(t, append(args, "--json")...)
	if code != 0 {
		t.Fatalf("pyg scale failed (%d): %s", code, errs)
	}
	var r struct{ Rows []scaleRow }
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("bad json: %v\n%s", err, out)
	}
	return r.Rows
}

// TestScalingCriteria checks the simulated CPU-bound scaling at 8 cores.
func TestScalingCriteria(t *testing.T) {
	asPyg(t)
	rows := scaleJSON(t, filepath.Join(testdataDir, "scaling", "cpu_bound.py"), "--threads", "1,8", "--sim-cores", "8")
	for _, r := range rows {
		if r.Threads != 8 {
			continue
		}
		switch r.Mode {
		case "nogil":
			if r.Speedup < 6.5 {
				t.Errorf("free-threaded speedup at 8 cores = %.2f, want >= 6.5", r.Speedup)
			}
		case "gil":
			if r.Speedup > 1.1 {
				t.Errorf("GIL speedup at 8 cores = %.2f, want <= 1.1", r.Speedup)
			}
		}
	}
}

// TestSimInterference checks the simulator's model of what slows threads
// down when they run at the same time: the garbage collector competes for
// the cores only when every core is busy, and threads writing the same
// objects' reference counts pay for moving the cache lines between cores.
func TestSimInterference(t *testing.T) {
	asPyg(t)
	speedup := func(rows []scaleRow, mode string, n int) float64 {
		for _, r := range rows {
			if r.Mode == mode && r.Threads == n {
				return r.Speedup
			}
		}
		t.Fatalf("no row %s %d in %+v", mode, n, rows)
		return 0
	}
	cpu := filepath.Join(testdataDir, "scaling", "cpu_bound.py")
	rows := scaleJSON(t, cpu, "--threads", "1,2", "--sim-cores", "2")
	if s := speedup(rows, "nogil", 2); s < 1.75 || s > 1.95 {
		t.Errorf("free-threaded CPU-bound speedup on 2 of 2 cores = %.2f, want 1.75..1.95 (little allocation)", s)
	}
	if s := speedup(rows, "gil", 2); s > 1.01 {
		t.Errorf("GIL CPU-bound speedup on 2 cores = %.2f, want <= 1.01", s)
	}
	alloc := filepath.Join(testdataDir, "scaling", "alloc_bound.py")
	rows = scaleJSON(t, alloc, "--threads", "1,2", "--sim-cores", "2", "--modes", "nogil")
	if s := speedup(rows, "nogil", 2); s < 1.2 || s > 1.5 {
		t.Errorf("free-threaded allocating speedup on 2 of 2 cores = %.2f, want 1.2..1.5 (GC on busy cores)", s)
	}
	rows = scaleJSON(t, alloc, "--threads", "1,2", "--sim-cores", "4", "--modes", "nogil")
	if s := speedup(rows, "nogil", 2); s < 1.95 {
		t.Errorf("free-threaded allocating speedup on 2 of 4 cores = %.2f, want >= 1.95 (GC on idle cores)", s)
	}
	shared := filepath.Join(testdataDir, "scaling", "shared_objects.py")
	rows = scaleJSON(t, shared, "--threads", "1,2", "--sim-cores", "4", "--modes", "nogil")
	if s := speedup(rows, "nogil", 2); s > 1.5 {
		t.Errorf("free-threaded speedup writing shared objects = %.2f, want <= 1.5 (cache-line transfers)", s)
	}
	t.Setenv("PRIVATE", "1")
	rows = scaleJSON(t, shared, "--threads", "1,2", "--sim-cores", "4", "--modes", "nogil")
	if s := speedup(rows, "nogil", 2); s < 1.9 {
		t.Errorf("free-threaded speedup with per-thread objects = %.2f, want >= 1.9", s)
	}
}

// TestScalingDeterministic runs the same simulated scaling twice.
func TestScalingDeterministic(t *testing.T) {
	exe := asPyg(t)
	for _, prog := range []string{"convoy.py", "lost_update.py", "shared_objects.py"} {
		path := filepath.Join(testdataDir, "scaling", prog)
		var outs [2]string
		for i := range outs {
			cmd := exec.Command(exe, "--nogil", "--sim-cores", "3", "--sched-seed", "7", "-X", "gilstats", "-X", "simstats", path, "3")
			b, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%s: %v\n%s", prog, err, b)
			}
			outs[i] = string(b)
		}
		if outs[0] != outs[1] {
			t.Errorf("%s: two simulated runs differ:\n%s\n---\n%s", prog, outs[0], outs[1])
		}
	}
	var tables [2]string
	for i := range tables {
		out, errs, code := runScale(t, filepath.Join(testdataDir, "scaling", "io_bound.py"), "--threads", "1,3", "--sim-cores", "2", "--sched-seed", "3")
		if code != 0 {
			t.Fatal(errs)
		}
		tables[i] = out
	}
	if tables[0] != tables[1] {
		t.Errorf("two simulated scale tables differ:\n%s\n---\n%s", tables[0], tables[1])
	}
}

// TestScalingLostUpdates: the unlocked counter loses updates free-threaded
// under some seed; the locked one never does, whatever the seed and mode.
func TestScalingLostUpdates(t *testing.T) {
	exe := asPyg(t)
	path := filepath.Join(testdataDir, "scaling", "lost_update.py")
	lost := false
	for _, mode := range []string{"--nogil", "--gil"} {
		for _, seed := range []string{"0", "1", "2", "3"} {
			b, err := exec.Command(exe, mode, "--sim-cores", "4", "--sched-seed", seed, path, "4").CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, b)
			}
			out := string(b)
			if !strings.Contains(out, "locked counter:   80000 of 80000 exact") {
				t.Errorf("%s seed %s: locked counter not exact:\n%s", mode, seed, out)
			}
			if strings.Contains(out, "unlocked counter:") && strings.Contains(strings.Split(out, "\n")[0], "lost") {
				lost = true
			}
		}
	}
	if !lost {
		t.Errorf("no seed showed lost updates")
	}
}

// TestScalePlot checks that --plot writes well-formed SVG with a polyline per mode.
func TestScalePlot(t *testing.T) {
	asPyg(t)
	svg := filepath.Join(t.TempDir(), "out.svg")
	_, errs, code := runScale(t, filepath.Join(testdataDir, "scaling", "cpu_bound.py"), "--threads", "1,2,4", "--sim-cores", "4", "--plot", svg)
	if code != 0 {
		t.Fatal(errs)
	}
	f, err := os.Open(svg)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := xml.NewDecoder(f)
	count := map[string]int{}
	var root string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("invalid SVG: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if root == "" {
				root = se.Name.Local
				if se.Name.Space != "http://www.w3.org/2000/svg" {
					t.Errorf("root namespace %q", se.Name.Space)
				}
			}
			count[se.Name.Local]++
		}
	}
	if root != "svg" || count["polyline"] != 2 || count["circle"] != 6 || count["text"] < 8 {
		t.Errorf("unexpected SVG structure: root %q, elements %v", root, count)
	}
}

// TestScaleRealAndMismatch: a wall-clock scale run works, and differing
// outputs are an error.
func TestScaleRealAndMismatch(t *testing.T) {
	asPyg(t)
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.py")
	os.WriteFile(ok, []byte("import sys, threading\nn = int(sys.argv[1])\nts = [threading.Thread(target=sum, args=(range(1000),)) for _ in range(n)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint('ok')\n"), 0o644)
	rows := scaleJSON(t, ok, "--threads", "1,2")
	if len(rows) != 4 || rows[0].Speedup != 1 || rows[0].Seconds <= 0 {
		t.Errorf("rows %+v", rows)
	}
	bad := filepath.Join(dir, "bad.py")
	os.WriteFile(bad, []byte("import sys\nprint(sys.argv[1])\n"), 0o644)
	_, errs, code := runScale(t, bad, "--threads", "1,2", "--modes", "gil")
	if code == 0 || !strings.Contains(errs, "output differs") {
		t.Errorf("mismatch not reported: %d %s", code, errs)
	}
}

// TestTraceAndGILStats checks --trace (Chrome trace JSON) and -X gilstats
// for a real and a simulated run.
func TestTraceAndGILStats(t *testing.T) {
	exe := asPyg(t)
	path := filepath.Join(testdataDir, "scaling", "convoy.py")
	for _, sim := range [][]string{nil, {"--sim-cores", "2"}} {
		tr := filepath.Join(t.TempDir(), "trace.json")
		args := append(append([]string{"--gil", "-X", "gilstats", "--trace", tr}, sim...), path, "2")
		b, err := exec.Command(exe, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, b)
		}
		if !strings.Contains(string(b), "gilstats: switch interval 5.0 ms") || !strings.Contains(string(b), "forced switches") {
			t.Errorf("no gilstats:\n%s", b)
		}
		data, err := os.ReadFile(tr)
		if err != nil {
			t.Fatal(err)
		}
		var trace struct {
			TraceEvents []struct {
				Name string
				Ph   string
				Tid  int64
				Ts   float64
				Dur  float64
			}
		}
		if err := json.Unmarshal(data, &trace); err != nil {
			t.Fatalf("trace is not valid JSON: %v", err)
		}
		names := map[string]bool{}
		tids := map[int64]bool{}
		for _, e := range trace.TraceEvents {
			names[e.Name] = true
			if e.Ph == "X" {
				tids[e.Tid] = true
				if e.Dur <= 0 {
					t.Errorf("span with duration %v", e.Dur)
				}
			}
		}
		for _, want := range []string{"running", "waiting for GIL", "GIL hand-off", "thread_name"} {
			if !names[want] {
				t.Errorf("sim=%v: trace has no %q event (has %v)", sim, want, names)
			}
		}
		if len(tids) < 3 {
			t.Errorf("sim=%v: spans on %d threads, want 3", sim, len(tids))
		}
	}
}
