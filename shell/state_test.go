package shell

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"jobsh/jobs"
	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// fullState is a State with every field set, and a variable with every
// attribute, so that a field that Encode or ForSubshell forgets shows.
func fullState(t *testing.T) State {
	t.Helper()
	file, err := parser.Parse("f() { echo \"$1\" | cat; }\ng() ( exit 3 )\n", "")
	if err != nil {
		t.Fatal(err)
	}
	funcs := map[string]*syntax.FuncDecl{}
	for _, st := range file.Stmts {
		fd := st.Cmd.(*syntax.FuncDecl)
		funcs[fd.Name.Value] = fd
	}
	every := expand.Variable{Set: true, Local: true, Exported: true, ReadOnly: true, Integer: true, Case: 'u', Trace: true,
		Kind: expand.Indexed, Str: "s", List: []string{"a", "b"}, Map: map[string]string{"k": "v"},
		Indexes: []int{2, 5}}
	assertAllSet(t, "expand.Variable", reflect.ValueOf(every))
	table := jobs.NewTable()
	j := &jobs.Job{ID: 1, Text: "sleep 100", Dir: "/tmp"}
	table.Add(j)
	table.AddProcess(j, &jobs.Process{Pid: 4242, Command: "sleep 100"})
	s := State{
		vars:              map[string]expand.Variable{"every": every, "PATH": {Set: true, Kind: expand.String, Str: "/bin"}},
		scopes:            []map[string]expand.Variable{{"loc": {Set: true, Local: true, Kind: expand.String, Str: "l"}}},
		funcs:             funcs,
		aliases:           map[string]string{"ll": "ls -l"},
		funcFiles:         map[string]funcOrigin{"f": {File: "lib.sh", LineBase: 3}},
		opts:              Options{optErrExit: true, optErrTrace: true, optMonitor: true},
		params:            []string{"one", "two"},
		arg0:              "script.sh",
		cwd:               "/tmp",
		dirStack:          []string{"/usr", "/var"},
		status:            7,
		lastBg:            4242,
		pid:               4000,
		started:           time.Unix(1700000000, 5),
		line:              12,
		sourceName:        "lib.sh",
		frames:            []frame{{"source", "lib.sh", 4, "a.sh", 0, 1, 0}, {"f", "a.sh", 9, "lib.sh", 1, 2, 50}},
		scriptFile:        true,
		readFlag:          'c',
		interactiveShell:  true,
		asyncNoJobControl: true,
		subshellLevel:     2,
		entryIgnored:      []string{"SIGHUP"},
		unspecial:         []string{"SECONDS"},
		exportedFuncs:     map[string]bool{"f": true},
		pipeStatus:        []int{1, 0},
		lastArg:           "last",
		substDepth:        2,
		traps:             map[string]string{"SIGUSR1": "echo usr1", "SIGUSR2": "", "ERR": "echo err", "EXIT": "echo bye"},
		shownTraps:        map[string]string{"SIGHUP": "echo hup"},
		hash:              map[string]*hashEntry{"cat": {path: "/bin/cat", hits: 3, seq: 1}},
		hashSeq:           1,
		optind:            2,
		optpos:            1,
		hist:              &history{entries: []histEntry{{"echo a", 1700000000}, {"history | tail", 0}}, max: 500},
		parentJobs:        table,
		compSpecs: map[string]*compSpec{"git": {Func: "__git_wrap__git_main", Opts: coptBashDefault | coptDefault, Has: hasFunc, Seq: 2},
			compDefault: {Actions: 1 << 9, Glob: "*.c", Words: "a b", Prefix: "p", Suffix: "s", Filter: "!*.o", Command: "cmd", Has: 0x7f, Seq: 1}},
		compSeq:     2,
		keyBindings: []KeyBinding{{"\x1b[A", "history-search-backward"}, {"\x14", ""}},
		lineEditing: true,
	}
	assertAllSet(t, "State", reflect.ValueOf(s))
	return s
}

