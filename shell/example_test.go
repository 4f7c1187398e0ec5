package shell_test

import (
	"jobsh/shell"
)

// Running a command string, as jobsh -c does. Without job control the
// loop, a pipeline stage, runs in-process on a copy of the shell, and tr
// is a real process reading from it.
func ExampleMain() {
	cmd := `for i in 1 2 3; do echo "tick $i"; done | tr a-z A-Z; echo "status ${PIPESTATUS[@]}"`
	shell.Main(shell.Config{Command: &cmd})
	// Output:
	// TICK 1
	// TICK 2
	// TICK 3
	// status 0 0
}
