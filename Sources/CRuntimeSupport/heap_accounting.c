// A malloc interposer that counts each thread's live heap bytes.
//
// glibc supports replacing malloc by defining these symbols in the program;
// each replacement forwards to glibc's own allocator (__libc_*) and adds or
// subtracts the chunk's usable size on the calling thread's counter. The
// counter lives in initial-exec TLS, which never calls malloc itself.
// Under AddressSanitizer (or any build that defines
// INTERLEAVE_NO_HEAP_ACCOUNTING) the sanitizer owns malloc: nothing is
// interposed and the VM falls back to its explicit charges.
#define _GNU_SOURCE
#include "CRuntimeSupport.h"

#include <errno.h>
#include <malloc.h>
#include <stddef.h>
#include <stdlib.h>

#if defined(__has_feature)
#  if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#    define INTERLEAVE_NO_HEAP_ACCOUNTING 1
#  endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#  define INTERLEAVE_NO_HEAP_ACCOUNTING 1
#endif

static __thread interleave_thread_state thread_state __attribute__((tls_model("initial-exec")));

interleave_thread_state *interleave_thread_state_get(void) { return &thread_state; }

void interleave_heap_trim(void) { malloc_trim(0); }

static int64_t release_max_depth = 100;

// Read once at load time, before any thread runs a program.
__attribute__((constructor)) static void read_release_stress(void) {
    const char *stress = getenv("INTERLEAVE_RELEASE_STRESS");
    if (stress && *stress && *stress != '0') release_max_depth = 1;
}

int64_t interleave_release_max_depth(void) { return release_max_depth; }

int interleave_release_enter(void) {
    if (thread_state.release_depth >= release_max_depth) return 0;
    thread_state.release_depth += 1;
    return 1;
}

int interleave_release_leave(void) {
    thread_state.release_depth -= 1;
    return thread_state.release_depth == 0 && thread_state.release_pending > 0;
}

#if defined(INTERLEAVE_NO_HEAP_ACCOUNTING) || !defined(__GLIBC__)

int interleave_heap_accounting_active(void) { return 0; }

#else

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);
extern void *__libc_memalign(size_t, size_t);
extern void *__libc_valloc(size_t);
extern void *__libc_pvalloc(size_t);

int interleave_heap_accounting_active(void) { return 1; }

static inline void *counted(void *p) {
    if (p) thread_state.live_bytes += (int64_t)malloc_usable_size(p);
    return p;
}

void *malloc(size_t size) { return counted(__libc_malloc(size)); }

void *calloc(size_t count, size_t size) { return counted(__libc_calloc(count, size)); }

void free(void *p) {
    if (!p) return;
    thread_state.live_bytes -= (int64_t)malloc_usable_size(p);
    __libc_free(p);
}

void *realloc(void *p, size_t size) {
    int64_t before = p ? (int64_t)malloc_usable_size(p) : 0;
    void *q = __libc_realloc(p, size);
    if (q) {
        thread_state.live_bytes += (int64_t)malloc_usable_size(q) - before;
    } else if (size == 0 && p) {
        thread_state.live_bytes -= before;  // realloc(p, 0) freed p
    }
    return q;
}

void *memalign(size_t alignment, size_t size) { return counted(__libc_memalign(alignment, size)); }

void *aligned_alloc(size_t alignment, size_t size) { return counted(__libc_memalign(alignment, size)); }

int posix_memalign(void **out, size_t alignment, size_t size) {
    if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) return EINVAL;
    void *p = __libc_memalign(alignment, size);
    if (!p && size) return ENOMEM;
    *out = counted(p);
    return 0;
}

void *valloc(size_t size) { return counted(__libc_valloc(size)); }

void *pvalloc(size_t size) { return counted(__libc_pvalloc(size)); }

#endif
