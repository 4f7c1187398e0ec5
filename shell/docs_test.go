package shell

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestDocsAreCurrent: docs/builtins.md and docs/jobsh.1 are what
// `go run ./docs/gen` writes from the help pages.
func TestDocsAreCurrent(t *testing.T) {
	for file, want := range map[string]string{
		"../docs/builtins.md": BuiltinReference(),
		"../docs/jobsh.1":     ManPage(),
	} {
		got, err := os.ReadFile(file)
		if err != nil || string(got) != want {
			t.Errorf("%s is out of date: run go run ./docs/gen", file)
		}
	}
}

// TestHelpCoversEveryBuiltin: each builtin jobsh runs has a page, each
// page is a builtin or a keyword, and every option has its description.
func TestHelpCoversEveryBuiltin(t *testing.T) {
	unsupported := map[string]bool{}
	for _, n := range unsupportedBuiltins {
		unsupported[n] = true
	}
	for name := range builtins {
		if helpTopics[name] == nil && !unsupported[name] {
			t.Errorf("builtin %s has no help page", name)
		}
	}
	for _, p := range helpPages {
		if p.keyword != (builtins[p.name] == nil && p.name != "let") {
			t.Errorf("help page %s: keyword is %v, but builtins has it: %v", p.name, p.keyword, builtins[p.name] != nil)
		}
		if p.keyword && !keywords[p.name] && p.name != "%" && p.name != "((" {
			t.Errorf("help page %s is neither a builtin nor a keyword", p.name)
		}
		if p.synopsis == "" || p.short == "" || p.exit == "" {
			t.Errorf("help page %s lacks its synopsis, description or exit status", p.name)
		}
	}
	for o := Option(0); o < numOptions; o++ {
		if optionHelp[o] == "" {
			t.Errorf("option %s has no description in optionHelp", o)
		}
	}
}

// TestManPageFormats runs the manual page through groff's checks: no
// warning, and every line of `man` fits 80 columns; and through mandoc's
// lint, style messages included, where mandoc is installed.
func TestManPageFormats(t *testing.T) {
	if _, err := exec.LookPath("groff"); err != nil {
		t.Skip("groff is not installed")
	}
	cmd := exec.Command("groff", "-man", "-Tutf8", "-ww", "-z", "../docs/jobsh.1")
	if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("groff -ww: %v\n%s", err, out)
	}
	cmd = exec.Command("groff", "-man", "-Tutf8", "-rLL=80n", "-P-c", "-P-b", "-P-u", "../docs/jobsh.1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("groff: %v", err)
	}
	for i, line := range strings.Split(string(out), "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("line %d is %d columns wide: %q", i+1, n, line)
		}
	}
	// The escapes came out as the characters the text has: shell code
	// can be copied from the page.
	for _, want := range []string{`\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS`, `TIMEFORMAT='%Rs`, `\u \h \H \w`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the formatted page lacks %q", want)
		}
	}
	if _, err := exec.LookPath("mandoc"); err == nil {
		out, _ := exec.Command("mandoc", "-T", "lint", "../docs/jobsh.1").CombinedOutput()
		if len(out) > 0 {
			t.Errorf("mandoc -T lint:\n%s", out)
		}
	}
}
