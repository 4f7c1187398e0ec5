package shell

//go:generate go run ../docs/gen

// The text of `help`, docs/builtins.md and the SHELL BUILTIN COMMANDS of
// docs/jobsh.1, kept here as data so that all three come from it
// (helpformat.go renders it; docs/gen writes the two files).
//
// Text is plain: no markup, one string per paragraph, filled to the
// width of the output. A paragraph whose lines all start with two spaces
// is an example and is shown as it is.

// helpPage is one topic of help: a builtin, or a keyword (time, if, %).
type helpPage struct {
	keyword  bool // part of the grammar, not a builtin: its own section of the manual page
	name     string
	synopsis string // the usage line, also in "NAME: usage:" messages
	short    string // one line: help -d, the list
	text     []string
	jobs     []string // for job builtins: what they do to process groups and the terminal
	options  []helpItem
	names    []helpItem // shopt's option names, under namesHeading
	exit     string
}

// helpItem is an option, an operand or a variable with what it does.
type helpItem struct{ term, text string }

const (
	jobsHeading  = "Process groups and the terminal:"
	namesHeading = "Option names:"
	loopExit     = "0; 1 if N is less than 1. Outside a loop it says so and returns 0 (silently in POSIX mode). An N that is not a number ends a shell that is not interactive, with status 128."
	noJobCtl     = "Without job control (a script, or set +m) there are no process groups of jobs to hand the terminal to."
)

