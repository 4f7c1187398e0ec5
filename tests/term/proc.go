package term

import (
	"bytes"
	"os"
	"strconv"
	"strings"
)

// Proc is one process as /proc/PID/stat describes it.
type Proc struct {
	Pid, PPid, Pgrp, Session int
	State                    byte // R, S, T, Z...
}

// Procs lists every process on the machine, from /proc.
func Procs() []Proc {
	var list []Proc
	dirs, _ := os.ReadDir("/proc")
	for _, d := range dirs {
		if p, ok := ReadProc(d.Name()); ok {
			list = append(list, p)
		}
	}
	return list
}

// ReadProc reads /proc/PID/stat: "pid (comm) state ppid pgrp session ...".
func ReadProc(pid string) (Proc, bool) {
	n, err := strconv.Atoi(pid)
	if err != nil {
		return Proc{}, false
	}
	data, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return Proc{}, false
	}
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return Proc{}, false
	}
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 4 {
		return Proc{}, false
	}
	p := Proc{Pid: n, State: f[0][0]}
	p.PPid, _ = strconv.Atoi(f[1])
	p.Pgrp, _ = strconv.Atoi(f[2])
	p.Session, _ = strconv.Atoi(f[3])
	return p, true
}

// SignalMasks reads the ignored (SigIgn) and caught (SigCgt) signal sets
// of a process from /proc/PID/status: bit n-1 stands for signal n.
func SignalMasks(pid int) (ignored, caught uint64, ok bool) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, 0, false
	}
	found := 0
	for _, line := range strings.Split(string(data), "\n") {
		name, value, _ := strings.Cut(line, ":")
		mask, err := strconv.ParseUint(strings.TrimSpace(value), 16, 64)
		switch {
		case err != nil:
		case name == "SigIgn":
			ignored, found = mask, found+1
		case name == "SigCgt":
			caught, found = mask, found+1
		}
	}
	return ignored, caught, found == 2
}
