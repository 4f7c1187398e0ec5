// Command gen writes docs/builtins.md and the manual page docs/jobsh.1
// from the help pages of package shell (shell/helptext.go), so that help,
// the Markdown reference and the manual page say the same. Run it from
// the repository's root, or through go generate ./shell:
//
//	go run ./docs/gen
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"jobsh/shell"
)

func main() {
	dir := docsDir()
	for name, text := range map[string]string{
		"builtins.md": shell.BuiltinReference(),
		"jobsh.1":     shell.ManPage(),
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
		fmt.Println("wrote", path)
	}
}

// docsDir is the docs directory this program's source is in, wherever it
// is run from (go generate runs it in shell/).
func docsDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "docs"
	}
	return filepath.Dir(filepath.Dir(file))
}
