package tests

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Conformance on corpora the project did not write (issue 11).
//
// mvdan/sh's interpreter test table, interp/interp_test.go of
// mvdan.cc/sh/v3@v3.14.1, is read from the module cache with go/parser at
// test time (it is not copied here). Every case runs with `-c` on jobsh and
// twice on bash, each run in a fresh empty directory with the same
// environment and a time limit, and jobsh's combined stdout and stderr plus
// its exit status ("exit status N", as interp_test appends it) must equal
// bash's. Cases where bash disagrees with itself (pids, timing, the clock)
// are not counted.
//
// JOBSH_CONFORMANCE=mvdan (or debian, or all) runs a whole corpus; without
// it only a short seeded sample of mvdan's table runs. A case that differs
// fails the test unless it is listed in conformance/differences.md (a
// difference accepted, with its reason) or in conformance/mvdan-known.txt
// (a failure already measured and classified in conformance/failures.md;
// the list only ever shrinks: JOBSH_CONFORMANCE_UPDATE=1 rewrites it from a
// full run). JOBSH_CONFORMANCE_OUT=FILE writes every counted case's result
// there as JSON lines, for classifying. JOBSH_CONFORMANCE_LOCALE=C.UTF-8
// runs both shells in that locale instead of C; JOBSH_CONFORMANCE_MODE=stdin
// or file gives mvdan's cases on standard input or as a script file
// instead of with -c (measured only: the lists are -c's).

const mvdanModule = "mvdan.cc/sh/v3@v3.14.1"

// conformanceSample is how many of mvdan's cases a plain go test runs.
const conformanceSample = 60

type mvdanCase struct {
	Table  string `json:"table"` // runTests, runTestsUnix or runTests64bit
	Line   int    `json:"line"`  // in interp_test.go
	In     string `json:"in"`
	Marker string `json:"marker"` // "", "JUSTERR" or "IGNORE"
}

// mvdanDir finds the module's directory in the module cache, downloading
// it if need be. jobsh's go.mod replaces the module with third_party, so the
// download runs in a scratch module of its own.
func mvdanDir(t *testing.T) string {
	if d := os.Getenv("JOBSH_MVDAN_DIR"); d != "" {
		return d
	}
	scratch := t.TempDir()
	if err := os.WriteFile(filepath.Join(scratch, "go.mod"), []byte("module scratch\n\ngo 1.21\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "mod", "download", "-json", mvdanModule)
	cmd.Dir = scratch
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); err != nil || jerr != nil || info.Dir == "" {
		t.Skipf("cannot get %s (%v %s); set JOBSH_MVDAN_DIR to its directory", mvdanModule, err, info.Error)
	}
	return info.Dir
}

// readMvdanCases reads runTests and, as interp_test's init does on a 64-bit
// Unix, runTestsUnix and runTests64bit. The cases are composite literals
// {in, want} whose fields are string literals, sums of them, and pathProg
// (which is "sh" on Unix).
func readMvdanCases(t *testing.T, dir string) []mvdanCase {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, "interp", "interp_test.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var eval func(e ast.Expr) (string, bool)
	eval = func(e ast.Expr) (string, bool) {
		switch e := e.(type) {
		case *ast.BasicLit:
			if e.Kind != token.STRING {
				return "", false
			}
			s, err := strconv.Unquote(e.Value)
			return s, err == nil
		case *ast.BinaryExpr:
			if e.Op != token.ADD {
				return "", false
			}
			x, ok1 := eval(e.X)
			y, ok2 := eval(e.Y)
			return x + y, ok1 && ok2
		case *ast.ParenExpr:
			return eval(e.X)
		case *ast.Ident:
			if e.Name == "pathProg" {
				return "sh", true
			}
		}
		return "", false
	}
	tables := map[string]bool{"runTests": true, "runTestsUnix": true, "runTests64bit": true}
	var cases []mvdanCase
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Names) != 1 || !tables[vs.Names[0].Name] || len(vs.Values) != 1 {
				continue
			}
			lit, ok := vs.Values[0].(*ast.CompositeLit)
			if !ok {
				continue
			}
			for _, elt := range lit.Elts {
				cl, ok := elt.(*ast.CompositeLit)
				if !ok || len(cl.Elts) != 2 {
					t.Fatalf("%s: not a {in, want} case", fset.Position(elt.Pos()))
				}
				in, ok1 := eval(cl.Elts[0])
				want, ok2 := eval(cl.Elts[1])
				if !ok1 || !ok2 {
					t.Fatalf("%s: cannot evaluate the case", fset.Position(elt.Pos()))
				}
				c := mvdanCase{Table: vs.Names[0].Name, Line: fset.Position(elt.Pos()).Line, In: in}
				// As TestRunnerRunConfirm reads the markers: #IGNORE means the
				// wanted text is not bash's; #JUSTERR that bash only errs too.
				// Both still run here, against bash's own output.
				switch {
				case strings.Contains(want, "#IGNORE"):
					c.Marker = "IGNORE"
				case strings.Contains(want, " #JUSTERR"):
					c.Marker = "JUSTERR"
				}
				cases = append(cases, c)
			}
		}
	}
	if len(cases) < 1000 {
		t.Fatalf("only %d cases read from %s", len(cases), dir)
	}
	return cases
}

