# caller: where the running function was called from.
### caller in functions under -c
f() { caller; echo "s=$?"; caller 0; echo "s=$?"; }; f; caller; echo "top=$?"
### caller in a script file and a sourced one
printf 'h() { caller 0; caller 1; }\n' > lib.sh; printf 'source ./lib.sh\nf() {\n  caller; caller 0; g; h\n}\ng() { caller 0; caller 1; caller 2; echo "s=$?"; }\nf\ncaller; echo "top=$?"; caller x; echo "x=$?"\n' > s.sh; /proc/$$/exe s.sh 2>&1
