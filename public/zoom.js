// Zoom and pan for the swimlanes of long traces: zoom buttons, Ctrl+wheel
// (and trackpad pinch, which browsers report as Ctrl+wheel) over the lanes,
// and an overview strip of the whole trace (a canvas: one pixel column per
// bucket of events, so 100,000 events cost one pass) whose axis is event
// order or virtual time (the lanes switch axis with it); clicking or
// dragging on it jumps there.

const PALETTE = ["#3f6fd8", "#0f8a7e", "#8a4fc9", "#c2410c", "#2563a8", "#9d2f7a", "#4d7c0f", "#a16207"];

export class Zoom {
  constructor({ lanes, lanesBox, canvas, zoomIn, zoomOut, zoomFit, axis, zoomLabel, onPick }) {
    Object.assign(this, { lanes, canvas, axis, zoomLabel, onPick });
    this.model = null;
    this.index = 0;
    zoomIn.addEventListener("click", () => this.zoomBy(2));
    zoomOut.addEventListener("click", () => this.zoomBy(0.5));
    zoomFit.addEventListener("click", () => this.set(1));
    axis.addEventListener("change", () => {
      this.lanes.setAxis(axis.value);
      const name = document.getElementById("axis-name");
      if (name) name.textContent = axis.value === "time" ? "event order + virtual time" : "event order";
      this.draw();
    });
    lanesBox.addEventListener("wheel", (event) => {
      if (!event.ctrlKey) return;   // plain wheel scrolls as usual; Ctrl+wheel and pinch zoom
      event.preventDefault();
      this.zoomBy(event.deltaY < 0 ? 1.25 : 0.8);
    }, { passive: false });
    let dragging = false;
    const pick = (event) => {
      if (!this.model || !this.model.events.length) return;
      const box = canvas.getBoundingClientRect();
      this.onPick(this.indexAt((event.clientX - box.left) / Math.max(1, box.width)));
    };
    canvas.addEventListener("pointerdown", (event) => { dragging = true; canvas.setPointerCapture(event.pointerId); pick(event); });
    canvas.addEventListener("pointermove", (event) => { if (dragging) pick(event); });
    canvas.addEventListener("pointerup", () => { dragging = false; });
    new ResizeObserver(() => this.draw()).observe(canvas);
  }

  zoomBy(factor) { this.set(this.lanes.zoom * factor); }

  set(zoom) {
    this.lanes.setZoom(zoom);
    this.zoomLabel.textContent = `${Math.round(this.lanes.zoom * 100)}%`;
  }

  show(model) {
    this.model = model;
    const events = model.events;
    this.t0 = events.length ? events[0].time : 0;
    this.t1 = events.length ? events[events.length - 1].time : 0;
    this.draw();
  }

  /** The fraction 0..1 of the strip where event `i` lies on the chosen axis. */
  position(i) {
    const events = this.model.events;
    if (this.axis.value === "time" && this.t1 > this.t0) return (events[i].time - this.t0) / (this.t1 - this.t0);
    return events.length > 1 ? i / (events.length - 1) : 0;
  }

  /** The event at fraction `f` of the strip (the first at or after that time on the time axis). */
  indexAt(f) {
    const events = this.model.events;
    const n = events.length;
    f = Math.max(0, Math.min(1, f));
    if (this.axis.value !== "time" || this.t1 <= this.t0) return Math.round(f * (n - 1));
    const t = this.t0 + f * (this.t1 - this.t0);
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (events[mid].time < t) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /** Redraws the strip's slices into an off-screen canvas, then shows it. */
  draw() {
    const canvas = this.base || (this.base = document.createElement("canvas"));
    const width = Math.max(50, Math.floor(this.canvas.clientWidth));
    const height = Math.max(20, Math.floor(this.canvas.clientHeight));
    const ratio = window.devicePixelRatio || 1;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const g = canvas.getContext("2d");
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, width, height);
    const m = this.model;
    if (!m || !m.events.length) { this.blit(); return; }
    const rows = m.labels.length;
    const rowH = Math.max(1, (height - 4) / rows);
    const byIndex = (seq) => seq - m.events[0].seq;
    for (const s of m.slices) {
      const x1 = this.position(byIndex(s.from)) * width;
      const x2 = this.position(Math.min(m.events.length - 1, byIndex(s.to))) * width;
      g.fillStyle = PALETTE[(s.row - 1 + PALETTE.length) % PALETTE.length];
      g.fillRect(x1, 2 + s.row * rowH, Math.max(2, x2 - x1), Math.max(1, rowH - (rowH > 3 ? 1 : 0)));
    }
    for (const w of m.warnMarks || []) {
      g.fillStyle = "#e07b00";
      g.fillRect(this.position(w.index) * width - 1, 0, 2, height);
    }
    this.blit();
  }

  /** Moves the marks of the current event and the drawn window (the slices are not redrawn). */
  highlight(index) {
    this.index = index;
    this.blit();
  }

  /** The strip, the part drawn in the lanes, and the current event. */
  blit() {
    const canvas = this.canvas;
    const width = Math.max(50, Math.floor(canvas.clientWidth)), height = Math.max(20, Math.floor(canvas.clientHeight));
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== width * ratio || canvas.height !== height * ratio) { canvas.width = width * ratio; canvas.height = height * ratio; }
    const g = canvas.getContext("2d");
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    if (this.base && this.base.width) g.drawImage(this.base, 0, 0);
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    const m = this.model;
    if (!m || !m.events.length) return;
    const start = Math.max(0, this.lanes.start), end = Math.max(start, this.lanes.end - 1);
    const x1 = this.position(start) * width, x2 = this.position(end) * width;
    g.strokeStyle = getComputedStyle(this.canvas).color || "#1b2130";
    g.lineWidth = 1;
    g.strokeRect(x1 + 0.5, 0.5, Math.max(2, x2 - x1), height - 1);
    g.fillStyle = "#f0a500";
    g.fillRect(this.position(Math.min(this.index, m.events.length - 1)) * width - 1, 0, 3, height);
  }
}
