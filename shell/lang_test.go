package shell

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"jobsh/tests/casefile"
)

// TestLanguageInProcess runs the language cases of tests/testdata/lang
// through the interpreter API (NewShell, Run) in this process, and bash
// beside them, as mvdan/sh's TestRunnerRun does: the third way the cases
// run, after jobsh -c and jobsh -m under a pty (tests/lang_test.go).
//
// Cases that would act on the test process itself are left to the other
// two ways: signals to $$ or the process group, resource limits and the
// file creation mask (process-wide), job control, and exec, which
// replaces the process.
func TestLanguageInProcess(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	cases, err := casefile.Read("../tests/testdata/lang/*.sh", false)
	if err != nil || len(cases) == 0 {
		t.Fatalf("no language cases: %v", err)
	}
	ran := 0
	for _, c := range cases {
		if strings.HasSuffix(c.Name, "(jobsh)") || actsOnProcess.MatchString(c.Script) {
			continue
		}
		ran++
		t.Run(c.Name, func(t *testing.T) {
			want := runBash(t, bash, c.Script)
			got := runInProcess(t, c.Script)
			if got.stdout != want.stdout || got.status != want.status || (got.stderr == "") != (want.stderr == "") {
				t.Errorf("script:\n%s\nin-process: %q %q [%d]\nbash:       %q %q [%d]",
					c.Script, got.stdout, got.stderr, got.status, want.stdout, want.stderr, want.status)
			}
		})
	}
	t.Logf("%d cases in-process", ran)
}

// actsOnProcess finds the cases that would change or signal the test
// process itself, or run $BASH, which in this process is the test binary.
var actsOnProcess = regexp.MustCompile(`\bkill\b|\bulimit\b|\bumask\b|\bexec\b|set -m|set -o monitor|\bsuspend\b|\btrap\b|\$\$|\bfg\b|\bbg\b|\bwaitpid\b|\$BASH\b`)

type langResult struct {
	stdout, stderr string
	status         int
}

func langEnv(dir string) []string {
	return []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TERM=dumb", "LANG=C", "LC_ALL=C", "PWD=" + dir}
}

const langInput = "line one\nline two\n"

func runBash(t *testing.T, bash, script string) langResult {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command(bash, "-c", script)
	cmd.Args[0] = "bash"
	cmd.Dir, cmd.Env = dir, langEnv(dir)
	cmd.Stdin = strings.NewReader(langInput)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(20*time.Second, func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	defer timer.Stop()
	cmd.Wait()
	st := cmd.ProcessState.Sys().(syscall.WaitStatus)
	code := st.ExitStatus()
	if st.Signaled() {
		code = 128 + int(st.Signal())
	}
	return langResult{out.String(), errb.String(), code}
}

func runInProcess(t *testing.T, script string) langResult {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, ".in")
	os.WriteFile(in, []byte(langInput), 0o600)
	stdin, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(in)
	// The files are left open: a process substitution's goroutine may
	// still write after Run returns, as its process would outlive a
	// jobsh -c (the garbage collector closes them).
	stdout, _ := os.CreateTemp(t.TempDir(), "out")
	stderr, _ := os.CreateTemp(t.TempDir(), "err")
	sh := NewShell(StdIO(stdin, stdout, stderr), Dir(dir), Env(langEnv(dir)), Name("jobsh"))
	done := make(chan int, 1)
	go func() { done <- sh.Run(script) }()
	var status int
	select {
	case status = <-done:
	case <-time.After(20 * time.Second):
		t.Fatalf("hung on %q", script)
	}
	o, _ := os.ReadFile(stdout.Name())
	e, _ := os.ReadFile(stderr.Name())
	return langResult{string(o), string(e), status}
}
