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
	kind, setPrefix := shoptOpt, "shopt "
	if _, ok := opts['o']; ok {
		// shopt -o works on set -o's options.
		kind, setPrefix = setOpt, "set "
	}
	list := optionsOfKind(kind)
	if len(names) > 0 {
		list = list[:0]
	}
	status := 0
	bad := map[int]string{} // invalid names, by their place in list
	for _, n := range names {
		o, ok := lookupOption(n, kind)
		if !ok {
			// bash goes on with the other names; with -o, setting,
			// its status stays 0.
			if kind == shoptOpt || !set && !unset {
				status = 1
			}
			bad[len(list)] = n
			list = append(list, -1)
			continue
		}
		list = append(list, o)
	}
	badName := func(n string) {
		if kind == setOpt {
			sh.errorf("shopt: %s: invalid option name", n)
		} else {
			sh.errorf("shopt: %s: invalid shell option name", n)
		}
	}
	if set || unset {
		for _, n := range bad {
			badName(n)
		}
	}
	if set || unset {
		for _, o := range list {
			if o < 0 || o == optLoginShell {
				continue // read-only: says how the shell was started
			}
			if kind == setOpt {
				sh.setOption(o, set)
			} else {
				sh.opts[o] = set
			}
		}
		return status, nil
	}
	var b strings.Builder
	for i, n := range list {
		if n < 0 {
			// Said in its place among the options printed.
			sh.write("shopt", b.String())
			b.Reset()
			badName(bad[i])
			continue
		}
		on := sh.opts[n]
		if n == optLoginShell {
			on = sh.login
		}
		if !on {
			status = 1
		}
		switch {
		case quiet:
		case print && kind == setOpt:
			flag := "+o"
			if on {
				flag = "-o"
			}
			fmt.Fprintf(&b, "%s%s %s\n", setPrefix, flag, n)
		case print:
			flag := "-u"
			if on {
				flag = "-s"
			}
			fmt.Fprintf(&b, "%s%s %s\n", setPrefix, flag, n)
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
