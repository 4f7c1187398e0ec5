package tests

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// The second corpus of issue 11: shell scripts that Debian packages ship
// (gzip's zgrep, zdiff, zcmp, zcat, gunzip, zforce, gzexe; xzgrep, xzdiff,
// bzgrep; gettext.sh; debianutils' which and savelog; libc's ldd; less's
// lesspipe; dpkg's dpkg-realpath; lsb-base's init-functions;
// bash-completion's bash_completion), run with the shell
// under test as their interpreter ("$0 /usr/bin/zgrep ...", $0 being jobsh
// or bash) or sourced, on the same files, compared as mvdan's cases are.
// A case whose script is not installed is skipped.

type debianCase struct {
	name   string
	needs  string // the script the case runs
	script string // run with -c in a fresh directory holding the files below
}

// debianSetup makes the files the cases work on: two small texts and
// their gzip'd forms (gzip -n: no name or time, so the same bytes each run).
const debianSetup = `printf 'foo\nbar\nfoo bar\nBaz\n' >a; printf 'baz\nfoo\n' >b
cp a a0; cp b b0; gzip -n a b; mv a0 a; mv b0 b
`

const bashCompletion = "/usr/share/bash-completion/bash_completion"

var debianCases = []debianCase{
	// gzip's wrappers.
	{"zgrep -n", "/usr/bin/zgrep", `$0 /usr/bin/zgrep -n foo a.gz b.gz; echo st=$?`},
	{"zgrep -c", "/usr/bin/zgrep", `$0 /usr/bin/zgrep -c foo a.gz b.gz; echo st=$?`},
	{"zgrep -h -e -e", "/usr/bin/zgrep", `$0 /usr/bin/zgrep -h -e bar -e baz a.gz b.gz; echo st=$?`},
	{"zgrep -l glob", "/usr/bin/zgrep", `$0 /usr/bin/zgrep -l foo *.gz; echo st=$?`},
	{"zgrep -i -w", "/usr/bin/zgrep", `$0 /usr/bin/zgrep -i -w 'foo bar' a.gz; echo st=$?`},
	{"zgrep no match", "/usr/bin/zgrep", `$0 /usr/bin/zgrep nomatch a.gz; echo st=$?`},
	{"zgrep missing file", "/usr/bin/zgrep", `$0 /usr/bin/zgrep foo missing.gz; echo st=$?`},
	{"zgrep stdin", "/usr/bin/zgrep", `$0 /usr/bin/zgrep -n bar <a.gz; echo st=$?`},
	{"zgrep -f pattern file", "/usr/bin/zgrep", `printf 'baz\n' >p; $0 /usr/bin/zgrep -f p a.gz b.gz; echo st=$?`},
	{"zgrep bad option", "/usr/bin/zgrep", `$0 /usr/bin/zgrep --no-such-option foo a.gz; echo st=$?`},
	{"zegrep", "/usr/bin/zgrep", `$0 /usr/bin/zgrep -E 'fo+|Baz' a.gz; echo st=$?`},
	{"zdiff differ", "/usr/bin/zdiff", `$0 /usr/bin/zdiff a.gz b.gz; echo st=$?`},
	{"zdiff same", "/usr/bin/zdiff", `$0 /usr/bin/zdiff a.gz a; echo st=$?`},
	{"zdiff -u", "/usr/bin/zdiff", `$0 /usr/bin/zdiff -u a b.gz | sed 1,2d; echo st=$?`},
	{"zcmp", "/usr/bin/zcmp", `$0 /usr/bin/zcmp a.gz b.gz; echo st=$?`},
	{"zcat", "/usr/bin/zcat", `$0 /usr/bin/zcat a.gz b.gz; echo st=$?`},
	{"gunzip -t -c", "/usr/bin/gunzip", `$0 /usr/bin/gunzip -t a.gz && $0 /usr/bin/gunzip -c b.gz; echo st=$?`},
	{"gunzip in place", "/usr/bin/gunzip", `rm a b; $0 /usr/bin/gunzip a.gz b.gz; echo st=$?; ls; cat a b`},
	{"zforce", "/usr/bin/zforce", `cp a.gz c; cp b.gz d.gz; $0 /usr/bin/zforce c d.gz; echo st=$?; ls`},
	{"gzexe", "/usr/bin/gzexe", `printf '#!/bin/sh\necho hello\n' >t; chmod +x t; $0 /usr/bin/gzexe t; echo st=$?; ls; ./t; $0 /usr/bin/gzexe -d t; echo st=$?; cat t`},
	// xz-utils' and bzip2's own wrappers (scripts distinct from gzip's).
	{"xzgrep", "/usr/bin/xzgrep", `xz -k a b; $0 /usr/bin/xzgrep -n -e foo -e baz a.xz b.xz; echo st=$?; $0 /usr/bin/xzgrep -c -i BAZ a.xz; echo st=$?`},
	{"xzdiff", "/usr/bin/xzdiff", `xz -k a b; $0 /usr/bin/xzdiff a.xz b.xz; echo st=$?; $0 /usr/bin/xzdiff a.xz a; echo st=$?`},
	{"bzgrep", "/usr/bin/bzgrep", `bzip2 -k a b; $0 /usr/bin/bzgrep -n foo a.bz2 b.bz2; echo st=$?; $0 /usr/bin/bzgrep -l nomatch a.bz2; echo st=$?`},
	// lsb-base's init-functions, sourced as init scripts do.
	{"init-functions log", "/lib/lsb/init-functions", `. /lib/lsb/init-functions; log_success_msg ok; log_failure_msg bad; log_warning_msg w
log_daemon_msg Starting d; log_end_msg 0; log_action_msg act; log_action_begin_msg begin; log_action_end_msg 1 why; echo st=$?`},
	{"init-functions procs", "/lib/lsb/init-functions", `. /lib/lsb/init-functions; pidofproc nosuch; echo st=$?; status_of_proc nosuch nosuch; echo st=$?
pidofproc -p ./nopid nosuch; echo st=$?; echo 999999 >pid; pidofproc -p ./pid nosuch; echo st=$?`},
	// gettext.sh, sourced.
	{"gettext.sh eval_gettext", "/usr/bin/gettext.sh", `. gettext.sh; v='x y'; eval_gettext 'value: $v, home: $HOME, money: \$5'; echo; echo st=$?`},
	{"gettext.sh eval_ngettext", "/usr/bin/gettext.sh", `. gettext.sh; for n in 0 1 2; do eval_ngettext 'one file ($n)' '$n files' $n; echo; done`},
	{"gettext.sh echo", "/usr/bin/gettext.sh", `. gettext.sh; echo "$echo"; $echo 'a\tb' -n; echo st=$?`},
	{"gettext.sh --help --version", "/usr/bin/gettext.sh", `$0 /usr/bin/gettext.sh --help; echo st=$?; $0 /usr/bin/gettext.sh --version | head -1; $0 /usr/bin/gettext.sh --bad; echo st=$?`},
	// debianutils.
	{"which", "/usr/bin/which.debianutils", `$0 /usr/bin/which.debianutils sh gzip nosuchcommand; echo st=$?`},
	{"which -a", "/usr/bin/which.debianutils", `mkdir bin; printf '#!/bin/sh\n' >bin/gzip; chmod +x bin/gzip; PATH=$PWD/bin:$PATH $0 /usr/bin/which.debianutils -a gzip; echo st=$?`},
	{"which bad option", "/usr/bin/which.debianutils", `$0 /usr/bin/which.debianutils -z sh; echo st=$?; $0 /usr/bin/which.debianutils; echo st=$?`},
	{"savelog", "/usr/bin/savelog", `echo one >log; $0 /usr/bin/savelog -q -c 3 log; echo two >log; $0 /usr/bin/savelog -q -c 3 log; echo st=$?; ls; zcat log.1.gz; cat log.0`},
	{"savelog bad", "/usr/bin/savelog", `$0 /usr/bin/savelog -q -c 1 nosuchlog; echo st=$?; $0 /usr/bin/savelog 2>&1 | head -3`},
	// libc's ldd, dpkg, less.
	{"ldd", "/usr/bin/ldd", `$0 /usr/bin/ldd /usr/bin/true | sed 's/ (0x[0-9a-f]*)//'; echo st=$?`},
	{"ldd errors", "/usr/bin/ldd", `$0 /usr/bin/ldd ./nosuch; echo st=$?; $0 /usr/bin/ldd a; echo st=$?; $0 /usr/bin/ldd; echo st=$?`},
	{"ldd --help --version", "/usr/bin/ldd", `$0 /usr/bin/ldd --help; echo st=$?; $0 /usr/bin/ldd --version | head -1`},
	{"dpkg-realpath", "/usr/bin/dpkg-realpath", `mkdir -p d/e; ln -s d/e l; ln -s ../../a d/e/up; $0 /usr/bin/dpkg-realpath l/up; echo st=$?; $0 /usr/bin/dpkg-realpath --root "$PWD" /l; echo st=$?`},
	{"dpkg-realpath errors", "/usr/bin/dpkg-realpath", `$0 /usr/bin/dpkg-realpath; echo st=$?; $0 /usr/bin/dpkg-realpath --help | head -3`},
	{"lesspipe", "/usr/bin/lesspipe", `$0 /usr/bin/lesspipe; echo st=$?; $0 /usr/bin/lesspipe a.gz; echo st=$?`},
	// bash-completion's library, sourced: the functions that need no
	// readline run as in a completion.
	{"bash_completion source", bashCompletion, `. ` + bashCompletion + `; echo st=$?; declare -F | wc -l`},
	{"bash_completion _upvars", bashCompletion, `. ` + bashCompletion + ` 2>/dev/null; f() { local a b c; _upvars -v a 1 -a2 b x y -v c 'q r'; declare -p a b c; }; f`},
	{"bash_completion _get_comp_words_by_ref", bashCompletion, `. ` + bashCompletion + ` 2>/dev/null
COMP_LINE='ls -l --color=au'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(ls -l --color = au); COMP_CWORD=4
_get_comp_words_by_ref -n = cur prev words cword; declare -p cur prev words cword
_get_comp_words_by_ref cur prev; declare -p cur prev`},
	{"bash_completion _init_completion", bashCompletion, `. ` + bashCompletion + ` 2>/dev/null
f() { COMP_LINE='cmd --opt=val fi'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(cmd --opt = val fi); COMP_CWORD=4
local cur prev words cword split; _init_completion -s; echo st=$?; declare -p cur prev words cword split; }; f`},
	{"bash_completion _count_args", bashCompletion, `. ` + bashCompletion + ` 2>/dev/null
f() { COMP_LINE='cmd -a x y'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(cmd -a x y); COMP_CWORD=3
local cur prev words cword args; _get_comp_words_by_ref cur prev words cword; _count_args; echo args=$args; }; f`},
	{"bash_completion _parse_help", bashCompletion, `. ` + bashCompletion + ` 2>/dev/null
printf '  -a, --all      everything\n  --color[=WHEN]  paint\n  -n NUM\n      --width=COLS  w\n' >h
_parse_help - <h; _parse_usage - <<<'usage: x [-abc] [--long] [-f FILE]'`},
	{"bash_completion _filedir", bashCompletion, `. ` + bashCompletion + ` 2>/dev/null
mkdir -p dir/sub; touch 'dir/x y.txt' dir/z.c
f() { cur=dir/; COMPREPLY=(); _filedir; printf '<%s>\n' "${COMPREPLY[@]}" | sort; cur=dir/; COMPREPLY=(); _filedir c; printf '[%s]\n' "${COMPREPLY[@]}" | sort; }; f`},
	{"bash_completion _variables _tilde _quote", bashCompletion, `. ` + bashCompletion + ` 2>/dev/null
f() { cur='$HOM'; COMPREPLY=(); _variables; echo "${COMPREPLY[@]}"; _tilde '~nosuchuser' && echo tilde-plain; quote "a'b"; echo " $ret"; quote_readline 'x y'; echo " $ret"; dequote "'a b'\\ c"; echo " $ret"; }; f`},
}

