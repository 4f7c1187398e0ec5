package shell

import (
	"fmt"
	"strings"
	"time"

	"jobsh/jobs"

	"golang.org/x/sys/unix"
	"mvdan.cc/sh/v3/syntax"
)

// The time keyword, TIMEFORMAT, and the times builtin.

// timeClause runs `time pipeline` and prints bash's report: the real
// time, and the user and system times of the shell itself and of the
// children it waited for (getrusage, which sums what wait4 returned).
func (sh *Shell) timeClause(tc *syntax.TimeClause) error {
	selfBefore, childBefore := usage(unix.RUSAGE_SELF), usage(unix.RUSAGE_CHILDREN)
	start := time.Now()
	var err error
	if tc.Stmt != nil {
		// The timed programs start through the exec trampoline, so that
		// %M is their own peak memory, not the shell's.
		own := sh.ctl.OwnRSS
		sh.ctl.OwnRSS = true
		err = sh.stmt(tc.Stmt)
		sh.ctl.OwnRSS = own
	}
	real := time.Since(start)
	selfAfter, childAfter := usage(unix.RUSAGE_SELF), usage(unix.RUSAGE_CHILDREN)
	user := selfAfter[0] - selfBefore[0] + childAfter[0] - childBefore[0]
	sys := selfAfter[1] - selfBefore[1] + childAfter[1] - childBefore[1]
	format := "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS"
	if v := sh.Get("TIMEFORMAT"); v.IsSet() {
		format = v.String()
	}
	if tc.PosixFormat {
		format = "real %2R\nuser %2U\nsys %2S"
	}
	var job jobs.Rusage
	if sh.lastFg != nil && !sh.lastFg.Started.Before(start) {
		for _, p := range sh.lastFg.Procs {
			job.MaxRSSKiB = max(job.MaxRSSKiB, p.Rusage.MaxRSSKiB)
			job.MajorFaults += p.Rusage.MajorFaults
			job.MinorFaults += p.Rusage.MinorFaults
		}
	}
	fmt.Fprintln(sh.stderr(), timeFormat(format, real, user, sys, job))
	return err
}

// usage is getrusage's user and system times.
func usage(who int) [2]time.Duration {
	var ru unix.Rusage
	unix.Getrusage(who, &ru)
	return [2]time.Duration{jobs.Duration(ru.Utime), jobs.Duration(ru.Stime)}
}

func builtinTimes(sh *Shell, args []string) (int, error) {
	self, children := usage(unix.RUSAGE_SELF), usage(unix.RUSAGE_CHILDREN)
	f := func(d time.Duration) string { return timeFormat("%3lU", 0, d, 0, jobs.Rusage{}) }
	return sh.write("times", fmt.Sprintf("%s %s\n%s %s\n", f(self[0]), f(self[1]), f(children[0]), f(children[1])))
}

// timeFormat expands bash's TIMEFORMAT escapes: %[p][l]R, U, S, %P, %%;
// and jobsh's, from the timed job's processes' rusage: %M the largest
// maximum resident set size in KiB, %F the major and %f the minor page
// faults.
func timeFormat(format string, real, user, sys time.Duration, job jobs.Rusage) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		prec, long := 3, false
		if format[i] >= '0' && format[i] <= '9' {
			prec = int(format[i] - '0')
			if prec > 3 {
				prec = 3
			}
			i++
		}
		if i < len(format) && format[i] == 'l' {
			long = true
			i++
		}
		if i >= len(format) {
			break
		}
		var d time.Duration
		switch format[i] {
		case '%':
			b.WriteByte('%')
			continue
		case 'M':
			fmt.Fprintf(&b, "%d", job.MaxRSSKiB)
			continue
		case 'F':
			fmt.Fprintf(&b, "%d", job.MajorFaults)
			continue
		case 'f':
			fmt.Fprintf(&b, "%d", job.MinorFaults)
			continue
		case 'P':
			pct := 0.0
			if real > 0 {
				pct = float64(user+sys) / float64(real) * 100
			}
			fmt.Fprintf(&b, "%.2f", pct)
			continue
		case 'R':
			d = real
		case 'U':
			d = user
		case 'S':
			d = sys
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
			continue
		}
		secs := d.Seconds()
		if long {
			m := int(secs / 60)
			fmt.Fprintf(&b, "%dm%.*fs", m, prec, truncate(secs-float64(m*60), prec))
		} else {
			fmt.Fprintf(&b, "%.*f", prec, truncate(secs, prec))
		}
	}
	return b.String()
}

// truncate drops digits past prec, as bash does, instead of rounding.
func truncate(x float64, prec int) float64 {
	p := 1.0
	for i := 0; i < prec; i++ {
		p *= 10
	}
	return float64(int64(x*p)) / p
}

// Indexed arrays may be sparse (a[5]=x on a three-element array): then
// Indexes holds each element's index, as the expand package expects.
