//go:build linux && !amd64

package jobs

// No exec trampoline for this architecture yet: programs are started
// directly, and their ru_maxrss is at least the shell's own peak.
const trampolineMachine = 0

var trampolineCode []byte
