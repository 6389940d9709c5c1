// The state panel: what every task holds and waits for at the current event.
// A trace run with detail "state" carries on its events a `state` delta
// (DESIGN.md "State"); folding the deltas of events 0..i gives the state
// after event i. Snapshots every CHECKPOINT events keep any step a short
// fold away, so scrubbing a 100,000-event trace stays instant.

import { describeWait, formatTime } from "./describe.js";

const CHECKPOINT = 256;
const PARTS = ["tasks", "frames", "objects", "globals"];

function node(tag, className, text) {
  const n = document.createElement(tag);
  if (className) n.className = className;
  if (text != null) n.textContent = text;
  return n;
}

function empty() {
  return { tasks: new Map(), frames: new Map(), objects: new Map(), globals: new Map() };
}

function copy(s) {
  return { tasks: new Map(s.tasks), frames: new Map(s.frames), objects: new Map(s.objects), globals: new Map(s.globals) };
}

function apply(s, delta) {
  if (!delta || typeof delta !== "object") return;
  for (const part of PARTS) {
    const members = delta[part];
    if (!members || typeof members !== "object") continue;
    for (const [key, value] of Object.entries(members)) {
      if (part === "globals" && value === null) s.globals.delete(key);
      else s[part].set(key, value);
    }
  }
}

/** The state of a trace at any event, from its deltas. */
export class StateModel {
  constructor(events) {
    this.events = events;
    this.hasState = events.some((e) => e.state);
    this.checkpoints = [];
    if (!this.hasState) return;
    let s = empty();
    for (let i = 0; i < events.length; i++) {
      if (i % CHECKPOINT === 0) this.checkpoints.push(copy(s));
      apply(s, events[i].state);
    }
  }

  /** The state after event `index` (a fresh object the caller may keep). */
  at(index) {
    const k = Math.floor(index / CHECKPOINT);
    const s = copy(this.checkpoints[Math.min(k, this.checkpoints.length - 1)] || empty());
    for (let i = k * CHECKPOINT; i <= index && i < this.events.length; i++) apply(s, this.events[i].state);
    return s;
  }
}

const STATE_WORDS = {
  running: "running", ready: "ready", waiting: "waiting", done: "done", raised: "raised", cancelled: "cancelled",
};

/** Draws the state after event `index` into `box`. */
export function renderState(box, model, index, trace, onLine) {
  box.replaceChildren();
  const tasksById = new Map((trace.tasks || []).map((t) => [String(t.id), t]));
  const name = (id) => { const t = tasksById.get(String(id)); return t ? t.name : `task ${id}`; };
  const s = model.at(index);
  const touched = new Set(Object.keys((model.events[index].state || {}).objects || {}));

  const taskList = node("ul", "state-tasks");
  taskList.setAttribute("aria-label", "Tasks at this step");
  const main = s.frames.get("main");
  if (main && main.length) taskList.appendChild(taskItem("top level", null, { state: "running" }, main, onLine, false));
  for (const [id, entry] of s.tasks) {
    const task = tasksById.get(id);
    const label = task ? `${task.name} · ${task.coroutine}()` : `task ${id}`;
    const changed = model.events[index].state && model.events[index].state.tasks && id in model.events[index].state.tasks;
    taskList.appendChild(taskItem(label, id, entry, s.frames.get(id) || [], onLine, changed, name));
  }
  if (!taskList.children.length) taskList.appendChild(node("li", "muted", "No task has started yet."));
  box.appendChild(node("h3", null, "Tasks"));
  box.appendChild(taskList);

  if (s.objects.size) {
    box.appendChild(node("h3", null, "asyncio objects"));
    const list = node("ul", "state-objects");
    list.setAttribute("aria-label", "Objects at this step");
    // The ones this step touched first.
    const names = [...s.objects.keys()].sort((a, b) => (touched.has(b) - touched.has(a)));
    for (const key of names) list.appendChild(objectItem(key, s.objects.get(key), touched.has(key), name));
    box.appendChild(list);
  }
  if (s.globals.size) {
    box.appendChild(node("h3", null, "Globals"));
    box.appendChild(varTable([...s.globals.entries()], "Global variables"));
  }
}

