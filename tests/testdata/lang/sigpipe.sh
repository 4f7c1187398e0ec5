# A builtin in a pipeline stage that writes to a pipe whose reader is gone:
# in bash the stage is a process that SIGPIPE kills (status 141), so
# nothing more runs in it; with trap '' PIPE the write fails instead.
# (What a stage does after the write goes to a file: the messages of a
# re-executed stage are checked elsewhere.)
### a loop of builtins ends when its reader does
while :; do echo y; done | head -1; echo $? ${PIPESTATUS[@]}
f() { echo a; sleep 0.1; echo b; echo reached >>log; }; f | head -1; echo ${PIPESTATUS[@]}; cat log 2>/dev/null
### nothing after the failed write runs in the stage
{ sleep 0.1; echo x; echo reached >>log; } | true; echo ${PIPESTATUS[@]}
( sleep 0.1; printf 'x\n'; echo reached >>log ) | true; echo ${PIPESTATUS[@]}; cat log 2>/dev/null
### printf writes each line as it makes it, and dies before the next argument
{ sleep 0.1; printf '%d\n' x y 2>>log; echo reached >>log; } | true; echo ${PIPESTATUS[@]}
{ sleep 0.1; printf '%d\n%d\n' x y 2>>log; } | true; echo ${PIPESTATUS[@]}; sed 's/^[a-z]*: line [0-9]*: //' log
### with SIGPIPE ignored the write fails and the stage goes on
trap '' PIPE; { sleep 0.1; echo x 2>>log; echo "after $?" >>log; printf '%d\n' x y 2>>log; echo "after $?" >>log; } | true; echo ${PIPESTATUS[@]}
sed 's/^[a-z]*: line [0-9]*: //' log
### cd - reports a failed write, and dies of SIGPIPE in a stage (stderr)
cd /tmp; cd /; cd - >&-; echo $?; { sleep 0.1; cd -; echo reached >>/tmp/nonexistent-dir/x; } | true; echo ${PIPESTATUS[@]}
### an error message written to a pipe without a reader ends the stage
{ sleep 0.1; cd /nonexistent; echo reached >>log; } 2>&1 | true; echo ${PIPESTATUS[@]}; cat log 2>/dev/null
f() { sleep 0.1; cd /nonexistent; echo reached >>log; }; f 2>&1 | true; echo ${PIPESTATUS[@]}; cat log 2>/dev/null
