// WCAG 2.1 AA through the accessibility mirror, part 2: lists are tables a screen reader moves
// through by row and column (1.3.1), the administration's tabs are a tab list with its panel,
// a modal dialog holds the focus until Escape gives it back to its opener (2.1.2, 2.4.3), and
// at 200 % zoom and at 320 CSS px nothing needs sideways scrolling and text keeps its size
// (1.4.4, 1.4.10), and a two-finger pinch on a touch screen enlarges the app (1.4.4).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import {
  cdpSession,
  clickWidget,
  openApp,
  openBrowser,
  probe,
  waitForProbe,
} from "./lib/browser.mjs";
import { expectIdle, findWidget, scrollIntoView, settle } from "./lib/form.mjs";
import {
  activate,
  axProperty,
  axTree,
  fillField,
  mirrored,
  nameOf,
  roleOf,
  signInThroughMirror,
  tableIn,
} from "./lib/mirror.mjs";
import { demoUser, withSignedIn } from "./lib/people.mjs";
import { overlaps } from "./lib/layout.mjs";
import { decodePng } from "./lib/png.mjs";
import { screenshotFolder, startServer, useServer } from "./lib/server.mjs";

const teacher = "larare@demo.anskaffa.example";
const reviewer = "granskare@demo.anskaffa.example";
const admin = "admin@demo.anskaffa.example";

const screenshotDir = screenshotFolder("accessibility");

const server = useServer();

// The mirror's tree as the app sends it (all widgets drawn, also those scrolled out of view).
const mirrorTree = (page) =>
  page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._anskaffa_a11y_tree())));

// A table of the accessibility tree by its caption: its column headers and its data rows.
async function axTable(page, caption) {
  const tree = await axTree(page);
  const found = tableIn(tree, caption);
  assert.ok(found, `a table captioned "${caption}": ${tree.nodes
    .filter((n) => roleOf(n) === "table").map(nameOf)}`);
  return { headers: found.headers, rows: found.rows, below: tree.below };
}

describe("lists as tables", () => {
  test("the review queue is a table with its column headers and a row per request; a row's button opens it", async () => {
    await withSignedIn(server, reviewer, async (page) => {
      await activate(page, "nav.review_queue");
      await waitForProbe(page, (p) => p.screen === "review_queue" &&
        p.widgets.some((w) => /^queue\.\d+$/.test(w.id)), { what: "the queue's rows" });
      await settle(page);
      const probed = await probe(page);
      const shownRows = probed.widgets.filter((w) => /^queue\.\d+$/.test(w.id));
      const drawnRows = (await mirrorTree(page)).nodes.filter((n) => /^queue\.\d+$/.test(n.id));
      const caption = findWidget(probed, "title").label;
      const { headers, rows, below } = await axTable(page, caption);
      const columns = probed.widgets.filter((w) => w.id.startsWith("queue.column."))
        .map((w) => w.label);
      assert.equal(columns.length, 6, "the wide queue has six sortable columns");
      assert.deepEqual(headers, columns);
      assert.equal(rows.length, drawnRows.length, "a row for each request the queue draws");
      assert.ok(rows.length >= shownRows.length && shownRows.length > 0, `${rows.length} rows`);
      // Each row starts with the button that opens it, then a cell for each further column.
      const first = rows[0];
      const cells = below(first).filter((n) => ["rowheader", "cell"].includes(roleOf(n)));
      assert.equal(cells.length, 6);
      const spoken = (text) => text.replace(/\s+/g, " ");
      assert.ok(below(cells[0]).some((n) => roleOf(n) === "button" &&
        nameOf(n) === spoken(drawnRows[0].label)), JSON.stringify(below(cells[0]).map(nameOf)));
      console.log(`queue: ${rows.length} rows, columns ${headers.join(" | ")}`);
      await expectIdle(page, "the queue as a table");

      const target = shownRows[shownRows.length - 1];
      await activate(page, target.id);
      await waitForProbe(page, (p) => p.screen === "request" &&
        findWidget(p, "title")?.label.startsWith(target.value.case_number),
        { what: `the request ${target.value.case_number}` });

      // On a narrow window the queue is rows, not the wide table: a table all the same.
      await page.setViewportSize({ width: 390, height: 844 });
      await activate(page, "nav.menu");
      await activate(page, "nav.review_queue");
      await waitForProbe(page, (p) => p.screen === "review_queue" &&
        p.widgets.some((w) => /^queue\.\d+$/.test(w.id)));
      await settle(page);
      const narrow = await axTable(page, caption);
      assert.equal(narrow.headers.length, 4, narrow.headers.join(" | "));
      const narrowDrawn = (await mirrorTree(page)).nodes.filter((n) => /^queue\.\d+$/.test(n.id));
      assert.equal(narrow.rows.length, narrowDrawn.length);
    });
  });

  test("the catalogue and a teacher's own requests are tables too", async () => {
    await withSignedIn(server, teacher, async (page) => {
      await settle(page);
      const mine = (await mirrorTree(page)).nodes.filter((n) => /^mine\.\d+$/.test(n.id));
      if (mine.length > 0) {
        const table = await axTable(page, "Dina ärenden");
        assert.equal(table.rows.length, mine.length);
        assert.equal(table.headers.length, 3, table.headers.join(" | "));
      }
      await activate(page, "nav.catalog");
      await waitForProbe(page, (p) => p.screen === "catalog" &&
        p.widgets.some((w) => /^catalog\.\d+$/.test(w.id)), { what: "the catalogue's rows" });
      await settle(page);
      const items = (await mirrorTree(page)).nodes.filter((n) => /^catalog\.\d+$/.test(n.id));
      const caption = findWidget(await probe(page), "title").label;
      const { headers, rows } = await axTable(page, caption);
      assert.equal(headers.length, 4, headers.join(" | "));
      assert.equal(rows.length, items.length);
      await activate(page, items[0].id);
      await waitForProbe(page, (p) => p.screen === "catalog_entry");
    });
  });
});

