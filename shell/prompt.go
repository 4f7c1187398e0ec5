package shell

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"jobsh/jobs"
)

// expandPrompt decodes bash's prompt escapes, then expands parameters and
// command substitutions in the result (promptvars is on, as in bash).
//
//	\u user  \h host  \H full host  \w dir (~ for home)  \W its last part
//	\$ # for root, else $   \j number of jobs   \! history number
//	\# command number   \t \T \@ \A times   \d date   \n newline
//	\s shell name   \v version   \[ \] non-printing (dropped)   \\ backslash
func (sh *Shell) expandPrompt(ps string, cmdNumber int) string {
	var b strings.Builder
	now := time.Now()
	for i := 0; i < len(ps); i++ {
		c := ps[i]
		if c != '\\' || i+1 == len(ps) {
			b.WriteByte(c)
			continue
		}
		i++
		switch ps[i] {
		case 'u':
			if a, ok := currentAccount(); ok {
				b.WriteString(a.name)
			} else {
				b.WriteString("I have no name!") // as bash says
			}
		case 'h', 'H':
			host, _ := os.Hostname()
			if ps[i] == 'h' {
				host, _, _ = strings.Cut(host, ".")
			}
			b.WriteString(host)
		case 'w':
			b.WriteString(jobs.PoliteDir(sh.promptDir(), sh.Get("HOME").String()))
		case 'W':
			if dir, home := sh.promptDir(), sh.Get("HOME").String(); dir == home {
				b.WriteByte('~')
			} else {
				b.WriteString(filepath.Base(dir))
			}
		case '$':
			if os.Geteuid() == 0 {
				b.WriteByte('#')
			} else {
				b.WriteByte('$')
			}
		case 'j':
			b.WriteString(strconv.Itoa(sh.ctl.Len()))
		case '!', '#':
			b.WriteString(strconv.Itoa(cmdNumber))
		case 't':
			b.WriteString(now.Format("15:04:05"))
		case 'T':
			b.WriteString(now.Format("03:04:05"))
		case '@':
			b.WriteString(now.Format("03:04 PM"))
		case 'A':
			b.WriteString(now.Format("15:04"))
		case 'd':
			b.WriteString(now.Format("Mon Jan 02"))
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'a':
			b.WriteByte('\a')
		case 'e':
			b.WriteByte(0x1b)
		case 's':
			b.WriteString("jobsh")
		case 'v', 'V':
			b.WriteString(strings.TrimPrefix(Version, "jobsh "))
		case '[', ']':
		case '\\':
			b.WriteByte('\\')
		default:
			b.WriteByte('\\')
			b.WriteByte(ps[i])
		}
	}
	s := b.String()
	if strings.ContainsAny(s, "$`") {
		saved := sh.status
		if out, err := sh.expandString(s); err == nil {
			s = out
		}
		sh.status = saved
	}
	return s
}

// promptDir is the directory \w and \W show. A shell whose directory
// has no name (removed) shows $PWD, or ".", as bash's prompt does.
func (sh *Shell) promptDir() string {
	if sh.cwd != "" && sh.cwd != "." {
		return sh.cwd
	}
	if v := sh.Get("PWD"); v.IsSet() {
		return v.String()
	}
	return "."
}
