//go:build linux

package jobs

import (
	"os"
	"testing"
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
	for b.Loop() {
		j := c.NewJob("true", "/", true)
		cmd := &Command{Path: "/bin/true", Args: []string{"true"}, Dir: "/", Files: []*os.File{devnull, devnull, devnull}}
		if _, err := c.Start(j, cmd); err != nil {
			b.Fatal(err)
		}
		c.WaitForeground(j)
		c.Remove(j)
	}
}

func BenchmarkSpawnDirect(b *testing.B)     { benchmarkSpawn(b, false) }
func BenchmarkSpawnTrampoline(b *testing.B) { benchmarkSpawn(b, true) }
