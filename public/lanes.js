// The swimlanes: one row per task (plus the event loop itself), x = event
// sequence so zero-time interleavings stay visible. Drawn as SVG; only a
// window of events around the current step is drawn, so traces with
// hundreds of thousands of events stay responsive.

import { describeEvent, describeWait, describeActor, formatTime, taskLabel } from "./describe.js";

const SVG = "http://www.w3.org/2000/svg";
const ROW = 38;          // lane height
const AXIS = 26;         // the time axis above the lanes
const WINDOW = 2500;     // most events drawn at once
const MAX_LANES = 300;   // tasks drawn; the rest are counted in a notice
const LOOP = "loop";
// Slice colours per lane: distinct hues, all dark enough for white marks on top.
const PALETTE = ["#3f6fd8", "#0f8a7e", "#8a4fc9", "#c2410c", "#2563a8", "#9d2f7a", "#4d7c0f", "#a16207"];

function el(name, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

function tip(node, text) {
  el("title", {}, node).textContent = text;
  return node;
}

/** Spans and marks of a trace, computed once per run. */
export function buildModel(trace) {
  const events = Array.isArray(trace.events) ? trace.events : [];
  const tasks = Array.isArray(trace.tasks) ? trace.tasks : [];
  const tasksById = new Map(tasks.map((t) => [t.id, t]));
  const shown = tasks.slice(0, MAX_LANES);
  const rows = new Map([[LOOP, 0]]);
  shown.forEach((t, i) => rows.set(t.id, i + 1));
  // -1: a task beyond MAX_LANES, not drawn.
  const rowOf = (id) => (id == null ? 0 : rows.has(id) ? rows.get(id) : -1);
  const slices = [];   // {row, from, to}
  const waits = [];    // {row, from, to, on}
  const open = new Map();      // task id -> resume seq
  const waiting = new Map();   // task id -> {from, on}
  const last = events.length ? events[events.length - 1].seq : 0;
  for (const e of events) {
    if (e.task == null) continue;
    if (e.kind === "resume") {
      const w = waiting.get(e.task);
      if (w && rowOf(e.task) >= 0) waits.push({ row: rowOf(e.task), from: w.from, to: e.seq, on: w.on });
      waiting.delete(e.task);
      open.set(e.task, e.seq);
    } else if (e.kind === "suspend" || e.kind === "done" || e.kind === "raise") {
      if (open.has(e.task) && rowOf(e.task) >= 0) slices.push({ row: rowOf(e.task), from: open.get(e.task), to: e.seq });
      open.delete(e.task);
      if (e.kind === "suspend") waiting.set(e.task, { from: e.seq, on: e.on });
    }
  }
  for (const [task, from] of open) if (rowOf(task) >= 0) slices.push({ row: rowOf(task), from, to: last, unfinished: true });
  for (const [task, w] of waiting) if (rowOf(task) >= 0) waits.push({ row: rowOf(task), from: w.from, to: last, on: w.on, forever: true });
  slices.sort((a, b) => a.from - b.from);
  waits.sort((a, b) => a.from - b.from);
  const labels = [{ name: "event loop", detail: "top level, callbacks, timers" }].concat(shown.map((t) => ({
    name: t.name, detail: `${t.coroutine}()`, state: t.state, id: t.id,
  })));
  const stdoutAt = [];   // cumulative print text length up to each event index
  let printed = 0;
  for (const e of events) { if (e.kind === "print" && typeof e.text === "string") printed += e.text.length; stdoutAt.push(printed); }
  return { events, tasksById, rowOf, slices, waits, labels, stdoutAt, hiddenTasks: tasks.length - shown.length };
}

/** Draws a model into the lanes container and highlights the current step. */
export class Lanes {
  constructor({ labels, scroll, onPick }) {
    this.labelsBox = labels;
    this.scroll = scroll;
    this.onPick = onPick;
    this.model = null;
    this.start = 0;
    this.end = 0;
    this.zoom = 1;      // multiplies the fitted column width (zoom.js sets it)
    this.axis = "events";
    this.xs = new Float64Array(0);
    this.index = 0;
  }

  /** Sets the zoom factor (0.25-8) and redraws around the current event. */
  setZoom(zoom) {
    this.zoom = Math.max(0.25, Math.min(8, zoom));
    if (this.model && this.model.events.length) { this.start = this.end = -1; this.highlight(this.index); }
  }

  show(model) {
    this.model = model;
    this.labelsBox.replaceChildren();
    const axis = document.createElement("div");
    axis.className = "lane-axis-label";
    axis.textContent = "virtual time";
    this.labelsBox.appendChild(axis);
    model.labels.forEach((lane, i) => {
      const div = document.createElement("div");
      div.className = "lane-label" + (i === 0 ? " loop" : "");
      div.dataset.row = String(i);
      const name = document.createElement("strong");
      name.textContent = lane.name;
      const detail = document.createElement("span");
      detail.textContent = lane.detail + (lane.state ? ` · ${lane.state}` : "");
      div.append(name, detail);
      div.title = `${lane.name}: ${lane.detail}${lane.state ? `, ended ${lane.state}` : ""}`;
      this.labelsBox.appendChild(div);
    });
    this.start = this.end = -1;
    this.scroll.replaceChildren();
  }

  /** Column width for the drawn window, so short traces fill the width. */
  columnWidth(count) {
    const avail = Math.max(200, this.scroll.clientWidth - 16);
    return Math.max(1, Math.min(120, Math.max(4, Math.min(30, avail / Math.max(1, count))) * this.zoom));
  }

  /** Makes sure `index` is drawn, then moves the highlight there. */
  highlight(index) {
    const m = this.model;
    if (!m || !m.events.length) return;
    this.index = index;
    if (index < this.start || index >= this.end) this.draw(index);
    const x = this.x(m.events[index].seq);
    this.cursor.setAttribute("x", x - this.col / 2);
    if (this.current) this.current.classList.remove("current");
    this.current = this.svg.querySelector(`[data-i="${index}"]`);
    if (this.current) this.current.classList.add("current");
    const left = x - this.scroll.scrollLeft;
    if (left < 40 || left > this.scroll.clientWidth - 40) this.scroll.scrollLeft = x - this.scroll.clientWidth / 2;
    // The lanes box scrolls vertically when there are many tasks: keep the current lane in view.
    const row = m.rowOf(m.events[index].task);
    const box = this.scroll.parentElement;
    if (row >= 0 && box && box.scrollHeight > box.clientHeight) {
      const top = AXIS + row * ROW;
      if (top < box.scrollTop + AXIS || top + ROW > box.scrollTop + box.clientHeight) box.scrollTop = top - box.clientHeight / 2;
    }
  }

  /** The x of an event in the drawn window: by event order, or (axis "time") event order plus virtual time. */
  x(seq) {
    const k = Math.max(0, Math.min(this.xs.length - 1, seq - this.firstSeq));
    return this.xs[k];
  }

  /** Sets the x axis: "events" (one column per event) or "time" (each clock jump also widens by its duration). */
  setAxis(axis) {
    this.axis = axis === "time" ? "time" : "events";
    if (this.model && this.model.events.length) { this.start = this.end = -1; this.highlight(this.index); }
  }

  /** Positions of the window's events: a column each, plus on the time axis room proportional to the time elapsed. */
  layout(events) {
    const xs = new Float64Array(events.length);
    const t0 = events[0].time, span = events[events.length - 1].time - t0;
    // The time axis at most doubles the width: elapsed time shares as much room as the events.
    const perSecond = this.axis === "time" && span > 0 ? (events.length * this.col) / span : 0;
    for (let k = 0; k < events.length; k++) xs[k] = k * this.col + this.col / 2 + 6 + (events[k].time - t0) * perSecond;
    return xs;
  }
  y(row) { return AXIS + row * ROW + ROW / 2; }

  draw(center) {
    const m = this.model;
    const n = m.events.length;
    // Only about what is visible (plus a screen either side for scrolling) is drawn.
    const avail = Math.max(200, this.scroll.clientWidth - 16);
    const size = Math.min(WINDOW, Math.max(200, Math.ceil(3 * avail / this.columnWidth(Math.min(n, WINDOW)))));
    this.start = Math.max(0, Math.min(center - Math.floor(size / 2), n - size));
    this.end = Math.min(n, this.start + size);
    const events = m.events.slice(this.start, this.end);
    this.firstSeq = events[0].seq;
    const lastSeq = events[events.length - 1].seq;
    this.col = this.columnWidth(events.length);
    this.xs = this.layout(events);
    const width = this.x(lastSeq) + this.col / 2 + 6;
    const height = AXIS + m.labels.length * ROW;
    const svg = el("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
      "aria-label": `Swimlanes of ${m.labels.length - 1} tasks over events ${this.start} to ${this.end - 1}` });
    const inWindow = (from, to) => to >= this.firstSeq && from <= lastSeq;
    const clampX = (seq) => this.x(Math.max(this.firstSeq, Math.min(lastSeq, seq)));

    const lanes = el("g", { class: "lane-bg" }, svg);
    m.labels.forEach((_, row) => el("rect", { x: 0, y: AXIS + row * ROW, width, height: ROW, class: row % 2 ? "odd" : "even" }, lanes));
    this.cursor = el("rect", { class: "cursor", x: 0, y: 0, width: this.col, height }, svg);

    const grid = el("g", { class: "clock" }, svg);
    el("text", { x: 6, y: 16, class: "t-label" }, grid).textContent = "t=0";
    let lastLabelX = 6;
    events.forEach((e, k) => {
      if (e.kind !== "clock" || e.reset) return;
      const x = this.x(e.seq) - this.col / 2;
      tip(el("line", { x1: x, x2: x, y1: AXIS - 6, y2: height, "data-i": this.start + k }, grid),
        `clock: t=${formatTime(e.from)} → t=${formatTime(e.time)}`);
      if (x - lastLabelX > 44) {
        el("text", { x: x + 3, y: 16, class: "t-label" }, grid).textContent = `t=${formatTime(e.time)}`;
        lastLabelX = x;
      }
    });

    const waitLayer = el("g", { class: "waits" }, svg);
    for (const w of m.waits) {
      if (!inWindow(w.from, w.to)) continue;
      const x1 = clampX(w.from), x2 = clampX(w.to), y = this.y(w.row);
      const text = describeWait(w.on);
      const g = tip(el("g", {}, waitLayer), `waiting: ${text}${w.forever ? " (never resumed)" : ""}`);
      el("line", { x1, x2, y1: y, y2: y, class: w.forever ? "forever" : "" }, g);
      const room = x2 - x1 - 8;
      if (room > 40) {
        const max = Math.floor(room / 6.4);
        el("text", { x: x1 + 6, y: y - 5 }, g).textContent = text.length > max ? text.slice(0, Math.max(1, max - 1)) + "…" : text;
      }
    }

    const sliceLayer = el("g", { class: "slices" }, svg);
    for (const s of m.slices) {
      if (!inWindow(s.from, s.to)) continue;
      const x1 = clampX(s.from) - this.col / 2 + 1, x2 = clampX(s.to) + this.col / 2 - 1;
      tip(el("rect", { x: x1, y: this.y(s.row) - 7, width: Math.max(2, x2 - x1), height: 14, rx: 3,
        class: s.unfinished ? "unfinished" : "", fill: PALETTE[(s.row - 1 + PALETTE.length) % PALETTE.length] }, sliceLayer),
        `${m.labels[s.row].name} runs, events ${s.from}–${s.to}`);
    }

    const marks = el("g", { class: "marks" }, svg);
    events.forEach((e, k) => this.drawMark(marks, e, this.start + k));
    for (const w of m.warnMarks || []) {
      if (w.index < this.start || w.index >= this.end) continue;
      const row = m.rowOf(w.task);
      if (row < 0) continue;
      const x = this.x(m.events[w.index].seq), y = this.y(row) - 12;
      const g = tip(el("g", { class: `warn ${w.kind}`, "data-warn": w.index }, marks), w.text);
      el("path", { d: `M${x},${y - 7}L${x + 7},${y + 5}L${x - 7},${y + 5}Z` }, g);
      el("text", { x, y: y + 4, "text-anchor": "middle" }, g).textContent = "!";
    }

    svg.addEventListener("click", (event) => {
      const box = svg.getBoundingClientRect();
      const px = event.clientX - box.left;
      let lo = 0, hi = this.xs.length - 1;   // the first event at or right of the click, then the nearer of it and its left neighbour
      while (lo < hi) { const mid = (lo + hi) >> 1; if (this.xs[mid] < px) lo = mid + 1; else hi = mid; }
      if (lo > 0 && px - this.xs[lo - 1] < this.xs[lo] - px) lo -= 1;
      const index = this.start + lo;
      this.onPick(index);
    });
    this.svg = svg;
    this.scroll.replaceChildren(svg);
  }

  drawMark(layer, e, index) {
    const m = this.model;
    const x = this.x(e.seq);
    const row = m.rowOf(e.task);
    if (row < 0) return;
    const y = this.y(row);
    const text = `#${e.seq} t=${formatTime(e.time)}: ${describeEvent(e, m.tasksById)}`;
    const attrs = { "data-i": index };
    const r = Math.max(2.5, Math.min(5, this.col / 2.6));
    switch (e.kind) {
      case "print":
        tip(el("circle", { ...attrs, cx: x, cy: y, r: r + 0.5, class: "print" }, layer), text);
        break;
      case "spawn": {
        const g = tip(el("g", { ...attrs, class: "spawn" }, layer), text);
        const child = m.rowOf(e.child);
        if (child >= 0) {
          el("line", { x1: x, x2: x, y1: y, y2: this.y(child) }, g);
          el("circle", { cx: x, cy: this.y(child), r }, g);
        } else {
          el("circle", { cx: x, cy: y, r }, g);
        }
        break;
      }
      case "wake": {
        const by = e.by && e.by.task_id != null ? m.rowOf(e.by.task_id) : 0;
        const g = tip(el("g", { ...attrs, class: "wake" }, layer), `${text}`);
        if (by >= 0 && by !== row) {
          const dir = Math.sign(y - this.y(by));
          el("line", { x1: x, x2: x, y1: this.y(by), y2: y - dir * (r + 3), "marker-end": "url(#arrow)" }, g);
        } else {
          el("circle", { cx: x, cy: y, r: r - 0.5 }, g);
        }
        break;
      }
      case "done":
        tip(el("rect", { ...attrs, x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: "done" }, layer), text);
        break;
      case "raise":
      case "cancel": {
        const g = tip(el("g", { ...attrs, class: e.kind === "cancel" || e.cancelled ? "cancel" : "raise" }, layer), text);
        el("path", { d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}` }, g);
        break;
      }
      case "callback":
        if (!e.internal) tip(el("path", { ...attrs, d: `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`, class: "callback" }, layer), text);
        break;
      case "line":
        tip(el("line", { ...attrs, x1: x, x2: x, y1: y - 10, y2: y + 10, class: "line-tick" }, layer), text);
        break;
      case "resume":
      case "suspend":
        tip(el("rect", { ...attrs, x: x - this.col / 2, y: y - 9, width: this.col, height: 18, class: "hit" }, layer), text);
        break;
      default:
        break;
    }
  }
}

/** The arrowhead used by wake arrows; put once in the page. */
export function installDefs(container) {
  const svg = el("svg", { width: 0, height: 0, "aria-hidden": "true", style: "position:absolute" });
  const defs = el("defs", {}, svg);
  const marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, defs);
  el("path", { d: "M0,0L10,5L0,10z", class: "arrow-head" }, marker);
  container.appendChild(svg);
}

export { describeActor, taskLabel };
