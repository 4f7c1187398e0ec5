// Copyright (c) 2026, Daniel Martí <mvdan@mvdan.cc>
// See LICENSE for licensing information

package internal

import (
	"errors"
	"fmt"
	"regexp"
	"sync"

	"mvdan.cc/sh/v3/pattern"
)

// ExtendedPatternMatcher returns a [regexp.Regexp.MatchString]-like function
// to support !(pattern-list) extended patterns where possible.
// It can be used instead of [pattern.Regexp] for narrow use cases.
func ExtendedPatternMatcher(pat string, mode pattern.Mode) (func(string) bool, error) {
	if mode&pattern.ExtendedOperators != 0 && mode&pattern.EntireString == 0 {
		// In the future we could try to support !(pattern) without matching
		// the entire input, ensuring we add enough test cases.
		panic("ExtendedOperators is only supported with EntireString")
	}

	// jobsh patch (PATCHES.md, 123): a loop globs the same patterns again
	// and again, and a class of a UTF-8 locale makes a large regexp.
	key := matcherKey{pat, mode}
	matchers.Lock()
	m := matchers.m[key]
	matchers.Unlock()
	if m != nil {
		return m, nil
	}
	m, err := extendedPatternMatcher(pat, mode)
	if err != nil {
		return nil, err
	}
	matchers.Lock()
	if matchers.m == nil || len(matchers.m) >= 256 {
		matchers.m = map[matcherKey]func(string) bool{}
	}
	matchers.m[key] = m
	matchers.Unlock()
	return m, nil
}

var matchers struct {
	sync.Mutex
	m map[matcherKey]func(string) bool
}

type matcherKey struct {
	pat  string
	mode pattern.Mode
}

func extendedPatternMatcher(pat string, mode pattern.Mode) (func(string) bool, error) {
	// Extended pattern matching operators are always on outside of pathname expansion.
	expr, err := pattern.Regexp(pat, mode)
	if err != nil {
		// Handle !(pattern-list) negation: when Regexp returns NegExtglobError,
		// match the inner pattern and negate the result.
		if _, ok := errors.AsType[*pattern.NegExtGlobError](err); !ok {
			return nil, err
		}
		// jobsh patch (PATCHES.md, 90): any pattern with !(...),
		// matched by backtracking.
		m, ok := pattern.Backtracking(pat, mode)
		if !ok {
			return nil, fmt.Errorf("extglob !(...) could not be parsed: %q", pat)
		}
		return m, nil
	}
	rx := regexp.MustCompile(expr)
	return rx.MatchString, nil
}
