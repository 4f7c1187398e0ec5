package shell

import (
	"fmt"
	"strings"
)

// The manual page docs/jobsh.1 and docs/builtins.md, both written by
// `go run ./docs/gen` from the pages of helptext.go and the sections
// below; shell/docs_test.go fails when a committed file differs.

// manSection is a section of the manual page that is not a builtin's.
type manSection struct {
	title  string
	blocks []manBlock
}

// manBlock is one of: a subsection heading, a paragraph (an example if
// every line starts with two spaces), or a list of terms.
type manBlock struct {
	sub   string
	text  string
	items []helpItem
}

func para(text string) manBlock       { return manBlock{text: text} }
func subsection(t string) manBlock    { return manBlock{sub: t} }
func list(items ...helpItem) manBlock { return manBlock{items: items} }

// manIntro is the page up to the builtins.
func manIntro() []manSection {
	return []manSection{
		{"DESCRIPTION", []manBlock{
			para("jobsh is an interactive shell, written in Go, whose heart is job control done right and made visible. Every pipeline gets its own process group, the terminal is handed to the foreground job and taken back when it stops or ends, and every child is tracked with wait4(-pgid, WUNTRACED|WCONTINUED), so the shell can tell exactly what happened to each process: exited, killed by a signal (core dumped or not), stopped, continued."),
			para("It runs the bash dialect (parsed by mvdan.cc/sh): commands, pipelines, lists, compound commands, functions, arrays, all of bash's parameter expansions, arithmetic, globbing with extended patterns, redirections, traps, aliases. Where you would compare, jobsh prints what bash prints, byte for byte ([1]+  Stopped  sleep 100), so that scripts and expect sessions written against bash keep working. README.md in the sources lists what is supported, each part checked against bash 5.2."),
		}},
		{"OPTIONS", []manBlock{
			list(commandLine.options...),
			para("Options may also be given as for set: jobsh -e -o pipefail script.sh. -- or - ends the options."),
		}},
		{"INVOCATION", []manBlock{
			para("With neither a script nor -c, and standard input a terminal (or with -i), jobsh is interactive. It makes itself a process group leader and the terminal's foreground group, turns on job control (set -m), the history (set -o history), history expansion (set -H) and alias expansion, and, like bash, ignores SIGTERM, SIGQUIT and SIGTSTP; SIGHUP hangs up its jobs and ends it. Lines are read with a line editor (Emacs keys, Tab completion, Ctrl-R search, bracketed paste), unless TERM is dumb or unset or --no-edit is given."),
			para("With -c COMMAND, jobsh runs COMMAND; NAME, if given, becomes $0 and the ARGs $1, $2, .... With a SCRIPT it runs that file, the ARGs as its positional parameters, and its messages carry the script's name and line (script.sh: line 3: ...). With -s, or a standard input that is not a terminal, it reads its commands from standard input."),
			subsection("Startup files"),
			para("An interactive shell reads ~/.jobshrc before its first prompt; --rcfile FILE reads FILE instead, and --norc neither file. A login shell (-l, --login, or an argv[0] that starts with -, as login(1) starts it) reads ~/.jobsh_profile first. Scripts and -c without -i read no startup file. jobsh reads neither bash's files nor any under /etc. A syntax error in a startup file is reported with the file's name and line, and the lines before it have run."),
			subsection("POSIX mode"),
			para("Invoked as sh (the base name of argv[0], as through a link named sh), or with --posix or set -o posix, jobsh follows POSIX.1-2024 where bash's default behaviour differs, as bash's posix mode does: an error in a special builtin ends a shell that is not interactive, a script writes no job status lines, bg on a running job is no error, wait on an unknown pid or job says nothing. POSIXLY_CORRECT is set while POSIX mode is on, so that the programs the shell starts follow POSIX too."),
		}},
		{"JOB CONTROL", []manBlock{
			para("With job control on (set -m, on in an interactive shell on a terminal) each pipeline, and each command started with &, is a job with a process group of its own (setpgid): the first process's pid is the group's id. A foreground job gets the terminal (tcsetpgrp), so that Ctrl-C (SIGINT), Ctrl-\\ (SIGQUIT) and Ctrl-Z (SIGTSTP) go to it and not to the shell, and the shell waits with wait4(-pgid, WUNTRACED|WCONTINUED). When the job stops or ends, the shell takes the terminal back and prompts again."),
			para("Ctrl-Z stops the foreground job ([1]+  Stopped  sleep 100); fg resumes it in the foreground, bg in the background, kill %1 signals its whole group. A background job that reads from the terminal is stopped by SIGTTIN. A loop, group or function in a pipeline or in the background runs in a jobsh process of its own inside the job's group, so that it stops and resumes with the rest. Background jobs are reaped before each prompt with wait4(-pgid, WNOHANG|WUNTRACED|WCONTINUED) and their changes reported then, or at once, even while you type, with set -b."),
			para("When a job stops, its terminal modes are saved (tcgetattr) and the shell's restored; fg gives them back before it hands the terminal over. After a job killed by a signal the shell's modes come back; after a normal exit the job's modes stay (stty -echo persists, as in bash). Before each prompt the shell restores canonical input, key signals and output processing if a job left the terminal raw."),
			para("Jobs are named by job specs: %N, %+ or %% (the current job), %- (the previous one), %STRING, %?STRING; a job spec alone is fg, and with & bg (help %). The status ($?) of a job is that of its last process, 128+N for one killed or stopped by signal N; kill -l $? names the signal. An interactive shell with stopped jobs does not exit at the first exit (There are stopped jobs.); at the second it sends them SIGHUP and SIGCONT (all jobs with shopt -s huponexit; not those disowned, or marked with disown -h)."),
			subsection("Watching job control happen"),
			para("set -o jobtrace (or jobsh --trace-jobs) prints each job-control step on standard error as it happens: the fork, the process group, the terminal hand-off, each wait4 with the raw status and its decoding, the signals sent to process groups, and the saving and restoring of terminal modes. Here sleep 100 is started and stopped with Ctrl-Z (5 is the shell's descriptor on its terminal, 13412 the shell's process group):"),
			para("  $ sleep 100\n  jobtrace: fork() = 13470\n  jobtrace: setpgid(13470, 13470)\n  jobtrace: tcsetpgrp(5, 13470)"),
			para("and at Ctrl-Z: jobtrace: wait4(-13470, WUNTRACED|WCONTINUED) = 13470 stopped SIGTSTP (0x147f), then"),
			para("  jobtrace: tcgetattr(5) saved the job's modes\n  jobtrace: tcsetpgrp(5, 13412)\n  jobtrace: tcsetattr(5, TCSADRAIN) restored the shell's modes\n  [1]+  Stopped                 sleep 100"),
			para("0x147f is 0x14 << 8 | 0x7f: stopped (low byte 0x7f) by signal 0x14, 20, SIGTSTP. bg then shows kill(-13470, SIGCONT) and a wait4 that reports continued (0xffff)."),
			subsection("What happened to each process"),
			para("jobs -v lists every process of every job with its raw wait status decoded (WIFEXITED WEXITSTATUS=N; WIFSIGNALED WTERMSIG=N (SIGNAME) WCOREDUMP; WIFSTOPPED WSTOPSIG=N) and the resource usage wait4 returned for it: user and system time, maximum resident set size (maxrss, KiB), minor and major page faults, blocks read and written, voluntary and involuntary context switches. The last foreground job comes last, as [last]. jobs --json prints the same for programs."),
			para("time PIPELINE prints bash's report; in TIMEFORMAT, jobsh's %M is the largest maximum resident set size of the timed job's processes, %F and %f their major and minor page faults (help time). With REPORTTIME=N, every foreground job that used N seconds of CPU or more gets a line of its times. waitpid waits for any process, a child of the shell or not, through pidfd_open(2)."),
		}},
	}
}

