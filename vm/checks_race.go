//go:build race

package vm

// evalChecks turns on eval's internal checks (see checks.go): race-detector
// builds, which the tests run, check what the fast build takes on trust.
const evalChecks = true
