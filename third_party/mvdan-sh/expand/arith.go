// Copyright (c) 2017, Daniel Martí <mvdan@mvdan.cc>
// See LICENSE for licensing information

package expand

import (
	"mvdan.cc/sh/v3/syntax"
)

// TODO(v4): the arithmetic APIs should return int64 for portability with 32-bit systems,
// even if Bash only supports native int sizes.

// Arithm evaluates expr; its source, when at hand, as bash does
// (ArithmSpan, jobsh patch 73).
func Arithm(cfg *Config, expr syntax.ArithmExpr) (int, error) {
	if expr == nil {
		return 0, nil
	}
	return ArithmSpan(cfg, expr, expr.Pos().Offset(), expr.End().Offset())
}

// ElemWriteEnviron is a [WriteEnviron] that can also set one element of
// an array, for arithmetic assignments like ((a[i] = 7)) and ((m[k]++)).
// (jobsh patch, PATCHES.md, 5.)
type ElemWriteEnviron interface {
	WriteEnviron
	SetElem(name string, index syntax.ArithmExpr, value string) error
}

// arrayTarget returns the ${name[index]} a word names, or nil.
func arrayTarget(w *syntax.Word) *syntax.ParamExp {
	if len(w.Parts) != 1 {
		return nil
	}
	pe, ok := w.Parts[0].(*syntax.ParamExp)
	if !ok || pe.Index == nil || pe.Param == nil {
		return nil
	}
	return pe
}

// ArithmError is an error in evaluating an arithmetic expression, with
// the operand at fault, where bash's "error token" begins.
// jobsh patch (PATCHES.md, 39).
type ArithmError struct {
	Msg   string
	Token syntax.ArithmExpr
	Expr  *syntax.ArithmExp // the $((...)) it is in, if known
	// Index is the array subscript it is in, if known (jobsh patch
	// 56).
	Index syntax.ArithmExpr
	// Text and TokenText, when Text is set, are the expression (a
	// variable's value) and the error token as text.
	Text, TokenText string
	// Cut is set when bash's text of the expression ends with the
	// error token: a bad number (jobsh patch 72).
	Cut bool
	// Plain is set when Msg is the whole message, with no expression:
	// an assignment that failed (r: readonly variable), which ends the
	// expression as its errors do (jobsh patch 72).
	Plain bool
	// InIndex is set when the error is in an array subscript, which
	// bash's non-interactive shell does not survive (jobsh patch 72).
	InIndex bool
	// Param is the parameter whose substring offset or length the
	// error is in, which bash names: "x: 1/0: division by 0".
	Param string
}

// inIndex marks an error in evaluating an array subscript, idx if it is
// source.
func inIndex(err error, idx syntax.ArithmExpr) error {
	e, ok := err.(ArithmError)
	if !ok || e.Expr != nil { // not one in a $(( )) of the subscript
		return err
	}
	if e.Index == nil && idx != nil {
		e.Index = idx // jobsh patch (PATCHES.md, 56)
	}
	e.InIndex = true
	return e
}

// assignError makes the error of an assignment in arithmetic an
// ArithmError, so that it ends the expression as bash's does.
func assignError(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(ArithmError); ok {
		return err
	}
	return ArithmError{Msg: err.Error(), Plain: true}
}

func (e ArithmError) Error() string { return e.Msg }

// withArithmExp records the $((...)) in which an ArithmError happened.
func withArithmExp(err error, x *syntax.ArithmExp) error {
	if e, ok := err.(ArithmError); ok && e.Expr == nil && !e.InIndex && e.Param == "" {
		e.Expr = x
		return e
	}
	return err
}

func intPow(a, b int) int {
	p := 1
	for b > 0 {
		if b&1 != 0 {
			p *= a
		}
		b >>= 1
		a *= a
	}
	return p
}
