// Package casefile reads the test corpora kept as shell scripts split into
// cases by lines "### name": the language cases (tests/testdata/lang),
// the POSIX clauses (testdata/posix) and the fuzzer's minimized
// differences (testdata/fuzzdiff), which the tests of several packages
// run.
package casefile

import (
	"os"
	"path/filepath"
	"strings"
)

// A Case is one script of a case file.
type Case struct {
	// Name is the file's base name without .sh, a slash and the text
	// after "### "; or only that text, for Read's bare names.
	Name   string
	Script string
}

// Read returns the cases of the files that glob matches, in file order,
// named "file/name"; bare names leaves out the file. Text before a file's
// first "### " line is the file's own comment, not a case.
func Read(glob string, bare bool) ([]Case, error) {
	files, err := filepath.Glob(glob)
	if err != nil {
		return nil, err
	}
	var cases []Case
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		base := strings.TrimSuffix(filepath.Base(f), ".sh")
		for _, chunk := range strings.Split(string(data), "\n### ")[1:] {
			name, script, _ := strings.Cut(chunk, "\n")
			name = strings.TrimSpace(name)
			if !bare {
				name = base + "/" + name
			}
			cases = append(cases, Case{name, script})
		}
	}
	return cases, nil
}
