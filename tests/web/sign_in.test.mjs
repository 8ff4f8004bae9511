// The sign-in screen in a real browser against the real server (SPEC 7 and 8): it draws, its
// probe has SPEC 7's shape, text arrives by key events and by input events, the canvas is
// sharp at every pixel ratio, signing in works and fails as the server says, the language
// toggles, and an idle app draws nothing.
//   node --test tests/web/
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import {
  clickWidget,
  focusField,
  openApp,
  openBrowser,
  probe,
  typeWithKeyEvents,
  waitForProbe,
  widget,
} from "./lib/browser.mjs";
import { decodePng, inkStatistics } from "./lib/png.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();

const kinds = ["input", "button", "checkbox", "radio", "combo", "group", "text", "row", "tab", "link"];
const screens = ["sign_in", "home", "request_form", "request", "catalog", "catalog_entry",
  "review_queue", "agreements", "changes", "stats", "admin"];
const pageBackground = [0xf4, 0xf6, 0xf9];  // web/theme.h kStandard.background

// Runs body with a fresh browser on the app, closing it whatever happens.
async function withApp(options, body) {
  const browser = await openBrowser(options);
  try {
    await openApp(browser.page, server.url);
    await body(browser.page, browser);
    assert.deepEqual(browser.errors, [], "the page threw");
  } finally {
    await browser.close();
  }
}