var helpPages = []*helpPage{
	{
		keyword: true, name: "((", synopsis: "(( expression ))",
		short: "Evaluate an arithmetic expression.",
		text:  []string{"Evaluate EXPRESSION as let does: (( EXPRESSION )) is let \"EXPRESSION\", without the quotes to type."},
		exit:  "1 if EXPRESSION evaluates to 0; 0 otherwise; 1 on an error.",
	},
	{
		keyword: true, name: "[[", synopsis: "[[ expression ]]",
		short: "Evaluate a conditional expression, without word splitting or globbing.",
		text: []string{
			"Evaluate EXPRESSION, built from test's unary and binary operators with ! ( ) && ||. The words are neither split nor globbed. The right of == and != is a pattern (quote it to compare as a string); < and > compare strings; =~ matches an extended regular expression and puts the match and its groups into BASH_REMATCH; -v NAME[i] tests an element; the operands of -eq, -lt and the rest are arithmetic expressions.",
		},
		exit: "0 if EXPRESSION is true, 1 if false, 2 on an error in it.",
	},
	{
		keyword: true, name: "case", synopsis: "case WORD in [PATTERN [| PATTERN]...) COMMANDS ;;]... esac",
		short: "Run the commands chosen by pattern matching.",
		text: []string{
			"Expand WORD and match it against each PATTERN in turn (glob patterns, extended patterns too; shopt nocasematch ignores case) and run the COMMANDS of the first clause that matches. A clause that ends with ;& goes on to run the next clause's COMMANDS as well; one that ends with ;;& goes on matching the patterns after it.",
		},
		exit: "The status of the last command run; 0 if no pattern matched.",
	},
	{
		keyword: true, name: "for", synopsis: "for NAME [in WORDS ... ] ; do COMMANDS; done",
		short: "Run commands for each word of a list.",
		text: []string{
			"Expand WORDS and run COMMANDS once for each resulting word, with NAME set to it; without in WORDS, for each positional parameter. The arithmetic form, for (( EXP1; EXP2; EXP3 )); do COMMANDS; done, evaluates EXP1, then as long as EXP2 is not 0 runs COMMANDS and evaluates EXP3 (an empty EXP2 counts as 1). break leaves the loop and continue starts its next turn.",
		},
		exit: "The status of the last command run; 0 if none ran.",
	},
	{
		keyword: true, name: "function", synopsis: "function name { COMMANDS ; } or name () { COMMANDS ; }",
		short: "Define a shell function.",
		text: []string{
			"Define NAME as a function: a command named NAME then runs COMMANDS (any compound command) in the current shell, the arguments as its positional parameters, FUNCNAME naming it. local makes variables local to it, return leaves it, and redirections written after the body apply each time it runs. A function in a pipeline or in the background runs in a jobsh process of its own, given the function's definition, in the job's process group, so that it stops and resumes with the job.",
		},
		exit: "Defining: 0. Running: the status of the last command of the body, or return's N.",
	},
	{
		keyword: true, name: "if", synopsis: "if COMMANDS; then COMMANDS; [ elif COMMANDS; then COMMANDS; ]... [ else COMMANDS; ] fi",
		short: "Run commands according to conditions.",
		text: []string{
			"Run the if COMMANDS; if their status is 0, run the then COMMANDS. Otherwise try each elif's COMMANDS in turn, and run the then COMMANDS of the first that succeeds; if none does, run the else COMMANDS. A failure in a condition does not trigger set -e.",
		},
		exit: "The status of the last command run; 0 if no condition succeeded and there is no else.",
	},
	{
		keyword: true, name: "until", synopsis: "until COMMANDS; do COMMANDS-2; done",
		short: "Run commands as long as a test fails.",
		text:  []string{"Run COMMANDS-2 as long as the status of COMMANDS is not 0. break leaves the loop and continue starts its next turn."},
		exit:  "The status of the last command of COMMANDS-2; 0 if it never ran.",
	},
	{
		keyword: true, name: "while", synopsis: "while COMMANDS; do COMMANDS-2; done",
		short: "Run commands as long as a test succeeds.",
		text:  []string{"Run COMMANDS-2 as long as the status of COMMANDS is 0. break leaves the loop and continue starts its next turn."},
		exit:  "The status of the last command of COMMANDS-2; 0 if it never ran.",
	},
	{
		keyword: true, name: "{", synopsis: "{ COMMANDS ; }",
		short: "Group commands as a unit.",
		text: []string{
			"Run COMMANDS as one command in the current shell: a redirection applies to all of them, and the group's status is the last one's. Unlike ( COMMANDS ), which runs them in a subshell, variables assigned and cd stay. In a pipeline or in the background a group runs in a jobsh process of its own inside the job's process group, so that it stops and resumes with the job.",
		},
		exit: "The status of the last command.",
	},
	{
		keyword: true, name: "%", synopsis: "job_spec [&]",
		short: "Resume a job in the foreground, or with & in the background.",
		text: []string{
			"A job spec alone as a command is fg with that job: %1 is fg %1. Followed by &, it is bg: %1 & is bg %1.",
			"Job specs name jobs wherever the job builtins (fg, bg, jobs, kill, wait, disown) take one: %N is job number N, %+ or %% the current job (the one marked + in the jobs list: the last one stopped, or else started in the background), %- the previous one, %STRING the job whose command starts with STRING, %?STRING the job whose command contains STRING. A string that names more than one job is an error (ambiguous job spec).",
		},
		jobs: []string{"As fg and bg: the job's process group gets the terminal (tcsetpgrp) and SIGCONT (kill(-pgid, SIGCONT)). " + noJobCtl},
		exit: "As fg or bg.",
	},
	{
		name: ".", synopsis: ". filename [arguments]",
		short: "Run the commands of a file in this shell.",
		text: []string{
			"Read and run the commands of FILENAME in the current shell, so that the variables, functions and options it sets stay. A FILENAME without a slash is looked for in PATH (with shopt sourcepath, on by default), then in the working directory. ARGUMENTS, if given, are the positional parameters while it runs.",
		},
		exit: "The status of the last command run in FILENAME; 1 if FILENAME cannot be read; 2 without a FILENAME.",
	},
	{
		name: ":", synopsis: ": [arguments]",
		short: "Do nothing, successfully.",
		text:  []string{"No effect; the arguments are expanded, and their redirections done, and nothing else happens."},
		exit:  "Always 0.",
	},
	{
		name: "[", synopsis: "[ arg... ]",
		short: "Evaluate a conditional expression; the last argument must be ].",
		text:  []string{"The same as test, whose page lists the expressions, except that the last argument must be ] to close the first."},
		exit:  "0 if the expression is true, 1 if false, 2 on a bad expression or a missing ].",
	},
	{
		name: "alias", synopsis: "alias [-p] [name[=value] ...]",
		short: "Define or print aliases; expanded in interactive shells, and in scripts after shopt -s expand_aliases.",
		text: []string{
			"With NAME=VALUE, define an alias: when NAME is the first word of a simple command, VALUE replaces it. A VALUE that ends with a blank makes the next word subject to alias expansion too. With NAME alone, print that alias as alias NAME='VALUE'. Without arguments, or with -p, print them all in that form, which can be read back.",
			"Aliases are expanded once a whole line has been parsed, as in bash: an alias defined on a line takes effect on the next line. An alias that expands to only part of a compound command is not supported.",
		},
		options: []helpItem{{"-p", "print every alias, in a form that can be read back"}},
		exit:    "0, unless a NAME without =VALUE is not an alias (1).",
	},
	{
		name: "bg", synopsis: "bg [job_spec ...]",
		short: "Resume stopped jobs in the background (SIGCONT to their process groups).",
		text: []string{
			"Resume each JOB_SPEC (by default the current job) in the background, as if it had been started with &, and print it as [N]+ COMMAND &. The job becomes the current job. A job that already runs is left alone, with a warning (none in POSIX mode).",
		},
		jobs: []string{
			"A job runs in a process group of its own (setpgid as it started; see help fg). bg sends SIGCONT to the job's whole process group, kill(-pgid, SIGCONT), which reaches every process the members started. The terminal stays with the shell: a background process that reads from it is stopped by SIGTTIN (and one that writes to it by SIGTTOU, after stty tostop), and fg resumes it. Before each prompt the shell reaps its jobs with wait4(-pgid, WNOHANG|WUNTRACED|WCONTINUED) and reports what changed (at once with set -b).",
			"Without job control: bg: no job control, status 1.",
		},
		exit: "0, unless job control is off or a JOB_SPEC names no job, or one that has ended (1).",
	},
	{
		name: "bind", synopsis: "bind [-lpPsSvVX] [-m keymap] [-q name] [-u name] [-r keyseq] [keyseq:function-name]",
		short: "Bind keys of the line editor to its functions, and list them.",
		text: []string{
			`Bind the keys KEYSEQ, in readline's notation ("\e[A", "\C-t", "\M-f", or a key name: Control-t, TAB, ESC), to FUNCTION-NAME, one of those bind -l lists: "\e[A": history-search-backward makes Up recall the entries that begin with what is before the cursor. A binding replaces what the keys did, for the emacs mode; bindings made in the rc file count once the editor starts, and pipeline stages see them. Without line editing bind warns, as bash does, and binds for nothing.`,
			"Not in jobsh's editor, refused with a message and status 1 where bash takes them: macros (KEYSEQ: \"text\"), readline variables (set NAME VALUE), -x (a shell command on a key) and -f (an inputrc file).",
		},
		options: []helpItem{
			{"-l", "list the names of the functions"},
			{"-p", "list the bindings, as bind reads them back"},
			{"-P", "list each function and the keys bound to it"},
			{"-q name", "say which keys run the function NAME; status 1 if none"},
			{"-u name", "unbind every key bound to the function NAME"},
			{"-r keyseq", "unbind the keys KEYSEQ"},
			{"-m keymap", "the keymap: emacs (emacs-standard, emacs-meta, ...) only"},
			{"-s -S -v -V -X", "list macros, variables and shell-command bindings: jobsh's editor has none"},
		},
		exit: "0, unless a function name or binding is unknown or not supported (1), or an option is (2).",
	},
	{
		name: "break", synopsis: "break [n]",
		short: "Leave n enclosing for, while or until loops.",
		text:  []string{"Leave the innermost enclosing for, while or until loop, or with N the N innermost ones. N larger than the number of loops leaves them all."},
		exit:  loopExit,
	},
	{
		name: "builtin", synopsis: "builtin shell-builtin [arg ...]",
		short: "Run a builtin even where a function has its name.",
		text:  []string{"Run SHELL-BUILTIN with ARGs, skipping any function of the same name: the way a function that wraps a builtin (cd, say) calls it."},
		exit:  "The builtin's status; 1 if SHELL-BUILTIN is not a builtin.",
	},
	{
		name: "caller", synopsis: "caller [expr]",
		short: "Print where the function running, or the one N calls up, was called from: LINE [FUNCTION] FILE.",
		text: []string{
			"Without EXPR, print LINE FILE for the call of the current function (or sourced file). With EXPR, a number N, print LINE FUNCTION FILE for the frame N calls up from the current one: caller 0 is where the current function was called, caller 1 where its caller was called, and so on; a debugger prints a stack trace by counting up until caller fails.",
		},
		exit: "0, unless the shell is not running a function or sourced file, or EXPR is beyond the outermost call (1), or not a number (2).",
	},
	{
		name: "cd", synopsis: "cd [-L|-P] [dir]",
		short: "Change the shell's working directory.",
		text: []string{
			"Change the working directory to DIR, by default $HOME; cd - goes to $OLDPWD and prints it. A relative DIR that does not start with . is looked for in each directory of CDPATH first; when one is found there its full name is printed. PWD and OLDPWD are set.",
		},
		options: []helpItem{
			{"-L", "follow symbolic links logically: .. removes the last component of the name (the default)"},
			{"-P", "use the physical directory, with every symbolic link resolved"},
		},
		exit: "0 if the directory was changed; 1 if DIR is missing, not a directory or not searchable, or HOME or OLDPWD is not set; 2 for a bad option.",
	},
	{
		name: "command", synopsis: "command [-pVv] command [arg ...]",
		short: "Run a command, skipping shell functions, or tell what it is.",
		text: []string{
			"Run COMMAND with ARGs as a builtin or a program in PATH, never as a function of that name. With -v or -V, run nothing and describe COMMAND instead.",
		},
		options: []helpItem{
			{"-p", "accepted, as bash's default-PATH search, but jobsh searches $PATH as without it"},
			{"-v", "print the word that would run COMMAND: its path, or its name for a builtin, function or keyword, or the alias definition"},
			{"-V", "print a description like type's"},
		},
		exit: "The status of COMMAND; with -v or -V, 0 if COMMAND was found, 1 if not; 127 if COMMAND cannot be found to run.",
	},
	{
		name: "compgen", synopsis: "compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]",
		short: "Print the completions of word that the options give, one a line.",
		text: []string{
			"Generate the words that Tab would offer for WORD under a completion specification made of the options, as complete takes them, and print each on a line. With -F or -C the function or command runs as it would at Tab, with the COMP_ variables it then sees left unset.",
		},
		options: []helpItem{
			{"-A action", "words of a kind: alias, arrayvar, binding, builtin, command, directory, disabled, enabled, export, file, function, group, helptopic, hostname, job, keyword, running, service, setopt, shopt, signal, stopped, user, variable"},
			{"-abcdefgjksuv", "the same as -A alias, arrayvar... : a alias, b builtin, c command, d directory, e export, f file, g group, j job, k keyword, s service, u user, v variable"},
			{"-G globpat", "the file names that GLOBPAT matches"},
			{"-W wordlist", "the words of WORDLIST, split at IFS, expanded"},
			{"-F function", "run FUNCTION and take COMPREPLY"},
			{"-C command", "run COMMAND and take its output lines"},
			{"-X filterpat", "remove the words that match FILTERPAT; with a leading !, keep only them; & stands for WORD"},
			{"-P prefix, -S suffix", "put PREFIX before and SUFFIX after each word"},
			{"-o option", "as complete -o"},
		},
		exit: "0 if any word was generated; 1 if none, or on a bad option.",
	},
	{
		name: "complete", synopsis: "complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]",
		short: "Say how Tab completes the arguments of commands (bash's programmable completion).",
		text: []string{
			"Give each NAME a completion specification: how Tab completes its arguments. The options that make words are those of compgen. A -F function runs in the shell itself, with COMP_WORDS (the line split at COMP_WORDBREAKS), COMP_CWORD, COMP_LINE, COMP_POINT, COMP_TYPE, COMP_KEY, and $1, $2, $3 the command, the word being completed and the word before it; it leaves its words in COMPREPLY. A -D function that returns 124 has the lookup tried again, so that it can load the specification of the command on demand, as Debian's bash-completion does.",
			"Without options or NAMEs, or with -p, print the specifications as commands that make them again.",
		},
		options: []helpItem{
			{"-p", "print the specifications of NAMEs, or all"},
			{"-r", "remove the specifications of NAMEs, or all"},
			{"-D", "the default specification, for commands that have none"},
			{"-E", "the specification for an empty line"},
			{"-I", "the specification for the command word"},
			{"-o option", "bashdefault (then the shell's own completion), default (then file names), dirnames (then directory names), filenames (quote the words and mark directories with /), noquote, nosort, nospace (no space after a lone word), plusdirs (directory names too)"},
		},
		exit: "0; 1 for a NAME without a specification (-p, -r); 2 on a bad option.",
	},
	{
		name: "compopt", synopsis: "compopt [-o|+o option] [-DEI] [name ...]",
		short: "Change the options of the completion in progress, or of the named commands' specs.",
		text: []string{
			"Turn the -o options of complete on (-o) or off (+o): for the completion a completion function is running in, when no NAME is given, else for the specifications of the NAMEs. Without -o or +o, print the options.",
		},
		options: []helpItem{
			{"-o option, +o option", "turn OPTION (as complete -o) on or off"},
			{"-D, -E, -I", "the default, empty-line or command-word specification"},
		},
		exit: "0; 1 when no completion is in progress and no NAME is given, or a NAME has no specification; 2 on a bad option.",
	},
	{
		name: "continue", synopsis: "continue [n]",
		short: "Start the next turn of the n-th enclosing loop.",
		text:  []string{"Skip the rest of the body of the innermost enclosing for, while or until loop and start its next turn; with N, of the N-th enclosing loop."},
		exit:  loopExit,
	},
	{
		name: "declare", synopsis: "declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]",
		short: "Set variables and their attributes; -n makes a name reference.",
		text: []string{
			"Give each NAME its VALUE and the attributes the options name; + instead of - takes an attribute away. Inside a function, declare makes the variables local, as local does, unless -g. Without NAMEs, print the variables that have the attributes given (all of them without options) as declare commands that can be read back.",
		},
		options: []helpItem{
			{"-a", "NAME is an indexed array"},
			{"-A", "NAME is an associative array"},
			{"-f", "act on functions: print their definitions"},
			{"-F", "print function names only"},
			{"-g", "in a function, make the variable global"},
			{"-I", "a new local variable takes the value and attributes of the variable it hides"},
			{"-i", "NAME is an integer: each value assigned is evaluated as arithmetic"},
			{"-l", "each value assigned to NAME is made lower case"},
			{"-n", "NAME is a reference to the variable its value names; +n removes that"},
			{"-p", "print each NAME's attributes and value"},
			{"-r", "NAME is read-only"},
			{"-t", "NAME has the trace attribute (for functions: DEBUG and RETURN traps run in them)"},
			{"-u", "each value assigned to NAME is made upper case (-c: its first letter upper case, the rest lower)"},
			{"-x", "NAME is exported to the environment of commands"},
		},
		exit: "0, unless an option or a NAME is invalid, or a read-only variable is assigned (1).",
	},
	{
		name: "dirs", synopsis: "dirs [-clpv] [+N] [-N]",
		short: "Show the directory stack, $PWD first; ~ stands for $HOME unless -l.",
		text:  []string{"Print the directory stack of pushd and popd on one line, the working directory first. $DIRSTACK holds the same list."},
		options: []helpItem{
			{"-c", "clear the stack: remove every entry but the working directory"},
			{"-l", "print full names, without ~ for $HOME"},
			{"-p", "print one entry per line"},
			{"-v", "print one entry per line, each with its position"},
			{"+N", "print only the N-th entry, counting from 0 on the left"},
			{"-N", "print only the N-th entry, counting from 0 on the right"},
		},
		exit: "0, unless an option is invalid or N is beyond the stack (1).",
	},
	{
		name: "disown", synopsis: "disown [-h] [-ar] [jobspec ...]",
		short: "Remove jobs from the table, or keep them from SIGHUP at exit.",
		text: []string{
			"Remove each JOBSPEC (by default the current job) from the job table: jobs no longer lists it, and the shell neither reports it nor hangs it up when it exits.",
		},
		jobs: []string{
			"disown sends no signal and leaves the job's process group and the terminal as they are. The shell still reaps a disowned job's processes (wait4 on each pid), so that none stays a zombie. When an interactive shell exits, or its terminal hangs up, it sends SIGHUP to the jobs in its table (then SIGCONT to the stopped ones, so that they can act on it): with set -o huponexit, or on a hangup, to all of them, otherwise to the stopped ones. A disowned job, or one marked with -h, is spared.",
		},
		options: []helpItem{
			{"-a", "all jobs"},
			{"-h", "keep the jobs in the table, but spare them the SIGHUP"},
			{"-r", "only running jobs"},
		},
		exit: "0, unless a JOBSPEC names no job (1), or an option is invalid (2).",
	},
	{
		name: "echo", synopsis: "echo [-neE] [arg ...]",
		short: "Write arguments to standard output.",
		text: []string{
			"Write the ARGs, separated by single spaces and followed by a newline, to standard output. With -e (or shopt -s xpg_echo), these escapes are interpreted: \\a alert, \\b backspace, \\c nothing more (no newline either), \\e escape, \\f form feed, \\n newline, \\r carriage return, \\t tab, \\v vertical tab, \\\\ backslash, \\0NNN the byte with octal value NNN, \\xHH the byte with hexadecimal value HH. Only arguments made of these option letters are options: echo -- prints --.",
		},
		options: []helpItem{
			{"-n", "no newline at the end"},
			{"-e", "interpret backslash escapes"},
			{"-E", "do not interpret them (the default)"},
		},
		exit: "0, unless writing fails (1).",
	},
	{
		name: "eval", synopsis: "eval [arg ...]",
		short: "Run the arguments, joined, as shell commands.",
		text:  []string{"Join the ARGs with spaces and parse and run the result in the current shell."},
		exit:  "The status of the commands run; 0 if there were none; 2 on a syntax error.",
	},
	{
		name: "exec", synopsis: "exec [-cl] [-a name] [command [argument ...]] [redirection ...]",
		short: "Replace the shell with a command, or redirect the shell's own descriptors.",
		text: []string{
			"With a COMMAND, replace the shell with it (execve): the shell's pid, process group and terminal pass to COMMAND, and the shell is gone. Without one, the redirections change the shell's own descriptors: exec 3>file opens descriptor 3, exec >log sends all later output to log.",
			"If COMMAND cannot be run, an interactive shell goes on with its descriptors as they were; a script exits.",
		},
		options: []helpItem{
			{"-a name", "pass NAME to COMMAND as its argument 0"},
			{"-c", "run COMMAND with an empty environment"},
			{"-l", "put a dash before argument 0, as login does for a login shell"},
		},
		exit: "Only without COMMAND, or when COMMAND cannot be run: 0 if the redirections succeeded, 1 if not; 127 if COMMAND is not found, 126 if it cannot be run.",
	},
	{
		name: "exit", synopsis: "exit [n]",
		short: "Leave the shell with status n.",
		text: []string{
			"Leave the shell with status N (its low 8 bits), by default the status of the last command. The EXIT trap runs first. An interactive shell with stopped jobs says \"There are stopped jobs.\" and stays; a second exit leaves (with shopt -s checkjobs, running jobs are listed the same way).",
		},
		exit: "N; 2 (and the shell exits) if N is not a number.",
	},
	{
		name: "export", synopsis: "export [-fn] [name[=value] ...] or export -p",
		short: "Mark variables for the environment of commands.",
		text: []string{
			"Mark each NAME to be passed to the environment of the commands the shell runs, assigning VALUE first if given. Without NAMEs, or with -p, print the exported variables as declare -x commands.",
		},
		options: []helpItem{
			{"-f", "NAMEs are functions"},
			{"-n", "take the export mark away"},
			{"-p", "print the exported variables"},
		},
		exit: "0, unless a NAME is invalid (1) or an option is (2).",
	},
	{
		name: "false", synopsis: "false",
		short: "Return an unsuccessful result.",
		exit:  "Always 1.",
	},
	{
		name: "fg", synopsis: "fg [job_spec]",
		short: "Hand the terminal to a job's process group and resume it in the foreground.",
		text: []string{
			"Make JOB_SPEC (by default the current job) the foreground job and the current job: print its command, resume it, and wait until it stops or ends, as if it had been typed at the prompt.",
		},
		jobs: []string{
			"A job runs in a process group of its own, made as it started: each of its processes is put in the group with setpgid, and the first one's pid is the group's id. fg first gives the terminal the modes the job had when it stopped (tcsetattr TCSADRAIN: a stopped vim or less gets its raw mode back), then makes the job's process group the terminal's foreground group, tcsetpgrp(tty, pgid), so that keys such as Ctrl-C and Ctrl-Z signal the job and not the shell. It then sends SIGCONT to the whole group, kill(-pgid, SIGCONT), even to a job the shell believes runs (bash sends nothing there): one of its processes may have stopped without the shell being told.",
			"It then waits with wait4(-pgid, WUNTRACED|WCONTINUED) until the job stops or ends. The shell takes the terminal back, tcsetpgrp(tty, shell's pgid). If the job stopped, its terminal modes are saved (tcgetattr) for the next fg, and the shell's own are restored; if a signal killed it, the shell's modes are restored too; a job that exited keeps the modes it left (stty -echo persists, as in bash).",
			"Without job control: fg: no job control, status 1.",
		},
		exit: "The status of the job as it stops or ends (128+signal when it stops or is killed); 1 if job control is off, or JOB_SPEC names no job or one that has ended.",
	},
	{
		name: "getopts", synopsis: "getopts optstring name [arg ...]",
		short: "Parse options from the positional parameters, one per call (OPTIND, OPTARG).",
		text: []string{
			"Each call puts the next option letter found in the positional parameters (or in the ARGs) into the variable NAME, and the index of the next argument to look at into OPTIND (1 at start). OPTSTRING lists the letters accepted; a letter followed by : takes an argument, which goes into OPTARG. An unknown letter sets NAME to ?; when OPTSTRING starts with :, errors are silent and OPTARG holds the letter (and a missing argument sets NAME to :). At the end of the options NAME is set to ?.",
			"  while getopts ab:v opt; do\n    case $opt in a) a=1;; b) b=$OPTARG;; v) v=1;; *) exit 2;; esac\n  done\n  shift $((OPTIND - 1))",
		},
		exit: "0 when an option was found; 1 at the end of the options; 2 on a usage error.",
	},
	{
		name: "hash", synopsis: "hash [-lrt] [-p pathname] [-d] [name ...]",
		short: "Remember or list where commands were found in PATH, with how often each was run.",
		text: []string{
			"The shell remembers where it found each command in PATH. With NAMEs, look each up now and remember it. Without arguments, list the remembered commands with how many times each was run. Assigning PATH forgets them all.",
		},
		options: []helpItem{
			{"-d", "forget each NAME"},
			{"-l", "list in a form that can be read back"},
			{"-p pathname", "remember PATHNAME as the place of NAME"},
			{"-r", "forget all"},
			{"-t", "print the remembered path of each NAME"},
		},
		exit: "0, unless a NAME is not found (1) or an option is invalid (2).",
	},
	{
		name: "help", synopsis: "help [-dms] [pattern ...]",
		short: "Describe builtins.",
		text: []string{
			"Without a PATTERN, list the builtins and keywords help knows, each with a line on what it does. With PATTERNs, print the full page of each topic whose name matches one: a name, or a glob pattern such as 'c*'. A PATTERN that matches no name exactly or as a pattern matches the names it starts: help ti shows time and times.",
			"The same pages make docs/builtins.md and the SHELL BUILTIN COMMANDS of the jobsh(1) manual page.",
		},
		options: []helpItem{
			{"-d", "print only the one-line description of each topic"},
			{"-m", "print each page in the form of a manual page"},
			{"-s", "print only the synopsis of each topic"},
		},
		exit: "0, unless no topic matches a PATTERN (1) or an option is invalid (2).",
	},
	{
		name: "fc", synopsis: "fc [-e ename] [-lnr] [first] [last] or fc -s [pat=rep] [command]",
		short: "List history entries, run one again, or edit some and run them.",
		text: []string{
			"FIRST and LAST name history entries: a number, -N for N entries back, or the latest entry that begins with the text. The fc line itself takes the place, in the history, of the command it runs.",
		},
		options: []helpItem{
			{"-l", "list the entries (the last 16 by default), with their numbers unless -n; -r in reverse"},
			{"-s", "run the entry (the last by default) again, after replacing the first PAT with REP, and print it first"},
			{"-e ENAME", "edit the entries (the last by default) with ENAME, else $FCEDIT, $EDITOR or vi, then print and run what was saved; -e - is -s"},
		},
		exit: "that of the command run; 1 when no entry matches, 2 for an invalid option.",
	},
	{
		name: "history", synopsis: "history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]",
		short: "List the command history ($HISTFILE), clear it, delete entries, read or write the file, expand or add a line.",
		text: []string{
			"Without options, list the command history with line numbers (the last N entries with N); with HISTTIMEFORMAT set, each with its time. Each command entered at the prompt is appended to $HISTFILE at once, under a lock, so that sessions share it; HISTCONTROL and HISTIGNORE keep lines out of both the list and the file. FILENAME is $HISTFILE by default.",
		},
		options: []helpItem{
			{"-c", "clear the list"},
			{"-d offset", "delete entry OFFSET, or a range START-END; negative offsets count from the end"},
			{"-a", "append the entries not yet in the file"},
			{"-n", "read the entries that other sessions added to the file since"},
			{"-r", "read the file and append its entries to the list"},
			{"-w", "write the whole list to the file"},
			{"-p", "expand history references in each ARG and print the result, without storing it"},
			{"-s", "store the ARGs as one entry, in place of this history command"},
		},
		exit: "0, unless an option or OFFSET is invalid, a file cannot be read or written, or an expansion fails (1).",
	},
	{
		name: "jobs", synopsis: "jobs [-lnprsv] [--json] [jobspec ...] or jobs -x command [args]",
		short: "List jobs: their process groups, states and commands; -v decodes each wait status.",
		text: []string{
			"List the jobs, or the JOBSPECs, as bash does: [N]+  STATE  COMMAND, + marking the current job and - the previous one. A job that has ended is listed once more, as Done or with how it ended, and then leaves the table.",
			"-v (jobsh's own) lists every process of every job with its raw wait status and its decoding (WIFEXITED WEXITSTATUS=N, WIFSIGNALED WTERMSIG=N (SIGNAME) WCOREDUMP, WIFSTOPPED WSTOPSIG=N), and the resource usage wait4 returned for it (user and system time, maximum resident set size, page faults, block I/O, context switches); the last foreground job comes last, as [last]. --json prints the same table as JSON for programs (schema in the README).",
		},
		jobs: []string{
			"jobs sends no signal and leaves the terminal alone: before listing it reaps with wait4(-pgid, WNOHANG|WUNTRACED|WCONTINUED) (without job control, wait4(pid, WNOHANG)), so that the states are current. With -x, each JOBSPEC among the words of COMMAND is replaced by the job's process group id, and COMMAND runs: jobs -x kill -STOP %1 signals the group.",
		},
		options: []helpItem{
			{"-l", "also list each process's pid"},
			{"-n", "only the jobs that changed state since last reported"},
			{"-p", "list only the process group leaders' pids"},
			{"-r", "only running jobs"},
			{"-s", "only stopped jobs"},
			{"-v", "every process, its wait status decoded and its rusage (maxrss <=N: the figure may be the shell's peak, see help time)"},
			{"--json", "the same as JSON (must come first)"},
			{"-x", "run COMMAND with job specs replaced by process group ids"},
		},
		exit: "0, unless a JOBSPEC names no job (1) or an option is invalid (2); with -x, the status of COMMAND.",
	},
	{
		name: "kill", synopsis: "kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]",
		short: "Send a signal to processes or to a job's whole process group.",
		text: []string{
			"Send a signal, SIGTERM by default, to each PID or JOBSPEC. A signal is named with or without SIG (TERM, SIGTERM, term) or by number. kill -l lists the signals; kill -l N names signal N (an exit status above 128 names the signal that caused it: kill -l $?), kill -l NAME gives the number.",
		},
		jobs: []string{
			"A JOBSPEC sends the signal to the job's whole process group, kill(-pgid, sig), which reaches the processes its members started too. A stopped job that gets any signal but SIGKILL or SIGCONT is sent SIGCONT after it, so that it can act on the signal; kill -CONT counts the job as running at once, so a wait right after it waits. A PID sends to that process alone, kill(pid, sig); 0 means the shell's own process group, and -N (after --) the process group N. A signal that would end the shell itself does so at once, as in bash.",
		},
		options: []helpItem{
			{"-s sigspec", "the signal, by name"},
			{"-n signum", "the signal, by number"},
			{"-sigspec", "the signal, as -TERM or -15"},
			{"-l", "list signal names, or translate the arguments"},
			{"-L", "the same as -l"},
		},
		exit: "0 if every signal was sent; 1 if a PID or JOBSPEC is invalid, names nothing, or the signal could not be sent (kill(2)'s error is printed); 2 without operands.",
	},
	{
		name: "let", synopsis: "let arg [arg ...]",
		short: "Evaluate arithmetic expressions.",
		text: []string{
			"Evaluate each ARG as an arithmetic expression, as $(( )) does: integers, the C operators, assignments such as i+=1 and i++ to shell variables. (( ARG )) is the same as let \"ARG\".",
		},
		exit: "1 if the last ARG evaluates to 0; 0 otherwise; 1 on an error.",
	},
	{
		name: "local", synopsis: "local [option] name[=value] ...",
		short: "Make variables local to a function.",
		text: []string{
			"Make each NAME a variable local to the running function: it and the functions it calls see it, and the caller's variable of the same name comes back when the function returns (dynamic scope). The options are declare's.",
		},
		exit: "0, unless it is used outside a function, or a NAME is invalid (1).",
	},
	{
		name: "mapfile", synopsis: "mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]",
		short: "Read lines from standard input into an indexed array (MAPFILE by default).",
		text:  []string{"Read lines from standard input, or descriptor FD, into the elements of the indexed array ARRAY (MAPFILE by default), which is emptied first unless -O is given."},
		options: []helpItem{
			{"-d delim", "end lines at DELIM instead of a newline"},
			{"-n count", "read at most COUNT lines"},
			{"-O origin", "store from index ORIGIN on, keeping the array"},
			{"-s count", "skip the first COUNT lines"},
			{"-t", "remove the delimiter from each line"},
			{"-u fd", "read from descriptor FD"},
			{"-C callback", "run CALLBACK, as eval would, after every QUANTUM lines read, with the index the line goes to and the line as two more words, before the line is stored"},
			{"-c quantum", "the lines between two runs of CALLBACK (5000)"},
		},
		exit: "0, unless an option is invalid, ARRAY is read-only or not an indexed array (1), or an option is unknown (2).",
	},
	{
		name: "popd", synopsis: "popd [-n] [+N | -N]",
		short: "Remove an entry from the directory stack and change to the new top.",
		text:  []string{"Remove the top entry of the directory stack and change to the new top; with +N or -N, remove that entry (counting from 0 on the left or the right, as dirs -v shows). dirs is printed after."},
		options: []helpItem{
			{"-n", "do not change directory: only the stack changes"},
		},
		exit: "0, unless the stack is empty, N is beyond it, or the directory cannot be entered (1).",
	},
	{
		name: "printf", synopsis: "printf [-v var] format [arguments]",
		short: "Write arguments under the control of a format.",
		text: []string{
			"Write the ARGUMENTS as FORMAT says, as printf(3) does: %s, %c, %d, %i, %o, %u, %x, %X, %e, %f, %g, %a with flags, width and precision, and the backslash escapes of echo -e. Also %b (the argument with its escapes interpreted), %q and %Q (quoted to be read back by the shell) and %(FMT)T (a time, as strftime(3) formats it; -1 is now). FORMAT is used again as long as arguments remain.",
		},
		options: []helpItem{{"-v var", "assign the output to the variable VAR instead"}},
		exit:    "0, unless an argument is not a valid number, the format is invalid, or writing fails (1); 2 for a usage error.",
	},
	{
		name: "pushd", synopsis: "pushd [-n] [+N | -N | dir]",
		short: "Save the working directory on the directory stack and change to dir, or rotate the stack.",
		text: []string{
			"Push the working directory on the directory stack and change to DIR. With +N or -N, rotate the stack so that entry N (as dirs -v counts) comes to the top, and change to it. Without arguments, exchange the top two entries. dirs is printed after.",
		},
		options: []helpItem{{"-n", "do not change directory: only the stack changes"}},
		exit:    "0, unless DIR cannot be entered or N is beyond the stack (1).",
	},
	{
		name: "pwd", synopsis: "pwd [-LP]",
		short: "Print the working directory.",
		options: []helpItem{
			{"-L", "print $PWD, which may contain symbolic links (the default)"},
			{"-P", "print the physical directory, with no symbolic links"},
		},
		exit: "0, unless an option is invalid (2) or writing fails (1).",
	},
	{
		name: "read", synopsis: "read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]",
		short: "Read a line from standard input and split it into variables.",
		text: []string{
			"Read a line from standard input and split it into fields at the characters of IFS: the first field goes to the first NAME, the second to the second, and what is left to the last. Without NAMEs the line goes to REPLY. A backslash quotes the next character, and backslash-newline continues the line, unless -r.",
		},
		options: []helpItem{
			{"-a array", "assign the fields to the indexed array ARRAY, from index 0"},
			{"-d delim", "read up to the first DELIM rather than a newline"},
			{"-e", "on a terminal, edit the line with the line editor"},
			{"-i text", "with -e, start the line with TEXT"},
			{"-n nchars", "return after NCHARS characters, or a delimiter"},
			{"-N nchars", "return after exactly NCHARS characters, ignoring delimiters"},
			{"-p prompt", "print PROMPT on standard error first, if input is a terminal"},
			{"-r", "backslashes are not special"},
			{"-s", "do not echo input coming from a terminal"},
			{"-t timeout", "give up after TIMEOUT seconds (a fraction allowed)"},
			{"-u fd", "read from descriptor FD"},
		},
		exit: "0; 1 if the end of the file comes first or a variable is read-only; above 128 when the time runs out; 2 for an invalid option.",
	},
	{
		name: "readarray", synopsis: "readarray [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]",
		short: "Read lines from standard input into an indexed array; the same as mapfile.",
		text:  []string{"Another name for mapfile, whose page lists the options."},
		exit:  "As mapfile.",
	},
	{
		name: "readonly", synopsis: "readonly [-aAf] [name[=value] ...] or readonly -p",
		short: "Make variables unchangeable.",
		text:  []string{"Mark each NAME read-only, assigning VALUE first if given: it cannot be assigned or unset again. Without NAMEs, or with -p, print the read-only variables."},
		options: []helpItem{
			{"-a", "NAMEs are indexed arrays"},
			{"-A", "NAMEs are associative arrays"},
			{"-f", "NAMEs are functions"},
			{"-p", "print the read-only variables"},
		},
		exit: "0, unless a NAME is invalid (1) or an option is (2).",
	},
	{
		name: "return", synopsis: "return [n]",
		short: "Return from a function or sourced file.",
		text:  []string{"Leave the running function, or the file run by . or source, with status N, by default the status of the last command. The RETURN trap runs."},
		exit:  "N; 2 if it is used outside a function or sourced file.",
	},
	{
		name: "set", synopsis: "set [-" + setLetters() + "] [-o option-name] [--] [-] [arg ...]",
		short: "Set shell options and positional parameters.",
		text: []string{
			"Turn options on with -LETTER or -o NAME, off with +LETTER or +o NAME. ARGs that remain become the positional parameters $1, $2, ...; set -- with no ARGs unsets them all; set - turns -x and -v off and ends the options. Without arguments, print every shell variable with its value, quoted to be read back. set -o lists the options as on or off; set +o lists them as the set commands that would restore them. $- holds the letters of the options on. jobsh's command line takes the same options.",
		},
		exit: "0, unless an option is invalid (2).",
	},
	{
		name: "shift", synopsis: "shift [n]",
		short: "Shift the positional parameters left by n.",
		text:  []string{"Drop the first N positional parameters (1 by default): $N+1 becomes $1."},
		exit:  "0, unless N is negative, not a number, or greater than $# (1).",
	},
	{
		name: "shopt", synopsis: "shopt [-pqsu] [-o] [optname ...]",
		short: "Set and show the bash options jobsh has; with -o, set's options.",
		text: []string{
			"Turn each OPTNAME on with -s or off with -u; without either, show whether each is on (all of them without OPTNAMEs). With -o, the OPTNAMEs are those of set -o.",
		},
		options: []helpItem{
			{"-o", "the OPTNAMEs are set -o options"},
			{"-p", "show in a form that can be read back"},
			{"-q", "show nothing: the status says whether all OPTNAMEs are on"},
			{"-s", "turn on"},
			{"-u", "turn off"},
		},
		exit: "0 if each OPTNAME shown or asked with -q is on, and for changes that succeeded; 1 otherwise; 2 for an invalid option.",
	},
	{
		name: "source", synopsis: "source filename [arguments]",
		short: "Run the commands of a file in this shell.",
		text:  []string{"Another name for ., whose page tells more."},
		exit:  "As .",
	},
	{
		name: "suspend", synopsis: "suspend [-f]",
		short: "Stop the shell itself (SIGSTOP) until it gets SIGCONT.",
		text:  []string{"Stop this shell until it is continued: a jobsh started from another shell returns you to that shell, whose fg resumes it. A login shell is not suspended unless -f."},
		jobs: []string{
			"suspend sends SIGSTOP to the shell's own process group, kill(-pgid, SIGSTOP); the parent shell sees it stopped and takes the terminal. When SIGCONT comes the shell makes sure its group is the terminal's foreground group again (tcsetpgrp).",
		},
		options: []helpItem{{"-f", "suspend even a login shell"}},
		exit:    "0 after the shell is continued; 1 for a login shell without -f, or without job control.",
	},
	{
		name: "test", synopsis: "test [expr]",
		short: "Evaluate a conditional expression.",
		text: []string{
			"Evaluate EXPR, built from these tests, ! (not), -a (and), -o (or) and parentheses. With one argument, true if it is not empty.",
			"Files: -e exists, -f regular file, -d directory, -h or -L symbolic link, -b block device, -c character device, -p named pipe, -S socket, -r readable, -w writable, -x executable, -s not empty, -u set-user-ID, -g set-group-ID, -k sticky, -O owned by you, -G owned by your group, -t FD a terminal; F1 -nt F2 newer, F1 -ot F2 older, F1 -ef F2 the same file.",
			"Strings: -z empty, -n not empty, S1 = S2 and S1 == S2 equal, S1 != S2 not equal, S1 < S2 and S1 > S2 sorted before or after. Numbers: N1 -eq, -ne, -lt, -le, -gt, -ge N2. Shell: -v NAME variable set, -R NAME name reference, -o OPTION option on.",
		},
		exit: "0 if EXPR is true, 1 if false, 2 on a bad expression.",
	},
	{
		keyword: true, name: "time", synopsis: "time [-p] pipeline",
		short: "Report the time (and memory) a pipeline used.",
		text: []string{
			"Run PIPELINE and, when it ends, print on standard error the real time it took and the user and system CPU time used by the shell and by the processes it waited for (getrusage of the shell and of its children, which add up what wait4 returned).",
			"The report is formatted by TIMEFORMAT, if set; by default it is",
			"  \\nreal\\t%3lR\\nuser\\t%3lU\\nsys\\t%3lS",
			"In TIMEFORMAT, %R is the real time, %U the user time, %S the system time, each in seconds; a digit between % and the letter gives the number of decimals (0 to 3, 3 by default), and l writes minutes as in 1m2.345s. %P is the CPU percentage, (%U + %S) / %R, and %% a percent sign. jobsh adds three fields from the rusage of the timed job's processes: %M the largest maximum resident set size (max RSS, in KiB), %F the major and %f the minor page faults. Example: TIMEFORMAT='%Rs %MKiB' prints 0.512s 10240KiB.",
			"%M is each process's own peak. The kernel keeps a process's peak across exec, and a child forked from the shell starts with the shell's, so wait4's ru_maxrss for a small program would be at least the shell's own (about 5 MB). Timed programs therefore start through a tiny exec trampoline (a few hundred bytes, run from a sealed memory file) that clones the program from a one-page image; the figure then agrees with /usr/bin/time -f %M. A shell with job control (interactive, or set -m) starts every program so, for jobs -v; a script without it only timed ones. Where the trampoline cannot run (not x86-64), %M is the kernel's figure, as jobs -v marks it (maxrss <=N KiB).",
			"With REPORTTIME=N set (zsh's, off by default), every foreground job that used N seconds of CPU or more gets a line like make 2.31s user 0.40s system 95% cpu 2.837 total, without time.",
		},
		options: []helpItem{{"-p", "print the POSIX format, real %2R, user %2U, sys %2S on three lines, whatever TIMEFORMAT is"}},
		exit:    "The status of PIPELINE.",
	},
	{
		name: "times", synopsis: "times",
		short: "Print the user and system times of the shell and of its children.",
		text:  []string{"Print two lines: the user and system time used by the shell, then by all the children it has waited for (0m0.012s 0m0.004s)."},
		exit:  "0.",
	},
	{
		name: "trap", synopsis: "trap [-lp] [[arg] signal_spec ...]",
		short: "Run an action when a signal arrives (between commands), on EXIT, ERR, DEBUG (before each command) or RETURN; '' ignores, - resets.",
		text: []string{
			"Run ACTION when the shell receives one of the signals SIGNAL_SPEC, given by name (INT, SIGINT) or number. An ACTION of '' ignores the signal, and the commands the shell starts ignore it too; - (or a number as the first operand) resets it. A signal's action runs between commands once the signal has arrived, and a wait in progress returns 128+signal first. The pseudo-signals are EXIT (when the shell exits), ERR (when a command fails, as set -e would see it), DEBUG (before each simple command) and RETURN (when a function or sourced file returns). Without arguments, or with -p, print the traps set as trap commands.",
		},
		options: []helpItem{
			{"-l", "list the signal names and numbers"},
			{"-p", "print the traps of the SIGNAL_SPECs, or all"},
		},
		exit: "0, unless a SIGNAL_SPEC is invalid (1) or an option is (2).",
	},
	{
		name: "true", synopsis: "true",
		short: "Return a successful result.",
		exit:  "Always 0.",
	},
	{
		name: "type", synopsis: "type [-afptP] name [name ...]",
		short: "Tell how each name would be interpreted as a command.",
		text:  []string{"For each NAME, say what it would run as a command: an alias, keyword, function, builtin or file, and which."},
		options: []helpItem{
			{"-a", "every place NAME is found, not only the first"},
			{"-f", "skip functions"},
			{"-P", "search PATH, even when NAME is something else too"},
			{"-p", "print the file that would run, if NAME is a file"},
			{"-t", "print one word: alias, keyword, function, builtin or file"},
		},
		exit: "0 if every NAME was found, 1 otherwise.",
	},
	{
		name: "typeset", synopsis: "typeset [-aAfFgiIlnrtux] name[=value] ... or typeset -p [-aAfFilnrtux] [name ...]",
		short: "Set variables and their attributes (same as declare).",
		text:  []string{"Another name for declare, whose page lists the options."},
		exit:  "As declare.",
	},
	{
		name: "ulimit", synopsis: "ulimit [-SHa] [-" + limitLetters() + "] [limit]",
		short: "Show or set resource limits of the shell and the commands it starts.",
		text: []string{
			"Show the limit on a resource, by default -f, or set it to LIMIT: a number in the resource's unit, or unlimited, soft or hard. Setting without -S or -H sets both limits. The limits pass to every command the shell starts afterwards (setrlimit).",
		},
		options: []helpItem{ // and a letter for each resource of limits, added by init
			{"-S", "the soft limit (shown by default)"},
			{"-H", "the hard limit"},
			{"-a", "show every limit"},
		},
		exit: "0, unless an option or LIMIT is invalid, or setrlimit fails (1).",
	},
	{
		name: "umask", synopsis: "umask [-p] [-S] [mode]",
		short: "Show or set the file creation mask.",
		text:  []string{"Without MODE, print the mask (0022) that takes permissions away from the files the shell and its commands create; with MODE, an octal number, set it."},
		options: []helpItem{
			{"-S", "print the permissions the mask leaves, as u=rwx,g=rx,o=rx"},
		},
		exit: "0, unless MODE is invalid (1).",
	},
	{
		name: "unalias", synopsis: "unalias [-a] name [name ...]",
		short: "Remove aliases (all of them with -a).",
		options: []helpItem{
			{"-a", "remove every alias"},
		},
		exit: "0, unless a NAME is not an alias (1).",
	},
	{
		name: "unset", synopsis: "unset [-f] [-v] [-n] [name ...]",
		short: "Remove variables or functions; -n a name reference itself.",
		text:  []string{"Remove each NAME: the variable of that name, or if there is none, the function. NAME[i] removes one element of an array."},
		options: []helpItem{
			{"-f", "NAMEs are functions"},
			{"-v", "NAMEs are variables"},
			{"-n", "a NAME that is a name reference is removed itself, not the variable it refers to"},
		},
		exit: "0, unless a NAME is read-only or invalid (1).",
	},
	{
		name: "wait", synopsis: "wait [-fn] [-p var] [id ...]",
		short: "Wait for jobs or processes to change state and return their status.",
		text: []string{
			"Wait for each ID, a pid of one of the shell's children or a job spec, to end, and return the status of the last one. Without IDs, wait for every background job and return 0. A job that stops ends the wait too (unless -f). A job that wait has seen end leaves the table, with its notice in an interactive shell.",
		},
		jobs: []string{
			"wait never blocks in wait4: each time SIGCHLD arrives it reaps with wait4(-pgid, WNOHANG|WUNTRACED|WCONTINUED) for each job (without job control, wait4(pid, WNOHANG) for each process), so that Ctrl-C or a trapped signal can end it at once (POSIX: the trap's action runs, and wait returns 128+signal). It sends no signal and leaves the terminal with the shell. An unknown pid is reported as not a child of this shell, with status 127.",
		},
		options: []helpItem{
			{"-f", "wait until each ID has ended, not only stopped"},
			{"-n", "wait for the first of the IDs (or of all jobs) to end, and return its status"},
			{"-p var", "assign the pid whose status is returned to VAR"},
		},
		exit: "The status of the last ID (128+signal for one killed or stopped); 127 if an ID is unknown or, with -n, nothing is left to wait for; 128+signal if a signal interrupted the wait; 2 for an invalid option.",
	},
	{
		name: "waitpid", synopsis: "waitpid [-v] [-t timeout] [-e] [-c count] pid ...",
		short: "Wait for any processes to end, children or not (pidfd_open and poll), as util-linux waitpid(1).",
		text: []string{
			"Wait for each PID to end, whether it is a child of the shell or not, as util-linux waitpid(1) does. A process that is not our child cannot be waited for with wait4: each PID is opened with pidfd_open(2), and the descriptors are polled together. Nothing is reaped: a child of the shell is still reported by the shell as usual. Ctrl-C or a trapped signal ends the wait.",
		},
		jobs: []string{"waitpid sends no signal and changes no process group; it only watches."},
		options: []helpItem{
			{"-c count", "return once COUNT of the PIDs have ended"},
			{"-e", "a PID that does not exist counts as ended, not as an error"},
			{"-t timeout", "give up after TIMEOUT seconds (a fraction allowed)"},
			{"-v", "print a line as each PID ends"},
		},
		exit: "0 when the PIDs ended; 1 on failure (a PID that does not exist, unless -e; invalid arguments); 2 if the system has no pidfd_open; 3 when the timeout ran out.",
	},
}

