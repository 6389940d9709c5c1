// Interleave page: checks the server's health and submits the program to
// POST /api/run. The run API and the swimlane view arrive with later work;
// until then a 404 from /api/run is reported as "not available yet".
"use strict";

const healthBadge = document.getElementById("health");
const runButton = document.getElementById("run");
const source = document.getElementById("source");
const output = document.getElementById("output");

async function checkHealth() {
  try {
    const response = await fetch("/healthz", { cache: "no-store" });
    const ok = response.ok && (await response.text()).trim() === "ok";
    healthBadge.textContent = ok ? "server ok" : `server answered ${response.status}`;
    healthBadge.className = ok ? "health ok" : "health bad";
  } catch (error) {
    healthBadge.textContent = "server unreachable";
    healthBadge.className = "health bad";
  }
}

function describeTrace(trace) {
  const lines = [];
  if (typeof trace.stdout === "string" && trace.stdout.length > 0) lines.push(trace.stdout.trimEnd());
  lines.push(`status: ${trace.status}`);
  if (trace.error) lines.push(`${trace.error.type}: ${trace.error.message}`);
  if (trace.limit) lines.push(`limit hit: ${trace.limit.name}`);
  if (trace.stats) lines.push(`steps ${trace.stats.steps}, switches ${trace.stats.switches}, virtual time ${trace.stats.virtualTime}s`);
  return lines.join("\n");
}

async function run() {
  runButton.disabled = true;
  output.textContent = "running…";
  try {
    const response = await fetch("/api/run", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ source: source.value, policy: "fifo", seed: 0 }),
    });
    if (response.status === 404 || response.status === 405) {
      output.textContent = "The run API is not available on this server yet.";
      return;
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const message = body && body.error ? `${body.error.type || "error"}: ${body.error.message}` : `HTTP ${response.status}`;
      output.textContent = message;
      return;
    }
    output.textContent = body ? describeTrace(body) : "(empty answer)";
  } catch (error) {
    output.textContent = `request failed: ${error}`;
  } finally {
    runButton.disabled = false;
  }
}

runButton.addEventListener("click", run);
checkHealth();
