package shell

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/pattern"
	"mvdan.cc/sh/v3/syntax"
)

// Control flow travels up the Go call stack as errors, so that every
// construct between a `break` and its loop, or an `exit` and the top of the
// shell, is left in order.
type (
	exitFlow     struct{ code int }
	breakFlow    struct{ n int }
	continueFlow struct{ n int }
	returnFlow   struct{ code, before int } // before: $? when return ran, for the RETURN trap
	// interruptFlow: SIGINT reached the shell, or killed its foreground
	// job; an interactive shell abandons the command line. newlineDone
	// says the line with the echoed ^C was already ended.
	interruptFlow struct{ newlineDone bool }
)

func (exitFlow) Error() string      { return "exit" }
func (breakFlow) Error() string     { return "break" }
func (continueFlow) Error() string  { return "continue" }
func (returnFlow) Error() string    { return "return" }
func (interruptFlow) Error() string { return "interrupted" }

// runStmts runs statements in order, stopping at the first control flow.
func (sh *Shell) runStmts(stmts []*syntax.Stmt) error {
	for _, st := range stmts {
		if err := sh.stmt(st); err != nil {
			return err
		}
	}
	return nil
}

// stmt runs one statement: a command with its redirections, maybe negated
// with !, maybe sent to the background with &.
func (sh *Shell) stmt(st *syntax.Stmt) error {
	if sh.shared.interrupted.Load() {
		return interruptFlow{}
	}
	if sh.sigpiped {
		return sigpipeExit
	}
	// A job's member stops before its next command if a SIGTSTP came
	// while it forked and was handed over late (jobs.Controller.
	// StopIfCaughtTSTP); a channel check, and only in members.
	sh.ctl.StopIfCaughtTSTPNow()
	// bash's line_number, which $LINENO and messages show: a simple
	// command sets it to its own line while it runs; compound commands
	// leave it (their redirections are expanded at the line the
	// enclosing command set), but for, select and case (forLoop,
	// caseClause), [[ ]] and (( )) set it once their redirections are
	// done, a subshell to its ")" line (command), a function's body to
	// the line of its "{" (callFunc), and the top level to the last line
	// of what was parsed (runStream).
	saved := sh.line
	sh.stmtDepth++ // for maxStmtDepth
	defer func() { sh.line = saved; sh.stmtDepth-- }()
	switch st.Cmd.(type) {
	case *syntax.CallExpr, *syntax.DeclClause, *syntax.LetClause, *syntax.FuncDecl, nil:
		sh.line = sh.cmdLine(st)
	}
	if !sh.inTrap && sh.action == nil {
		switch st.Cmd.(type) {
		case *syntax.CallExpr, *syntax.TestClause, *syntax.ArithmCmd, *syntax.LetClause, *syntax.DeclClause, *syntax.CaseClause:
			sh.current, sh.currentText = st, "" // BASH_COMMAND
		}
	}
	if sh.opts[optNoExec] && !sh.mode.interactive() {
		// set -n: read commands, run none (an interactive shell
		// ignores it, as bash does, or it could never be undone).
		return nil
	}
	if st.Background {
		sh.background(st)
		return nil
	}
	if st.Negated {
		sh.noErrExit++
	}
	if _, ok := sh.traps["DEBUG"]; ok {
		if text, ok := debugText(st); ok {
			// bash runs the trap once the command set its line.
			line := sh.line
			sh.line = sh.cmdLine(st)
			err := sh.runDebugTrap(text)
			sh.line = line
			if err != nil {
				return err
			}
		}
	}
	// bash runs the ERR trap after a command only if it was set before
	// the command started (execute_command_internal's was_error_trap):
	// not for the call of a function that set it.
	_, errTrap := sh.traps["ERR"]
	mark := len(sh.procFiles)
	err := sh.command(st)
	if len(sh.procFiles) > mark {
		sh.closeProcSubsts(mark)
	}
	if sh.sigpiped && err == nil {
		sh.status = sigpipeExit.code
		return sigpipeExit
	}
	switch st.Cmd.(type) {
	case *syntax.CallExpr, *syntax.TestClause, *syntax.ArithmCmd, *syntax.Subshell,
		*syntax.LetClause, *syntax.DeclClause:
		// Every simple command is a pipeline of one to bash, and sets
		// PIPESTATUS; a compound command leaves what its last
		// pipeline inside set. (Pipelines of several set it in
		// pipeline.go.)
		if err == nil {
			sh.pipeStatus = append(sh.pipeStatus[:0], sh.status)
		}
	}
	if err == nil && sh.trapSt != nil {
		err = sh.runPendingTraps()
	}
	if st.Negated {
		sh.noErrExit--
		if err == nil {
			sh.status = boolStatus(sh.status != 0)
		}
		return err
	}
	if err == nil && sh.status != 0 && sh.noErrExit == 0 && errexitLeaf(st.Cmd) && st != sh.memberCall {
		if errTrap {
			if err := sh.runErrTrap(); err != nil {
				return err
			}
		}
		if sh.opts[optErrExit] {
			sh.errExited = true
			return exitFlow{sh.status}
		}
	}
	return err
}