// optionHelp says what each option of optionTable does, for help set,
// help shopt and the manual page; a test checks that none is missing.
var optionHelp = [numOptions]string{
	optAllExport:   "export every variable assigned from now on",
	optBraceExpand: "brace expansion, {a,b} and {1..3} (on by default)",
	optEmacs:       "the line editor's keys are emacs's (on when the editor is in use); set -o vi switches",
	optIgnoreEOF:   "an interactive shell does not exit at end-of-file (Ctrl-D) unless it comes $IGNOREEOF times in a row (10 if unset); it says Use \"exit\" to leave the shell.",
	optNoLog:       "POSIX's obsolescent option: accepted, and has no effect, as in bash",
	optVi:          "the line editor's keys are vi's (Escape for command mode)",
	optErrExit:     "exit when a command fails, except in a condition, on the left of && or ||, or after !",
	optErrTrace:    "functions, command substitutions and subshells inherit the ERR trap",
	optHashAll:     "remember where commands were found in PATH (on by default)",
	optHistExpand:  "history expansion with ! (on in interactive shells)",
	optHistory:     "keep a command history (on in interactive shells)",
	optJobTrace:    "jobsh's own: print each job-control step on standard error as it happens: the fork, setpgid, tcsetpgrp, each wait4 with the raw status and its decoding, the signals sent to process groups, and the saving and restoring of terminal modes (also jobsh --trace-jobs); docs/learn.md walks from fork and wait to job control with it",
	optMonitor:     "job control: each pipeline runs in a process group of its own, and a foreground job gets the terminal (on in interactive shells)",
	optNoClobber:   "> does not overwrite an existing file; >| does",
	optNoExec:      "read commands and check their syntax, but do not run them",
	optNoGlob:      "no pathname expansion",
	optNotify:      "report a background job's change of state at once, not at the next prompt",
	optNoUnset:     "expanding an unset variable is an error",
	optPhysical:    "cd and pwd follow symbolic links to the physical directory, as with their -P",
	optPipefail:    "a pipeline's status is that of the last command in it that failed, 0 if none did",
	optPosix:       "POSIX mode: follow POSIX.1-2024 where bash's default differs (also jobsh --posix, or invoked as sh); POSIXLY_CORRECT is set while it is on",
	optVerbose:     "print each line of input as it is read",
	optXTrace:      "print each command, expanded and after $PS4, before it runs",

	optCmdHist:        "keep a command typed on several lines as one history entry, its lines joined as bash joins them (;, a space, or a newline in quotes and here-documents) (on)",
	optLitHist:        "with cmdhist, keep the newlines of a command typed on several lines",
	optAutoCd:         "in an interactive shell, a command that is the name of a directory runs cd -- DIR (shown first), as in bash",
	optHupOnExit:      "when an interactive shell exits, send SIGHUP to every job, not only to the stopped ones",
	optCdableVars:     "cd to a name that is no directory but a variable holding one goes there, and prints it",
	optCheckJobs:      "exit from an interactive shell with running jobs lists them and needs a second exit, as with stopped jobs",
	optCheckWinSize:   "before each prompt, $COLUMNS and $LINES give the terminal's size (on by default, as in bash)",
	optHistAppend:     "each line goes to $HISTFILE as it is entered, beside what other shells add (on by default; bash's default is off: the file is rewritten with the shell's own list when it exits)",
	optDotGlob:        "patterns match names that start with . too",
	optExpandAliases:  "expand aliases (on in interactive shells)",
	optExtGlob:        "the patterns ?(...) *(...) +(...) @(...) !(...)",
	optFailGlob:       "a pattern that matches no file is an error; the command does not run",
	optProgComp:       "Tab uses the completion specifications of complete (on by default)",
	optProgCompAlias:  "Tab completes an alias with the specification of its first word's command",
	optGlobStar:       "** in a pathname matches any number of directories",
	optHostComplete:   "Tab after user@ completes a host name from $HOSTFILE or /etc/hosts (on by default)",
	optInheritErrExit: "command substitutions inherit set -e",
	optLastPipe:       "without job control, the last command of a pipeline runs in the shell itself",
	optLoginShell:     "on in a login shell (read-only)",
	optNoCaseGlob:     "pathname expansion ignores case",
	optNoCaseMatch:    "case and [[ ]] patterns ignore case",
	optNullGlob:       "a pattern that matches no file expands to nothing, not to itself",
	optSourcePath:     ". and source look for a file name without a slash in PATH (on by default)",
	optXpgEcho:        "echo interprets backslash escapes without -e",
}

