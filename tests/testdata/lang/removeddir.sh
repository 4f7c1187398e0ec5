# The shell's working directory removed under it. Commands still run
# there, as they do from bash: they inherit the directory the shell is in,
# where a chdir by its name would fail. The cases run a shell of their
# own ("$BASH" -c): a shell that only borrows its process (the interpreter
# embedded in a test) keeps the process's directory and starts its
# commands in its own by name.
### programs, pipelines, subshells and functions run in a removed directory
"$BASH" -c 'mkdir d && cd d && rmdir ../d; ls; echo $?; date +%Y >/dev/null; echo $?
echo x | cat; f() { ls; echo "f $?"; }; f | cat; (ls; echo "sub $?"); echo "$(ls; echo cs)"
{ ls; echo "bg $?"; } & wait'
### pwd -P in a removed directory fails with bash's message, and the shell has no directory after (stderr)
"$BASH" -c 'mkdir d && cd d && rmdir ../d; pwd | sed "s|.*/||"; pwd -P; echo $?; pwd; echo $?; ls; echo $?
cd .; echo "cd $? $PWD"; cd /; echo "$? $PWD"'
### cd . in a removed directory succeeds, with bash's message and PWD (stderr)
"$BASH" -c 'mkdir d && cd d && rmdir ../d; cd .; echo "cd $?"; echo "${PWD#"$OLDPWD"} ${OLDPWD##*/}"; pwd | sed "s|.*/d/|d/|"; ls; echo $?'
### cd .. from a removed directory goes to the parent
"$BASH" -c 'mkdir -p p/d && cd p/d && rmdir ../d; cd ..; echo "cd $? ${PWD##*/}"; pwd -P | sed "s|.*/||"'
### in POSIX mode cd . and pwd fail in a removed directory (stderr)
"$BASH" -c 'set -o posix; mkdir d && cd d && rmdir ../d; cd .; echo "cd $?"; pwd; echo "pwd $?"' 2>&1 | sed 's/^.*line 1: //'
### a directory removed and made again is entered anew
"$BASH" -c 'mkdir d && cd d && rmdir ../d && mkdir ../d && cd ../d && touch f && ls'
### a shell started in a removed directory says so, and runs its commands there (stderr)
mkdir d && cd d && rmdir ../d
"$BASH" -c 'echo "${PWD##*/}"; ls; echo $?; pwd; echo $?; touch x; echo $?; f() { ls; echo "f $?"; }; f | cat; cd /; echo "$? $PWD"' 2>&1
env -u PWD "$BASH" -c 'echo "[$PWD]"; pwd; echo $?' 2>&1
### \w and \W show $PWD, or ".", when the directory has no name
"$BASH" -c 'mkdir d && cd d && rmdir ../d; pwd -P 2>/dev/null; p="[\w|\W]"; echo "${p@P}"; cd . 2>/dev/null; echo "${p@P}"; unset PWD; echo "${p@P}"' | sed "s|$PWD|DIR|g"
### pushd . and a subshell's or a stage's cd . in a removed directory, as bash (stderr)
"$BASH" -c 'mkdir d && cd d && rmdir ../d; pushd . >/dev/null; echo "s $? ${PWD#"$OLDPWD"}"; (cd .; echo "sub $? ${PWD#"$OLDPWD"}"; ls; echo "ls $?"); f() { cd .; echo "f $? ${PWD##*/d}"; ls; echo "ls $?"; }; f | cat'
