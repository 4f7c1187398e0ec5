package tests

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// A grammar-based differential fuzzer (issue 11): random small programs
// over words, quoting, expansions, redirections, compound commands,
// functions and traps run on jobsh and on bash; every difference is
// minimized (parts of the program taken away while the two still differ)
// and printed, one program for each kind of difference (the first line
// where the outputs differ, the program's own words masked).
//
//	JOBSH_FUZZDIFF=200 go test ./tests -run 'TestFuzzDiff$' -v
//
// runs 200 programs (JOBSH_FUZZDIFF_SEED picks the seed, 1 by default);
// JOBSH_FUZZDIFF_OUT=FILE also appends each minimized difference there,
// as a "### name" case of tests/testdata/fuzzdiff's format. A plain go test
// runs two short portions instead: TestFuzzDiffCases, the minimized
// differences of earlier runs (testdata/fuzzdiff) as regression cases, and
// TestFuzzDiffSeeded, a few programs of a fixed seed whose differences
// must all be of kinds already recorded.

// A node is a piece of program: text around child statement lists, so
// that a minimizer can take statements out at any depth.
type fzNode struct {
	parts []fzPart
}

type fzPart struct {
	text string
	list []*fzNode // when text is "", a statement list joined by "\n"
	isL  bool
}

func (n *fzNode) String() string {
	var b strings.Builder
	for _, p := range n.parts {
		if !p.isL {
			b.WriteString(p.text)
			continue
		}
		for i, c := range p.list {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(c.String())
		}
		if len(p.list) == 0 {
			b.WriteString(":")
		}
	}
	return b.String()
}

func fzText(s string) *fzNode { return &fzNode{parts: []fzPart{{text: s}}} }

type fzGen struct {
	r     *rand.Rand
	depth int
	funcs []string
}

