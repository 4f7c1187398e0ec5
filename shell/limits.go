//go:build linux

package shell

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// builtinUmask is umask [-p] [-S] [mode]: the mask in octal, or -S's
// symbolic form of what it allows, or with -p as a command that sets it;
// a mode in octal, or symbolic (u=rwx,g=rx,o= or g+w, a-x), which says
// what files may get, as chmod's would.
func builtinUmask(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("umask", args, "pS")
	if !ok {
		return 2, nil
	}
	_, symbolic := opts['S']
	_, reusable := opts['p']
	old := unix.Umask(0)
	unix.Umask(old)
	if len(args) == 0 {
		text := fmt.Sprintf("%04o", old)
		if symbolic {
			text = symbolicMask(old)
		}
		switch {
		case reusable && symbolic:
			text = "umask -S " + text
		case reusable:
			text = "umask " + text
		}
		return sh.write("umask", text+"\n")
	}
	mode := args[0]
	if mode != "" && mode[0] >= '0' && mode[0] <= '9' {
		n, err := strconv.ParseUint(mode, 8, 32)
		if err != nil || n > 0o777 {
			sh.errorf("umask: %s: octal number out of range", mode)
			return 1, nil
		}
		return sh.setUmask(int(n), symbolic)
	}
	allowed, err := applySymbolic(0o777&^old, mode)
	if err != nil {
		sh.errorf("umask: %v", err)
		return 1, nil
	}
	return sh.setUmask(0o777&^allowed, symbolic)
}

// setUmask sets the mask; with -S, umask then shows it, as bash's does.
func (sh *Shell) setUmask(mask int, show bool) (int, error) {
	unix.Umask(mask)
	if show {
		return sh.write("umask", symbolicMask(mask)+"\n")
	}
	return 0, nil
}

// symbolicMask is umask -S's u=rwx,g=rx,o=rx: what the mask allows.
func symbolicMask(mask int) string {
	perm := func(shift uint) string {
		var b strings.Builder
		for i, c := range "rwx" {
			if mask>>shift&(4>>i) == 0 {
				b.WriteRune(c)
			}
		}
		return b.String()
	}
	return fmt.Sprintf("u=%s,g=%s,o=%s", perm(6), perm(3), perm(0))
}

// applySymbolic changes the permissions allowed by a symbolic mode:
// clauses [ugoa]*[+-=][rwx]*, separated by commas (no who is all).
func applySymbolic(allowed int, mode string) (int, error) {
	for _, clause := range strings.Split(mode, ",") {
		who, i := 0, 0
		for ; i < len(clause) && strings.IndexByte("ugoa", clause[i]) >= 0; i++ {
			who |= map[byte]int{'u': 0o700, 'g': 0o070, 'o': 0o007, 'a': 0o777}[clause[i]]
		}
		if who == 0 {
			who = 0o777
		}
		if i == len(clause) {
			return 0, fmt.Errorf("`%c': invalid symbolic mode operator", lastByte(clause))
		}
		for i < len(clause) {
			op := clause[i]
			if op != '+' && op != '-' && op != '=' {
				return 0, fmt.Errorf("`%c': invalid symbolic mode operator", op)
			}
			i++
			perms := 0
			for ; i < len(clause) && strings.IndexByte("rwx", clause[i]) >= 0; i++ {
				perms |= map[byte]int{'r': 0o444, 'w': 0o222, 'x': 0o111}[clause[i]]
			}
			if i < len(clause) && strings.IndexByte("+-=", clause[i]) < 0 {
				return 0, fmt.Errorf("`%c': invalid symbolic mode character", clause[i])
			}
			switch op {
			case '+':
				allowed |= perms & who
			case '-':
				allowed &^= perms & who
			case '=':
				allowed = allowed&^who | perms&who
			}
		}
	}
	return allowed, nil
}

func lastByte(s string) byte {
	if s == "" {
		return ' '
	}
	return s[len(s)-1]
}

// limits are the resources ulimit knows, in the order ulimit -a lists
// them, with bash 5.2's letters, descriptions and units: unit is the bytes
// (or seconds, or one) per number shown; 0 is a block, 1024 bytes, or 512
// in POSIX mode. The pipe size (-p) is no limit: a fixed 8 blocks of 512.
var limits = []struct {
	letter   byte
	resource int // -1: the pipe size
	unit     uint64
	desc     string
	units    string // in the -a listing's parentheses, "" for none
}{
	{'R', unix.RLIMIT_RTTIME, 1, "real-time non-blocking time", "microseconds"},
	{'c', unix.RLIMIT_CORE, 0, "core file size", "blocks"},
	{'d', unix.RLIMIT_DATA, 1024, "data seg size", "kbytes"},
	{'e', unix.RLIMIT_NICE, 1, "scheduling priority", ""},
	{'f', unix.RLIMIT_FSIZE, 0, "file size", "blocks"},
	{'i', unix.RLIMIT_SIGPENDING, 1, "pending signals", ""},
	{'l', unix.RLIMIT_MEMLOCK, 1024, "max locked memory", "kbytes"},
	{'m', unix.RLIMIT_RSS, 1024, "max memory size", "kbytes"},
	{'n', unix.RLIMIT_NOFILE, 1, "open files", ""},
	{'p', -1, 512, "pipe size", "512 bytes"},
	{'q', unix.RLIMIT_MSGQUEUE, 1, "POSIX message queues", "bytes"},
	{'r', unix.RLIMIT_RTPRIO, 1, "real-time priority", ""},
	{'s', unix.RLIMIT_STACK, 1024, "stack size", "kbytes"},
	{'t', unix.RLIMIT_CPU, 1, "cpu time", "seconds"},
	{'u', unix.RLIMIT_NPROC, 1, "max user processes", ""},
	{'v', unix.RLIMIT_AS, 1024, "virtual memory", "kbytes"},
	{'x', unix.RLIMIT_LOCKS, 1, "file locks", ""},
}

