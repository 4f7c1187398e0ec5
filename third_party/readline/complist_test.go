package readline

import (
	"reflect"
	"strings"
	"testing"
)

// The layout rules of bash's rl_display_match_list, each checked on
// jobsh's and bash's screens by tests/screencomplete_test.go where bash
// is installed; these pin them where it is not.
func TestListRows(t *testing.T) {
	for _, c := range []struct {
		names []string
		cols  int
		want  []string
	}{
		// Columns of the widest name and two, filled top to bottom;
		// all but a row's last column padded, even after the last name.
		{[]string{"a", "bb", "c", "d", "e"}, 13, []string{"a   c   e", "bb  d   "}},
		// 12/4 columns would fill the row exactly: one fewer.
		{[]string{"a", "bb", "c", "d", "e"}, 12, []string{"a   d", "bb  e", "c   "}},
		{[]string{strings.Repeat("x", 14), "y"}, 32, []string{strings.Repeat("x", 14), "y"}},
		{[]string{strings.Repeat("x", 14), "y"}, 33, []string{strings.Repeat("x", 14) + "  y"}},
		// A directory's mark is not measured: it eats into the margin.
		{[]string{"abc/", "de"}, 21, []string{"abc/ de   "}},
		// Wider than the screen: one per row, never none.
		{[]string{strings.Repeat("w", 30), "v"}, 10, []string{strings.Repeat("w", 30), "v"}},
		// Wide characters take two cells.
		{[]string{"日本", "a"}, 13, []string{"日本  a"}},
	} {
		if got := listRows(c.names, c.cols); !reflect.DeepEqual(got, c.want) {
			t.Errorf("listRows(%q, %d) = %q, want %q", c.names, c.cols, got, c.want)
		}
	}
}

type unquoter struct{}

func (unquoter) ListName(word string) string { return strings.ReplaceAll(word, `\ `, " ") }

func TestListNames(t *testing.T) {
	cands := [][]rune{[]rune("two.txt"), []rune("sub/"), []rune("one\\ x"), []rune("sub-a")}
	// Sorted as bash sorts the words, which have no mark: sub before
	// sub-a; shown from the last slash that does not end them.
	want := []string{`one\ x`, "sub/", "sub-a", "two.txt"}
	if got := listNames("dir/", cands, nil); !reflect.DeepEqual(got, want) {
		t.Errorf("listNames = %q, want %q", got, want)
	}
	want[0] = "one x"
	if got := listNames("dir/", cands, unquoter{}); !reflect.DeepEqual(got, want) {
		t.Errorf("listNames with a ListNamer = %q, want %q", got, want)
	}
	for in, out := range map[string]string{"/": "/", "a/b/": "b/", "/usr": "usr", "x": "x", "a/b": "b"} {
		if got := printablePart(in); got != out {
			t.Errorf("printablePart(%q) = %q, want %q", in, got, out)
		}
	}
}
