// Interleave page: edits a program, runs it with POST /api/run, and draws
// the returned trace as swimlanes that can be scrubbed event by event.
// Plain ES modules, no build step, no network beyond this server.

import { Editor } from "./editor.js";
import { buildModel, Lanes, installDefs } from "./lanes.js";
import { describeEvent, formatTime } from "./describe.js";
import { setStatus, showResult } from "./results.js";
import { readHash, buildHash, decodeSource } from "./share.js";
import { explore } from "./explore.js";
import { StateModel, renderState } from "./state.js";
import { markWarnings } from "./warnings.js";
import { Zoom } from "./zoom.js";
import { SchedulerMode, downloadChromeTrace } from "./scheduler.js";

const $ = (id) => document.getElementById(id);
const dom = {
  health: $("health"), controls: $("controls"), example: $("example"), policy: $("policy"),
  seed: $("seed"), detail: $("detail"), run: $("run"), share: $("share"), shareNote: $("share-note"),
  explanation: $("example-explanation"), compileError: $("compile-error"), requestError: $("request-error"),
  status: $("status"), stdout: $("stdout"), stdoutScope: $("stdout-scope"), error: $("error"),
  deadlock: $("deadlock"), warnings: $("warnings"), stats: $("stats"), step: $("step"),
  stepLabel: $("step-label"), eventDetail: $("event-detail"), lanes: $("lanes"), notice: $("lanes-notice"),
};

const editor = new Editor({ textarea: $("source"), gutter: $("gutter"), lineMark: $("line-mark"), errorMark: $("error-mark"), onRun: run });
const lanes = new Lanes({ labels: $("lane-labels"), scroll: $("lane-scroll"), onPick: (i) => goTo(i) });
installDefs(document.body);
const zoom = new Zoom({ lanes, lanesBox: $("lanes"), canvas: $("overview"), zoomIn: $("zoom-in"), zoomOut: $("zoom-out"),
  zoomFit: $("zoom-fit"), axis: $("axis"), zoomLabel: $("zoom-level"), onPick: (i) => goTo(i) });

// `schedule`: choices to replay on the next run (from an explored outcome or a link).
const state = { trace: null, model: null, index: 0, examples: [], loadedExample: null, source: "", schedule: null };

// ---- server health and examples -------------------------------------------

async function checkHealth() {
  try {
    const response = await fetch("/healthz", { cache: "no-store" });
    const ok = response.ok;
    dom.health.textContent = ok ? "server ok" : `server answered ${response.status}`;
    dom.health.className = ok ? "health ok" : "health bad";
  } catch (_) {
    dom.health.textContent = "server unreachable";
    dom.health.className = "health bad";
  }
}

async function loadExamples() {
  try {
    const response = await fetch("/api/examples");
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = await response.json();
    state.examples = Array.isArray(body.examples) ? body.examples : [];
    for (const ex of state.examples) {
      const option = document.createElement("option");
      option.value = ex.id;
      option.textContent = ex.title || ex.id;
      dom.example.appendChild(option);
    }
  } catch (error) {
    state.examplesError = error.message;
    dom.example.title = `examples unavailable: ${error.message}`;
  }
}

/** The example whose id is `wanted`, or else the first whose id contains it ("gather"). */
function findExample(wanted) {
  return state.examples.find((e) => e.id === wanted) || state.examples.find((e) => e.id.includes(wanted));
}

async function selectExample(id) {
  const ex = findExample(id);
  if (!ex) {
    showRequestError(state.examplesError
      ? `The examples could not be loaded from /api/examples (${state.examplesError}).`
      : `There is no example called "${id}"; pick one from the list.`);
    return false;
  }
  const response = await fetch(`/api/examples/${encodeURIComponent(ex.id)}`);
  if (!response.ok) throw new Error(`could not load example ${ex.id} (HTTP ${response.status})`);
  const body = await response.json();
  editor.value = body.source;
  dom.example.value = ex.id;
  state.loadedExample = { id: ex.id, source: body.source };
  dom.explanation.textContent = ex.explanation || "";
  return true;
}

