package jobs

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Rusage is what wait4(2) reports about the resources a process used. It is
// copied out of the kernel's struct so that the table stays free of syscalls.
type Rusage struct {
	User, System        time.Duration
	MaxRSSKiB           int64 // ru_maxrss, in kibibytes on Linux
	MinorFaults         int64 // ru_minflt: page faults served without I/O
	MajorFaults         int64 // ru_majflt: page faults that needed I/O
	BlockIn, BlockOut   int64 // ru_inblock, ru_oublock
	VoluntarySwitches   int64 // ru_nvcsw: gave up the CPU (usually to wait)
	InvoluntarySwitches int64 // ru_nivcsw: preempted
}

// Process is one member of a job: one process the shell started.
type Process struct {
	Pid     int
	Command string // the text `jobs` shows for this member
	// Status is the last wait status the kernel reported; Reported tells
	// whether there was one at all.
	Status   Status
	Reported bool
	Rusage   Rusage
	// OwnRSS: started through the exec trampoline, so Rusage.MaxRSSKiB
	// is the process's own peak. Otherwise it is at least the shell's
	// peak when the process started (see ownrss_linux.go).
	OwnRSS bool
}

// Running reports whether the process neither ended nor is stopped.
func (p *Process) Running() bool { return !p.Reported || p.Status.Continued() }

// Done reports whether the process has ended (exited or killed).
func (p *Process) Done() bool { return p.Reported && (p.Status.Exited() || p.Status.Signaled()) }

// IsStopped reports whether the process is stopped right now.
func (p *Process) IsStopped() bool { return p.Reported && p.Status.Stopped() }

// State is where a job is in its life.
type State int

const (
	Running State = iota // at least one member runs
	Stopped              // none runs, at least one is stopped
	Done                 // every member has ended
)

// Job is a pipeline or a background list: one process group when job
// control is on.
type Job struct {
	ID         int
	Pgid       int // 0 when the processes stay in the shell's group
	Procs      []*Process
	Text       string // the command as `jobs` and `fg` show it
	Dir        string // the working directory it started in ("wd:" in jobs)
	Foreground bool
	// Changed is set when the job stopped or ended while in the
	// background, until the shell has told the user.
	Changed  bool
	NoHangup bool // disown -h: not sent SIGHUP when the shell exits
	// InShell: some of its stages run in the shell's own process (a
	// builtin writing into the pipe), so its processes are not the whole
	// pipeline, and jobs shows its Text.
	InShell bool
	// Modes is the job's saved terminal state (termios) from when it last
	// stopped; fg puts it back before handing over the terminal.
	Modes   any
	Started time.Time
	Ended   time.Time
	// seq orders jobs by when they last became current; higher is newer.
	seq uint64
}

// State derives the job's state from its members, as bash does: running if
// any member runs, else stopped if any is stopped, else done.
func (j *Job) State() State {
	stopped := false
	for _, p := range j.Procs {
		if p.Running() {
			return Running
		}
		if p.IsStopped() {
			stopped = true
		}
	}
	if stopped {
		return Stopped
	}
	return Done
}

// Last is the last process of the pipeline, whose status is the job's.
func (j *Job) Last() *Process {
	if len(j.Procs) == 0 {
		return nil
	}
	return j.Procs[len(j.Procs)-1]
}

// Pids lists the members' process ids.
func (j *Job) Pids() []int {
	pids := make([]int, len(j.Procs))
	for i, p := range j.Procs {
		pids[i] = p.Pid
	}
	return pids
}

// Table is the shell's job table. It is a state machine fed with
// (pid, wait status) events by Update; it starts no process and makes no
// system call, so it can be tested with synthetic statuses.
type Table struct {
	jobs     map[int]*Job // by job id
	byPid    map[int]*Process
	jobOfPid map[int]*Job
	current  int // job id marked '+', 0 for none
	previous int // job id marked '-'
	seq      uint64
	// maxID is the highest id in use, so that Add costs the same with
	// 10,000 jobs as with 10; only removing the highest job looks
	// for the next one down.
	maxID int
	// stopped holds the ids of the stopped jobs, so that choosing the
	// current and previous jobs (SetCurrent, resetCurrent) does not
	// look through thousands of running ones for a stopped one.
	stopped map[int]bool
	// reaped keeps the status of each process of a background job that
	// ended and left the table (after its notice, or jobs), as bash's
	// bgpids list does, so that wait PID still answers it; the oldest
	// go past maxReaped. reapedOrder is the pids in the order kept.
	reaped      map[int]Status
	reapedOrder []int
}

