package shell

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// Assignment: scalars, indexed and associative arrays and their
// elements, += and the integer attribute.

// assign performs one NAME=VALUE, NAME+=VALUE, NAME[i]=VALUE or
// NAME=(a b c) assignment.
func (sh *Shell) assign(as *syntax.Assign, o assignOpts) error {
	name := as.Name.Value
	if o.global && len(sh.scopes) > 0 {
		saved := sh.globalName
		sh.globalName = name
		defer func() { sh.globalName = saved }()
	}
	cur := sh.getForAssign(name)
	// A new local is made only once its value is known: the value of
	// `local PATH=$PATH:/sbin` is the PATH it hides (bash-completion's
	// _sudo), and the local is exported if that one is, as in bash.
	var newLocal *expand.Variable
	if o.local {
		if _, ok := sh.scopes[len(sh.scopes)-1][name]; !ok {
			if cur.ReadOnly && sh.isGlobal(name) {
				// bash's make_local_variable: no local copy of a
				// readonly global.
				sh.errorf("%s: %s: readonly variable", o.builtin, name)
				return readonlyError(name)
			}
			if o.inherit {
				// local -I: the value and attributes it hides.
				inherited := copyVar(cur)
				inherited.Local = true
				newLocal = &inherited
			} else {
				newLocal = &expand.Variable{Local: true, Exported: cur.Exported}
				cur = expand.Variable{}
			}
		}
	}
	set := func(v expand.Variable) error {
		if newLocal != nil {
			sh.scopes[len(sh.scopes)-1][name] = *newLocal
		}
		return sh.Set(name, v)
	}
	setAttrs := func(v expand.Variable) expand.Variable {
		v.Exported = v.Exported || o.export
		v.ReadOnly = o.readonly
		v.Integer = v.Integer || o.integer
		v.Trace = v.Trace || o.traceAttr
		if o.caseAttr != 0 {
			v.Case = o.caseAttr
		}
		return v
	}
	// declare -i: every value assigned is evaluated as arithmetic.
	integer := o.integer || cur.Integer
	arith := func(val string) (string, error) {
		if !integer {
			return val, nil
		}
		n, err := sh.arithText(val)
		return strconv.Itoa(n), err
	}
	fail := func(err error) error {
		if _, ok := err.(expand.UnsetParameterError); ok {
			return err // reported where it ends the line
		}
		if _, ok := sh.asIndexError(err); ok {
			return err // the same: an error in a subscript
		}
		if e, ok := err.(arithStringError); ok && !e.plain && o.builtin != "" {
			sh.errorf("%s: %v", o.builtin, err) // declare -i n=1/0
			return err
		}
		var ro readonlyError
		if errors.As(err, &ro) && as.Array == nil && (o.builtin == "declare" || o.builtin == "typeset" || o.builtin == "local") {
			// bash's declare names itself here (export and
			// readonly do not).
			sh.errorf("%s: %v", o.builtin, err)
			return err
		}
		sh.errorf("%v", err)
		return err
	}
	kind := o.kind
	if kind == expand.Unknown && (cur.Kind == expand.Indexed || cur.Kind == expand.Associative) {
		kind = cur.Kind
	}
	switch {
	case as.Naked && cur.ReadOnly && newLocal == nil && cur.Kind != expand.NameRef:
		// declare -i R, declare -a R: attributes a readonly variable
		// may still take, as in bash; +r is refused.
		if o.unReadonly {
			return fail(readonlyError(name))
		}
		return sh.setReadonlyAttrs(name, readonlyAttrs(cur, kind, o))
	case as.Naked:
		v := cur
		if !v.Declared() || (kind != expand.Unknown && v.Kind != kind) {
			v = expand.Variable{Kind: kind}
			if kind == expand.Unknown {
				// `declare u`: declared, still unset.
				v.Kind = expand.String
			}
		}
		// The value a variable has is not converted to a case
		// attribute it takes now, only the ones assigned later.
		sh.attrsOnly = true
		err := set(setAttrs(v))
		sh.attrsOnly = false
		if err != nil {
			return fail(err)
		}
		return nil
	case as.Array != nil:
		if o.trace {
			sh.traceAssign(as, "")
		}
		if !cur.IsSet() && o.builtin == "" && !cur.ReadOnly {
			// bash makes the array before it expands the words: in
			// a=(${#a[@]} x), set -u finds a set, and empty.
			empty := expand.Variable{Set: true, Kind: expand.Indexed}
			if kind == expand.Associative {
				empty = expand.Variable{Set: true, Kind: expand.Associative, Map: map[string]string{}}
			}
			sh.Set(name, empty)
		}
		v := expand.Variable{Set: true, Kind: expand.Indexed}
		if kind == expand.Associative {
			v = expand.Variable{Set: true, Kind: expand.Associative, Map: map[string]string{}}
			if as.Append && cur.Kind == expand.Associative {
				for k, x := range cur.Map {
					v.Map[k] = x
				}
			}
		} else if as.Append && cur.Kind == expand.Indexed {
			v = copyVar(cur)
		} else if as.Append && cur.IsSet() {
			v.List = []string{cur.String()}
		}
		if kind == expand.Associative && len(as.Array.Elems) > 0 && as.Array.Elems[0].Index == nil {
			if err := sh.assignPairs(&v, as.Array, arith); err != nil {
				return fail(namedErr(name, err))
			}
			if err := set(setAttrs(v)); err != nil {
				return fail(err)
			}
			return nil
		}
		next := arrayEnd(v) // where an element without [i]= goes
		for _, el := range as.Array.Elems {
			if el.Index != nil {
				val, err := sh.value(el.Value)
				if err != nil {
					return err
				}
				// [i]+=v adds to the element as it stands: text, or
				// a sum for an integer.
				add := func(old string) (string, error) {
					switch {
					case el.Append && integer:
						return arith(old + "+(" + val + ")")
					case el.Append:
						return old + val, nil
					}
					return arith(val)
				}
				if kind == expand.Associative {
					key, err := expand.AssocKey(sh.expandConfig(), el.Index)
					if err != nil {
						return err
					}
					if v.Map[key], err = add(v.Map[key]); err != nil {
						return fail(namedErr(name, err))
					}
					continue
				}
				i, err := sh.compoundIndex(el.Index)
				if err != nil {
					return err
				}
				if i < 0 {
					if j := i + arrayEnd(v); j >= 0 {
						i = j
					} else {
						sh.errorf("[%d]=%s: bad array subscript", i, val)
						continue
					}
				}
				if val, err = add(arrayElem(v, i)); err != nil {
					return fail(namedErr(name, err))
				}
				setArrayElem(&v, i, val)
				next = i + 1
				continue
			}
			if kind == expand.Associative {
				return fail(fmt.Errorf("%s: must use subscript when assigning associative array", name))
			}
			vals, err := sh.fields(el.Value)
			if err != nil {
				return err
			}
			for _, x := range vals {
				if x, err = arith(x); err != nil {
					return fail(namedErr(name, err))
				}
				setArrayElem(&v, next, x)
				next++
			}
		}
		if err := set(setAttrs(v)); err != nil {
			return fail(err)
		}
		return nil
	}
	val, err := sh.value(as.Value)
	if err != nil {
		return err
	}
	if o.trace {
		sh.traceAssign(as, val)
	}
	appending := as.Append
	if integer {
		if appending && as.Index == nil {
			// n+=3 on an integer adds; n+='' adds 0.
			if strings.TrimLeft(val, " \t\n") == "" {
				val = "0"
			}
			val = cur.String() + "+(" + val + ")"
			appending = false
		}
		if val, err = arith(val); err != nil {
			return fail(namedErr(name, err))
		}
	}
	if as.Index != nil {
		v, err := sh.withElem(name, cur, kind, as.Index, val, appending)
		if err != nil {
			return fail(err)
		}
		if err := set(setAttrs(v)); err != nil {
			return fail(err)
		}
		return nil
	}
	if cur.Kind == expand.Indexed || cur.Kind == expand.Associative {
		// NAME=VALUE and NAME+=VALUE on an array are about NAME[0], as
		// in bash (the key "0" of an associative array).
		v, err := sh.withElem(name, cur, cur.Kind, lit("0"), val, appending)
		if err == nil {
			err = set(setAttrs(v))
		}
		if err != nil {
			return fail(err)
		}
		return nil
	}
	if appending {
		val = cur.String() + val
	}
	v := expand.Variable{Set: true, Kind: expand.String, Str: val}
	if err := set(setAttrs(v)); err != nil {
		return fail(err)
	}
	return nil
}

