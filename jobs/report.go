package jobs

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ProcessState names a process's state as `jobs -v` and `jobs --json`
// show it: "running", "stopped", "continued", "exited", "killed".
func ProcessState(p *Process) string {
	switch {
	case !p.Reported:
		return "running"
	case p.Status.Continued():
		return "continued"
	case p.Status.Stopped():
		return "stopped"
	case p.Status.Exited():
		return "exited"
	case p.Status.Signaled():
		return "killed"
	}
	return "unknown"
}

func (s State) String() string {
	switch s {
	case Running:
		return "running"
	case Stopped:
		return "stopped"
	}
	return "done"
}

func seconds(d time.Duration) string {
	return fmt.Sprintf("%d.%03ds", d/time.Second, d%time.Second/time.Millisecond)
}

// Verbose describes a job for `jobs -v`: its line, then for each process
// its pid, state, the raw wait status and the W* macros that decode it,
// and what wait4 reported of its resource usage.
//
//	[1]+  Stopped                 sleep 100 | cat   pgid 4313
//	    4313  stopped  status 0x147f  WIFSTOPPED WSTOPSIG=20 (SIGTSTP)  sleep 100
//	          user 0.000s  sys 0.001s  maxrss 1892 KiB  minflt 78  majflt 0  inblock 0  oublock 0  nvcsw 1  nivcsw 0
//
// maxrss reads "<=N" when N may be the shell's own peak rather than the
// process's (see ownPeak).
func (t *Table) Verbose(j *Job) string {
	var b strings.Builder
	line := strings.TrimSuffix(t.Line(j, FormatStandard, "", ""), "\n")
	if j.ID == 0 {
		line = fmt.Sprintf("[last]  %-24s%s", StatusText(j, j.Last()), j.Text)
	}
	fmt.Fprintf(&b, "%s   pgid %d\n", line, j.Pgid)
	floor := shellPeakKiB()
	for _, p := range j.Procs {
		status := "(none yet)"
		if p.Reported {
			status = fmt.Sprintf("%#x  %s", uint32(p.Status), p.Status.Macros())
		}
		fmt.Fprintf(&b, "    %d  %s  status %s  %s\n", p.Pid, ProcessState(p), status, p.Command)
		if p.Reported {
			r := p.Rusage
			rss := strconv.FormatInt(r.MaxRSSKiB, 10)
			if !ownPeak(p, floor) {
				rss = "<=" + rss
			}
			fmt.Fprintf(&b, "          user %s  sys %s  maxrss %s KiB  minflt %d  majflt %d  inblock %d  oublock %d  nvcsw %d  nivcsw %d\n",
				seconds(r.User), seconds(r.System), rss, r.MinorFaults, r.MajorFaults,
				r.BlockIn, r.BlockOut, r.VoluntarySwitches, r.InvoluntarySwitches)
		}
	}
	return b.String()
}

// The JSON schema of `jobs --json`, kept stable: fields are only ever
// added.
type jsonTable struct {
	Jobs []jsonJob `json:"jobs"`
}

type jsonJob struct {
	ID        int           `json:"id"`
	Mark      string        `json:"mark"`
	Pgid      int           `json:"pgid"`
	State     string        `json:"state"`
	Command   string        `json:"command"`
	Dir       string        `json:"dir"`
	Processes []jsonProcess `json:"processes"`
}

type jsonProcess struct {
	Pid        int        `json:"pid"`
	Command    string     `json:"command"`
	State      string     `json:"state"`
	Status     *uint32    `json:"status"`
	ExitCode   *int       `json:"exit_code"`
	Signal     *string    `json:"signal"`
	CoreDumped bool       `json:"core_dumped"`
	Rusage     *jsonUsage `json:"rusage"`
}

type jsonUsage struct {
	UserSeconds   float64 `json:"user_seconds"`
	SystemSeconds float64 `json:"system_seconds"`
	MaxRSSKiB     int64   `json:"max_rss_kib"`
	MaxRSSOwn     bool    `json:"max_rss_own"` // false: max_rss_kib may be the shell's peak
	MinorFaults   int64   `json:"minor_faults"`
	MajorFaults   int64   `json:"major_faults"`
	BlockIn       int64   `json:"block_in"`
	BlockOut      int64   `json:"block_out"`
	Voluntary     int64   `json:"voluntary_switches"`
	Involuntary   int64   `json:"involuntary_switches"`
}

// JSON is `jobs --json`: the listed jobs as one JSON object.
func (t *Table) JSON(list []*Job) ([]byte, error) {
	out := jsonTable{Jobs: []jsonJob{}}
	floor := shellPeakKiB()
	for _, j := range list {
		jj := jsonJob{ID: j.ID, Mark: strings.TrimSpace(string(t.Mark(j))), Pgid: j.Pgid,
			State: j.State().String(), Command: j.Text, Dir: j.Dir, Processes: []jsonProcess{}}
		for _, p := range j.Procs {
			jp := jsonProcess{Pid: p.Pid, Command: p.Command, State: ProcessState(p)}
			if p.Reported {
				raw := uint32(p.Status)
				jp.Status = &raw
				switch {
				case p.Status.Exited():
					code := p.Status.ExitCode()
					jp.ExitCode = &code
				case p.Status.Signaled():
					name := SignalName(p.Status.Signal())
					jp.Signal, jp.CoreDumped = &name, p.Status.CoreDumped()
				case p.Status.Stopped():
					name := SignalName(p.Status.StopSignal())
					jp.Signal = &name
				}
				r := p.Rusage
				jp.Rusage = &jsonUsage{r.User.Seconds(), r.System.Seconds(), r.MaxRSSKiB, ownPeak(p, floor), r.MinorFaults,
					r.MajorFaults, r.BlockIn, r.BlockOut, r.VoluntarySwitches, r.InvoluntarySwitches}
			}
			jj.Processes = append(jj.Processes, jp)
		}
		out.Jobs = append(out.Jobs, jj)
	}
	return json.MarshalIndent(out, "", "  ")
}

// shellPeakKiB is the shell's own peak resident set so far
// (ownrss_linux.go sets it); 0 where it is not known.
var shellPeakKiB = func() int64 { return 0 }

// ownPeak tells whether p's ru_maxrss is surely its own peak: it was
// started through the exec trampoline, or the figure is above the shell's
// peak, which is the most the kernel can have carried over from the shell
// at the process's exec (the shell's peak only grows).
func ownPeak(p *Process, shellPeak int64) bool {
	return p.OwnRSS || p.Rusage.MaxRSSKiB > shellPeak
}
