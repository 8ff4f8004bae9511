// Headless Debian Chromium for the browser tests, with the flags the toolchain guide found
// necessary (swiftshader: without it WebGL2 draws nothing and a careless test passes), and
// helpers to read the app's probe (SPEC 7) and act on its widgets.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--use-gl=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// A browser with a fresh, empty profile, closed (and its profile removed) by close().
export async function openBrowser(
  { width = 1280, height = 800, deviceScaleFactor = 1, hasTouch = false } = {},
) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "anskaffa-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: chromiumArgs,
    headless: true,
    viewport: { width, height },
    deviceScaleFactor,
    hasTouch,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Opens the app and waits until its first frame is on screen (the probe exists from then on).
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => typeof window.anskaffaProbe === "function", null, {
    timeout: 20000,
  });
}

export function probe(page) {
  return page.evaluate(() => window.anskaffaProbe());
}

export async function widget(page, id) {
  const found = (await probe(page)).widgets.find((w) => w.id === id);
  if (!found) throw new Error(`no widget "${id}" on screen`);
  return found;
}

// Polls the probe until the predicate holds; the app draws a few frames after each event,
// and ImGui spreads quick input over frames, so a result is not there at once.
export async function waitForProbe(page, predicate, { timeout = 5000, what = "probe" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await probe(page);
    if (predicate(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; last probe: ${JSON.stringify(last)}`);
}

export async function clickWidget(page, id) {
  const { rect } = await widget(page, id);
  await page.mouse.click(rect[0] + rect[2] / 2, rect[1] + rect[3] / 2);
}

// Clicks a text field and waits until it is being edited (the app then keeps the keyboard
// focus in its hidden textarea).
export async function focusField(page, id) {
  await clickWidget(page, id);
  await waitForProbe(page, (p) => p.focus === id, { what: `${id} to be edited` });
  await page.waitForFunction(() => document.activeElement?.id === "anskaffa-text");
}

// One CDP session per page, kept open: detaching a session ends the page's offline emulation
// (context.setOffline), so a test that types while offline would be online again.
const cdpSessions = new WeakMap();
export async function cdpSession(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, page.context().newCDPSession(page));
  return cdpSessions.get(page);
}

// Types through real key events that carry their text (CDP Input.dispatchKeyEvent), as a
// physical keyboard does; Playwright's keyboard.type() would send å and Ö as bare input.
export async function typeWithKeyEvents(page, text) {
  const cdp = await cdpSession(page);
  for (const character of text) {
    await cdp.send("Input.dispatchKeyEvent", {
      type: "keyDown",
      key: character,
      text: character,
      unmodifiedText: character,
    });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: character });
  }
}