// manOutro is the page after the builtins.
func manOutro() []manSection {
	return []manSection{
		{"ENVIRONMENT", []manBlock{
			para("Variables jobsh reads, besides those of the language ($1, IFS, ...):"),
			list(
				helpItem{"HOME", "cd's default directory, the value of ~, and where the startup files and the history file are"},
				helpItem{"PATH", "where commands are looked for (remembered: see hash); if unset, /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"},
				helpItem{"CDPATH", "directories cd looks in for a relative directory"},
				helpItem{"PS1", "the prompt, by default \\$ ($, or # for root), with bash's escapes \\u \\h \\H \\w \\W \\$ \\j (the number of jobs) \\! \\# \\t \\T \\@ \\A \\d \\n \\s \\v \\e \\[ \\] and $VAR and $(...) expanded"},
				helpItem{"PS2", "the prompt for continuation lines, by default >"},
				helpItem{"PS4", "what set -x prints before each command, by default +"},
				helpItem{"PROMPT_COMMAND", "run before each prompt; $? is kept for the prompt"},
				helpItem{"HISTFILE", "the history file, by default ~/.jobsh_history, created with mode 0600; each command is appended as it is entered, so that sessions share it; empty, there is no file"},
				helpItem{"HISTSIZE", "how many entries are kept in memory (500)"},
				helpItem{"HISTFILESIZE", "how many entries are kept in the file (500)"},
				helpItem{"HISTCONTROL", "a colon-separated list: ignorespace (a line that starts with a space is not saved), ignoredups (nor a line equal to the one before), ignoreboth (both), erasedups (older copies of the line are removed from the list)"},
				helpItem{"HISTIGNORE", "colon-separated patterns; a line that matches one is not saved; & stands for the line before"},
				helpItem{"HISTTIMEFORMAT", "if set, history shows each entry's time in this strftime(3) format, and the file gets a #EPOCH line before each entry"},
				helpItem{"TIMEFORMAT", "the format of time's report (help time)"},
				helpItem{"REPORTTIME", "if set to N, every foreground job that used N seconds of CPU or more is reported (zsh's)"},
				helpItem{"COLUMNS, LINES", "set before each prompt to the terminal's size, as bash's checkwinsize; the line editor follows a resize, also one made while a command ran"},
				helpItem{"TERM", "dumb or unset: no line editor, plain line input"},
				helpItem{"OPTIND, OPTARG", "getopts's position and option argument"},
			),
			para("jobsh sets, as bash: PWD, OLDPWD, PPID, SHLVL, RANDOM (seedable, not bash's sequence), SECONDS, LINENO, FUNCNAME, PIPESTATUS, BASH_REMATCH, DIRSTACK, REPLY, MAPFILE, and POSIXLY_CORRECT in POSIX mode."),
		}},
		{"FILES", []manBlock{list(
			helpItem{"~/.jobshrc", "read by interactive shells"},
			helpItem{"~/.jobsh_profile", "read by login shells, before ~/.jobshrc"},
			helpItem{"~/.jobsh_history", "the command history, unless HISTFILE says otherwise"},
		)}},
		{"EXIT STATUS", []manBlock{
			para("The status of the last command run, or N after exit N; with -c, the status of COMMAND. 2 for a bad option on the command line or a syntax error in a script; 126 for a command found but not executable; 127 for one not found; 128+N for a command killed by signal N. A shell that is itself killed by a signal dies of it, so that its parent sees the signal."),
		}},
		{"SEE ALSO", []manBlock{
			para("bash(1), waitpid(1), wait4(2), setpgid(2), tcsetpgrp(3), termios(3), pidfd_open(2), signal(7)."),
			para("README.md in the jobsh sources: a tour, the measured speed and conformance, how it works. docs/builtins.md: the builtin pages of this manual in Markdown."),
		}},
		{"BUGS", []manBlock{
			para("Refused with jobsh: NAME: not supported and status 2, never run wrongly: coproc, {var}> redirections, and the builtins " + strings.Join(unsupportedBuiltins, ", ") + "."),
			para("Where jobsh differs from bash on purpose (fg restores a stopped job's terminal modes and sends SIGCONT even to a job it believes runs; a pipeline stops as a unit; the history file is written as each command is entered) and where it still differs, the section Differences from bash of README.md tells, with the reason for each."),
		}},
	}
}

