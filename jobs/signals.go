package jobs

import (
	"fmt"
	"strconv"
	"strings"
	"syscall"
)

// Linux numbers its real-time signals from 34 to 64 as glibc sees them
// (32 and 33 are kept by the C library for its threads).
const (
	sigRTMin = 34
	sigRTMax = 64
)

// signalNames are the names bash's kill -l prints, without the SIG prefix.
var signalNames = [...]string{
	1: "HUP", 2: "INT", 3: "QUIT", 4: "ILL", 5: "TRAP", 6: "ABRT", 7: "BUS",
	8: "FPE", 9: "KILL", 10: "USR1", 11: "SEGV", 12: "USR2", 13: "PIPE",
	14: "ALRM", 15: "TERM", 16: "STKFLT", 17: "CHLD", 18: "CONT", 19: "STOP",
	20: "TSTP", 21: "TTIN", 22: "TTOU", 23: "URG", 24: "XCPU", 25: "XFSZ",
	26: "VTALRM", 27: "PROF", 28: "WINCH", 29: "IO", 30: "PWR", 31: "SYS",
}

// signalDescriptions are glibc's strsignal(3) texts, which bash prints in
// job notifications ("Terminated", "Segmentation fault").
var signalDescriptions = [...]string{
	1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction",
	5: "Trace/breakpoint trap", 6: "Aborted", 7: "Bus error",
	8: "Floating point exception", 9: "Killed", 10: "User defined signal 1",
	11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe",
	14: "Alarm clock", 15: "Terminated", 16: "Stack fault", 17: "Child exited",
	18: "Continued", 19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)",
	22: "Stopped (tty output)", 23: "Urgent I/O condition",
	24: "CPU time limit exceeded", 25: "File size limit exceeded",
	26: "Virtual timer expired", 27: "Profiling timer expired",
	28: "Window changed", 29: "I/O possible", 30: "Power failure",
	31: "Bad system call",
}

// shortName is the name without "SIG": "INT", "RTMIN+3", "RTMAX-2".
func shortName(sig syscall.Signal) string {
	n := int(sig)
	switch {
	case n > 0 && n < len(signalNames):
		return signalNames[n]
	case n == sigRTMin:
		return "RTMIN"
	case n == sigRTMax:
		return "RTMAX"
	case n > sigRTMin && n <= (sigRTMin+sigRTMax)/2:
		return "RTMIN+" + strconv.Itoa(n-sigRTMin)
	case n > sigRTMin && n < sigRTMax:
		return "RTMAX-" + strconv.Itoa(sigRTMax-n)
	}
	return ""
}

// SignalName is the full name of a signal, "SIGINT", or its number when it
// has none.
func SignalName(sig syscall.Signal) string {
	if s := shortName(sig); s != "" {
		return "SIG" + s
	}
	return strconv.Itoa(int(sig))
}

// ShortSignalName is the name without the SIG prefix, as `kill -l 130`
// prints it.
func ShortSignalName(sig syscall.Signal) string {
	if s := shortName(sig); s != "" {
		return s
	}
	return strconv.Itoa(int(sig))
}

// Describe is the human description of a signal, as strsignal(3) gives it.
func Describe(sig syscall.Signal) string {
	n := int(sig)
	switch {
	case n > 0 && n < len(signalDescriptions):
		return signalDescriptions[n]
	case n >= sigRTMin && n <= sigRTMax:
		return fmt.Sprintf("Real-time signal %d", n-sigRTMin)
	}
	return fmt.Sprintf("Unknown signal %d", n)
}

// ParseSignal reads a signal as users write it: "INT", "SIGINT", "int",
// "2", "RTMIN+1".
func ParseSignal(s string) (syscall.Signal, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		if n >= 0 && n <= sigRTMax {
			return syscall.Signal(n), true
		}
		return 0, false
	}
	u := strings.TrimPrefix(strings.ToUpper(s), "SIG")
	for n := 1; n <= sigRTMax; n++ {
		if shortName(syscall.Signal(n)) == u {
			return syscall.Signal(n), true
		}
	}
	return 0, false
}

// Signals lists every signal number that has a name, in order, as kill -l
// lists them.
func Signals() []syscall.Signal {
	var list []syscall.Signal
	for n := 1; n <= sigRTMax; n++ {
		if shortName(syscall.Signal(n)) != "" {
			list = append(list, syscall.Signal(n))
		}
	}
	return list
}
