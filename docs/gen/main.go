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

// docsDir is the docs directory of the module the command runs in: the
// first directory with a go.mod, from the working directory up (go
// generate runs it in shell/, a developer in the root).
func docsDir() string {
	dir, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "docs")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			fmt.Fprintln(os.Stderr, "gen: no go.mod above the working directory")
			os.Exit(1)
		}
		dir = parent
	}
}
