# complete, compgen and compopt (programmable completion), checked against bash.
### complete -p prints specs as bash does, in bash's order
complete -W x a b c d zz yy; complete -p; complete -o filenames -o nospace -v -A signal -G '*.o' -W 'a b' -P 'p q' -S s -X '!*.c' -C 'cmd x' -F fn w; complete -p w
### complete -p of -D -E -I, quoting, and in a pipeline
complete -W "it's" q; complete -D -F _l; complete -E -W e; complete -I -W i; complete -W a 'x y' ''; complete -p | cat; complete -p -D
### complete -r and missing specs
complete -F _git git gitk; complete -r gitk; complete -p; complete -p nosuch; echo $?; complete -r nosuch; echo $?; complete -r; complete -p; echo "[$?]"
### complete's errors
complete -W x; echo $?; complete -A nosuch x; echo $?; complete -o nosuch x; echo $?; complete -Z; echo $?; complete -F 'a;b' x; echo $?; complete -o; echo $?
### compopt on specs, and outside a completion
complete -o nospace -F f g; compopt g; compopt -o filenames g; complete -p g; compopt +o nospace g; complete -p g; compopt; echo $?; compopt nosuch; echo $?
### compgen -W, -P, -S, -X, and status 1 for nothing
compgen -W 'update upgrade
    install remove' -- up; compgen -W "x y" z; echo $?; compgen -P "<" -S ">" -W "ab ac" a; compgen -X '!*b' -W "ab ac"; compgen -X '&c' -W "abc ab" a; v="one two"; compgen -W '$v three' t
### compgen actions: keywords, signals, variables, functions, aliases
compgen -k | head -5; compgen -A signal SIGT; compgen -A signal | wc -l; MYVAR1=1 MYVAR2=2; compgen -v MYVA; f_one() { :; }; f_two() { :; }; compgen -A function f_; shopt -s expand_aliases; alias ll='ls -l'; compgen -a l; compgen -A builtin comp
### compgen files and directories
mkdir -p sub/in dir2; touch a.txt b.c .hid sub/f1 'sp ace'; compgen -f | sort; echo --; compgen -d | sort; echo --; compgen -f sub/; compgen -G '*.c'; compgen -f -X '*.txt' | sort; compgen -o plusdirs -W 'x y'; compgen -o dirnames -W 'x y' s; compgen -o default -W 'x y' a
### compgen -F runs the function with empty COMP_WORDS
f() { echo "[$1][$2][$3][${#COMP_WORDS[@]}][$COMP_CWORD]"; COMPREPLY=(x1 x2); }; compgen -F f -- w 2>/dev/null; echo $?
