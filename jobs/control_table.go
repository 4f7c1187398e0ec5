package jobs

// The job table seen through the controller: each method holds the lock
// for the one table operation it names, so the shell never touches the
// table unlocked. A Job these return is the table's own: its fields
// change only under the lock, in the controller's methods.

// Jobs lists the jobs in id order.
func (c *Controller) Jobs() []*Job {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.Jobs()
}

// Find resolves a job spec (Table.Find).
func (c *Controller) Find(spec string) (*Job, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.Find(spec)
}

// JobOf returns the job a process belongs to.
func (c *Controller) JobOf(pid int) *Job {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.JobOf(pid)
}

// Current returns the current job (%+), or nil.
func (c *Controller) Current() *Job {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.Current()
}

// Mark is the job's mark in listings: '+', '-' or ' '.
func (c *Controller) Mark(j *Job) byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.Mark(j)
}

// Line formats a job as `jobs` does (Table.Line).
func (c *Controller) Line(j *Job, f Format, cwd, home string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.Line(j, f, cwd, home)
}

// Verbose is jobs -v's report of a job (Table.Verbose).
func (c *Controller) Verbose(j *Job) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.Verbose(j)
}

// JSON is jobs --json's report (Table.JSON).
func (c *Controller) JSON(list []*Job) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.JSON(list)
}

// TakeChanged returns the jobs that stopped or ended in the background
// since the last call, in id order, and clears their Changed mark: the
// jobs the shell has to tell the user about.
func (c *Controller) TakeChanged() []*Job {
	c.mu.Lock()
	defer c.mu.Unlock()
	var changed []*Job
	for _, j := range c.table.Jobs() {
		if j.Changed {
			j.Changed = false
			changed = append(changed, j)
		}
	}
	return changed
}

// Seen clears a job's Changed mark: the user was told of it (jobs listed
// it).
func (c *Controller) Seen(j *Job) {
	c.mu.Lock()
	defer c.mu.Unlock()
	j.Changed = false
}

// AddProcess enters a process as a member of j, as Start does for the
// processes it starts (tests use it to make jobs without processes).
func (c *Controller) AddProcess(j *Job, p *Process) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.table.AddProcess(j, p)
}

// RunsInShell marks j as having stages in the shell's own process
// (Job.InShell).
func (c *Controller) RunsInShell(j *Job) {
	c.mu.Lock()
	defer c.mu.Unlock()
	j.InShell = true
}

// MarkChanged marks j as having a change to tell of (wait saw it end).
func (c *Controller) MarkChanged(j *Job) {
	c.mu.Lock()
	defer c.mu.Unlock()
	j.Changed = true
}
