// Per-thread runtime state that Swift cannot express cheaply: the heap
// counters kept by the malloc interposer (heap_accounting.c) and the nesting
// depth of object releases (the VM's deferred-release "trashcan").
//
// DESIGN: one interpreter runs on one thread at a time, and every object a
// run creates is allocated and freed on that thread, so a thread-local count
// of live malloc bytes, read as a difference from the run's start, is the
// run's exact heap use: objects, container storage, strings, closures and
// frames alike. See Sources/Runtime/OBJECTS.md "Memory model".
#ifndef INTERLEAVE_CRUNTIMESUPPORT_H
#define INTERLEAVE_CRUNTIMESUPPORT_H

#include <stdint.h>

/// What one thread's allocator and release machinery have recorded.
typedef struct {
    /// Usable bytes malloc'd minus bytes freed on this thread, ever.
    int64_t live_bytes;
    /// Nesting depth of deinits that release object references.
    int64_t release_depth;
    /// References waiting in the thread's bin of deferred releases.
    int64_t release_pending;
    /// An unretained pointer to the thread's bin of deferred releases.
    void *release_bin;
    /// An unretained pointer to the running interpreter's weak-callback
    /// registry (nil when no weak reference with a callback exists).
    void *weak_registry;
} interleave_thread_state;

/// The calling thread's state (initial-exec TLS: never allocates).
interleave_thread_state *interleave_thread_state_get(void);

/// Enters one nested release: returns 1 (depth incremented) when it is
/// below the maximum depth (100; 1 when the environment variable
/// INTERLEAVE_RELEASE_STRESS is set, so every nested release takes the
/// deferred path), 0 when the caller must defer its references instead.
/// Out of line on purpose: Swift's optimizer must not move the release it
/// brackets across these calls.
int interleave_release_enter(void);

/// The maximum nesting of releases on the stack (see above).
int64_t interleave_release_max_depth(void);

/// Leaves a release entered with `interleave_release_enter`; returns 1 when
/// this was the outermost one and deferred references wait to be released.
int interleave_release_leave(void);

/// 1 when this process counts heap bytes (the interposer is linked and no
/// sanitizer owns malloc), 0 otherwise.
int interleave_heap_accounting_active(void);

/// Returns freed heap pages to the operating system (after a run).
void interleave_heap_trim(void);

// The cycle collector's per-thread registry (cycle_registry.c).

/// 1 when INTERLEAVE_GC_STRESS is set: collect at every periodic check.
int interleave_gc_stress(void);
/// An interpreter starts on this thread: tracking is on while any is alive.
void interleave_gc_enter(void);
/// An interpreter of this thread is done; returns 1 when it was the last
/// and the registry holds anything (the caller untracks what remains,
/// then resets, which frees the slot array).
int interleave_gc_leave(void);
/// How many interpreters are alive on this thread.
int64_t interleave_gc_interpreters(void);
/// Empties this thread's registry (after its objects were untracked).
void interleave_gc_reset(void);
/// Records `object`; returns its slot, or -1 when tracking is off.
int64_t interleave_gc_track(void *object);
/// Forgets `object` at `slot`; when another object moved into the slot,
/// returns it and stores the slot in `moved_slot`.
void *interleave_gc_untrack(void *object, int64_t slot, int64_t *moved_slot);
/// The registry size at which this thread's next collection starts (0:
/// not set yet). Per thread, not per interpreter: a new run on a thread
/// whose registry holds what other live interpreters keep must not start
/// with a full collection.
int64_t interleave_gc_next_collection(void);
void interleave_gc_set_next_collection(int64_t count);
/// This thread's tracked objects (unretained) and their number.
void *const *interleave_gc_slots(int64_t *count);
/// 1 once any registry was found inconsistent (the collector then stops).
int interleave_gc_poisoned(void);

/// The number of shared array buffers the last collection on this thread
/// remembered (a statistic for tests), and its setter.
void interleave_gc_note_remembered(int64_t count);
int64_t interleave_gc_last_remembered(void);
/// Stops every collector of the process (an invariant was broken).
void interleave_gc_poison(void);
/// The strong reference count of a Swift object (`swift_retainCount`).
int64_t interleave_strong_count(void *object);

/// A number never returned before in this process (atomic): the version
/// tags of classes, which the VM's attribute caches compare.
uint64_t interleave_next_type_tag(void);

/// This thread's library code cache (an unmanaged Swift object), or NULL.
void *interleave_thread_code_cache(void);
/// Installs this thread's library code cache once: `release` is called
/// with it when the thread exits. Returns 0 when one is already set (or
/// the slot could not be made), 1 when `object` was installed.
int interleave_set_thread_code_cache(void *object, void (*release)(void *));

#endif