// stmtLine is the line st starts on.
func (sh *Shell) stmtLine(st *syntax.Stmt) int { return int(st.Pos().Line()) + sh.lineBase }

// cmdLine is the line bash's parser gives st's command, which is where
// it was when it built it: for a simple command, once it had read the
// token after the first word (`echo "a<newline>b"` is on the second
// line, `echo a "<newline>"` on the first); for [[ ]] and (( )) at
// their end; for case once it had read its word.
func (sh *Shell) cmdLine(st *syntax.Stmt) int {
	line := st.Pos().Line()
	switch c := st.Cmd.(type) {
	case *syntax.CallExpr:
		line = simpleCmdLine(st, c)
	case *syntax.DeclClause:
		if len(c.Args) > 0 {
			line = c.Args[0].End().Line()
		}
	case *syntax.TestClause:
		line = c.Right.Line()
	case *syntax.ArithmCmd:
		line = c.Right.Line()
	case *syntax.CaseClause:
		line = c.Word.End().Line()
	}
	return int(line) + sh.lineBase
}

// simpleCmdLine is the line bash's parser is on when it has read the
// token after a simple command's first element (assignment, word or
// redirection), or the first element alone.
func simpleCmdLine(st *syntax.Stmt, c *syntax.CallExpr) uint {
	if st.Pos().Line() == st.End().Line() {
		return st.Pos().Line() // the common case, and a quick one
	}
	type elem struct {
		pos     syntax.Pos
		tokEnd  syntax.Pos // the end of its first token
		elemEnd syntax.Pos
	}
	var elems []elem
	for _, a := range c.Assigns {
		elems = append(elems, elem{a.Pos(), a.End(), a.End()})
	}
	for _, w := range c.Args {
		elems = append(elems, elem{w.Pos(), w.End(), w.End()})
	}
	for _, r := range st.Redirs {
		elems = append(elems, elem{r.Pos(), r.OpPos, r.End()})
	}
	if len(elems) == 0 {
		return st.Pos().Line()
	}
	slices.SortFunc(elems, func(a, b elem) int { return int(a.pos.Offset()) - int(b.pos.Offset()) })
	if len(elems) == 1 {
		return elems[0].elemEnd.Line()
	}
	return elems[1].tokEnd.Line()
}

// errBadRegexp is the right side of =~ that does not compile: the test's
// status is 2, which ! and || take for a failure, as bash does.
var errBadRegexp = errors.New("invalid regular expression")

// errexitLeaf tells whether set -e looks at this command's status itself;
// for lists and compound commands it looked at the command inside that
// failed, with bash's exemptions.
func errexitLeaf(cmd syntax.Command) bool {
	switch cmd := cmd.(type) {
	case *syntax.BinaryCmd:
		return cmd.Op == syntax.Pipe || cmd.Op == syntax.PipeAll
	case *syntax.Block, *syntax.IfClause, *syntax.WhileClause, *syntax.ForClause, *syntax.CaseClause:
		return false
	case *syntax.TimeClause:
		// time's pipeline was looked at as it ended.
		return cmd.Stmt == nil
	}
	return true
}

func boolStatus(b bool) int {
	if b {
		return 0
	}
	return 1
}

// command runs a statement's command in the foreground.
func (sh *Shell) command(st *syntax.Stmt) error {
	if dc, ok := st.Cmd.(*syntax.DeclClause); ok && dc.Variant.Value == "nameref" {
		// The parser knows ksh's nameref; to bash it is a command
		// name like any other.
		c := *st
		c.Cmd = declAsCall(dc)
		return sh.command(&c)
	}
	switch cmd := st.Cmd.(type) {
	case *syntax.DeclClause:
		return sh.declClause(cmd, st.Redirs)
	case nil:
		// Redirections alone: `> file` creates the file.
		restore, err := sh.redirect(st.Redirs)
		if err != nil {
			return sh.redirectFailed(err)
		}
		restore()
		sh.status = 0
		return nil
	case *syntax.CallExpr:
		return sh.call(st, cmd)
	case *syntax.BinaryCmd:
		switch cmd.Op {
		case syntax.AndStmt, syntax.OrStmt:
			return sh.withRedirs(st, func() error {
				sh.noErrExit++
				err := sh.stmt(cmd.X)
				sh.noErrExit--
				if err != nil {
					return err
				}
				if (sh.status == 0) == (cmd.Op == syntax.AndStmt) {
					return sh.stmt(cmd.Y)
				}
				return nil
			})
		default:
			return sh.withRedirs(st, func() error { return sh.pipeline(st, false) })
		}
	case *syntax.Subshell:
		// The redirections belong to the subshell, as in bash's forked
		// child: `( : ) <<<$((v++))` leaves v alone, and an error in
		// them ends only the subshell. Its line is that of its ).
		sh.line = int(cmd.Rparen.Line()) + sh.lineBase
		inner := &syntax.Stmt{Cmd: cmd, Redirs: st.Redirs, Position: st.Position}
		if changesProcess(cmd) {
			return sh.subshellProcess(inner, commandText(st))
		}
		sh.status = sh.Subshell().redirectedSubshell(sh, st.Redirs, cmd.Stmts)
		return sh.checkInterrupt()
	}
	return sh.withRedirs(st, func() error {
		if _, let := st.Cmd.(*syntax.LetClause); st == sh.forkedStmt && !let {
			// A compound command that is the forked child (let, which
			// the parser gives as a clause, is bash's builtin): its
			// redirections were the child's, its body runs under a
			// top level of its own (bash's execute_in_subshell),
			// where an error ends it with 1.
			sh.forkedCall = false
		}
		return sh.compound(st.Cmd)
	})
}

