// Command jobsh is an interactive shell whose heart is job control.

// The Go runtime would otherwise keep two cgroup files open on
// descriptors 3 and 4, from before main, to follow the container's CPU
// limit: descriptors 3 to 9 are the user's (exec 3>file cmd), as in bash.
//
//go:debug containermaxprocs=0
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"jobsh/editor"
	"jobsh/shell"
	"jobsh/sys/fds"
)

func main() {
	fds.ReserveUserRange()
	if len(os.Args) == 3 && os.Args[1] == shell.SubshellFlag {
		fd, err := strconv.Atoi(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, "jobsh: bad subshell descriptor")
			os.Exit(2)
		}
		os.Exit(shell.RunSubshell(fd, editor.Keys{}))
	}
	cfg, err := parseArgs(os.Args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "jobsh: %v\n%s", err, shell.Usage())
		os.Exit(2)
	}
	cfg.NewEditor = editor.New
	cfg.Argv0 = os.Args[0]
	cfg.Keys = editor.Keys{}
	os.Exit(shell.Main(cfg))
}

// parseArgs reads the command line. Its options are described in one
// place, the table in shell/helptext.go (commandLine) that jobsh --help
// and the manual page's OPTIONS print: a new option goes there too.
func parseArgs(argv []string) (shell.Config, error) {
	cfg := shell.Config{Options: map[string]bool{}}
	cfg.Login = strings.HasPrefix(argv[0], "-")
	if filepath.Base(strings.TrimPrefix(argv[0], "-")) == "sh" {
		// Invoked as sh: POSIX mode, as bash does.
		cfg.Options["posix"] = true
	}
	args := argv[1:]
	var command *string
	for len(args) > 0 {
		a := args[0]
		if a == "--" || a == "-" {
			args = args[1:]
			break
		}
		if !strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "+") || a == "+" {
			break
		}
		args = args[1:]
		switch a {
		case "--help":
			fmt.Print(shell.Usage())
			os.Exit(0)
		case "--version":
			fmt.Println(shell.BuildVersion())
			os.Exit(0)
		case "--norc", "--noprofile":
			cfg.NoRC = true
			continue
		case "--rcfile", "--init-file":
			if len(args) == 0 {
				return cfg, fmt.Errorf("%s: option requires an argument", a)
			}
			cfg.RCFile, args = args[0], args[1:]
			continue
		case "--no-edit", "--noediting":
			cfg.NoEdit = true
			continue
		case "--trace-jobs":
			cfg.TraceJobs = true
			continue
		case "--login":
			cfg.Login = true
			continue
		case "--posix":
			cfg.Options["posix"] = true
			continue
		}
		if strings.HasPrefix(a, "--") {
			return cfg, fmt.Errorf("%s: invalid option", a)
		}
		on := a[0] == '-'
		for i := 1; i < len(a); i++ {
			switch c := a[i]; c {
			case 'c':
				command = new(string)
			case 's':
				cfg.Stdin = true
			case 'i':
				cfg.Interactive, cfg.NotInteractive = on, !on
			case 'l':
				cfg.Login = true
			case 'o':
				if len(args) == 0 {
					return cfg, fmt.Errorf("-o: option requires an argument")
				}
				if !shell.IsSetOption(args[0]) {
					return cfg, fmt.Errorf("%s: invalid option name", args[0])
				}
				cfg.Options[args[0]], args = on, args[1:]
			default:
				name, ok := shell.OptionForLetter(c)
				if !ok {
					return cfg, fmt.Errorf("%c%c: invalid option", a[0], c)
				}
				cfg.Options[name] = on
			}
		}
	}
	if command != nil {
		if len(args) == 0 {
			return cfg, fmt.Errorf("-c: option requires an argument")
		}
		*command, args = args[0], args[1:]
		cfg.Command = command
	} else if !cfg.Stdin && !cfg.Interactive && len(args) > 0 {
		cfg.Script, args = args[0], args[1:]
	}
	cfg.Args = args
	return cfg, nil
}
