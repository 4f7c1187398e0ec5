package shell

// Mode is what kind of shell a Shell is: how a top-level shell reads its
// commands, or which of the two kinds of subshell it is. It replaces five
// booleans that were tested in combinations; what each mode allows is a
// method here, and TestModes lists them all.
type Mode uint8

const (
	// ModeScript runs a script file named on the command line.
	ModeScript Mode = iota
	// ModeCommandString runs jobsh -c.
	ModeCommandString
	// ModeStdin reads commands from standard input, not interactively.
	ModeStdin
	// ModeInteractive is the REPL (or jobsh -i -c).
	ModeInteractive
	// ModeInProcessSubshell is a copy of a shell that runs in the same
	// process, in a goroutine of its own or in the shell's: ( ), $(...),
	// a pipeline stage without job control.
	ModeInProcessSubshell
	// ModeReexecMember is a re-executed jobsh that runs a subshell as a
	// process of its own: a job's member with job control on, or a
	// subshell that changes the process (ulimit).
	ModeReexecMember
)

var modeNames = [...]string{"script", "command string", "stdin", "interactive", "in-process subshell", "re-executed member"}

func (m Mode) String() string { return modeNames[m] }

// interactive: prompts, history, job notices, the shell's own signals.
func (m Mode) interactive() bool { return m == ModeInteractive }

// subshell: exit leaves only this copy, and it lists its parent's jobs
// until it starts its own.
func (m Mode) subshell() bool { return m >= ModeInProcessSubshell }

// sharesProcess: another shell runs in this process, so exec must not
// replace it, a signal's trap is its parent's, and a broken pipe ends
// only this copy.
func (m Mode) sharesProcess() bool { return m == ModeInProcessSubshell }
