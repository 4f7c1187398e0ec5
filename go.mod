module jobsh

go 1.26.0

require (
	github.com/chzyer/readline v1.5.1
	github.com/creack/pty v1.1.24
	golang.org/x/sys v0.49.0
	mvdan.cc/sh/v3 v3.14.1
)

replace mvdan.cc/sh/v3 => ./third_party/mvdan-sh

replace github.com/chzyer/readline => ./third_party/readline
