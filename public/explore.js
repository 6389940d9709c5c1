// "Explore schedules": POST /api/explore runs the program under many
// ready-queue orders and returns the distinct outcomes, each with a schedule
// that reproduces it; "replay" runs that schedule and draws its lanes.

function node(tag, className, text) {
  const n = document.createElement(tag);
  if (className) n.className = className;
  if (text != null) n.textContent = text;
  return n;
}

/** Asks the server for the program's distinct outcomes and lists them in `box`. */
export async function explore(box, source, onReplay) {
  box.hidden = false;
  box.replaceChildren(node("p", "muted", "exploring schedules…"));
  let response;
  try {
    response = await fetch("/api/explore", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ source }),
    });
  } catch (error) {
    box.replaceChildren(node("p", "request-error", `Could not reach the server: ${error.message}`));
    return;
  }
  const body = await response.json().catch(() => null);
  if (response.status === 404 || response.status === 405) {
    box.replaceChildren(node("p", "muted", "This server does not offer schedule exploration (POST /api/explore)."));
    return;
  }
  if (!response.ok || !body || !Array.isArray(body.outcomes)) {
    const message = body && body.error ? `${body.error.type}: ${body.error.message}${body.error.line ? ` (line ${body.error.line})` : ""}` : `HTTP ${response.status}`;
    box.replaceChildren(node("p", "request-error", `Exploration failed: ${message}`));
    return;
  }
  const outcomes = body.outcomes;
  box.replaceChildren(node("h3", null,
    `${outcomes.length} distinct outcome${outcomes.length === 1 ? "" : "s"} in ${body.runs} runs${body.exhaustive ? " (every schedule tried)" : " (run budget reached)"}`));
  const list = node("ol", "outcomes");
  outcomes.forEach((o, i) => {
    const item = node("li");
    const head = node("div", "outcome-head");
    head.append(node("span", `badge ${o.status}`, o.detail ? `${o.status}: ${o.detail}` : o.status),
      node("span", "muted", `${o.count} run${o.count === 1 ? "" : "s"} · schedule [${(o.schedule || []).join(",")}]`));
    const replay = node("button", "frame", "replay");
    replay.type = "button";
    replay.setAttribute("aria-label", `Replay outcome ${i + 1}`);
    replay.addEventListener("click", () => onReplay(o.schedule || []));
    head.appendChild(replay);
    const out = node("pre", "outcome-stdout", o.stdout || "(no output)");
    item.append(head, out);
    list.appendChild(item);
  });
  box.appendChild(list);
}
