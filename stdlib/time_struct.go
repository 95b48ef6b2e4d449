package stdlib

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"pyg/runtime"
)

// time.struct_time and the calendar functions of the time module: gmtime,
// localtime, mktime, asctime, ctime, strftime, strptime.

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

// StructTimeType is time.struct_time.
var StructTimeType = runtime.NewStructSeqType("struct_time", "time", structTimeFields)

var (
	weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// tmFields are the nine fields of a struct_time.
type tmFields [9]int

func tmFromTime(tm time.Time, isdst int) tmFields {
	wd := (int(tm.Weekday()) + 6) % 7
	return tmFields{tm.Year(), int(tm.Month()), tm.Day(), tm.Hour(), tm.Minute(), tm.Second(), wd, tm.YearDay(), isdst}
}

func (f tmFields) object(t *runtime.Thread) runtime.Object {
	items := make([]runtime.Object, 9)
	for i, v := range f {
		items[i] = runtime.Int(v)
	}
	return runtime.NewStructSeq(t, StructTimeType, items)
}

func (f tmFields) time(loc *time.Location) time.Time {
	return time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, loc)
}

// tmArg converts a struct_time or 9-sequence argument.
func tmArg(t *runtime.Thread, fname string, o runtime.Object) (tmFields, error) {
	var f tmFields
	items, err := runtime.IterateAll(t, o)
	if err != nil || len(items) != 9 {
		return f, runtime.Errorf(t, runtime.TypeErrorType, "%s(): illegal time tuple argument", fname)
	}
	for i, it := range items {
		n, err := runtime.IndexInt(t, it)
		if err != nil {
			return f, err
		}
		f[i] = n
	}
	return f, nil
}

// secsArg converts an optional seconds argument (None: now).
func secsArg(t *runtime.Thread, args []runtime.Object) (time.Time, error) {
	if len(args) == 0 || args[0] == runtime.None {
		if sim := t.Interp.Sim; sim != nil {
			s := simEpoch + sim.Now(t)
			return time.Unix(int64(s), 0), nil
		}
		return time.Now(), nil
	}
	x, err := runtime.ToFloat64(t, args[0])
	if err != nil {
		return time.Time{}, err
	}
	if math.IsNaN(x) {
		return time.Time{}, runtime.Errorf(t, runtime.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if math.IsInf(x, 0) || math.Abs(x) > 1e17 {
		return time.Time{}, runtime.Errorf(t, runtime.OverflowErrorType, "timestamp out of range for platform time_t")
	}
	return time.Unix(int64(math.Floor(x)), 0), nil
}

func isDST(tm time.Time) int {
	if tm.IsDST() {
		return 1
	}
	return 0
}

func asctimeOf(f tmFields) string {
	return fmt.Sprintf("%s %s%3d %02d:%02d:%02d %d", weekdayNames[((f[6]%7)+7)%7][:3], monthNames[((f[1]-1)%12+12)%12][:3], f[2], f[3], f[4], f[5], f[0])
}

// strftimeOf formats f like C's strftime (glibc) for the common directives.
func strftimeOf(format string, f tmFields, loc *time.Location) string {
	var b strings.Builder
	tm := f.time(loc)
	wd := ((f[6] % 7) + 7) % 7
	mon := ((f[1]-1)%12 + 12) % 12
	hour12 := f[3] % 12
	if hour12 == 0 {
		hour12 = 12
	}
	rs := []rune(format)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '%' || i+1 >= len(rs) {
			b.WriteRune(rs[i])
			continue
		}
		i++
		switch rs[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", f[0])
		case 'y':
			fmt.Fprintf(&b, "%02d", ((f[0]%100)+100)%100)
		case 'C':
			fmt.Fprintf(&b, "%02d", f[0]/100)
		case 'm':
			fmt.Fprintf(&b, "%02d", f[1])
		case 'd':
			fmt.Fprintf(&b, "%02d", f[2])
		case 'e':
			fmt.Fprintf(&b, "%2d", f[2])
		case 'H':
			fmt.Fprintf(&b, "%02d", f[3])
		case 'I':
			fmt.Fprintf(&b, "%02d", hour12)
		case 'M':
			fmt.Fprintf(&b, "%02d", f[4])
		case 'S':
			fmt.Fprintf(&b, "%02d", f[5])
		case 'p':
			if f[3] < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'A':
			b.WriteString(weekdayNames[wd])
		case 'a':
			b.WriteString(weekdayNames[wd][:3])
		case 'B':
			b.WriteString(monthNames[mon])
		case 'b', 'h':
			b.WriteString(monthNames[mon][:3])
		case 'j':
			fmt.Fprintf(&b, "%03d", f[7])
		case 'w':
			fmt.Fprintf(&b, "%d", (wd+1)%7)
		case 'u':
			fmt.Fprintf(&b, "%d", wd+1)
		case 'U':
			fmt.Fprintf(&b, "%02d", (f[7]-1+7-(wd+1)%7)/7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (f[7]-1+7-wd)/7)
		case 'V':
			_, w := tm.ISOWeek()
			fmt.Fprintf(&b, "%02d", w)
		case 'G':
			y, _ := tm.ISOWeek()
			fmt.Fprintf(&b, "%d", y)
		case 'c':
			fmt.Fprintf(&b, "%s %s %2d %02d:%02d:%02d %d", weekdayNames[wd][:3], monthNames[mon][:3], f[2], f[3], f[4], f[5], f[0])
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", f[1], f[2], ((f[0]%100)+100)%100)
		case 'X', 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", f[3], f[4], f[5])
		case 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", f[1], f[2], ((f[0]%100)+100)%100)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", f[0], f[1], f[2])
		case 'R':
			fmt.Fprintf(&b, "%02d:%02d", f[3], f[4])
		case 'r':
			fmt.Fprintf(&b, "%02d:%02d:%02d ", hour12, f[4], f[5])
			if f[3] < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'Z':
			name, _ := tm.Zone()
			b.WriteString(name)
		case 'z':
			_, off := tm.Zone()
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, off/3600, off/60%60)
		case 's':
			fmt.Fprintf(&b, "%d", tm.Unix())
		case '%':
			b.WriteByte('%')
		default:
			b.WriteRune('%')
			b.WriteRune(rs[i])
		}
	}
	return b.String()
}

