package shell

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jobsh/jobs"
)

func TestCompletion(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "my file.txt"), nil, 0o644)
	os.Mkdir(filepath.Join(dir, "subdir"), 0o755)
	os.WriteFile(filepath.Join(dir, ".hidden"), nil, 0o644)
	sh := New()
	sh.cwd = dir
	sh.setVar("JOBSH_TEST_VAR", "x", false)
	os.WriteFile(filepath.Join(dir, "hosts"), []byte("127.0.0.1 myhost-one myhost-two # comment\n"), 0o644)
	sh.setVar("HOSTFILE", filepath.Join(dir, "hosts"), false)
	j := sh.ctl.NewJob("sleep 100", dir, false)
	sh.ctl.AddProcess(j, &jobs.Process{Pid: 99999, Command: "sleep 100"})
	for _, tc := range []struct{ line, want string }{
		{"ech", "o "},
		{"cat my", `\ file.txt `},
		{`cat my\ f`, "ile.txt "},
		{"cd sub", "dir/"},
		{"echo $JOBSH_TEST_V", "AR "},
		{"fg %", "1|sleep"},
		{"kill -SEG", "V "},
		{"true | waitp", "id "},
		{"echo ~roo", "t/"},         // the slash, as bash: ready for what is under it
		{"cat .hid", "den "},        // hidden files, readline's match-hidden-files
		{"cat m", `y\ file.txt `},   // and only those that match
		{"ping @myhost-o", "ne "},   // hostcomplete, from $HOSTFILE
		{"dd if=my", `\ file.txt `}, // after = and :, as COMP_WORDBREAKS
		{"X=a:sub", "dir/"},
		{"echo `ech", "o"}, // a command, no space: the backquote may follow
		{`cat "a:sub`, ""}, // no break in quotes: the name is a:sub…
	} {
		// The words, less the typed text they begin with.
		got, n := sh.Complete([]rune(tc.line), len([]rune(tc.line)))
		var parts []string
		for _, g := range got {
			parts = append(parts, string([]rune(g)[n:]))
		}
		if strings.Join(parts, "|") != tc.want {
			t.Errorf("%q: got %q (%d), want %q", tc.line, parts, n, tc.want)
		}
	}
}

// Command names are the programs in PATH, a link to one too, never a
// directory or a link to one (/usr/bin/X11 -> .), as in bash.
func TestCompletionCommandsNotDirectories(t *testing.T) {
	bin := t.TempDir()
	os.WriteFile(filepath.Join(bin, "zqprog"), nil, 0o755)
	os.Symlink("zqprog", filepath.Join(bin, "zqlinkprog"))
	os.Symlink(".", filepath.Join(bin, "zqlinkdir"))
	os.Mkdir(filepath.Join(bin, "zqdir"), 0o755)
	sh := New()
	sh.setVar("PATH", bin, false)
	got, _ := sh.Complete([]rune("zq"), 2)
	if strings.Join(got, "|") != "zqlinkprog|zqprog" {
		t.Errorf("zq: got %q", got)
	}
}

