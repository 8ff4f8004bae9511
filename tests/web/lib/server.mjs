// Starts the real Anskaffa server for a browser test: a fresh database seeded by `demo-data`,
// a free port, the built web app as its web root. Stops it and removes the database after.
import { spawn, execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { promisify } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const serverBinary = path.join(root, "build/native/server/anskaffa-server");
export const siteDir = path.join(root, "build/web/web/site");

// The folder under build/screenshots where a test file keeps its screenshots (not committed).
export function screenshotFolder(name = "") {
  const folder = path.join(root, "build/screenshots", name);
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// demo-data prints a table: "email  password  roles" and one line per demo user.
export function parseDemoUsers(output) {
  const users = [];
  for (const line of output.split("\n")) {
    const [email, password, roles] = line.trim().split(/\s+/);
    if (!email || !email.includes("@") || !password) continue;
    users.push({ email, password, roles: (roles || "").split(",").filter(Boolean) });
  }
  return users;
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not answer /healthz within ${timeoutMs} ms`);
}

// { peopleOnly: true } seeds the demo's units and users alone: no catalogue, no requests.
// { sessionIdleSeconds: N } ends a session after N seconds without a request.
export async function startServer({ peopleOnly = false, sessionIdleSeconds = null } = {}) {
  for (const [what, file] of [
    ["server", serverBinary],
    ["web app", path.join(siteDir, "anskaffa.wasm")],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`the ${what} is not built: ${file} is missing`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "anskaffa-web-test-"));
  const db = path.join(dir, "anskaffa.db");
  const { stdout } = await promisify(execFile)(serverBinary, ["demo-data", "--db", db, ...(peopleOnly ? ["--people-only"] : [])]);
  const users = parseDemoUsers(stdout);
  if (users.length === 0) throw new Error(`demo-data printed no users:\n${stdout}`);

  const port = await freePort();
  const child = spawn(
    serverBinary,
    ["serve", "--db", db, "--port", String(port), "--web-root", siteDir,
      ...(sessionIdleSeconds ? ["--session-idle-seconds", String(sessionIdleSeconds)] : [])],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 15000);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error.message}\n${log}`);
  }

  return {
    url,
    users,
    db,  // the database file, for what a test cannot do through the app or the API (time)
    log: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The server of one test file, started before its tests and stopped after them. The object is
// filled in (url, users, db, log, stop) once the server answers; then `prepare(server)` runs,
// for what the file needs before its tests. It runs in the same hook, since node runs a file's
// top-level `before` hooks side by side, not one after the other.
export function useServer(options, prepare = async () => {}) {
  const server = {};
  before(async () => {
    Object.assign(server, await startServer(options));
    await prepare(server);
  });
  after(async () => server.stop?.());
  return server;
}
