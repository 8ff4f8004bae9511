// Acting on the signed-in app as a user does, through the probe (SPEC 7) and real input:
// signing in, scrolling a widget into view, typing with key events, choosing options.
import assert from "node:assert/strict";

import {
  cdpSession,
  clickWidget,
  focusField,
  probe,
  typeWithKeyEvents,
  waitForProbe,
} from "./browser.mjs";

// Polls `read` every 200 ms until `done` holds for its answer, and answers that: for what the
// probe does not show (the API, the service worker's caches, the device's storage). `what`
// names it in the error, with the last answer.
export async function until(read, what, { done = Boolean, timeout = 15000 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
}

export function findWidget(probed, id) {
  return probed.widgets.find((w) => w.id === id);
}

// Signs in through the sign-in screen and waits for the home screen.
export async function signIn(page, user) {
  await focusField(page, "email");
  await page.keyboard.insertText(user.email);
  await focusField(page, "password");
  await page.keyboard.insertText(user.password);
  await waitForProbe(page, (p) => findWidget(p, "password")?.value === user.password);
  await clickWidget(page, "sign_in");
  return waitForProbe(page, (p) => p.screen === "home", { timeout: 10000, what: "home" });
}

// Waits until the app has stopped drawing (it draws a few frames after each event, then
// nothing), so that the probe shows the result of everything sent so far.
export async function settle(page, { timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = await page.evaluate(() => window.anskaffaFrameCount);
  while (Date.now() < deadline) {
    await page.waitForTimeout(120);
    const now = await page.evaluate(() => window.anskaffaFrameCount);
    if (now === last) return;
    last = now;
  }
}

// The idle page draws nothing (SPEC 7): after it settles, no frame for a second.
export async function expectIdle(page, where = "the page") {
  await settle(page);
  const before = (await probe(page)).frames;
  await page.waitForTimeout(1000);
  assert.equal((await probe(page)).frames, before, `${where}: no frames drawn while idle`);
}

// Wheels the screen until the widget is fully on it: down first, then up. The probe lists
// only what is visible, so a widget below the fold is found by scrolling, as a user does.
export async function scrollIntoView(page, id, { x } = {}) {
  const viewport = page.viewportSize();
  const over = x ?? Math.round(viewport.width * 0.65);
  // The probe lists the visible part of a widget: one cut by the top bar (56 px) or by the
  // window's bottom edge is only partly on screen.
  const topBar = 56;
  const fullyVisible = (w) => w && Math.abs(w.rect[1] - topBar) >= 0.5 &&
    w.rect[1] + w.rect[3] <= viewport.height - 0.5;
  for (const direction of [1, -1]) {
    let last = "";
    for (let i = 0; i < 40; i++) {
      const probed = await probe(page);
      const found = findWidget(probed, id);
      if (fullyVisible(found)) return found;
      if (found) {
        // Partly visible: a small wheel towards it.
        const below = found.rect[1] + found.rect[3] > viewport.height - 0.5;
        await page.mouse.move(over, Math.round(viewport.height / 2));
        await page.mouse.wheel(0, below ? 120 : -120);
      } else {
        const signature = JSON.stringify(probed.widgets.map((w) => [w.id, w.rect[1]]));
        if (signature === last) break;  // the end of the screen in this direction
        last = signature;
        await page.mouse.move(over, Math.round(viewport.height / 2));
        await page.mouse.wheel(0, direction * 300);
      }
      await settle(page);
    }
  }
  throw new Error(`widget "${id}" could not be scrolled into view`);
}

// Clicks a widget where the app last drew it, once the app has settled (a click earlier may
// have moved it: a follow-up question appears or goes), and lets the click take effect.
export async function click(page, id) {
  await settle(page);
  await scrollIntoView(page, id);
  await clickWidget(page, id);
  await settle(page);
}

// Selects everything in the field being edited and deletes it, with key events.
async function clearField(page) {
  const cdp = await cdpSession(page);
  const modifiers = 2;  // Ctrl
  await cdp.send("Input.dispatchKeyEvent",
    { type: "rawKeyDown", key: "Control", code: "ControlLeft", windowsVirtualKeyCode: 17, modifiers });
  await cdp.send("Input.dispatchKeyEvent",
    { type: "rawKeyDown", key: "a", code: "KeyA", windowsVirtualKeyCode: 65, modifiers });
  await cdp.send("Input.dispatchKeyEvent",
    { type: "keyUp", key: "a", code: "KeyA", windowsVirtualKeyCode: 65, modifiers });
  await cdp.send("Input.dispatchKeyEvent",
    { type: "keyUp", key: "Control", code: "ControlLeft", windowsVirtualKeyCode: 17 });
  await cdp.send("Input.dispatchKeyEvent",
    { type: "rawKeyDown", key: "Backspace", code: "Backspace", windowsVirtualKeyCode: 8 });
  await cdp.send("Input.dispatchKeyEvent",
    { type: "keyUp", key: "Backspace", code: "Backspace", windowsVirtualKeyCode: 8 });
}

// Clicks a text field, optionally empties it, and types with key events that carry their
// text. Waits until the field's value is what was typed; returns the probe then.
export async function typeInto(page, id, text, options = {}) {
  const { replace = true } = options;
  await scrollIntoView(page, id);
  await focusField(page, id);
  if (replace) {
    await clearField(page);
    await waitForProbe(page, (p) => {
      const w = findWidget(p, id);
      return w && (w.value === "" || w.value === null);
    }, { what: `${id} to be empty` });
  }
  await typeWithKeyEvents(page, text);
  const wanted = "expect" in options ? options.expect : text;
  return waitForProbe(page, (p) => findWidget(p, id)?.value === wanted,
    { what: `${id} to hold ${JSON.stringify(wanted)}`, timeout: 15000 });
}

// Leaves the field being edited with Tab, as a keyboard user does (Escape would undo the
// edit, as it does in Dear ImGui's fields).
export async function leaveField(page, id) {
  await page.keyboard.press("Tab");
  await waitForProbe(page, (p) => p.focus !== id, { what: `${id} to be left` });
}

// Chooses an option of a drop-down list: opens it, clicks the option.
export async function chooseFromList(page, id, optionId) {
  await click(page, id);
  await waitForProbe(page, (p) => findWidget(p, optionId), { what: `option ${optionId}` });
  await clickWidget(page, optionId);
  await waitForProbe(page, (p) => !findWidget(p, optionId), { what: "the list to close" });
}

// Waits for a field's findings (codes shown under it) to be exactly `codes`.
export async function expectFindings(page, id, codes) {
  const probed = await waitForProbe(page, (p) => {
    const w = findWidget(p, id);
    return w && JSON.stringify([...w.findings].sort()) === JSON.stringify([...codes].sort());
  }, { what: `${id} to show findings ${JSON.stringify(codes)}` });
  return findWidget(probed, id);
}

// The browser's own date, days ahead, as YYYY-MM-DD: the app validates against it.
export function browserDate(page, days) {
  return page.evaluate((ahead) => {
    const d = new Date();
    d.setDate(d.getDate() + ahead);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

// Scrolls until the widget is on screen, asking again while the screen's lists load.
export async function scrollTo(page, id, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await scrollIntoView(page, id);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(200);
    }
  }
}

// A screenshot at 1280×800, then the same screen at 390×844 (`base` + "_1280.png" and
// "_390.png"), with `id` scrolled into view in each; the window is wide again afterwards, and
// with `toTop` scrolled back to its top.
export async function screenshotsWideAndNarrow(page, base, { id, toTop = false } = {}) {
  await settle(page);
  if (id) await scrollIntoView(page, id);
  await page.screenshot({ path: `${base}_1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await settle(page);
  if (id) await scrollIntoView(page, id);
  await page.screenshot({ path: `${base}_390.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await settle(page);
  if (toTop) {
    await page.mouse.wheel(0, -10000);
    await settle(page);
  }
}

// SPEC 7's screen for each entry of the navigation.
export const screenOf = {
  "nav.home": "home",
  "nav.new_request": "request_form",
  "nav.catalog": "catalog",
  "nav.review_queue": "review_queue",
  "nav.agreements": "agreements",
  "nav.changes": "changes",
  "nav.stats": "stats",
  "nav.admin": "admin",
};