// TestProgrammableCompletion is Tab with complete's specs (no
// bash-completion needed): each case's words less the text they replace.
func TestProgrammableCompletion(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"alpha.c", "alpha.h", "beta.txt", "my file.c"} {
		os.WriteFile(filepath.Join(dir, name), nil, 0o644)
	}
	os.Mkdir(filepath.Join(dir, "adir"), 0o755)
	sh := NewShell(Dir(dir))
	sh.mode = ModeInteractive // as at the prompt: an error in a function ends no shell
	setup := `
complete -W 'start stop status' svc
_f() { COMPREPLY=("$2-$COMP_CWORD-${#COMP_WORDS[@]}-$3-$COMP_POINT-$1-$COMP_LINE"); }; complete -F _f f
complete -o nospace -W 'key=' k
_files() { local IFS=$'\n'; COMPREPLY=($(compgen -f -- "$2")); }; complete -o filenames -F _files g
complete -o default -W zzz d
complete -o dirnames -W zzz dd
complete -f -X '!*.c' c
_load() { complete -W loaded "$1"; return 124; }; complete -D -F _load
_co() { compopt -o nospace; COMPREPLY=(word); }; complete -F _co co
_bad() { eval 'if'; exit_not_found_xyz; COMPREPLY=(no); }; complete -F _bad bad
complete -P pre -S suf -W a ps
_cmd() { printf "%s\n" c1 c2; }; complete -C _cmd cc
_eq() { COMPREPLY=("$2[$COMP_CWORD|${COMP_WORDS[*]}|$3]"); }; complete -F _eq eq
false
`
	if st := sh.Run(setup); st != 1 {
		t.Fatalf("setup: status %d", st)
	}
	for _, tc := range []struct{ line, want string }{
		{"svc st", "art|atus|op"},
		{"svc sto", "p "},
		{"f a b", "-2-3-a-5-f-f a b "},
		{"x; f  b", "-1-2-f-4-f-f  b "},
		{"X=1 Y='a b' f  b", "-1-2-f-4-f-f  b "}, // assignments before the name are left out, as in bash
		{"k ke", "y="},
		{"g ad", "ir/"},
		{"g my", `\ file.c `},
		{"g al", "pha.c|pha.h"},
		{"d be", "ta.txt "},
		{"dd a", "dir/"},
		{"c al", "pha.c "},
		{"newcmd lo", "aded "},
		{"co w", "ord"},
		{"bad n", "o "}, // errors in the function end neither it nor the shell, as in bash
		{"ps ", "preasuf "},
		{"cc c", "1|2"},
		{"eq --x=v", "[3|eq --x = v|=] "},
		{"eq a:b", "[3|eq a : b|:] "},
		{`eq "a b`, `[1|eq "a b|eq]" `},
		{"ec", "ho "}, // the command word: default completion
	} {
		got, n := sh.Complete([]rune(tc.line), len([]rune(tc.line)))
		var parts []string
		for _, g := range got {
			parts = append(parts, string([]rune(g)[n:]))
		}
		if strings.Join(parts, "|") != tc.want {
			t.Errorf("%q: got %q (%d), want %q", tc.line, parts, n, tc.want)
		}
	}
	if sh.status != 1 {
		t.Errorf("$? after completions is %d, want the 1 it was", sh.status)
	}
	for _, v := range []string{"COMP_WORDS", "COMP_CWORD", "COMP_LINE", "COMP_POINT", "COMPREPLY"} {
		if sh.Get(v).IsSet() {
			t.Errorf("%s is left set after completion", v)
		}
	}
	sh.Run("alias sv=svc")
	if got, _ := sh.Complete([]rune("sv sto"), 6); len(got) != 0 {
		t.Errorf("an alias without progcomp_alias: got %q, want its own spec (none)", got)
	}
	sh.Run("shopt -s progcomp_alias; alias sv2=svc") // (the -D loader gave sv a spec)
	if got, n := sh.Complete([]rune("sv2 sto"), 7); len(got) != 1 || got[0][n:] != "p " {
		t.Errorf("progcomp_alias: sv2 sto gives %q, want svc's stop", got)
	}
	sh.Run("complete -I -W 'initial'")
	if got, n := sh.Complete([]rune("x; in"), 5); len(got) != 1 || got[0][n:] != "itial " {
		t.Errorf("complete -I: the command word gives %q, want initial", got)
	}
	sh.Run("shopt -u progcomp")
	if got, _ := sh.Complete([]rune("svc st"), 6); len(got) != 0 {
		t.Errorf("shopt -u progcomp: svc st gives %q, want no spec used", got)
	}
}

func TestListName(t *testing.T) {
	for word, want := range map[string]string{`my\ file.txt`: "my file.txt", `'a b'`: "a b", "plain": "plain"} {
		if got := ListName(word); got != want {
			t.Errorf("ListName(%q) = %q, want %q", word, got, want)
		}
	}
}
