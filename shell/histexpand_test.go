package shell

import (
	"strings"
	"testing"
)

// The expected values were made by bash 5.2 itself, one bash per case:
//
//	bash -c 'set -o history -H; for h in "${@:2}"; do history -s "$h"; done; history -p "$1"' _ LINE HIST...
//
// (testdata/histexpand_cases.py prints this table); err is a failed
// expansion (bash's history -p exits 1).
func TestHistExpand(t *testing.T) {
	cases := []struct {
		hist       []string
		line, want string
		err        bool
	}{
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!$", "-l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!^", "'x y'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!*", "'x y' \"z w\" > out.txt 2>&1 | wc -l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo !$ !^", "echo -l 'x y'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1", "ls /usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!2", "echo a b c d", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-1", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2", "echo a b c d", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-3", "ls /usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-4", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!9", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!0", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!ls", "ls /usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!ec", "echo a b c d", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!echo:2", "b", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!xyz", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!?file?", "ls /usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!?a b?:2", "b", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!?tar", "ls /usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!?nothere?", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!?file?:%", "/usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!?z w?:%", "\"z w\"", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "^b^X^", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "^b^X", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "^b^X^ tail", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "^zz^X^", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "^b^^", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:0", "echo", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:1", "a", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:2-3", "b c", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:$", "d", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:^", "a", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:*", "a b c d", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:2*", "b c d", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:2-", "b c", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:4-", "", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:5-", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:-2", "echo a b", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:7", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:3-1", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:1-$", "a b c d", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:1-^", "a", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:0", "cat", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:1", "'x y'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:2", "\"z w\"", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:3", ">", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:4", "out.txt", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:5", "2>&1", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:6", "|", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:7", "wc", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:*", "'x y' \"z w\" > out.txt 2>&1 | wc -l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:1:h", "/usr/lib", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:1:t", "file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:1:r", "/usr/lib/file.tar", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:1:e", ".gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:1:r:r", "/usr/lib/file", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:1:t:r", "file.tar", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:h", "ls /usr/lib", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!$:h", "-l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s/usr/opt/", "ls /opt/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s/usr/opt", "ls /opt/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s#/#+#", "ls +usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:gs/l/L/", "Ls /usr/Lib/fiLe.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:as/l/L/", "Ls /usr/Lib/fiLe.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s/l/[&]/", "[l]s /usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s/l/\\&/", "&s /usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s/zz/y/", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s/l/L/:&", "Ls /usr/Lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s/l/L/:g&", "Ls /usr/Lib/fiLe.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:&", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s/x\\/y/z/", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:s/lib/&&/", "ls /usr/liblib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:q", "'cat '\\''x y'\\'' \"z w\" > out.txt 2>&1 | wc -l'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:x", "'echo' 'a' 'b' 'c' 'd'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-2:q", "'echo a b c d'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:z", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!1:p", "ls /usr/lib/file.tar.gz", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!:1:p", "'x y'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo '!!'", "echo '!!'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo \"!!\"", "echo \"cat 'x y' \"z w\" > out.txt 2>&1 | wc -l\"", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo \\!!", "echo \\!!", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo \"\\!!\"", "echo \"\\!!\"", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo $'a\\'!!'", "echo $'a\\'!!'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo '!!' !!", "echo '!!' cat 'x y' \"z w\" > out.txt 2>&1 | wc -l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo ! x", "echo ! x", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo !", "echo !", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "a!=b", "a!=b", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo $!", "echo $!", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo ${!x}", "echo ${!x}", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "[!a]*", "[!a]*", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "x!(y)", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo \"!\"", "echo \"!\"", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo # !!", "echo # !!", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo a#!!", "echo a#cat 'x y' \"z w\" > out.txt 2>&1 | wc -l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo \"#\" !!", "echo \"#\" cat 'x y' \"z w\" > out.txt 2>&1 | wc -l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "#!!", "#!!", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo !#", "echo echo ", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo x !#:1", "echo x x", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo !#:0 y", "echo echo y", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!!!", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -lcat 'x y' \"z w\" > out.txt 2>&1 | wc -l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!!x", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -lx", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "x!!y", "xcat 'x y' \"z w\" > out.txt 2>&1 | wc -ly", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!$!$", "-l-l", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "echo !ec:1", "echo a", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!ec-2", "echo a b", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!ec;x", "echo a b c d;x", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "\"!ec\"", "\"echo a b c d\"", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!ec$", "d", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!:1", "'x y'", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!:0", "cat", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!%", "", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!?ls?x", "ls /usr/lib/file.tar.gzx", false},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!?", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!??", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-", "", true},
		{[]string{"ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"}, "!-x", "", true},
		{[]string{"echo one", "grep -r foo src; echo done", "echo hi"}, "!!:1", "hi", false},
		{[]string{"echo one", "grep -r foo src; echo done", "echo hi"}, "!-2:$", "done", false},
		{[]string{"echo one", "grep -r foo src; echo done", "echo hi"}, "!-2:*", "-r foo src ; echo done", false},
		{[]string{"echo one", "grep -r foo src; echo done", "echo hi"}, "!-2:4", ";", false},
		{[]string{"echo one", "grep -r foo src; echo done", "echo hi"}, "!grep:2-4", "foo src ;", false},
		{[]string{"echo one", "grep -r foo src; echo done", "echo hi"}, "!?foo?:%:s/o/0/", "f0o", false},
		{[]string{"echo one", "grep -r foo src; echo done", "echo hi"}, "!e", "echo hi", false},
		{[]string{"echo one", "grep -r foo src; echo done", "echo hi"}, "!g:0", "grep", false},
		{[]string{"cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"}, "!1:*", "<< EOF > f 2>> g", false},
		{[]string{"cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"}, "!2:*", "&& b || c ; d", false},
		{[]string{"cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"}, "!3:*", "$(echo a b) `y z` w", false},
		{[]string{"cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"}, "!4:*", "<(a b) >(c) 3<&0- 2>&1 &> o >| p", false},
		{[]string{"cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"}, "!4:$", "p", false},
		{[]string{"echo a\\ b \"c d\\\" e\" 'f'g"}, "!!:*", "a\\ b \"c d\\\" e\" 'f'g", false},
		{[]string{"echo a\\ b \"c d\\\" e\" 'f'g"}, "!!:2", "\"c d\\\" e\"", false},
		{[]string{"echo it's"}, "!!:q", "'echo it'\\''s'", false},
		{[]string{"echo a  b"}, "!!:x", "'echo' 'a' '' 'b'", false},
		{[]string{}, "!!", "", true},
		{[]string{}, "!$", "", true},
		{[]string{}, "echo hi", "echo hi", false},
		{[]string{"echo a b c"}, "^b^X^", "echo a X c", false},
		{[]string{"echo a b c"}, "^b^X", "echo a X c", false},
		{[]string{"echo a b b"}, "^b^X^ tail", "echo a X b tail", false},
		{[]string{"echo a b c"}, "^b^^", "echo a  c", false},
		{[]string{"echo a b c"}, "^b", "echo a  c", false},
		{[]string{"echo a b c"}, "^^X^", "", true},
		{[]string{"echo a.b a.b"}, "^.^-^", "echo a-b a.b", false},
		{[]string{"echo a b c"}, "echo $!x", "echo $!x", false},
		{[]string{"echo a b c"}, "echo $!!", "echo $!!", false},
		{[]string{"echo a b c"}, "x$!$", "x$!$", false},
		{[]string{"echo a b c"}, "x!(y", "", true},
		{[]string{"echo a b c"}, "x!;", "", true},
		{[]string{"echo a b c"}, "x!|", "", true},
		{[]string{"echo a b c"}, "x!ec(y", "xecho a b c(y", false},
		{[]string{"echo a b c"}, "x!ec|y", "xecho a b c|y", false},
		{[]string{"echo a b c"}, "!$$", "c$", false},
		{[]string{"echo a b c"}, "!e!e", "", true},
		{[]string{"echo a b c"}, "!!!e", "echo a b cecho a b c", false},
		{[]string{"echo a b c"}, "!$x", "cx", false},
		{[]string{"echo first"}, "echo \"$(echo 'x !!' \"!!\")\"", "echo \"$(echo 'x !!' \"echo first\")\"", false},
		{[]string{"echo first"}, "echo \"a '!!' $(echo \"b '!!'\")\"", "echo \"a 'echo first' $(echo \"b '!!'\")\"", false},
		{[]string{"echo first"}, "echo \"it's !!\"", "echo \"it's echo first\"", false},
		{[]string{"echo first"}, "echo \"$( (echo) '!!')\" !!", "echo \"$( (echo) 'echo first')\" echo first", false},
		{[]string{"echo aa ba \"c a\" da"}, "!!:Gs/a/X/", "echo Xa bX \"c X\" dX", false},
		{[]string{"echo aa ba \"c a\" da"}, "!!:Gs/z/X/", "", true},
		{[]string{"echo aa ba \"c a\" da"}, "!!:G&", "", true},
		{[]string{"echo aa ba \"c a\" da"}, "!!:s/a/X/:G&", "echo XX bX \"c X\" dX", false},
		{[]string{"echo x"}, "^", "", true},
		{[]string{"echo x"}, "^x", "echo ", false},
		{[]string{"echo x"}, "echo ^x^y", "echo ^x^y", false},
	}
	for _, c := range cases {
		var hx histExpander
		got, how, err := hx.expand(c.line, c.hist)
		if (err != nil) != c.err || (err == nil && got != c.want) {
			t.Errorf("%q after %q: got %q (%d) %v, want %q err=%v", c.line, c.hist, got, how, err, c.want, c.err)
		}
		if err == nil && how == histUnchanged && got != c.line {
			t.Errorf("%q: unchanged but %q", c.line, got)
		}
	}
}

