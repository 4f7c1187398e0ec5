package jobs

import (
	"fmt"
	"syscall"
	"testing"
)

func TestStatusDecoding(t *testing.T) {
	for _, c := range []struct {
		st     Status
		macros string
		code   int
	}{
		{ExitedStatus(0), "WIFEXITED WEXITSTATUS=0", 0},
		{ExitedStatus(42), "WIFEXITED WEXITSTATUS=42", 42},
		{SignaledStatus(syscall.SIGSEGV, true), "WIFSIGNALED WTERMSIG=11 (SIGSEGV) WCOREDUMP", 139},
		{SignaledStatus(syscall.SIGINT, false), "WIFSIGNALED WTERMSIG=2 (SIGINT)", 130},
		{StoppedStatus(syscall.SIGTSTP), "WIFSTOPPED WSTOPSIG=20 (SIGTSTP)", 148},
		{ContinuedStatus, "WIFCONTINUED", 0},
	} {
		if got := c.st.Macros(); got != c.macros {
			t.Errorf("%#x: %q, want %q", uint32(c.st), got, c.macros)
		}
		if got := c.st.ShellCode(); got != c.code {
			t.Errorf("%#x: $? %d, want %d", uint32(c.st), got, c.code)
		}
	}
	// The raw values are the kernel's: the Linux layout of <bits/waitstatus.h>.
	if StoppedStatus(syscall.SIGTSTP) != 0x147f || SignaledStatus(syscall.SIGSEGV, true) != 0x8b || ExitedStatus(42) != 0x2a00 {
		t.Error("synthetic statuses do not have the kernel's layout")
	}
	// And they agree with the syscall package's decoding.
	for _, st := range []Status{ExitedStatus(3), SignaledStatus(syscall.SIGKILL, false), StoppedStatus(syscall.SIGTTIN), ContinuedStatus} {
		ws := syscall.WaitStatus(st)
		if ws.Exited() != st.Exited() || ws.Signaled() != st.Signaled() || ws.Stopped() != st.Stopped() || ws.Continued() != st.Continued() {
			t.Errorf("%#x decodes differently from syscall.WaitStatus", uint32(st))
		}
	}
}

func TestSignals(t *testing.T) {
	for _, c := range []struct {
		in   string
		want syscall.Signal
	}{{"INT", 2}, {"sigterm", 15}, {"SIGKILL", 9}, {"9", 9}, {"RTMIN+1", 35}, {"RTMAX", 64}} {
		if got, ok := ParseSignal(c.in); !ok || got != c.want {
			t.Errorf("ParseSignal(%q) = %d %v", c.in, got, ok)
		}
	}
	if _, ok := ParseSignal("NOPE"); ok {
		t.Error("NOPE is not a signal")
	}
	if Describe(syscall.SIGSEGV) != "Segmentation fault" || Describe(34) != "Real-time signal 0" {
		t.Error("descriptions differ from strsignal")
	}
}

// The decoding of a stop by Ctrl-Z, as `jobs -v` and the trace show it.
func ExampleStatus_Macros() {
	st := StoppedStatus(syscall.SIGTSTP)
	fmt.Printf("%#x %s; $? = %d\n", uint32(st), st.Macros(), st.ShellCode())
	// Output: 0x147f WIFSTOPPED WSTOPSIG=20 (SIGTSTP); $? = 148
}

// A pipeline stopped with Ctrl-Z, listed as bash's `jobs -l` lists it.
func ExampleTable_Line() {
	t := NewTable()
	j := &Job{Text: "sleep 100 | cat", Pgid: 8991}
	t.Add(j)
	t.AddProcess(j, &Process{Pid: 8991, Command: "sleep 100"})
	t.AddProcess(j, &Process{Pid: 8992, Command: "cat"})
	t.SetCurrent(j)
	t.Update(8991, StoppedStatus(syscall.SIGTSTP), nil)
	t.Update(8992, StoppedStatus(syscall.SIGTSTP), nil)
	fmt.Print(t.Line(j, FormatStandard, "", ""))
	fmt.Print(t.Line(j, FormatLong, "", ""))
	// Output:
	// [1]+  Stopped                 sleep 100 | cat
	// [1]+  8991 Stopped                 sleep 100
	//       8992                       | cat
}
