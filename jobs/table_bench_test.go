package jobs

import (
	"fmt"
	"testing"
)

// The job table must cost the same per event with 10,000 jobs as with 10
// (the performance issue). Each benchmark runs at several table sizes; the
// ns/op of one size should match the others'.

// fill makes a table of n running background jobs of one process each.
func fill(n int) *Table {
	t := NewTable()
	for i := 0; i < n; i++ {
		j := &Job{Text: "sleep 100", Procs: []*Process{{Pid: 1000 + i, Command: "sleep 100"}}}
		t.Add(j)
		t.SetCurrent(j) // as the shell does when it starts a job in the background
		t.Update(1000+i, ContinuedStatus, nil)
	}
	return t
}

var sizes = []int{10, 1000, 10000}

// BenchmarkTableStartEnd is one short background job's whole life in a
// table that already holds n jobs: added, reaped, reported, removed.
func BenchmarkTableStartEnd(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			t := fill(n)
			pid := 1_000_000
			b.ReportAllocs()
			for b.Loop() {
				pid++
				j := &Job{Text: "true", Procs: []*Process{{Pid: pid, Command: "true"}}}
				t.Add(j)
				t.SetCurrent(j)
				t.Update(pid, ExitedStatus(0), nil)
				t.Remove(j)
			}
		})
	}
}

// BenchmarkTableUpdate is a continue report for one process of a table
// of n jobs: a map lookup and a state check.
func BenchmarkTableUpdate(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			t := fill(n)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				t.Update(1000+i%n, ContinuedStatus, nil)
				i++
			}
		})
	}
}

// BenchmarkTableFind resolves %% and %N.
func BenchmarkTableFind(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			t := fill(n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := t.Find("%%"); err != nil {
					b.Fatal(err)
				}
				if _, err := t.Find("%5"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStatusDecode decodes a raw wait status into the W* macros.
func BenchmarkStatusDecode(b *testing.B) {
	st := Status(0x8b) // killed by SIGSEGV, core dumped
	for b.Loop() {
		_ = st.Macros()
	}
}
