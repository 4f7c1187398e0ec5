package shell

import "strings"

// utf8Locale says whether the shell's locale for characters (LC_ALL, else
// LC_CTYPE, else LANG) is a UTF-8 one; otherwise, as in the C locale that
// bash falls back to, characters are bytes.
func (sh *Shell) utf8Locale() bool {
	for _, name := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := strings.ToLower(sh.Get(name).String()); v != "" {
			return strings.Contains(v, "utf-8") || strings.Contains(v, "utf8")
		}
	}
	return false
}
