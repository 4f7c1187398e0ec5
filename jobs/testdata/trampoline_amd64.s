# The exec trampoline (jobs/ownrss_linux.go), x86-64, GNU as. Its bytes
# are trampolineCode in jobs/ownrss_linux_amd64.go; TestTrampolineSource
# assembles this file and checks that they are the same.
#
# On entry the stack holds argc, then argv: [name, flags and report fd,
# program path, program argv...], NULL, envp. argv[1] is the report pipe's
# descriptor in decimal, after an optional "i": the program then starts
# with SIGINT and SIGQUIT ignored (POSIX 2.12: an asynchronous list
# without job control).
# Registers: r12 the entry stack, ebx the report fd, r13d the "i" flag.
	.intel_syntax noprefix
	.text
	.globl _start
_start:
	mov r12, rsp
	mov rsi, [r12+0x10]
	xor ebx, ebx
	xor r13d, r13d
digit:
	movzx eax, byte ptr [rsi]
	test eax, eax
	je parsed
	inc rsi
	cmp eax, 'i'
	je flag
	imul ebx, ebx, 10
	lea ebx, [rbx+rax-0x30]
	jmp digit
flag:
	mov r13d, 1
	jmp digit
parsed:
	# fcntl(fd, F_SETFD, FD_CLOEXEC): the program must not inherit it.
	mov edi, ebx
	mov esi, 2
	mov edx, 1
	mov eax, 0x48
	syscall
	# rt_sigprocmask(SIG_SETMASK, &all, &old, 8): no signal may end the
	# trampoline between its clone and its report of the pid.
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
	# Child: the signal mask back as it was; execve(argv[2], &argv[3], envp).
	mov edi, 2
	lea rsi, [rsp+8]
	xor edx, edx
	mov r10d, 8
	mov eax, 0xe
	syscall
	mov rdi, [r12+0x18]
	lea rsi, [r12+0x20]
	mov rcx, [r12]
	lea rdx, [r12+rcx*8+0x10]
	mov eax, 0x3b
	syscall
	# The exec failed: write -errno as 4 bytes; exit(127).
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