// subshellBody is what the subshell that runs st (a ( list ) statement)
// runs itself: the list as a group, with the statement's redirections,
// since running ( ) there would start yet another subshell.
func subshellBody(st *syntax.Stmt) *syntax.Stmt {
	sub := st.Cmd.(*syntax.Subshell)
	return &syntax.Stmt{
		Cmd:      &syntax.Block{Lbrace: sub.Lparen, Rbrace: sub.Rparen, Stmts: sub.Stmts, Last: sub.Last},
		Redirs:   st.Redirs,
		Position: st.Position,
	}
}

// redirectedSubshell runs ( stmts ) redirs in sh, a subshell copy of
// parent, and returns its status. The redirections come first, as in
// bash's forked child before the subshell sets its own top level: an
// expansion error in them ends it as one in a simple command would.
func (sh *Shell) redirectedSubshell(parent *Shell, rs []*syntax.Redirect, stmts []*syntax.Stmt) int {
	defer parent.adoptProcFiles(sh)
	sh.forkedCall = parent.forksCall()
	restore, err := sh.redirect(rs)
	sh.forkedCall = false
	if err != nil {
		return flowStatus(sh.redirectFailed(err), sh.status)
	}
	defer restore()
	return sh.runSubshell(stmts)
}

// processWide are the builtins whose effect belongs to the whole process
// (resource limits, the file creation mask): a subshell that uses them
// must be a process of its own, or they would leak into the shell.
var processWide = map[string]bool{"ulimit": true, "umask": true}

// changesProcess reports whether a subshell calls one of them, or reads
// $BASHPID, which must then be a pid of its own.
func changesProcess(node syntax.Node) bool {
	found := false
	syntax.Walk(node, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.CallExpr:
			found = len(n.Args) > 0 && processWide[n.Args[0].Lit()]
		case *syntax.ParamExp:
			found = n.Param != nil && n.Param.Value == "BASHPID"
		}
		return !found
	})
	return found
}

// subshellProcess runs a subshell as a re-executed jobsh in the
// foreground, for when it must be a process of its own.
func (sh *Shell) subshellProcess(st *syntax.Stmt, text string) error {
	j := sh.ctl.NewJob(text, sh.cwd, true)
	s := &stage{st: st}
	sh.startSubshellProcess(j, s, text)
	if s.proc == nil {
		sh.ctl.Remove(j)
		sh.status = s.status
		return nil
	}
	return sh.waitJob(j, nil)
}

// runSubshell runs statements in a subshell copy and returns its status;
// exit leaves only the subshell.
func (sh *Shell) runSubshell(stmts []*syntax.Stmt) int {
	err := sh.runStmts(stmts)
	code := sh.status
	var ex exitFlow
	if errors.As(err, &ex) {
		code = ex.code
	}
	sh.reapSubshellJobs()
	return sh.runExitTrap(code)
}

// withRedirs applies a statement's redirections around f.
func (sh *Shell) withRedirs(st *syntax.Stmt, f func() error) error {
	if len(st.Redirs) == 0 {
		return f()
	}
	restore, err := sh.redirect(st.Redirs)
	if err != nil {
		return sh.redirectFailed(err)
	}
	defer restore()
	return f()
}

