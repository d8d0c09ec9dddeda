/*
 * The floor under any user-space relay on this machine: a 12-byte request/response round trip between two threads
 * over a socket pair, directly and through a third thread that relays it (recv, send on, recv the answer, send it
 * back: the data relay's four calls with no JNA, no frame parsing and no allocation). Printed by
 * releng/bench-gateway.sh next to GatewayBench so the gateway's added time can be judged against it.
 * Usage: bench-relay-floor [ROUNDS]
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>

static int direct[2], toServer[2], toRelay[2];

static void *echo(void *arg) {
	int fd = *(int *) arg;
	char buffer[4096];
	ssize_t n;
	while ((n = recv(fd, buffer, sizeof buffer, 0)) > 0) {
		send(fd, buffer, (size_t) n, MSG_NOSIGNAL);
	}
	return NULL;
}

static void *relay(void *unused) {
	char buffer[4096];
	ssize_t n;
	(void) unused;
	while ((n = recv(toRelay[1], buffer, sizeof buffer, 0)) > 0) {
		send(toServer[0], buffer, (size_t) n, MSG_NOSIGNAL);
		if ((n = recv(toServer[0], buffer, sizeof buffer, 0)) <= 0) {
			break;
		}
		send(toRelay[1], buffer, (size_t) n, MSG_NOSIGNAL);
	}
	return NULL;
}

static long long nanos(void) {
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec * 1000000000LL + now.tv_nsec;
}

static int ascending(const void *a, const void *b) {
	long long x = *(const long long *) a, y = *(const long long *) b;
	return (x > y) - (x < y);
}

static void measure(const char *path, int fd, int rounds, long long *times) {
	char buffer[4096] = { 0 };
	for (int i = 0; i < rounds; i++) {
		long long start = nanos();
		send(fd, buffer, 12, MSG_NOSIGNAL);
		recv(fd, buffer, sizeof buffer, 0);
		times[i] = nanos() - start;
	}
	qsort(times, (size_t) rounds, sizeof *times, ascending);
	printf("C threads, %-14s median %7.1f µs   p99 %7.1f µs\n", path, times[rounds / 2] / 1e3,
			times[(long) rounds * 99 / 100] / 1e3);
}

int main(int argc, char **argv) {
	int rounds = argc > 1 ? atoi(argv[1]) : 20000;
	long long *times = malloc(sizeof *times * (size_t) rounds);
	pthread_t thread;
	if (rounds < 1 || times == NULL || socketpair(AF_UNIX, SOCK_STREAM, 0, direct) != 0
			|| socketpair(AF_UNIX, SOCK_STREAM, 0, toServer) != 0 || socketpair(AF_UNIX, SOCK_STREAM, 0, toRelay) != 0) {
		perror("bench-relay-floor");
		return 1;
	}
	pthread_create(&thread, NULL, echo, &direct[1]);
	pthread_create(&thread, NULL, echo, &toServer[1]);
	pthread_create(&thread, NULL, relay, NULL);
	measure("direct", direct[0], rounds, times);
	measure("through relay", toRelay[0], rounds, times);
	return 0;
}
