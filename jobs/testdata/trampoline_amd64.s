# The exec trampoline (jobs/ownrss_linux.go), x86-64, GNU as. Its bytes
# are trampolineCode in jobs/ownrss_linux_amd64.go; TestTrampolineSource
# assembles this file and checks that they are the same.
#
# On entry the stack holds argc, then argv: [name, report, group, tty,
# program path, program argv...], NULL, envp, where
#   report  the report pipe's descriptor in decimal, after an optional
#           "i": the program then starts with SIGINT and SIGQUIT ignored
#           (POSIX 2.12: an asynchronous list without job control);
#   group   "-", or the process group the program joins (0: its own, of
#           which it is the leader, as if the shell had forked it);
#   tty     "-", or a descriptor on the terminal: the program's group is
#           made its foreground group (tcsetpgrp) before the exec.
# Registers: r12 the entry stack, ebx the report fd, r13d the "i" flag,
# r14d the group, r15d the tty (-1: none).
	.intel_syntax noprefix
	.text
	.globl _start
_start:
	mov r12, rsp
	xor r13d, r13d
	mov rsi, [r12+0x10]
	call number
	mov ebx, eax
	mov rsi, [r12+0x18]
	call number
	mov r14d, eax
	mov rsi, [r12+0x20]
	call number
	mov r15d, eax
	# fcntl(fd, F_SETFD, FD_CLOEXEC): the program must not inherit the
	# report pipe, nor the terminal's descriptor, which the shell passes
	# on a number of its own.
	mov edi, ebx
	call cloexec
	test r15d, r15d
	js blocked
	mov edi, r15d
	call cloexec
blocked:
	# rt_sigprocmask(SIG_SETMASK, &all, &old, 8): no signal may end the
	# trampoline between its clone and its report of the pid, nor stop
	# the program before its exec (SIGTTOU at tcsetpgrp, say).
	sub rsp, 0x40
	mov qword ptr [rsp], -1
	mov edi, 2
	mov rsi, rsp
	lea rdx, [rsp+8]
	mov r10d, 8
	mov eax, 0xe
	syscall
	# With "i": rt_sigaction(SIGINT and SIGQUIT, {SIG_IGN}, 0, 8). The
	# clone copies the dispositions and the exec keeps an ignored one.
	test r13d, r13d
	je spawn
	xor eax, eax
	mov qword ptr [rsp+0x20], 1
	mov [rsp+0x28], rax
	mov [rsp+0x30], rax
	mov [rsp+0x38], rax
	mov edi, 2
	call ignore
	mov edi, 3
	call ignore
spawn:
	# clone(CLONE_VM|CLONE_VFORK|CLONE_PARENT|SIGCHLD, 0, 0, 0, 0): the
	# program becomes the shell's child; this process waits for its exec.
	mov edi, 0xc111
	xor esi, esi
	xor edx, edx
	xor r10d, r10d
	xor r8d, r8d
	mov eax, 0x38
	syscall
	test rax, rax
	je child
	# Parent: write the pid (or -errno of clone) as 4 bytes; exit_group(0).
	mov [rsp+0x10], eax
	mov edi, ebx
	lea rsi, [rsp+0x10]
	mov edx, 4
	mov eax, 1
	syscall
	xor edi, edi
	mov eax, 0xe7
	syscall
child:
	# setpgid(0, group), then ioctl(tty, TIOCSPGRP, &group or getpid()).
	test r14d, r14d
	js grouped
	xor edi, edi
	mov esi, r14d
	mov eax, 0x6d
	syscall
	test rax, rax
	js failed
grouped:
	test r15d, r15d
	js foreground
	mov eax, r14d
	test eax, eax
	jg leader
	mov eax, 0x27
	syscall
leader:
	mov [rsp+0x18], eax
	mov edi, r15d
	mov esi, 0x5410
	lea rdx, [rsp+0x18]
	mov eax, 0x10
	syscall
	test rax, rax
	js failed
foreground:
	# The signal mask back as it was; execve(argv[4], &argv[5], envp).
	mov edi, 2
	lea rsi, [rsp+8]
	xor edx, edx
	mov r10d, 8
	mov eax, 0xe
	syscall
	mov rdi, [r12+0x28]
	lea rsi, [r12+0x30]
	mov rcx, [r12]
	lea rdx, [r12+rcx*8+0x10]
	mov eax, 0x3b
	syscall
failed:
	# The setup or the exec failed: write -errno as 4 bytes; exit(127).
	mov [rsp+0x14], eax
	mov edi, ebx
	lea rsi, [rsp+0x14]
	mov edx, 4
	mov eax, 1
	syscall
	mov edi, 0x7f
	mov eax, 0x3c
	syscall
ignore:
	# rt_sigaction(edi, the SIG_IGN action above the return address, 0, 8)
	lea rsi, [rsp+0x28]
	xor edx, edx
	mov r10d, 8
	mov eax, 0xd
	syscall
	ret
cloexec:
	mov esi, 2
	mov edx, 1
	mov eax, 0x48
	syscall
	ret
number:
	# eax = the decimal number at rsi, or -1 for "-"; an "i" sets r13d.
	xor eax, eax
	cmp byte ptr [rsi], '-'
	jne digit
	dec eax
	ret
digit:
	movzx ecx, byte ptr [rsi]
	test ecx, ecx
	je done
	inc rsi
	cmp ecx, 'i'
	je flag
	imul eax, eax, 10
	lea eax, [rax+rcx-0x30]
	jmp digit
flag:
	mov r13d, 1
	jmp digit
done:
	ret