var (
	goshProgOnce sync.Once
	goshProg     string
	goshProgErr  error
)

// goshProgBin builds the stand-in for the test binary that mvdan's cases
// run as $GOSH_PROG.
func goshProgBin(t *testing.T) string {
	goshProgOnce.Do(func() {
		goshProg = filepath.Join(filepath.Dir(jobshBin), "goshprog")
		out, err := exec.Command("go", "build", "-o", goshProg, "./conformance/goshprog").CombinedOutput()
		if err != nil {
			goshProgErr = fmt.Errorf("building goshprog: %v\n%s", err, out)
		}
	})
	if goshProgErr != nil {
		t.Fatal(goshProgErr)
	}
	return goshProg
}

// A conformance run: what a shell printed on stdout and stderr together,
// with "exit status N" after it when N is not 0, as interp_test shows it.
type confRun struct {
	Out      string `json:"out"`
	Status   int    `json:"status"`
	TimedOut bool   `json:"timed_out,omitempty"`
}

func (r confRun) text() string {
	s := r.Out
	if r.Status != 0 {
		s += fmt.Sprintf("exit status %d", r.Status)
	}
	if r.TimedOut {
		s += " [timed out]"
	}
	return s
}

// confEnv is the environment of every conformance run: the suite's usual
// one plus the variables interp_test's TestMain sets.
func confEnv(dir string, extra ...string) []string {
	env := append(baseEnv(dir), "PWD="+dir,
		"INTERP_GLOBAL=value",
		"MULTILINE_INTERP_GLOBAL=\nwith\nnewlines\n\n",
		"MIXEDCASE_INTERP_GLOBAL=value",
		"PATH_PROG=sh",
		"ENV_PROG=env",
	)
	if loc := os.Getenv("JOBSH_CONFORMANCE_LOCALE"); loc != "" {
		// The later value wins: e.g. C.UTF-8 instead of the suite's C.
		env = append(env, "LANG="+loc, "LC_ALL="+loc)
	}
	return append(env, extra...)
}

