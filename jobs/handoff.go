//go:build linux

package jobs

import "fmt"

// The terminal changes hands here and nowhere else (fish keeps it in one
// object, TtyHandoff, for the same reason). The shell owns it at the
// prompt; a foreground job owns it from the moment it gets it until it
// stops or ends, and then the shell takes it back:
//
//	h := c.holdTerminal(j) // the job has the terminal
//	defer h.Reclaim()       // the shell has it again, with the right modes
//
// A job started in the foreground is given the terminal by its first
// process, between fork and exec (SysProcAttr.Foreground), so that it
// never runs without it; fg gives it with giveTerminal. Taking it back is
// the same for every path: a foreground job that stops or ends, suspend,
// and the shell's recovery from a panic.

// Handoff is one foreground job's hold on the terminal.
type Handoff struct {
	c *Controller
	j *Job
}

// holdTerminal records that j has the terminal.
func (c *Controller) holdTerminal(j *Job) Handoff { return Handoff{c, j} }

// giveTerminal hands the terminal to j's group (fg): the modes the job
// had when it stopped, then the foreground group.
func (c *Controller) giveTerminal(j *Job) error {
	if !c.JobControl || c.TTY < 0 || j.Pgid == 0 {
		return nil
	}
	if m, ok := j.Modes.(*Modes); ok && m != nil {
		SetModes(c.TTY, m)
		c.tracef("tcsetattr(%d, TCSADRAIN) restored the job's modes", c.TTY)
	}
	if err := SetForeground(c.TTY, j.Pgid); err != nil {
		return fmt.Errorf("tcsetpgrp: %w", err)
	}
	c.tracef("tcsetpgrp(%d, %d)", c.TTY, j.Pgid)
	return nil
}

// Reclaim runs when the job stops or ends: the shell takes its terminal
// back. If the job stopped, its terminal modes are saved, so that fg can
// give them back, and the shell's own are restored. If it was killed by
// a signal it had no chance to restore the modes it changed, so the
// shell's are restored too. A job that exited normally keeps the modes it
// left (`stty -echo` persists), as in bash.
func (h Handoff) Reclaim() {
	c, j := h.c, h.j
	if !c.JobControl || c.TTY < 0 || j.Pgid == 0 {
		return
	}
	state := j.State()
	if state == Stopped {
		if m, err := GetModes(c.TTY); err == nil {
			j.Modes = m
			c.tracef("tcgetattr(%d) saved the job's modes", c.TTY)
		}
	}
	killed := state == Done && j.Last() != nil && j.Last().Status.Signaled()
	c.takeTerminal(state == Stopped || killed)
	if !(state == Stopped || killed) {
		if m, err := GetModes(c.TTY); err == nil {
			c.ShellModes = m
		}
	}
}

// takeTerminal makes the shell's group the terminal's foreground group,
// if it is not, and with restoreModes puts the shell's modes back.
func (c *Controller) takeTerminal(restoreModes bool) {
	if c.TTY < 0 {
		return
	}
	if fg, err := Foreground(c.TTY); err == nil && fg != c.ShellPgid {
		SetForeground(c.TTY, c.ShellPgid)
		c.tracef("tcsetpgrp(%d, %d)", c.TTY, c.ShellPgid)
	}
	if restoreModes && c.ShellModes != nil {
		SetModes(c.TTY, c.ShellModes)
		c.tracef("tcsetattr(%d, TCSADRAIN) restored the shell's modes", c.TTY)
	}
}

// TakeTerminalBack is the shell's recovery after a command failed in a
// way it did not plan for (a panic): whatever had the terminal, the shell
// has it again, with its own modes.
func (c *Controller) TakeTerminalBack() { c.takeTerminal(true) }

// RepairTerminal is done before each prompt: if a job left the terminal
// raw, the modes a prompt needs are put back (RepairModes), and they
// become the shell's modes, the ones Reclaim restores.
func (c *Controller) RepairTerminal() {
	if c.TTY >= 0 && RepairModes(c.TTY) {
		if m, err := GetModes(c.TTY); err == nil {
			c.ShellModes = m
		}
	}
}
