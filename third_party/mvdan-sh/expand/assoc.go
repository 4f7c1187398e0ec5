// Copyright (c) 2026, jobsh authors
// See LICENSE for licensing information

package expand

import (
	"cmp"
	"slices"

	"mvdan.cc/sh/v3/syntax"
)

// AssocKeys returns the keys of an associative array in the order bash
// lists them (${!m[@]}, ${m[@]}, declare -p): bash keeps them in a hash
// table of 1024 buckets, four times as many each time the entries reach
// twice the buckets, its bucket the low bits of the key's FNV-1 hash
// (hashlib.c), and walks the buckets in order. Within a bucket bash puts
// the key added last first; the keys here carry no order of insertion,
// so keys that share a bucket come in byte order (a difference accepted
// in tests/conformance/differences.md). (jobsh patch, PATCHES.md, 77.)
func AssocKeys(m map[string]string) []string {
	buckets := uint32(1024)
	for uint32(len(m)) > buckets*2 {
		buckets *= 4
	}
	type keyed struct {
		bucket uint32
		key    string
	}
	ks := make([]keyed, 0, len(m))
	for k := range m {
		ks = append(ks, keyed{bashHash(k) & (buckets - 1), k})
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.bucket, b.bucket), cmp.Compare(a.key, b.key))
	})
	keys := make([]string, len(ks))
	for i, k := range ks {
		keys[i] = k.key
	}
	return keys
}

// AssocValues returns the values of an associative array in the order of
// its keys (AssocKeys).
func AssocValues(m map[string]string) []string {
	keys := AssocKeys(m)
	vals := make([]string, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return vals
}

// bashHash is bash's hash_string: FNV-1 over the key's bytes, each read
// as a C char, signed on the machines bash runs on here.
func bashHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h *= 16777619
		h ^= uint32(int32(int8(s[i])))
	}
	return h
}

// AssocKey is the key a subscript of an associative array names. The
// parser cannot know whose subscript it reads, and reads one that is
// valid arithmetic (m[x=y], m[a,b], m[$k+1]) as arithmetic; bash takes
// the text as written, expanded as a word. That text is the source's,
// with its expansions replaced by their values (ArithmText), or where
// the source is not at hand the expression printed.
func AssocKey(cfg *Config, idx syntax.ArithmExpr) (string, error) {
	if w, ok := idx.(*syntax.Word); ok {
		return Literal(cfg, w)
	}
	return ArithmText(cfg, idx, idx.Pos().Offset(), idx.End().Offset())
}