// runConf runs bin with args ($0 is the binary's base name, as when run
// from PATH; bash's name in its messages is then rewritten as jobsh's) in
// a fresh directory, in a session of its own, with stdout and stderr on
// one file as on interp_test's one buffer. The run ends at limit; whatever
// it left running is killed. The directory's name is masked as /TESTDIR
// in the output. setup, if not nil, fills the directory first.
func runConf(bin string, args []string, stdin string, env func(dir string) []string, setup func(dir string) error, limit time.Duration) (confRun, error) {
	dir, err := os.MkdirTemp("", "jobsh-conf-")
	if err != nil {
		return confRun{}, err
	}
	defer os.RemoveAll(dir)
	if dir, err = filepath.EvalSymlinks(dir); err != nil {
		return confRun{}, err
	}
	if setup != nil {
		if err := setup(dir); err != nil {
			return confRun{}, err
		}
	}
	out, err := os.CreateTemp("", "jobsh-conf-out-")
	if err != nil {
		return confRun{}, err
	}
	defer os.Remove(out.Name())
	defer out.Close()
	cmd := exec.Command(bin, args...)
	cmd.Args[0] = filepath.Base(bin)
	cmd.Dir = dir
	cmd.Env = env(dir)
	cmd.Stdout, cmd.Stderr = out, out
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return confRun{}, err
	}
	var timedOut bool
	var mu sync.Mutex
	timer := time.AfterFunc(limit, func() {
		mu.Lock()
		timedOut = true
		mu.Unlock()
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	})
	cmd.Wait()
	timer.Stop()
	// Background jobs and process substitutions left behind by the
	// script get a moment to finish their output, then are killed.
	for i := 0; i < 50 && syscall.Kill(-cmd.Process.Pid, 0) == nil; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	st := cmd.ProcessState.Sys().(syscall.WaitStatus)
	code := st.ExitStatus()
	if st.Signaled() {
		code = 128 + int(st.Signal())
	}
	data, err := os.ReadFile(out.Name())
	if err != nil {
		return confRun{}, err
	}
	mu.Lock()
	defer mu.Unlock()
	text := strings.ReplaceAll(string(data), dir, "/TESTDIR")
	// The shell's name in its messages, also after output that did not
	// end its line.
	text = bashPrefix.ReplaceAllString(text, "jobsh:")
	text = strings.ReplaceAll(text, "bash: line ", "jobsh: line ")
	return confRun{text, code, timedOut}, nil
}

var bashPrefix = regexp.MustCompile(`(?m)^bash:`)

// lineNumber is the "line N: " bash puts in its messages under -c (on a
// terminal too, and whatever its $0 is), which jobsh leaves out today.
var lineNumber = regexp.MustCompile(`jobsh: line \d+: `)

// A conformance outcome, one line of JOBSH_CONFORMANCE_OUT.
type confOutcome struct {
	Corpus string    `json:"corpus"`
	Case   mvdanCase `json:"case"`
	Bash   confRun   `json:"bash"`
	Jobsh  confRun   `json:"jobsh"`
	// Counted is false when bash disagreed with itself or timed out.
	Counted  bool   `json:"counted"`
	Agree    bool   `json:"agree"`
	Accepted string `json:"accepted,omitempty"` // the reason, from differences.md
	Known    bool   `json:"known,omitempty"`    // listed in mvdan-known.txt
}

// readAccepted reads conformance/differences.md: every line
// `- case "INPUT": reason` (INPUT in Go's quoting) accepts a difference
// (for the Debian corpus INPUT is "debian: " and the case's name).
func readAccepted(t *testing.T) map[string]string {
	data, err := os.ReadFile("conformance/differences.md")
	if err != nil {
		t.Fatal(err)
	}
	acc := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		rest, ok := strings.CutPrefix(line, "- case ")
		if !ok {
			continue
		}
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			t.Fatalf("differences.md: %q: %v", line, err)
		}
		in, _ := strconv.Unquote(q)
		acc[in] = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest[len(q):]), ":"))
	}
	return acc
}

const knownFile = "conformance/mvdan-known.txt"

// readKnownFile reads measured failures: one Go-quoted case a line.
func readKnownFile(t *testing.T, path string) map[string]bool {
	known := map[string]bool{}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return known
	} else if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		in, err := strconv.Unquote(line)
		if err != nil {
			t.Fatalf("%s: %q: %v", path, line, err)
		}
		known[in] = true
	}
	return known
}

func conformanceWants(corpus string) bool {
	v := os.Getenv("JOBSH_CONFORMANCE")
	return v == corpus || v == "all"
}

