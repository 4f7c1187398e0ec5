//go:build linux

package sig

import (
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Sigaction is the kernel's struct sigaction on amd64 and arm64. The
// os/signal package can catch, ignore or give a signal back to the Go
// runtime, but it can't put a signal at SIG_DFL while the runtime has
// handled it: a process that must die of a signal, or stop on one, with
// the status its parent decodes, sets the action itself.
type Sigaction struct {
	Handler, Flags, Restorer uintptr
	Mask                     uint64
}

// SIG_DFL and SIG_IGN, as Sigaction.Handler values.
const (
	SigDefault = 0
	SigIgnore  = 1
)

// SetSigaction is rt_sigaction(2): it installs act (when not nil) and
// returns the action sig had.
func SetSigaction(sig syscall.Signal, act *Sigaction) Sigaction {
	var old Sigaction
	unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(&old)), 8, 0, 0)
	return old
}

// AddSignal is sigaddset(3).
func AddSignal(set *unix.Sigset_t, sig unix.Signal) {
	n := uint(sig) - 1
	set.Val[n/64] |= 1 << (n % 64)
}
