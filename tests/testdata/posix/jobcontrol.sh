# POSIX.1-2024 XCU 2.11 Job Control, with set -m in a shell that is not
# interactive (standard error is the controlling terminal of the shell's
# session, from which set -m takes it): one case for each testable
# "shall", the clause quoted above it. The clauses only about an
# interactive shell are in jobcontrol.txt and notify.txt.

### 2.11 a background job's process is a process group leader
# "When a job consisting of a single asynchronous AND-OR list is created,
#  it shall form a background job and the associated process ID shall be
#  that of a child process that is made a process group leader"
#= tty
set -m; sleep 1 & read -r l </proc/$!/stat; set -- ${l#*) }; [ "$3" = "$!" ] && echo leader; kill $!
#= stdout leader

### 2.11 the other processes of a background job share its group
# "with all other processes (if any) that the shell creates to execute the
#  AND-OR list initially having this process ID as their process group ID"
#= tty
set -m; { cut -d' ' -f5 /proc/self/stat >a; cut -d' ' -f5 /proc/self/stat | cat >b; } & p=$!; wait; [ "$(cat a)" = $p ] && [ "$(cat b)" = $p ] && echo same-group
#= stdout same-group

### 2.11 a pipeline in a foreground job is one process group, with the terminal
# "For each pipeline in a foreground job ... the set of processes
#  comprising the pipeline, and any processes descended from it, shall all
#  be in the same process group" ... "the foreground process group ID shall
#  be set to the process group ID that is shared by the other processes
#  executing the pipeline"
#= tty
set -m; cut -d' ' -f5,8 /proc/self/stat >a | cut -d' ' -f5,8 /proc/self/stat >b; read g1 t1 <a; read g2 t2 <b; [ $g1 = $g2 ] && [ $t1 = $g1 ] && [ $g1 != $$ ] && echo one-group-with-terminal
#= stdout one-group-with-terminal

### 2.11 when a foreground job ends the shell takes the terminal back
# "When a foreground job terminates, or becomes a suspended job (see
#  below), if the shell has a controlling terminal it shall set the
#  foreground process group ID associated with the terminal to the process
#  group ID of the shell."
#= tty
set -m; sleep 0.1; read -r l </proc/$$/stat; set -- ${l#*) }; [ "$6" = "$3" ] && echo ended; sh -c 'kill -STOP $$'; read -r l </proc/$$/stat; set -- ${l#*) }; [ "$6" = "$3" ] && echo suspended; kill -KILL %1
#= stdout ended
#= stdout suspended

### 2.11 a job brought to the foreground with fg leaves the job list
# "When a background job is brought into the foreground by means of the fg
#  utility, the associated job number shall be removed from the shell's
#  background jobs list"
#= tty
set -m; sleep 0.2 & fg >/dev/null; jobs; echo "[$(jobs)]"
#= stdout []
#= not-bash bash lists the job as Done once more

### 2.11 a stopped foreground job becomes a suspended job with a number
# "If a process that the shell is waiting for is part of a foreground job
#  that was started as a foreground job and is stopped by a catchable
#  signal (SIGTSTP, SIGTTIN, or SIGTTOU): ... the shell shall ... create a
#  suspended job" ... "When a suspended job is created as a result of a
#  foreground job being stopped, it shall be assigned a job number"
#= tty
set -m; sh -c 'kill -TSTP $$; echo resumed'; echo "s=$?"; jobs >j; grep -c '^\[1\]+ .*Stopped' j; fg >/dev/null
#= stdout s=148
#= stdout 1
#= stdout resumed

### 2.11 a process stopped by SIGSTOP makes a suspended job too
# "If a process that the shell is waiting for is part of a foreground job
#  that was started as a foreground job and is stopped by a SIGSTOP signal,
#  the behavior shall be as described above for a catchable signal"
#= tty
set -m; sh -c 'kill -STOP $$; echo resumed'; echo "s=$?"; fg >/dev/null
#= stdout s=147
#= stdout resumed

### 2.11 a background job stopped by a signal becomes a suspended job
# "When a process associated with a background job is stopped by a
#  SIGSTOP, SIGTSTP, SIGTTIN, or SIGTTOU signal, the shell shall convert
#  the (non-suspended) background job into a suspended job"
#= tty
set -m; sleep 2 & kill -STOP $!; n=0; while jobs >j; ! grep -q Stopped j && [ $n -lt 40 ]; do sleep 0.05; n=$((n+1)); done; grep -c 'Stopped.*sleep 2' j; kill -KILL %1
#= stdout 1

### 2.11 the completed commands of a suspended job are not repeated
# "The message may indicate that the commands comprising the job include
#  commands that have already completed; in this case the completed
#  commands shall not be repeated if execution of the job is subsequently
#  continued."
#= tty
set -m; echo first >>f; sh -c 'kill -STOP $$; echo second >>f'; fg >/dev/null; cat f
#= stdout first
#= stdout second

### 2.11 bg and fg send SIGCONT to the job's process group
# "The fg and bg utilities shall send a SIGCONT signal to the process
#  group of the process(es) whose stopped wait status caused the shell to
#  suspend the job."
#= tty
set -m; sh -c 'trap "echo got CONT >>f" CONT; kill -STOP $$; :' & n=0; while jobs >j; ! grep -q Stopped j && [ $n -lt 40 ]; do sleep 0.05; n=$((n+1)); done; bg >/dev/null; wait; cat f
#= stdout got CONT

### 2.11 a list with two asynchronous lists makes two jobs
# "For the purposes of job control, a list that includes more than one
#  asynchronous AND-OR list shall be treated as if it were split into
#  multiple separate lists, each ending with an asynchronous AND-OR list."
#= tty
set -m; sleep 1 & sleep 1 & jobs | wc -l; jobs -p >p; [ "$(sed -n 1p p)" != "$(sed -n 2p p)" ] && echo two-groups; kill %1 %2
#= stdout 2
#= stdout two-groups

### 2.11 each background job has a job number and a known pid
# "Each background job (whether suspended or not) shall have associated
#  with it a job number and a process ID that is known in the current shell
#  execution environment."
#= tty
set -m; sleep 1 & p=$!; jobs %1 >j; grep -c '^\[1\]' j; [ "$(jobs -p %1)" = $p ] && echo known; kill %1; wait $p; echo "s=$?"
#= stdout 1
#= stdout known
#= stdout s=143
