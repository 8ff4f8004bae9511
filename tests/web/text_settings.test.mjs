// A typeface and text spacing of the user's own (WCAG 1.4.5, 1.4.12): text drawn on a canvas
// cannot be restyled by a user's style sheet, so the app offers the restyling itself, in a
// dialog reached from every screen. The choice changes every text drawn, is kept on the
// device, is there offline, and leaves nothing cut off or drawn over at 320 CSS px.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";

import { openApp, openBrowser, probe, waitForProbe } from "./lib/browser.mjs";
import { findWidget, scrollIntoView, settle } from "./lib/form.mjs";
import { overlaps } from "./lib/layout.mjs";
import {
  activate,
  axNodeOf,
  axProperty,
  axTree,
  expectNoViolations,
  nameOf,
  roleOf,
  signInThroughMirror,
} from "./lib/mirror.mjs";
import { demoUser, withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, startServer, useServer } from "./lib/server.mjs";

const teacher = "larare@demo.anskaffa.example";
const screenshotDir = screenshotFolder("text_settings");
const server = useServer();

// Body text is 15 CSS px; WCAG 1.4.12's line height is 1.5 times that.
const kBodySize = 15;

const lookIs = (page, typeface, spacing, what = `${typeface}, ${spacing}`) =>
  waitForProbe(page, (p) => p.text?.typeface === typeface && p.text?.spacing === spacing,
    { timeout: 15000, what });

// Opens the dialog from its button (wherever the screen has it), through the mirror.
async function openDialog(page) {
  await activate(page, "text_settings");
  await waitForProbe(page, (p) => findWidget(p, "text_settings.title"), { what: "the dialog" });
  await settle(page);
}

async function closeDialog(page) {
  await page.keyboard.press("Escape");
  await waitForProbe(page, (p) => !findWidget(p, "text_settings.title"), { what: "closed" });
  await settle(page);
}

// With a dialog open, what it is drawn over does not count: only its own widgets (`within`).
function checkReflow(probed, width, where, within = "") {
  const shown = { ...probed, widgets: probed.widgets.filter((w) => w.id.startsWith(within)) };
  assert.deepEqual(overlaps(shown), [], `${where}: no widget drawn over another`);
  assert.equal(probed.layout.width, width, `${where}: the page's width`);
  assert.deepEqual(probed.layout.overflow, [], `${where}: nothing reaches past the right edge`);
  assert.equal(probed.layout.scroll_x, 0,
    `${where}: no window scrolls sideways: ${probed.layout.scrolls_sideways}`);
}