// limitLine is a line of ulimit -a, laid out as bash's printf("%-20s
// %20s") lays it.
func limitLine(letter byte, desc, units, value string) string {
	unitStr := fmt.Sprintf("(-%c) ", letter)
	if units != "" {
		unitStr = fmt.Sprintf("(%s, -%c) ", units, letter)
	}
	return fmt.Sprintf("%-20s %20s%s\n", desc, unitStr, value)
}

// builtinUlimit is ulimit [-SH] [-a | -LETTER] [limit], the letters those
// of limits: the soft limit by default; setting without -S or -H sets
// both, as in bash.
func builtinUlimit(sh *Shell, args []string) (int, error) {
	soft, hard, all := false, false, false
	which := byte('f')
	for len(args) > 0 && len(args[0]) > 1 && args[0][0] == '-' {
		for _, c := range args[0][1:] {
			switch c {
			case 'S':
				soft = true
			case 'H':
				hard = true
			case 'a':
				all = true
			default:
				found := false
				for _, l := range limits {
					if byte(c) == l.letter {
						which, found = l.letter, true
					}
				}
				if !found {
					return sh.usage("ulimit", "-"+string(c))
				}
			}
		}
		args = args[1:]
	}
	block := uint64(1024)
	if sh.posix() {
		block = 512 // POSIX's blocks for -c and -f, as bash --posix
	}
	unitOf := func(u uint64) uint64 {
		if u == 0 {
			return block
		}
		return u
	}
	show := func(v uint64, unit uint64) string {
		if v == unix.RLIM_INFINITY {
			return "unlimited"
		}
		return strconv.FormatUint(v/unitOf(unit), 10)
	}
	get := func(res int) (unix.Rlimit, error) {
		if res < 0 {
			return unix.Rlimit{Cur: 8 * 512, Max: 8 * 512}, nil // PIPE_BUF, as bash shows it
		}
		var r unix.Rlimit
		err := unix.Getrlimit(res, &r)
		return r, err
	}
	if all {
		var b strings.Builder
		for _, l := range limits {
			r, _ := get(l.resource)
			v := r.Cur
			if hard {
				v = r.Max
			}
			b.WriteString(limitLine(l.letter, l.desc, l.units, show(v, l.unit)))
		}
		return sh.write("ulimit", b.String())
	}
	for _, l := range limits {
		if l.letter != which {
			continue
		}
		r, err := get(l.resource)
		if err != nil {
			sh.errorf("ulimit: %s", errnoText(err))
			return 1, nil
		}
		if len(args) == 0 {
			v := r.Cur
			if hard {
				v = r.Max
			}
			return sh.write("ulimit", show(v, l.unit)+"\n")
		}
		var v uint64
		switch args[0] {
		case "unlimited":
			v = unix.RLIM_INFINITY
		case "hard":
			v = r.Max
		case "soft":
			v = r.Cur
		default:
			n, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				sh.errorf("ulimit: %s: invalid number", args[0])
				return 1, nil
			}
			v = n * unitOf(l.unit)
		}
		if l.resource < 0 {
			sh.errorf("ulimit: %s: cannot modify limit: %s", l.desc, errnoText(unix.EINVAL))
			return 1, nil
		}
		if !hard || soft {
			r.Cur = v
		}
		if hard || !soft {
			r.Max = v
		}
		if l.resource == unix.RLIMIT_NPROC {
			spareThreads()
		}
		if err := unix.Setrlimit(l.resource, &r); err != nil {
			sh.errorf("ulimit: %s: cannot modify limit: %s", l.desc, errnoText(err))
			return 1, nil
		}
		return 0, nil
	}
	return 1, nil
}

// notYet refuses a builtin jobsh does not have yet, clearly, rather than
// "command not found" or something run in its place.
func notYet(name string) builtin {
	return func(sh *Shell, args []string) (int, error) {
		sh.errorf("%s: not supported", name)
		return 2, nil
	}
}

// spareThreads makes the Go runtime start a few more OS threads than it
// has, before `ulimit -u` caps the threads (RLIMIT_NPROC counts threads,
// of every process of the user). The runtime needs a new thread whenever
// all it has are blocked in system calls, and dies if it can't get one;
// with spares in its idle pool it never asks. Each goroutine below is
// locked to a thread of its own, so the runtime must start one for each;
// once they end unlocked, the threads stay, idle, for later.
func spareThreads() {
	const spares = 12
	var started, release, finished sync.WaitGroup
	started.Add(spares)
	finished.Add(spares)
	release.Add(1)
	for range spares {
		go func() {
			runtime.LockOSThread()
			started.Done()
			release.Wait()
			runtime.UnlockOSThread()
			finished.Done()
		}()
	}
	started.Wait()
	release.Done()
	// Wait for the threads to be free again before the limit goes on: a
	// thread still locked to its goroutine (slow to run on a loaded
	// machine) is no spare, and the runtime would ask for a new one.
	finished.Wait()
	for range spares {
		runtime.Gosched()
	}
}