// compound runs the compound commands and the other command kinds.
func (sh *Shell) compound(cmd syntax.Command) error {
	switch cmd := cmd.(type) {
	case *syntax.Block:
		return sh.runStmts(cmd.Stmts)
	case *syntax.IfClause:
		for c := cmd; c != nil; c = c.Else {
			if c.Cond == nil { // else branch
				return sh.runStmts(c.Then)
			}
			sh.noErrExit++
			err := sh.runStmts(c.Cond)
			sh.noErrExit--
			if err != nil {
				return err
			}
			if sh.status == 0 {
				return sh.runStmts(c.Then)
			}
		}
		sh.status = 0
		return nil
	case *syntax.WhileClause:
		return sh.whileLoop(cmd)
	case *syntax.ForClause:
		return sh.forLoop(cmd)
	case *syntax.CaseClause:
		return sh.caseClause(cmd)
	case *syntax.FuncDecl:
		sh.funcs[cmd.Name.Value] = cmd
		if sh.funcFiles == nil {
			sh.funcFiles = map[string]funcOrigin{}
		}
		sh.funcFiles[cmd.Name.Value] = funcOrigin{File: sh.definingFile(), LineBase: sh.lineBase, src: sh.progSrc}
		sh.status = 0
		return nil
	case *syntax.ArithmCmd:
		sh.line = int(cmd.Right.Line()) + sh.lineBase
		n, err := sh.tracedArith(cmd.X, cmd.Left.Offset()+2, cmd.Right.Offset())
		if err != nil {
			return sh.arithCmdFailed(err, "((", cmd.X, cmd.Left.Offset(), cmd.Right.Offset(), "((")
		}
		sh.status = boolStatus(n != 0)
		return nil
	case *syntax.TestClause:
		sh.line = int(cmd.Right.Line()) + sh.lineBase
		ok, err := sh.testExpr(cmd.X)
		if err == errBadRegexp {
			// bash: status 2, and nothing said.
			sh.status = 2
			return nil
		}
		if err != nil {
			return sh.expandFailed(err)
		}
		sh.status = boolStatus(ok)
		return nil
	case *syntax.LetClause:
		return sh.let(cmd)
	case *syntax.TimeClause:
		return sh.timeClause(cmd)
	}
	sh.errorf("%s: not supported", parser.Print(cmd))
	sh.status = 2
	return nil
}

// let runs let: each argument is expanded to its text (a quoted one,
// let 'c = 1 + 1', is an expression of its own once expanded), all before
// any is evaluated, and traced as the command `let ARGS`.
func (sh *Shell) let(cmd *syntax.LetClause) error {
	srcs := make([]string, len(cmd.Exprs))
	for i, x := range cmd.Exprs {
		src, ok, err := sh.letArgText(x)
		if err == nil && !ok {
			src, err = expand.ArithmText(sh.expandConfig(), x, x.Pos().Offset(), x.End().Offset())
		}
		if err != nil {
			return sh.expandFailed(err)
		}
		srcs[i] = src
	}
	if sh.opts[optXTrace] {
		sh.xtrace(traceWords(append([]string{"let"}, srcs...)))
	}
	return sh.letTexts(srcs)
}

// builtinLet is let reached as a builtin (builtin let, command let, a
// let with no arguments), its arguments expanded as any command's.
func builtinLet(sh *Shell, args []string) (int, error) {
	if len(args) == 0 {
		sh.errorf("let: expression expected")
		return 1, nil
	}
	err := sh.letTexts(args)
	return sh.status, err
}

// letTexts evaluates let's expressions in turn; $? is 0 if the last is
// not 0.
func (sh *Shell) letTexts(srcs []string) error {
	n := 0
	for _, src := range srcs {
		var err error
		if n, err = sh.arithText(src); err != nil {
			if ie, ok := err.(indexError); ok {
				return sh.indexFailed(ie.msg)
			}
			if _, ok := err.(expand.UnsetParameterError); ok {
				return sh.expandFailed(err) // set -u: no "let:"
			}
			if e, ok := err.(arithStringError); ok && e.plain {
				sh.errorf("%v", err)
			} else if ok {
				sh.errorf("let: %v", err)
			} else {
				return sh.expandFailed(err)
			}
			sh.status = 1
			return nil
		}
	}
	sh.status = boolStatus(n != 0)
	return nil
}

// letArgText is a let argument as the string bash's let gets, when it
// must be evaluated as one: a quoted argument (let 'c = 1 + 1'), or one
// with quotes inside (let x=' 3'), which are removed first. ok is false
// for an argument the parser's arithmetic tree stands for as it is.
func (sh *Shell) letArgText(x syntax.ArithmExpr) (string, bool, error) {
	if w, ok := x.(*syntax.Word); ok {
		s, err := sh.literal(w)
		return s, true, err
	}
	quoted := false
	syntax.Walk(x, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.SglQuoted, *syntax.DblQuoted:
			quoted = true
		}
		return !quoted
	})
	if !quoted {
		return "", false, nil
	}
	text, ok := sh.srcText(x.Pos().Offset(), x.End().Offset(), "")
	if !ok {
		text = parser.Print(x)
	}
	var b strings.Builder
	for w, err := range parser.New().WordsSeq(strings.NewReader(text)) {
		if err != nil {
			return "", false, err
		}
		s, err := sh.literal(w)
		if err != nil {
			return "", false, err
		}
		b.WriteString(s)
	}
	return b.String(), true, nil
}

// loopBody runs a loop's body and says whether the loop goes on.
func (sh *Shell) loopBody(stmts []*syntax.Stmt) (stop bool, err error) {
	stop, _, err = sh.loopPart(stmts)
	return stop, err
}

