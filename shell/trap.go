package shell

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"jobsh/jobs"
	"jobsh/parser"

	"mvdan.cc/sh/v3/syntax"
)

// Traps. An action set with trap runs between commands after its signal
// arrived (POSIX 2.12): the signal is caught with signal.Notify and queued,
// and the executor runs what is queued before and after each command, so
// a running command is never cut in half. A wait builtin in progress is
// interrupted: it returns 128+signal and the action runs. EXIT runs when
// the shell (or a subshell that set it) ends, ERR when a command fails
// where set -e would look. An empty action ignores the signal, for the
// shell and, as POSIX says, for the commands it starts.

type trapState struct {
	mu      sync.Mutex
	pending []syscall.Signal
	caught  map[syscall.Signal]bool // signals with an action
	ch      chan os.Signal
	wake    chan struct{}
	// onQueue, when set (an interactive shell), is called by the
	// goroutine that queues a signal, after queueing it: the shell may be
	// waiting at its prompt, where the action must run at once.
	onQueue func()
	// unsubscribe ends the dispatcher's delivery of a trapped signal to
	// ch; only the shell's own goroutine uses it.
	unsubscribe map[syscall.Signal]func()
	// arrived counts the signals taken from ch, by signal, and arrival
	// is broadcast when it grows: the wait of awaitArrival.
	arrived map[syscall.Signal]int
	arrival *sync.Cond
}

// queueIfCaught queues sig for its trap at once, if it has one, and says
// so. A shell that signals its own process (kill -USR1 $$, from the shell
// or from one of its in-process subshells) uses it rather than the
// asynchronous way through the Go runtime, so that the action is known to
// be due before the next command, or before the wait the subshell ends.
func (t *trapState) queueIfCaught(sig syscall.Signal) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.caught[sig] {
		return false
	}
	t.pending = append(t.pending, sig)
	select {
	case t.wake <- struct{}{}:
	default:
	}
	return true
}

func newTrapState() *trapState {
	t := &trapState{ch: make(chan os.Signal, 16), wake: make(chan struct{}, 1),
		unsubscribe: map[syscall.Signal]func(){}, arrived: map[syscall.Signal]int{}}
	t.arrival = sync.NewCond(&t.mu)
	go func() {
		for s := range t.ch {
			t.mu.Lock()
			t.pending = append(t.pending, s.(syscall.Signal))
			t.arrived[s.(syscall.Signal)]++
			t.arrival.Broadcast()
			onQueue := t.onQueue
			t.mu.Unlock()
			if onQueue != nil {
				onQueue()
			}
			select {
			case t.wake <- struct{}{}:
			default:
			}
		}
	}()
	return t
}

// arrivals is how many times sig has arrived through the runtime.
func (t *trapState) arrivals(sig syscall.Signal) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.arrived[sig]
}

// awaitArrival waits until sig has arrived more than n times, or for at
// most limit: the shell sent it to a group it belongs to (kill 0), and
// its action must run before the next command, as it would in a C shell,
// where the signal is taken on the return from kill(2). Here it comes
// through the Go runtime's signal thread, a moment later.
func (t *trapState) awaitArrival(sig syscall.Signal, n int, limit time.Duration) {
	timer := time.AfterFunc(limit, func() {
		t.mu.Lock()
		t.arrival.Broadcast()
		t.mu.Unlock()
	})
	defer timer.Stop()
	deadline := time.Now().Add(limit)
	t.mu.Lock()
	defer t.mu.Unlock()
	for t.arrived[sig] <= n && time.Now().Before(deadline) {
		t.arrival.Wait()
	}
}

// isCaught says whether sig has a trap action.
func (t *trapState) isCaught(sig syscall.Signal) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.caught[sig]
}

// takePending returns the signals that arrived since the last call.
func (t *trapState) takePending() []syscall.Signal {
	t.mu.Lock()
	defer t.mu.Unlock()
	p := t.pending
	t.pending = nil
	return p
}

// trapName normalises a signal spec: "EXIT", "ERR", or a signal's full
// name ("SIGINT").
func trapName(spec string) (string, bool) {
	switch u := strings.ToUpper(spec); u {
	case "EXIT", "0":
		return "EXIT", true
	case "ERR", "DEBUG", "RETURN":
		return u, true
	}
	sig, ok := jobs.ParseSignal(spec)
	if !ok || sig == 0 {
		return "", false
	}
	return jobs.SignalName(sig), true
}