// manDate is the date in the page's header: a constant, so that the
// generator writes the same file each time. Move it when the page's text
// changes in substance.
const manDate = "2026-11-29"

// ManPage is docs/jobsh.1, in the man(7) macros.
func ManPage() string {
	var b strings.Builder
	b.WriteString(`.\" Generated by go run ./docs/gen from shell/helptext.go and shell/manpage.go; do not edit.` + "\n")
	fmt.Fprintf(&b, ".TH JOBSH 1 %s \"%s\" \"User Commands\"\n", manDate, Version)
	b.WriteString(".nh\n.ad l\n.SH NAME\njobsh \\- a bash\\-compatible shell whose heart is job control\n.SH SYNOPSIS\n")
	for i, form := range commandLine.forms {
		if i > 0 {
			b.WriteString(".br\n")
		}
		roffSynopsis(&b, form)
	}
	for _, s := range manIntro() {
		s.roff(&b)
	}
	b.WriteString(".SH KEYWORDS\n")
	b.WriteString(roffLine("The parts of the grammar that help NAME describes, as bash's help does.") + "\n")
	for _, p := range helpPages {
		if p.keyword {
			p.roff(&b)
		}
	}
	b.WriteString(".SH \"SHELL BUILTIN COMMANDS\"\n")
	b.WriteString(roffLine("help NAME prints these pages in a terminal, help -d NAME only the line under the name, help -s NAME the synopsis, help 'PATTERN' the pages of the names it matches; help alone lists them.") + "\n")
	for _, p := range helpPages {
		if !p.keyword {
			p.roff(&b)
		}
	}
	for _, s := range manOutro() {
		s.roff(&b)
	}
	return b.String()
}

