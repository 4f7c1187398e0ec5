package editor

import (
	"slices"

	"jobsh/shell"

	"github.com/chzyer/readline"
)

// Keys are the editor's functions and default key bindings, for the bind
// builtin (shell.Config.Keys): a table, with no terminal, so that bind
// works in an rc file before the editor starts and in a pipeline stage.
type Keys struct{}

// FunctionNames are the functions keys can be bound to, sorted.
func (Keys) FunctionNames() []string { return readline.FunctionNames() }

// DefaultKeyBindings are the keys the emacs mode binds.
func (Keys) DefaultKeyBindings() []shell.KeyBinding {
	var out []shell.KeyBinding
	for _, b := range readline.DefaultBindings() {
		out = append(out, shell.KeyBinding{Keys: b.Keys, Function: b.Function})
	}
	return out
}

// applyKeys gives readline the bindings bind made, when they changed
// since the last line.
func (e *Editor) applyKeys() {
	now := e.sh.UserKeyBindings()
	if slices.Equal(now, e.keys) {
		return
	}
	e.rl.ResetBindings()
	for _, b := range now {
		// The shell checked the names; a binding the editor refuses
		// leaves the key as it was.
		e.rl.BindKey(b.Keys, b.Function)
	}
	e.keys = slices.Clone(now)
}
