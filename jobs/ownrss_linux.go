//go:build linux

package jobs

import (
	"encoding/binary"
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"jobsh/sys/fds"

	"golang.org/x/sys/unix"
)

// A process's own peak memory, for `time` (%M) and `jobs -v`.
//
// wait4 reports ru_maxrss from the process's signal_struct, which is the
// largest high-water mark of every address space the process ever had:
// exec (fs/exec.c, exec_mmap) folds the discarded image's mark into it
// (setmax_mm_hiwater_rss), and exit adds the last image's. Go's ForkExec
// clones with CLONE_VM|CLONE_VFORK, so the image a child discards at its
// exec is the shell's own: every child's ru_maxrss is at least the shell's
// peak (4.7 MiB for /bin/true, whose own is 1 MiB). A fork without
// CLONE_VM does not help: dup_mm sets the copy's mark to the pages it
// copied, the shell's heap. Nor does exec'ing a small program first and
// having it exec the target: the signal_struct keeps the first image's
// mark across every later exec.
//
// What works is a clone from a small image. The exec trampoline is a
// static program of a few hundred bytes (its code is in
// ownrss_linux_ARCH.go), written once to a memfd. The shell starts it as
// it would the program (same descriptors, directory, process group and
// terminal). It clones with CLONE_VM|CLONE_VFORK|CLONE_PARENT: the
// program is the shell's own child, and its exec discards only the
// trampoline's image (a page of code, one of stack). The trampoline then
// reports the program's pid on a pipe and exits. It costs one more small
// exec, so only timed jobs (Controller.OwnRSS) pay it, and programs that
// must start with SIGINT and SIGQUIT ignored (Command.IgnoreInterrupts),
// which it can also arrange.
type trampoline struct {
	once sync.Once
	// file is the memfd, kept here so that it stays reachable: an
	// unreachable os.File is closed by its finalizer, and the descriptor
	// number in path could then name another file.
	file *os.File
	path string // /proc/PID/fd/N of the memfd; "" when unusable
	mu   sync.Mutex
}

var launcher trampoline

func init() { shellPeakKiB = selfMaxRSS }

// selfMaxRSS is getrusage(RUSAGE_SELF)'s ru_maxrss: at least the
// high-water mark of the shell's address space, which a child started
// with vfork carries as the floor of its own ru_maxrss.
func selfMaxRSS() int64 {
	var ru unix.Rusage
	if unix.Getrusage(unix.RUSAGE_SELF, &ru) != nil {
		return 1 << 62 // unknown: no figure is surely a child's own
	}
	return ru.Maxrss
}

// trampolineELF is the trampoline as an executable: an ELF header, a
// PT_LOAD of the whole file (read, execute) and a PT_GNU_STACK (no
// executable stack), then the code.
func trampolineELF() []byte {
	const base, ehsize, phsize = 0x400000, 64, 56
	hdr := ehsize + 2*phsize
	b := make([]byte, hdr, hdr+len(trampolineCode))
	le := binary.LittleEndian
	copy(b, []byte{0x7f, 'E', 'L', 'F', 2, 1, 1}) // 64-bit, little-endian, version 1
	le.PutUint16(b[16:], 2)                       // ET_EXEC
	le.PutUint16(b[18:], trampolineMachine)
	le.PutUint32(b[20:], 1)
	le.PutUint64(b[24:], base+uint64(hdr)) // entry: the code
	le.PutUint64(b[32:], ehsize)           // program headers
	le.PutUint16(b[52:], ehsize)
	le.PutUint16(b[54:], phsize)
	le.PutUint16(b[56:], 2)
	load := b[ehsize:]
	le.PutUint32(load[0:], 1) // PT_LOAD
	le.PutUint32(load[4:], 5) // PF_R|PF_X
	le.PutUint64(load[16:], base)
	le.PutUint64(load[24:], base)
	le.PutUint64(load[32:], uint64(hdr+len(trampolineCode)))
	le.PutUint64(load[40:], uint64(hdr+len(trampolineCode)))
	le.PutUint64(load[48:], 0x1000)
	stack := b[ehsize+phsize:]
	le.PutUint32(stack[0:], 0x6474e551) // PT_GNU_STACK
	le.PutUint32(stack[4:], 6)          // PF_R|PF_W
	return append(b, trampolineCode...)
}

// ready writes the trampoline to a memfd on first use and tells whether
// it can be used.
func (t *trampoline) ready() bool {
	t.once.Do(func() {
		if trampolineCode == nil {
			return
		}
		fd, err := unix.MemfdCreate("jobsh-exec", unix.MFD_CLOEXEC|unix.MFD_ALLOW_SEALING)
		if err != nil {
			return
		}
		fd = fds.MoveHigh(fd)
		f := os.NewFile(uintptr(fd), "jobsh-exec")
		if _, err := f.Write(trampolineELF()); err != nil {
			f.Close()
			return
		}
		// Sealed, so nothing in the process can change what it runs.
		unix.FcntlInt(uintptr(fd), unix.F_ADD_SEALS, unix.F_SEAL_WRITE|unix.F_SEAL_GROW|unix.F_SEAL_SHRINK|unix.F_SEAL_SEAL)
		// The shell's own descriptor, by the shell's pid: in the child,
		// ForkExec has already put the job's files on descriptors
		// 0..n-1 when it execs, and /proc/self/fd/N could be one of them.
		t.file, t.path = f, "/proc/"+strconv.Itoa(os.Getpid())+"/fd/"+strconv.Itoa(fd)
	})
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.path != ""
}

