package readline

import (
	"bufio"
	"strings"
	"testing"
)

// The table bind -p shows is what the keys do: each default binding's
// keys, read as the terminal reads them, give the function's key.
func TestDefaultBindings(t *testing.T) {
	same := map[rune]rune{CharCtrlH: CharBackspace, CharCtrlJ: CharEnter}
	term := &Terminal{cfg: &Config{}}
	for _, b := range defaultBindings {
		want, ok := functions[b.Function]
		if !ok {
			t.Errorf("%q: no function %s", b.Keys, b.Function)
			continue
		}
		r, keys, err := term.readKey(bufio.NewReader(strings.NewReader(b.Keys)))
		if alias, ok := same[r]; ok {
			r = alias
		}
		if err != nil || r != want || keys != b.Keys {
			t.Errorf("%q (%s): read as %d %q, %v; want %d", b.Keys, b.Function, r, keys, err, want)
		}
	}
}

// A binding replaces what the keys did, for the keys as sent only (\e[A
// bound leaves Ctrl-P, which reads as the same key); a binding to nothing
// drops the key; a reset gives every key back.
func TestBindKey(t *testing.T) {
	i := &Instance{Terminal: &Terminal{cfg: &Config{}}, Operation: &Operation{}}
	if err := i.BindKey("\x1b[A", "history-search-backward"); err != nil {
		t.Fatal(err)
	}
	if err := i.BindKey("\x1b[B", "no-such-function"); err == nil {
		t.Error("an unknown function was bound")
	}
	i.BindKey("\x14", "")
	if r, ok := i.Terminal.boundKey("\x1b[A"); !ok || r != charHistSearchBack {
		t.Errorf("\\e[A: %d %v", r, ok)
	}
	if r, ok := i.Terminal.boundKey("\x14"); !ok || r != noKey {
		t.Errorf("Ctrl-T: %d %v", r, ok)
	}
	if _, ok := i.Terminal.boundKey("\x10"); ok {
		t.Error("Ctrl-P was bound too")
	}
	i.ResetBindings()
	if _, ok := i.Terminal.boundKey("\x1b[A"); ok {
		t.Error("still bound")
	}
}
