# Redirections.
### output to file
echo hi > f; cat f
### append
echo a > f; echo b >> f; cat f
### input
printf 'x\ny\n' > f; wc -l < f
### stderr to file
ls /nonexistent 2> e; grep -c . e
### stderr to stdout
ls /nonexistent 2>&1 | grep -c nonexistent
### both with &>
{ echo out; echo err >&2; } &> f; sort f
### both appended with &>>
echo 1 &> f; echo 2 &>> f; cat f
### order of 2>&1 matters
{ echo err >&2; } 2>&1 > /dev/null | wc -l
### close stdout
echo hi >&-; echo $?
### close with a builtin writes an error
(echo hi >&-) 2>&1 | sed 's/^.*echo: /echo: /'
### read and write
echo abc > f; cat <> f
### clobber and noclobber
echo a > f; set -C; echo b > f; echo $?; echo c >| f; cat f
### fd dup for input
echo data > f; exec 3< f; cat <&3; exec 3<&-
### exec redirection for the shell
exec > out; echo into file; exec >&2; cat out >&2
### exec fd 3 for writing
exec 3> f; echo three >&3; exec 3>&-; cat f
### redirect to unwritable place
echo x > /nonexistent/dir/f; echo status $?
### command does not run when redirection fails
echo ran > /nonexistent/f && echo yes; echo $?
### ambiguous redirect
x='a b'; echo hi > $x; echo $?
### input from missing file
cat < /nonexistent; echo $?
### redirect on a group
{ echo a; echo b; } > f; cat f
### redirect on a loop
for i in 1 2; do echo $i; done > f; cat f
### redirect on a subshell
(echo sub) > f; cat f
### here document into a pipeline
cat <<EOF | tr a-z A-Z
shout
shout
EOF
### redirections alone create the file
> empty; ls
### move fd
exec 4>f; echo moved >&4; exec 4>&-; cat f
### an expansion error in a redirection ends only the child of a program, but the shell's line for a builtin or a group (stderr)
: <<EOF
$((1/0))
EOF
echo "after1 $?"
cat <<EOF
$((1/0))
EOF
echo "after2 $?"
: <<<$((1/0)); echo same3
echo "after3 $?"
cat <<<$((1/0)); echo same4
echo "after4 $?"
{ :; } <<EOF; echo same5
$((1/0))
EOF
echo "after5 $?"
### set -u in a program's here-document or here-string ends only its child; in a builtin's, the shell (stderr)
set -u
cat <<EOF
$x
EOF
echo "after $?"
cat <<<$x | cat; echo "p ${PIPESTATUS[@]}"
nocmd <<<$x
echo "after2 $?"
: <<<$x
echo not-reached
### set -u in a program's words in a pipeline ends only the stage's child, with the shell's status (stderr)
set -u
echo a | cat $x; echo "st=$?"
echo a | cat $((1/0)); echo "st=$?"
### an empty file name is no file, not the working directory (stderr)
cat < ""; echo st=$?; echo x > ""; echo st=$?; . ""; echo st=$?; exec 3< ""; echo st=$?; cd ""; echo "st=$?"; [ "$PWD" = "$(pwd -P)" ] && echo pwd
