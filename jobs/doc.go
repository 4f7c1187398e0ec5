// Package jobs is the job-control machinery of jobsh: the job table, the
// launch of processes into process groups, the hand-off of the terminal,
// and the decoding of wait statuses.
//
// The life of a job, in the order the code runs it:
//
//  1. Controller.TakeTerminal: the interactive shell makes itself a process
//     group leader and the terminal's foreground group (POSIX 2.11).
//  2. Controller.NewJob enters the job in the Table; Controller.Start forks
//     each process into the job's own group (setpgid) and, for a foreground
//     job, gives that group the terminal (tcsetpgrp) before exec.
//  3. Controller.WaitForeground waits with wait4(-pgid, WUNTRACED|WCONTINUED)
//     and feeds each (pid, Status) to Table.Update, a state machine that
//     needs no process to be tested.
//  4. When the job stops (Ctrl-Z) or ends, Handoff.Reclaim takes the
//     terminal back and saves or restores terminal modes.
//  5. Controller.Continue (fg, bg) restores the job's modes, hands the
//     terminal over again and sends SIGCONT to the group.
//  6. Controller.Poll reaps background jobs with WNOHANG before each prompt;
//     Table.Line formats them exactly as bash does.
//
// The Table is a pure state machine (table.go, format.go, report.go,
// status.go build on every system); the Controller owns the one table of
// a shell and is its only user: the shell reaches the table through the
// Controller's locked methods (control_table.go). The Controller, the
// terminal and the signal code are Linux-specific (wait4 with rusage,
// waitid, tgkill, rt_sigaction, the kernel's job-control rules), and their
// build tags say so.
package jobs