describe("landmarks", () => {
  test("on a narrow window the open menu's links are in the navigation landmark, not in main, and its heading names the page", async () => {
    await withSignedIn(server, reviewer, async (page) => {
      await activate(page, "nav.menu");
      await waitForProbe(page, (p) => findWidget(p, "nav.review_queue"), { what: "the menu" });
      await settle(page);
      const probed = await probe(page);
      const links = probed.widgets.filter((w) => w.kind === "link").map((w) => w.label);
      assert.ok(links.length >= 3, links.join(" | "));
      const { nodes, below } = await axTree(page);
      const linksIn = (role) => nodes.filter((n) => roleOf(n) === role)
        .flatMap((n) => below(n)).filter((n) => roleOf(n) === "link").map(nameOf);
      assert.deepEqual(linksIn("navigation"), links);
      assert.deepEqual(linksIn("main"), [], "no link of the menu in main");
      // The user's name and signing out are in the banner, as on a wide window's top bar.
      const banner = nodes.find((n) => roleOf(n) === "banner");
      assert.ok(below(banner).some((n) => roleOf(n) === "button" &&
        nameOf(n) === findWidget(probed, "sign_out").label), "signing out in the banner");
      // The menu is in the screen's place: main holds its heading, which names the page.
      const mainHeadings = nodes.filter((n) => roleOf(n) === "main").flatMap((n) => below(n))
        .filter((n) => roleOf(n) === "heading").map(nameOf);
      assert.deepEqual(mainHeadings, [findWidget(probed, "menu.title").label]);
      assert.equal(await page.title(), `${mainHeadings[0]} – Anskaffa`);
      console.log(`menu: ${links.length} links in navigation: ${links.join(" | ")}`);
      await expectIdle(page, "the open menu");
      // Closed again, the screen is back in main and the navigation is hidden with the menu.
      await activate(page, "nav.menu");
      await waitForProbe(page, (p) => !findWidget(p, "nav.review_queue"), { what: "closed" });
      await settle(page);
      const closed = await axTree(page);
      assert.ok(closed.nodes.some((n) => roleOf(n) === "main"));
      // The home screen's own links to the handling screens stay, in main.
      const closedLinksIn = (role) => closed.nodes.filter((n) => roleOf(n) === role)
        .flatMap((n) => closed.below(n)).filter((n) => roleOf(n) === "link").length;
      assert.equal(closedLinksIn("navigation"), 0, "the navigation is hidden with the menu");
      // Every link left is in main, but the banner's skip link (L-skip).
      const skipLinks = closedLinksIn("banner");
      assert.equal(skipLinks, 1, "the banner's one link is the skip link");
      assert.equal(closedLinksIn("main"),
        closed.nodes.filter((n) => roleOf(n) === "link").length - skipLinks,
        "every other link left is in main");
    }, { width: 390, height: 844 });
  });
});