// loopPart runs a part of a loop that break and continue act on (the
// body, or a while loop's condition: POSIX 2.15 break, "in the
// compound-list following the while or until reserved word"), and says
// whether the loop stops and whether continue cut the part short.
func (sh *Shell) loopPart(stmts []*syntax.Stmt) (stop, continued bool, err error) {
	sh.loopDepth++
	err = sh.runStmts(stmts)
	sh.loopDepth--
	switch f := err.(type) {
	case breakFlow:
		if f.n > 1 {
			return true, false, breakFlow{f.n - 1}
		}
		return true, false, nil
	case continueFlow:
		if f.n > 1 {
			return true, false, continueFlow{f.n - 1}
		}
		return false, true, nil
	}
	return err != nil, false, err
}

func (sh *Shell) whileLoop(cmd *syntax.WhileClause) error {
	status := 0
	for {
		sh.noErrExit++
		stop, continued, err := sh.loopPart(cmd.Cond)
		sh.noErrExit--
		if stop {
			if err == nil {
				sh.status = status
			}
			return err
		}
		if continued && sh.posix() {
			// POSIX (and dash) go back to the top: "repeating the
			// condition list"; bash takes continue's status 0 as the
			// condition's.
			continue
		}
		if (sh.status == 0) == cmd.Until {
			break
		}
		stop, err = sh.loopBody(cmd.Do)
		status = sh.status
		if stop {
			return err
		}
	}
	sh.status = status
	return nil
}

func (sh *Shell) forLoop(cmd *syntax.ForClause) error {
	switch loop := cmd.Loop.(type) {
	case *syntax.WordIter:
		sh.line = int(cmd.Pos().Line()) + sh.lineBase
		if cmd.Select {
			return sh.selectLoop(cmd, loop)
		}
		var items []string
		if loop.InPos.IsValid() {
			var err error
			if items, err = sh.fields(loop.Items...); err != nil {
				return sh.expandFailed(err)
			}
		} else {
			items = append(items, sh.params...)
		}
		// The body starts with $? as it was before the loop, as in
		// bash; a loop that runs no body is a success.
		if len(items) == 0 {
			sh.status = 0
		}
		for _, it := range items {
			if _, ok := sh.traps["DEBUG"]; ok {
				if err := sh.runDebugTrap(forHeader("for", loop)); err != nil {
					return err
				}
			}
			sh.traceFor("for", loop)
			if ref := sh.lookup(loop.Name.Value); ref.Kind == expand.NameRef {
				// A nameref control variable refers to each word in turn.
				ref.Set, ref.Str = true, it
				sh.setRaw(loop.Name.Value, ref)
			} else if !sh.setVar(loop.Name.Value, it, false) {
				sh.status = 1
				return nil
			}
			if stop, err := sh.loopBody(cmd.Do); stop {
				return err
			}
		}
		return nil
	case *syntax.CStyleLoop:
		arith := func(x syntax.ArithmExpr) (int, error) {
			if x == nil {
				if sh.opts[optXTrace] {
					sh.xtrace("(( 1 ))") // bash's empty part
				}
				return 1, nil
			}
			// bash's text of a part runs to the ; or )) after it.
			return sh.tracedArith(x, x.Pos().Offset(), sh.blanksAfter(x.End().Offset()))
		}
		if _, err := arith(loop.Init); err != nil {
			return sh.arithCmdFailed(err, "((", loop.Init, loop.Init.Pos().Offset(), loop.Init.End().Offset(), "")
		}
		ran := false
		for {
			n, err := arith(loop.Cond)
			if err != nil {
				return sh.arithCmdFailed(err, "((", loop.Cond, loop.Cond.Pos().Offset(), loop.Cond.End().Offset(), "")
			}
			if n == 0 {
				if !ran {
					sh.status = 0
				}
				return nil
			}
			ran = true
			if stop, err := sh.loopBody(cmd.Do); stop {
				return err
			}
			if _, err := arith(loop.Post); err != nil {
				return sh.arithCmdFailed(err, "((", loop.Post, loop.Post.Pos().Offset(), loop.Post.End().Offset(), "")
			}
		}
	}
	return nil
}

func (sh *Shell) caseClause(cmd *syntax.CaseClause) error {
	sh.line = int(cmd.Word.End().Line()) + sh.lineBase
	if sh.opts[optXTrace] {
		sh.xtrace("case " + parser.Print(cmd.Word) + " in")
	}
	word, err := sh.literal(unescaped(cmd.Word))
	if err != nil {
		return sh.expandFailed(err)
	}
	// A body starts with $? as it was before the case; the case's
	// status is that of the last body run, 0 for an empty one or none.
	status := 0
	fallthrough_ := false
	for _, item := range cmd.Items {
		matched := fallthrough_
		if !matched {
			for _, pw := range item.Patterns {
				pat, err := sh.pattern(pw)
				if err != nil {
					return sh.expandFailed(err)
				}
				if sh.matchPattern(pat, word, pattern.EntireString) {
					matched = true
					break
				}
			}
		}
		if !matched {
			continue
		}
		status = 0
		if len(item.Stmts) > 0 {
			err := sh.runStmts(item.Stmts)
			status = sh.status
			if err != nil {
				return err
			}
		}
		switch item.Op {
		case syntax.Break:
			sh.status = status
			return nil
		case syntax.Fallthrough:
			fallthrough_ = true
		case syntax.Resume:
			fallthrough_ = false
		}
	}
	sh.status = status
	return nil
}