// assignPairs fills an associative array from bash 5.1's key-value list,
// m=(k1 v1 k2 v2): each word (not split) is a key, then its value; a key
// without one gets "", and a [k]=v among them is one word, as written.
func (sh *Shell) assignPairs(v *expand.Variable, arr *syntax.ArrayExpr, arith func(string) (string, error)) error {
	var words []string
	for _, el := range arr.Elems {
		w, err := sh.value(el.Value)
		if err != nil {
			return err
		}
		if el.Index != nil {
			key, err := expand.AssocKey(sh.expandConfig(), el.Index)
			if err != nil {
				return err
			}
			w = "[" + key + "]=" + w
		}
		words = append(words, w)
	}
	for i := 0; i < len(words); i += 2 {
		key, val := words[i], ""
		if i+1 < len(words) {
			val = words[i+1]
		}
		if key == "" {
			sh.errorf("'': bad array subscript")
			continue
		}
		val, err := arith(val)
		if err != nil {
			return err
		}
		v.Map[key] = val
	}
	return nil
}

// arithText evaluates arithmetic text that is a value, not source: an
// operand of [[ -eq ]], a value assigned to an integer variable, a quoted
// argument of let. It is read as bash's expr.c reads it (expand.ArithText):
// a name's value is evaluated when the name is read, and $v or {a,b} are
// no tokens there. An empty or blank s is 0.
func (sh *Shell) arithText(s string) (int, error) {
	n, err := expand.ArithText(sh.expandConfig(), s)
	var e expand.ArithmError
	if errors.As(err, &e) && e.InIndex {
		err = indexError{sh.indexMessage(e)}
	} else if errors.As(err, &e) && e.Plain {
		err = arithStringError{msg: e.Msg, plain: true}
	} else if errors.As(err, &e) && e.Text != "" {
		err = arithStringError{msg: fmt.Sprintf("%s: %s (error token is \"%s\")", strings.TrimLeft(e.Text, " \t"), e.Msg, e.TokenText)}
	}
	return n, err
}

