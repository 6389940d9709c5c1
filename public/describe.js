// Words for trace events: what a suspended task waits on, who woke it, and a
// one-line description of any event (the scrubber's caption and tooltips).

/** The label of a task id using the trace's tasks table. */
export function taskLabel(tasksById, id) {
  if (id == null) return "event loop";
  const task = tasksById.get(id);
  return task ? `${task.name} (${task.coroutine})` : `task ${id}`;
}

function list(names) {
  return Array.isArray(names) && names.length ? names.join(", ") : "—";
}

/** What a `suspend` event's `on` (or a deadlock entry's `on`) waits for, in words. */
export function describeWait(on) {
  if (!on || typeof on !== "object") return "waiting";
  switch (on.kind) {
    case "sleep": return `sleep until t=${formatTime(on.until)}`;
    case "yield": return "yield (sleep 0)";
    case "lock": return on.holder ? `lock held by ${on.holder}` : "lock";
    case "task": return `await ${on.task || "task"}${on.timeout != null ? ` (timeout t=${formatTime(on.timeout)})` : ""}`;
    case "gather": return `gather ${list(on.tasks)}`;
    case "wait": return `wait ${list(on.tasks)}`;
    case "semaphore": return `semaphore (value ${on.value})`;
    case "queue_get": return "queue.get (empty)";
    case "queue_put": return "queue.put (full)";
    case "event": return "event.wait()";
    case "condition": return "condition.wait()";
    case "future": return "a future";
    case "ready": return "ready, never run";
    default: return String(on.kind || "waiting");
  }
}

/** Who did something: a `by` object of wake/cancel events. */
export function describeActor(by) {
  if (!by || typeof by !== "object") return "outside the loop";
  if (by.task) return by.task;
  if (by.timer) return `timer ${by.timer} (t=${formatTime(by.when)})`;
  if (by.callback) return `callback ${by.callback}`;
  return "the loop";
}

/** Virtual seconds without float noise. */
export function formatTime(t) {
  if (typeof t !== "number") return String(t);
  return Number.isInteger(t) ? String(t) : String(Math.round(t * 1e6) / 1e6);
}

function quote(text) {
  const s = String(text).replace(/\n$/, "");
  return JSON.stringify(s.length > 80 ? s.slice(0, 77) + "…" : s);
}

/** A one-line description of any event. */
export function describeEvent(event, tasksById) {
  const who = taskLabel(tasksById, event.task);
  switch (event.kind) {
    case "spawn": return `${who} spawns ${taskLabel(tasksById, event.child)}`;
    case "resume": return `${who} resumes${event.throw ? ` (${event.throw} thrown in)` : ""}`;
    case "suspend": return `${who} suspends: ${describeWait(event.on)}`;
    case "wake": return event.by ? `${who} is woken by ${describeActor(event.by)}` : `${who} is scheduled to start`;
    case "print": return `${who} prints ${quote(event.text)}`;
    case "clock": return event.reset ? "a new event loop starts at t=0" : `virtual clock jumps from t=${formatTime(event.from)} to t=${formatTime(event.time)}`;
    case "callback": return `${event.timer ? "timer" : "callback"} ${event.callback} runs`;
    case "cancel": return `${who} is cancelled by ${describeActor(event.by)}${event.msg ? ` (${event.msg})` : ""}`;
    case "done": return `${who} finishes → ${event.result}`;
    case "raise": return `${who} ${event.cancelled ? "ends cancelled" : `raises ${event.exception}${event.message ? `: ${event.message}` : ""}`}`;
    case "line": return `${who} runs line ${event.line}`;
    default: return `${who}: ${event.kind}`;
  }
}
