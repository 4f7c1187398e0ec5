//go:build linux

package jobs

import (
	"os"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// The cost of starting a program through the exec trampoline (one more
// small exec) beside starting it directly: /bin/true, run and reaped.
func benchmarkSpawn(b *testing.B, own bool) {
	if own && trampolineCode == nil {
		b.Skip("no exec trampoline on this architecture")
	}
	c := NewController()
	c.OwnRSS = own
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		b.Fatal(err)
	}
	defer devnull.Close()
	cpu0 := cpuTime()
	for b.Loop() {
		j := c.NewJob("true", "/", true)
		cmd := &Command{Path: "/bin/true", Args: []string{"true"}, Dir: "/", Files: []*os.File{devnull, devnull, devnull}}
		if _, err := c.Start(j, cmd); err != nil {
			b.Fatal(err)
		}
		c.WaitForeground(j)
		c.Remove(j)
	}
	// CPU time, the shell's and its children's: steadier than the
	// wall clock on a shared machine.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

func cpuTime() time.Duration {
	var self, kids unix.Rusage
	unix.Getrusage(unix.RUSAGE_SELF, &self)
	unix.Getrusage(unix.RUSAGE_CHILDREN, &kids)
	d := time.Duration(0)
	for _, tv := range []unix.Timeval{self.Utime, self.Stime, kids.Utime, kids.Stime} {
		d += Duration(tv)
	}
	return d
}

func BenchmarkSpawnDirect(b *testing.B)     { benchmarkSpawn(b, false) }
func BenchmarkSpawnTrampoline(b *testing.B) { benchmarkSpawn(b, true) }
