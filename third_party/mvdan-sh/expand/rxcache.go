// jobsh patch (PATCHES.md, 123): the regular expressions of patterns,
// compiled once.

package expand

import (
	"regexp"
	"sync"

	"mvdan.cc/sh/v3/pattern"
)

// rxCache keeps the regexps that ${v#pat}, ${v/pat/rep} and ${v^pat}
// compiled last, by pattern: a loop expands the same few again and again,
// and a character class of a UTF-8 locale makes a large one ([[:alpha:]]
// is some 700 ranges), too costly to write and compile each time.
var rxCache struct {
	sync.Mutex
	m map[rxKey]*regexp.Regexp
}

type rxKey struct {
	pat          string
	mode         pattern.Mode
	before, then string // what the pattern's regexp is put between
	longest      bool
}

// patternRx is the regexp of pattern pat in mode, between before and after, leftmost-longest if longest; err
// is [pattern.Regexp]'s, such as a [pattern.NegExtGlobError].
func patternRx(pat string, mode pattern.Mode, before, after string, longest bool) (*regexp.Regexp, error) {
	key := rxKey{pat, mode, before, after, longest}
	rxCache.Lock()
	rx := rxCache.m[key]
	rxCache.Unlock()
	if rx != nil {
		return rx, nil
	}
	expr, err := pattern.Regexp(pat, mode)
	if err != nil {
		return nil, err
	}
	if rx, err = regexp.Compile(before + expr + after); err != nil {
		return nil, err
	}
	if longest {
		rx.Longest()
	}
	rxCache.Lock()
	if rxCache.m == nil || len(rxCache.m) >= 256 {
		rxCache.m = make(map[rxKey]*regexp.Regexp)
	}
	rxCache.m[key] = rx
	rxCache.Unlock()
	return rx, nil
}
