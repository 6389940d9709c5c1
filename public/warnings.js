// Warnings of a trace (blocking calls, races, never-awaited coroutines, ...)
// marked where a learner looks: a "!" beside the line in the editor and a
// "!" in the task's lane at the first event on that line.

const KIND_WORDS = {
  "blocking-call": "blocking call: the whole event loop stops here",
  race: "race",
  "never-awaited": "never awaited",
  "exception-never-retrieved": "exception never retrieved",
  "pending-at-exit": "pending at exit",
};

/** One line of text for a warning. */
export function warningText(w) {
  const kind = KIND_WORDS[w.kind] || w.kind;
  return `${kind}${w.message ? `: ${w.message}` : ""}`;
}

/** The index of the first event a warning belongs to: its task's first event on its line. */
function eventOf(w, events) {
  if (!Number.isInteger(w.line)) return -1;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.line === w.line && (w.task == null || e.task === w.task)) return i;
  }
  return -1;
}

let overlay = null;

/** Marks the trace's warnings in the editor and the lanes' model. */
export function markWarnings({ trace, model, editor }) {
  const warnings = (Array.isArray(trace.warnings) ? trace.warnings : []).filter((w) => w.kind !== "warnings-dropped");
  model.warnMarks = [];
  for (const w of warnings) {
    const index = eventOf(w, model.events);
    if (index >= 0) model.warnMarks.push({ index, task: model.events[index].task, text: warningText(w), kind: w.kind });
  }
  drawEditorMarks(editor, warnings.filter((w) => Number.isInteger(w.line)));
}

function drawEditorMarks(editor, warnings) {
  const area = editor.textarea.parentElement;
  if (!overlay) {
    overlay = document.createElement("div");
    overlay.className = "warn-marks";
    area.appendChild(overlay);
    const place = () => { overlay.style.transform = `translateY(${-editor.textarea.scrollTop}px)`; };
    editor.textarea.addEventListener("scroll", place);
    editor.textarea.addEventListener("input", () => overlay.replaceChildren());
    overlay.place = place;
  }
  overlay.replaceChildren();
  const height = editor.lineHeight();
  const top = parseFloat(getComputedStyle(editor.textarea).paddingTop) || 0;
  const seen = new Set();
  for (const w of warnings) {
    if (seen.has(w.line)) continue;
    seen.add(w.line);
    const mark = document.createElement("div");
    mark.className = `warn-mark ${w.kind}`;
    mark.style.top = `${top + (w.line - 1) * height}px`;
    mark.style.height = `${height}px`;
    mark.textContent = "!";
    mark.title = `line ${w.line}: ${warningText(w)}`;
    mark.dataset.line = String(w.line);
    overlay.appendChild(mark);
  }
  overlay.place();
}
