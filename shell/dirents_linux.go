package shell

import (
	"bytes"
	"encoding/binary"

	"golang.org/x/sys/unix"
)

// readDirOrder lists a directory's entries in the order the kernel gives
// them, . and .. included, as readdir(3) gives them to bash's filename
// completion (os.ReadDir sorts them and leaves those two out).
func readDirOrder(dir string) []string {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil
	}
	defer unix.Close(fd)
	buf := make([]byte, 16384)
	var names []string
	for {
		n, err := unix.Getdents(fd, buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return names
		}
		// struct linux_dirent64: inode (8 bytes), offset (8), record
		// length (2), type (1), then the name ending in NUL.
		for off := 0; off+19 <= n; {
			reclen := int(binary.NativeEndian.Uint16(buf[off+16:]))
			if reclen == 0 || off+reclen > n {
				return names
			}
			name := buf[off+19 : off+reclen]
			if i := bytes.IndexByte(name, 0); i >= 0 {
				name = name[:i]
			}
			names = append(names, string(name))
			off += reclen
		}
	}
}