// commandLine is jobsh's usage (jobsh --help, and OPTIONS in the manual
// page): the ways to call it, then the options.
var commandLine = struct {
	forms   []string
	options []helpItem
}{
	forms: []string{
		"jobsh [option ...] [script [arg ...]]",
		"jobsh [option ...] -c command [name [arg ...]]",
		"jobsh [option ...] -s [arg ...]",
	},
	options: []helpItem{
		{"-c command", "run command, then exit"},
		{"-s", "read commands from standard input"},
		{"-i", "interactive, even if standard input is not a terminal; +i: not interactive, even if it is"},
		{"-l, --login", "a login shell: read ~/.jobsh_profile"},
		{"-o option", "set an option (set -o option); +o to unset"},
		{"-" + setLetters(), "set single-letter options, as for set; + unsets"},
		{"--norc", "do not read ~/.jobshrc, nor ~/.jobsh_profile (also --noprofile)"},
		{"--rcfile FILE", "read FILE instead of ~/.jobshrc (also --init-file)"},
		{"--no-edit", "plain line input: no line editor, no escape sequences (also --noediting)"},
		{"--trace-jobs", "print each job-control step on stderr (set -o jobtrace)"},
		{"--posix", "POSIX mode (set -o posix); also when invoked as sh"},
		{"--version", "print the version and exit"},
		{"--help", "print this help and exit"},
	},
}