// maxReaped bounds the statuses kept of reaped background processes.
const maxReaped = 4096

// NewTable makes an empty table.
func NewTable() *Table {
	return &Table{jobs: map[int]*Job{}, byPid: map[int]*Process{}, jobOfPid: map[int]*Job{}, stopped: map[int]bool{}, reaped: map[int]Status{}}
}

// keepReaped remembers the statuses of a background job that ended.
func (t *Table) keepReaped(j *Job) {
	if j.Foreground || j.State() != Done {
		return
	}
	for _, p := range j.Procs {
		if _, ok := t.reaped[p.Pid]; !ok {
			t.reapedOrder = append(t.reapedOrder, p.Pid)
		}
		t.reaped[p.Pid] = p.Status
	}
	for len(t.reapedOrder) > maxReaped {
		delete(t.reaped, t.reapedOrder[0])
		t.reapedOrder = t.reapedOrder[1:]
	}
}

// ReapedStatus gives the status of a reaped background process: what
// wait PID answers, again and again, once the job has left the table.
func (t *Table) ReapedStatus(pid int) (Status, bool) {
	s, ok := t.reaped[pid]
	return s, ok
}

// ForgetReaped forgets every kept status, as wait without operands does.
func (t *Table) ForgetReaped() {
	clear(t.reaped)
	t.reapedOrder = t.reapedOrder[:0]
}

// Add gives the job the next id (one more than the highest in use, as bash
// numbers them) and enters it with its processes.
func (t *Table) Add(j *Job) {
	t.maxID++
	j.ID = t.maxID
	t.jobs[j.ID] = j
	for _, p := range j.Procs {
		t.byPid[p.Pid] = p
		t.jobOfPid[p.Pid] = j
	}
	t.track(j)
}

// track keeps the set of stopped jobs in step with j's state.
func (t *Table) track(j *Job) {
	if t.jobs[j.ID] == j && j.State() == Stopped {
		t.stopped[j.ID] = true
	} else {
		delete(t.stopped, j.ID)
	}
}

// Continued counts the stopped members of j as running, as the shell does
// the moment it sends SIGCONT (bash too), before the kernel's WCONTINUED
// reports arrive.
func (t *Table) Continued(j *Job) {
	for _, p := range j.Procs {
		if p.IsStopped() {
			p.Status = ContinuedStatus
		}
	}
	t.track(j)
}

// AddProcess enters one more member of a job already in the table.
func (t *Table) AddProcess(j *Job, p *Process) {
	j.Procs = append(j.Procs, p)
	t.byPid[p.Pid] = p
	t.jobOfPid[p.Pid] = j
	t.track(j)
}

// Remove forgets a job. If it was current or previous, new ones are chosen.
func (t *Table) Remove(j *Job) {
	if t.jobs[j.ID] != j {
		return
	}
	t.keepReaped(j)
	delete(t.jobs, j.ID)
	delete(t.stopped, j.ID)
	if j.ID == t.maxID {
		t.maxID = 0
		if len(t.jobs) > 0 {
			for t.maxID = j.ID - 1; t.jobs[t.maxID] == nil; t.maxID-- {
			}
		}
	}
	for _, p := range j.Procs {
		if t.byPid[p.Pid] == p {
			delete(t.byPid, p.Pid)
			delete(t.jobOfPid, p.Pid)
		}
	}
	if j.ID == t.current || j.ID == t.previous {
		t.resetCurrent()
	}
}

// Len is the number of jobs.
func (t *Table) Len() int { return len(t.jobs) }

// Jobs lists the jobs in id order.
func (t *Table) Jobs() []*Job {
	list := make([]*Job, 0, len(t.jobs))
	for _, j := range t.jobs {
		list = append(list, j)
	}
	sort.Slice(list, func(a, b int) bool { return list[a].ID < list[b].ID })
	return list
}

// Job returns the job with this id.
func (t *Table) Job(id int) *Job { return t.jobs[id] }

