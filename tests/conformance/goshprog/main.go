// Command goshprog stands in for $GOSH_PROG, the helper program that
// mvdan/sh's interpreter tests run (there it is the test binary itself):
// with GOSH_CMD set it does one small fixed thing; otherwise it runs its
// first argument as a script, here with bash, so that the helper is the
// same whichever shell under test starts it.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"time"
)

func main() {
	switch os.Getenv("GOSH_CMD") {
	case "exit_0":
		os.Exit(0)
	case "exit_5":
		os.Exit(5)
	case "print_ok":
		fmt.Printf("exec ok\n")
		os.Exit(0)
	case "print_fail":
		fmt.Printf("exec fail\n")
		os.Exit(1)
	case "pid_and_hang":
		fmt.Println(os.Getpid())
		time.Sleep(time.Hour)
		os.Exit(0)
	case "foo_null_bar":
		fmt.Println("foo\x00bar")
		os.Exit(0)
	case "lookpath":
		if _, err := exec.LookPath("sh"); err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		fmt.Printf("%s found\n", "sh")
		os.Exit(0)
	}
	if len(os.Args) < 2 {
		os.Exit(0)
	}
	cmd := exec.Command("/usr/bin/bash", "-c", os.Args[1])
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			os.Exit(ee.ExitCode())
		}
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