// What the server itself answers to a wrong password, in the language asked for.
async function serverSignInMessage(email, lang) {
  const response = await fetch(`${server.url}/api/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept-Language": lang },
    body: JSON.stringify({ email, password: "not the password" }),
  });
  assert.equal(response.status, 401);
  return (await response.json()).error.message;
}

const server = useServer();

describe("the app loads", () => {
  test("the first frame is drawn: the probe answers for the sign-in screen and the canvas has ink", async () => {
    await withApp({}, async (page) => {
      const probed = await probe(page);
      assert.equal(probed.screen, "sign_in");
      assert.equal(probed.lang, "sv");
      const shot = decodePng(await page.screenshot());
      const ink = inkStatistics(shot, pageBackground);
      assert.ok(ink.differing > ink.total * 0.02, `too little drawn: ${JSON.stringify(ink)}`);
      assert.ok(ink.dark > 200, `no dark text pixels: ${JSON.stringify(ink)}`);
      assert.equal(await page.locator("#loading").count(), 0, "the loading text is gone");
      const font = await page.evaluate(() => performance.getEntriesByType("resource")
        .filter((entry) => entry.name.endsWith("/fonts/NotoSans-Regular.ttf"))
        .map((entry) => entry.responseStatus));
      assert.ok(font.includes(200), `the bundled font was not loaded: ${font}`);
    });
  });

  test("the probe has exactly SPEC 7's shape", async () => {
    await withApp({ width: 1024, height: 700 }, async (page) => {
      const probed = await probe(page);
      const isPlain = await page.evaluate(() => {
        const p = window.anskaffaProbe();
        return Object.getPrototypeOf(p) === Object.prototype && Array.isArray(p.widgets);
      });
      assert.ok(isPlain, "anskaffaProbe() returns a plain object, not a string");
      assert.ok(screens.includes(probed.screen));
      assert.ok(["sv", "en"].includes(probed.lang));
      assert.equal(typeof probed.online, "boolean");
      assert.equal(probed.online, true);
      assert.ok(probed.widgets.length > 0);
      const ids = new Set();
      for (const w of probed.widgets) {
        assert.equal(typeof w.id, "string", JSON.stringify(w));
        assert.ok(w.id.length > 0);
        assert.ok(!ids.has(w.id), `id ${w.id} is not unique`);
        ids.add(w.id);
        assert.equal(typeof w.label, "string");
        assert.ok(kinds.includes(w.kind), `kind ${w.kind}`);
        assert.equal(w.rect.length, 4);
        const [x, y, width, height] = w.rect;
        for (const n of w.rect) assert.equal(typeof n, "number");
        assert.ok(width > 0 && height > 0, `${w.id} has an empty rect`);
        assert.ok(x >= 0 && y >= 0 && x + width <= 1024 && y + height <= 700,
          `${w.id} lies outside the viewport: ${w.rect}`);
        for (const key of Object.keys(w)) {
          assert.ok(["id", "label", "kind", "rect", "value", "findings"].includes(key), key);
        }
        if (["input", "checkbox", "radio", "combo"].includes(w.kind)) {
          assert.ok("value" in w, `${w.id} has no value`);
        }
      }
      for (const id of ["email", "password", "sign_in", "lang_toggle"]) {
        assert.ok(ids.has(id), `no ${id}`);
      }
      assert.equal((await widget(page, "email")).kind, "input");
      assert.equal((await widget(page, "email")).label, "E-post");
      assert.equal((await widget(page, "password")).label, "Lösenord");
      assert.equal((await widget(page, "sign_in")).kind, "button");
      assert.equal((await widget(page, "sign_in")).label, "Logga in");
    });
  });
});

describe("text entry", () => {
  test("key events with text type Swedish letters into the e-mail field exactly", async () => {
    await withApp({}, async (page) => {
      await focusField(page, "email");
      await typeWithKeyEvents(page, "Åsa Öberg-Ämne");
      await waitForProbe(page, (p) => p.widgets.find((w) => w.id === "email").value === "Åsa Öberg-Ämne",
        { what: "the typed e-mail value" });
    });
  });

  test("text that arrives as input events (IME, phone keyboards, dictation) is typed too", async () => {
    await withApp({}, async (page) => {
      await focusField(page, "email");
      await page.keyboard.insertText("Ärende – “åäö” …");
      await waitForProbe(page,
        (p) => p.widgets.find((w) => w.id === "email").value === "Ärende – “åäö” …",
        { what: "the inserted text" });
      await focusField(page, "password");
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Input.insertText", { text: "hemligt-ö" });
      await cdp.detach();
      await waitForProbe(page, (p) => p.widgets.find((w) => w.id === "password").value === "hemligt-ö",
        { what: "the inserted password" });
    });
  });

  test("editing keys work: Backspace deletes, Tab moves to the next field", async () => {
    await withApp({}, async (page) => {
      await focusField(page, "email");
      await page.keyboard.insertText("abcd");
      await waitForProbe(page, (p) => p.widgets.find((w) => w.id === "email").value === "abcd");
      await page.keyboard.press("Backspace");
      await waitForProbe(page, (p) => p.widgets.find((w) => w.id === "email").value === "abc");
      await page.keyboard.press("Tab");
      await waitForProbe(page, (p) => p.focus === "password", { what: "Tab to the password" });
    });
  });

  test("paste and copy go through the browser's clipboard events", async () => {
    await withApp({}, async (page) => {
      await focusField(page, "email");
      const paste = (text) => page.evaluate((pasted) => {
        const data = new DataTransfer();
        data.setData("text/plain", pasted);
        document.activeElement.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
      await paste("lena.larare@skola.example");
      await waitForProbe(page,
        (p) => p.widgets.find((w) => w.id === "email").value === "lena.larare@skola.example",
        { what: "the pasted text" });
      await page.keyboard.press("Control+A");
      await page.waitForTimeout(100);
      const copied = await page.evaluate(() => {
        const data = new DataTransfer();
        const event = new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true });
        document.activeElement.dispatchEvent(event);
        return data.getData("text/plain");
      });
      assert.equal(copied, "lena.larare@skola.example");
    });
  });

  test("a tap on a touch screen opens the field for typing (a phone keyboard needs the focus)", async () => {
    await withApp({ width: 390, height: 760, deviceScaleFactor: 3, hasTouch: true }, async (page) => {
      const { rect } = await widget(page, "email");
      await page.touchscreen.tap(rect[0] + rect[2] / 2, rect[1] + rect[3] / 2);
      await waitForProbe(page, (p) => p.focus === "email", { what: "email to be edited" });
      await page.waitForFunction(() => document.activeElement?.id === "anskaffa-text");
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute("inputmode")),
        "email", "a phone shows its e-mail keyboard");
      await page.keyboard.insertText("åsa@skola.example");
      await waitForProbe(page, (p) => p.widgets.find((w) => w.id === "email").value === "åsa@skola.example",
        { what: "text typed after a tap" });
    });
  });

  test("clicking outside a field takes the keyboard back from the textarea", async () => {
    await withApp({}, async (page) => {
      await focusField(page, "email");
      await page.mouse.click(20, 700);
      await waitForProbe(page, (p) => p.focus === null, { what: "no field being edited" });
      await page.waitForFunction(() => document.activeElement?.id === "anskaffa-canvas");
    });
  });
});

describe("pixels", () => {
  for (const scale of [1, 2]) {
    test(`at devicePixelRatio ${scale} the canvas has CSS size x ${scale} pixels`, async () => {
      await withApp({ width: 1280, height: 800, deviceScaleFactor: scale }, async (page) => {
        const canvas = await page.evaluate(() => {
          const c = document.getElementById("anskaffa-canvas");
          const box = c.getBoundingClientRect();
          return { width: c.width, height: c.height, css: [box.width, box.height],
            dpr: window.devicePixelRatio };
        });
        assert.equal(canvas.dpr, scale);
        assert.equal(canvas.width, Math.round(canvas.css[0] * scale));
        assert.equal(canvas.height, Math.round(canvas.css[1] * scale));
        assert.deepEqual(canvas.css, [1280, 800]);
        // The probe stays in CSS pixels whatever the ratio.
        const email = await widget(page, "email");
        assert.ok(email.rect[0] + email.rect[2] <= 1280);
        const file = path.join(screenshotDir, `sign_in@${scale}x.png`);
        await page.screenshot({ path: file });
        const shot = decodePng(fs.readFileSync(file));
        assert.equal(shot.width, 1280 * scale);
      });
    });
  }

  test("after a devicePixelRatio change the next frame resizes the backing store", async () => {
    await withApp({ width: 1000, height: 700, deviceScaleFactor: 1 }, async (page) => {
      // Headless Chromium's emulated ratio fires neither resize nor the media query's change
      // event that a real zoom or a move to another screen fires (canvas.cpp listens to both),
      // so a mouse move brings the next frame here.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setDeviceMetricsOverride",
        { width: 1000, height: 700, deviceScaleFactor: 2, mobile: false });
      await page.mouse.move(10, 300);
      await page.waitForFunction(() => {
        const c = document.getElementById("anskaffa-canvas");
        return window.devicePixelRatio === 2 && c.width === 2000 && c.height === 1400;
      }, null, { timeout: 5000 });
      const email = await widget(page, "email");
      assert.ok(email.rect[0] + email.rect[2] <= 1000, "the probe stays in CSS pixels");
      // Through the emulating session: Playwright's own screenshot would use its own ratio.
      const { data } = await cdp.send("Page.captureScreenshot", { format: "png" });
      const shot = decodePng(Buffer.from(data, "base64"));
      assert.equal(shot.width, 2000);
      assert.ok(inkStatistics(shot, pageBackground).dark > 800, "text is drawn at the new ratio");
      await cdp.detach();  // which also ends the emulation
    });
  });

  test("a window resize resizes the canvas and moves the layout", async () => {
    await withApp({ width: 1280, height: 800 }, async (page) => {
      const before = await widget(page, "sign_in");
      await page.setViewportSize({ width: 700, height: 600 });
      await waitForProbe(page, (p) => {
        const button = p.widgets.find((w) => w.id === "sign_in");
        return button && button.rect[0] !== before.rect[0];
      }, { what: "the layout to follow the resize" });
      const size = await page.evaluate(() => {
        const c = document.getElementById("anskaffa-canvas");
        return [c.width, c.height];
      });
      assert.deepEqual(size, [700, 600]);
    });
  });
});

describe("the page", () => {
  test("the wheel scrolls a screen taller than the window, in the wheel's direction", async () => {
    await withApp({ width: 800, height: 320 }, async (page) => {
      const before = await probe(page);
      assert.ok(!before.widgets.some((w) => w.id === "sign_in"), "the button starts out of view");
      const email = before.widgets.find((w) => w.id === "email");
      await page.mouse.move(400, 200);
      await page.mouse.wheel(0, 300);  // down
      const after = await waitForProbe(page, (p) => p.widgets.some((w) => w.id === "sign_in"),
        { what: "the button to scroll into view" });
      const moved = after.widgets.find((w) => w.id === "email");
      assert.ok(!moved || moved.rect[1] < email.rect[1], "content moved up");
      for (const w of after.widgets) {
        assert.ok(w.rect[1] >= 0 && w.rect[1] + w.rect[3] <= 320, `${w.id} is listed but not visible`);
      }
    });
  });

  test("going offline shows it, in the probe and on screen", async () => {
    await withApp({}, async (page, browser) => {
      assert.equal((await probe(page)).online, true);
      await browser.context.setOffline(true);
      await waitForProbe(page, (p) => p.online === false &&
        p.widgets.some((w) => w.id === "status.online" && w.value === false && w.label === "Offline"),
        { what: "online false and an offline note on screen" });
      await browser.context.setOffline(false);
      await waitForProbe(page, (p) => p.online === true &&
        p.widgets.some((w) => w.id === "status.online" && w.value === true),
        { what: "back online" });
    });
  });
});

describe("signing in", () => {
  test("a demo user signs in and sees who is signed in", async () => {
    const user = server.users.find((u) => u.roles.includes("requester")) ?? server.users[0];
    const answer = await fetch(`${server.url}/api/v1/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    assert.equal(answer.status, 200);
    const { name } = (await answer.json()).user;
    await withApp({}, async (page) => {
      await focusField(page, "email");
      await typeWithKeyEvents(page, user.email);
      await focusField(page, "password");
      await page.keyboard.insertText(user.password);
      await waitForProbe(page, (p) => p.widgets.find((w) => w.id === "password").value === user.password);
      await clickWidget(page, "sign_in");
      const signedIn = await waitForProbe(page, (p) => p.screen === "home",
        { timeout: 10000, what: "the signed-in screen" });
      // The top bar names who is signed in.
      const text = signedIn.widgets.find((w) => w.id === "user_name");
      assert.equal(text.label, name);
    });
  });

  test("a wrong password shows the server's own message, and Enter submits", async () => {
    const user = server.users.find((u) => u.roles.includes("reviewer")) ?? server.users[0];
    const expected = await serverSignInMessage(user.email, "sv");
    await withApp({}, async (page) => {
      await focusField(page, "email");
      await page.keyboard.insertText(user.email);
      await focusField(page, "password");
      await page.keyboard.insertText("fel-lösenord");
      await waitForProbe(page, (p) => p.widgets.find((w) => w.id === "password").value === "fel-lösenord");
      await page.keyboard.press("Enter");
      const failed = await waitForProbe(page, (p) => p.widgets.some((w) => w.id === "sign_in_error"),
        { timeout: 10000, what: "the error message" });
      assert.equal(failed.screen, "sign_in");
      assert.equal(failed.widgets.find((w) => w.id === "sign_in_error").label, expected);
    });
  });
});