// A line that continues a quoted string, as bash treats it (bash
// --noediting -i, typing the lines in a pty): the rest of a single-quoted
// string is left alone; in a double-quoted one, a ' quotes what follows.
func TestHistExpandContinuedQuote(t *testing.T) {
	hist := []string{"echo first"}
	for _, c := range []struct {
		line  string
		quote byte
		want  string
	}{
		{"!! b' !!", '\'', "!! b' echo first"},
		{"no quote end !!", '\'', "no quote end !!"},
		{"b !!\"", '"', "b echo first\""},
		{"it's !! b\" !!", '"', "it's !! b\" !!"},
	} {
		var hx histExpander
		got, _, err := hx.expandQuoted(c.line, hist, c.quote)
		if err != nil || got != c.want {
			t.Errorf("%q in %c: %q %v, want %q", c.line, c.quote, got, err, c.want)
		}
	}
}

// With extglob, `!(` followed by a `)` is the shell's (bash -c 'shopt -s
// extglob; ...; history -p LINE' gave these).
func TestHistExpandExtglob(t *testing.T) {
	hist := []string{"echo a b c"}
	for line, want := range map[string]string{"ls !(x)": "ls !(x)", "ls !(x": "", "x!(y)z": "", "!(a)": ""} {
		hx := histExpander{extglob: true}
		got, _, err := hx.expand(line, hist)
		if (want == "") != (err != nil) || got != want {
			t.Errorf("%q: %q %v, want %q", line, got, err, want)
		}
	}
}

