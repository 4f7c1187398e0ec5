package shell

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// strftime formats t as C's strftime does in the C locale, for printf's
// %(fmt)T and HISTTIMEFORMAT. Unknown conversions are copied as they are, as glibc does.
func strftime(f string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 == len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		// glibc's flags and field width are skipped over, E and O too.
		for i < len(f) && strings.IndexByte("_-0^#EO", f[i]) >= 0 && i+1 < len(f) {
			i++
		}
		b.WriteString(strftimeConv(f[i], t))
	}
	return b.String()
}

func strftimeConv(c byte, t time.Time) string {
	year, week := t.ISOWeek()
	h12 := t.Hour() % 12
	if h12 == 0 {
		h12 = 12
	}
	d2 := func(n int) string { return fmt.Sprintf("%02d", n) }
	switch c {
	case 'a':
		return t.Format("Mon")
	case 'A':
		return t.Format("Monday")
	case 'b', 'h':
		return t.Format("Jan")
	case 'B':
		return t.Format("January")
	case 'c':
		return t.Format("Mon Jan _2 15:04:05 2006")
	case 'C':
		return d2(t.Year() / 100)
	case 'd':
		return d2(t.Day())
	case 'D', 'x':
		return t.Format("01/02/06")
	case 'e':
		return fmt.Sprintf("%2d", t.Day())
	case 'F':
		return fmt.Sprintf("%d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
	case 'g':
		return d2(year % 100)
	case 'G':
		return strconv.Itoa(year)
	case 'H':
		return d2(t.Hour())
	case 'I':
		return d2(h12)
	case 'j':
		return fmt.Sprintf("%03d", t.YearDay())
	case 'k':
		return fmt.Sprintf("%2d", t.Hour())
	case 'l':
		return fmt.Sprintf("%2d", h12)
	case 'm':
		return d2(int(t.Month()))
	case 'M':
		return d2(t.Minute())
	case 'n':
		return "\n"
	case 'p':
		if t.Hour() < 12 {
			return "AM"
		}
		return "PM"
	case 'P':
		if t.Hour() < 12 {
			return "am"
		}
		return "pm"
	case 'r':
		return strftime("%I:%M:%S %p", t)
	case 'R':
		return t.Format("15:04")
	case 's':
		return strconv.FormatInt(t.Unix(), 10)
	case 'S':
		return d2(t.Second())
	case 't':
		return "\t"
	case 'T', 'X':
		return t.Format("15:04:05")
	case 'u':
		wd := int(t.Weekday())
		if wd == 0 {
			wd = 7
		}
		return strconv.Itoa(wd)
	case 'U':
		return d2((t.YearDay() + 6 - int(t.Weekday())) / 7)
	case 'V':
		return d2(week)
	case 'w':
		return strconv.Itoa(int(t.Weekday()))
	case 'W':
		return d2((t.YearDay() + 6 - (int(t.Weekday())+6)%7) / 7)
	case 'y':
		return d2(t.Year() % 100)
	case 'Y':
		return strconv.Itoa(t.Year())
	case 'z':
		return t.Format("-0700")
	case 'Z':
		name, _ := t.Zone()
		return name
	case '%':
		return "%"
	}
	return "%" + string(c)
}
