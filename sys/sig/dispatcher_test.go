//go:build linux

package sig

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// masks reads this process's ignored and caught signal sets, as the
// kernel sees them.
func masks(t *testing.T) (ignored, caught uint64) {
	t.Helper()
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		k, v, _ := strings.Cut(line, ":")
		n, _ := strconv.ParseUint(strings.TrimSpace(v), 16, 64)
		switch k {
		case "SigIgn":
			ignored = n
		case "SigCgt":
			caught = n
		}
	}
	return
}

func bit(s syscall.Signal) uint64 { return 1 << (uint(s) - 1) }

// TestDispositions walks one signal through every disposition and checks
// what the kernel reports, and that each subscriber gets each arrival.
func TestDispositions(t *testing.T) {
	d := Process
	s := syscall.SIGUSR2
	d.DieByDefault(s)
	if ign, cgt := masks(t); ign&bit(s) != 0 || cgt&bit(s) != 0 {
		t.Fatalf("DieByDefault: want SIG_DFL, got ignored=%v caught=%v", ign&bit(s) != 0, cgt&bit(s) != 0)
	}
	a, b := make(chan os.Signal, 4), make(chan os.Signal, 4)
	unsubA := d.Subscribe(a, s)
	unsubB := d.Subscribe(b, s)
	if _, cgt := masks(t); cgt&bit(s) == 0 {
		t.Fatal("subscribed: not caught")
	}
	syscall.Kill(os.Getpid(), s)
	for _, ch := range []chan os.Signal{a, b} {
		select {
		case got := <-ch:
			if got != s {
				t.Errorf("got %v", got)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("a subscriber did not get the signal")
		}
	}
	d.SetIgnored(s, true)
	if ign, _ := masks(t); ign&bit(s) == 0 {
		t.Fatal("ignored: the kernel does not ignore it")
	}
	syscall.Kill(os.Getpid(), s) // must not end the test
	d.SetIgnored(s, false)
	unsubA()
	if _, cgt := masks(t); cgt&bit(s) == 0 {
		t.Fatal("one subscriber left: not caught")
	}
	unsubB()
	if ign, cgt := masks(t); ign&bit(s) != 0 || cgt&bit(s) != 0 {
		t.Fatal("no subscriber left: want SIG_DFL again")
	}
}