// arrayEnd is one past the highest index in use: where += appends.
func arrayEnd(v expand.Variable) int {
	if v.Indexes == nil {
		return len(v.List)
	}
	if len(v.Indexes) == 0 {
		return 0
	}
	return v.Indexes[len(v.Indexes)-1] + 1
}

func arrayElem(v expand.Variable, i int) string {
	if k, ok := arrayPos(v, i); ok {
		return v.List[k]
	}
	return ""
}

// arrayPos is where element i of an indexed array stands in v.List, and
// whether it is set; where it is not, the place it would be inserted.
func arrayPos(v expand.Variable, i int) (int, bool) {
	if v.Indexes == nil {
		return i, i >= 0 && i < len(v.List)
	}
	k := sort.SearchInts(v.Indexes, i)
	return k, k < len(v.Indexes) && v.Indexes[k] == i
}

// makeSparse gives a dense array the index of each of its elements, so
// that one can be added or removed out of order.
func makeSparse(v *expand.Variable) {
	if v.Indexes != nil {
		return
	}
	v.Indexes = make([]int, len(v.List))
	for k := range v.Indexes {
		v.Indexes[k] = k
	}
}

func setArrayElem(v *expand.Variable, i int, val string) {
	if v.Indexes == nil {
		switch {
		case i < len(v.List):
			v.List[i] = val
			return
		case i == len(v.List):
			v.List = append(v.List, val)
			return
		}
		makeSparse(v)
	}
	k, ok := arrayPos(*v, i)
	if ok {
		v.List[k] = val
		return
	}
	v.Indexes = append(v.Indexes[:k], append([]int{i}, v.Indexes[k:]...)...)
	v.List = append(v.List[:k], append([]string{val}, v.List[k:]...)...)
}

// unsetArrayElem removes element i; the array becomes sparse if it was
// not the last one, so the other elements keep their indexes.
func unsetArrayElem(v *expand.Variable, i int) {
	if v.Indexes == nil && i >= 0 && i == len(v.List)-1 {
		v.List = v.List[:i]
		return
	}
	k, ok := arrayPos(*v, i)
	if !ok {
		return
	}
	makeSparse(v) // a dense array's positions are its indexes: k holds
	v.Indexes = append(v.Indexes[:k], v.Indexes[k+1:]...)
	v.List = append(v.List[:k], v.List[k+1:]...)
}

// withElem returns cur with the element at index set to val (appended to,
// for +=): a key of an associative array, or an arithmetic index of an
// indexed one, which a scalar becomes.
func (sh *Shell) withElem(name string, cur expand.Variable, kind expand.ValueKind, index syntax.ArithmExpr, val string, appending bool) (expand.Variable, error) {
	v := copyVar(cur)
	if kind == expand.Associative {
		key, err := expand.AssocKey(sh.expandConfig(), index)
		if err != nil {
			return v, err
		}
		if v.Map == nil {
			v.Map = map[string]string{}
		}
		if appending {
			val = v.Map[key] + val
		}
		v.Kind, v.Set, v.Map[key] = expand.Associative, true, val
		return v, nil
	}
	i, err := expand.Arithm(sh.expandConfig(), index)
	var e expand.ArithmError
	if errors.As(err, &e) && e.Expr == nil {
		// bash names the subscript: '1': syntax error: ...
		err = indexError{sh.arithMessage(e, index, index.Pos().Offset(), index.End().Offset(), "")}
	}
	if err != nil {
		return v, err
	}
	if v.Kind != expand.Indexed {
		if v.IsSet() {
			v.List = []string{v.Str}
		} else {
			v.List = nil
		}
		v.Kind, v.Indexes = expand.Indexed, nil
	}
	if i < 0 {
		if i += arrayEnd(v); i < 0 {
			return v, fmt.Errorf("%s[%d]: bad array subscript", name, i-arrayEnd(v))
		}
	}
	if appending {
		val = arrayElem(v, i) + val
	}
	setArrayElem(&v, i, val)
	v.Set = true
	return v, nil
}