describe("language", () => {
  test("the toggle switches the probe's lang and every label to English, and back", async () => {
    await withApp({}, async (page) => {
      assert.equal((await widget(page, "lang_toggle")).label, "English");
      await clickWidget(page, "lang_toggle");
      const english = await waitForProbe(page, (p) => p.lang === "en", { what: "lang en" });
      const label = (id) => english.widgets.find((w) => w.id === id).label;
      assert.equal(label("sign_in"), "Sign in");
      assert.equal(label("email"), "E-mail");
      assert.equal(label("password"), "Password");
      assert.equal(label("lang_toggle"), "Svenska");
      await clickWidget(page, "lang_toggle");
      const swedish = await waitForProbe(page, (p) => p.lang === "sv", { what: "lang sv" });
      assert.equal(swedish.widgets.find((w) => w.id === "sign_in").label, "Logga in");
    });
  });
});

describe("idle", () => {
  test("once input stops the app draws nothing, and input makes it draw again", async () => {
    await withApp({}, async (page) => {
      const frames = () => page.evaluate(() => window.anskaffaFrameCount);
      await page.waitForTimeout(500);
      const settled = await frames();
      await page.waitForTimeout(1000);
      assert.equal(await frames(), settled, "frames were drawn while nothing happened");
      assert.equal((await probe(page)).frames, settled);

      await page.mouse.move(300, 300);
      await page.mouse.move(320, 310);
      await page.waitForTimeout(200);
      const moved = await frames();
      assert.ok(moved > settled, "a mouse move draws");

      await focusField(page, "email");
      await page.waitForTimeout(500);
      const editing = await frames();
      await page.waitForTimeout(1000);
      assert.equal(await frames(), editing, "an active text field does not keep drawing");
    });
  });
});
