// "You are the scheduler" (the mode of The Deadlock Empire, for asyncio):
// the trace's `choices` list every point where more than one handle was
// ready, with the alternatives (task, coroutine, line it resumes at). The
// learner picks the next task at the first undecided point; the server
// replays the picks so far plus the new one (POST /api/run with
// `schedule`) and lets fifo finish the run, so the outcome of the picks is
// always on screen. "Step back" drops the last pick. Puzzles come with a
// goal, and the panel says when the current run reaches it.

function node(tag, className, text) {
  const n = document.createElement(tag);
  if (className) n.className = className;
  if (text != null) n.textContent = text;
  return n;
}

/** Puzzles: a program, a goal in words, and the test of a finished run. */
export const PUZZLES = [
  {
    id: "lost-updates",
    title: "Lose two updates",
    goal: "Make the counter end at 1 (fifo ends at 3): all three workers must read it before any writes it back.",
    check: (trace) => trace.status === "completed" && trace.stdout === "1\n",
    source: `import asyncio

counter = 0

async def worker(delay):
    global counter
    for _ in range(delay):
        await asyncio.sleep(0)
    value = counter
    await asyncio.sleep(0)
    counter = value + 1

async def main():
    await asyncio.gather(worker(0), worker(1), worker(2))
    print(counter)

asyncio.run(main())
`,
  },
  {
    id: "transfer-deadlock",
    title: "Deadlock the transfers",
    goal: "Make both transfers deadlock (fifo completes both): each must take its first lock before the other takes its second.",
    check: (trace) => trace.status === "deadlock",
    source: `import asyncio

async def transfer(name, first, second, delay):
    for _ in range(delay):
        await asyncio.sleep(0)
    async with first:
        await asyncio.sleep(0)
        async with second:
            print(name, "done")

async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(transfer("a->b", a, b, 0), transfer("b->a", b, a, 1))

asyncio.run(main())
`,
  },
  {
    id: "empty-queue",
    title: "Starve the consumer",
    goal: "Make the consumer see the queue empty (fifo lets the producer put first): let it look before the producer puts anything.",
    check: (trace) => trace.status === "completed" && trace.stdout.includes("queue was empty"),
    source: `import asyncio

async def producer(q):
    await q.put("job")

async def consumer(q):
    if q.empty():
        print("queue was empty")
    item = await q.get()
    print("got", item)

async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
`,
  },
];

/** One alternative of a choice point, in words. */
function describeAlternative(alt) {
  if (alt.callback != null) return `callback ${alt.callback}`;
  const line = Number.isInteger(alt.line) ? ` · line ${alt.line}` : "";
  return `${alt.name || `task ${alt.task}`} · ${alt.coroutine || "?"}${line}`;
}

/**
 * The scheduler panel. `getSource()` reads the editor, `setSource(text)`
 * replaces it, `onTrace(trace, schedule)` shows a run's lanes, `onLine(n)`
 * points the editor at a line.
 */
export class SchedulerMode {
  constructor({ box, getSource, setSource, onTrace, onLine }) {
    Object.assign(this, { box, getSource, setSource, onTrace, onLine });
    this.picks = [];
    this.trace = null;
    this.puzzle = null;
  }

  /** Opens the panel on the editor's program (or on a puzzle by id). */
  async open(puzzleId = null) {
    this.box.hidden = false;
    this.puzzle = PUZZLES.find((p) => p.id === puzzleId) || null;
    if (this.puzzle) this.setSource(this.puzzle.source);
    this.picks = [];
    await this.replay();
  }

  close() {
    this.box.hidden = true;
    this.trace = null;
  }

  async pick(index) {
    this.picks.push(index);
    await this.replay();
  }

  async back() {
    this.picks.pop();
    await this.replay();
  }

