package stdlib

// Until the lead lists "_thread": newThreadModule in stdlib.go's native map,
// register it here (harmless once it is listed there too).
func init() {
	if _, ok := native["_thread"]; !ok {
		native["_thread"] = newThreadModule
	}
}