// matchPattern matches a shell pattern (as expand.Pattern returns it);
// in a UTF-8 locale, [[:alpha:]] and the other classes are Unicode's; in
// any other, as in bash's C locale, bytes are characters: é is two. The
// extended operators are on with extglob, as bash's FNMATCH_EXTFLAG (the
// caller adds them for [[ ]], where bash always has them).
func (sh *Shell) matchPattern(pat, s string, mode pattern.Mode) bool {
	if sh.opts[optExtGlob] {
		mode |= pattern.ExtendedOperators
	}
	if sh.utf8Locale() {
		mode |= pattern.UnicodeClasses
	} else {
		pat, s = pattern.ByteRunes(pat), pattern.ByteRunes(s)
	}
	return sh.shared.patterns.match(pat, s, mode, sh.opts[optNoCaseMatch])
}

// ---- expansion ----

func (sh *Shell) expandConfig() *expand.Config {
	cfg := &expand.Config{
		Env:       sh,
		Warn:      sh.warn,
		CmdSubst:  sh.cmdSubst,
		ProcSubst: sh.procSubst,
		NoUnset:   sh.opts[optNoUnset],
		// arithmetic is evaluated as bash does, as expanded text
		ArithSource: sh.arithSource,
		NoBraces:    !sh.opts[optBraceExpand],
		// shopt options
		DotGlob:    sh.opts[optDotGlob],
		ExtGlob:    sh.opts[optExtGlob],
		GlobStar:   sh.opts[optGlobStar],
		NoCaseGlob: sh.opts[optNoCaseGlob],
		NullGlob:   sh.opts[optNullGlob],
		FailGlob:   sh.opts[optFailGlob],
		// ${v@P}
		PromptExpand: func(ps string) string { return sh.expandPrompt(ps, 1) },
		ByteLocale:   !sh.utf8Locale(),
	}
	if !sh.opts[optNoGlob] {
		cfg.ReadDir2 = readDir
	}
	return cfg
}

func (sh *Shell) fields(words ...*syntax.Word) ([]string, error) {
	f, err := expand.Fields(sh.expandConfig(), words...)
	return f, sh.reported(err)
}

func (sh *Shell) literal(w *syntax.Word) (string, error) {
	if w == nil {
		return "", nil
	}
	s, err := expand.Literal(sh.expandConfig(), w)
	return s, sh.reported(err)
}

// pattern expands w as a pattern (case, [[ == ]]).
func (sh *Shell) pattern(w *syntax.Word) (string, error) {
	s, err := expand.Pattern(sh.expandConfig(), w)
	return s, sh.reported(err)
}

// document expands w as a here-document's body.
func (sh *Shell) document(w *syntax.Word) (string, error) {
	s, err := expand.Document(sh.expandConfig(), w)
	return s, sh.reported(err)
}

// warn is expand.Config.Warn: an error bash reports without failing the
// expansion. bash reports it with report_error, which under set -e ends
// the shell, in an if's condition or a && list too.
func (sh *Shell) warn(msg string) {
	sh.errorf("%s", msg)
	if sh.opts[optErrExit] {
		sh.reportedUnderErrExit = true
	}
}

// errReportedUnderErrExit is what an expansion returns after warn ended
// it under set -e; expandFailed makes it the shell's exit.
var errReportedUnderErrExit = errors.New("error reported under set -e")

// reported is err, or errReportedUnderErrExit if warn asked for the exit.
func (sh *Shell) reported(err error) error {
	if !sh.reportedUnderErrExit {
		return err
	}
	sh.reportedUnderErrExit = false
	if err != nil {
		return err
	}
	return errReportedUnderErrExit
}