  /** Runs the picks so far (fifo after them) and redraws. */
  async replay() {
    this.render("running…");
    let response;
    try {
      response = await fetch("/api/run", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ source: this.getSource(), policy: "fifo", schedule: this.picks }),
      });
    } catch (error) {
      this.render(`Could not reach the server: ${error.message}`);
      return;
    }
    const body = await response.json().catch(() => null);
    if (!response.ok || !body || !Array.isArray(body.events)) {
      const message = body && body.error ? `${body.error.type}: ${body.error.message}` : `HTTP ${response.status}`;
      this.render(`The run failed: ${message}`);
      return;
    }
    this.trace = body;
    this.onTrace(body, this.picks.slice());
    this.render();
  }

  render(message = null) {
    const box = this.box;
    box.replaceChildren();
    const head = node("div", "scheduler-head");
    head.append(node("h3", null, "You are the scheduler"));
    const select = node("select");
    select.setAttribute("aria-label", "Puzzle");
    select.append(new Option("(the program in the editor)", ""));
    for (const p of PUZZLES) select.append(new Option(`Puzzle: ${p.title}`, p.id));
    select.value = this.puzzle ? this.puzzle.id : "";
    select.addEventListener("change", () => this.open(select.value || null));
    const close = node("button", "frame", "close");
    close.type = "button";
    close.addEventListener("click", () => this.close());
    head.append(select, close);
    box.appendChild(head);
    if (this.puzzle) box.appendChild(node("p", "scheduler-goal", `Goal: ${this.puzzle.goal}`));
    if (message) { box.appendChild(node("p", "muted", message)); return; }
    const trace = this.trace;
    if (!trace) return;
    const choices = Array.isArray(trace.choices) ? trace.choices : [];
    box.appendChild(node("p", "muted",
      `Your picks: [${this.picks.join(", ")}] · ${choices.length} choice point${choices.length === 1 ? "" : "s"} in this run; after your picks the loop runs fifo.`));
    const next = choices[this.picks.length];
    if (next && Array.isArray(next.alternatives)) {
      box.appendChild(node("p", null, `Choice ${this.picks.length + 1}: which ready handle runs next?`));
      const list = node("ol", "scheduler-choices");
      next.alternatives.forEach((alt, i) => {
        const item = node("li");
        const button = node("button", i === 0 ? "frame fifo" : "frame", describeAlternative(alt));
        button.type = "button";
        button.title = i === 0 ? "fifo's choice (the oldest ready handle)" : "run this one first";
        button.addEventListener("click", () => this.pick(i));
        item.appendChild(button);
        if (Number.isInteger(alt.line)) {
          const show = node("button", "frame", "show line");
          show.type = "button";
          show.addEventListener("click", () => this.onLine(alt.line));
          item.append(" ", show);
        }
        list.appendChild(item);
      });
      box.appendChild(list);
    } else {
      box.appendChild(node("p", null, "No choice left: the rest of the run was forced."));
    }
    const controls = node("div", "scheduler-controls");
    const back = node("button", "frame", "◀ step back");
    back.type = "button";
    back.disabled = this.picks.length === 0;
    back.addEventListener("click", () => this.back());
    const restart = node("button", "frame", "restart");
    restart.type = "button";
    restart.disabled = this.picks.length === 0;
    restart.addEventListener("click", () => { this.picks = []; this.replay(); });
    controls.append(back, restart);
    box.appendChild(controls);
    const outcome = `${trace.status}${trace.stdout ? `, printed ${JSON.stringify(trace.stdout)}` : ""}`;
    box.appendChild(node("p", null, `Outcome of this run: ${outcome}`));
    if (this.puzzle) {
      const reached = this.puzzle.check(trace);
      box.appendChild(node("p", reached ? "scheduler-goal reached" : "muted",
        reached ? `Goal reached with picks [${this.picks.join(", ")}]!` : "Goal not reached yet."));
    }
  }
}

/** Downloads the run of `request` (an /api/run envelope) in Chrome's trace-event format. */
export async function downloadChromeTrace(request) {
  const response = await fetch("/api/run?format=chrome", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request),
  });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new Error(body && body.error ? body.error.message : `HTTP ${response.status}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = "interleave-chrome-trace.json";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
