package shell

import (
	"runtime/debug"
	"strings"
)

// Commit is the commit a release build came from, set with
// -ldflags "-X jobsh/shell.Commit=…" where the build has no VCS
// information of its own (a source tarball, or -buildvcs=false). Empty
// means: ask the build information.
var Commit = ""

// BuildVersion is what jobsh --version prints: the version, then the
// commit it was built from and whether the tree had uncommitted changes,
// as go build recorded them (vcs.revision, vcs.modified). A build outside
// a repository, or with -buildvcs=false, says so rather than guess.
func BuildVersion() string {
	commit, modified := Commit, false
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				if commit == "" {
					commit = s.Value
				}
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	return versionLine(Version, commit, modified)
}

func versionLine(version, commit string, modified bool) string {
	var b strings.Builder
	b.WriteString(version)
	if commit == "" {
		b.WriteString(" (commit unknown)")
	} else {
		b.WriteString(" (commit " + commit)
		if modified {
			b.WriteString(", modified")
		}
		b.WriteString(")")
	}
	return b.String()
}
