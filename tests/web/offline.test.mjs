// Offline drafting (SPEC 6), in headless Chromium with a persistent profile, through the real
// server: the app opens after one visit with no network, a draft survives a closed browser to
// the last character, a queued submission arrives exactly once when the network returns, a
// retry after a lost answer makes no second request, and a new release replaces the cached
// app.
//   node --test --test-concurrency=1 tests/web/offline.test.mjs
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";

import { chromiumArgs, openApp, probe, waitForProbe } from "./lib/browser.mjs";
import { click, findWidget, settle, signIn, typeInto, until } from "./lib/form.mjs";
import { parseDemoUsers, serverBinary, siteDir } from "./lib/server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const screenshotDir = path.join(root, "build/screenshots");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "anskaffa-offline-"));
const db = path.join(work, "anskaffa.db");
const profile = path.join(work, "profile");

// The server on one port for the whole file, stopped and started again over the same
// database, as a network that goes away and comes back (the origin, and so the browser's
// storage and service worker, stay the same).
let port;
let users;
let child;
let webRoot = siteDir;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}

const url = () => `http://127.0.0.1:${port}`;

async function startServing() {
  child = spawn(serverBinary,
    ["serve", "--db", db, "--port", String(port), "--web-root", webRoot],
    { stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url()}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the server did not start");
}

async function stopServing() {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

// The browser on the persistent profile: closing it and launching again is a browser the
// user closed and opened again.
let context;
let page;
let pageErrors = [];

async function launch({ offline = false } = {}) {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1280, height: 800 },
    offline,
    acceptDownloads: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(error.message));
}

function demoUser(email) {
  const user = users.find((u) => u.email === email);
  assert.ok(user, `demo-data has no ${email}`);
  return user;
}

const teacher = () => demoUser("larare@demo.anskaffa.example");