// assertAllSet fails for each field of a struct that holds its zero value.
func assertAllSet(t *testing.T, what string, v reflect.Value) {
	t.Helper()
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).IsZero() {
			t.Errorf("%s.%s is not set in the test's sample: set it, and make sure Encode, Decode and ForSubshell carry it", what, v.Type().Field(i).Name)
		}
	}
}

// comparable turns a State into values reflect.DeepEqual can judge:
// functions as their source, jobs as their snapshot's JSON.
func comparable(t *testing.T, s State) State {
	t.Helper()
	src, err := funcsSource(s.funcs)
	if err != nil {
		t.Fatal(err)
	}
	s.funcs = map[string]*syntax.FuncDecl{src: nil}
	// The text a function was parsed from is where its offsets point:
	// the printed functions' after a Decode.
	origins := map[string]funcOrigin{}
	for name, o := range s.funcFiles {
		o.src = nil
		origins[name] = o
	}
	s.funcFiles = origins
	if s.parentJobs != nil {
		data, _ := json.Marshal(s.parentJobs.Snapshot())
		s.parentJobs = jobs.TableFrom(jobs.Snapshot{Jobs: []*jobs.Job{{Text: string(data)}}})
	}
	s.started = s.started.UTC()
	return s
}

func TestStateRoundTrip(t *testing.T) {
	s := fullState(t)
	data, err := s.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	want := comparable(t, s)
	if g := comparable(t, got); !reflect.DeepEqual(g, want) {
		gv, wv := reflect.ValueOf(g), reflect.ValueOf(want)
		for i := 0; i < gv.NumField(); i++ {
			if !reflect.DeepEqual(gv.Field(i).Interface(), wv.Field(i).Interface()) {
				t.Errorf("State.%s: Decode(Encode(s)) = %#v, want %#v", gv.Type().Field(i).Name, gv.Field(i), wv.Field(i))
			}
		}
	}
}

// TestForSubshell checks bash's subshell rules, and that the copy shares
// nothing that either side could change under the other.
func TestForSubshell(t *testing.T) {
	s := fullState(t)
	s.shownTraps = nil // a shell that set its traps itself
	c := s.ForSubshell()
	wantTraps := map[string]string{"SIGUSR2": "", "ERR": "echo err"}
	if !reflect.DeepEqual(c.traps, wantTraps) {
		t.Errorf("traps = %v, want only the ignored ones and ERR under set -E: %v", c.traps, wantTraps)
	}
	if !reflect.DeepEqual(c.shownTraps, s.traps) {
		t.Errorf("shownTraps = %v, want the parent's traps %v", c.shownTraps, s.traps)
	}
	if !c.opts[optMonitor] {
		t.Error("a subshell keeps the monitor setting ($- shows m), as in bash")
	}
	if c.parentJobs != nil {
		t.Error("ForSubshell leaves parentJobs to its caller")
	}
	// Change everything the copy holds; the original must not see it.
	c.vars["every"].List[0] = "changed"
	c.vars["new"] = expand.Variable{}
	c.scopes[0]["loc"] = expand.Variable{}
	c.aliases["new"] = "x"
	c.opts[optErrExit] = false
	c.params[0] = "changed"
	c.dirStack[0] = "changed"
	c.frames[0].Func = "changed"
	c.pipeStatus[0] = 99
	c.hash["cat"].hits = 99
	c.hist.entries[0].line = "changed"
	c.compSpecs["git"] = &compSpec{Func: "changed"}
	delete(c.compSpecs, compDefault)
	delete(c.funcs, "f")
	fresh := fullState(t)
	fresh.parentJobs = s.parentJobs
	fresh.shownTraps = nil
	if !reflect.DeepEqual(comparable(t, s), comparable(t, fresh)) {
		t.Error("changing a subshell's copy changed the parent's state")
	}
	// The other way: a second subshell of the subshell lists the
	// grandparent's traps until it sets its own.
	c2 := c.ForSubshell()
	if !reflect.DeepEqual(c2.shownTraps, s.traps) {
		t.Errorf("a subshell of a subshell lists %v, want %v", c2.shownTraps, s.traps)
	}
}