function taskItem(label, id, entry, frames, onLine, changed, name) {
  const item = node("li", `state-task ${entry.state || ""}${changed ? " changed" : ""}`);
  if (id != null) item.dataset.task = id;
  const head = node("div", "state-task-head");
  head.appendChild(node("strong", null, label));
  head.appendChild(node("span", `state-badge ${entry.state || ""}`, STATE_WORDS[entry.state] || entry.state || "?"));
  item.appendChild(head);
  let detail = "";
  if (entry.state === "waiting") detail = `on ${describeWait(entry.on)}`;
  else if (entry.state === "done") detail = `result ${entry.result ?? "None"}`;
  else if (entry.state === "raised" || entry.state === "cancelled") detail = entry.exception || "";
  if (Number.isInteger(entry.since)) detail += `${detail ? " · " : ""}since #${entry.since}, t=${formatTime(entry.at)}`;
  if (detail) item.appendChild(node("div", "state-task-detail", detail));
  if (frames.length) {
    const list = node("ol", "state-frames");
    list.setAttribute("aria-label", `Frames of ${label}, outermost first`);
    for (const frame of frames) {
      const li = node("li", "state-frame");
      const button = node("button", "frame", `${frame.function}, line ${frame.line}`);
      button.type = "button";
      button.title = "Show this line in the program";
      button.addEventListener("click", () => onLine(frame.line));
      li.appendChild(button);
      const locals = Object.entries(frame.locals || {});
      if (locals.length) li.appendChild(varTable(locals, `Locals of ${frame.function}`));
      list.appendChild(li);
    }
    item.appendChild(list);
  }
  return item;
}

function varTable(entries, label) {
  const table = node("table", "state-vars");
  table.setAttribute("aria-label", label);
  for (const [key, value] of entries) {
    const row = node("tr");
    row.appendChild(node("th", null, key));
    row.appendChild(node("td", null, value));
    table.appendChild(row);
  }
  return table;
}

function objectItem(key, o, touched, name) {
  const item = node("li", `state-object${touched ? " touched" : ""}`);
  item.dataset.object = key;
  item.appendChild(node("strong", null, key));
  const tasks = (ids) => (Array.isArray(ids) && ids.length ? ids.map(name).join(", ") : "none");
  const parts = [];
  switch (o.type) {
    case "Queue": case "LifoQueue": case "PriorityQueue":
      parts.push(`${o.size} item${o.size === 1 ? "" : "s"}${o.maxsize ? ` of max ${o.maxsize}` : ""}: [${(o.items || []).join(", ")}${o.size > (o.items || []).length ? ", …" : ""}]`);
      parts.push(`getters waiting: ${tasks(o.getters)}`, `putters waiting: ${tasks(o.putters)}`);
      if (o.unfinished != null) parts.push(`unfinished: ${o.unfinished}`);
      break;
    case "Lock":
      parts.push(o.locked ? `locked by ${o.owner != null ? name(o.owner) : "?"}` : "unlocked", `waiters: ${tasks(o.waiters)}`);
      break;
    case "Event":
      parts.push(o.set ? "set" : "not set", `waiters: ${tasks(o.waiters)}`);
      break;
    case "Semaphore": case "BoundedSemaphore":
      parts.push(`value ${o.value}`, `waiters: ${tasks(o.waiters)}`);
      break;
    case "Condition":
      parts.push(`lock ${o.lock}`, `waiters: ${tasks(o.waiters)}`);
      break;
    case "Barrier":
      parts.push(`${o.count} of ${o.parties} parties waiting`);
      break;
    case "Future":
      parts.push(o.state + (o.result != null ? ` → ${o.result}` : "") + (o.exception ? ` ✗ ${o.exception}` : ""),
        `awaited by: ${tasks(o.waiters)}`);
      break;
    default:
      if (o.fields) parts.push(Object.entries(o.fields).map(([k, v]) => `${k}=${v}`).join(", ") || "(no fields)");
  }
  item.appendChild(node("span", "muted", ` ${o.type}`));
  for (const part of parts) item.appendChild(node("div", "state-object-line", part));
  return item;
}