// strptimeOf parses s with format (the common directives of CPython's
// _strptime), returning the fields with tm_isdst -1.
func strptimeOf(s, format string) (tmFields, bool) {
	year, mon, day, hour, min, sec := 1900, 1, 1, 0, 0, 0
	yday, wday := -1, -1
	pm := -1
	hour12 := false
	i := 0
	num := func(maxDigits int) (int, bool) {
		j := i
		if j < len(s) && (s[j] == '+' || s[j] == '-') && maxDigits == 4 {
			j++
		}
		k := j
		for k < len(s) && k-j < maxDigits && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j {
			return 0, false
		}
		n, err := strconv.Atoi(s[i:k])
		if err != nil {
			return 0, false
		}
		i = k
		return n, true
	}
	name := func(names []string) (int, bool) {
		rest := strings.ToLower(s[i:])
		for idx, n := range names {
			if strings.HasPrefix(rest, strings.ToLower(n)) {
				i += len(n)
				return idx, true
			}
		}
		for idx, n := range names {
			if strings.HasPrefix(rest, strings.ToLower(n[:3])) {
				i += 3
				return idx, true
			}
		}
		return 0, false
	}
	for fi := 0; fi < len(format); fi++ {
		c := format[fi]
		if c == ' ' || c == '\t' || c == '\n' {
			for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
				i++
			}
			continue
		}
		if c != '%' || fi+1 >= len(format) {
			if i >= len(s) || s[i] != c {
				return tmFields{}, false
			}
			i++
			continue
		}
		fi++
		var ok bool
		switch format[fi] {
		case 'Y':
			year, ok = num(4)
		case 'y':
			var y int
			y, ok = num(2)
			if y < 69 {
				year = 2000 + y
			} else {
				year = 1900 + y
			}
		case 'm':
			mon, ok = num(2)
			ok = ok && mon >= 1 && mon <= 12
		case 'd':
			day, ok = num(2)
			ok = ok && day >= 1 && day <= 31
		case 'H':
			hour, ok = num(2)
			ok = ok && hour <= 23
		case 'I':
			hour, ok = num(2)
			ok = ok && hour >= 1 && hour <= 12
			hour12 = true
		case 'M':
			min, ok = num(2)
			ok = ok && min <= 59
		case 'S':
			sec, ok = num(2)
			ok = ok && sec <= 61
		case 'j':
			yday, ok = num(3)
		case 'p':
			rest := strings.ToLower(s[i:])
			switch {
			case strings.HasPrefix(rest, "am"):
				pm, ok = 0, true
			case strings.HasPrefix(rest, "pm"):
				pm, ok = 1, true
			}
			i += 2
		case 'B', 'b', 'h':
			var m int
			m, ok = name(monthNames)
			mon = m + 1
		case 'A', 'a':
			wday, ok = name(weekdayNames)
		case '%':
			ok = i < len(s) && s[i] == '%'
			i++
		default:
			return tmFields{}, false
		}
		if !ok {
			return tmFields{}, false
		}
	}
	if i != len(s) {
		return tmFields{}, false
	}
	if hour12 && pm >= 0 {
		if pm == 1 && hour != 12 {
			hour += 12
		} else if pm == 0 && hour == 12 {
			hour = 0
		}
	}
	tm := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	if yday >= 1 && mon == 1 && day == 1 {
		tm = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, yday-1)
		mon, day = int(tm.Month()), tm.Day()
	}
	if tm.Day() != day {
		return tmFields{}, false
	}
	_ = wday
	wd := (int(tm.Weekday()) + 6) % 7
	return tmFields{year, mon, day, hour, min, sec, wd, tm.YearDay(), -1}, true
}