// ---- running ----------------------------------------------------------------

function envelope() {
  const seed = Number.parseInt(dom.seed.value, 10);
  const request = { source: editor.value, policy: dom.policy.value, seed: Number.isFinite(seed) && seed >= 0 ? seed : 0, detail: dom.detail.value };
  if (state.schedule) { request.schedule = state.schedule; request.policy = "fifo"; }
  return request;
}

function showRequestError(message) {
  dom.requestError.textContent = message;
  dom.requestError.hidden = false;
}

function clearMessages() {
  dom.requestError.hidden = true;
  dom.compileError.hidden = true;
  editor.clearError();
}

const FRIENDLY = {
  400: "The server refused the request",
  413: "The program is too large for this server",
  415: "The server refused the content type",
  429: "Too many requests; try again in a moment",
  503: "The server is busy; try again in a moment",
};

async function run() {
  clearMessages();
  dom.run.disabled = true;
  setStatus(dom.status, "running", "");
  const request = envelope();
  try {
    const response = await fetch("/api/run", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request),
    });
    const text = await response.text();
    let body = null;
    try { body = JSON.parse(text); } catch (_) { /* shown below */ }
    if (response.status === 422 && body && body.error) {
      showCompileError(body.error);
      return;
    }
    if (!response.ok) {
      const message = body && body.error ? body.error.message : text.slice(0, 300) || "(no message)";
      const retry = response.headers.get("Retry-After");
      setStatus(dom.status, "failed", `HTTP ${response.status}`);
      showRequestError(`${FRIENDLY[response.status] || `The server answered HTTP ${response.status}`}: ${message}${retry ? ` (retry after ${retry} s)` : ""}`);
      return;
    }
    if (!body || typeof body !== "object" || !Array.isArray(body.events)) {
      setStatus(dom.status, "failed", "bad answer");
      showRequestError("The server's answer was not a trace.");
      return;
    }
    state.source = request.source;
    state.lastSchedule = request.schedule || null;
    state.schedule = null;
    showTrace(body);
  } catch (error) {
    setStatus(dom.status, "failed", "network");
    showRequestError(`Could not reach the server: ${error.message}. Is \`interleave serve\` still running?`);
  } finally {
    dom.run.disabled = false;
  }
}

function showCompileError(error) {
  setStatus(dom.status, "failed", error.type || "SyntaxError");
  const where = Number.isInteger(error.line) ? ` (line ${error.line}${Number.isInteger(error.column) ? `, column ${error.column}` : ""})` : "";
  dom.compileError.replaceChildren();
  const title = document.createElement("strong");
  title.textContent = `${error.type || "SyntaxError"}${where}: `;
  dom.compileError.append(title, document.createTextNode(error.message || ""));
  if (Number.isInteger(error.line)) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "frame";
    button.textContent = "go to line";
    button.addEventListener("click", () => editor.focusAt(error.line, error.column || 1));
    dom.compileError.append(" ", button);
    dom.compileError.dataset.line = String(error.line);
  }
  dom.compileError.hidden = false;
  editor.showError(error.line, error.column);
}

// ---- trace display and scrubbing -----------------------------------------------

function showTrace(trace) {
  state.trace = trace;
  state.model = buildModel(trace);
  state.stateModel = new StateModel(state.model.events);
  markWarnings({ trace, model: state.model, editor, lanes, scope: $("state-scope") });
  showResult(dom, trace, state.source, (line) => { editor.showError(line); editor.focusAt(line); });
  lanes.show(state.model);
  zoom.show(state.model);
  const n = trace.events.length;
  dom.step.max = String(Math.max(0, n - 1));
  dom.step.disabled = n === 0;
  const total = trace.stats && trace.stats.events;
  const notes = [];
  if (total > n) notes.push(`The trace holds ${n} of ${total} events (the events limit); the rest are not shown.`);
  if (state.model.hiddenTasks > 0) notes.push(`Only the first ${state.model.labels.length - 1} task lanes are drawn; ${state.model.hiddenTasks} more tasks are left out.`);
  if (n > 2500) notes.push(`${n} events: the lanes draw the events around the current step (zoom with − and +); the overview strip shows the whole trace.`);
  dom.notice.textContent = notes.join(" ");
  dom.notice.hidden = notes.length === 0;
  if (n === 0) {
    dom.eventDetail.textContent = "This run recorded no events.";
    dom.stdout.textContent = trace.stdout || "";
    return;
  }
  goTo(n - 1);
}

