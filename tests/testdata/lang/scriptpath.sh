# A program is executed by the path the user gave or the PATH search made,
# relative or not, as bash does: a #! script sees it as $0.
### a script run by a relative path has it as $0
printf '#!/bin/sh\necho "$0"\n' >a.sh; chmod +x a.sh
./a.sh
mkdir sub bin; cp a.sh bin/b
cd sub && ../a.sh && ./../a.sh; cd ..
printf 'echo "no #! $0"\n' >n.sh; chmod +x n.sh; ./n.sh
### a relative PATH entry gives a relative path; the remembered one has ./ before it
printf '#!/bin/sh\necho "$0"\n' >a.sh; chmod +x a.sh; mkdir bin; cp a.sh bin/b
PATH=bin:/usr/bin b; PATH=./bin b
PATH=bin:$PATH
b; b; hash -t b
PATH=.:$PATH; a.sh; a.sh
PATH=; a.sh
### exec runs a relative path joined to the directory, as bash's exec
printf '#!/bin/sh\necho "$0"\n' >a.sh; chmod +x a.sh; mkdir sub bin; cp a.sh bin/b
(exec ./a.sh) | sed "s|^$PWD|DIR|"
(cd sub && exec ../a.sh) | sed "s|^$PWD|DIR|"
(PATH=bin; exec b) | sed "s|^$PWD|DIR|"
"$BASH" -c 'cd sub && exec ../a.sh' | sed "s|^$PWD|DIR|"
### exec of a path that cannot run names it whole, as bash's exec (stderr)
mkdir sub; touch nx; printf 'echo "no #! $0 $*"\n' >ns.sh; chmod +x ns.sh
(cd sub && exec ./nope) 2>&1 | sed "s|$PWD|DIR|; s|^[^ ]*: line|SH: line|"; echo "${PIPESTATUS[0]}"
(exec ./nx) 2>&1 | sed "s|$PWD|DIR|; s|^[^ ]*: line|SH: line|"
(exec ./sub/) 2>&1 | sed "s|$PWD|DIR|; s|^[^ ]*: line|SH: line|"
(exec nope); echo "$?"
"$BASH" -c 'cd sub && exec ./nope' 2>&1 | sed "s|$PWD|DIR|; s|^[^ ]*: line|SH: line|"
"$BASH" -c 'exec ./nx' 2>&1 | sed "s|$PWD|DIR|; s|^[^ ]*: line|SH: line|"
"$BASH" -c 'cd sub && exec ../ns.sh a b' | sed "s|$PWD|DIR|"
