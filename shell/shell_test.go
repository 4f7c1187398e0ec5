package shell

import (
	"testing"
	"time"

	"jobsh/jobs"
)

func TestTimeFormat(t *testing.T) {
	real, user, sys := 1312*time.Millisecond, 61500*time.Millisecond, 4*time.Millisecond
	for _, c := range []struct{ format, want string }{
		{"\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS", "\nreal\t0m1.312s\nuser\t1m1.500s\nsys\t0m0.004s"},
		{"%R %U %S", "1.312 61.500 0.004"},
		{"%2R %0U", "1.31 61"},
		{"%P%%", "4687.80%"},
		{"%M KiB %F %f", "1892 KiB 2 78"},
	} {
		ru := jobs.Rusage{MaxRSSKiB: 1892, MajorFaults: 2, MinorFaults: 78}
		if got := timeFormat(c.format, real, user, sys, ru); got != c.want {
			t.Errorf("%q: got %q, want %q", c.format, got, c.want)
		}
	}
}

func TestPrompt(t *testing.T) {
	sh := New()
	sh.cwd = "/home/u/src/jobsh"
	sh.setVar("HOME", "/home/u", false)
	sh.setVar("X", "ex", false)
	for _, c := range []struct{ ps, want string }{
		{`\w \W $X\$ `, "~/src/jobsh jobsh ex"},
		{`[\j] \s> `, "[0] jobsh> "},
		{`\[\e[1m\]a\[\e[0m\]`, "\x1b[1ma\x1b[0m"},
	} {
		got := sh.expandPrompt(c.ps, 1)
		if c.ps == `\w \W $X\$ ` {
			got = got[:len(got)-2] // \$ depends on the user
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.ps, got, c.want)
		}
	}
}
