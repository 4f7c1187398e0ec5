package tests

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Seeded random programs run as script files on jobsh and on bash, whose
// output (standard error folded in, line numbers masked) must agree line
// for line. They cover what the hand-written cases can only sample:
// printf's flags, widths, precisions and conversions against awkward
// arguments, and long sequences of pushd, popd, dirs and cd.

var scriptLine = regexp.MustCompile(`(?m)^[^\n]*?script\.sh: line \d+: `)

func differential(t *testing.T, script string) {
	t.Helper()
	if bashBin == "" {
		t.Skip("bash is not installed")
	}
	dir := t.TempDir()
	for _, d := range []string{"a", "b", "c"} {
		os.Mkdir(filepath.Join(dir, d), 0o755)
	}
	file := filepath.Join(dir, "script.sh")
	if err := os.WriteFile(file, []byte("exec 2>&1\n"+script), 0o644); err != nil {
		t.Fatal(err)
	}
	want := runIn(t, dir, "", 60*time.Second, bashBin, file)
	got := runIn(t, dir, "", 60*time.Second, jobshBin, file)
	w := strings.Split(scriptLine.ReplaceAllString(want.stdout, ""), "\n")
	g := strings.Split(scriptLine.ReplaceAllString(got.stdout, ""), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			lo := max(i-4, 0)
			t.Fatalf("line %d differs\njobsh: %q\nbash:  %q\nbash's lines before it:\n%s",
				i+1, gl, wl, strings.Join(w[lo:i], "\n"))
		}
	}
	if got.status != want.status {
		t.Errorf("status: jobsh %d, bash %d", got.status, want.status)
	}
}

func shQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func TestPrintfDifferential(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	flags := []string{"", "-", "+", " ", "0", "#", "'", "-0", "+0", "#0", "- ", "+ #"}
	widths := []string{"", "1", "5", "12", "*"}
	precs := []string{"", ".", ".0", ".1", ".3", ".10", ".*"}
	convs := "diouxXcsbqQfFeEgGaA"
	args := []string{"0", "1", "-1", "42", "-42", "3.14159", "-2.5", "0.000123", "123456789", "1e10",
		"abc", "'A", "0x1F", "010", "", "9223372036854775807", "-9223372036854775808",
		"18446744073709551615", "99999999999999999999", "1.5e-7", "inf", "-nan", "0.5", "1e100",
		"255", " 7", "hello world", `a\tb`, `\c`, "1e-5", "0.1", "2.5", "99.995", "0x1p-3", "12abc",
		"08", "-0", `\x41\101\u00e9`, "~x", "a'b\"c"}
	var b strings.Builder
	for i := 0; i < 1500; i++ {
		f := "%" + flags[rng.Intn(len(flags))] + widths[rng.Intn(len(widths))] +
			precs[rng.Intn(len(precs))] + string(convs[rng.Intn(len(convs))])
		var a []string
		for range strings.Count(f, "*") {
			a = append(a, []string{"3", "-4", "0", "12"}[rng.Intn(4)])
		}
		more := rng.Intn(3) + 1
		if len(a) > 0 {
			more = 1 // a second pass would take a width from any argument
		}
		for range more {
			a = append(a, shQuote(args[rng.Intn(len(args))]))
		}
		fmt.Fprintf(&b, "printf %s %s; echo \" [$?] #%d\"\n", shQuote("<"+f+">"), strings.Join(a, " "), i)
	}
	differential(t, "export LC_ALL=C TZ=UTC0\n"+b.String())
}

func TestDirStackDifferential(t *testing.T) {
	cmds := []string{"pushd a", "pushd b", "pushd ../c", "pushd", "popd", "dirs", "dirs -v",
		"dirs -lp", "pushd -n a", "pushd -n /nope", "pushd /nope", "pushd -", "popd -n",
		"cd \"$top\"", "cd ..", "echo ~1 ~-1 ~+2 ~0 ~-2", "DIRSTACK[1]=/tmp", "echo ${DIRSTACK[@]}"}
	for n := range 4 {
		for _, f := range []string{"pushd +%d", "pushd -%d", "popd +%d", "popd -%d", "dirs +%d",
			"dirs -%d", "popd -n +%d", "pushd -n +%d", "popd -n -%d", "pushd -n -%d"} {
			cmds = append(cmds, fmt.Sprintf(f, n))
		}
	}
	for seed := int64(1); seed <= 3; seed++ {
		rng := rand.New(rand.NewSource(seed))
		var b strings.Builder
		b.WriteString("top=$PWD; HOME=$top/b\n")
		for range 500 {
			c := cmds[rng.Intn(len(cmds))]
			fmt.Fprintf(&b, "echo %s; %s; echo \"[$?] ${PWD#$top} ${OLDPWD#$top}\"\n", shQuote("> "+c), c)
			if rng.Intn(40) == 0 {
				b.WriteString("dirs -c; cd \"$top\"\n")
			}
		}
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			differential(t, b.String())
		})
	}
}