func TestConformanceDebian(t *testing.T) {
	full := conformanceCorpus(t, "debian")
	cases := append([]debianCase(nil), debianCases...)
	if !full {
		shuffleSeeded(len(cases), func(i, j int) { cases[i], cases[j] = cases[j], cases[i] })
		cases = cases[:8]
	}
	accepted := readAccepted(t)
	known := readKnownFile(t, debianKnownFile)
	env := func(d string) []string { return confEnv(d) }
	setup := func(d string) error {
		// The same setup for both shells, made with bash.
		return runSetup(d, debianSetup)
	}
	outcomes := make([]confOutcome, len(cases))
	t.Run("cases", func(t *testing.T) {
		for i, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				o := &outcomes[i]
				*o = confOutcome{Corpus: "debian", Case: mvdanCase{Table: "debian", In: c.script}}
				if _, err := os.Stat(c.needs); err != nil {
					t.Skipf("%s is not installed", c.needs)
				}
				args := []string{"-c", c.script}
				var err error
				if o.Bash, err = runConf(bashBin, args, "", env, setup, conformanceLimit); err != nil {
					t.Fatal(err)
				}
				again, err := runConf(bashBin, args, "", env, setup, conformanceLimit)
				if err != nil {
					t.Fatal(err)
				}
				if again != o.Bash || o.Bash.TimedOut {
					t.Skipf("bash is not deterministic here: %q then %q", o.Bash.text(), again.text())
				}
				o.Counted = true
				if o.Jobsh, err = runConf(jobshBin, args, "", env, setup, conformanceLimit); err != nil {
					t.Fatal(err)
				}
				o.Agree = o.Jobsh == o.Bash
				o.Accepted = accepted["debian: "+c.name]
				o.Known = known[c.name]
				switch {
				case o.Agree && o.Known:
					t.Logf("now agrees with bash; take it out of %s: %q", debianKnownFile, c.name)
				case o.Agree, o.Accepted != "", o.Known:
				default:
					t.Errorf("jobsh differs from bash on %s:\n%s\njobsh: %q\nbash:  %q", c.name, c.script, o.Jobsh.text(), o.Bash.text())
				}
			})
		}
	})
	reportConformance(t, "debian", outcomes)
	if full && os.Getenv("JOBSH_CONFORMANCE_UPDATE") != "" {
		var lines []string
		for i, o := range outcomes {
			if o.Counted && !o.Agree && o.Accepted == "" {
				lines = append(lines, strconv.Quote(cases[i].name))
			}
		}
		text := "# Cases of TestConformanceDebian where jobsh differs from bash today,\n" +
			"# classified in failures.md. Written by JOBSH_CONFORMANCE=debian\n" +
			"# JOBSH_CONFORMANCE_UPDATE=1 go test ./tests -run TestConformanceDebian; a fix takes lines out.\n" +
			strings.Join(lines, "\n") + "\n"
		if err := os.WriteFile(debianKnownFile, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const debianKnownFile = "conformance/debian-known.txt"

// runSetup runs a setup script with bash in dir.
func runSetup(dir, script string) error {
	cmd := exec.Command(bashBin, "-c", script)
	cmd.Dir = dir
	cmd.Env = confEnv(dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("setup: %v: %s", err, out)
	}
	return nil
}