func (s manSection) roff(b *strings.Builder) {
	fmt.Fprintf(b, ".SH %s\n", roffArg(s.title))
	for i, bl := range s.blocks {
		switch {
		case bl.sub != "":
			fmt.Fprintf(b, ".SS %s\n", roffArg(bl.sub))
		case bl.items != nil:
			roffItems(b, bl.items, true)
		default:
			if i > 0 && s.blocks[i-1].sub == "" {
				b.WriteString(".PP\n")
			}
			roffPara(b, bl.text)
		}
	}
}

func (p *helpPage) roff(b *strings.Builder) {
	fmt.Fprintf(b, ".SS %s\n", roffArg(p.name))
	roffSynopsis(b, p.synopsis)
	fmt.Fprintf(b, ".PP\n%s\n", roffLine(p.short))
	for _, t := range p.text {
		b.WriteString(".PP\n")
		roffPara(b, t)
	}
	for i, t := range p.jobs {
		b.WriteString(".PP\n")
		if i == 0 {
			fmt.Fprintf(b, "\\fI%s\\fR\n", roffEscape(jobsHeading))
		}
		roffPara(b, t)
	}
	if len(p.options) > 0 {
		b.WriteString(".PP\n\\fIOptions:\\fR\n")
		roffItems(b, p.options, false)
	}
	if len(p.names) > 0 {
		fmt.Fprintf(b, ".PP\n\\fI%s\\fR\n", namesHeading)
		roffItems(b, p.names, false)
	}
	if p.exit != "" {
		fmt.Fprintf(b, ".PP\n\\fIExit status:\\fR\n%s\n", roffLine(p.exit))
	}
}

// roffTerm sets a term in bold, or each of its ", "-separated forms:
// an option or a name in bold, its argument in italics (-s sigspec).
func roffTerm(term string) string {
	var forms []string
	for _, form := range strings.Split(term, ", ") {
		first, rest, _ := strings.Cut(form, " ")
		f := `\fB` + roffEscape(first) + `\fR`
		if rest != "" {
			f += ` \fI` + roffEscape(rest) + `\fR`
		}
		forms = append(forms, f)
	}
	return strings.Join(forms, ", ")
}

// roffSynopsis writes a usage line, the command's name in bold.
func roffSynopsis(b *strings.Builder, form string) {
	name, rest, _ := strings.Cut(form, " ")
	b.WriteString(`\fB` + roffEscape(name) + `\fR`)
	if rest != "" {
		b.WriteString(" " + roffEscape(rest))
	}
	b.WriteString("\n")
}

// roffPara writes a paragraph, an example in no-fill mode, indented.
func roffPara(b *strings.Builder, text string) {
	if !isExample(text) {
		b.WriteString(roffLine(text) + "\n")
		return
	}
	b.WriteString(".RS 4\n.nf\n")
	for _, l := range strings.Split(text, "\n") {
		b.WriteString(roffLine(l[2:]) + "\n")
	}
	b.WriteString(".fi\n.RE\n")
}

// roffItems writes terms as tagged paragraphs.
// The list is compact, as bash(1)'s: no blank line between items, and
// before the first only with gap (not under a heading such as Options:).
func roffItems(b *strings.Builder, items []helpItem, gap bool) {
	defer b.WriteString(".PD\n")
	for i, it := range items {
		if i == 0 && !gap || i == 1 && gap {
			b.WriteString(".PD 0\n")
		}
		b.WriteString(".TP\n" + roffTerm(it.term) + "\n" + roffLine(it.text) + "\n")
	}
}

