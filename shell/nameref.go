package shell

import (
	"fmt"
	"strconv"
	"strings"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// Namerefs (declare -n, local -n): a variable whose value names another
// variable, or an element a[i]. Get and Set follow the reference, as bash
// does for every use; the few that act on the reference itself (declare
// -n and -p, unset -n, ${!ref}, for's control variable, test -R) use
// lookup and setRaw.

// maxRefDepth bounds a chain of references; a longer one is a loop.
const maxRefDepth = 100

// GetRef is the variable NAME itself, a reference not followed; it makes
// the shell an expand.RefEnviron.
func (sh *Shell) GetRef(name string) expand.Variable { return sh.lookup(name) }

// refTarget follows the namerefs from name to the name finally meant,
// which may be NAME[SUB]; ok is false for a circular reference.
func (sh *Shell) refTarget(name string) (string, bool) {
	for range maxRefDepth {
		v := sh.lookup(name)
		if v.Kind != expand.NameRef || !v.IsSet() {
			return name, true
		}
		name = v.Str
		if _, _, ok := splitSubscript(name); ok {
			return name, true
		}
	}
	return name, false
}

// splitSubscript cuts NAME[SUB] into NAME and SUB.
func splitSubscript(s string) (string, string, bool) {
	base, sub, ok := strings.Cut(s, "[")
	if !ok || !strings.HasSuffix(sub, "]") || !validName(base) {
		return s, "", false
	}
	return base, strings.TrimSuffix(sub, "]"), true
}

// validRefName is what a nameref may refer to: a name, or NAME[SUB].
func validRefName(s string) bool {
	if validName(s) {
		return true
	}
	_, sub, ok := splitSubscript(s)
	return ok && sub != ""
}

// deref is Get's answer for a variable that may be a nameref.
func (sh *Shell) deref(name string) expand.Variable {
	v := sh.lookup(name)
	if v.Kind != expand.NameRef || !v.IsSet() {
		if _, _, ok := splitSubscript(name); ok {
			return sh.elemVar(name)
		}
		return v
	}
	target, ok := sh.refTarget(name)
	if !ok {
		sh.errorf("warning: %s: circular name reference", name)
		return expand.Variable{}
	}
	if _, _, ok := splitSubscript(target); ok {
		return sh.elemVar(target)
	}
	return sh.Get(target)
}

// elemVar is element NAME[SUB] as a string variable.
func (sh *Shell) elemVar(s string) expand.Variable {
	base, sub, _ := splitSubscript(s)
	v := sh.Get(base)
	str := func(x string) expand.Variable { return expand.Variable{Set: true, Kind: expand.String, Str: x} }
	switch v.Kind {
	case expand.Associative:
		if x, ok := v.Map[sub]; ok {
			return str(x)
		}
	case expand.Indexed:
		i, err := sh.arithText(sub)
		if err != nil {
			return expand.Variable{}
		}
		if i < 0 {
			i += arrayEnd(v)
		}
		if k, ok := arrayPos(v, i); ok {
			return str(v.List[k])
		}
	case expand.String:
		if i, err := sh.arithText(sub); err == nil && i == 0 && v.IsSet() {
			return str(v.Str)
		}
	}
	return expand.Variable{}
}

// setThrough assigns, unsets or changes the attributes of what name, a
// nameref, refers to.
func (sh *Shell) setThrough(name string, ref, vr expand.Variable) error {
	if !ref.IsSet() {
		// An unset nameref: assigning gives it what it refers to.
		if vr.Kind == expand.KeepValue || !vr.IsSet() {
			return sh.setRaw(name, vr)
		}
		s := vr.String()
		if !validRefName(s) {
			return fmt.Errorf("`%s': invalid variable name for name reference", s)
		}
		ref.Set, ref.Str = true, s
		return sh.setRaw(name, ref)
	}
	target, ok := sh.refTarget(name)
	if !ok {
		return fmt.Errorf("warning: %s: circular name reference", name)
	}
	if _, _, ok := splitSubscript(target); ok {
		return sh.setElemNamed(target, vr)
	}
	return sh.Set(target, vr)
}

// setElemNamed sets or unsets element NAME[SUB], named as a string (the
// value of a nameref).
func (sh *Shell) setElemNamed(s string, vr expand.Variable) error {
	base, sub, _ := splitSubscript(s)
	cur := sh.Get(base)
	if vr.Kind == expand.KeepValue {
		return sh.Set(base, vr)
	}
	if !vr.IsSet() {
		if !cur.IsSet() {
			return nil
		}
		v := copyVar(cur)
		switch v.Kind {
		case expand.Associative:
			delete(v.Map, sub)
		case expand.Indexed:
			i, err := sh.arithText(sub)
			if err != nil {
				return err
			}
			if i < 0 {
				i += arrayEnd(v)
			}
			unsetArrayElem(&v, i)
		default:
			v = expand.Variable{}
		}
		return sh.Set(base, v)
	}
	index := sub
	if cur.Kind != expand.Associative {
		i, err := sh.arithText(sub)
		if err != nil {
			return err
		}
		index = strconv.Itoa(i)
	}
	w := &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: index}}}
	v, err := sh.withElem(base, cur, cur.Kind, w, vr.String(), false)
	if err != nil {
		return err
	}
	return sh.Set(base, v)
}