func addTimeCalendar(t *runtime.Thread, m *runtime.Module, start time.Time) {
	m.Dict.SetStr(t, runtime.Intern("struct_time"), StructTimeType)
	_, off := time.Now().Zone()
	m.Dict.SetStr(t, runtime.Intern("timezone"), runtime.Int(-off))
	addFuncs(t, m, map[string]runtime.BuiltinFn{
		"monotonic_ns": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "monotonic_ns", args, kw, 0, 0); err != nil {
				return nil, err
			}
			if sim := t.Interp.Sim; sim != nil {
				return runtime.Int(sim.NowPS(t) / 1000), nil
			}
			return runtime.Int(time.Since(start).Nanoseconds()), nil
		},
		"gmtime": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "gmtime", args, kw, 0, 1); err != nil {
				return nil, err
			}
			tm, err := secsArg(t, args)
			if err != nil {
				return nil, err
			}
			return tmFromTime(tm.UTC(), 0).object(t), nil
		},
		"localtime": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "localtime", args, kw, 0, 1); err != nil {
				return nil, err
			}
			tm, err := secsArg(t, args)
			if err != nil {
				return nil, err
			}
			tm = tm.Local()
			return tmFromTime(tm, isDST(tm)).object(t), nil
		},
		"mktime": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "mktime", args, kw, 1, 1); err != nil {
				return nil, err
			}
			f, err := tmArg(t, "mktime", args[0])
			if err != nil {
				return nil, err
			}
			return runtime.Float(float64(f.time(time.Local).Unix())), nil
		},
		"asctime": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "asctime", args, kw, 0, 1); err != nil {
				return nil, err
			}
			var f tmFields
			if len(args) == 0 {
				tm, _ := secsArg(t, nil)
				tm = tm.Local()
				f = tmFromTime(tm, isDST(tm))
			} else {
				var err error
				if f, err = tmArg(t, "asctime", args[0]); err != nil {
					return nil, err
				}
			}
			return runtime.NewStr(asctimeOf(f)), nil
		},
		"ctime": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "ctime", args, kw, 0, 1); err != nil {
				return nil, err
			}
			tm, err := secsArg(t, args)
			if err != nil {
				return nil, err
			}
			tm = tm.Local()
			return runtime.NewStr(asctimeOf(tmFromTime(tm, isDST(tm)))), nil
		},
		"strftime": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "strftime", args, kw, 1, 2); err != nil {
				return nil, err
			}
			format, ok := strOf(args[0])
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "strftime() argument 1 must be str, not %s", runtime.TypeName(args[0]))
			}
			var f tmFields
			loc := time.Local
			if len(args) == 1 {
				tm, _ := secsArg(t, nil)
				tm = tm.Local()
				f = tmFromTime(tm, isDST(tm))
			} else {
				var err error
				if f, err = tmArg(t, "strftime", args[1]); err != nil {
					return nil, err
				}
			}
			return runtime.NewStr(strftimeOf(format, f, loc)), nil
		},
		"strptime": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "strptime", args, kw, 1, 2); err != nil {
				return nil, err
			}
			s, ok := strOf(args[0])
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "strptime() argument 1 must be str, not %s", runtime.TypeName(args[0]))
			}
			format := "%a %b %d %H:%M:%S %Y"
			if len(args) == 2 {
				if format, ok = strOf(args[1]); !ok {
					return nil, runtime.Errorf(t, runtime.TypeErrorType, "strptime() argument 2 must be str, not %s", runtime.TypeName(args[1]))
				}
			}
			f, ok := strptimeOf(s, format)
			if !ok {
				return nil, runtime.Errorf(t, runtime.ValueErrorType, "time data %s does not match format %s", pyQuote(t, s), pyQuote(t, format))
			}
			return f.object(t), nil
		},
	})
}

// pyQuote is repr() of a str.
func pyQuote(t *runtime.Thread, s string) string {
	r, err := runtime.Repr(t, runtime.NewStr(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r.String()
}
