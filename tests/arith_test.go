package tests

import (
	"strings"
	"testing"
)

// Arithmetic is evaluated as bash evaluates it, as text with the
// expansions in place ($(( $x * 3 )) with x='1 + 2' is 7), also where the
// shell does not have the expression's source: a function defined in an
// earlier chunk of standard input or in a sourced file, a pipeline stage
// re-executed under job control.
func TestArithTextForms(t *testing.T) {
	programs := map[string]string{
		"function from an earlier chunk": "f() {\n  i=0; echo $(( $1 * 2 )) $(( - -$1 )) $(( i++ + $i ))\n}\nf 1+1\nx='1 + 2'\ng() { echo $(( $x * 3 )); (( $x * 3 == 7 )) && echo seven; }\n\ng\n",
		"sourced function":               "printf 'h() { echo $(( $1 * 2 )); let y=$1*2; echo $y; }\\n' >l.sh\n. ./l.sh\nh 1+1\n",
		"job member":                     "set -m\nx='1 + 2'\necho $(( $x * 3 )) | cat\nf() { echo $(( $1 * 2 )); }\nf 1+1 | cat\n",
		// An expression that does not parse is kept as its text, read
		// across the parser's buffer refills.
		"long bad expression": "echo $(( " + strings.Repeat("1 + ", 1500) + "$(echo 2) 3 ))\necho after\n(( " + strings.Repeat("2 * ", 700) + "))\necho st=$?\n",
	}
	compareForms(t, programs)
}