describe("reading order", () => {
  test("L-skip: the first Tab shows a link to the screen; Enter takes the keyboard past the bar and the navigation", async () => {
    await withSignedIn(server, reviewer, async (page) => {
      await settle(page);
      assert.equal(findWidget(await probe(page), "skip_to_content"), undefined,
        "not seen until it has the focus");
      // The keyboard from the page's start.
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press("Tab");
      await settle(page);
      const focusedId = () => page.evaluate(() => document.activeElement?.dataset?.probeId);
      assert.equal(await focusedId(), "skip_to_content", "the first Tab stop");
      const shown = await waitForProbe(page, (p) => p.focus === "skip_to_content" &&
        findWidget(p, "skip_to_content"), { what: "the skip link seen, with the focus ring" });
      const link = findWidget(shown, "skip_to_content");
      assert.equal(link.label, "Hoppa till innehållet");
      assert.equal(link.kind, "link");
      assert.ok(link.rect[2] > 100 && link.rect[3] > 20 && link.rect[1] < 56,
        `drawn in the top bar: ${link.rect}`);
      await page.screenshot({ path: path.join(screenshotDir, "skip_link.png") });

      await page.keyboard.press("Enter");
      await waitForProbe(page, (p) => p.focus && p.focus !== "skip_to_content",
        { what: "the focus moved on" });
      await settle(page);
      const after = await probe(page);
      const target = await focusedId();
      assert.equal(target, after.focus, "the mirror's focus and the app's are one");
      assert.ok(await page.evaluate(() => document.querySelector("#anskaffa-a11y > main")
        .contains(document.activeElement)), `${target} is in main`);
      assert.equal(findWidget(after, "skip_to_content"), undefined, "hidden again");
      // The first control of the screen, ahead of every link of the navigation.
      const order = await page.evaluate(() => [...document.querySelectorAll(
        "#anskaffa-a11y main [data-probe-id]")].map((e) => e.dataset.probeId));
      assert.equal(target, order[0], `the screen's first control: ${order.slice(0, 3)}`);
      console.log(`skip link: Enter moved the focus to ${target}`);
    });
  });

  test("the top bar is read and tabbed left to right, as it is seen", async () => {
    await withSignedIn(server, reviewer, async (page) => {
      await settle(page);
      const probed = await probe(page);
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll("#anskaffa-a11y header [id^='a11y:']")]
          .map((e) => e.id.split(":")[1]).filter((id, i, all) => all.indexOf(id) === i));
      const shown = ids.map((id) => findWidget(probed, id)).filter(Boolean);
      assert.ok(shown.length >= 5, `the bar's items: ${ids.join(", ")}`);
      for (const id of ["status.online", "user_name", "sign_out", "lang_toggle"]) {
        assert.ok(ids.includes(id), `${id} in the banner: ${ids.join(", ")}`);
      }
      const lefts = shown.map((w) => w.rect[0]);
      assert.deepEqual(lefts, [...lefts].sort((a, b) => a - b),
        `in the mirror's order, left to right: ${shown.map((w) => `${w.id}@${w.rect[0]}`)}`);
      // Tab from signing out goes on to the language, the item to its right.
      await (await mirrored(page, "sign_out")).focus();
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.id.split(":")[1]),
        "lang_toggle");
    });
  });
});

describe("tabs", () => {
  test("the administration's tabs are a tab list; arrows move, Enter switches the panel", async () => {
    await withSignedIn(server, admin, async (page) => {
      await activate(page, "nav.admin");
      await waitForProbe(page, (p) => p.screen === "admin" && findWidget(p, "admin.tab.users"));
      await settle(page);
      let { nodes, below } = await axTree(page);
      const tablist = nodes.find((n) => roleOf(n) === "tablist");
      assert.ok(tablist, "a tab list");
      const tabs = below(tablist).filter((n) => roleOf(n) === "tab");
      assert.deepEqual(tabs.map(nameOf), ["Användare", "Enheter"]);
      assert.deepEqual(tabs.map((t) => axProperty(t, "selected")), [true, false]);
      let panel = nodes.find((n) => roleOf(n) === "tabpanel");
      assert.equal(nameOf(panel), "Användare", "the panel is named by its tab");
      assert.ok(below(panel).some((n) => roleOf(n) === "button" || roleOf(n) === "textbox"),
        "the users' part is inside the panel");

      // The chosen tab is the list's one Tab stop; the arrow keys move to the other.
      const users = await mirrored(page, "admin.tab.users");
      await users.focus();
      await waitForProbe(page, (p) => p.focus === "admin.tab.users");
      assert.equal(await page.evaluate((id) => document.getElementById(id).tabIndex,
        "a11y:admin.tab.units"), -1);
      await page.keyboard.press("ArrowRight");
      await waitForProbe(page, (p) => p.focus === "admin.tab.units", { what: "focus on Enheter" });
      assert.equal(await page.evaluate(() => document.activeElement.dataset.probeId),
        "admin.tab.units");
      await page.keyboard.press("Enter");
      await waitForProbe(page, (p) => findWidget(p, "admin.tab.units")?.value === true &&
        p.widgets.some((w) => /^unit\.\d+$/.test(w.id)), { what: "the units' panel" });
      await settle(page);
      ({ nodes, below } = await axTree(page));
      panel = nodes.find((n) => roleOf(n) === "tabpanel");
      assert.equal(nameOf(panel), "Enheter");
      const selected = nodes.filter((n) => roleOf(n) === "tab" && axProperty(n, "selected"));
      assert.deepEqual(selected.map(nameOf), ["Enheter"]);
      await expectIdle(page, "the units' tab");
      // Home wraps round to the first tab.
      await page.keyboard.press("Home");
      await waitForProbe(page, (p) => p.focus === "admin.tab.users");
    });
  });
});

