package jobs

import (
	"fmt"
	"strings"
)

// Format selects one of the layouts bash's print_pipeline has.
type Format int

const (
	FormatStandard Format = iota // jobs:    [1]+  Stopped                 sleep 100 | cat
	FormatLong                   // jobs -l: [1]+  8991 Stopped ...\n      8992   | cat
	FormatPids                   // jobs -p: only the group leader's pid
	// FormatPOSIX is FormatStandard with a stopped job's state naming its
	// stop signal, "Stopped(SIGTSTP)", as POSIX's jobs asks ("Stopped
	// (SIGSTOP)" ...) in the form bash's posix mode writes.
	FormatPOSIX
)

// longestSignalDesc is the width bash pads the state column to
// (LONGEST_SIGNAL_DESC in jobs.c).
const longestSignalDesc = 24

// Line formats a job the way bash's pretty_print_job does. cwd is the
// shell's working directory: a job started elsewhere gets "(wd: DIR)".
// home shortens that directory to ~ as bash's polite_directory_format does.
func (t *Table) Line(j *Job, f Format, cwd, home string) string {
	if f == FormatPids {
		pid := j.Pgid
		if pid == 0 && len(j.Procs) > 0 {
			pid = j.Procs[0].Pid
		}
		return fmt.Sprintf("%d\n", pid)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "[%d]%c ", j.ID, t.Mark(j))
	if len(j.Procs) == 0 {
		fmt.Fprintf(&b, " %-*s%s\n", longestSignalDesc, StatusText(j, nil), j.Text)
		return b.String()
	}
	procs := j.Procs
	if j.InShell && f != FormatLong {
		// The processes are not the whole pipeline: its text, with
		// the last process's state.
		p := *procs[len(procs)-1]
		p.Command = j.Text
		procs = []*Process{&p}
	}
	last := len(procs) - 1
	first := procs[0]
	for i, p := range procs {
		if i > 0 {
			if f == FormatLong {
				b.WriteString("     ")
			} else {
				b.WriteString(" |")
			}
		}
		if f == FormatLong {
			fmt.Fprintf(&b, "%5d", p.Pid)
		}
		b.WriteByte(' ')
		show := procs[last]
		if f == FormatLong {
			show = p
		}
		text, printIt := StatusText(j, show), true
		switch {
		case f == FormatLong:
			text = longStatusText(j, show)
		case f == FormatPOSIX && j.State() == Stopped && show.Status.Stopped():
			text = "Stopped(" + SignalName(show.Status.StopSignal()) + ")"
		}
		if i > 0 {
			if f == FormatLong {
				if show.Running() == first.Running() && show.Status == first.Status {
					text = ""
				}
			} else {
				printIt = false
			}
		}
		if printIt {
			b.WriteString(text)
			n := len(text)
			if n == 0 {
				n = 2 // strlen("| ")
			}
			b.WriteString(strings.Repeat(" ", max(longestSignalDesc-n, 0)))
			if !show.Status.Stopped() && !show.Status.Continued() && show.Status.CoreDumped() {
				b.WriteString("(core dumped) ")
			}
		}
		if i > 0 && f == FormatLong {
			b.WriteString("| ")
		}
		b.WriteString(p.Command)
		if i == last {
			if j.State() == Running && !j.Foreground {
				b.WriteString(" &")
			}
			if j.Dir != "" && cwd != "" && j.Dir != cwd {
				fmt.Fprintf(&b, "  (wd: %s)", PoliteDir(j.Dir, home))
			}
		}
		if f == FormatLong || i == last {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// PoliteDir shortens a directory under home to ~/..., as bash's
// polite_directory_format does for jobs and for \w in prompts.
func PoliteDir(dir, home string) string {
	if home != "" && home != "/" && (dir == home || strings.HasPrefix(dir, home+"/")) {
		return "~" + dir[len(home):]
	}
	return dir
}

// longStatusText is a process's state for jobs -l. bash's
// printable_job_status says plain "Stopped" in the standard format (jobs,
// and the notice when a job stops) but names the stop signal as strsignal
// does in the long one: "Stopped (tty input)" for SIGTTIN, "Stopped (tty
// output)" for SIGTTOU, "Stopped (signal)" for SIGSTOP, "Stopped" for
// SIGTSTP. A process of a stopped job that has ended tells how it ended.
func longStatusText(j *Job, p *Process) string {
	if j.State() != Stopped || p == nil {
		return StatusText(j, p)
	}
	if p.Status.Stopped() {
		return Describe(p.Status.StopSignal())
	}
	if text := endedText(p.Status); text != "" {
		return text
	}
	return "Stopped"
}