func (g *fzGen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

func (g *fzGen) name() string { return g.pick("v", "w", "x") }

// word is one shell word: literals, quotes, parameter expansions,
// substitutions, arithmetic, braces and globs.
func (g *fzGen) word() string {
	switch g.r.Intn(22) {
	case 0:
		return g.pick("a", "foo", "-n", "*", "a*", "?", "[ab]*", "x=y", "%s", "\\$v", "\\ ") + g.pick("", "1", "z")
	case 1:
		return "'" + g.pick("a b", "$v", "\\n", "*", "\"", "") + "'"
	case 2:
		return "\"" + g.pick("a  b", "$v", "${w}x", "$*", "$@", "\\$", "\\\\", "`echo q`", "$(echo \"i j\")", "") + "\""
	case 3:
		return "$" + g.name()
	case 4:
		return "${" + g.name() + g.pick(":-d", "-d", ":=e", "+p", ":+p", "#?", "##*a", "%b*", "%%?", "/a/b", "//a/", "/#a/z", "/%b/z", ":1", ":0:2", ":-$w", "^", "^^", ",,", "@Q") + "}"
	case 5:
		return "${#" + g.name() + "}"
	case 6:
		return "$(" + g.pick("echo sub", "printf '%s-' a b", "echo $v", "false", "echo a; echo b", "cat f 2>/dev/null") + ")"
	case 7:
		return "$((" + g.pick("1+2", "v", "x*2", "3/2", "7%3", "2**3", "1<2", "v++", "(1,2)", "-1>>1", "w=4") + "))"
	case 8:
		return g.pick("{a,b}", "x{1..3}", "{c..a}", "{a,}", "{1..5..2}")
	case 9:
		return "$" + g.pick("#", "?", "1", "2", "@", "*", "-")
	case 10:
		return "\"$" + g.pick("@", "*", "1", "#") + "\""
	case 11:
		return "${arr[" + g.pick("0", "1", "@", "*", "-1") + "]}"
	case 12:
		return "\"${arr[@]}\""
	case 13:
		return "${#arr[@]}"
	case 14:
		return "$'" + g.pick("a\\tb", "\\x41", "\\'", "\\n") + "'"
	case 15:
		return "~" + g.pick("", "/x")
	default:
		return g.pick("a", "b", "foo", "bar", "1", "2", "0", "x y", "f", "-", "--")
	}
}

func (g *fzGen) words(n int) string {
	var ws []string
	for i := 0; i < n; i++ {
		ws = append(ws, g.word())
	}
	return strings.Join(ws, " ")
}

func (g *fzGen) redir() string {
	switch g.r.Intn(9) {
	case 0:
		return " >f"
	case 1:
		return " >>f"
	case 2:
		return " 2>&1"
	case 3:
		return " <f"
	case 4:
		return " <<<" + g.word()
	case 5:
		return " 2>/dev/null"
	case 6:
		return " >&2"
	default:
		return ""
	}
}

func (g *fzGen) simple() string {
	switch g.r.Intn(20) {
	case 0, 1, 2, 3:
		return "echo " + g.words(1+g.r.Intn(3)) + g.redir()
	case 4:
		return "printf '" + g.pick("%s|", "[%s]\\n", "%d\\n", "%q ", "%5s|", "%-3s|", "%x\\n") + "' " + g.words(1+g.r.Intn(2))
	case 5, 6:
		return g.name() + "=" + g.word()
	case 7:
		return "arr=(" + g.words(g.r.Intn(4)) + ")"
	case 8:
		return g.pick("arr+=("+g.word()+")", "arr[2]="+g.word())
	case 9:
		return "[[ " + g.word() + g.pick(" == ", " != ", " = ", " < ", " =~ ", " -eq ") + g.word() + " ]]"
	case 10:
		return "test " + g.pick("-n ", "-z ", "-e ", "") + g.word()
	case 11:
		return "set -- " + g.words(g.r.Intn(4))
	case 12:
		return g.pick("true", "false", "! true", ":")
	case 13:
		return "cat f" + g.redir()
	case 14:
		return "read " + g.pick("", "-r ") + g.name() + " " + g.name() + " <<<" + g.word()
	case 15:
		if len(g.funcs) > 0 {
			return g.funcs[g.r.Intn(len(g.funcs))] + " " + g.words(g.r.Intn(3))
		}
		return "echo nofunc"
	case 16:
		return "shift" + g.pick("", " 1", " 5")
	case 17:
		return "unset " + g.pick("v", "w", "arr", "-f f1")
	case 18:
		return "(( " + g.pick("v=3", "x+=1", "v>1", "0") + " ))"
	default:
		return "echo " + g.word() + " | " + g.pick("cat", "wc -c", "tr a b", "sort")
	}
}

func (g *fzGen) list(n int) []*fzNode {
	var l []*fzNode
	for i := 0; i < n; i++ {
		l = append(l, g.stmt())
	}
	return l
}

func (g *fzGen) stmt() *fzNode {
	if g.depth > 2 {
		return fzText(g.simple())
	}
	g.depth++
	defer func() { g.depth-- }()
	L := func(n int) fzPart { return fzPart{list: g.list(1 + g.r.Intn(n)), isL: true} }
	T := func(s string) fzPart { return fzPart{text: s} }
	switch g.r.Intn(16) {
	case 0:
		return &fzNode{parts: []fzPart{T("if " + g.simple() + "; then\n"), L(2), T("\nelse\n"), L(2), T("\nfi" + g.redir())}}
	case 1:
		return &fzNode{parts: []fzPart{T("for i in " + g.words(1+g.r.Intn(3)) + "; do\n"), L(3), T("\ndone")}}
	case 2:
		return &fzNode{parts: []fzPart{T("case " + g.word() + " in\n" + g.pick("a*|b", "?", "[!a]*", "*[0-9]*", "'x y'", "\"$v\"", "*") + ")\n"), L(2), T("\n;;\n*)\n"), L(1), T("\n;;\nesac")}}
	case 3:
		return &fzNode{parts: []fzPart{T("{\n"), L(3), T("\n}" + g.redir())}}
	case 4:
		return &fzNode{parts: []fzPart{T("(\n"), L(3), T("\n)" + g.redir())}}
	case 5:
		f := fmt.Sprintf("f%d", len(g.funcs)+1)
		n := &fzNode{parts: []fzPart{T(f + "() {\n" + g.pick("", "local v="+g.word()+"\n")), L(3), T("\n" + g.pick("", "return 3", "return") + "\n}")}}
		g.funcs = append(g.funcs, f)
		return n
	case 6:
		return &fzNode{parts: []fzPart{T("n=0; while [ $n -lt " + g.pick("0", "2", "3") + " ]; do n=$((n+1))\n"), L(2), T("\ndone")}}
	case 7:
		return fzText(g.simple() + g.pick(" && ", " || ", " | ") + g.simple())
	case 8:
		return fzText("trap '" + g.pick("echo trapped", "echo exit $?", "echo err") + "' " + g.pick("EXIT", "ERR", "INT"))
	case 9:
		return fzText("cat <<" + g.pick("EOF", "'EOF'") + "\n" + g.pick("a $v", "$(echo h) \\$x", "`echo b`", "plain") + "\nEOF")
	case 10:
		return fzText("eval " + "'" + g.pick("echo ev $v", "v=evald", "set -- e f") + "'")
	case 11:
		return fzText("set " + g.pick("-e", "+e", "-u", "+u", "-f", "+f", "-o pipefail"))
	default:
		return fzText(g.simple())
	}
}

// fzProgram makes a program: a few statements and their final status.
func fzProgram(r *rand.Rand) *fzNode {
	g := &fzGen{r: r}
	n := &fzNode{parts: []fzPart{{text: "v=a; w='b c'; arr=(x 'y z'); echo data >f\n"}, {list: g.list(2 + r.Intn(5)), isL: true}}}
	return n
}

// fzMinimize takes statements out of prog while the shells still differ.
func fzMinimize(prog *fzNode, differs func(string) bool) string {
	for changed := true; changed; {
		changed = false
		var lists []*fzPart
		var walk func(n *fzNode)
		walk = func(n *fzNode) {
			for i := range n.parts {
				if n.parts[i].isL {
					lists = append(lists, &n.parts[i])
					for _, c := range n.parts[i].list {
						walk(c)
					}
				}
			}
		}
		walk(prog)
		for _, l := range lists {
			for i := 0; i < len(l.list); i++ {
				saved := l.list
				l.list = append(append([]*fzNode(nil), saved[:i]...), saved[i+1:]...)
				if differs(prog.String()) {
					changed = true
					i--
					continue
				}
				l.list = saved
			}
		}
	}
	return prog.String()
}

// fzLimit is each run's time limit.
const fzLimit = 3 * time.Second

// fzRun runs a program as the fuzzer does: under -c, in a fresh
// directory, "line one" on standard input.
func fzRun(t *testing.T, bin, prog string) confRun {
	r, err := runConf(bin, []string{"-c", prog}, "line one\n", func(d string) []string { return confEnv(d) }, nil, fzLimit)
	if err != nil {
		t.Fatal(err)
	}
	if bin == bashBin {
		// runConf renames bash in messages at the start of a line; a
		// program's output without a newline puts one mid-line.
		r.Out = fzBashName.ReplaceAllString(r.Out, "jobsh: $1")
	}
	return r
}

var fzBashName = regexp.MustCompile(`bash: (-c: line \d+: |line \d+: )`)

// fzDiffers says whether jobsh and bash differ on prog, bash being
// deterministic there (it gave the same twice and did not time out).
// Messages are compared whole, "line N:" included: jobsh names the line
// under -c as bash does.
func fzDiffers(t *testing.T, prog string) bool {
	b := fzRun(t, bashBin, prog)
	if b.TimedOut || b != fzRun(t, bashBin, prog) {
		return false
	}
	j := fzRun(t, jobshBin, prog)
	return j != b && !fzOrderOnly(prog, j, b)
}

// fzOrderOnly: the outputs hold the same lines in another order, and the
// program has a pipeline, whose stages write at the same time: which
// comes first is the scheduler's choice, in bash as in jobsh.
func fzOrderOnly(prog string, j, b confRun) bool {
	if j.Status != b.Status || j.TimedOut != b.TimedOut || !strings.Contains(prog, "|") {
		return false
	}
	jl, bl := strings.Split(j.Out, "\n"), strings.Split(b.Out, "\n")
	sort.Strings(jl)
	sort.Strings(bl)
	return strings.Join(jl, "\n") == strings.Join(bl, "\n")
}

func TestFuzzDiff(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("JOBSH_FUZZDIFF"))
	if n <= 0 {
		t.Skip("set JOBSH_FUZZDIFF=N to run N random programs on jobsh and bash")
	}
	if bashBin == "" {
		t.Skip("bash is not installed")
	}
	seed := int64(1)
	if s := os.Getenv("JOBSH_FUZZDIFF_SEED"); s != "" {
		seed, _ = strconv.ParseInt(s, 10, 64)
	}
	run := func(bin, prog string) confRun { return fzRun(t, bin, prog) }
	differs := func(prog string) bool { return fzDiffers(t, prog) }
	found := map[string]bool{}
	seen := map[string]int{} // differences by signature
	var diffs []string
	for i := 0; i < n; i++ {
		r := rand.New(rand.NewSource(seed*1000003 + int64(i)))
		prog := fzProgram(r)
		if !differs(prog.String()) {
			continue
		}
		min := fzMinimize(prog, differs)
		j, b := run(jobshBin, min), run(bashBin, min)
		sig := fzSignature(min, j.text(), b.text())
		if seen[sig]++; found[min] || seen[sig] > 1 {
			continue
		}
		found[min] = true
		report := fmt.Sprintf("seed %d program %d, minimized:\n%s\njobsh: %q\nbash:  %q", seed, i, min, j.text(), b.text())
		t.Log(report)
		diffs = append(diffs, fmt.Sprintf("### fuzzdiff seed %d program %d\n# jobsh: %q\n# bash:  %q\n%s\n", seed, i, j.text(), b.text(), min))
	}
	sort.Strings(diffs)
	total := 0
	for _, c := range seen {
		total += c
	}
	t.Logf("fuzzdiff: %d programs, %d differences, %d kinds (one program shown for each)", n, total, len(diffs))
	if path := os.Getenv("JOBSH_FUZZDIFF_OUT"); path != "" && len(diffs) > 0 {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, d := range diffs {
			fmt.Fprintln(f, d)
		}
	}
}

