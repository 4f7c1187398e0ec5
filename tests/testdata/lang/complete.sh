# Programmable completion's builtins: complete, compgen, compopt.
### compgen -W: the words expanded (not globbed) and split, those that begin with the word
touch a1; x='p q'; compgen -W 'a1 b "q r" * $x $(echo c1 c2)' -- ; echo st=$?; compgen -W 'foo bar fob' -- fo; compgen -W 'x' -- y; echo st=$?
### compgen -f and -d: entries of the word's directory, . and .. only for a word with a dot
mkdir -p dir/sub .hid; touch 'dir/x y.txt' dir/z.c .dot a1 a2; compgen -f | sort; compgen -f -- dir/ | sort; compgen -d | sort; compgen -f -- . | sort; compgen -d -- d; compgen -f -- nosuch; echo st=$?
### compgen -X filters (! keeps the matches, & is the word), -P and -S, -o plusdirs and dirnames
mkdir -p dir/sub; touch dir/z.c dir/y.h; compgen -f -X '*.c' -- dir/ | sort; compgen -f -X '!*.c' -o plusdirs -- dir/; compgen -X '&1' -W 'a1 a2 b1' -- a; compgen -W 'foo bar' -P '<' -S '>' -- f; compgen -o dirnames -W '' -- di; compgen -G 'dir/*.[ch]' | sort
### compgen actions: variables, arrays, functions, aliases, keywords, builtins, signals, options
abc=1; declare -a abarr=(1); declare abnone; declare -A abmap=([k]=v); export abexp=2; compgen -v -- ab; compgen -A arrayvar -- ab; compgen -e -- abe; f1() { :; }; f2() { :; }; compgen -A function -- f; shopt -s expand_aliases; alias ll=ls; compgen -a -- l; compgen -k -- f; compgen -b -- ech; compgen -A signal SIGT; compgen -A shopt -- nullg; compgen -A setopt -- nou
### compgen -F runs a function, -C a command
f() { COMPREPLY=("$1" "$2" "[$3]"); }; compgen -F f -- a 2>/dev/null; echo st=$?; compgen -C 'echo hi' -- z 2>/dev/null; compgen -F nosuch -- a 2>/dev/null; echo st=$?
### complete stores compspecs; -p prints them as commands, -r removes them (stderr)
complete -F _f -o nospace -W "a b" -X '!*' -P "p q" -S s -A signal -u -o filenames g; complete -E -d; complete -W "it's" x; complete -p g; complete -p x; complete -p -E; complete -r g; complete -p g; echo st=$?; complete -r nosuch; echo st=$?; complete -F f; echo st=$?
### complete, compgen and compopt errors (stderr)
complete -r nosuch; echo $?; complete -A foo x; echo $?; complete -o foo x; echo $?; complete -Z; echo $?; compgen -Z; echo $?; compopt -Z; echo $?; compgen -A foo; echo $?; compgen; echo $?; compgen -- x; echo $?
### compopt changes a compspec's options; outside a completion it needs a name (stderr)
compopt -o nospace; echo $?; compopt -o nospace x; echo $?; complete -W a x; compopt -o nospace x; complete -p x; compopt +o nospace -o filenames x; complete -p x; compopt x
### complete, compgen and compspecs in subshells
complete -W 'a b' x; (complete -p x); echo "$(compgen -W 'a b' -- a)"; complete -p x | cat
### COMP_WORDBREAKS and the completion options of shopt
declare -p COMP_WORDBREAKS; shopt progcomp hostcomplete cdable_vars
### shopt -s cdable_vars: cd to a variable's directory, printing it
mkdir -p real; shopt -s cdable_vars; v=real; cd v; basename "$PWD"; cd ..; w=nosuchdir; cd w; echo st=$?
