// The per-thread registry of container objects the cycle collector may
// examine (Sources/Runtime/Memory/CycleCollector.swift).
//
// A slot array of unretained object pointers: an object learns its slot at
// creation and gives it back in its deinit, where the last slot moves into
// the hole (the caller then tells the moved object its new slot). Kept in C
// so that tracking costs one out-of-line call and no reference counting.
// Tracking is on only while an interpreter is alive on the thread: objects
// created outside a run are never tracked, and the last interpreter to go
// untracks whatever survives it, so an object that outlives its run (and
// might then die on another thread) never points into a registry.
#include "CRuntimeSupport.h"

#include <stdatomic.h>
#include <stdlib.h>

typedef struct {
    void **slots;
    int64_t count;
    int64_t capacity;
    int64_t interpreters;
    int64_t next_collection;
} cycle_registry;

static __thread cycle_registry registry __attribute__((tls_model("initial-exec")));
static atomic_int registry_poisoned;
// Buffers the last collection on this thread had to remember (a statistic
// for tests; survives the end of the run).
static __thread int64_t last_remembered __attribute__((tls_model("initial-exec")));
static int collector_stress;

__attribute__((constructor)) static void read_collector_stress(void) {
    const char *stress = getenv("INTERLEAVE_GC_STRESS");
    collector_stress = stress && *stress && *stress != '0';
}

int interleave_gc_stress(void) { return collector_stress; }

void interleave_gc_enter(void) { registry.interpreters += 1; }

int interleave_gc_leave(void) {
    if (registry.interpreters > 0) registry.interpreters -= 1;
    // The last interpreter: its caller untracks any survivors and frees the
    // slot array (even an empty one: it may have grown to megabytes).
    return registry.interpreters == 0 && (registry.count > 0 || registry.slots != NULL);
}

int64_t interleave_gc_interpreters(void) { return registry.interpreters; }

void interleave_gc_reset(void) {
    free(registry.slots);
    registry.slots = NULL;
    registry.count = 0;
    registry.capacity = 0;
    registry.next_collection = 0;
}

int64_t interleave_gc_track(void *object) {
    if (registry.interpreters == 0) return -1;
    if (registry.count == registry.capacity) {
        if (registry.capacity >= INT32_MAX / 2) return -1;
        int64_t capacity = registry.capacity ? registry.capacity * 2 : 4096;
        void **slots = realloc(registry.slots, (size_t)capacity * sizeof(void *));
        if (!slots) return -1;
        registry.slots = slots;
        registry.capacity = capacity;
    }
    registry.slots[registry.count] = object;
    return registry.count++;
}

void *interleave_gc_untrack(void *object, int64_t slot, int64_t *moved_slot) {
    if (slot < 0 || slot >= registry.count || registry.slots[slot] != object) {
        // Freed on a thread that did not track it: the owning registry now
        // holds a stale pointer, so no registry may be walked again.
        atomic_store(&registry_poisoned, 1);
        return NULL;
    }
    int64_t last = --registry.count;
    if (slot == last) return NULL;
    void *moved = registry.slots[last];
    registry.slots[slot] = moved;
    *moved_slot = slot;
    return moved;
}

int64_t interleave_gc_next_collection(void) { return registry.next_collection; }

void interleave_gc_set_next_collection(int64_t count) { registry.next_collection = count; }

void *const *interleave_gc_slots(int64_t *count) {
    *count = registry.count;
    return registry.slots;
}

void interleave_gc_note_remembered(int64_t count) { last_remembered = count; }

int64_t interleave_gc_last_remembered(void) { return last_remembered; }

int interleave_gc_poisoned(void) { return atomic_load(&registry_poisoned); }

void interleave_gc_poison(void) { atomic_store(&registry_poisoned, 1); }

extern size_t swift_retainCount(void *);

int64_t interleave_strong_count(void *object) { return (int64_t)swift_retainCount(object); }

static uint64_t next_type_tag = 0;

uint64_t interleave_next_type_tag(void) { return __atomic_add_fetch(&next_type_tag, 1, __ATOMIC_RELAXED); }