// FuzzHistExpand: no line makes the expansion panic or loop.
func FuzzHistExpand(f *testing.F) {
	for _, s := range []string{"!!", "!$:h:t", "^a^b^", "!?x?:%", "!-2:s/a/b/:&:p", `echo "!!" '!' \!x`, "!#:0", "!!:x:q", "!1:2-", "!e:gs/a/&&/"} {
		f.Add(s)
	}
	hist := []string{"echo a b c", "cat <(x y) 'q r' > f", "ls /usr/lib/x.tar.gz"}
	f.Fuzz(func(t *testing.T, line string) {
		var hx histExpander
		hx.expand(line, hist)
		hx.expand(line, nil)
	})
}

// What history expansion makes is bounded: !# doubles the line each time
// and :gs/a/&&/ a word, and forty of either took all memory (FuzzHistExpand
// in .ci/run hung on such an input).
func TestHistExpandBounded(t *testing.T) {
	hist := []string{"echo aaaa"}
	for _, line := range []string{"a " + strings.Repeat("!#", 45), "!!" + strings.Repeat(":gs/a/&&/", 45)} {
		var hx histExpander
		if _, _, err := hx.expand(line, hist); err == nil || !strings.Contains(err.Error(), "too long") {
			t.Errorf("%.20q...: %v", line, err)
		}
	}
}
