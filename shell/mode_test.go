package shell

import "testing"

// TestModes is what each kind of shell allows.
func TestModes(t *testing.T) {
	for _, c := range []struct {
		mode                                 Mode
		interactive, subshell, sharesProcess bool
	}{
		{ModeScript, false, false, false},
		{ModeCommandString, false, false, false},
		{ModeStdin, false, false, false},
		{ModeInteractive, true, false, false},
		{ModeInProcessSubshell, false, true, true},
		{ModeReexecMember, false, true, false},
	} {
		if got := c.mode.interactive(); got != c.interactive {
			t.Errorf("%v: interactive() = %v", c.mode, got)
		}
		if got := c.mode.subshell(); got != c.subshell {
			t.Errorf("%v: subshell() = %v", c.mode, got)
		}
		if got := c.mode.sharesProcess(); got != c.sharesProcess {
			t.Errorf("%v: sharesProcess() = %v", c.mode, got)
		}
	}
	// Subshell makes an in-process subshell of any shell, and a subshell
	// of an interactive shell is not interactive.
	sh := New()
	sh.mode = ModeInteractive
	if m := sh.Subshell().mode; m != ModeInProcessSubshell {
		t.Errorf("Subshell().mode = %v", m)
	}
}
