package shell

import (
	"os"
	"testing"
)

func TestBuiltinReferenceIsCurrent(t *testing.T) {
	const file = "../docs/builtins.md"
	want := BuiltinReference()
	if os.Getenv("JOBSH_UPDATE_DOCS") != "" {
		if err := os.WriteFile(file, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil || string(got) != want {
		t.Fatalf("docs/builtins.md is out of date: run JOBSH_UPDATE_DOCS=1 go test ./shell")
	}
}
