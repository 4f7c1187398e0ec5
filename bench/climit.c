/*
 * climit: the least a job-control shell does, in C, as the limit column of
 * bench/shellbench. bench/run builds it with cc.
 *
 * It reads lines from a script file, from -c, or interactively (-i, in a
 * terminal), each a pipeline of simple commands split on | and blanks (no
 * quoting, no expansion), with & for the background. Builtins: true, :,
 * wait, fg, bg, exit. Each program is started with fork, setpgid in both
 * processes (POSIX's race), tcsetpgrp in the child for a foreground job,
 * default signal actions, dup2 and execvp, as a C shell does it; the shell
 * waits with waitpid(WUNTRACED) and takes the terminal back when the job
 * stops or ends. Nothing else: it is a yardstick, not a shell.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { MAXJOBS = 64, MAXARGS = 64, MAXSTAGES = 16 };

struct job {
	pid_t pgid; /* the first member's pid */
	pid_t pids[MAXSTAGES];
	int npids;
	int live;    /* members not yet ended */
	int stopped; /* stopped by a signal */
	int bg;
	char text[256];
};

static struct job jobs[MAXJOBS];
static int interactive;
static int bgjobs; /* background jobs not yet ended */
static pid_t shell_pgid;

static struct job *jobof(pid_t pid)
{
	for (int i = 0; i < MAXJOBS; i++)
		for (int k = 0; k < jobs[i].npids; k++)
			if (jobs[i].live > 0 && jobs[i].pids[k] == pid)
				return &jobs[i];
	return NULL;
}

static void account(struct job *j, int status);

static struct job *newjob(const char *text)
{
	for (;;) {
		for (int i = 0; i < MAXJOBS; i++) {
			if (jobs[i].live == 0) {
				memset(&jobs[i], 0, sizeof jobs[i]);
				snprintf(jobs[i].text, sizeof jobs[i].text, "%s", text);
				return &jobs[i];
			}
		}
		/* The table is full of background jobs: wait for one to end. */
		int status;
		pid_t pid = waitpid(-1, &status, 0);
		if (pid < 0 && errno != EINTR)
			return NULL;
		struct job *j = pid > 0 ? jobof(pid) : NULL;
		if (j != NULL)
			account(j, status);
	}
}

/* The most recent job that is still there, for fg and bg. */
static struct job *current(void)
{
	for (int i = MAXJOBS - 1; i >= 0; i--)
		if (jobs[i].live > 0)
			return &jobs[i];
	return NULL;
}

static void account(struct job *j, int status)
{
	if (WIFSTOPPED(status)) {
		j->stopped = 1;
	} else if (WIFCONTINUED(status)) {
		j->stopped = 0;
	} else if (--j->live == 0 && j->bg) {
		bgjobs--;
	}
}

/* Wait for a foreground job until it ends or stops. */
static void waitfg(struct job *j)
{
	while (j->live > 0 && !j->stopped) {
		int status;
		/* Without job control there are no groups to wait on. */
		pid_t pid = waitpid(interactive ? -j->pgid : -1, &status, WUNTRACED);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			j->live = 0;
			break;
		}
		struct job *of = jobof(pid);
		if (of != NULL)
			account(of, status);
	}
	if (interactive)
		tcsetpgrp(0, shell_pgid);
	if (j->stopped && interactive) {
		printf("\n[%d]+  Stopped                 %s\n", (int)(j - jobs) + 1, j->text);
		fflush(stdout);
	}
}

/* Reap background members that ended, without blocking. */
static void reap(void)
{
	int status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG | WUNTRACED)) > 0) {
		struct job *j = jobof(pid);
		if (j != NULL)
			account(j, status);
	}
}

