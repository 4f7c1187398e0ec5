package shell

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

// hashEntry is where a PATH lookup found a command, and how many times it
// has been run from there since.
type hashEntry struct {
	path string
	hits int
	seq  int // order of entry, for listing
}

// remember enters name's path in the table, with no hits yet.
func (sh *Shell) remember(name, path string) {
	if !filepath.IsAbs(path) && !strings.HasPrefix(path, "./") {
		// bash keeps a path found through a relative PATH entry as
		// ./bin/a.
		path = "./" + path
	}
	sh.hashSeq++
	sh.hash[name] = &hashEntry{path: path, seq: sh.hashSeq}
}

// builtinHash is bash's hash: with no arguments it lists the table; with
// names it looks each up in PATH and remembers it; -r empties the table,
// -d forgets names, -p PATH NAME enters a path by hand, -t prints the
// remembered paths and -l prints the table as hash commands.
func builtinHash(sh *Shell, args []string) (int, error) {
	opts, names, ok := sh.options("hash", args, "dlp:rt")
	if !ok {
		return 2, nil
	}
	_, forget := opts['d']
	_, asInput := opts['l']
	_, show := opts['t']
	path, manual := opts['p']
	if _, ok := opts['r']; ok {
		clear(sh.hash)
	}
	status := 0
	var b strings.Builder
	switch {
	case manual:
		for _, n := range names {
			sh.remember(n, path)
		}
		return 0, nil
	case forget:
		for _, n := range names {
			if sh.hash[n] == nil {
				sh.errorf("hash: %s: not found", n)
				status = 1
				continue
			}
			delete(sh.hash, n)
		}
		return status, nil
	case show:
		for _, n := range names {
			e := sh.hash[n]
			if e == nil {
				sh.errorf("hash: %s: not found", n)
				status = 1
				continue
			}
			e.hits++ // as bash counts it
			if len(names) > 1 {
				fmt.Fprintf(&b, "%s\t", n)
			}
			fmt.Fprintln(&b, e.path)
		}
		sh.write("hash", b.String())
		return status, nil
	case len(names) > 0:
		for _, n := range names {
			if strings.Contains(n, "/") || builtins[n] != nil || sh.funcs[n] != nil {
				continue
			}
			p, st, _ := sh.lookPath(n)
			if st != 0 {
				sh.errorf("hash: %s: not found", n)
				status = 1
				continue
			}
			if sh.hash[n] == nil {
				sh.remember(n, p)
			}
		}
		return status, nil
	}
	if _, ok := opts['r']; ok {
		return 0, nil
	}
	if len(sh.hash) == 0 {
		if asInput {
			return 0, nil
		}
		// bash says so on standard output.
		return sh.write("hash", "hash: hash table empty\n")
	}
	names = names[:0]
	for n := range sh.hash {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return sh.hash[names[i]].seq < sh.hash[names[j]].seq })
	if !asInput {
		b.WriteString("hits\tcommand\n")
	}
	for _, n := range names {
		e := sh.hash[n]
		if asInput {
			fmt.Fprintf(&b, "builtin hash -p %s %s\n", e.path, n)
		} else {
			fmt.Fprintf(&b, "%4d\t%s\n", e.hits, e.path)
		}
	}
	return sh.write("hash", b.String())
}
