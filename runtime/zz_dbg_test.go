package runtime
import "testing"
func TestDbgDel(t *testing.T) {
	th := otThread()
	c := otClass(th, "C", nil)
	o, _ := otCall(th, c)
	val := NewStr("payload")
	SetAttr(th, o, NewStr("val"), val)
	t.Log("after set", RefCount(val), th.RefTotal(), val.rc)
	th.Incref(o)
	th.Decref(o)
	t.Log("after decref", RefCount(val), th.RefTotal(), val.rc)
	th.ProcessZeroCounts()
	t.Log("after process", RefCount(val), th.RefTotal(), val.rc)
}