// expandFailed reports an expansion error as bash does. A failed expansion
// aborts the command with status 1; in a non-interactive shell an unset
// variable under set -u, or ${x?}, ends the shell.
func (sh *Shell) expandFailed(err error) error {
	if f, ok := err.(flowError); ok {
		return f
	}
	if err == errReportedUnderErrExit {
		// bash's exit_shell from report_error: $? if it is not 0.
		code := sh.status
		if code == 0 {
			code = 1
		}
		return exitFlow{sh.runExitTrap(code)}
	}
	var unset expand.UnsetParameterError
	if errors.As(err, &unset) && unset.Length {
		// bash's array_length_reference: the line is abandoned.
		sh.errorf("%s: unbound variable", unset.Node.Param.Value)
		return sh.discardLine()
	}
	if errors.As(err, &unset) {
		sh.errorf("%s", unsetMessage(unset))
		sh.status = 1
		if !sh.mode.interactive() {
			code := sh.fatalStatus()
			if sh.opts[optErrExit] {
				// Under set -e bash exits right there (exit_shell),
				// so the EXIT trap runs with the redirections of
				// the commands around still in place.
				code = sh.runExitTrap(code)
			}
			return exitFlow{code}
		}
		return sh.discardLine() // interactive: the rest of the line goes
	}
	if ie, ok := sh.asIndexError(err); ok {
		return sh.indexFailed(ie.msg)
	}
	var arith expand.ArithmError
	if errors.As(err, &arith) && arith.Param != "" {
		// In a substring's offset or length: named after the
		// parameter, and the command line goes.
		sh.errorf("%s: %s", arith.Param, sh.arithMessage(arith, nil, 0, 0, ""))
		return sh.discardLine()
	}
	if errors.As(err, &arith) && arith.Expr != nil {
		return sh.arithExpFailed(arith)
	}
	if errors.As(err, &arith) && arith.Index != nil {
		// In an array subscript: bash names the subscript and
		// abandons the command line.
		x := arith.Index
		sh.errorf("%s", sh.arithMessage(arith, x, x.Pos().Offset(), x.End().Offset(), ""))
		return sh.discardLine()
	}
	var indirect expand.IndirectError
	var bad expand.BadSubstError
	var noMatch expand.NoMatchError
	var substring expand.SubstringError
	if errors.As(err, &indirect) || errors.As(err, &bad) || errors.As(err, &noMatch) || errors.As(err, &substring) {
		sh.errorf("%v", err)
		return sh.discardLine()
	}
	msg := err.Error()
	sh.errorf("%s", msg)
	sh.status = 1
	return nil
}

// fatalStatus is the status an expansion error that ends a
// non-interactive shell (set -u, ${x?}) leaves. bash jumps to its top
// level: a -c shell's answers 127 (shell.c, run_one_command), and so does
// the simple command it forks for a pipeline stage or `cmd &`, which
// keeps that top level; a script's reader loop, a ( ) and a $(...) have
// their own, which answer 1. Under set -e the jump is an errexit, 1.
func (sh *Shell) fatalStatus() int {
	if sh.opts[optErrExit] {
		return 1
	}
	if sh.forkedCall || sh.mode == ModeCommandString {
		return 127
	}
	return 1
}

func unsetMessage(e expand.UnsetParameterError) string {
	name := ""
	if e.Node != nil && e.Node.Param != nil {
		name = e.Node.Param.Value
		if e.Node.Short && name != "" && name[0] >= '0' && name[0] <= '9' {
			// A positional parameter: bash names $1 so, but ${1} and
			// ${1%x} as 1.
			name = "$" + name
		}
		if e.Node.Index != nil {
			name += "[" + arithText(e.Node.Index) + "]" // an element: a[5]
		}
	}
	if e.Indirect {
		name = "!" + name
	}
	if e.Message == "" && e.Node != nil && e.Node.Exp != nil {
		// ${x?} and ${x:?} with no word of their own: bash's words.
		switch e.Node.Exp.Op {
		case syntax.ErrorUnsetOrNull:
			return name + ": parameter null or not set"
		case syntax.ErrorUnset:
			return name + ": parameter not set"
		}
	}
	if e.Message == "" || strings.HasPrefix(e.Message, "unbound variable") {
		return name + ": unbound variable"
	}
	return name + ": " + e.Message
}

// arithText is an arithmetic expression as written, near enough for a
// message: a[-2], a[i+1].
func arithText(x syntax.ArithmExpr) string {
	switch x := x.(type) {
	case *syntax.UnaryArithm:
		if x.Post {
			return arithText(x.X) + x.Op.String()
		}
		return x.Op.String() + arithText(x.X)
	case *syntax.BinaryArithm:
		return arithText(x.X) + x.Op.String() + arithText(x.Y)
	case *syntax.ParenArithm:
		return "(" + arithText(x.X) + ")"
	}
	return parser.Print(x)
}

// flowError is a control-flow error carried through expand's callbacks
// (exit inside $(...) belongs to the substitution, but an interrupt does
// not).
type flowError interface {
	error
	flow()
}

func (interruptFlow) flow() {}

func (sh *Shell) checkInterrupt() error {
	if sh.shared.interrupted.Load() {
		return interruptFlow{}
	}
	return nil
}

// ---- [[ ]] ----

func (sh *Shell) testExpr(x syntax.TestExpr) (bool, error) {
	return sh.testExprNeg(x, "")
}