// disable is for a system that refuses to exec a memfd (vm.memfd_noexec,
// a noexec /proc): programs are then started directly.
func (t *trampoline) disable() {
	t.mu.Lock()
	t.path = ""
	t.mu.Unlock()
}

// errTrampoline: the trampoline ended without reporting a pid (a signal
// killed it before its clone).
var errTrampoline = errors.New("exec trampoline ended early")

// start starts cmd through the trampoline with attr's descriptors,
// directory, process group and terminal (launchGroup). It returns the
// program's pid and its process group, whose leader it is when attr asked
// for a new group, as when the shell starts it directly. It returns only
// once the program has exec'd, as ForkExec does. fallback is true when the
// trampoline may not have run at all.
//
// With ignoreInterrupts the program starts with SIGINT and SIGQUIT
// ignored, which Go's ForkExec cannot do: its child resets every signal
// the shell catches to the default, and the shell must keep catching
// these two.
func (t *trampoline) start(path string, args []string, attr *syscall.ProcAttr, ignoreInterrupts bool) (pid, pgid int, fallback bool, err error) {
	// A raw pipe, read with a blocking read(2): an os.File would go
	// through the runtime's poller (epoll_ctl twice, a parked goroutine
	// and a thread hand-off), for 4 or 8 bytes that come within
	// microseconds.
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		return 0, 0, false, err
	}
	r, w := p[0], p[1]
	defer unix.Close(r)
	a := *attr
	a.Files = append(append([]uintptr(nil), attr.Files...), uintptr(w))
	fd := strconv.Itoa(len(attr.Files))
	if ignoreInterrupts {
		fd = "i" + fd
	}
	group, tty := launchGroup(&a)
	ttyArg := "-"
	if tty >= 0 {
		// Its own number in the child: the files are already in place
		// when the trampoline's clone makes it the foreground. Passed
		// from a low copy: ForkExec moves descriptors above the highest
		// one it is given, and the shell's (255) would put them past a
		// lowered descriptor limit (ulimit -n 100).
		low, err := unix.FcntlInt(uintptr(tty), unix.F_DUPFD_CLOEXEC, 3)
		if err != nil {
			return 0, 0, false, err
		}
		defer unix.Close(low)
		ttyArg = strconv.Itoa(len(a.Files))
		a.Files = append(a.Files, uintptr(low))
	}
	argv := append([]string{"jobsh-exec", fd, strconv.Itoa(group), ttyArg, path}, args...)
	t.mu.Lock()
	self := t.path
	t.mu.Unlock()
	tpid, err := syscall.ForkExec(self, argv, &a)
	unix.Close(w)
	if err != nil {
		// The exec of the memfd refused, or the child's own setup (its
		// directory, its group) failed: the caller tries a direct
		// spawn, and disables the trampoline if that one works.
		fallback := err == syscall.EACCES || err == syscall.EPERM || err == syscall.ENOENT
		return 0, 0, fallback, err
	}
	var buf [8]byte
	n := readFull(r, buf[:])
	var ws unix.WaitStatus
	for {
		if _, werr := unix.Wait4(tpid, &ws, 0, nil); werr != unix.EINTR {
			break
		}
	}
	first := int(int32(binary.NativeEndian.Uint32(buf[:4])))
	switch {
	case n == 4 && first > 0:
		if group == 0 {
			group = first // the program leads its own group
		}
		return first, group, false, nil
	case n == 8 && first < 0:
		// The program's exec failed; it exited 127 and is our child.
		failed := int(int32(binary.NativeEndian.Uint32(buf[4:])))
		for {
			if _, werr := unix.Wait4(failed, &ws, 0, nil); werr != unix.EINTR {
				break
			}
		}
		return 0, 0, false, syscall.Errno(-first)
	case n == 4 && first < 0:
		return 0, 0, false, syscall.Errno(-first) // clone failed
	}
	return 0, 0, false, errTrampoline
}

// launchGroup moves the process group and terminal settings of a's Sys
// from the trampoline to the program, which the trampoline's clone puts
// in its group (0: a new one it leads) and, with a terminal, in the
// foreground before its exec. The trampoline itself gets a group of its
// own, which is never the terminal's foreground group: no key can stop
// it, with the shell waiting for its report. Without a group asked for,
// the program joins the shell's own.
func launchGroup(a *syscall.ProcAttr) (group, tty int) {
	var sys syscall.SysProcAttr
	if a.Sys != nil {
		sys = *a.Sys
	}
	group, tty = unix.Getpgrp(), -1
	if sys.Setpgid {
		group = sys.Pgid
	}
	if sys.Foreground {
		tty = sys.Ctty // the shell's descriptor, as for ForkExec
	}
	sys.Setpgid, sys.Pgid, sys.Foreground = true, 0, false
	a.Sys = &sys
	return group, tty
}

// readFull reads from fd until buf is full or end of file, and returns
// how much it read.
func readFull(fd int, buf []byte) int {
	n := 0
	for n < len(buf) {
		m, err := unix.Read(fd, buf[n:])
		if err == unix.EINTR {
			continue
		}
		if m <= 0 || err != nil {
			break
		}
		n += m
	}
	return n
}

// inTrampoline tells whether process pid runs the trampoline's image:
// its executable is the trampoline's memfd.
func inTrampoline(pid int) bool {
	exe, err := os.Readlink("/proc/" + strconv.Itoa(pid) + "/exe")
	return err == nil && strings.HasPrefix(exe, "/memfd:jobsh-exec")
}