// declareRef runs declare -n (on) or declare +n for one name.
func (sh *Shell) declareRef(cmd string, as *syntax.Assign, o assignOpts, on bool) int {
	name := as.Name.Value
	if o.local {
		top := sh.scopes[len(sh.scopes)-1]
		if _, ok := top[name]; !ok {
			top[name] = expand.Variable{Local: true}
		}
	}
	raw := sh.lookup(name)
	if !on {
		if raw.Kind == expand.NameRef {
			raw.Kind = expand.String
			if err := sh.setRaw(name, raw); err != nil {
				sh.errorf("%s: %v", cmd, err)
				return 1
			}
		}
		if as.Naked {
			return 0
		}
		if err := sh.assign(as, o); err != nil {
			return 1
		}
		return 0
	}
	v := expand.Variable{Kind: expand.NameRef, ReadOnly: o.readonly || raw.ReadOnly, Exported: raw.Exported}
	switch {
	case !as.Naked:
		val, err := sh.value(as.Value)
		if err != nil {
			return 1
		}
		if as.Append && raw.Kind == expand.NameRef {
			val = raw.Str + val
		}
		if !validRefName(val) {
			sh.errorf("%s: `%s': invalid variable name for name reference", cmd, val)
			return 1
		}
		if val == name {
			sh.errorf("%s: %s: nameref variable self references not allowed", cmd, name)
			return 1
		}
		v.Set, v.Str = true, val
	case raw.Kind == expand.NameRef:
		v = raw
		v.ReadOnly = v.ReadOnly || o.readonly
	case raw.IsSet():
		if raw.Kind == expand.Indexed || raw.Kind == expand.Associative {
			sh.errorf("%s: %s: reference variable cannot be an array", cmd, name)
			return 1
		}
		if !validRefName(raw.Str) {
			sh.errorf("%s: `%s': invalid variable name for name reference", cmd, raw.Str)
			return 1
		}
		v.Set, v.Str = true, raw.Str
	}
	if raw.ReadOnly {
		sh.errorf("%s: %s: readonly variable", cmd, name)
		return 1
	}
	if err := sh.setRaw(name, v); err != nil {
		sh.errorf("%s: %v", cmd, err)
		return 1
	}
	return 0
}

// declAsCall turns a declaration the parser made of a word that is no
// declaration to bash (nameref) back into a simple command.
func declAsCall(dc *syntax.DeclClause) *syntax.CallExpr {
	call := &syntax.CallExpr{Args: []*syntax.Word{{Parts: []syntax.WordPart{&syntax.Lit{ValuePos: dc.Variant.ValuePos, ValueEnd: dc.Variant.ValueEnd, Value: dc.Variant.Value}}}}}
	for _, as := range dc.Args {
		switch {
		case as.Naked && as.Name == nil:
			call.Args = append(call.Args, as.Value)
		case as.Naked:
			call.Args = append(call.Args, &syntax.Word{Parts: []syntax.WordPart{as.Name}})
		default:
			op := "="
			if as.Append {
				op = "+="
			}
			w := &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{ValuePos: as.Name.ValuePos, ValueEnd: as.Name.ValueEnd, Value: as.Name.Value + op}}}
			if as.Value != nil {
				w.Parts = append(w.Parts, as.Value.Parts...)
			}
			call.Args = append(call.Args, w)
		}
	}
	return call
}

// getForAssign is Get for the variable an assignment replaces: a
// circular reference is reported once, by the assignment, not here too.
func (sh *Shell) getForAssign(name string) expand.Variable {
	v := sh.lookup(name)
	switch {
	case v.Kind == expand.NameRef && v.IsSet():
		if _, ok := sh.refTarget(name); !ok {
			return expand.Variable{}
		}
	case name == "RANDOM" || name == "SECONDS" || name == "LINENO" || name == "FUNCNAME" || name == "PIPESTATUS":
	default:
		return v // what Get would answer, found once
	}
	return sh.Get(name)
}
