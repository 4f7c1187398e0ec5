package shell

import (
	"os"
	"regexp"
	"strconv"
	"sync"
	"sync/atomic"

	"jobsh/sys/sig"

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
