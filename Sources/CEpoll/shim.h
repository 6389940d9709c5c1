// Header-only shim: Glibc's Swift overlay does not expose epoll, eventfd or
// accept4, so this module imports them directly (with _GNU_SOURCE for accept4).
#ifndef INTERLEAVE_CEPOLL_SHIM_H
#define INTERLEAVE_CEPOLL_SHIM_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <errno.h>
#include <unistd.h>

static inline int cepoll_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
    return accept4(fd, addr, len, flags);
}

static inline int cepoll_errno(void) { return errno; }
#endif