// JobOf returns the job a process belongs to.
func (t *Table) JobOf(pid int) *Job { return t.jobOfPid[pid] }

// Update records what wait4 reported for pid. It returns the job the
// process belongs to, or nil for a pid the table does not know (a child
// that is not a job's, such as one of a command substitution's).
//
// A background job that stops or ends is marked Changed so the shell tells
// the user before the next prompt. A job that stops becomes the current job,
// as in bash: the job you just suspended is the one `fg` brings back.
func (t *Table) Update(pid int, st Status, ru *Rusage) *Job {
	p := t.byPid[pid]
	if p == nil {
		return nil
	}
	j := t.jobOfPid[pid]
	before := j.State()
	p.Status, p.Reported = st, true
	if ru != nil {
		p.Rusage = *ru
	}
	after := j.State()
	if after != before {
		t.track(j)
		if !j.Foreground && after != Running {
			j.Changed = true
		}
		switch after {
		case Stopped:
			t.SetCurrent(j)
		case Running:
			j.Changed = false
		}
	}
	return j
}

// Mark is the character `jobs` prints after the id: '+' for the current
// job, '-' for the previous one, ' ' for the rest.
func (t *Table) Mark(j *Job) byte {
	switch j.ID {
	case t.current:
		return '+'
	case t.previous:
		return '-'
	}
	return ' '
}

// Current is the job %+ and %% name.
func (t *Table) Current() *Job { return t.jobs[t.current] }

// Previous is the job %- names.
func (t *Table) Previous() *Job { return t.jobs[t.previous] }

func (t *Table) isStopped(id int) bool {
	j := t.jobs[id]
	return j != nil && j.State() == Stopped
}

func (t *Table) isRunning(id int) bool {
	j := t.jobs[id]
	return j != nil && j.State() == Running
}

// newestStopped returns the highest id below max of a stopped job, from
// the set of stopped jobs.
func (t *Table) newestStopped(max int) int {
	best := 0
	for id := range t.stopped {
		if id < max && id > best {
			best = id
		}
	}
	return best
}

// newestRunning returns the highest id below max of a running job,
// looking from max down, where the newest background jobs are.
func (t *Table) newestRunning(max int) int {
	for id := min(max-1, t.maxID); id > 0; id-- {
		if j := t.jobs[id]; j != nil && j.State() == Running {
			return id
		}
	}
	return 0
}

const noMax = int(^uint(0) >> 1)

// SetCurrent makes j the current job and picks the previous one by bash's
// rules (jobs.c: set_current_job): the old current job if it is stopped,
// else the newest stopped job older than j, else the newest running job.
func (t *Table) SetCurrent(j *Job) {
	t.seq++
	j.seq = t.seq
	if t.current != j.ID {
		t.previous = t.current
		t.current = j.ID
	}
	if t.previous != t.current && t.previous != 0 && t.isStopped(t.previous) {
		return
	}
	if t.isStopped(t.current) {
		if c := t.newestStopped(t.current); c != 0 {
			t.previous = c
			return
		}
	}
	var c int
	if t.isRunning(t.current) {
		c = t.newestRunning(t.current)
	} else {
		c = t.newestRunning(noMax)
	}
	if c != 0 {
		t.previous = c
		return
	}
	t.previous = t.current
}

// resetCurrent chooses a new current job after the old one went away
// (jobs.c: reset_current): a stopped current job stays, else the previous
// job if stopped, else the newest stopped job, else the newest running one.
func (t *Table) resetCurrent() {
	var c int
	switch {
	case t.jobs[t.current] != nil && t.isStopped(t.current):
		c = t.current
	case t.jobs[t.previous] != nil && t.isStopped(t.previous):
		c = t.previous
	default:
		c = t.newestStopped(noMax)
		if c == 0 {
			c = t.newestRunning(noMax)
		}
	}
	if j := t.jobs[c]; j != nil {
		if t.jobs[t.current] == nil {
			t.current = 0
		}
		if t.jobs[t.previous] == nil {
			t.previous = 0
		}
		t.SetCurrent(j)
		return
	}
	t.current, t.previous = 0, 0
}

