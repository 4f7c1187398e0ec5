package shell

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"jobsh/jobs"
	"jobsh/sys/sig"

	"golang.org/x/sys/unix"
	"mvdan.cc/sh/v3/pattern"
)

// processShared is what the shells of one OS process share: the top shell
// and its in-process subshells, which run in other goroutines (pipeline
// stages without job control, process substitutions). A Shell belongs to
// one goroutine; this value is reached from all of them, so each field is
// safe for concurrent use, and says how. Nothing else in the interpreter
// is shared between goroutines, and the package keeps no mutable state of
// its own: a re-executed subshell, a new process, starts a new one.
type processShared struct {
	// interrupted is set when SIGINT reached the shell itself (atomic).
	interrupted atomic.Bool
	// patterns caches compiled shell patterns (its own mutex).
	patterns patternCache
	// childSignals wakes the waits that must stay interruptible when a
	// child changes state (its own mutex).
	childSignals hub
	// foreignEnv are the environment entries inherited under names no
	// variable can have (BASH_FUNC_f%%, a-b): passed on to the commands
	// run, never interpreted. Written once by importEnv, before any other
	// goroutine starts; read-only after.
	foreignEnv []string
	// signals is the process's single signal handler (sys/sig), which
	// says for every signal what the process does with it (its own
	// mutex).
	signals *sig.Dispatcher

	nullMu sync.Mutex // guards null
	null   *os.File   // /dev/null, opened when first needed

	// dirMu guards dir. A start that lets its child inherit the
	// process's directory holds it for reading until the child has
	// started (holdDir); moving the process holds it (moveTo).
	dirMu sync.RWMutex
	// dir is the directory the process is in, named as the shell that
	// went there names it (its cwd then); "" when unknown.
	dir string
	// movesDir: this process is jobsh's own (Main, RunSubshell), whose
	// cd moves the process. A program that embeds the interpreter keeps
	// its directory: its shells' children are started in theirs.
	movesDir bool
}

func newProcessShared() *processShared {
	return &processShared{signals: sig.Process}
}

// devNull is the process's one descriptor on /dev/null, opened when first
// needed; nil if it can't be opened (no descriptors left), tried again
// next time.
func (p *processShared) devNull() *os.File {
	p.nullMu.Lock()
	defer p.nullMu.Unlock()
	if p.null == nil {
		if f, err := os.Open(os.DevNull); err == nil {
			p.null = f
		}
	}
	return p.null
}

// patternCache keeps the regular expressions of the shell patterns last
// matched (case, [[ == ]]): a loop matches the same few again and again.
type patternCache struct {
	mu sync.Mutex
	m  map[string]*regexp.Regexp
}

// match matches a shell pattern (as expand.Pattern returns it); fold
// ignores case (shopt nocasematch), but for the character classes, as in
// bash.
func (c *patternCache) match(pat, s string, mode pattern.Mode, fold bool) bool {
	if fold {
		mode |= pattern.NoGlobCase
	}
	key := strconv.Itoa(int(mode)) + pat
	c.mu.Lock()
	re := c.m[key]
	c.mu.Unlock()
	if re == nil {
		expr, err := pattern.Regexp(pat, mode)
		if _, neg := err.(*pattern.NegExtGlobError); neg && mode&^(pattern.UnicodeClasses|pattern.NoGlobCase|pattern.ExtendedOperators) == pattern.EntireString {
			// !(...): matched by backtracking.
			if m, ok := pattern.Backtracking(pat, mode); ok {
				return m(s)
			}
		}
		if err != nil {
			return pat == s
		}
		if re, err = regexp.Compile(expr); err != nil {
			return pat == s
		}
		c.mu.Lock()
		if c.m == nil || len(c.m) > 1000 {
			c.m = map[string]*regexp.Regexp{}
		}
		c.m[key] = re
		c.mu.Unlock()
	}
	return re.MatchString(s)
}

// holdDir sets the directory of a command about to start: none, so that
// the child inherits the process's, when the command's is the one the
// process is in. A chdir in the child names the directory by path, and
// fails once it has been removed, where bash's children (which inherit)
// still run. release must be called once the child has started: until
// then the process must not move. Only jobsh's own process knows where
// it is: a program that embeds the interpreter may chdir as it likes, so
// its shells' commands are always started in their directory by name.
func (p *processShared) holdDir(c *jobs.Command) (release func()) {
	p.dirMu.RLock()
	if p.movesDir && c.Dir != "" && sameDirName(c.Dir, p.dir) {
		c.Dir = ""
	}
	return p.dirMu.RUnlock
}

// sameDirName tells whether two names of directories are one, or one
// with /. after it (as cd . in a removed directory names it, cdVerbatim).
func sameDirName(a, b string) bool {
	trim := func(s string) string {
		for strings.HasSuffix(s, "/.") {
			s = strings.TrimSuffix(s, "/.")
		}
		return s
	}
	return trim(a) == trim(b)
}

// enterCwd moves the process to the shell's directory if it is not
// there, before exec replaces it with a program; back returns it, if the
// exec fails, to where the program that embeds the interpreter had it.
func (sh *Shell) enterCwd() (back func(), err error) {
	p := sh.shared
	p.dirMu.RLock()
	was := p.dir
	p.dirMu.RUnlock()
	if was == sh.cwd || sh.cwd == "" {
		return func() {}, nil
	}
	if err := p.moveTo(sh.cwd); err != nil {
		return nil, err
	}
	return func() {
		if !p.movesDir && was != "" {
			p.moveTo(was)
		}
	}, nil
}

// chdirVerbatim moves the process, which must be in cwd, to dir taken
// from there (cdVerbatim), and names where it went: getcwd's answer, or
// when getcwd fails (err), dir joined to cwd ("." with no cwd). It
// returns "" when the process was elsewhere or could not move.
func (p *processShared) chdirVerbatim(cwd, dir string) (target string, err error) {
	p.dirMu.Lock()
	defer p.dirMu.Unlock()
	if !sameDirName(p.dir, cwd) || os.Chdir(dir) != nil {
		return "", nil
	}
	target, err = p.name(cwd, dir)
	p.dir = target
	return target, err
}

// stayVerbatim is chdirVerbatim for a shell that may not move the
// process: only to ".", where the process is if it is in cwd.
func (p *processShared) stayVerbatim(cwd, dir string) (target string, err error) {
	p.dirMu.RLock()
	defer p.dirMu.RUnlock()
	if filepath.Clean(dir) != "." || !sameDirName(p.dir, cwd) || enterable(dir) != nil {
		return "", nil
	}
	return p.name(cwd, dir)
}

// name names the directory the process is in, reached by dir from cwd:
// getcwd's answer, or when getcwd fails (err), dir joined to cwd ("."
// with no cwd).
func (p *processShared) name(cwd, dir string) (target string, err error) {
	target, err = unix.Getwd()
	switch {
	case err == nil:
	case cwd == "":
		target = "."
	default:
		target = strings.TrimSuffix(cwd, "/") + "/" + dir
	}
	return target, err
}

// moveTo moves the process to dir, which becomes the directory its
// children inherit.
func (p *processShared) moveTo(dir string) error {
	p.dirMu.Lock()
	defer p.dirMu.Unlock()
	if err := os.Chdir(dir); err != nil {
		return err
	}
	p.dir = dir
	return nil
}