// roffEscape makes text literal in roff: backslashes print as
// backslashes, hyphens as minus signs (what options are typed with), and
// quotes as the ASCII quotes shell code needs.
func roffEscape(s string) string {
	return strings.NewReplacer(`\`, `\e`, "-", `\-`, "'", `\(aq`, "`", `\(ga`).Replace(s)
}

// roffLine is text as roff source: escaped, a sentence per line (so
// that roff sees where sentences end), lines wrapped to 80 bytes at
// spaces, and each protected with \& where it would start with a
// control character.
func roffLine(s string) string {
	var lines []string
	for _, sentence := range sentences(roffEscape(s)) {
		lines = append(lines, fill(sentence, 78)...)
	}
	for i, l := range lines {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			lines[i] = `\&` + l
		}
	}
	return strings.Join(lines, "\n")
}

// sentences splits text after each ". " that ends a sentence: one
// followed by a capital letter or a digit.
func sentences(s string) []string {
	var out []string
	for {
		i := sentenceEnd(s)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i+1])
		s = s[i+2:]
	}
}

func sentenceEnd(s string) int {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && (s[i+2] >= 'A' && s[i+2] <= 'Z' || s[i+2] >= '0' && s[i+2] <= '9') {
			return i
		}
	}
	return -1
}

// roffArg is a macro argument: escaped, quoted.
func roffArg(s string) string {
	return `"` + roffEscape(s) + `"`
}

// BuiltinReference is docs/builtins.md: every page of help, in Markdown.
func BuiltinReference() string {
	var b strings.Builder
	b.WriteString("# jobsh builtins and keywords\n\nGenerated from `shell/helptext.go` (the pages `help NAME` prints) by `go run ./docs/gen`,\nwhich also writes the manual page `docs/jobsh.1`; `go test ./shell` checks both are current.\n")
	for _, group := range []struct {
		title   string
		keyword bool
	}{{"Builtins", false}, {"Keywords", true}} {
		fmt.Fprintf(&b, "\n## %s\n\n", group.title)
		for _, p := range helpPages {
			if p.keyword == group.keyword {
				p.markdown(&b)
			}
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// markdown writes a page as a section of docs/builtins.md.
func (p *helpPage) markdown(b *strings.Builder) {
	fmt.Fprintf(b, "### %s\n\n    %s\n\n%s\n\n", mdEscape(p.name), p.synopsis, mdEscape(p.short))
	for _, t := range p.text {
		mdPara(b, t)
	}
	for i, t := range p.jobs {
		if i == 0 {
			b.WriteString("*" + jobsHeading + "* ")
		}
		mdPara(b, t)
	}
	mdItems(b, "Options:", p.options)
	mdItems(b, namesHeading, p.names)
	if p.exit != "" {
		fmt.Fprintf(b, "*Exit status:* %s\n\n", mdEscape(p.exit))
	}
}

// mdItems writes a list of terms under its heading.
func mdItems(b *strings.Builder, heading string, items []helpItem) {
	if len(items) == 0 {
		return
	}
	b.WriteString("*" + heading + "*\n\n")
	for _, it := range items {
		fmt.Fprintf(b, "- `%s`: %s\n", it.term, mdEscape(it.text))
	}
	b.WriteString("\n")
}

// mdPara writes a paragraph, or an example as a code block.
func mdPara(b *strings.Builder, text string) {
	if isExample(text) {
		for _, l := range strings.Split(text, "\n") {
			b.WriteString("  " + l + "\n")
		}
		b.WriteString("\n")
		return
	}
	b.WriteString(mdEscape(text) + "\n\n")
}

// mdEscape keeps Markdown from reading the shell's characters as markup.
func mdEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`).Replace(s)
}

// Usage is jobsh --help.
func Usage() string {
	var b strings.Builder
	for i, f := range commandLine.forms {
		if i == 0 {
			fmt.Fprintf(&b, "Usage: %s\n", f)
		} else {
			fmt.Fprintf(&b, "       %s\n", f)
		}
	}
	b.WriteString("\nOptions:\n")
	for _, l := range itemLines(commandLine.options, "  ", helpWidth) {
		b.WriteString(l + "\n")
	}
	return b.String()
}