// The API as the teacher, with a session of its own.
async function api(method, target, body) {
  const signedIn = await fetch(`${url()}/api/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: teacher().email, password: teacher().password }),
  });
  const cookie = signedIn.headers.get("set-cookie").split(";")[0];
  const answer = await fetch(`${url()}${target}`, {
    method,
    headers: { Cookie: cookie, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: answer.status, body: await answer.json() };
}

// The teacher's requests named `name`, as the server holds them.
async function requestsNamed(name) {
  const list = await api("GET", `/api/v1/requests?q=${encodeURIComponent(name)}&per_page=200`);
  assert.equal(list.status, 200);
  return list.body.items.filter((item) => item.resource_name === name);
}

// A complete, valid request as a draft file of the app's export format: typed fields keep
// their text, chosen ones their JSON value (GET /api/v1/form says which is which).
async function draftFile(name) {
  const units = (await api("GET", "/api/v1/units")).body;
  const start = new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const body = {
    requester_name: "Åsa Lärare", requester_email: "asa.larare@skola.example",
    requester_role: "teacher", unit_id: units[0].id, resource_name: name,
    resource_type: "web_service", supplier_name: "Demokod Sverige AB",
    website_url: "https://kodknackarna.example",
    description: "Programmering i matematik för årskurs 4–6, i par.", grade_levels: ["y4_6"],
    users: "students", user_count: 120, start_date: start, cost_model: "free",
    processes_personal_data: "yes", data_categories: ["name", "student_work"],
    protected_identity_students: "no", login_method: "google_school", data_location: "eu_eea",
    privacy_policy_url: "https://kodknackarna.example/integritet",
    principal_name: "Per Rektor", principal_email: "per.rektor@skola.example",
    register_holder_name: "Per Rektor", register_holder_email: "per.rektor@skola.example",
    system_admin_name: "Sara Admin", system_admin_email: "sara.admin@skola.example",
    training_confirmed: true,
  };
  const checked = await api("POST", "/api/v1/validate", body);
  assert.equal(checked.status, 200);
  assert.deepEqual(checked.body.findings.filter((f) => f.severity === "error"), [],
    "the file's request is valid");
  const form = (await api("GET", "/api/v1/form")).body;
  const typedTypes = new Set(["text", "email", "url", "date", "integer", "number"]);
  const types = new Map(form.sections.flatMap((s) => s.fields.map((f) => [f.key, f.type])));
  const typed = {};
  const chosen = {};
  for (const [key, value] of Object.entries(body)) {
    if (typedTypes.has(types.get(key))) typed[key] = String(value);
    else chosen[key] = value;
  }
  const file = path.join(work, `${name.replace(/[^a-z0-9]+/gi, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify({
    format: "anskaffa-draft", id: "from-elsewhere", form_version: 1, step: 0,
    updated_at: Date.now(), queued: false,
    draft: { idempotency_key: "00000000-0000-4000-8000-000000000000", typed, chosen,
      register_holder_is_principal: false },
  }));
  return file;
}

async function importDraft(file) {
  const chooser = page.waitForEvent("filechooser");
  await click(page, "draft.import");
  await (await chooser).setFiles(file);
  return waitForProbe(page, (p) => findWidget(p, "drafts.message"), { what: "the import's note" });
}

// The row of the draft named `name` on the home screen.
function draftRow(probed, name) {
  return probed.widgets.find((w) => w.kind === "row" && w.id.startsWith("draft.") &&
    w.value?.name === name);
}

async function shellCaches() {
  return (await page.evaluate(() => caches.keys())).filter((n) => n.startsWith("anskaffa-shell-"));
}

const version = (dir) => JSON.parse(fs.readFileSync(path.join(dir, "sw-manifest.json"))).version;

before(async () => {
  for (const file of [serverBinary, path.join(siteDir, "sw.js")]) {
    assert.ok(fs.existsSync(file), `${file} is not built`);
  }
  fs.mkdirSync(screenshotDir, { recursive: true });
  const { stdout } = await promisify(execFile)(serverBinary, ["demo-data", "--db", db]);
  users = parseDemoUsers(stdout);
  port = await freePort();
  await startServing();
  await launch();
});

after(async () => {
  await context?.close();
  await stopServing();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("drafting offline", () => {
  const name = "Matteappen – bråk & procent, åk 4–6 «Ö»";
  const edited = `${name} med 'citat' och ÅÄÖ`;
  let file;
  let entry;  // an approved catalogue entry, looked for offline

  test("loaded online and signed in, the app is cached by its service worker", async () => {
    await openApp(page, url());
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.deepEqual(await shellCaches(), [`anskaffa-shell-${version(siteDir)}`]);
    await signIn(page, teacher());
    // The units and the catalogue snapshot are kept for offline use; nothing else of /api/.
    const kept = await until(() => page.evaluate(async () =>
      (await (await caches.open("anskaffa-data")).keys()).map((r) => new URL(r.url).pathname)),
    "the units and the catalogue snapshot in the cache",
    { done: (paths) => paths.includes("/api/v1/units") && paths.includes("/api/v1/catalog") });
    assert.ok(!kept.includes("/api/v1/session") && !kept.includes("/api/v1/requests"),
      `only data for offline use is kept: ${kept}`);
    const home = await probe(page);
    assert.equal(findWidget(home, "status.online").value, true);
    file = await draftFile(name);
    const approved = await api("GET", "/api/v1/catalog?status=approved&per_page=50");
    entry = approved.body.items.find((item) => /^\p{L}{4,}/u.test(item.name));
    assert.ok(entry, "demo-data has an approved entry");
  });

  test("with the network cut and the server stopped, a reload opens the app to home", async () => {
    await context.setOffline(true);
    await stopServing();
    await page.reload();
    await page.waitForFunction(() => typeof window.anskaffaProbe === "function", null,
      { timeout: 20000 });
    const home = await waitForProbe(page, (p) => p.screen === "home",
      { timeout: 10000, what: "home, offline" });
    assert.equal(home.online, false);
    assert.equal(findWidget(home, "status.online").value, false);
    assert.equal(findWidget(home, "status.online").label, "Offline");
    assert.ok(findWidget(home, "drafts.none"), "no drafts yet");
  });

  test("offline, a draft is imported, edited, and saved within a second", async () => {
    const imported = await importDraft(file);
    assert.equal(findWidget(imported, "drafts.message").label, `Utkastet ${name} är inläst.`);
    const row = draftRow(imported, name);
    assert.ok(row, "the imported draft is listed");
    assert.equal(row.value.queued, false);
    await click(page, row.id);
    await waitForProbe(page, (p) => p.screen === "request_form");
    await click(page, "form.step.resource");
    await typeInto(page, "resource_name", edited);
    const editedAt = Date.now();
    // What storage holds is the last character typed, within a second of typing it.
    const readStorage = () => page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open("anskaffa");
      open.onsuccess = () => {
        const all = open.result.transaction("records").objectStore("records").getAll();
        all.onsuccess = () => resolve(all.result.map((text) => JSON.parse(text)));
      };
    }));
    const stored = await until(readStorage, "the edit in storage", {
      done: (records) => records.some((r) =>
        r.format === "anskaffa-draft" && r.draft.typed.resource_name === edited),
      timeout: 5000,
    });
    assert.ok(Date.now() - editedAt < 1500, "saved within a second of the edit");
    const saved = await waitForProbe(page,
      (p) => /^Utkast sparat \d\d:\d\d$/.test(findWidget(p, "status.saved")?.label ?? ""),
      { what: "utkast sparat" });
    const drafts = stored.filter((r) => r.format === "anskaffa-draft");
    assert.equal(drafts.length, 1);
    assert.equal(drafts[0].draft.typed.resource_name, edited);
    assert.notEqual(drafts[0].draft.idempotency_key, "00000000-0000-4000-8000-000000000000",
      "an imported draft has its own Idempotency-Key");
    await page.screenshot({ path: path.join(screenshotDir, "offline_form_1280.png") });
    assert.ok(saved);
  });

  test("the browser closed and opened again offline: the draft is intact to the last character", async () => {
    await context.close();
    await launch({ offline: true });
    await openApp(page, url());
    const home = await waitForProbe(page, (p) => p.screen === "home" && draftRow(p, edited),
      { timeout: 10000, what: "home with the draft" });
    assert.equal(home.online, false);
    await page.screenshot({ path: path.join(screenshotDir, "offline_home_1280.png") });
    await click(page, draftRow(home, edited).id);
    const form = await waitForProbe(page, (p) => p.screen === "request_form");
    assert.equal(findWidget(form, "resource_name").value, edited);
  });

  test("submitted offline it is queued; when the network returns it arrives exactly once", async () => {
    await click(page, "form.step.summary");
    // Checked offline by the core, as the server would: nothing stands in the way.
    const summary = await waitForProbe(page, (p) => findWidget(p, "summary.ready"),
      { what: "the summary" });
    assert.equal(findWidget(summary, "summary.risk").value, "medium");
    await click(page, "form.submit");
    const queued = await waitForProbe(page, (p) => p.screen === "home" &&
      findWidget(p, "status.queued")?.value === 1, { what: "home with one queued" });
    assert.equal(draftRow(queued, edited).value.queued, true);
    await page.screenshot({ path: path.join(screenshotDir, "offline_queued_1280.png") });

    await startServing();
    await context.setOffline(false);
    // The session cookie ended with the closed browser: the app asks to sign in again over
    // the screen, and then sends the queue.
    const asked = await waitForProbe(page, (p) => findWidget(p, "sign_in_again.password"),
      { timeout: 15000, what: "the sign-in dialog" });
    assert.equal(findWidget(asked, "sign_in_again.email").value, teacher().email);
    assert.equal(findWidget(asked, "status.queued").value, 1, "the queue waits");
    await page.screenshot({ path: path.join(screenshotDir, "offline_sign_in_again_1280.png") });
    await typeInto(page, "sign_in_again.password", teacher().password);
    await click(page, "sign_in_again.submit");
    const sent = await waitForProbe(page, (p) => /Ärendenummer: ANS-\d{4}-\d{4}/
      .test(findWidget(p, "notice")?.label ?? ""), { timeout: 20000, what: "the case number" });
    assert.ok(!draftRow(sent, edited), "the draft is deleted after the 201");
    assert.ok(!findWidget(sent, "status.queued"));
    assert.equal(findWidget(sent, "status.online").value, true);
    assert.equal((await requestsNamed(edited)).length, 1);
    // A later start sends nothing again.
    await page.reload();
    await page.waitForFunction(() => typeof window.anskaffaProbe === "function", null,
      { timeout: 20000 });
    await waitForProbe(page, (p) => p.screen === "home", { timeout: 10000 });
    await settle(page);
    assert.equal((await requestsNamed(edited)).length, 1);
  });

  test("offline, a new draft typed from scratch is saved, suggested from the catalogue snapshot, exported and deleted", async () => {
    await context.setOffline(true);
    await stopServing();
    await click(page, "home.new_request");
    await waitForProbe(page, (p) => p.screen === "request_form");
    await click(page, "form.step.resource");
    const word = entry.name.match(/^\p{L}+/u)[0];
    await typeInto(page, "resource_name", word);
    const suggested = await waitForProbe(page, (p) => findWidget(p, `suggestion.${entry.id}`),
      { what: "the snapshot's suggestion" });
    assert.ok(suggested);
    await waitForProbe(page, (p) => /^Utkast sparat/.test(findWidget(p, "status.saved")?.label ?? ""),
      { what: "utkast sparat" });
    await page.screenshot({ path: path.join(screenshotDir, "offline_suggestion_1280.png") });

    const download = page.waitForEvent("download");
    await click(page, "draft.export");
    const exported = JSON.parse(fs.readFileSync(await (await download).path(), "utf8"));
    assert.equal(exported.format, "anskaffa-draft");
    assert.equal(exported.form_version, 1);
    assert.equal(exported.draft.typed.resource_name, word);
    assert.equal(exported.body.resource_name, word);

    await click(page, "nav.home");
    const home = await waitForProbe(page, (p) => p.screen === "home" && draftRow(p, word));
    const row = draftRow(home, word);
    await click(page, `${row.id}.delete`);
    await waitForProbe(page, (p) => findWidget(p, `${row.id}.delete.confirm`));
    await click(page, `${row.id}.delete.confirm`);
    await waitForProbe(page, (p) => !draftRow(p, word), { what: "the row gone" });

    // A broken file is refused with a clear message and changes nothing.
    const rows = (p) => p.widgets.filter((w) => w.kind === "row" && w.id.startsWith("draft."));
    const before = rows(await probe(page)).length;
    const broken = path.join(work, "broken.json");
    fs.writeFileSync(broken, '{"format": "anskaffa-draft", "draft": ');
    const refused = await importDraft(broken);
    assert.equal(findWidget(refused, "drafts.message").label,
      "Filen är inte ett utkast från Anskaffa och lästes inte in. Inget har ändrats.");
    assert.equal(rows(refused).length, before);
    await startServing();
    await context.setOffline(false);
  });

  test("a submission whose answer is lost after the server stored it is retried, and the server holds one request", async () => {
    const lost = "Lösta svaret – ett försök";
    await importDraft(await draftFile(lost));
    await click(page, draftRow(await probe(page), lost).id);
    await waitForProbe(page, (p) => p.screen === "request_form");
    await click(page, "form.step.summary");
    const keys = [];
    await page.route("**/api/v1/requests", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      keys.push(route.request().headers()["idempotency-key"]);
      if (keys.length === 1) {
        const stored = await route.fetch();  // the server has it now ...
        assert.equal(stored.status(), 201);
        return route.abort("connectionreset");  // ... and its answer never arrives
      }
      return route.continue();
    });
    await click(page, "form.submit");
    await waitForProbe(page, (p) => /Ärendenummer: ANS-\d{4}-\d{4}/
      .test(findWidget(p, "notice")?.label ?? ""), { timeout: 20000, what: "the case number" });
    await page.unroute("**/api/v1/requests");
    assert.equal(keys.length, 2, "sent once more after the lost answer");
    assert.equal(keys[0], keys[1], "with the same Idempotency-Key");
    assert.equal((await requestsNamed(lost)).length, 1, "the server holds one request");
  });

  test("signing out offers to remove this device's drafts; keeping them is the default", async () => {
    await importDraft(await draftFile("Kvar efter utloggning"));
    await click(page, "sign_out");
    const asked = await waitForProbe(page, (p) => findWidget(p, "sign_out.remove_drafts"),
      { what: "the question" });
    assert.equal(findWidget(asked, "sign_out.remove_drafts").value, false);
    await page.screenshot({ path: path.join(screenshotDir, "offline_sign_out_1280.png") });
    await click(page, "sign_out.confirm");
    await waitForProbe(page, (p) => p.screen === "sign_in", { timeout: 10000 });
    await signIn(page, teacher());
    const home = await waitForProbe(page, (p) => draftRow(p, "Kvar efter utloggning"),
      { what: "the kept draft" });
    assert.ok(home);
    await click(page, "sign_out");
    await waitForProbe(page, (p) => findWidget(p, "sign_out.remove_drafts"));
    await click(page, "sign_out.remove_drafts");
    await click(page, "sign_out.confirm");
    await waitForProbe(page, (p) => p.screen === "sign_in", { timeout: 10000 });
    await signIn(page, teacher());
    const emptied = await waitForProbe(page, (p) => findWidget(p, "drafts.none"),
      { what: "no drafts" });
    assert.ok(!draftRow(emptied, "Kvar efter utloggning"));
  });

  test("a new app version replaces the cached one, and the old cache is gone", async () => {
    const old = version(siteDir);
    const copy = path.join(work, "site-v2");
    fs.cpSync(siteDir, copy, { recursive: true });
    fs.appendFileSync(path.join(copy, "app.css"), "\n/* release 2 */\n");
    await promisify(execFile)("cmake", [`-DSITE=${copy}`,
      `-DTEMPLATE=${path.join(root, "web/shell/sw.js")}`, "-P",
      path.join(root, "web/shell/sw_manifest.cmake")]);
    const next = version(copy);
    assert.notEqual(next, old);
    await stopServing();
    webRoot = copy;
    await startServing();
    await page.reload();
    await until(shellCaches, "the new release's cache, alone", {
      done: (names) => names.length === 1 && names[0] === `anskaffa-shell-${next}`,
      timeout: 20000,
    });
    await page.reload();
    await page.waitForFunction(() => typeof window.anskaffaProbe === "function", null,
      { timeout: 20000 });
    const css = await page.evaluate(async () => (await fetch("app.css")).text());
    assert.ok(css.includes("release 2"), "the new release's files are used");
  });

  test("at 390 wide, the top bar and the drafts fit", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await importDraft(file);
    const narrow = await waitForProbe(page, (p) => p.screen === "home" && draftRow(p, name));
    const online = findWidget(narrow, "status.online");
    const brand = findWidget(narrow, "app_name");
    assert.ok(brand.rect[0] + brand.rect[2] <= online.rect[0], "the status does not cover the name");
    await page.screenshot({ path: path.join(screenshotDir, "offline_home_390.png") });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test("nothing threw in the page", () => {
    assert.deepEqual(pageErrors, []);
  });
});
