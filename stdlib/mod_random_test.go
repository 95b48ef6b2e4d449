package stdlib

import (
	"testing"

	"pyg/runtime"
)

func newTestThread() *runtime.Thread { return runtime.NewInterpreter(false).NewThread() }

func modFunc(t *testing.T, m *runtime.Module, name string) runtime.Object {
	t.Helper()
	v, ok := m.Dict.GetStr(runtime.Intern(name))
	if !ok {
		t.Fatalf("%s.%s missing", m.Name, name)
	}
	return v
}

func call(t *testing.T, th *runtime.Thread, fn runtime.Object, args ...runtime.Object) runtime.Object {
	t.Helper()
	v, err := runtime.Call(th, fn, args, nil)
	if err != nil {
		t.Fatalf("call failed: %v", err)
	}
	return v
}

func callKw(t *testing.T, th *runtime.Thread, fn runtime.Object, args []runtime.Object, kw []string) runtime.Object {
	t.Helper()
	v, err := runtime.Call(th, fn, args, kw)
	if err != nil {
		t.Fatalf("call failed: %v", err)
	}
	return v
}

func reprS(t *testing.T, th *runtime.Thread, o runtime.Object) string {
	t.Helper()
	s, err := runtime.Repr(th, o)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s.String()
}

func ints(th *runtime.Thread, n int) *runtime.List {
	items := make([]runtime.Object, n)
	for i := range items {
		items[i] = runtime.Int(i)
	}
	return runtime.NewList(th, items)
}

// Expected values recorded with CPython 3.13.
var randomGolden = []struct {
	seed runtime.Object
	want []string
}{
	{runtime.Int(0), []string{"0.8444218515250481", "98", "26", "[1, 9, 8, 5, 6, 2, 3, 7, 4, 0]", "[64, 17, 36, 96, 12]", "6.565320970077985", "-0.006977612301309624", "2.193219484673827", "777245485684885083739381027893", "98", "0.07947524066129143", "['a', 'a', 'c', 'a', 'b']", "['b', 'b', 'c', 'b', 'c']", "3.7540841456391583", "5.078131502544715", "0.8818217043328794", "0.9611390747970555", "785707190487307949182422072524", "[818, 617, 601]"}},
	{runtime.Int(1), []string{"0.13436424411240122", "98", "4", "[8, 2, 0, 9, 5, 3, 6, 7, 1, 4]", "[62, 3, 49, 55, 77]", "7.860520742121478", "1.0857088374989272", "0.014367723447270758", "731177873051748902041701243134", "7", "1.1584812654581702", "['a', 'a', 'b', 'c', 'b']", "['b', 'b', 'a', 'b', 'b']", "4.059196762787842", "3.809306674229478", "0.32313427232569547", "0.5782656607240718", "385044633767374433150435808048", "[35, 491, 248]"}},
	{runtime.Int(42), []string{"0.6394267984578837", "4", "47", "[7, 6, 2, 9, 0, 5, 1, 8, 3, 4]", "[4, 3, 11, 27, 29]", "5.548197592930261", "0.6566365067986689", "0.11050717744383194", "518543687442706248304305296265", "21", "0.2981999680810137", "['a', 'c', 'c', 'a', 'b']", "['b', 'b', 'c', 'a', 'b']", "3.301384966571373", "4.272043816080757", "0.21089867662415343", "0.008703898155041977", "886744459151506547870044265712", "[73, 623, 175]"}},
	{runtime.Int(12345), []string{"0.41661987254534116", "2", "19", "[9, 6, 0, 2, 1, 8, 7, 4, 3, 5]", "[33, 71, 80, 22, 78]", "5.9789897701239685", "-1.5424237289723992", "1.9910268075051012", "949045636176658563796362530002", "42", "0.4398013059474568", "['a', 'a', 'a', 'c', 'a']", "['b', 'a', 'c', 'c', 'b']", "0.44743622276719186", "5.672512299882451", "0.3773767121085014", "0.6508484829169531", "709897832154494039163756619752", "[308, 885, 852]"}},
	{runtime.Int(1 << 40), []string{"0.1036394562812375", "86", "4", "[7, 1, 2, 8, 4, 5, 3, 9, 0, 6]", "[88, 70, 40, 48, 96]", "7.5096329857419715", "0.9861304883667117", "0.2747836969236488", "296502898664810943805960822879", "98", "0.2510968016064256", "['a', 'c', 'b', 'b', 'a']", "['b', 'b', 'b', 'b', 'c']", "4.93873853187076", "5.665472098350979", "0.5110657059712771", "0.04401203323954906", "62852999102441805193856128282", "[312, 155, 178]"}},
	{runtime.Int(-7), []string{"0.32383276483316237", "20", "25", "[3, 6, 5, 7, 9, 4, 2, 8, 1, 0]", "[55, 53, 8, 30, 11]", "5.959425284122472", "1.2030598093735725", "0.46856443497567385", "842244957756412904334080872541", "63", "1.4754649532061157", "['b', 'b', 'c', 'a', 'c']", "['b', 'a', 'a', 'b', 'c']", "2.3284740491828817", "5.775367313628632", "0.4741945869098825", "0.25628249637712913", "432045778090092856485838545361", "[500, 431, 40]"}},
	{runtime.NewStr("hello"), []string{"0.3537754404730722", "85", "48", "[3, 4, 5, 9, 6, 0, 7, 2, 1, 8]", "[32, 25, 68, 48, 94]", "9.963219950527753", "0.5503474461707862", "1.0674135206419282", "750240766585122805753803426767", "98", "1.5776436171717454", "['a', 'a', 'a', 'a', 'c']", "['b', 'c', 'c', 'c', 'c']", "1.58960982879958", "3.5835053344518606", "0.18732818509698582", "0.072385832983806", "411537119680491633704453004383", "[30, 505, 213]"}},
	{runtime.Float(3.5), []string{"0.3039190124834461", "30", "0", "[5, 0, 6, 4, 3, 7, 8, 2, 1, 9]", "[68, 86, 17, 54, 57]", "1.434014995153908", "-1.0086543563986692", "-0.6736732606141328", "96550322188252949538678135290", "63", "0.5366642767891947", "['c', 'b', 'b', 'b', 'c']", "['b', 'c', 'c', 'c', 'b']", "4.564820865795526", "4.957690735471936", "0.01418261725210322", "0.5298691447973574", "803043828034408361682734941323", "[72, 127, 13]"}},
}

