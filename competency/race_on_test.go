//go:build race

package competency_test

// raceEnabled is true when the tests run with the race detector, which
// slows large tests and skews heap figures.
const raceEnabled = true
