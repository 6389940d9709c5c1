// One object pointer per thread, owned by the thread: Swift stores a
// retained object here and the thread's exit releases it through the
// function given with it (pthread key destructor). Used for the library's
// compiled code, which each interpreter thread compiles for itself
// (Sources/Runtime/Lib/LibraryCodeCache.swift says why).
#include "CRuntimeSupport.h"

#include <pthread.h>
#include <stdlib.h>

static pthread_key_t code_cache_key;
static pthread_once_t code_cache_once = PTHREAD_ONCE_INIT;
static __thread void *code_cache __attribute__((tls_model("initial-exec")));

typedef struct {
    void *object;
    void (*release)(void *);
} thread_slot;

static void release_at_exit(void *raw) {
    thread_slot *slot = raw;
    if (slot->object && slot->release) slot->release(slot->object);
    free(slot);
}

static void make_code_cache_key(void) { pthread_key_create(&code_cache_key, release_at_exit); }

void *interleave_thread_code_cache(void) { return code_cache; }

int interleave_set_thread_code_cache(void *object, void (*release)(void *)) {
    if (code_cache) return 0;
    pthread_once(&code_cache_once, make_code_cache_key);
    thread_slot *slot = malloc(sizeof(thread_slot));
    if (!slot) return 0;
    slot->object = object;
    slot->release = release;
    if (pthread_setspecific(code_cache_key, slot) != 0) {
        free(slot);
        return 0;
    }
    code_cache = object;
    return 1;
}
