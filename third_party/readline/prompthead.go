package readline

// jobsh patch (PATCHES.md, 16): a prompt of several lines. readline edits
// after the prompt's last line; the lines before it (PS1='[\w]\n\$ ')
// are the head, which the shell prints once, and which readline prints
// again where it draws the whole prompt anew: after Ctrl-L clears the
// screen, and under a completion list.

// SetPromptHead gives the lines of the prompt before its last, each
// ending in a newline ("" for a prompt of one line).
func (i *Instance) SetPromptHead(head string) {
	i.Operation.buf.Lock()
	i.Operation.buf.head = head
	i.Operation.buf.Unlock()
}

// printWhole draws the prompt's head, then the prompt and the line. The
// buffer is locked.
func (r *RuneBuffer) printWhole() {
	if r.head != "" {
		r.w.Write([]byte(r.head))
	}
	r.print()
}
