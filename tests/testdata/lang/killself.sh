# kill aimed at the shell itself acts before the next command, as in a C
# shell, where the signal is taken on the return from kill(2).
### kill -TERM $$
kill -TERM $$; echo after
### kill -HUP $$
kill -HUP $$; echo after
### kill -INT $$
kill -INT $$; echo after
### kill -QUIT $$ is ignored by bash
kill -QUIT $$; echo after
### kill -SEGV $$
ulimit -c 0; kill -SEGV $$; echo after
### kill -BUS $$
ulimit -c 0; kill -BUS $$; echo after
### kill -FPE $$
ulimit -c 0; kill -FPE $$; echo after
### kill -ILL $$
ulimit -c 0; kill -ILL $$; echo after
### kill -PIPE $$
kill -PIPE $$; echo after
### kill -USR1 $$
kill -USR1 $$; echo after
### kill -ALRM $$
kill -ALRM $$; echo after
### kill 0 reaches the shell
kill -TERM 0; echo after
### kill -PGID reaches the shell
kill -TERM -$$; echo after
### a trapped signal to the group runs its action before the next command
trap 'echo trapped' TERM; kill -TERM 0; echo after; kill -TERM -$$; echo after2
### an ignored signal to the shell
trap '' TERM HUP; kill -TERM $$; kill -HUP 0; echo after
### a trapped signal to $$ from a function
f() { kill -USR1 $$; echo in-f; }; trap 'echo trapped' USR1; f; echo after
