// jobsh patch (PATCHES.md, 92): patterns over bytes, as in the C locale.

package pattern

import (
	"strings"
	"unicode/utf8"
)

// byteRuneBase+b stands for the byte b (0x80 to 0xFF) of a text that is
// matched byte by byte: a private-use character, which no class holds and
// no case folding changes.
const byteRuneBase = 0xF700

// ByteRunes writes each byte of s that is not ASCII as a character of its
// own, so that a pattern and a text both written so match byte by byte,
// as in bash's C locale, where é is two characters and [[:alpha:]] none.
func ByteRunes(s string) string {
	if isASCII(s) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(byteRuneBase + rune(c))
		}
	}
	return sb.String()
}

// FromByteRunes undoes [ByteRunes].
func FromByteRunes(s string) string {
	if isASCII(s) {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		if r >= byteRuneBase+0x80 && r <= byteRuneBase+0xFF {
			sb.WriteByte(byte(r - byteRuneBase))
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// ByteOffset is the offset in the original text of offset off in its
// [ByteRunes] form.
func ByteOffset(mapped string, off int) int {
	return utf8.RuneCountInString(mapped[:off])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
