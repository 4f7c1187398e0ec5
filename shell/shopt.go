package shell

import (
	"fmt"
	"strings"
)

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
			if !sh.setOptionNamed(n, set) {
				sh.errorf("shopt: %s: invalid option name", n)
				return 1, nil
			}
		}
		return 0, nil
	}
	list := optionsOfKind(shoptOpt)
	if len(names) > 0 {
		list = list[:0]
	}
	for _, n := range names {
		o, ok := lookupOption(n, shoptOpt)
		if !ok {
			sh.errorf("shopt: %s: invalid shell option name", n)
			return 1, nil
		}
		list = append(list, o)
	}
	if set || unset {
		for _, o := range list {
			sh.opts[o] = set
		}
		return 0, nil
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
