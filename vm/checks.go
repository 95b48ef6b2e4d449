//go:build !race

package vm

// evalChecks turns on eval's internal checks: that pc stays inside the code
// object's instructions, which eval indexes through a *codeArray without
// their length. Off in normal builds; on under the race detector
// (checks_race.go), which the tests and CI run.
const evalChecks = false