static void child(pid_t pgid, int fg, int in, int out, char **argv)
{
	if (interactive) {
		setpgid(0, pgid);
		if (fg)
			tcsetpgrp(0, pgid ? pgid : getpid());
	}
	if (interactive) {
		/* Only what the shell changed goes back to the default. */
		signal(SIGTTOU, SIG_DFL);
		signal(SIGTTIN, SIG_DFL);
		signal(SIGTSTP, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
	}
	if (in != 0) {
		dup2(in, 0);
		close(in);
	}
	if (out != 1) {
		dup2(out, 1);
		close(out);
	}
	execvp(argv[0], argv);
	fprintf(stderr, "climit: %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

static void pipeline(char *line, const char *text, int fg)
{
	char *stages[MAXSTAGES];
	int n = 0;
	for (char *s = strtok(line, "|"); s != NULL && n < MAXSTAGES; s = strtok(NULL, "|"))
		stages[n++] = s;
	struct job *j = newjob(text);
	if (j == NULL) {
		fprintf(stderr, "climit: too many jobs\n");
		return;
	}
	int in = 0;
	for (int i = 0; i < n; i++) {
		char *argv[MAXARGS];
		int argc = 0;
		for (char *w = strtok(stages[i], " \t"); w != NULL && argc < MAXARGS - 1; w = strtok(NULL, " \t"))
			argv[argc++] = w;
		argv[argc] = NULL;
		int fds[2] = {-1, 1};
		if (i < n - 1 && pipe(fds) < 0) {
			perror("climit: pipe");
			break;
		}
		if (argc == 0)
			break;
		pid_t pid = fork();
		if (pid == 0) {
			if (fds[0] >= 0)
				close(fds[0]);
			child(j->pgid, fg, in, fds[1], argv);
		}
		if (pid < 0) {
			perror("climit: fork");
			break;
		}
		if (j->pgid == 0)
			j->pgid = pid;
		if (interactive)
			setpgid(pid, j->pgid);
		j->pids[j->npids++] = pid;
		j->live++;
		if (in != 0)
			close(in);
		if (fds[1] != 1)
			close(fds[1]);
		in = fds[0];
	}
	if (in > 0)
		close(in);
	if (fg) {
		waitfg(j);
		return;
	}
	j->bg = 1;
	bgjobs++;
	if (interactive) {
		printf("[%d] %d\n", (int)(j - jobs) + 1, (int)j->pgid);
		fflush(stdout);
	}
}

static void resume(int fg)
{
	struct job *j = current();
	if (j == NULL) {
		fprintf(stderr, "climit: no current job\n");
		return;
	}
	j->stopped = 0;
	if (fg) {
		printf("%s\n", j->text);
		fflush(stdout);
		tcsetpgrp(0, j->pgid);
		kill(-j->pgid, SIGCONT);
		waitfg(j);
	} else {
		kill(-j->pgid, SIGCONT);
		printf("[%d]+ %s &\n", (int)(j - jobs) + 1, j->text);
		fflush(stdout);
	}
}

/* Run one line; returns 0 on exit. */
static int runline(char *line)
{
	line[strcspn(line, "\n")] = 0;
	while (*line == ' ' || *line == '\t')
		line++;
	size_t len = strlen(line);
	while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t'))
		line[--len] = 0;
	int fg = 1;
	if (len > 0 && line[len - 1] == '&') {
		fg = 0;
		line[--len] = 0;
	}
	char text[256];
	snprintf(text, sizeof text, "%s", line);
	if (len == 0 || strcmp(line, "true") == 0 || strcmp(line, ":") == 0)
		return 1;
	if (strcmp(line, "exit") == 0)
		return 0;
	if (strcmp(line, "fg") == 0 || strcmp(line, "bg") == 0) {
		resume(line[0] == 'f');
		return 1;
	}
	if (strcmp(line, "wait") == 0) {
		int status;
		while (waitpid(-1, &status, 0) > 0 || errno == EINTR)
			;
		memset(jobs, 0, sizeof jobs);
		bgjobs = 0;
		return 1;
	}
	pipeline(line, text, fg);
	return 1;
}

int main(int argc, char **argv)
{
	FILE *in = stdin;
	if (argc > 2 && strcmp(argv[1], "-c") == 0)
		return runline(argv[2]), 0;
	if (argc > 1 && strcmp(argv[1], "-i") == 0) {
		interactive = 1;
		shell_pgid = getpid();
		setpgid(0, 0);
		signal(SIGTTOU, SIG_IGN);
		signal(SIGTTIN, SIG_IGN);
		signal(SIGTSTP, SIG_IGN);
		signal(SIGINT, SIG_IGN);
		signal(SIGQUIT, SIG_IGN);
		tcsetpgrp(0, shell_pgid);
	} else if (argc > 1 && (in = fopen(argv[1], "r")) == NULL) {
		perror(argv[1]);
		return 127;
	}
	char line[4096];
	for (;;) {
		if (interactive) {
			if (bgjobs > 0)
				reap();
			fputs("$ ", stdout);
			fflush(stdout);
		}
		if (fgets(line, sizeof line, in) == NULL)
			break;
		if (!interactive && bgjobs > 0)
			reap();
		if (!runline(line))
			break;
	}
	return 0;
}
