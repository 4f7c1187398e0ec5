# pushd, popd and dirs as bash 5.2, the ~N, ~+N, ~-N expansions and DIRSTACK.
# Each case runs in a directory of its own; HOME=$PWD makes the output the
# same wherever that is (dirs shows ~ for it).
### pushd and popd change directory and show the stack
mkdir -p a b c; HOME=$PWD
dirs; pushd a; pushd ../b; pushd ~/c; echo "${PWD#$HOME}"; popd; echo "${PWD#$HOME}"; popd; popd; echo $?
### pushd without arguments swaps the top two
mkdir -p a b; HOME=$PWD
pushd a >/dev/null; pushd ../b >/dev/null; pushd; pushd; echo "${PWD#$HOME}"
### pushd and popd rotate and remove with +N and -N
mkdir -p a b c d; HOME=$PWD
pushd a >/dev/null; pushd ~/b >/dev/null; pushd ~/c >/dev/null; pushd ~/d >/dev/null
pushd +2; pushd -1; pushd +0; pushd -0; echo "${PWD#$HOME}"
popd +1; popd -0; popd -1; popd +0; echo "${PWD#$HOME}"
### pushd -n and popd -n leave the working directory alone
mkdir -p a b; HOME=$PWD
pushd -n ~/a; pushd -n b; pushd -n; echo $?; echo "${PWD#$HOME}"; popd -n; popd -n; echo "${PWD#$HOME}"
### dirs options
mkdir -p a b; HOME=$PWD
pushd a >/dev/null; pushd ~/b >/dev/null
dirs; dirs -p; dirs -v; dirs +1; dirs -1; dirs -0; dirs +0; dirs -v +1
dirs -l | sed "s|$HOME|H|g"; dirs -lp | sed "s|$HOME|H|g"; dirs -c; dirs; dirs -p
### directory stack errors (stderr)
mkdir a; HOME=$PWD
dirs +1; echo $?; pushd; echo $?; popd; echo $?; popd +1; echo $?
pushd a >/dev/null; dirs +5; echo $?; dirs -5; echo $?; pushd +5; echo $?; popd -5; echo $?
pushd -x; echo $?; popd -x; echo $?; dirs -x; echo $?; dirs -lv; echo $?; dirs -c; pushd -n; echo $?
dirs a; echo $?; popd a; echo $?; pushd +1x; echo $?
pushd nope; echo $?; pushd a b; echo $?
### tilde expansion of the stack
mkdir -p a b; HOME=$PWD
pushd a >/dev/null; pushd ~/b >/dev/null
for w in ~0 ~1 ~2 ~+1 ~-1 ~-0 ~+0 ~1/x ~3 ~-3 ~+ ~-; do echo "${w//$HOME/H}"; done
v=~1; echo "${v#$HOME}"; echo x=~1 a=~2:~0 | sed "s|$HOME|H|g"
### DIRSTACK holds the stack
mkdir -p a b; HOME=$PWD
echo ${#DIRSTACK[@]}; pushd a >/dev/null; pushd -n ../b >/dev/null
echo ${#DIRSTACK[@]} "${DIRSTACK[2]#$HOME}" "${DIRSTACK[1]#$HOME}" "${DIRSTACK[0]#$HOME}"
cd ..; echo "${DIRSTACK[0]#$HOME}|${DIRSTACK[1]#$HOME}"
### the stack in subshells, pipelines and substitutions
mkdir -p a b; HOME=$PWD
pushd a >/dev/null
(pushd ~/b >/dev/null; dirs); dirs
dirs | cat; echo "[$(dirs)]"; pushd ~/b | cat; dirs
f() { pushd ~/b >/dev/null; dirs; }; f; dirs; x=$(popd); echo "$x"; dirs
### pushd finds directories through CDPATH and says so
mkdir -p base/x base/y; HOME=$PWD; CDPATH=$HOME/base
pushd x | sed "s|$HOME|H|g"; pushd x >/dev/null; pushd y | sed "s|$HOME|H|g"; echo "${PWD#$HOME}"
### assigning to DIRSTACK changes saved entries only
mkdir -p a b c; HOME=$PWD
pushd -n ~/a >/dev/null; pushd -n ~/b >/dev/null
DIRSTACK[1]=~/c; dirs; DIRSTACK[0]=/; dirs; DIRSTACK[7]=/; dirs; DIRSTACK=(x y); dirs; echo "${PWD#$HOME}|"
### pushd -n with +N, and pushd turning onto a directory that is gone
mkdir -p a b c; HOME=$PWD
pushd -n ~/a >/dev/null; pushd -n ~/b >/dev/null; pushd -n ~/c >/dev/null
pushd -n +1; echo $?; dirs; pushd -n +0; dirs
rmdir c; pushd +1; echo $?; dirs; pushd -n /gone >/dev/null; pushd; echo $?; dirs
cd ~/a; cd ~/b; pushd +0 >/dev/null; echo "${OLDPWD#$HOME}"
### popd onto a directory that is gone keeps the stack
mkdir a; HOME=$PWD
pushd -n /gone >/dev/null; popd; echo $?; dirs; popd -n; dirs
### sequences of pushd and popd keep OLDPWD as bash does
mkdir -p a b c; HOME=$PWD
pushd a >/dev/null; pushd ../b >/dev/null; pushd -1 >/dev/null; echo "${OLDPWD#$HOME}"
popd >/dev/null; echo "${OLDPWD#$HOME}"; pushd - | sed "s|$HOME|H|g"; echo "${PWD#$HOME} ${OLDPWD#$HOME}"
### set -P (physical): cd and pwd resolve symbolic links unless -L is given
mkdir -p real; ln -s real link; set -P; cd link; pwd | sed "s#$OLDPWD#D#"; cd ..; set +P; cd link; pwd | sed "s#$OLDPWD#D#"; cd ..; set -o physical; echo $- | tr -dc P; cd -L link; pwd | sed "s#$OLDPWD#D#"
