import subprocess, json
H1 = ["ls /usr/lib/file.tar.gz", "echo a b c d", "cat 'x y' \"z w\" > out.txt 2>&1 | wc -l"]
H2 = ["echo one", "grep -r foo src; echo done", "echo hi"]
cases = [
 (H1, "!!"), (H1, "!$"), (H1, "!^"), (H1, "!*"), (H1, "echo !$ !^"),
 (H1, "!1"), (H1, "!2"), (H1, "!-1"), (H1, "!-2"), (H1, "!-3"), (H1, "!-4"), (H1, "!9"), (H1, "!0"),
 (H1, "!ls"), (H1, "!ec"), (H1, "!echo:2"), (H1, "!xyz"), (H1, "!?file?"), (H1, "!?a b?:2"), (H1, "!?tar"), (H1, "!?nothere?"),
 (H1, "!?file?:%"), (H1, "!?z w?:%"),
 (H1, "^b^X^"), (H1, "^b^X"), (H1, "^b^X^ tail"), (H1, "^zz^X^"), (H1, "^b^^"),
 (H1, "!-2:0"), (H1, "!-2:1"), (H1, "!-2:2-3"), (H1, "!-2:$"), (H1, "!-2:^"), (H1, "!-2:*"), (H1, "!-2:2*"), (H1, "!-2:2-"), (H1, "!-2:4-"), (H1, "!-2:5-"),
 (H1, "!-2:-2"), (H1, "!-2:7"), (H1, "!-2:3-1"), (H1, "!-2:1-$"), (H1, "!-2:1-^"),
 (H1, "!!:0"), (H1, "!!:1"), (H1, "!!:2"), (H1, "!!:3"), (H1, "!!:4"), (H1, "!!:5"), (H1, "!!:6"), (H1, "!!:7"), (H1, "!!:*"),
 (H1, "!1:1:h"), (H1, "!1:1:t"), (H1, "!1:1:r"), (H1, "!1:1:e"), (H1, "!1:1:r:r"), (H1, "!1:1:t:r"), (H1, "!1:h"), (H1, "!$:h"),
 (H1, "!1:s/usr/opt/"), (H1, "!1:s/usr/opt"), (H1, "!1:s#/#+#"), (H1, "!1:gs/l/L/"), (H1, "!1:as/l/L/"), (H1, "!1:s/l/[&]/"), (H1, "!1:s/l/\\&/"),
 (H1, "!1:s/zz/y/"), (H1, "!1:s/l/L/:&"), (H1, "!1:s/l/L/:g&"), (H1, "!1:&"), (H1, "!1:s/x\\/y/z/"), (H1, "!1:s/lib/&&/"),
 (H1, "!!:q"), (H1, "!-2:x"), (H1, "!-2:q"), (H1, "!1:z"), (H1, "!1:p"), (H1, "!!:1:p"),
 (H1, "echo '!!'"), (H1, "echo \"!!\""), (H1, "echo \\!!"), (H1, "echo \"\\!!\""), (H1, "echo $'a\\'!!'"), (H1, "echo '!!' !!"),
 (H1, "echo ! x"), (H1, "echo !"), (H1, "a!=b"), (H1, "echo $!"), (H1, "echo ${!x}"), (H1, "[!a]*"), (H1, "x!(y)"), (H1, "echo \"!\""),
 (H1, "echo # !!"), (H1, "echo a#!!"), (H1, "echo \"#\" !!"), (H1, "#!!"), (H1, "echo !#"), (H1, "echo x !#:1"), (H1, "echo !#:0 y"),
 (H1, "!!!!"), (H1, "!!x"), (H1, "x!!y"), (H1, "!$!$"), (H1, "echo !ec:1"), (H1, "!ec-2"), (H1, "!ec;x"), (H1, "\"!ec\""), (H1, "!ec$"),
 (H1, "!:1"), (H1, "!:0"), (H1, "!%"), (H1, "!?ls?x"), (H1, "!?"), (H1, "!??"), (H1, "!-"), (H1, "!-x"),
 (H2, "!!:1"), (H2, "!-2:$"), (H2, "!-2:*"), (H2, "!-2:4"), (H2, "!grep:2-4"), (H2, "!?foo?:%:s/o/0/"), (H2, "!e"), (H2, "!g:0"),
 (["cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"], "!1:*"),
 (["cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"], "!2:*"),
 (["cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"], "!3:*"),
 (["cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"], "!4:*"),
 (["cat <<EOF >f 2>>g", "a&&b||c;d", "x $(echo a b) `y z` w", "p <(a b) >(c) 3<&0- 2>&1 &>o >|p"], "!4:$"),
 (["echo a\\ b \"c d\\\" e\" 'f'g"], "!!:*"), (["echo a\\ b \"c d\\\" e\" 'f'g"], "!!:2"),
 (["echo it's"], "!!:q"), (["echo a  b"], "!!:x"), ([], "!!"), ([], "!$"), ([], "echo hi"),
 (["echo a b c"], "^b^X^"), (["echo a b c"], "^b^X"), (["echo a b b"], "^b^X^ tail"), (["echo a b c"], "^b^^"), (["echo a b c"], "^b"), (["echo a b c"], "^^X^"), (["echo a.b a.b"], "^.^-^"),
 (["echo a b c"], "echo $!x"), (["echo a b c"], "echo $!!"), (["echo a b c"], "x$!$"), (["echo a b c"], "x!(y"), (["echo a b c"], "x!;"), (["echo a b c"], "x!|"), (["echo a b c"], "x!ec(y"), (["echo a b c"], "x!ec|y"), (["echo a b c"], "!$$"), (["echo a b c"], "!e!e"), (["echo a b c"], "!!!e"), (["echo a b c"], "!$x"),
 (["echo first"], "echo \"$(echo 'x !!' \"!!\")\""), (["echo first"], "echo \"a '!!' $(echo \"b '!!'\")\""), (["echo first"], "echo \"it's !!\""),
 (["echo first"], "echo \"$( (echo) '!!')\" !!"),
 (["echo aa ba \"c a\" da"], "!!:Gs/a/X/"), (["echo aa ba \"c a\" da"], "!!:Gs/z/X/"), (["echo aa ba \"c a\" da"], "!!:G&"), (["echo aa ba \"c a\" da"], "!!:s/a/X/:G&"),
 (["echo x"], "^"), (["echo x"], "^x"), (["echo x"], "echo ^x^y"),
]
out = []
for hist, line in cases:
    script = 'set -o history -H; for h in "${@:2}"; do history -s "$h"; done; history -p "$1"'
    r = subprocess.run(["bash", "-c", script, "_", line] + hist, capture_output=True, text=True)
    if r.returncode != 0:
        exp, err = "", True
    else:
        exp, err = r.stdout[:-1] if r.stdout.endswith("\n") else r.stdout, False
    out.append((hist, line, exp, err))
def g(s): return json.dumps(s, ensure_ascii=False)
for hist, line, exp, err in out:
    print("\t{%s, %s, %s, %s}," % ("[]string{" + ", ".join(g(h) for h in hist) + "}", g(line), g(exp), "true" if err else "false"))
