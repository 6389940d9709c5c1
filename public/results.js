// The result panel: status badge, stdout, the error with its traceback,
// the deadlock's wait-for list, warnings and stats.

import { describeWait, formatTime } from "./describe.js";

function node(tag, className, text) {
  const n = document.createElement(tag);
  if (className) n.className = className;
  if (text != null) n.textContent = text;
  return n;
}

/** Sets the status badge: completed / exception / deadlock / limit (name) / running / error. */
export function setStatus(badge, status, detail = "") {
  badge.className = `badge ${status}`;
  badge.textContent = detail ? `${status}: ${detail}` : status;
}

/** Fills the panels from a trace. `onLine(line)` is called when a traceback frame is chosen. */
export function showResult(dom, trace, source, onLine) {
  const limit = trace.limit ? `${trace.limit.name}${trace.limit.value != null ? ` (${trace.limit.value})` : ""}` : "";
  setStatus(dom.status, trace.status || "unknown", trace.status === "limit" ? limit : "");
  showError(dom.error, trace.error, source, onLine);
  showDeadlock(dom.deadlock, trace.deadlock);
  showWarnings(dom.warnings, trace.warnings, onLine);
  showStats(dom.stats, trace);
}

function userFunctions(source) {
  const names = new Set(["<module>"]);
  for (const match of source.matchAll(/^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/gm)) names.add(match[1]);
  return names;
}

function showError(box, error, source, onLine) {
  box.replaceChildren();
  box.hidden = !error;
  if (!error) return;
  box.appendChild(node("h3", null, "Uncaught exception"));
  box.appendChild(node("p", "error-message", `${error.type}: ${error.message}`));
  const frames = Array.isArray(error.traceback) ? error.traceback : [];
  if (!frames.length) return;
  const mine = userFunctions(source);
  const lineCount = source.split("\n").length;
  const list = node("ol", "traceback");
  list.setAttribute("aria-label", "Traceback, most recent call last");
  for (const frame of frames) {
    const item = node("li");
    // Library frames (asyncio's own) have no line in this program.
    if (mine.has(frame.function) && frame.line >= 1 && frame.line <= lineCount) {
      const button = node("button", "frame", `line ${frame.line}, in ${frame.function}`);
      button.type = "button";
      button.title = "Show this line in the program";
      const code = source.split("\n")[frame.line - 1].trim();
      button.addEventListener("click", () => onLine(frame.line));
      item.appendChild(button);
      if (code) item.appendChild(node("code", null, code));
    } else {
      item.className = "library";
      item.textContent = `asyncio: ${frame.function}, line ${frame.line}`;
    }
    list.appendChild(item);
  }
  box.appendChild(list);
}

function showDeadlock(box, deadlock) {
  box.replaceChildren();
  const waiting = deadlock && Array.isArray(deadlock.waiting) ? deadlock.waiting : [];
  box.hidden = waiting.length === 0;
  if (!waiting.length) return;
  box.appendChild(node("h3", null, "Deadlock: no task can make progress"));
  const list = node("ul", "wait-for");
  for (const w of waiting) {
    const item = node("li");
    item.append(node("strong", null, w.task), document.createTextNode(" waits on "), node("span", null, describeWait(w.on)));
    list.appendChild(item);
  }
  box.appendChild(list);
}

function showWarnings(box, warnings, onLine) {
  box.replaceChildren();
  const items = Array.isArray(warnings) ? warnings : [];
  box.hidden = items.length === 0;
  if (!items.length) return;
  box.appendChild(node("h3", null, `Warnings (${items.length})`));
  const list = node("ul");
  for (const w of items) {
    const item = node("li", null, `${w.kind}: ${w.message}`);
    if (Array.isArray(w.lines) && w.lines.length) {
      for (const line of [...new Set(w.lines)].sort((a, b) => a - b)) {
        const button = node("button", "frame", `line ${line}`);
        button.type = "button";
        button.addEventListener("click", () => onLine(line));
        item.append(" ", button);
      }
    } else if (Number.isInteger(w.line)) {
      const button = node("button", "frame", `line ${w.line}`);
      button.type = "button";
      button.addEventListener("click", () => onLine(w.line));
      item.append(" ", button);
    }
    list.appendChild(item);
  }
  box.appendChild(list);
}

function showStats(list, trace) {
  list.replaceChildren();
  const s = trace.stats || {};
  const entries = [
    ["virtual time", `${formatTime(s.virtualTime ?? 0)} s`],
    ["tasks", s.tasks], ["events", s.events], ["switches", s.switches],
    ["steps", s.steps], ["wall", s.wallMicros != null ? `${(s.wallMicros / 1000).toFixed(1)} ms` : undefined],
  ];
  if (Array.isArray(trace.schedule) && trace.schedule.length) {
    const shown = trace.schedule.slice(0, 40).join(",");
    entries.push(["schedule", trace.schedule.length > 40 ? `${shown},… (${trace.schedule.length})` : shown]);
  }
  if (trace.result != null && trace.result !== "None") entries.push(["result", trace.result]);
  for (const [key, value] of entries) {
    if (value == null) continue;
    const wrap = node("div");
    wrap.append(node("dt", null, key), node("dd", null, String(value)));
    list.appendChild(wrap);
  }
}
