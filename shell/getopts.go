package shell

import (
	"fmt"
	"strconv"
	"strings"
)

// builtinGetopts is POSIX getopts: getopts optstring name [arg ...]. It
// parses one option per call from the positional parameters (or the
// args), keeping its place in OPTIND and, within a group like -abc, in
// the shell; OPTARG gets an option's argument. An optstring starting with
// ':' reports errors through name and OPTARG instead of on stderr.
func builtinGetopts(sh *Shell, args []string) (int, error) {
	if len(args) < 2 {
		fmt.Fprintf(sh.stderr(), "getopts: usage: getopts optstring name [arg ...]\n")
		return 2, nil
	}
	spec, name, params := args[0], args[1], args[2:]
	if len(args) == 2 {
		params = sh.params
	}
	silent := strings.HasPrefix(spec, ":")
	spec = strings.TrimPrefix(spec, ":")
	optind, err := strconv.Atoi(sh.Get("OPTIND").String())
	if err != nil || optind < 1 {
		optind = 1
	}
	if optind != sh.optind {
		// OPTIND was set by the user (or this is the first call): start
		// at the beginning of that argument.
		sh.optpos = 1
	}
	finish := func(status int, opt string) (int, error) {
		sh.optind = optind
		sh.setVar("OPTIND", strconv.Itoa(optind), false)
		if !validName(name) {
			// bash checks the name only when it sets it.
			sh.errorf("getopts: `%s': not a valid identifier", name)
			return 1, nil
		}
		if !sh.setVar(name, opt, false) {
			// bash: 2 (EX_MISCERROR), but 1 when the options ended.
			if status == 0 {
				return 2, nil
			}
			return status, nil
		}
		return status, nil
	}
	if optind > len(params) {
		optind = len(params) + 1 // bash's, whatever OPTIND was set to
		return finish(1, "?")
	}
	arg := params[optind-1]
	if sh.optpos == 1 && (len(arg) < 2 || arg[0] != '-') {
		return finish(1, "?")
	}
	if sh.optpos == 1 && arg == "--" {
		optind++
		return finish(1, "?")
	}
	c := arg[sh.optpos]
	sh.optpos++
	next := func() {
		if sh.optpos >= len(arg) {
			optind++
			sh.optpos = 1
		}
	}
	i := strings.IndexByte(spec, c)
	if i < 0 || c == ':' {
		next()
		if silent {
			sh.setVar("OPTARG", string(c), false)
		} else {
			sh.Set("OPTARG", unsetVar)
			fmt.Fprintf(sh.stderr(), "%s: illegal option -- %c\n", sh.arg0, c)
		}
		return finish(0, "?")
	}
	if i+1 < len(spec) && spec[i+1] == ':' {
		switch {
		case sh.optpos < len(arg):
			sh.setVar("OPTARG", arg[sh.optpos:], false)
			optind++
			sh.optpos = 1
		case optind < len(params):
			sh.setVar("OPTARG", params[optind], false)
			optind += 2
			sh.optpos = 1
		default:
			optind++
			sh.optpos = 1
			if silent {
				sh.setVar("OPTARG", string(c), false)
				return finish(0, ":")
			}
			sh.Set("OPTARG", unsetVar)
			fmt.Fprintf(sh.stderr(), "%s: option requires an argument -- %c\n", sh.arg0, c)
			return finish(0, "?")
		}
		return finish(0, string(c))
	}
	next()
	sh.Set("OPTARG", unsetVar)
	return finish(0, string(c))
}