// testExprNeg is testExpr; neg is "! " under a `!`, for set -x, which
// traces each test as it is evaluated.
func (sh *Shell) testExprNeg(x syntax.TestExpr, neg string) (bool, error) {
	switch x := x.(type) {
	case *syntax.Word:
		s, err := sh.literal(unescaped(x))
		if err == nil {
			sh.traceTest(neg, "-n", s)
		}
		return s != "", err
	case *syntax.ParenTest:
		return sh.testExprNeg(x.X, neg)
	case *syntax.UnaryTest:
		if x.Op == syntax.TsNot {
			ok, err := sh.testExprNeg(x.X, "! ")
			if err == errBadRegexp {
				return true, nil // bash: ! of status 2 is 0
			}
			return !ok, err
		}
		s, err := sh.literal(unescaped(x.X.(*syntax.Word)))
		if err != nil {
			return false, err
		}
		sh.traceTest(neg, x.Op.String(), s)
		if x.Op == syntax.TsVarSet {
			return sh.isSetElementErr(s)
		}
		return sh.unaryTest(x.Op.String(), s), nil
	case *syntax.BinaryTest:
		switch x.Op {
		case syntax.AndTest:
			ok, err := sh.testExpr(x.X)
			if err != nil || !ok {
				return false, err
			}
			return sh.testExpr(x.Y)
		case syntax.OrTest:
			ok, err := sh.testExpr(x.X)
			if err == errBadRegexp {
				err = nil // a failure like another
			}
			if err != nil || ok {
				return ok, err
			}
			return sh.testExpr(x.Y)
		}
		left, err := sh.literal(unescaped(x.X.(*syntax.Word)))
		if err != nil {
			return false, err
		}
		switch x.Op {
		case syntax.TsMatch, syntax.TsNoMatch, syntax.TsMatchShort:
			pat, err := sh.pattern(x.Y.(*syntax.Word))
			if err != nil {
				return false, err
			}
			if sh.opts[optXTrace] {
				sh.traceTest(neg, left, x.Op.String(), sh.tracePattern(x.Y.(*syntax.Word)))
			}
			m := sh.matchPattern(pat, left, pattern.EntireString|pattern.ExtendedOperators)
			return m == (x.Op != syntax.TsNoMatch), nil
		case syntax.TsReMatch:
			right, err := sh.regexWord(x.Y.(*syntax.Word))
			if err != nil {
				return false, err
			}
			sh.traceTest(neg, left, x.Op.String(), right)
			utf8 := sh.utf8Locale()
			if !utf8 {
				// Bytes are characters, as in bash's C locale.
				right, left = pattern.ByteRunes(right), pattern.ByteRunes(left)
			}
			re, ok := compileERE(right, sh.opts[optNoCaseMatch], utf8)
			if !ok {
				return false, errBadRegexp
			}
			m := re.FindStringSubmatch(left)
			for i := range m {
				m[i] = pattern.FromByteRunes(m[i])
			}
			if m == nil {
				sh.Set("BASH_REMATCH", expand.Variable{Set: true, Kind: expand.Indexed, List: []string{}})
				return false, nil
			}
			sh.Set("BASH_REMATCH", expand.Variable{Set: true, Kind: expand.Indexed, List: m})
			return true, nil
		}
		// Quotes are removed on the right as on the left: [[ a -eq \ 1 ]]
		// compares with " 1".
		right, err := sh.literal(unescaped(x.Y.(*syntax.Word)))
		if err != nil {
			return false, err
		}
		sh.traceTest(neg, left, x.Op.String(), right)
		switch x.Op {
		case syntax.TsEql, syntax.TsNeq, syntax.TsLss, syntax.TsLeq, syntax.TsGtr, syntax.TsGeq:
			// Inside [[ ]] the operands of -eq and friends are arithmetic
			// expressions (`[[ 1+1 -eq 2 ]]`, `[[ 010 -eq 8 ]]`), unlike
			// in test, where they must be plain integers.
			a, err := sh.arithText(left)
			if err != nil {
				return false, condArithError(err)
			}
			b, err := sh.arithText(right)
			if err != nil {
				return false, condArithError(err)
			}
			left, right = strconv.Itoa(a), strconv.Itoa(b)
		}
		return sh.binaryTest(x.Op.String(), left, right)
	}
	return false, fmt.Errorf("unsupported test expression")
}

// condArithError names [[ in an arithmetic error of its operands, as bash
// does ("[[: i j: syntax error in expression ...").
func condArithError(err error) error {
	if e, ok := err.(arithStringError); ok && !e.plain {
		return arithStringError{msg: "[[: " + e.msg}
	}
	return err
}

// regexWord expands the right side of =~ into the regular expression
// bash gives regcomp (see ereQuote): quoted parts match literally.
func (sh *Shell) regexWord(w *syntax.Word) (string, error) {
	var chars []ereChar
	for _, part := range w.Parts {
		if lit, ok := part.(*syntax.Lit); ok {
			chars = appendLitChars(chars, lit.Value)
			continue
		}
		s, err := sh.literal(&syntax.Word{Parts: []syntax.WordPart{part}})
		if err != nil {
			return "", err
		}
		switch part.(type) {
		case *syntax.SglQuoted, *syntax.DblQuoted:
			chars = appendChars(chars, s, true)
		default:
			chars = appendChars(chars, s, false)
		}
	}
	return ereQuote(chars), nil
}
