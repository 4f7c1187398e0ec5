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