// SetElem sets one array element for an arithmetic assignment such as
// ((a[i] = 7)); it makes the shell an expand.ElemWriteEnviron.
func (sh *Shell) SetElem(name string, index syntax.ArithmExpr, value string) error {
	cur := sh.Get(name)
	v, err := sh.withElem(name, cur, cur.Kind, index, value, false)
	if e, ok := err.(indexError); ok {
		// An error in the subscript: worded already, and fatal.
		return expand.ArithmError{Msg: e.msg, Plain: true, InIndex: true}
	}
	if err != nil {
		return err
	}
	return sh.Set(name, v)
}

// compoundIndex evaluates the [i] of an element of a=(...): bash expands
// it as a word first, so quotes are removed (['1']=x is [1]=x), which
// they are not in a['1']=x or ${a['1']}.
func (sh *Shell) compoundIndex(x syntax.ArithmExpr) (int, error) {
	if w, ok := x.(*syntax.Word); ok && hasQuotes(w) {
		s, err := sh.literal(w)
		if err != nil {
			return 0, err
		}
		i, err := sh.arithText(s)
		if e, ok := err.(arithStringError); ok && !e.plain {
			err = indexError{e.msg} // a subscript's error ends the shell
		}
		return i, err
	}
	i, err := expand.Arithm(sh.expandConfig(), x)
	if e, ok := err.(expand.ArithmError); ok && !e.Plain {
		e.InIndex = true // a subscript's error ends the shell
		err = e
	}
	return i, err
}

func hasQuotes(w *syntax.Word) bool {
	for _, p := range w.Parts {
		switch p.(type) {
		case *syntax.SglQuoted, *syntax.DblQuoted:
			return true
		}
	}
	return false
}

// arithStringError is an evaluation error of arithText, which bash
// reports with the expression, not the variable's name.
type arithStringError struct {
	msg   string
	plain bool // a failed assignment: bash names no command
}

func (e arithStringError) Error() string { return e.msg }

func namedErr(name string, err error) error {
	switch err.(type) {
	case arithStringError, indexError, expand.UnsetParameterError:
		return err
	}
	return fmt.Errorf("%s: %v", name, err)
}

// caseConverted is v, which replaces old, with its values converted to
// its case attribute (declare -l, -u, -c), as bash converts each value
// assigned: of an array, the elements that old does not hold as they are
// (a+=(x) leaves the others as they were before the attribute came). The
// caller's lists and maps are not changed.
func caseConverted(v, old expand.Variable, byteLocale bool) expand.Variable {
	if v.Case == 0 {
		return v
	}
	op := map[byte]string{'l': "L", 'u': "U", 'c': "c"}[v.Case]
	conv := func(s string) string { return expand.ConvertCase(s, op, byteLocale) }
	switch v.Kind {
	case expand.String:
		v.Str = conv(v.Str)
	case expand.Indexed:
		list := make([]string, len(v.List))
		for k, x := range v.List {
			i := k
			if v.Indexes != nil {
				i = v.Indexes[k]
			}
			if j, ok := arrayPos(old, i); old.Kind != expand.Indexed || !ok || old.List[j] != x {
				x = conv(x)
			}
			list[k] = x
		}
		v.List = list
	case expand.Associative:
		m := make(map[string]string, len(v.Map))
		for k, x := range v.Map {
			if was, ok := old.Map[k]; old.Kind != expand.Associative || !ok || was != x {
				x = conv(x)
			}
			m[k] = x
		}
		v.Map = m
	}
	return v
}

// readonlyAttrs is readonly variable v with what a declaration without a
// value adds: export, integer, and a scalar made an array of itself.
func readonlyAttrs(v expand.Variable, kind expand.ValueKind, o assignOpts) expand.Variable {
	v.Exported = v.Exported || o.export
	v.Integer = v.Integer || o.integer
	v.Trace = v.Trace || o.traceAttr
	if o.caseAttr != 0 {
		v.Case = o.caseAttr
	}
	if v.Kind == expand.String && v.IsSet() {
		switch kind {
		case expand.Indexed:
			v.Kind, v.List, v.Str = expand.Indexed, []string{v.Str}, ""
		case expand.Associative:
			v.Kind, v.Map, v.Str = expand.Associative, map[string]string{"0": v.Str}, ""
		}
	}
	return v
}