describe("typeface and text spacing", () => {
  test("T-text: the dialog, used through the mirror, sets the face and spacing of every text; the choice outlasts a reload", async () => {
    await withSignedIn(server, teacher, async (page) => {
      await settle(page);
      const before = await probe(page);
      assert.deepEqual(before.text, { typeface: "noto_sans", spacing: "normal" });
      const buttonBefore = findWidget(before, "home.new_request");
      const lineBefore = before.layout.body_line_px;
      assert.ok(lineBefore < 1.5 * kBodySize, `Noto Sans's own line: ${lineBefore} CSS px`);

      await openDialog(page);
      const open = await probe(page);
      const { nodes, below } = await axTree(page);
      const dialog = nodes.find((n) => roleOf(n) === "dialog");
      assert.ok(dialog, "a dialog in the accessibility tree");
      assert.equal(nameOf(dialog), findWidget(open, "text_settings.title").label);
      assert.equal(axProperty(dialog, "modal"), true);
      const groups = below(dialog).filter((n) => roleOf(n) === "group");
      assert.deepEqual(groups.map(nameOf), ["Typsnitt", "Textavstånd"]);
      const radios = (group) => below(group).filter((n) => roleOf(n) === "radio");
      assert.deepEqual(radios(groups[0]).map(nameOf),
        ["Noto Sans (standard)", "Noto Serif", "Andika", "OpenDyslexic"]);
      const checked = (group) => radios(group).map((n) => String(axProperty(n, "checked")));
      assert.deepEqual(checked(groups[0]), ["true", "false", "false", "false"]);
      assert.deepEqual(radios(groups[1]).map(nameOf).map((name) => name.split(":")[0]),
        ["Normalt", "Större"]);
      assert.deepEqual(checked(groups[1]), ["true", "false"]);
      const focused = await page.evaluate(() => document.activeElement?.dataset?.probeId);
      assert.ok(focused?.startsWith("text_settings."), `focus in the dialog: ${focused}`);
      await expectNoViolations(page, "the text settings dialog");

      await activate(page, "text_settings.typeface.open_dyslexic");
      await activate(page, "text_settings.spacing.wide");
      await lookIs(page, "open_dyslexic", "wide");
      await settle(page);
      assert.equal(String(axProperty(await axNodeOf(page, "text_settings.typeface.open_dyslexic"),
        "checked")), "true");
      assert.equal(String(axProperty(await axNodeOf(page, "text_settings.spacing.wide"),
        "checked")), "true");
      await page.screenshot({ path: path.join(screenshotDir, "dialog_open_dyslexic_wide.png") });

      await closeDialog(page);
      assert.equal(await page.evaluate(() => document.activeElement?.dataset?.probeId),
        "text_settings", "focus returns to the button that opened the dialog");
      const after = await probe(page);
      assert.ok(after.layout.body_line_px >= 1.5 * kBodySize,
        `lines at least 1.5 em apart: ${after.layout.body_line_px} CSS px`);
      // "Ny beställning": wider letters, and 0.12 em between them.
      const buttonAfter = findWidget(after, "home.new_request");
      assert.ok(buttonAfter.rect[2] > buttonBefore.rect[2] * 1.15,
        `the button fits its wider label: ${buttonBefore.rect[2]} → ${buttonAfter.rect[2]}`);
      checkReflow(after, 1280, "home in OpenDyslexic, wide");
      await page.screenshot({ path: path.join(screenshotDir, "home_open_dyslexic_wide_1280.png") });
      await expectNoViolations(page, "home in OpenDyslexic, wide");

      // Kept on the device: the first frame after a reload is drawn as chosen.
      await page.reload();
      await page.waitForFunction(() => typeof window.anskaffaProbe === "function", null,
        { timeout: 20000 });
      assert.deepEqual((await probe(page)).text, { typeface: "open_dyslexic", spacing: "wide" });

      // Back to the standard look, the same way.
      await openDialog(page);
      await activate(page, "text_settings.typeface.noto_sans");
      await activate(page, "text_settings.spacing.normal");
      await lookIs(page, "noto_sans", "normal");
      await closeDialog(page);
      const back = await probe(page);
      assert.equal(back.layout.body_line_px, lineBefore);
      assert.equal(findWidget(back, "home.new_request").rect[2], buttonBefore.rect[2]);
    });
  });

  test("T-text-reflow: at 320 CSS px in OpenDyslexic with wide spacing, nothing is cut off or drawn over", async () => {
    const size = { width: 320, height: 640, deviceScaleFactor: 2 };
    const browser = await openBrowser(size);
    try {
      const page = browser.page;
      await openApp(page, server.url);
      // Before signing in the settings are under the sign-in card.
      await openDialog(page);
      await activate(page, "text_settings.typeface.open_dyslexic");
      await activate(page, "text_settings.spacing.wide");
      await lookIs(page, "open_dyslexic", "wide");
      await page.screenshot({ path: path.join(screenshotDir, "dialog_320.png") });
      await closeDialog(page);
      checkReflow(await probe(page), size.width, "sign-in");
      await page.screenshot({ path: path.join(screenshotDir, "sign_in_320.png") });

      await signInThroughMirror(page, demoUser(server, teacher));
      await settle(page);
      checkReflow(await probe(page), size.width, "home");
      await page.screenshot({ path: path.join(screenshotDir, "home_320.png") });
      await activate(page, "home.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      await settle(page);
      checkReflow(await probe(page), size.width, "request form");
      await page.screenshot({ path: path.join(screenshotDir, "form_320.png") });
      const next = await scrollIntoView(page, "form.next");
      assert.ok(next.rect[0] >= 0 && next.rect[0] + next.rect[2] <= size.width + 0.5,
        `form.next inside the page: ${next.rect}`);
      checkReflow(await probe(page), size.width, "request form, scrolled");
      await page.screenshot({ path: path.join(screenshotDir, "form_end_320.png") });

      // The narrow window's menu has the settings too, and the dialog fits its width.
      await activate(page, "nav.menu");
      await waitForProbe(page, (p) => findWidget(p, "text_settings"), { what: "the menu's button" });
      await openDialog(page);
      checkReflow(await probe(page), size.width, "the dialog from the menu", "text_settings.");
      await expectNoViolations(page, "the dialog at 320 px");
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });

  test("T-text-fetch: a face that cannot be fetched is said so and text stays readable; Try again fetches it", async () => {
    await withSignedIn(server, teacher, async (page) => {
      const context = page.context();
      // context.route: the service worker's fetches too.
      let refused = 0;
      await context.route("**/fonts/NotoSerif-Regular.ttf", (route) => {
        refused += 1;
        return route.fulfill({ status: 503, body: "" });
      });
      await openDialog(page);
      await activate(page, "text_settings.typeface.noto_serif");
      const failed = await waitForProbe(page,
        (p) => findWidget(p, "text_settings.status")?.label.startsWith("Typsnittet kunde inte"),
        { timeout: 10000, what: "the failure said" });
      assert.deepEqual(failed.text, { typeface: "noto_sans", spacing: "normal" },
        "drawn in Noto Sans meanwhile");
      // Said at once, as an error is (the mirror's assertive live region).
      await page.waitForFunction((said) => document.querySelector(
        '#anskaffa-a11y [role="alert"][aria-live="assertive"]')?.textContent === said,
      findWidget(failed, "text_settings.status").label);
      assert.equal(refused, 1, "asked for once");
      await context.unroute("**/fonts/NotoSerif-Regular.ttf");
      await activate(page, "text_settings.retry");
      await lookIs(page, "noto_serif", "normal");
      await settle(page);
      assert.equal(findWidget(await probe(page), "text_settings.status"), undefined);
      await page.screenshot({ path: path.join(screenshotDir, "dialog_noto_serif.png") });
    });
  });

  test("T-text-offline: a face chosen online is there offline, after a reload with no server", async () => {
    const own = await startServer();
    const browser = await openBrowser();
    try {
      const { page, context } = browser;
      await openApp(page, own.url);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await openDialog(page);
      await activate(page, "text_settings.typeface.andika");
      await lookIs(page, "andika", "normal");
      const kept = await page.evaluate(async () =>
        (await (await caches.open("anskaffa-fonts")).keys()).map((r) => new URL(r.url).pathname));
      assert.deepEqual(kept, ["/fonts/Andika-Regular.ttf"], "the chosen face is kept");

      await context.setOffline(true);
      await own.stop();
      await page.reload();
      await page.waitForFunction(() => typeof window.anskaffaProbe === "function", null,
        { timeout: 20000 });
      const offline = await probe(page);
      assert.equal(offline.online, false);
      assert.deepEqual(offline.text, { typeface: "andika", spacing: "normal" });
      await page.screenshot({ path: path.join(screenshotDir, "sign_in_andika_offline.png") });
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
      await own.stop();
    }
  });
});
