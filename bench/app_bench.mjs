// The app's figures in headless Chromium against the real server on loopback, for tools/bench:
// time from navigation to the first frame on a first visit; frame times while scrolling the
// catalogue with 5,000 entries; WebGL draw calls while idle; the wasm heap after every screen.
// Prints one "name value" line per figure.
//   node bench/app_bench.mjs
// Runs the server the browser tests run (tests/web/lib), on demo data with 5,000 entries more.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { openBrowser, probe, waitForProbe } from "../tests/web/lib/browser.mjs";
import { click, settle, signIn } from "../tests/web/lib/form.mjs";
import { demoUser } from "../tests/web/lib/people.mjs";
import { startServer } from "../tests/web/lib/server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const catalogEntries = 5000;
const firstVisits = 3;
// A requester and reviewer: every screen but the administrator's.
const person = "dubbelroll@demo.anskaffa.example";

// Installed in the page before its own scripts: the moment of the first frame (the app calls
// Module.onFirstFrame after drawing it), the time the app spends in each animation frame,
// WebGL draw calls, and the wasm memory (the build exports no HEAPU8).
function instrument() {
  window.anskaffaBench = { firstFrame: null, frames: [], drawCalls: 0, memory: null };
  const bench = window.anskaffaBench;
  let module;
  Object.defineProperty(window, "Module", {
    configurable: true,
    get: () => module,
    set(value) {
      const onFirstFrame = value.onFirstFrame;
      value.onFirstFrame = function firstFrame(...args) {
        if (bench.firstFrame === null) bench.firstFrame = performance.now();
        return onFirstFrame?.apply(this, args);
      };
      module = value;
    },
  });
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      const start = performance.now();
      callback(time);
      bench.frames.push(performance.now() - start);
    });
  for (const name of ["drawArrays", "drawElements", "drawArraysInstanced",
    "drawElementsInstanced", "drawRangeElements"]) {
    const original = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function counted(...args) {
      bench.drawCalls += 1;
      return original.apply(this, args);
    };
  }
  // The export's name is minified: the memory is whichever export is one.
  const keep = (result) => {
    const exports = Object.values((result.instance ?? result).exports ?? {});
    bench.memory = exports.find((value) => value instanceof WebAssembly.Memory) ?? bench.memory;
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
}

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function print(name, value) {
  console.log(`${name} ${Number.isFinite(value) ? Number(value.toFixed(2)) : "NaN"}`);
}

// The server's database: startServer makes it in a folder of os.tmpdir(), which is made ours
// alone here, so the one folder in it is the server's.
function serverDatabase(tmp) {
  const dirs = fs.readdirSync(tmp).filter((name) => name.startsWith("anskaffa-web-test-"));
  if (dirs.length !== 1) throw new Error(`expected one server folder in ${tmp}: ${dirs}`);
  return path.join(tmp, dirs[0], "anskaffa.db");
}

async function firstVisit(url) {
  const browser = await openBrowser();
  try {
    await browser.page.addInitScript(instrument);
    await browser.page.goto(url);
    await browser.page.waitForFunction(() => window.anskaffaBench.firstFrame !== null, null,
      { timeout: 20000 });
    // When the page, the app's code and the font had arrived, to tell loading from starting
    // (later requests, the API's and the service worker's, do not count); and the bytes
    // Chromium received for everything so far (the encoding it took included).
    return await browser.page.evaluate(() => {
      const entries = [performance.getEntriesByType("navigation")[0],
        ...performance.getEntriesByType("resource")];
      const startup = entries.filter((e) =>
        e.entryType === "navigation" || /(anskaffa\.js|anskaffa\.wasm|\.ttf)$/.test(e.name));
      return {
        firstFrame: window.anskaffaBench.firstFrame,
        loaded: Math.max(...startup.map((e) => e.responseEnd)),
        bytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
      };
    });
  } finally {
    await browser.close();
  }
}

// Wheels down the catalogue and back, one notch per 60 ms, and answers the frame times.
async function scrollCatalogue(page) {
  await page.mouse.move(700, 450);
  await page.evaluate(() => { window.anskaffaBench.frames = []; });
  for (const direction of [1, -1]) {
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, direction * 240);
      await page.waitForTimeout(60);
    }
  }
  await settle(page);
  return page.evaluate(() => window.anskaffaBench.frames);
}

async function idleDrawCalls(page) {
  await settle(page);
  await page.evaluate(() => { window.anskaffaBench.drawCalls = 0; });
  const frames = await page.evaluate(() => window.anskaffaFrameCount);
  await page.waitForTimeout(2000);
  return page.evaluate((before) => ({
    drawCalls: window.anskaffaBench.drawCalls,
    frames: window.anskaffaFrameCount - before,
  }), frames);
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "anskaffa-bench-"));
  process.env.TMPDIR = tmp;
  const server = await startServer();
  try {
    const sql = fs.readFileSync(path.join(root, "bench/seed_catalog.sql"));
    execFileSync("sqlite3", ["-cmd", `.parameter set @n ${catalogEntries}`,
      serverDatabase(tmp)], { input: sql });

    const visits = [];
    for (let i = 0; i < firstVisits; i++) visits.push(await firstVisit(server.url));
    const firstFrames = visits.map((v) => v.firstFrame);
    print("first_frame_ms_median", median(firstFrames));
    print("first_frame_ms_max", Math.max(...firstFrames));
    print("files_loaded_ms_median", median(visits.map((v) => v.loaded)));
    print("first_visit_chromium_bytes", visits[0].bytes);

    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.addInitScript(instrument);
      await page.goto(server.url);
      await page.waitForFunction(() => typeof window.anskaffaProbe === "function", null,
        { timeout: 20000 });
      await signIn(page, demoUser(server, person));

      print("idle_draw_calls_sign_in_home", (await idleDrawCalls(page)).drawCalls);
      await click(page, "nav.catalog");
      await waitForProbe(page, (p) => p.screen === "catalog" &&
        p.widgets.some((w) => w.kind === "row" && w.id.startsWith("catalog.")),
      { what: "catalogue rows", timeout: 20000 });
      const idle = await idleDrawCalls(page);
      const frames = await scrollCatalogue(page);
      print("catalog_frames", frames.length);
      print("catalog_frame_ms_median", median(frames));
      print("catalog_frame_ms_p95", percentile(frames, 95));
      print("idle_draw_calls_catalog", idle.drawCalls);
      print("idle_frames_catalog", idle.frames);

      const screens = (await probe(page)).widgets
        .map((w) => w.id).filter((id) => id.startsWith("nav.") && id !== "nav.menu");
      for (const id of screens) {
        await click(page, id);
        await settle(page);
      }
      print("screens_visited", screens.length);
      const heap = await page.evaluate(() => window.anskaffaBench.memory?.buffer.byteLength);
      print("wasm_heap_bytes", heap ?? NaN);
      if (browser.errors.length) throw new Error(`the page threw: ${browser.errors.join("; ")}`);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
