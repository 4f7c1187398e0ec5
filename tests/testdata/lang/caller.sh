# caller: where the running function was called from.
### caller in functions under -c
f() { caller; echo "s=$?"; caller 0; echo "s=$?"; }; f; caller; echo "top=$?"
### caller in a script file and a sourced one
printf 'h() { caller 0; caller 1; }\n' > lib.sh; printf 'source ./lib.sh\nf() {\n  caller; caller 0; g; h\n}\ng() { caller 0; caller 1; caller 2; echo "s=$?"; }\nf\ncaller; echo "top=$?"; caller x; echo "x=$?"\n' > s.sh; /proc/$$/exe s.sh 2>&1
### caller counts the files being sourced as frames, as bash's arrays do
printf 'echo "lib: $(caller) | $(caller 0) | $(caller 1)"\ng() { echo "g: $(caller) | $(caller 0) | $(caller 1) | $(caller 2)"; }\n' > lib.sh
printf 'f() { . ./lib.sh; g; echo "f: $(caller) | $(caller 0) | $(caller 1)"; }\necho "top: $(caller) | $(caller 0) rc=$?"\nf\n. ./lib.sh\ng\n' > main.sh
/proc/$$/exe main.sh; echo ---; . ./main.sh; echo ---; /proc/$$/exe < main.sh
### return in a pipeline stage or subshell of a sourced file ends that stage
printf '(return 3); echo "sub: $?"; { return 4; } | cat; echo "pipe: ${PIPESTATUS[0]}"; f() { (return 5); echo "f: $?"; }; f\n' > ret.sh; . ./ret.sh; echo "after: $?"
