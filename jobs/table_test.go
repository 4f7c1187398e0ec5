package jobs

import (
	"errors"
	"strings"
	"syscall"
	"testing"
)

// newJob enters a job of the given pids as bash would for `cmd &` (bg) or
// a foreground command.
func newJob(t *Table, text string, fg bool, pids ...int) *Job {
	j := &Job{Text: text, Foreground: fg, Pgid: pids[0]}
	t.Add(j)
	for _, pid := range pids {
		t.AddProcess(j, &Process{Pid: pid, Command: text})
	}
	if !fg {
		t.SetCurrent(j)
	}
	return j
}

func TestStateMachine(t *testing.T) {
	tab := NewTable()
	j := newJob(tab, "sleep 100 | cat", true, 10, 11)
	steps := []struct {
		pid     int
		st      Status
		want    State
		changed bool
	}{
		{10, StoppedStatus(syscall.SIGTSTP), Running, false}, // cat still runs
		{11, StoppedStatus(syscall.SIGTSTP), Stopped, false}, // foreground: no notice
		{10, ContinuedStatus, Running, false},
		{11, ContinuedStatus, Running, false},
		{10, SignaledStatus(syscall.SIGINT, false), Running, false},
		{11, ExitedStatus(0), Done, false},
	}
	for i, s := range steps {
		if got := tab.Update(s.pid, s.st, nil); got != j {
			t.Fatalf("step %d: Update returned %v", i, got)
		}
		if j.State() != s.want || j.Changed != s.changed {
			t.Fatalf("step %d: state %v changed %v, want %v %v", i, j.State(), j.Changed, s.want, s.changed)
		}
	}
	if tab.Update(99, ExitedStatus(0), nil) != nil {
		t.Fatal("an unknown pid must not match a job")
	}
}

func TestBackgroundChangeIsNotified(t *testing.T) {
	tab := NewTable()
	j := newJob(tab, "sleep 1", false, 20)
	tab.Update(20, StoppedStatus(syscall.SIGTTIN), nil)
	if j.State() != Stopped || !j.Changed {
		t.Fatalf("stopped background job: state %v changed %v", j.State(), j.Changed)
	}
	tab.Update(20, ContinuedStatus, nil)
	if j.State() != Running || j.Changed {
		t.Fatalf("continued job: state %v changed %v", j.State(), j.Changed)
	}
	tab.Update(20, ExitedStatus(3), nil)
	if j.State() != Done || !j.Changed || StatusText(j, j.Last()) != "Exit 3" {
		t.Fatalf("ended job: state %v changed %v text %q", j.State(), j.Changed, StatusText(j, j.Last()))
	}
}

func TestMarks(t *testing.T) {
	tab := NewTable()
	j1 := newJob(tab, "sleep 101", false, 1)
	j2 := newJob(tab, "sleep 102", false, 2)
	j3 := newJob(tab, "sleep 103", false, 3)
	marks := func() string { return string([]byte{tab.Mark(j1), tab.Mark(j2), tab.Mark(j3)}) }
	if m := marks(); m != " -+" {
		t.Fatalf("three running jobs: %q", m)
	}
	tab.Update(1, StoppedStatus(syscall.SIGTSTP), nil) // a stopped job becomes current
	if m := marks(); m != "+ -" {
		t.Fatalf("after job 1 stops: %q", m)
	}
	tab.Update(3, ExitedStatus(0), nil)
	tab.Remove(j3)
	if tab.Mark(j1) != '+' || tab.Mark(j2) != '-' {
		t.Fatalf("after job 3 is removed: %c%c", tab.Mark(j1), tab.Mark(j2))
	}
	j4 := newJob(tab, "sleep 104", false, 4)
	if tab.Mark(j4) != '+' || tab.Mark(j1) != '-' {
		t.Fatalf("a new background job is current, the stopped one previous: %c %c", tab.Mark(j4), tab.Mark(j1))
	}
	if j4.ID != 3 {
		t.Fatalf("the next job number after 1 and 2 is 3, got %d", j4.ID)
	}
}

func TestFind(t *testing.T) {
	tab := NewTable()
	newJob(tab, "sleep 100", false, 1)
	newJob(tab, "vim notes", false, 2)
	newJob(tab, "sleep 200", false, 3)
	for _, c := range []struct {
		spec string
		id   int
		err  error
	}{
		{"%1", 1, nil}, {"%%", 3, nil}, {"%+", 3, nil}, {"%", 3, nil}, {"%-", 2, nil},
		{"%vim", 2, nil}, {"%?notes", 2, nil}, {"%?200", 3, nil},
		{"%sleep", 0, ErrAmbiguous}, {"%9", 0, ErrNoSuchJob}, {"%nothing", 0, ErrNoSuchJob},
		{"1", 0, ErrNoSuchJob},
	} {
		j, err := tab.Find(c.spec)
		if c.err != nil {
			if !errors.Is(err, c.err) {
				t.Errorf("%s: error %v, want %v", c.spec, err, c.err)
			}
			continue
		}
		if err != nil || j.ID != c.id {
			t.Errorf("%s: got %v %v, want job %d", c.spec, j, err, c.id)
		}
	}
}