func builtinTrap(sh *Shell, args []string) (int, error) {
	if len(args) > 0 && args[0] == "-l" {
		return sh.killList(nil)
	}
	if len(args) == 0 || args[0] == "-p" {
		return sh.printTraps(args)
	}
	if args[0] == "--" {
		args = args[1:]
	} else if a := args[0]; len(a) > 1 && a[0] == '-' && !isNumber(a[1:]) {
		return sh.usage("trap", a[:2])
	}
	if len(args) == 0 {
		return sh.printTraps(nil)
	}
	action, specs := args[0], args[1:]
	if action == "-" && len(specs) == 0 {
		// Nothing to reset: bash's usage, and 2.
		fmt.Fprintf(sh.stderr(), "trap: usage: %s\n", synopsis("trap"))
		return 2, nil
	}
	reset := action == "-"
	if len(specs) == 0 {
		// trap SIG: reset SIG, as bash does.
		if _, ok := trapName(action); ok {
			reset, specs = true, []string{action}
		}
	}
	if _, err := strconv.Atoi(action); err == nil && !reset {
		// POSIX: a first operand that is a number is a signal to reset.
		reset, specs = true, args
	}
	status := 0
	for _, spec := range specs {
		name, ok := trapName(spec)
		if !ok {
			sh.errorf("trap: %s: invalid signal specification", spec)
			status = 1
			continue
		}
		if slices.Contains(sh.entryIgnored, name) {
			continue // ignored on entry: it stays so, silently (POSIX)
		}
		if name == "RETURN" {
			sh.returnTrapGen++ // the function running now will run it
		}
		if sh.traps == nil {
			sh.traps = map[string]string{}
		}
		sh.shownTraps = nil
		if reset {
			delete(sh.traps, name)
		} else {
			sh.traps[name] = action
		}
		sh.applyTrapSignal(name)
	}
	return status, nil
}

// applyTrapSignal makes the process's handling of one signal match its
// trap: caught (an action), ignored (empty action), or back to the
// default. An interactive shell keeps catching the signals it always
// catches; its signal goroutine hands trapped ones over.
func (sh *Shell) applyTrapSignal(name string) {
	sig, ok := jobs.ParseSignal(name)
	if !ok || sig == 0 || sh.mode.sharesProcess() {
		// An in-process subshell shares the process: its traps run only
		// where it checks for them (EXIT), not on signals.
		return
	}
	if sh.trapSt == nil {
		sh.trapSt = newTrapState()
	}
	action, trapped := sh.traps[name]
	sh.trapSt.mu.Lock()
	if sh.trapSt.caught == nil {
		sh.trapSt.caught = map[syscall.Signal]bool{}
	}
	sh.trapSt.caught[sig] = trapped && action != ""
	sh.trapSt.mu.Unlock()
	// The dispatcher works out the process's disposition: ignored for
	// an empty action, caught while the trap (or the interactive shell)
	// wants it, else its default.
	d := sh.shared.signals
	d.SetIgnored(sig, trapped && action == "")
	t := sh.trapSt
	unsub := t.unsubscribe[sig]
	switch {
	case trapped && action != "" && unsub == nil:
		t.unsubscribe[sig] = d.Subscribe(t.ch, sig)
	case !(trapped && action != "") && unsub != nil:
		unsub()
		delete(t.unsubscribe, sig)
	}
}

// printTraps is trap with no operands and trap -p. In POSIX mode the
// names lose SIG, and -p shows every condition, "-" where it is in its
// default state (POSIX: "with -p it is all conditions"), as bash's posix
// mode writes them.
func (sh *Shell) printTraps(args []string) (int, error) {
	traps := sh.traps
	if sh.shownTraps != nil {
		traps = sh.shownTraps
	}
	all := sh.posix() && len(args) > 0 // trap -p
	var names []string
	switch {
	case len(args) > 1:
		for _, spec := range args[1:] {
			if n, ok := trapName(spec); ok {
				names = append(names, n)
			}
		}
	case all:
		names = append(names, "EXIT")
		for _, s := range jobs.Signals() {
			names = append(names, jobs.SignalName(s))
			if s == syscall.SIGSYS {
				// glibc's own real-time signals, which bash names by
				// number here.
				names = append(names, "32", "33")
			}
		}
		names = append(names, "DEBUG", "ERR", "RETURN")
	default:
		for n := range traps {
			names = append(names, n)
		}
	}
	order := func(n string) int {
		switch n {
		case "EXIT":
			return 0
		case "DEBUG":
			return 999
		case "ERR":
			return 1000
		case "RETURN":
			return 1001
		}
		s, _ := jobs.ParseSignal(n)
		return int(s)
	}
	if len(args) <= 1 {
		// Named conditions are shown in the order given, as in bash.
		sort.SliceStable(names, func(i, j int) bool { return order(names[i]) < order(names[j]) })
	}
	var b strings.Builder
	for _, n := range names {
		shown := n
		if sh.posix() {
			shown = strings.TrimPrefix(n, "SIG")
		}
		if a, ok := traps[n]; ok {
			fmt.Fprintf(&b, "trap -- %s %s\n", singleQuote(a), shown)
		} else if all {
			fmt.Fprintf(&b, "trap -- - %s\n", shown)
		}
	}
	return sh.write("trap", b.String())
}

