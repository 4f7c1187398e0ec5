package readline

import (
	"container/list"
	"io"
)

const (
	S_STATE_FOUND = iota
	S_STATE_FAILING
)

const (
	S_DIR_BCK = iota
	S_DIR_FWD
)

type opSearch struct {
	inMode    bool
	state     int
	dir       int
	source    *list.Element
	w         io.Writer
	buf       *RuneBuffer
	data      []rune
	history   *opHistory
	cfg       *Config
	markStart int
	markEnd   int
	width     int
	// prompt is the line's own prompt while the search's takes its
	// place (jobsh patch, PATCHES.md, 30).
	prompt []rune
}

func newOpSearch(w io.Writer, buf *RuneBuffer, history *opHistory, cfg *Config, width int) *opSearch {
	return &opSearch{
		w:       w,
		buf:     buf,
		cfg:     cfg,
		history: history,
		width:   width,
	}
}

func (o *opSearch) OnWidthChange(newWidth int) {
	o.width = newWidth
}

func (o *opSearch) IsSearchMode() bool {
	return o.inMode
}

func (o *opSearch) SearchBackspace() {
	if len(o.data) > 0 {
		o.data = o.data[:len(o.data)-1]
		o.search(true)
	}
}

func (o *opSearch) findHistoryBy(isNewSearch bool) (int, *list.Element) {
	if o.dir == S_DIR_BCK {
		return o.history.FindBck(isNewSearch, o.data, o.buf.idx)
	}
	return o.history.FindFwd(isNewSearch, o.data, o.buf.idx)
}

func (o *opSearch) search(isChange bool) bool {
	if len(o.data) == 0 {
		o.state = S_STATE_FOUND
		o.SearchRefresh(-1)
		return true
	}
	idx, elem := o.findHistoryBy(isChange)
	if elem == nil {
		o.SearchRefresh(-2)
		return false
	}
	o.history.current = elem

	// A copy: the line is edited in place, and must not edit the
	// history entry it came from (jobsh patch, PATCHES.md, 13).
	item := runes.Copy(o.history.showItem(o.history.current.Value))
	start, end := 0, 0
	if o.dir == S_DIR_BCK {
		start, end = idx, idx+len(o.data)
	} else {
		start, end = idx, idx+len(o.data)
		idx += len(o.data)
	}
	o.buf.SetWithIdx(idx, item)
	o.markStart, o.markEnd = start, end
	o.SearchRefresh(idx)
	return true
}

func (o *opSearch) SearchChar(r rune) {
	o.data = append(o.data, r)
	o.search(true)
}

func (o *opSearch) SearchMode(dir int) bool {
	if o.width == 0 {
		return false
	}
	alreadyInMode := o.inMode
	o.inMode = true
	o.dir = dir
	if !alreadyInMode {
		// Where Ctrl-G goes back to: the line as it was before the
		// search, not the entry a repeated Ctrl-R left (jobsh patch,
		// PATCHES.md, 30).
		o.source = o.history.current
		o.buf.Lock()
		o.prompt = o.buf.prompt
		o.buf.Unlock()
	}
	if alreadyInMode {
		o.search(false)
	} else {
		o.SearchRefresh(-1)
	}
	return true
}

func (o *opSearch) ExitSearchMode(revert bool) {
	// jobsh patch (PATCHES.md, 9): with an empty history there is no
	// entry to go back to (source is nil); the line stays as it is.
	if revert && o.source != nil {
		o.history.current = o.source
		o.buf.Set(runes.Copy(o.history.showItem(o.history.current.Value)))
	}
	o.markStart, o.markEnd = 0, 0
	o.state = S_STATE_FOUND
	o.inMode = false
	o.source = nil
	o.data = nil
	if o.prompt != nil {
		o.buf.SetPrompt(string(o.prompt))
		o.prompt = nil
	}
}

// SearchRefresh shows the search as bash's readline does, in the place
// of the prompt: "(reverse-i-search)`text': " and the line found, the
// cursor on the match; "(failed reverse-i-search)" when nothing matches,
// "(i-search)" forward. (jobsh patch, PATCHES.md, 30: upstream wrote
// "bck-i-search: text_" on a row of its own under the line.)
func (o *opSearch) SearchRefresh(x int) {
	if x == -2 {
		o.state = S_STATE_FAILING
	} else if x >= 0 {
		o.state = S_STATE_FOUND
	}
	prompt := "("
	if o.state == S_STATE_FAILING {
		prompt += "failed "
	}
	if o.dir == S_DIR_BCK {
		prompt += "reverse-"
	}
	prompt += "i-search)`" + string(o.data) + "': "
	o.buf.SetPrompt(prompt)
	o.buf.Refresh(nil)
}
