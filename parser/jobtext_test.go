package parser

import "testing"

// The expected texts are what bash 5.2's `jobs` printed for the same
// commands run with &.
func TestJobText(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`{ sleep 2; echo x; }`, "{ sleep 2; echo x; }"},
		{`while :; do sleep 1; done > /dev/null`, "while :; do\n    sleep 1;\ndone > /dev/null"},
		{`for i in 1 2; do sleep 3; echo $i; done`, "for i in 1 2;\ndo\n    sleep 3; echo $i;\ndone"},
		{`if true; then sleep 3; else echo no; fi`, "if true; then\n    sleep 3;\nelse\n    echo no;\nfi"},
		{`( sleep 3; exit 3 )`, "( sleep 3; exit 3 )"},
		{`(exit 3)`, "( exit 3 )"},
		{`until false; do sleep 1; break; done`, "until false; do\n    sleep 1; break;\ndone"},
		{`case x in x) sleep 3;; y) echo;; esac`, "case x in \n    x)\n        sleep 3\n    ;;\n    y)\n        echo\n    ;;\nesac"},
		{`sleep 3 && echo a || echo b`, "sleep 3 && echo a || echo b"},
		{`! sleep 3`, "sleep 3"},
		{`[[ -n x ]] && sleep 3`, "[[ -n x ]] && sleep 3"},
		{`(( 1 )) && sleep 3`, "(( 1 )) && sleep 3"},
		{`x=1 sleep 3 >/dev/null 2>&1 </dev/null`, "x=1 sleep 3 > /dev/null 2>&1 < /dev/null"},
		{`{ sleep 1; } | { cat; }`, "{ sleep 1; } | { cat; }"},
		{`time sleep 1`, "time sleep 1"},
		{`sleep 3 | cat | cat`, "sleep 3 | cat | cat"},
		{`sleep   100`, "sleep 100"},
		{`( sleep 5 & echo hi > /dev/null; wait )`, "( sleep 5 & echo hi > /dev/null; wait )"},
		{`{ sleep 5 & }`, "{ sleep 5 & }"},
		{`while sleep 5 & do break; done`, "while sleep 5 & do\n    break;\ndone"},
		{`while :; do sleep 5 & break; done`, "while :; do\n    sleep 5 & break;\ndone"},
		{`if true; then sleep 5 & fi`, "if true; then\n    sleep 5 &\nfi"},
		{`( ! false; sleep 5 )`, "( ! false; sleep 5 )"},
	} {
		f, err := Parse(c.src, "")
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if got := JobText(f.Stmts[0]); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}
