package shell

import (
	"os"
	"strconv"
	"strings"
)

// An account is one line of /etc/passwd.
type account struct{ name, uid, home string }

// accounts reads the account database from /etc/passwd, as os/user does
// when built without cgo. jobsh does not use os/user: with cgo it asks
// libc, which makes jobsh a dynamically linked program, and every start
// of the shell (each re-executed subshell too) a few milliseconds slower.
// Accounts that only NSS knows (LDAP, systemd-homed) are not seen.
func accounts() []account {
	data, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return nil
	}
	var list []account
	for _, line := range strings.Split(string(data), "\n") {
		// name:password:uid:gid:gecos:home:shell
		f := strings.Split(line, ":")
		if len(f) < 7 || f[0] == "" || strings.HasPrefix(f[0], "#") {
			continue
		}
		list = append(list, account{name: f[0], uid: f[2], home: f[5]})
	}
	return list
}

// findAccount is the first account that match accepts.
func findAccount(match func(account) bool) (account, bool) {
	for _, a := range accounts() {
		if match(a) {
			return a, true
		}
	}
	return account{}, false
}

// accountHome is the home directory of the named user, for ~name.
func accountHome(name string) (string, bool) {
	a, ok := findAccount(func(a account) bool { return a.name == name })
	return a.home, ok
}

// currentAccount is the account of the shell's user (getpwuid), for \u
// and for ~ when HOME is unset.
func currentAccount() (account, bool) {
	uid := strconv.Itoa(os.Getuid())
	return findAccount(func(a account) bool { return a.uid == uid })
}
