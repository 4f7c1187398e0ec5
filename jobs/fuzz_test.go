package jobs

import (
	"errors"
	"testing"
)

// FuzzFind resolves any job spec against a table with stopped, running
// and done jobs: a job or a *SpecError, never a panic.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"%%", "%+", "%-", "%1", "%3", "%99", "%sleep", "%?100", "%?", "%", "1", "%-1", "%0x10", "%vim"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		tab := NewTable()
		for i, text := range []string{"sleep 100", "vim notes", "sleep 200 | cat"} {
			j := &Job{Text: text, Procs: []*Process{{Pid: 100 + i, Command: text}}}
			tab.Add(j)
			tab.SetCurrent(j)
		}
		tab.Update(100, StoppedStatus(20), nil)
		tab.Update(102, ExitedStatus(1), nil)
		j, err := tab.Find(spec)
		if err != nil {
			var se *SpecError
			if !errors.As(err, &se) {
				t.Fatalf("%q: error %v is not a SpecError", spec, err)
			}
			return
		}
		if j == nil {
			t.Fatalf("%q: no job and no error", spec)
		}
	})
}
