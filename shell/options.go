package shell

// Option is one of the shell's options. optionTable names every one, with
// its letter and its kind, and everything that names options reads it:
// set and set -o, $-, shopt, the command line (cmd/jobsh) and help.
type Option int

// The options, set -o's first (in the order set -o lists them), then
// shopt's.
const (
	optAllExport Option = iota
	optBraceExpand
	optEmacs
	optErrExit
	optErrTrace
	optHashAll
	optHistExpand
	optHistory
	optIgnoreEOF
	optJobTrace
	optMonitor
	optNoClobber
	optNoExec
	optNoGlob
	optNoLog
	optNotify
	optNoUnset
	optPhysical
	optPipefail
	optPosix
	optVerbose
	optVi
	optXTrace

	optAutoCd
	optCdableVars
	optCheckJobs
	optCheckWinSize
	optCmdHist
	optDotGlob
	optExpandAliases
	optExtGlob
	optFailGlob
	optGlobStar
	optHistAppend
	optHostComplete
	optHupOnExit
	optInheritErrExit
	optLastPipe
	optLitHist
	optLoginShell
	optNoCaseGlob
	optNoCaseMatch
	optNullGlob
	optProgComp
	optProgCompAlias
	optSourcePath
	optXpgEcho

	numOptions
)

// optionKind says where an option is set: with set (-o NAME, or its
// letter), or with shopt.
type optionKind uint8

const (
	setOpt optionKind = iota
	shoptOpt
)

var optionTable = [numOptions]struct {
	name   string
	letter byte // set's single-letter form, 0 for none
	kind   optionKind
}{
	optAllExport:   {"allexport", 'a', setOpt},
	optBraceExpand: {"braceexpand", 'B', setOpt}, // on by default, as in bash
	optEmacs:       {"emacs", 0, setOpt},         // the line editor's keys: emacs (on with the editor) or vi
	optErrExit:     {"errexit", 'e', setOpt},
	optErrTrace:    {"errtrace", 'E', setOpt},
	optHashAll:     {"hashall", 'h', setOpt},
	optHistExpand:  {"histexpand", 'H', setOpt},
	optHistory:     {"history", 0, setOpt},
	optIgnoreEOF:   {"ignoreeof", 0, setOpt}, // an interactive shell does not leave at end-of-file (IGNOREEOF times)
	optJobTrace:    {"jobtrace", 0, setOpt},  // jobsh's own: print each job-control step
	optMonitor:     {"monitor", 'm', setOpt},
	optNoClobber:   {"noclobber", 'C', setOpt},
	optNoExec:      {"noexec", 'n', setOpt},
	optNoGlob:      {"noglob", 'f', setOpt},
	optNoLog:       {"nolog", 0, setOpt}, // POSIX's, obsolescent: "may have no effect", and has none, as in bash
	optNotify:      {"notify", 'b', setOpt},
	optNoUnset:     {"nounset", 'u', setOpt},
	optPhysical:    {"physical", 'P', setOpt}, // cd and pwd resolve symbolic links, as with -P
	optPipefail:    {"pipefail", 0, setOpt},
	optPosix:       {"posix", 0, setOpt}, // jobsh invoked as sh, --posix, set -o posix: see posix.go
	optVerbose:     {"verbose", 'v', setOpt},
	optVi:          {"vi", 0, setOpt},
	optXTrace:      {"xtrace", 'x', setOpt},

	optAutoCd:         {"autocd", 0, shoptOpt},      // an interactive shell runs cd DIR for a command that names a directory
	optCdableVars:     {"cdable_vars", 0, shoptOpt}, // cd NAME: a variable holding the directory
	optCheckJobs:      {"checkjobs", 0, shoptOpt},
	optCheckWinSize:   {"checkwinsize", 0, shoptOpt}, // $COLUMNS and $LINES before each prompt (on)
	optCmdHist:        {"cmdhist", 0, shoptOpt},      // a command of several lines is one history line (on)
	optDotGlob:        {"dotglob", 0, shoptOpt},
	optExpandAliases:  {"expand_aliases", 0, shoptOpt},
	optExtGlob:        {"extglob", 0, shoptOpt},
	optFailGlob:       {"failglob", 0, shoptOpt},
	optGlobStar:       {"globstar", 0, shoptOpt},
	optHistAppend:     {"histappend", 0, shoptOpt},   // on: each line goes to $HISTFILE as entered; off: the file is rewritten at exit
	optHostComplete:   {"hostcomplete", 0, shoptOpt}, // Tab after @ completes host names
	optHupOnExit:      {"huponexit", 0, shoptOpt},    // SIGHUP to every job, not only the stopped ones, when an interactive shell exits
	optInheritErrExit: {"inherit_errexit", 0, shoptOpt},
	optLastPipe:       {"lastpipe", 0, shoptOpt},
	optLitHist:        {"lithist", 0, shoptOpt},     // with cmdhist, keep its newlines
	optLoginShell:     {"login_shell", 0, shoptOpt}, // read-only: the shell's login flag
	optNoCaseGlob:     {"nocaseglob", 0, shoptOpt},
	optNoCaseMatch:    {"nocasematch", 0, shoptOpt},
	optNullGlob:       {"nullglob", 0, shoptOpt},
	optProgComp:       {"progcomp", 0, shoptOpt},       // complete's specs are used at Tab (complete.go)
	optProgCompAlias:  {"progcomp_alias", 0, shoptOpt}, // an alias's first word's spec completes it
	optSourcePath:     {"sourcepath", 0, shoptOpt},
	optXpgEcho:        {"xpg_echo", 0, shoptOpt},
}