describe("multiple ways", () => {
  test("the home screen links to every handling screen the navigation has, and each link opens it", async () => {
    await withSignedIn(server, reviewer, async (page) => {
      await waitForProbe(page, (p) => findWidget(p, "nav.review_queue"), { what: "the navigation" });
      const handling = ["review_queue", "agreements", "changes", "stats"];
      const navigation = await probe(page);
      for (const screen of handling) {
        await mirrored(page, `home.go.${screen}`);
        const link = await page.evaluate((id) => {
          const element = document.getElementById(`a11y:${id}`);
          return { tag: element.tagName, name: element.textContent,
            inNav: !!element.closest("nav"), inMain: !!element.closest("main") };
        }, `home.go.${screen}`);
        assert.deepEqual(link, { tag: "A", name: findWidget(navigation, `nav.${screen}`).label,
          inNav: false, inMain: true }, screen);
        await activate(page, `home.go.${screen}`);
        await waitForProbe(page, (p) => p.screen === screen, { what: `the ${screen} screen` });
        await activate(page, "nav.home");
        await waitForProbe(page, (p) => p.screen === "home");
      }
    });
    // Someone without handling screens has no such links.
    await withSignedIn(server, teacher, async (page) => {
      await mirrored(page, "home.my_requests");
      await settle(page);
      assert.equal(await page.evaluate(() =>
        document.querySelectorAll('#anskaffa-a11y [id^="a11y:home.go."]').length), 0);
    });
  });
});

