package tests

import (
	"testing"
)

// Here-documents whatever their delimiter's quoting, in every way jobsh
// reads a program: a -c string and a script file are parsed whole, but
// standard input is read line by line, and a line that opens a
// here-document is incomplete until its delimiter comes (issue 11 item 2:
// `<<'EOF'`, `<<"EOF"` and `<<\EOF` failed on stdin with "unclosed
// here-document"). Each form must agree with bash.
func TestHeredocForms(t *testing.T) {
	if bashBin == "" {
		t.Skip("bash not installed")
	}
	programs := map[string]string{
		"double":       "v=X\ncat <<\"EOF\"\n$v\nEOF\necho end\n",
		"single":       "v=X\ncat <<'EOF'\n$v \\$v `echo no`\nEOF\necho end\n",
		"backslash":    "v=X\ncat <<\\EOF\n$v\nEOF\necho end\n",
		"partly":       "v=X\ncat <<E\"O\"F\n$v\nEOF\necho end\n",
		"dash quoted":  "v=X\ncat <<-'EOF'\n\t$v\n\tEOF\necho end\n",
		"unquoted":     "v=X\ncat <<EOF\n$v\nEOF\necho end\n",
		"two":          "v=X\ncat <<'A' - <<B\n$v a\nA\n$v b\nB\necho end\n",
		"in a loop":    "for i in 1 2; do\ncat <<'EOF'\n$i\nEOF\ndone\necho end\n",
		"in a command": "echo \"$(cat <<'EOF'\n$v inner\nEOF\n)\"\necho end\n",
		// Cut off by the end of the input: bash warns and runs it.
		"cut off quoted":   "v=X\necho before\ncat <<'EOF'\n$v\n",
		"cut off":          "v=X\ncat <<EOF\n$v no newline",
		"cut off empty":    "echo before\ncat <<\"EOF\"\n",
		"cut off in a for": "for i in 1; do cat <<EOF\n$i\n",
	}
	for name, prog := range programs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, form := range scriptForms {
				j, b := runForm(t, form, jobshBin, prog), runForm(t, form, bashBin, prog)
				if j.stdout != b.stdout || j.status != b.status || (j.stderr == "") != (b.stderr == "") {
					t.Errorf("%s: jobsh %q %q %d, bash %q %q %d", form, j.stdout, j.stderr, j.status, b.stdout, b.stderr, b.status)
				}
			}
		})
	}
}
