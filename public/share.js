// Shareable links: the program and its settings live in the URL hash, e.g.
//   #src=z.<base64url of deflate-raw(source)>&policy=random&seed=3&run=1
//   #example=gather&run=1
//   #example=race&schedule=0,1,0&run=1   (replays those ready-queue choices)
// "z." marks compressed text, "b." plain UTF-8; both are base64url.

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes, stream) {
  const response = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}

/** Encodes program text for the hash, compressed when the browser can. */
export async function encodeSource(source) {
  const bytes = new TextEncoder().encode(source);
  if (typeof CompressionStream === "function") {
    try {
      return "z." + toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")));
    } catch (_) { /* fall through to plain */ }
  }
  return "b." + toBase64Url(bytes);
}

/** Decodes what encodeSource produced; throws with a readable message when the link is damaged. */
export async function decodeSource(encoded) {
  const [scheme, data] = [encoded.slice(0, 2), encoded.slice(2)];
  try {
    if (scheme === "z.") {
      if (typeof DecompressionStream !== "function") throw new Error("this browser cannot decompress links");
      return new TextDecoder("utf-8", { fatal: true }).decode(await pipe(fromBase64Url(data), new DecompressionStream("deflate-raw")));
    }
    if (scheme === "b.") return new TextDecoder("utf-8", { fatal: true }).decode(fromBase64Url(data));
  } catch (error) {
    throw new Error(`the program in this link is damaged (${error.message})`);
  }
  throw new Error("the program in this link has an unknown encoding");
}

/** The hash's parameters as a Map. */
export function readHash(hash = location.hash) {
  return new URLSearchParams(hash.replace(/^#/, ""));
}

/** Builds the hash for a scenario: {source, example, policy, seed, detail, run}. */
export async function buildHash({ source, example, policy, seed, detail, run, schedule }) {
  const params = new URLSearchParams();
  if (example) params.set("example", example);
  else params.set("src", await encodeSource(source));
  if (policy && policy !== "fifo") params.set("policy", policy);
  if (policy === "random" && seed) params.set("seed", String(seed));
  if (detail && detail !== "slices") params.set("detail", detail);
  if (Array.isArray(schedule) && schedule.length) params.set("schedule", schedule.join(","));
  if (run) params.set("run", "1");
  return "#" + params.toString();
}