// flagOrder is the order of the letters in $-, as bash writes them; i
// is for an interactive shell.
const flagOrder = "abefhimnuvxBCEHP"

// Options holds the value of every option. It is an array, so a
// subshell's copy is a plain assignment.
type Options [numOptions]bool

func (o Option) String() string { return optionTable[o].name }

// lookupOption finds an option of the given kind by name.
func lookupOption(name string, kind optionKind) (Option, bool) {
	for o := Option(0); o < numOptions; o++ {
		if optionTable[o].name == name && optionTable[o].kind == kind {
			return o, true
		}
	}
	return 0, false
}

// optionForLetter finds the option set's letter c stands for.
func optionForLetter(c byte) (Option, bool) {
	for o := Option(0); o < numOptions; o++ {
		if optionTable[o].letter == c {
			return o, true
		}
	}
	return 0, false
}

// options lists the options of one kind, in table order.
func optionsOfKind(kind optionKind) []Option {
	var list []Option
	for o := Option(0); o < numOptions; o++ {
		if optionTable[o].kind == kind {
			list = append(list, o)
		}
	}
	return list
}

// OptionForLetter gives the name of the set option that letter c stands
// for, for the command line.
func OptionForLetter(c byte) (string, bool) {
	o, ok := optionForLetter(c)
	return o.String(), ok
}

// IsSetOption reports whether name is an option of set -o.
func IsSetOption(name string) bool {
	_, ok := lookupOption(name, setOpt)
	return ok
}

// byName is the options that are on, by name: how they travel to a
// re-executed subshell.
func (opts *Options) byName() map[string]bool {
	m := map[string]bool{}
	for o, on := range opts {
		if on {
			m[optionTable[o].name] = true
		}
	}
	return m
}

func optionsByName(m map[string]bool) Options {
	var opts Options
	for o := range opts {
		opts[o] = m[optionTable[o].name]
	}
	return opts
}

// optionOn says whether an option is on, as set -o, $- and test -o show
// it. For monitor that is the setting, which subshells inherit as in bash
// ($- has m in a pipeline stage); whether jobs get process groups and the
// terminal is the job controller's JobControl, off in every subshell.
// setJobControl is the one place that changes both.
func (sh *Shell) optionOn(o Option) bool { return sh.opts[o] }
