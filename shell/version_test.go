package shell

import "testing"

func TestVersionLine(t *testing.T) {
	for _, c := range []struct {
		commit   string
		modified bool
		want     string
	}{
		{"", false, "jobsh 1.0 (commit unknown)"},
		{"0e491beeb3ee62b3e083d43afe95a30e6682034d", false, "jobsh 1.0 (commit 0e491beeb3ee62b3e083d43afe95a30e6682034d)"},
		{"0e491be", true, "jobsh 1.0 (commit 0e491be, modified)"},
	} {
		if got := versionLine("jobsh 1.0", c.commit, c.modified); got != c.want {
			t.Errorf("versionLine(%q, %v) = %q, want %q", c.commit, c.modified, got, c.want)
		}
	}
}
