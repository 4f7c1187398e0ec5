package shell

import (
	"fmt"
	"strings"
)

// shoptNames are the bash shopt options jobsh has: those of globbing that
// mvdan.cc/sh's expand implements.
var shoptNames = []string{"dotglob", "expand_aliases", "extglob", "globstar", "nocaseglob", "nullglob"}

// builtinShopt is shopt [-pqsu] [optname ...] for the options jobsh has.
func builtinShopt(sh *Shell, args []string) (int, error) {
	opts, names, ok := sh.options("shopt", args, "pqsuo")
	if !ok {
		return 2, nil
	}
	_, set := opts['s']
	_, unset := opts['u']
	_, quiet := opts['q']
	_, print := opts['p']
	if _, ok := opts['o']; ok {
		// shopt -o is set -o.
		for _, n := range names {
			if !sh.setOption(n, set) {
				sh.errorf("shopt: %s: invalid option name", n)
				return 1, nil
			}
		}
		return 0, nil
	}
	for _, n := range names {
		if !isShopt(n) {
			sh.errorf("shopt: %s: invalid shell option name", n)
			return 1, nil
		}
	}
	if set || unset {
		if len(names) == 0 {
			names = shoptNames
		}
		for _, n := range names {
			sh.opts[n] = set
		}
		return 0, nil
	}
	list := names
	if len(list) == 0 {
		list = shoptNames
	}
	status := 0
	var b strings.Builder
	for _, n := range list {
		on := sh.opts[n]
		if !on {
			status = 1
		}
		switch {
		case quiet:
		case print:
			flag := "-u"
			if on {
				flag = "-s"
			}
			fmt.Fprintf(&b, "shopt %s %s\n", flag, n)
		default:
			state := "off"
			if on {
				state = "on"
			}
			fmt.Fprintf(&b, "%-15s\t%s\n", n, state)
		}
	}
	sh.write("shopt", b.String())
	if len(names) == 0 {
		return 0, nil
	}
	return status, nil
}

func isShopt(name string) bool {
	for _, n := range shoptNames {
		if n == name {
			return true
		}
	}
	return false
}