function goTo(index) {
  const m = state.model;
  if (!m || !m.events.length) return;
  const n = m.events.length;
  index = Math.max(0, Math.min(n - 1, index));
  state.index = index;
  dom.step.value = String(index);
  const e = m.events[index];
  dom.stepLabel.textContent = `event ${index + 1} / ${n} · t=${formatTime(e.time)}`;
  dom.eventDetail.textContent = `#${e.seq}${e.line ? ` line ${e.line}` : ""}: ${describeEvent(e, m.tasksById)}`;
  dom.step.setAttribute("aria-valuetext", `event ${index + 1} of ${n}: ${describeEvent(e, m.tasksById)}`);
  lanes.highlight(index);
  zoom.highlight(index);
  editor.mark(lineOf(index));
  showState(index);
  const full = state.trace.stdout || "";
  const atEnd = index === n - 1;
  dom.stdout.textContent = atEnd ? full : full.slice(0, m.stdoutAt[index]);
  dom.stdoutScope.textContent = atEnd ? "(whole run)" : `(up to event ${index + 1})`;
  if (!atEnd) dom.stdout.scrollTop = dom.stdout.scrollHeight;
}

function showState(index) {
  const box = $("state");
  if (!state.stateModel.hasState) {
    box.replaceChildren();
    const p = document.createElement("p");
    p.className = "muted";
    p.append("This run has no variables: ");
    const button = document.createElement("button");
    button.type = "button";
    button.id = "run-state";
    button.textContent = "run with detail: state";
    button.addEventListener("click", () => { dom.detail.value = "state"; run(); });
    p.append(button);
    box.append(p);
    $("state-scope").textContent = "";
    return;
  }
  $("state-scope").textContent = `after event ${index + 1}`;
  renderState(box, state.stateModel, index, state.trace, (line) => editor.mark(line));
}

/** The source line of an event; events without one (wake, clock) borrow the previous event's line in the same task. */
function lineOf(index) {
  const events = state.model.events;
  const e = events[index];
  if (Number.isInteger(e.line)) return e.line;
  if (e.task == null) return null;
  for (let i = index - 1; i >= 0 && i > index - 50; i--) {
    if (events[i].task === e.task && Number.isInteger(events[i].line)) return events[i].line;
  }
  return null;
}

// For the browser tests (scripts/test-page-state.py): the trace shown and a way to step.
window.__interleave = { get trace() { return state.trace; }, goTo: (index) => goTo(index) };

dom.step.addEventListener("input", () => goTo(Number(dom.step.value)));
$("first").addEventListener("click", () => goTo(0));
$("prev").addEventListener("click", () => goTo(state.index - 1));
$("next").addEventListener("click", () => goTo(state.index + 1));
$("last").addEventListener("click", () => goTo(Number.MAX_SAFE_INTEGER));

document.addEventListener("keydown", (event) => {
  const target = event.target;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== "range")) return;
  if (target === dom.step && (event.key === "ArrowLeft" || event.key === "ArrowRight")) return; // the slider steps itself
  const moves = { ArrowLeft: -1, ArrowRight: 1, PageUp: -10, PageDown: 10 };
  if (event.key in moves) { event.preventDefault(); goTo(state.index + moves[event.key]); }
  else if (event.key === "Home" && target !== dom.step) { event.preventDefault(); goTo(0); }
  else if (event.key === "End" && target !== dom.step) { event.preventDefault(); goTo(Number.MAX_SAFE_INTEGER); }
});

