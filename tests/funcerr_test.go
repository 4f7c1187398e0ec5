package tests

import (
	"testing"
)

// An error in a function's body is named as bash names it, after the
// file the function was defined in (its BASH_SOURCE) and the line there:
// "environment" for a -c string, "main" for standard input (read and
// parsed a chunk at a time, so the body's lines must count from where it
// was defined), the script or the sourced file otherwise.
func TestFunctionErrorNames(t *testing.T) {
	programs := map[string]string{
		"defined then called": "f() {\n  nosuch\n  echo $LINENO\n}\n\necho $LINENO\nf\nnosuch2\n",
		"return":              "f() { return a; }\nf\necho st=$?\n",
		"nested":              "g() { nosuch; }\nf() {\n g\n}\n\n\nf\n",
		"sourced":             "printf 'h() {\\n nosuch\\n}\\n' >l.sh\n. ./l.sh\n\nh\n",
		"eval":                "eval 'e() { nosuch; }'\n\ne\n",
	}
	compareForms(t, programs)
}