func TestLineFormats(t *testing.T) {
	tab := NewTable()
	j := newJob(tab, "sleep 100 | cat", false, 8991, 8992)
	j.Procs[0].Command, j.Procs[1].Command = "sleep 100", "cat"
	tab.Update(8991, StoppedStatus(syscall.SIGTSTP), nil)
	tab.Update(8992, StoppedStatus(syscall.SIGTSTP), nil)
	if got, want := tab.Line(j, FormatStandard, "", ""), "[1]+  Stopped                 sleep 100 | cat\n"; got != want {
		t.Errorf("standard:\n%q\nwant\n%q", got, want)
	}
	want := "[1]+  8991 Stopped                 sleep 100\n      8992                       | cat\n"
	if got := tab.Line(j, FormatLong, "", ""); got != want {
		t.Errorf("long:\n%q\nwant\n%q", got, want)
	}
	j.Dir = "/home/u/src"
	if got, want := tab.Line(j, FormatStandard, "/tmp", "/home/u"), "[1]+  Stopped                 sleep 100 | cat  (wd: ~/src)\n"; got != want {
		t.Errorf("with wd:\n%q\nwant\n%q", got, want)
	}
	// A pipeline whose first stage ran in the shell (history | less):
	// its text, not its one process's.
	h := newJob(tab, "history | less", false, 8995)
	h.Procs[0].Command, h.InShell = "less", true
	tab.Update(8995, StoppedStatus(syscall.SIGTSTP), nil)
	if got, want := tab.Line(h, FormatStandard, "", ""), "[2]+  Stopped                 history | less\n"; got != want {
		t.Errorf("in the shell:\n%q\nwant\n%q", got, want)
	}
	tab.Remove(h)
	k := newJob(tab, "./crash", false, 9000)
	tab.Update(9000, SignaledStatus(syscall.SIGSEGV, true), nil)
	if got, want := tab.Line(k, FormatStandard, "", ""), "[2]+  Segmentation fault      (core dumped) ./crash\n"; got != want {
		t.Errorf("core dump:\n%q\nwant\n%q", got, want)
	}
}

// bash's jobs and the stop notice say "Stopped" whatever stopped the job;
// jobs -l names the signal, as strsignal does: the tty input and output
// stops, SIGSTOP's "Stopped (signal)", and plain "Stopped" for SIGTSTP.
func TestStopSignalTexts(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		long string
	}{
		{syscall.SIGTTIN, "Stopped (tty input)"},
		{syscall.SIGTTOU, "Stopped (tty output)"},
		{syscall.SIGSTOP, "Stopped (signal)"},
		{syscall.SIGTSTP, "Stopped"},
	} {
		tab := NewTable()
		j := newJob(tab, "sleep 100 | cat", false, 8991, 8992)
		j.Procs[0].Command, j.Procs[1].Command = "sleep 100", "cat"
		tab.Update(8991, StoppedStatus(c.sig), nil)
		tab.Update(8992, StoppedStatus(syscall.SIGTSTP), nil)
		if got, want := tab.Line(j, FormatStandard, "", ""), "[1]+  Stopped                 sleep 100 | cat\n"; got != want {
			t.Errorf("%v standard:\n%q\nwant\n%q", c.sig, got, want)
		}
		second := "Stopped                 "
		if c.sig == syscall.SIGTSTP {
			second = "                       "
		}
		want := "[1]+  8991 " + c.long + strings.Repeat(" ", 24-len(c.long)) + "sleep 100\n      8992 " + second + "| cat\n"
		if c.sig == syscall.SIGTSTP {
			want = "[1]+  8991 Stopped                 sleep 100\n      8992                       | cat\n"
		}
		if got := tab.Line(j, FormatLong, "", ""); got != want {
			t.Errorf("%v long:\n%q\nwant\n%q", c.sig, got, want)
		}
	}
}

// A background job that ended and left the table keeps its processes'
// statuses, as bash's bgpids list does, for wait PID; a foreground job's
// are not kept; wait without operands forgets them all.
func TestReapedStatuses(t *testing.T) {
	tab := NewTable()
	bg := newJob(tab, "false | true", false, 30, 31)
	fg := newJob(tab, "true", true, 40)
	tab.Update(30, ExitedStatus(1), nil)
	tab.Update(31, SignaledStatus(syscall.SIGKILL, false), nil)
	tab.Update(40, ExitedStatus(0), nil)
	if _, ok := tab.ReapedStatus(30); ok {
		t.Fatal("a job still in the table has no kept status")
	}
	tab.Remove(bg)
	tab.Remove(fg)
	if s, ok := tab.ReapedStatus(30); !ok || s.ShellCode() != 1 {
		t.Errorf("pid 30: %v %v", s, ok)
	}
	if s, ok := tab.ReapedStatus(31); !ok || s.ShellCode() != 128+int(syscall.SIGKILL) {
		t.Errorf("pid 31: %v %v, asked again", s, ok)
	}
	if _, ok := tab.ReapedStatus(40); ok {
		t.Error("a foreground job's status was kept")
	}
	tab.ForgetReaped()
	if _, ok := tab.ReapedStatus(30); ok {
		t.Error("ForgetReaped kept pid 30")
	}
}