// ---- controls, sharing and the URL hash ---------------------------------------------

$("explore").addEventListener("click", () => explore($("explore-result"), editor.value, (schedule) => {
  state.schedule = schedule;
  dom.policy.value = "fifo";
  dom.seed.disabled = true;
  run();
}));
$("source").addEventListener("input", () => { $("explore-result").hidden = true; state.lastSchedule = null; });
const scheduler = new SchedulerMode({
  box: $("scheduler"), getSource: () => editor.value, setSource: (text) => { editor.value = text; },
  onTrace: (trace, schedule) => { clearMessages(); state.source = editor.value; state.lastSchedule = schedule; showTrace(trace); },
  onLine: (line) => editor.focusAt(line),
});
$("scheduler-open").addEventListener("click", () => scheduler.open());
$("chrome-trace").addEventListener("click", () => {
  const request = envelope();
  if (state.lastSchedule) { request.schedule = state.lastSchedule; request.policy = "fifo"; }
  downloadChromeTrace(request).catch((error) => showRequestError(`Chrome trace: ${error.message}`));
});
dom.controls.addEventListener("submit", (event) => { event.preventDefault(); run(); });
dom.policy.addEventListener("change", () => { dom.seed.disabled = dom.policy.value !== "random"; });
dom.example.addEventListener("change", async () => {
  if (!dom.example.value) { state.loadedExample = null; dom.explanation.textContent = ""; return; }
  try { if (await selectExample(dom.example.value)) run(); } catch (error) { showRequestError(error.message); }
});
$("source").addEventListener("input", () => {
  if (state.loadedExample && editor.value !== state.loadedExample.source) { dom.example.value = ""; state.loadedExample = null; }
});

dom.share.addEventListener("click", async () => {
  const e = envelope();
  const example = state.loadedExample && state.loadedExample.source === e.source ? state.loadedExample.id : null;
  const hash = await buildHash({ ...e, example, run: true, schedule: state.lastSchedule });
  history.replaceState(null, "", hash);
  let copied = false;
  try { await navigator.clipboard.writeText(location.href); copied = true; } catch (_) { /* insecure context */ }
  dom.shareNote.textContent = copied ? "link copied" : "link is in the address bar";
  setTimeout(() => { dom.shareNote.textContent = ""; }, 4000);
});

async function applyHash() {
  const params = readHash();
  if (params.has("policy")) dom.policy.value = params.get("policy") === "random" ? "random" : "fifo";
  if (params.has("seed")) dom.seed.value = String(Number.parseInt(params.get("seed"), 10) || 0);
  if (params.has("detail")) dom.detail.value = ["lines", "state"].includes(params.get("detail")) ? params.get("detail") : "slices";
  dom.seed.disabled = dom.policy.value !== "random";
  if (params.has("schedule")) state.schedule = params.get("schedule").split(",").map((n) => Number.parseInt(n, 10)).filter((n) => n >= 0);
  let loaded = false;
  try {
    if (params.has("example")) loaded = await selectExample(params.get("example"));
    else if (params.has("src")) { editor.value = await decodeSource(params.get("src")); loaded = true; }
  } catch (error) {
    showRequestError(error.message);
    return;
  }
  if (params.get("run") === "1" && (loaded || !params.has("example"))) {
    await run();
    const step = Number.parseInt(params.get("step"), 10);
    if (Number.isInteger(step) && state.model) goTo(step);
  }
}

async function start() {
  dom.seed.disabled = dom.policy.value !== "random";
  checkHealth();
  await loadExamples();
  if (location.hash.length > 1) await applyHash();
  else await run();  // a first look at the starter program's lanes
  window.addEventListener("hashchange", applyHash);
}

start().catch((error) => showRequestError(`The page failed to start: ${error.message}`));