// conformanceCorpus says whether corpus runs whole (JOBSH_CONFORMANCE
// names it, or all). Otherwise the test runs a sample, and is skipped
// when another corpus was asked for, with -short, or without bash.
func conformanceCorpus(t *testing.T, corpus string) (full bool) {
	t.Helper()
	if bashBin == "" {
		t.Skip("bash is not installed")
	}
	full = conformanceWants(corpus)
	if !full && os.Getenv("JOBSH_CONFORMANCE") != "" {
		t.Skip("another corpus was asked for")
	}
	if !full && testing.Short() {
		t.Skip("short")
	}
	return full
}

// shuffleSeeded orders a sample with the seed JOBSH_CONFORMANCE_SEED (11
// unless given), so that a failing sample can be run again.
func shuffleSeeded(n int, swap func(i, j int)) {
	seed := int64(11)
	if s := os.Getenv("JOBSH_CONFORMANCE_SEED"); s != "" {
		seed, _ = strconv.ParseInt(s, 10, 64)
	}
	rand.New(rand.NewSource(seed)).Shuffle(n, swap)
}

// conformanceLimit is each run's time limit: interp_test's own 5s.
const conformanceLimit = 5 * time.Second

// machineDependent are mvdan's cases whose output depends on the clock,
// the machine or the scheduler, even when bash printed the same twice.
var machineDependent = map[string]bool{
	"times": true, // CPU times, which are mostly but not always 0m0.000s
	// bash's wait does not wait for a process substitution started in a
	// pipeline's subshell; whether sed has printed before the script ends
	// varies from run to run on bash itself.
	"echo foo bar | tee >(sed 's/o/e/g') >/dev/null; wait": true,
	"echo nested > >(cat > >(cat); wait); wait":            true,
}