// runTrapAction runs an action with $? kept, as bash does; exit in it
// ends the shell. what is how a syntax error in it is named: "trap", or
// "error trap" for ERR, "debug trap", "return trap".
func (sh *Shell) runTrapAction(action, what string) error {
	status := sh.status
	// return without n uses $? from before the action, as bash's manual
	// says and POSIX asks; exit too in POSIX mode ("the value it had
	// immediately preceding the trap action"), which bash does only on
	// EXIT.
	defer sh.withTrapAction(trapAction{status, sh.posix()})()
	_, err := sh.runSourceAs(action, "", what)
	switch err.(type) {
	case exitFlow:
		return err
	case returnFlow:
		if len(sh.frames) > 0 {
			// return in the action returns from the function the
			// signal arrived in, as in bash.
			return err
		}
	}
	sh.status = status
	return nil
}

// trapAction is what a running trap action keeps of the time before it.
type trapAction struct {
	status  int  // $? before the action
	forExit bool // exit without n uses status too
}

// withTrapAction records the running action and gives what puts the
// one before back.
func (sh *Shell) withTrapAction(a trapAction) func() {
	old := sh.action
	sh.action = &a
	return func() { sh.action = old }
}

// runPendingTraps runs the actions of the signals that arrived.
func (sh *Shell) runPendingTraps() error {
	if sh.trapSt == nil || sh.inTrap {
		return nil
	}
	for _, sig := range sh.trapSt.takePending() {
		action := sh.traps[jobs.SignalName(sig)]
		if action == "" {
			continue
		}
		sh.inTrap = true
		err := sh.runTrapAction(action, "trap")
		sh.inTrap = false
		if err != nil {
			return err
		}
	}
	return nil
}

// runExitTrap runs the EXIT action once, when the shell or a subshell
// that set it ends. exit inside it sets the status.
func (sh *Shell) runExitTrap(code int) int {
	action, ok := sh.traps["EXIT"]
	if !ok || action == "" {
		return code
	}
	delete(sh.traps, "EXIT")
	sh.status = code
	defer sh.withTrapAction(trapAction{code, true})()
	if _, err := sh.runSourceAs(action, "", "exit trap"); err != nil {
		if ex, ok := err.(exitFlow); ok {
			return ex.code
		}
	}
	return code
}

// runDebugTrap runs the DEBUG action before a command, with
// BASH_COMMAND the command's text. Functions do not inherit it (bash's
// functrace is not there).
func (sh *Shell) runDebugTrap(text string) error {
	action, ok := sh.traps["DEBUG"]
	if !ok || action == "" || sh.inTrap || sh.funcCalls() > 0 {
		return nil
	}
	sh.currentText = text // BASH_COMMAND
	sh.inTrap = true
	defer func() { sh.inTrap = false }()
	return sh.runTrapAction(action, "debug trap")
}

// runReturnTrap runs the RETURN action as a function or a sourced file
// ends: for a function only if the trap was set while it ran, since
// functions do not inherit it.
func (sh *Shell) runReturnTrap(gen int, function bool) error {
	action, ok := sh.traps["RETURN"]
	if !ok || action == "" || sh.inTrap || function && gen == sh.returnTrapGen {
		return nil
	}
	if !function && sh.funcCalls() > 0 && gen == sh.returnTrapGen {
		return nil
	}
	sh.inTrap = true
	defer func() { sh.inTrap = false }()
	return sh.runTrapAction(action, "return trap")
}

// runErrTrap runs the ERR action after a command failed where set -e
// would look.
func (sh *Shell) runErrTrap() error {
	action, ok := sh.traps["ERR"]
	if !ok || action == "" || sh.inTrap {
		return nil
	}
	sh.inTrap = true
	defer func() { sh.inTrap = false }()
	return sh.runTrapAction(action, "error trap")
}

// catchesAny says whether some signal has a trap action.
func (t *trapState) catchesAny() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, c := range t.caught {
		if c {
			return true
		}
	}
	return false
}

// processTraps is the trap state that catches the signals sent to this
// process: the shell's own, or for an in-process subshell (which catches
// none itself) the shell it was copied from.
func (sh *Shell) processTraps() *trapState {
	if sh.process != nil {
		return sh.process.trapSt
	}
	return sh.trapSt
}

// debugText is BASH_COMMAND for a command the DEBUG trap runs before:
// simple commands, [[ ]], (( )), let, declarations and case (whose
// header only); for loops run it in forLoop.
func debugText(st *syntax.Stmt) (string, bool) {
	switch c := st.Cmd.(type) {
	case *syntax.CallExpr, *syntax.TestClause, *syntax.ArithmCmd, *syntax.LetClause, *syntax.DeclClause:
		return parser.Print(st), true
	case *syntax.CaseClause:
		return "case " + parser.Print(c.Word) + " in ", true
	}
	return "", false
}