func TestRandomMatchesCPython(t *testing.T) {
	th := newTestThread()
	m, err := newRandom(th)
	if err != nil {
		t.Fatal(err)
	}
	f := func(name string) runtime.Object { return modFunc(t, m, name) }
	I := func(n int) runtime.Object { return runtime.Int(n) }
	S := func(s string) runtime.Object { return runtime.NewStr(s) }
	for _, g := range randomGolden {
		call(t, th, f("seed"), g.seed)
		var got []string
		add := func(o runtime.Object) { got = append(got, reprS(t, th, o)) }
		add(call(t, th, f("random")))
		add(call(t, th, f("randint"), I(1), I(100)))
		add(call(t, th, f("choice"), ints(th, 50)))
		l := ints(th, 10)
		call(t, th, f("shuffle"), l)
		add(l)
		add(callKw(t, th, f("sample"), []runtime.Object{ints(th, 100), I(5)}, nil))
		add(call(t, th, f("uniform"), I(1), I(10)))
		add(call(t, th, f("gauss"), I(0), I(1)))
		add(call(t, th, f("gauss"), I(0), I(1)))
		add(call(t, th, f("getrandbits"), I(100)))
		add(call(t, th, f("randrange"), I(0), I(100), I(7)))
		add(call(t, th, f("expovariate"), I(2)))
		abc := func() runtime.Object { return runtime.NewList(th, []runtime.Object{S("a"), S("b"), S("c")}) }
		add(callKw(t, th, f("choices"), []runtime.Object{abc(), I(5)}, []string{"k"}))
		add(callKw(t, th, f("choices"), []runtime.Object{abc(), runtime.NewList(th, []runtime.Object{I(1), I(2), I(3)}), I(5)}, []string{"k"}))
		add(call(t, th, f("triangular"), I(0), I(10), I(3)))
		add(call(t, th, f("normalvariate"), I(5), I(2)))
		add(call(t, th, f("betavariate"), I(2), I(3)))
		add(call(t, th, f("gammavariate"), runtime.Float(0.5), I(1)))
		big, _ := runtime.IntFromString(th, "1000000000000000000000000000000", 10)
		add(call(t, th, f("randrange"), big))
		s := call(t, th, f("sample"), ints(th, 1000), I(30)).(*runtime.List).Snapshot(th)
		add(runtime.NewList(th, s[27:]))
		for i := range g.want {
			if i >= len(got) || got[i] != g.want[i] {
				t.Errorf("seed %s step %d: got %v, want %s", reprS(t, th, g.seed), i, got[i], g.want[i])
			}
		}
	}
}

func TestRandomInstanceAndState(t *testing.T) {
	th := newTestThread()
	r := call(t, th, RandomType, runtime.Int(42))
	rnd, _ := runtime.GetAttrString(th, r, "random")
	if got := reprS(t, th, call(t, th, rnd)); got != "0.6394267984578837" {
		t.Fatalf("Random(42).random() = %s", got)
	}
	getstate, _ := runtime.GetAttrString(th, r, "getstate")
	setstate, _ := runtime.GetAttrString(th, r, "setstate")
	st := call(t, th, getstate)
	a := reprS(t, th, call(t, th, rnd))
	call(t, th, setstate, st)
	if b := reprS(t, th, call(t, th, rnd)); a != b {
		t.Fatalf("setstate: %s != %s", a, b)
	}
}