// fzMessageWords are the words of the shells' messages, kept when a
// signature masks the words that come from the program.
var fzMessageWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("jobsh bash line c syntax error near unexpected token test printf read " +
		"invalid number option too many arguments binary unary operator expected command not found unbound " +
		"variable exit status in expression operand conditional must be followed by an valid arithmetic " +
		"readonly bad array subscript warning trap eval echo case esac if then fi for do done while") {
		fzMessageWords[w] = true
	}
}

var fzWord = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*|[0-9]+`)

// fzSignature groups differences of one kind: the first line where the
// two shells' outputs differ, with the program's own words and all
// numbers masked.
func fzSignature(prog, j, b string) string {
	jl, bl := strings.Split(j, "\n"), strings.Split(b, "\n")
	i := 0
	for i < len(jl) && i < len(bl) && jl[i] == bl[i] {
		i++
	}
	line := func(ls []string) string {
		if i >= len(ls) {
			return "<end>"
		}
		return fzWord.ReplaceAllStringFunc(ls[i], func(w string) string {
			if fzMessageWords[w] {
				return w
			}
			if w[0] >= '0' && w[0] <= '9' {
				return "N"
			}
			if strings.Contains(prog, w) {
				return "W"
			}
			return w
		})
	}
	return line(jl) + "\x00" + line(bl)
}

// fuzzKnownFile lists, by name, the regression cases of testdata/fuzzdiff
// where jobsh still differs from bash (classified in failures.md).
const fuzzKnownFile = "conformance/fuzzdiff-known.txt"

// readFuzzCases reads testdata/fuzzdiff/*.sh: "### name" cases, each a
// minimized program, with both shells' output then as comments.
func readFuzzCases(t *testing.T) []langCase {
	cases := readCases(t, "testdata/fuzzdiff/*.sh", true)
	for i, c := range cases {
		var prog []string
		for _, line := range strings.Split(c.Script, "\n") {
			if !strings.HasPrefix(line, "# jobsh: ") && !strings.HasPrefix(line, "# bash:  ") {
				prog = append(prog, line)
			}
		}
		cases[i].Script = strings.TrimSpace(strings.Join(prog, "\n"))
	}
	return cases
}

// TestFuzzDiffCases runs the fuzzer's minimized differences on jobsh and
// bash: each must agree, be listed in conformance/fuzzdiff-known.txt (not
// fixed yet), or be accepted in differences.md ("- case \"fuzzdiff:
// NAME\": reason"). A plain go test runs a seeded sample of 40;
// JOBSH_FUZZDIFF_CASES=all runs them all, and with JOBSH_FUZZDIFF_UPDATE=1
// rewrites the known list from what still differs.
func TestFuzzDiffCases(t *testing.T) {
	if bashBin == "" {
		t.Skip("bash is not installed")
	}
	all := os.Getenv("JOBSH_FUZZDIFF_CASES") == "all"
	if !all && testing.Short() {
		t.Skip("short")
	}
	update := all && os.Getenv("JOBSH_FUZZDIFF_UPDATE") != ""
	known := readKnownFile(t, fuzzKnownFile)
	accepted := readAccepted(t)
	cases := readFuzzCases(t)
	if !all {
		shuffleSeeded(len(cases), func(i, j int) { cases[i], cases[j] = cases[j], cases[i] })
		cases = cases[:min(40, len(cases))]
	}
	var mu sync.Mutex
	var still []string
	t.Run("cases", func(t *testing.T) {
		for _, c := range cases {
			c := c
			t.Run(c.Name, func(t *testing.T) {
				t.Parallel()
				if !fzDiffers(t, c.Script) {
					if known[c.Name] {
						t.Logf("agrees with bash now: take it out of %s", fuzzKnownFile)
					}
					return
				}
				if reason, ok := accepted["fuzzdiff: "+c.Name]; ok {
					t.Logf("accepted: %s", reason)
					return
				}
				mu.Lock()
				still = append(still, c.Name)
				mu.Unlock()
				if !known[c.Name] && !update {
					t.Errorf("differs from bash, and is not in %s:\n%s\njobsh: %q\nbash:  %q", fuzzKnownFile, c.Script,
						fzRun(t, jobshBin, c.Script).text(), fzRun(t, bashBin, c.Script).text())
				}
			})
		}
	})
	t.Logf("fuzzdiff cases: %d run, %d still differ", len(cases), len(still))
	if update {
		sort.Strings(still)
		var b strings.Builder
		b.WriteString("# Regression cases of tests/testdata/fuzzdiff where jobsh still differs from bash,\n")
		b.WriteString("# classified in failures.md; a few differ only on some runs (pipelines whose stages\n")
		b.WriteString("# race: five runs' union is kept). Written by JOBSH_FUZZDIFF_CASES=all\n")
		b.WriteString("# JOBSH_FUZZDIFF_UPDATE=1 go test ./tests -run TestFuzzDiffCases; a fix takes lines out.\n")
		for _, n := range still {
			fmt.Fprintf(&b, "%q\n", n)
		}
		if err := os.WriteFile(fuzzKnownFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFuzzDiffSeeded runs the first programs of a fixed seed (60, or
// JOBSH_FUZZDIFF_SEEDED=N) and minimizes each difference: its kind (the
// signature the fuzzer groups by) must be one of the recorded cases' that
// still differ or are accepted, so that a change bringing a new kind of
// difference fails here with the program to record.
func TestFuzzDiffSeeded(t *testing.T) {
	if bashBin == "" {
		t.Skip("bash is not installed")
	}
	if testing.Short() {
		t.Skip("short")
	}
	n := 60
	if s, err := strconv.Atoi(os.Getenv("JOBSH_FUZZDIFF_SEEDED")); err == nil {
		n = s
	}
	known := readKnownFile(t, fuzzKnownFile)
	accepted := readAccepted(t)
	kinds := map[string]bool{}
	for _, c := range readFuzzCases(t) {
		_, acc := accepted["fuzzdiff: "+c.Name]
		if known[c.Name] || acc {
			// The kind as the case's recorded output shows it.
			j, b := fzRecorded(t, c.Name)
			kinds[fzSignature(c.Script, j, b)] = true
		}
	}
	const seed = 7
	for i := 0; i < n; i++ {
		prog := fzProgram(rand.New(rand.NewSource(seed*1000003 + int64(i))))
		if !fzDiffers(t, prog.String()) {
			continue
		}
		min := fzMinimize(prog, func(p string) bool { return fzDiffers(t, p) })
		j, b := fzRun(t, jobshBin, min).text(), fzRun(t, bashBin, min).text()
		if !kinds[fzSignature(min, j, b)] {
			t.Errorf("seed %d program %d: a new kind of difference; record it in testdata/fuzzdiff:\n%s\njobsh: %q\nbash:  %q", seed, i, min, j, b)
		}
	}
}

// fzRecorded is a recorded case's output of both shells, from its
// "# jobsh:" and "# bash:" lines.
func fzRecorded(t *testing.T, name string) (j, b string) {
	files, _ := filepath.Glob("testdata/fuzzdiff/*.sh")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		_, rest, ok := strings.Cut(string(data), "\n### "+name+"\n")
		if !ok {
			continue
		}
		for _, line := range strings.Split(rest, "\n") {
			if q, ok := strings.CutPrefix(line, "# jobsh: "); ok {
				j, _ = strconv.Unquote(q)
			} else if q, ok := strings.CutPrefix(line, "# bash:  "); ok {
				b, _ = strconv.Unquote(q)
				return j, b
			}
		}
	}
	t.Fatalf("no recorded output for %s", name)
	return "", ""
}