// Errors of job specs, worded as bash words them after "fg: %9: ".
var (
	ErrNoSuchJob = errors.New("no such job")
	ErrAmbiguous = errors.New("ambiguous job spec")
	ErrNoCurrent = errors.New("no current job")
)

// SpecError is a job spec that names no job, or more than one.
type SpecError struct {
	Spec string
	Err  error
}

func (e *SpecError) Error() string { return e.Spec + ": " + e.Err.Error() }
func (e *SpecError) Unwrap() error { return e.Err }

// Find resolves a job spec: %n (job n), %% and %+ (current), %- (previous),
// %string (the job whose command starts with string), %?string (the job
// whose command contains it). A spec that names more than one job is an
// error, as in bash.
func (t *Table) Find(spec string) (*Job, error) {
	fail := func(err error) (*Job, error) { return nil, &SpecError{spec, err} }
	if !strings.HasPrefix(spec, "%") {
		return fail(ErrNoSuchJob)
	}
	s := spec[1:]
	switch s {
	case "", "%", "+":
		if j := t.Current(); j != nil {
			return j, nil
		}
		return fail(ErrNoSuchJob)
	case "-":
		if j := t.Previous(); j != nil {
			return j, nil
		}
		return fail(ErrNoSuchJob)
	}
	if n, err := strconv.Atoi(s); err == nil {
		if j := t.jobs[n]; j != nil {
			return j, nil
		}
		return fail(ErrNoSuchJob)
	}
	match := func(text string) bool { return strings.HasPrefix(text, s) }
	if strings.HasPrefix(s, "?") {
		sub := s[1:]
		match = func(text string) bool { return strings.Contains(text, sub) }
	}
	var found *Job
	for _, j := range t.Jobs() {
		if match(j.Text) {
			if found != nil {
				return fail(ErrAmbiguous)
			}
			found = j
		}
	}
	if found == nil {
		return fail(ErrNoSuchJob)
	}
	return found, nil
}

// StatusText is the state column of `jobs` and of notifications, as bash
// prints it (jobs.c: printable_job_status): "Running", "Stopped", "Done",
// "Exit 3", or the description of the signal that killed the process.
func StatusText(j *Job, p *Process) string {
	switch j.State() {
	case Running:
		return "Running"
	case Stopped:
		return "Stopped"
	}
	if p == nil {
		return "Done"
	}
	if text := endedText(p.Status); text != "" {
		return text
	}
	return "Unknown status"
}

// endedText says how a process ended, as bash does: "Done", "Exit 3", or
// the description of the signal that killed it; "" if it has not ended.
func endedText(st Status) string {
	switch {
	case st.Signaled():
		return Describe(st.Signal())
	case st.Exited() && st.ExitCode() == 0:
		return "Done"
	case st.Exited():
		return fmt.Sprintf("Exit %d", st.ExitCode())
	}
	return ""
}

// Snapshot is what a re-executed subshell needs to list its parent's jobs
// (`jobs | cat` shows the shell's jobs, as in bash): the jobs, and which
// are current and previous.
type Snapshot struct {
	Jobs              []*Job
	Current, Previous int
}

// Snapshot copies the table's listed jobs, leaving out the foreground job
// being started (the pipeline that asks). The copies share nothing with the
// table: a subshell reads them while the shell's controller updates its own.
func (t *Table) Snapshot() Snapshot {
	s := Snapshot{Current: t.current, Previous: t.previous}
	for _, j := range t.Jobs() {
		if !j.Foreground && len(j.Procs) > 0 {
			s.Jobs = append(s.Jobs, j.clone())
		}
	}
	return s
}

// clone copies a job and its processes.
func (j *Job) clone() *Job {
	c := *j
	c.Procs = make([]*Process, len(j.Procs))
	for i, p := range j.Procs {
		pc := *p
		c.Procs[i] = &pc
	}
	return &c
}

// TableFrom rebuilds a table from a snapshot, keeping the job numbers.
func TableFrom(s Snapshot) *Table {
	t := NewTable()
	for _, j := range s.Jobs {
		t.jobs[j.ID] = j
		t.maxID = max(t.maxID, j.ID)
		t.track(j)
		for _, p := range j.Procs {
			t.byPid[p.Pid] = p
			t.jobOfPid[p.Pid] = j
		}
	}
	t.current, t.previous = s.Current, s.Previous
	return t
}
