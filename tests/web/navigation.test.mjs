// The app's frame after sign-in (SPEC 1, 7): the navigation offers each role its screens,
// each entry opens the screen whose key the probe reports, screens not built yet are calm
// empty states, and a narrow window folds the navigation into a menu.
//   node --test tests/web/
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";

import { probe, waitForProbe } from "./lib/browser.mjs";
import { click, findWidget, screenOf } from "./lib/form.mjs";
import { withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();

const server = useServer();

const navIds = (probed) => probed.widgets.filter((w) => w.id.startsWith("nav.") &&
  w.kind === "link").map((w) => w.id);

describe("navigation follows the user's roles", () => {
  const cases = [
    ["a requester", "larare@demo.anskaffa.example",
      ["nav.home", "nav.new_request", "nav.catalog"]],
    ["a principal, who may request too", "rektor.exempel@demo.anskaffa.example",
      ["nav.home", "nav.new_request", "nav.catalog"]],
    ["a reviewer", "granskare@demo.anskaffa.example",
      ["nav.home", "nav.catalog", "nav.review_queue", "nav.agreements", "nav.changes",
        "nav.stats"]],
    ["the information security coordinator", "infosak@demo.anskaffa.example",
      ["nav.home", "nav.catalog", "nav.review_queue", "nav.agreements", "nav.changes",
        "nav.stats"]],
    ["an administrator", "admin@demo.anskaffa.example",
      ["nav.home", "nav.catalog", "nav.admin"]],
    ["a requester who is also a reviewer", "dubbelroll@demo.anskaffa.example",
      ["nav.home", "nav.new_request", "nav.catalog", "nav.review_queue", "nav.agreements",
        "nav.changes", "nav.stats"]],
  ];
  for (const [who, email, expected] of cases) {
    test(`${who} sees exactly ${expected.join(", ")}`, async () => {
      await withSignedIn(server, email, async (page) => {
        const home = await probe(page);
        assert.equal(home.screen, "home");
        assert.deepEqual(navIds(home), expected);
        assert.equal(findWidget(home, "nav.home").value, true, "home is the current entry");
      });
    });
  }

  test("each entry opens its screen, named by SPEC 7's key; unbuilt screens are calm and titled", async () => {
    await withSignedIn(server, "dubbelroll@demo.anskaffa.example", async (page) => {
      for (const id of navIds(await probe(page))) {
        await click(page, id);
        const shown = await waitForProbe(page, (p) => p.screen === screenOf[id],
          { what: `screen ${screenOf[id]} after ${id}` });
        assert.equal(findWidget(shown, id).value, true, `${id} is marked current`);
        const title = findWidget(shown, "title");
        assert.ok(title, `${id}: the screen has a title`);
        if (!["nav.home", "nav.new_request"].includes(id)) {
          assert.equal(title.label, findWidget(shown, id).label, "the title is the entry's");
          assert.ok(findWidget(shown, "intro").label.length > 20, "it says what it is for");
          // A screen not built yet is an honest empty state; a built one shows its content.
          const built = ["nav.catalog", "nav.review_queue", "nav.agreements", "nav.changes",
            "nav.stats"].includes(id);
          assert.equal(Boolean(findWidget(shown, "empty_state")), !built,
            built ? "a built screen is no empty state" : "and shows an empty state");
          assert.ok(!/kommer snart/i.test(JSON.stringify(shown)), "no 'kommer snart'");
          for (const w of shown.widgets) {
            assert.ok(!/^(nav|screen|form)\.[a-z_.]+$/.test(w.label), `${w.id} shows a text key`);
          }
        }
      }
      await page.screenshot({ path: path.join(screenshotDir, "placeholder_stats_1280.png") });
    });
  });

  test("a requester's home offers a new request, and the language toggle renames the navigation", async () => {
    await withSignedIn(server, "larare@demo.anskaffa.example", async (page) => {
      await page.screenshot({ path: path.join(screenshotDir, "home_1280.png") });
      assert.equal(findWidget(await probe(page), "nav.catalog").label, "Godkända lärresurser");
      await click(page, "lang_toggle");
      const english = await waitForProbe(page, (p) => p.lang === "en");
      assert.equal(findWidget(english, "nav.home").label, "My requests");
      assert.equal(findWidget(english, "nav.catalog").label, "Approved learning resources");
      await click(page, "home.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
    });
  });
});

describe("on a narrow window", () => {
  test("the navigation is a menu in place of the screen, with the user's name and signing out", async () => {
    await withSignedIn(server, "granskare@demo.anskaffa.example", async (page) => {
      const home = await probe(page);
      assert.deepEqual(navIds(home), [], "no rail on a phone");
      for (const w of home.widgets) {
        assert.ok(w.rect[0] >= 0 && w.rect[0] + w.rect[2] <= 390, `${w.id} sticks out: ${w.rect}`);
      }
      await click(page, "nav.menu");
      const menu = await waitForProbe(page, (p) => findWidget(p, "nav.review_queue"),
        { what: "the menu" });
      assert.equal(menu.screen, "home", "the screen underneath stays the same");
      assert.ok(findWidget(menu, "user_name"));
      assert.ok(findWidget(menu, "sign_out"));
      await page.screenshot({ path: path.join(screenshotDir, "menu_390.png") });
      await click(page, "nav.review_queue");
      const queue = await waitForProbe(page, (p) => p.screen === "review_queue");
      assert.deepEqual(navIds(queue), [], "choosing closes the menu");
      await page.screenshot({ path: path.join(screenshotDir, "review_queue_menu_390.png") });
    }, { width: 390, height: 760 });
  });
});

describe("signing out", () => {
  test("returns to the sign-in screen", async () => {
    await withSignedIn(server, "larare@demo.anskaffa.example", async (page) => {
      await click(page, "sign_out");
      await waitForProbe(page, (p) => p.screen === "sign_in", { timeout: 10000 });
    });
  });
});