describe("dialogs", () => {
  test("the sign-out question is a modal dialog: focus moves in, the rest is inert, Escape closes it and focus returns", async () => {
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await openApp(page, server.url);
      await signInThroughMirror(page, demoUser(server, teacher));
      // A started request is a draft on this device: signing out asks what becomes of it.
      await activate(page, "nav.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      await fillField(page, "requester_name", "Åsa Öberg");
      await waitForProbe(page, (p) => findWidget(p, "requester_name")?.value === "Åsa Öberg");
      await settle(page);

      await activate(page, "sign_out");
      await waitForProbe(page, (p) => findWidget(p, "sign_out.title"), { what: "the dialog" });
      await settle(page);
      const open = await probe(page);
      const title = findWidget(open, "sign_out.title").label;
      const { nodes, below } = await axTree(page);
      const dialog = nodes.find((n) => roleOf(n) === "dialog");
      assert.ok(dialog, "a dialog in the accessibility tree");
      assert.equal(nameOf(dialog), title, "labelled by its title");
      assert.equal(axProperty(dialog, "modal"), true);
      assert.ok(below(dialog).some((n) => roleOf(n) === "button" && nameOf(n) ===
        findWidget(open, "sign_out.cancel").label));
      // Focus is in the dialog, here and in the app; what is behind it is inert.
      const focused = await page.evaluate(() => document.activeElement?.dataset?.probeId);
      assert.ok(focused?.startsWith("sign_out."), `focus in the dialog: ${focused}`);
      await waitForProbe(page, (p) => p.focus === focused, { what: "the app's focus ring" });
      assert.deepEqual(await page.evaluate(() =>
        ["header", "nav", "main"].map((tag) => document.querySelector(`#anskaffa-a11y > ${tag}`).inert)),
      [true, true, true]);
      assert.ok(!nodes.some((n) => nameOf(n) === "Ny beställning"),
        "the navigation is out of the accessibility tree while the dialog is open");

      // Tab goes round inside the dialog: no way out but its buttons and Escape.
      const focusedId = () => page.evaluate(() => document.activeElement?.dataset?.probeId);
      await page.keyboard.press("Shift+Tab");
      assert.equal(await focusedId(), "sign_out.confirm", "Shift+Tab from the first goes to the last");
      await page.keyboard.press("Tab");
      assert.equal(await focusedId(), "sign_out.remove_drafts", "Tab from the last to the first");
      await waitForProbe(page, (p) => p.focus === "sign_out.remove_drafts");

      await page.keyboard.press("Escape");
      await waitForProbe(page, (p) => !findWidget(p, "sign_out.title"), { what: "closed" });
      await settle(page);
      assert.equal(await page.evaluate(() => document.activeElement?.dataset?.probeId), "sign_out",
        "focus returns to the button that opened the dialog");
      await waitForProbe(page, (p) => p.focus === "sign_out", { what: "the ring on sign_out" });
      const after = await probe(page);
      assert.equal(after.screen, "request_form", "still signed in, the form as it was");
      assert.equal(findWidget(after, "requester_name")?.value, "Åsa Öberg");
      assert.equal(await page.evaluate(() => document.querySelector("#anskaffa-a11y > main").inert),
        false);

      // With the mouse and the keyboard on the canvas, Escape closes it the same way.
      await clickWidget(page, "sign_out");
      await waitForProbe(page, (p) => findWidget(p, "sign_out.title"), { what: "the dialog again" });
      await page.keyboard.press("Escape");
      await waitForProbe(page, (p) => !findWidget(p, "sign_out.title") &&
        p.screen === "request_form", { what: "closed by Escape on the canvas" });
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });
});

describe("time limits", () => {
  test("before the session ends a modal dialog says when; Continue renews it, and without it the session ends", async () => {
    // 30 s without a request: the server says 27 are sure (last-seen lags up to 3 s), and the
    // app warns half of that before the end, 13.5 s after the last request.
    const short = await startServer({ sessionIdleSeconds: 30 });
    try {
      await withSignedIn(short, teacher, async (page) => {
        const signedInAt = Date.now();
        await waitForProbe(page, (p) => findWidget(p, "session_ending.title"),
          { what: "the warning", timeout: 25000 });
        await settle(page);
        const open = await waitForProbe(page, (p) => findWidget(p, "session_ending.intro") &&
          findWidget(p, "session_ending.continue"), { what: "the warning's text and button" });
        const warnedAfter = (Date.now() - signedInAt) / 1000;
        assert.ok(warnedAfter > 5, `not at once: after ${warnedAfter} s`);
        const title = findWidget(open, "session_ending.title").label;
        const intro = findWidget(open, "session_ending.intro").label;
        assert.match(intro, /\b\d\d:\d\d\b/, "it says at what time");
        await settle(page);
        const { nodes, below } = await axTree(page);
        const dialog = nodes.find((n) => roleOf(n) === "dialog");
        assert.ok(dialog, "a dialog in the accessibility tree");
        assert.equal(nameOf(dialog), title, "labelled by its title");
        assert.equal(axProperty(dialog, "modal"), true);
        const button = findWidget(open, "session_ending.continue").label;
        assert.ok(below(dialog).some((n) => roleOf(n) === "button" && nameOf(n) === button));
        await page.screenshot({ path: path.join(screenshotDir, "session_ending.png") });

        // Continue, through the mirror: the dialog goes and the session lives on past the
        // end it had.
        // Continue a few seconds after the warning came: the next warning comes half a session
        // after Continue, which would otherwise be the very moment of the first end checked
        // below.
        await page.waitForTimeout(3000);
        const continuedAt = Date.now();
        await activate(page, "session_ending.continue");
        await waitForProbe(page, (p) => !findWidget(p, "session_ending.title"),
          { what: "the warning closed" });
        await expectIdle(page, "after continuing");
        const firstEnd = signedInAt + 27000;
        await page.waitForTimeout(Math.max(0, firstEnd + 1000 - Date.now()));
        let probed = await probe(page);
        assert.ok(!findWidget(probed, "sign_in_again.title") &&
          !findWidget(probed, "session_ending.title"), "still signed in after the first end");
        await activate(page, "nav.catalog");
        await waitForProbe(page, (p) => p.widgets.some((w) => /^catalog\.\d+$/.test(w.id)),
          { what: "the catalogue, from the server" });
        // That request renewed it too; the warning comes again, then the session ends.
        await waitForProbe(page, (p) => findWidget(p, "session_ending.title"),
          { what: "the warning again", timeout: 25000 });
        console.log(`warned after ${warnedAfter.toFixed(1)} s; continued at ` +
          `${((continuedAt - signedInAt) / 1000).toFixed(1)} s; "${intro}"`);
        // The end is 27 s after the catalogue's answer. The warning may already have come just
        // before that answer moved the end (the app's timer and the request race), so the wait
        // is counted from the answer, not from the warning.
        await waitForProbe(page, (p) => findWidget(p, "sign_in_again.title") &&
          !findWidget(p, "session_ending.title"), { what: "signing in again", timeout: 40000 });
        // The server's end is at most 3 s later than the app's (its last-seen may lag).
        await page.waitForTimeout(4000);
        assert.equal(await page.evaluate(async () => (await fetch("/api/v1/session")).status), 401);
        probed = await probe(page);
        assert.equal(probed.screen, "catalog", "the screen stays under the sign-in dialog");
      });
    } finally {
      await short.stop();
    }
  });

  test("the warning waits for a request on its way, whose answer renews the session", async () => {
    // As above, the warning is due 13.5 s after the last request. Requests sent 9 s in are
    // held 8 s: the moment comes while they are on their way, and their answers move the end.
    const short = await startServer({ sessionIdleSeconds: 30 });
    try {
      await withSignedIn(short, teacher, async (page) => {
        const signedInAt = Date.now();
        await settle(page);
        await page.waitForTimeout(Math.max(0, signedInAt + 9000 - Date.now()));
        let sentAt = 0;
        let held = 0;
        let answered = 0;
        await page.context().route("**/api/**", async (route) => {
          sentAt ||= Date.now();
          held++;
          await new Promise((resolve) => setTimeout(resolve, 8000));
          await route.continue();
          answered++;
        });
        await activate(page, "nav.catalog");
        // Until the answers are in, no warning: the session is being renewed.
        while (held === 0 || answered < held) {
          assert.ok(!findWidget(await probe(page), "session_ending.title"),
            `no warning ${((Date.now() - signedInAt) / 1000).toFixed(1)} s after signing in`);
          assert.ok(Date.now() - signedInAt < 30000, "the held requests were answered");
          await page.waitForTimeout(100);
        }
        await settle(page);
        const answeredAt = Date.now();
        assert.ok(!findWidget(await probe(page), "session_ending.title"), "no warning after them");
        assert.ok(answeredAt - signedInAt > 14500,
          `the answer came after the first warning was due: ${answeredAt - signedInAt} ms`);
        await page.context().unroute("**/api/**");
        await expectIdle(page, "after the answer");
        // The warning comes 13.5 s after the held request was sent, not before.
        await waitForProbe(page, (p) => findWidget(p, "session_ending.title"),
          { what: "the warning", timeout: 20000 });
        const warnedAfter = (Date.now() - sentAt) / 1000;
        console.log(`request sent ${((sentAt - signedInAt) / 1000).toFixed(1)} s in, answered ` +
          `${((answeredAt - signedInAt) / 1000).toFixed(1)} s in; warned ${warnedAfter.toFixed(1)} s after it was sent`);
        assert.ok(warnedAfter > 12.5, `warned ${warnedAfter} s after the renewing request`);
      });
    } finally {
      await short.stop();
    }
  });
});

// Zoom and reflow. 200 % browser zoom of a 1280 × 800 window lays the page out in 640 × 400
// CSS px drawn at devicePixelRatio 2, which is what Chromium's zoom does; the viewport is set
// so (deviceScaleFactor 2, half the width and height) since headless Chromium has no zoom
// control. WCAG 1.4.10's 320 CSS px is a 1280 px window at 400 %.
const sizes = [
  { name: "zoom100", width: 1280, height: 800, deviceScaleFactor: 1 },
  { name: "zoom200", width: 640, height: 400, deviceScaleFactor: 2 },
  { name: "width320", width: 320, height: 640, deviceScaleFactor: 2 },
  { name: "phone390", width: 390, height: 844, deviceScaleFactor: 1 },
];
// The body text's line at 100 %, in CSS px: zoomed, it must be no smaller.
let unzoomedLine = null;

function checkLayout(probed, size, where) {
  const { layout } = probed;
  assert.deepEqual(overlaps(probed), [], `${where}: no widget drawn over another`);
  assert.equal(layout.width, size.width, `${where}: the page is laid out in CSS px`);
  assert.equal(layout.dpr, size.deviceScaleFactor, `${where}: drawn at the zoom's resolution`);
  assert.deepEqual(layout.overflow, [], `${where}: nothing reaches past the right edge`);
  assert.equal(layout.scroll_x, 0, `${where}: no window scrolls sideways: ${layout.scrolls_sideways}`);
  // Text keeps its size in CSS px, so in device pixels it grows with the zoom.
  unzoomedLine ??= layout.body_line_px;
  assert.ok(layout.body_line_px >= unzoomedLine, `${where}: a line of body text ${layout.body_line_px} CSS px`);
  assert.ok(layout.body_line_device_px >= unzoomedLine * size.deviceScaleFactor,
    `${where}: a line of body text ${layout.body_line_device_px} device px`);
}

// A widget is reachable when it can be scrolled fully onto the page (not cut by the top bar or
// the bottom edge: the probe lists the visible part), inside the page's width.
async function reachable(page, id, size) {
  const found = await scrollIntoView(page, id);
  assert.ok(found.rect[0] >= 0 && found.rect[0] + found.rect[2] <= size.width + 0.5,
    `${id} inside the page: ${found.rect}`);
  assert.ok(found.rect[3] >= 30, `${id} whole, not cut: ${found.rect}`);
  return found;
}

describe("zoom and reflow", () => {
  for (const size of sizes) {
    test(`at ${size.name} (${size.width} CSS px, DPR ${size.deviceScaleFactor}) the home screen and the form reflow`, async () => {
      await withSignedIn(server, teacher, async (page) => {
        await settle(page);
        let probed = await probe(page);
        assert.equal(probed.screen, "home");
        checkLayout(probed, size, "home");
        await page.screenshot({ path: path.join(screenshotDir, `${size.name}_home.png`) });
        console.log(`${size.name} home: ${JSON.stringify(probed.layout)}`);

        // The home screen's primary button, on the page and inside it.
        await reachable(page, "home.new_request", size);
        await activate(page, "home.new_request");
        await waitForProbe(page, (p) => p.screen === "request_form");
        await settle(page);
        probed = await probe(page);
        checkLayout(probed, size, "request_form");
        await page.screenshot({ path: path.join(screenshotDir, `${size.name}_form.png`) });
        await reachable(page, "form.next", size);
        checkLayout(await probe(page), size, "request_form, scrolled");
        await page.screenshot({ path: path.join(screenshotDir, `${size.name}_form_end.png`) });
      }, size);
    });
  }

  test("Ctrl and the wheel over the app are the browser's zoom; the wheel alone scrolls the app", async () => {
    await withSignedIn(server, teacher, async (page) => {
      await activate(page, "home.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      await activate(page, "form.next");
      await waitForProbe(page, (p) => findWidget(p, "resource_name"));
      await settle(page);
      // Whether the app cancelled each wheel event, seen after the canvas's own handler.
      await page.evaluate(() => {
        window.wheels = [];
        window.addEventListener("wheel", (e) => window.wheels.push(e.defaultPrevented));
      });
      const top = async () => findWidget(await probe(page), "resource_name")?.rect[1] ?? null;
      const before = await top();
      await page.mouse.move(700, 400);
      await page.keyboard.down("Control");
      await page.mouse.wheel(0, -200);
      await page.keyboard.up("Control");
      await settle(page);
      assert.deepEqual(await page.evaluate(() => window.wheels), [false], "left to the browser");
      assert.equal(await top(), before, "the app did not scroll");
      await page.mouse.wheel(0, 300);
      await settle(page);
      assert.deepEqual(await page.evaluate(() => window.wheels), [false, true]);
      assert.notEqual(await top(), before, "the wheel alone scrolls the form");
    });
  });

  test("at 320 CSS px the review queue's rows and a request's page reflow", async () => {
    const size = sizes.find((s) => s.name === "width320");
    await withSignedIn(server, reviewer, async (page) => {
      await activate(page, "nav.menu");
      await activate(page, "nav.review_queue");
      await waitForProbe(page, (p) => p.widgets.some((w) => /^queue\.\d+$/.test(w.id)));
      await settle(page);
      const probed = await probe(page);
      checkLayout(probed, size, "review_queue");
      await page.screenshot({ path: path.join(screenshotDir, "width320_queue.png") });
      const row = probed.widgets.find((w) => /^queue\.\d+$/.test(w.id));
      await activate(page, row.id);
      await waitForProbe(page, (p) => p.screen === "request");
      await settle(page);
      checkLayout(await probe(page), size, "request");
      await page.screenshot({ path: path.join(screenshotDir, "width320_request.png") });
    }, size);
  });
});

// A two-finger pinch on a phone (390 × 844 CSS px, DPR 2), sent as real touch events through
// CDP: the app magnifies as the browser's pinch zoom would (headless Chromium's own pinch zoom
// does not work, even on a plain page, so this is the app's, web/platform/magnifier.cpp).
describe("pinch zoom", () => {
  const phone = { width: 390, height: 844, deviceScaleFactor: 2, hasTouch: true };
  const touch = async (page, type, points) =>
    (await cdpSession(page)).send("Input.dispatchTouchEvent", {
      type,
      touchPoints: points.map(([x, y], id) => ({ x, y, id })),
    });
  // Two fingers `spread` CSS px apart around `from`, moving to `to` px apart around `toward`
  // (a pinch that also pans), then lifted.
  async function pinch(page, from, spread, to, toward = from) {
    const at = ([x, y], d) => [[x - d / 2, y], [x + d / 2, y]];
    const along = (i) =>
      [from[0] + ((toward[0] - from[0]) * i) / 8, from[1] + ((toward[1] - from[1]) * i) / 8];
    await touch(page, "touchStart", at(from, spread));
    for (let i = 1; i <= 8; i++) {
      await touch(page, "touchMove", at(along(i), spread + ((to - spread) * i) / 8));
    }
    await touch(page, "touchEnd", []);
    await settle(page);
  }
  // How far the primary button's fill reaches along a row of a screenshot: from its first
  // pixel to its last, in device px.
  const accentRun = (image, y) => {
    let [first, last] = [-1, -1];
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * image.channels;
      const [r, g, b] = [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]];
      if (Math.abs(r - 0x17) + Math.abs(g - 0x55) + Math.abs(b - 0xa0) >= 24) continue;
      if (first < 0) first = x;
      last = x;
    }
    return first < 0 ? 0 : last - first + 1;
  };
  const within = (a, b, tolerance, what) =>
    assert.ok(Math.abs(a - b) <= tolerance, `${what}: ${a} ≈ ${b}`);

  test("two fingers enlarge the app 2×, sharp, around the fingers; a tap, Tab and typing work there; pinching in gives the whole page back", async () => {
    await withSignedIn(server, teacher, async (page) => {
      await settle(page);
      const before = await probe(page);
      assert.equal(before.layout.zoom, 1);
      assert.equal(before.layout.text_raster_scale, 2, "text rasterised at the screen's DPR");
      const button = findWidget(before, "home.new_request");
      assert.ok(button, "the home screen's primary button is on the page");
      const [bx, by, bw, bh] = button.rect;
      const [cx, cy] = [bx + bw / 2, by + bh / 2];
      const runBefore = accentRun(decodePng(await page.screenshot()), Math.round(cy * 2));
      assert.ok(runBefore > bw, `the button's fill is drawn: ${runBefore} device px`);

      // The first finger lands on the button: the pinch must not press it. The fingers move
      // to the middle of the page as they spread, taking the button with them.
      await pinch(page, [cx, cy], 40, 80, [195, cy]);
      const zoomed = await probe(page);
      assert.equal(zoomed.screen, "home", "the pinch pressed nothing");
      const { layout } = zoomed;
      within(layout.zoom, 2, 0.02, "zoom");
      assert.equal(layout.text_raster_scale, 4, "text rasterised again for the zoom, not stretched");
      assert.equal(layout.width, 390, "the layout is unchanged: nothing reflows");
      // The view is half the page, and the layout point under the fingers went with them, as
      // far as the page's edges allow.
      const clamp = (v, max) => Math.min(Math.max(v, 0), max);
      const [viewLeft, viewTop] = [clamp(cx - 195 / 2, 195), clamp(cy - cy / 2, 422)];
      within(layout.view[2], 195, 2, "view width");
      within(layout.view[3], 422, 2, "view height");
      within(layout.view[0], viewLeft, 2, "view left");
      within(layout.view[1], viewTop, 2, "view top");
      // Widgets are reported where they are seen: twice as large, around the fingers.
      const big = findWidget(zoomed, "home.new_request");
      within(big.rect[2], bw * 2, 2, "the button's width on screen");
      within(big.rect[3], bh * 2, 2, "the button's height on screen");
      within(big.rect[0] + big.rect[2] / 2, (cx - viewLeft) * 2, 2, "the button's centre");
      within(big.rect[1] + big.rect[3] / 2, (cy - viewTop) * 2, 2, "the button's middle");
      // And the drawing agrees with the probe: the button's fill is twice as wide on screen.
      const shot = decodePng(await page.screenshot());
      const runAfter = accentRun(shot, Math.round((big.rect[1] + big.rect[3] / 2) * 2));
      within(runAfter / runBefore, 2, 0.05, "the drawn button's width, zoomed over unzoomed");
      await page.screenshot({ path: path.join(screenshotDir, "pinch_home.png") });

      // A tap where the enlarged button is seen presses it.
      await page.touchscreen.tap(big.rect[0] + big.rect[2] / 2, big.rect[1] + big.rect[3] / 2);
      await waitForProbe(page, (p) => p.screen === "request_form", { what: "the form, tapped" });
      await settle(page);
      assert.equal((await probe(page)).layout.zoom, layout.zoom, "the zoom stays on another screen");

      // The keyboard's focus is kept in view: each widget Tab reaches is on the canvas.
      let focused = 0;
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press("Tab");
        await settle(page);
        const now = await probe(page);
        if (!now.focus) continue;
        const shown = findWidget(now, now.focus);
        assert.ok(shown, `after ${i + 1} Tab, the focused ${now.focus} is in view: ${now.layout.view}`);
        assert.ok(shown.rect[0] >= 0 && shown.rect[0] + shown.rect[2] <= 390.5,
          `${now.focus} on the canvas: ${shown.rect}`);
        focused++;
      }
      assert.ok(focused >= 6, `Tab moved the focus: ${focused} of 8 presses`);
      await page.screenshot({ path: path.join(screenshotDir, "pinch_form.png") });

      // Typing moves the view with the caret, as a browser keeps it in view: a tap opens a
      // field, and a line longer than the view takes the view along to the right.
      await page.keyboard.press("Escape");
      await activate(page, "form.next");
      const step2 = await waitForProbe(page, (p) => findWidget(p, "resource_name"),
        { what: "step 2's first field, in view" });
      const field = findWidget(step2, "resource_name");
      await page.touchscreen.tap(field.rect[0] + 20, field.rect[1] + field.rect[3] / 2);
      await waitForProbe(page, (p) => p.focus === field.id, { what: `${field.id} opened` });
      await settle(page);
      const viewBefore = (await probe(page)).layout.view;
      await page.keyboard.insertText("Lärplattform för matematik och naturvetenskap, årskurs 7–9");
      await settle(page);
      const typed = await probe(page);
      assert.ok(typed.layout.view[0] > viewBefore[0] + 20,
        `the view followed the caret: ${viewBefore} -> ${typed.layout.view}`);
      assert.ok(findWidget(typed, field.id), "the field is still in view");

      // Pinching in past the whole page stops at it.
      await pinch(page, [195, 400], 160, 40);
      const whole = (await probe(page)).layout;
      assert.equal(whole.zoom, 1);
      assert.deepEqual(whole.view, [0, 0, 390, 844]);
      assert.equal(whole.text_raster_scale, 2);
    }, phone);
  });
});