func TestConformanceMvdan(t *testing.T) {
	full := conformanceCorpus(t, "mvdan")
	dir := mvdanDir(t)
	cases := readMvdanCases(t, dir)
	if !full {
		shuffleSeeded(len(cases), func(i, j int) { cases[i], cases[j] = cases[j], cases[i] })
		cases = cases[:conformanceSample]
	}
	// How each case reaches the shell: as -c's argument (the default), on
	// standard input (as mvdan's own TestRunnerRunConfirm gives it to
	// bash) or as a script file.
	mode := os.Getenv("JOBSH_CONFORMANCE_MODE")
	if mode == "" {
		mode = "c"
	}
	if mode != "c" && mode != "stdin" && mode != "file" {
		t.Fatalf("JOBSH_CONFORMANCE_MODE=%s: want c, stdin or file", mode)
	}
	corpus := "mvdan"
	if mode != "c" {
		corpus += "[" + mode + "]"
	}
	gosh := goshProgBin(t)
	accepted := readAccepted(t)
	known := readKnownFile(t, knownFile)
	env := func(d string) []string {
		return confEnv(d, "GOSH_PROG="+gosh, "GO_TEST_DIR="+filepath.Join(dir, "interp"))
	}
	outcomes := make([]confOutcome, len(cases))
	t.Run("cases", func(t *testing.T) {
		for i, c := range cases {
			t.Run(fmt.Sprintf("%s:%d", c.Table, c.Line), func(t *testing.T) {
				t.Parallel()
				o := &outcomes[i]
				*o = confOutcome{Corpus: corpus, Case: c}
				if strings.Contains(c.In, "\x00") && mode == "c" {
					t.Skip("a NUL byte cannot be passed in an argument")
				}
				if machineDependent[c.In] {
					t.Skip("depends on the machine or the clock")
				}
				args, stdin := []string{"-c", c.In}, ""
				switch mode {
				case "stdin":
					args, stdin = nil, c.In
				case "file":
					f := filepath.Join(t.TempDir(), "script")
					if err := os.WriteFile(f, []byte(c.In), 0o644); err != nil {
						t.Fatal(err)
					}
					args = []string{f}
				}
				var err error
				if o.Bash, err = runConf(bashBin, args, stdin, env, nil, conformanceLimit); err != nil {
					t.Fatal(err)
				}
				again, err := runConf(bashBin, args, stdin, env, nil, conformanceLimit)
				if err != nil {
					t.Fatal(err)
				}
				if again != o.Bash || o.Bash.TimedOut {
					t.Skipf("bash is not deterministic here: %q then %q", o.Bash.text(), again.text())
				}
				o.Counted = true
				if o.Jobsh, err = runConf(jobshBin, args, stdin, env, nil, conformanceLimit); err != nil {
					t.Fatal(err)
				}
				if mode != "c" {
					// The known failures and accepted differences are
					// those of -c; other modes only measure.
					o.Agree = o.Jobsh == o.Bash
					return
				}
				o.Agree = o.Jobsh == o.Bash
				o.Accepted = accepted[c.In]
				o.Known = known[c.In]
				switch {
				case o.Agree && o.Known:
					t.Logf("now agrees with bash; take it out of %s: %q", knownFile, c.In)
				case o.Agree, o.Accepted != "", o.Known:
				default:
					t.Errorf("jobsh differs from bash on %q\njobsh: %q\nbash:  %q", c.In, o.Jobsh.text(), o.Bash.text())
				}
			})
		}
	})
	reportConformance(t, corpus, outcomes)
	if full && mode == "c" && os.Getenv("JOBSH_CONFORMANCE_UPDATE") != "" {
		var lines []string
		for _, o := range outcomes {
			if o.Counted && !o.Agree && o.Accepted == "" {
				lines = append(lines, strconv.Quote(o.Case.In))
			}
		}
		sort.Strings(lines)
		text := "# Cases of mvdan/sh's interp_test.go (" + mvdanModule + ") where jobsh differs from bash\n" +
			"# today, classified in failures.md. Written by JOBSH_CONFORMANCE=mvdan\n" +
			"# JOBSH_CONFORMANCE_UPDATE=1 go test ./tests -run TestConformanceMvdan; a fix takes lines out.\n" +
			strings.Join(lines, "\n") + "\n"
		if err := os.WriteFile(knownFile, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// reportConformance logs the agreement and, with JOBSH_CONFORMANCE_OUT,
// appends every outcome to that file as JSON lines.
func reportConformance(t *testing.T, corpus string, outcomes []confOutcome) {
	var counted, agree, accepted, total, lineOnly, fixed int
	for _, o := range outcomes {
		if o.Corpus == "" {
			continue // never ran
		}
		total++
		if !o.Counted {
			continue
		}
		counted++
		if o.Agree {
			agree++
			if o.Known {
				fixed++
			}
		} else if o.Accepted != "" {
			accepted++
		} else if masked := o.Bash; true {
			masked.Out = lineNumber.ReplaceAllString(masked.Out, "jobsh: ")
			if masked == o.Jobsh {
				lineOnly++
			}
		}
	}
	line := fmt.Sprintf("conformance %s: jobsh agrees with bash on %d of %d cases (%.1f%%); %d accepted differences; %d more differ only by bash's 'line N:' in messages; %d of %d cases not counted (bash not deterministic, a NUL byte in the script, or the clock)",
		corpus, agree, counted, 100*float64(agree)/float64(max(counted, 1)), accepted, lineOnly, total-counted, total)
	if fixed > 0 {
		line += fmt.Sprintf("; %d cases listed as known failures now agree (JOBSH_CONFORMANCE_UPDATE=1 takes them out)", fixed)
	}
	t.Log(line)
	if path := os.Getenv("JOBSH_CONFORMANCE_OUT"); path != "" {
		f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		enc := json.NewEncoder(f)
		for _, o := range outcomes {
			if o.Corpus != "" {
				enc.Encode(o)
			}
		}
		fmt.Fprintf(f, "{\"summary\":%q}\n", line)
	}
}
