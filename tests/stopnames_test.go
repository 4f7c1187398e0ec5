package tests

import (
	"regexp"
	"strings"
	"testing"
)

// jobs -l names what stopped a job as bash does (strsignal's text), while
// jobs says plain "Stopped" (checked on bash 5.2 with set -m:
// "[1]+ 4242 Stopped (tty input)     sleep 100" against
// "[1]+  Stopped                 sleep 100").
func TestStopSignalNames(t *testing.T) {
	s := startJobsh(t)
	pid := regexp.MustCompile(`^\[1\]\+ +\d+ `)
	for _, c := range []struct{ sig, long string }{
		{"TTIN", "Stopped (tty input)     "},
		{"TTOU", "Stopped (tty output)    "},
		{"STOP", "Stopped (signal)        "},
		{"TSTP", "Stopped                 "},
	} {
		run(t, s, "sleep 100 &")
		// The notice before the next prompt says plain "Stopped" after an
		// empty line, as bash 5.2 prints it in a pty:
		// "$ kill -TTIN $!; sleep 0.3\r\n\r\n[1]+  Stopped                 sleep 100\r\n$ ".
		if out := run(t, s, "kill -"+c.sig+" $!; sleep 0.3"); out != "\n[1]+  Stopped                 sleep 100\n" {
			t.Errorf("%s: notice: %q", c.sig, out)
		}
		if out := run(t, s, "jobs"); out != "[1]+  Stopped                 sleep 100\n" {
			t.Errorf("%s: jobs: %q", c.sig, out)
		}
		out := run(t, s, "jobs -l")
		if !pid.MatchString(out) || !strings.HasSuffix(out, " "+c.long+"sleep 100\n") {
			t.Errorf("%s: jobs -l: %q, want %q", c.sig, out, c.long)
		}
		run(t, s, "kill -9 %1; sleep 0.3")
		run(t, s, "jobs") // the notice of its end, so that the next is job 1
	}
}
