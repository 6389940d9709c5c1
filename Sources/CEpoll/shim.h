// Header-only shim: Glibc's Swift overlay does not expose epoll, eventfd,
// signalfd, accept4 or malloc_trim/mallopt's tunables, so this module
// imports them directly.
//
// _GNU_SOURCE is deliberately NOT defined: it changes the layout names of
// libc types (fd_set's fds_bits), and a module built with it then clashes
// with Glibc/Dispatch in any file that imports both (e.g. with Foundation).
// The GNU-only declarations we need (accept4, pipe2) are declared here.
#ifndef INTERLEAVE_CEPOLL_SHIM_H
#define INTERLEAVE_CEPOLL_SHIM_H
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <sys/signalfd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <errno.h>
#include <unistd.h>
#include <malloc.h>

extern int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);
extern int pipe2(int fds[2], int flags);

static inline int cepoll_pipe2(int fds[2], int flags) { return pipe2(fds, flags); }

static inline int cepoll_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
    return accept4(fd, addr, len, flags);
}

static inline int cepoll_errno(void) { return errno; }
#endif
