# kill -l and kill -L: names and numbers as bash 5.2 gives them.
### kill -l names the numbers, exit statuses above 128 too
kill -l 0; kill -l 00; kill -l 130; kill -l 129 192 +2 " 2"; kill -l 32 33; echo $?
### kill -l numbers the names
kill -l SIGINT; kill -l INT int sigterm SIGRTMIN+1 rtmin+1; kill -l EXIT exit DEBUG ERR RETURN
kill -l -- 2; kill -L 2 INT
### kill -l with bad specifications (stderr)
kill -l 128; echo $?; { kill -l 1 2 x 3 2>&1; echo $?; } | sed 's/^.*kill: //'; kill -l sigexit 65 256 0x2; echo $?
### in a script, background jobs that ended are reported (if a signal killed them) and forgotten as the next foreground job is reaped; wait PID still answers
(kill -9 $BASHPID) & sleep 0.2; jobs; echo x; wait $!; echo st=$?
sleep 5 & kill -9 $!; sleep 0.2; jobs; echo y
(kill -TERM $BASHPID) & sleep 0.2; jobs; echo z; wait $!; echo st=$?
(exit 3) & p=$!; sleep 0.2; jobs; wait $p; echo p=$?; wait $p; echo again=$?; wait; wait $p; echo gone=$?
