# $? at the start of a compound command's body is the status from before
# the command (or from a command substitution in its words), as in bash;
# the command's own status is its last body's, 0 when none ran.
### case bodies see $? from before the case
false; case - in *) echo $?;; esac; false; case a in b) ;; *) echo $?;; esac
if shift 5; then :; else case - in *[0-9]*) :;; *) printf '[%s]\n' 'a b' $?;; esac; fi
### case status: the last body's, 0 for an empty body or no match
false; case a in a) ;; esac; echo $?; false; case a in b) ;; esac; echo $?; case a in a) (exit 4);; esac; echo $?
### case fallthrough keeps $? and takes the last body's status
(exit 3); case x in x) ;& y) echo $?;; esac; (exit 3); case x in x) ;;& *) echo $?;; esac
(exit 3); case x in x) false;& y) ;; esac; echo $?; (exit 3); case x in x) false;;& *) ;; esac; echo $?
### a command substitution in the case word sets $?
false; case $(exit 4) in *) echo $?;; esac
### for, arithmetic for and select bodies see $? from before the loop
false; for i in 1 2; do echo $?; false; done; false; for ((i=0;i<1;i++)); do echo $?; done
false; select x in a; do echo $?; break; done <<<1 2>/dev/null
false; for i in $(exit 5) 1; do echo $?; done
### loops that run no body succeed
false; for i in; do :; done; echo $?; false; for ((;0;)); do :; done; echo $?; false; while false; do :; done; echo $?
### while, until, if, groups and subshells see $? from before
false; while echo $?; false; do :; done; false; until echo $?; true; do :; done
false; { echo $?; }; false; ( echo $? ); false; if echo $?; then :; fi
