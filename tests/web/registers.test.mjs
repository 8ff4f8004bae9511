// The registers' screens (SPEC 5, 7): as a reviewer, the agreements register lists what the
// API lists in its order, and its expiring filter too; the change feed lists the API's
// changes in words; the statistics' charts carry the API's numbers; and a teacher's home
// shows the typical wait. Screenshots of each screen at 1280×800 and 390×844.
//   node --test --test-concurrency=1 tests/web/registers.test.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";

import { probe, waitForProbe } from "./lib/browser.mjs";
import {
  click,
  findWidget,
  screenshotsWideAndNarrow,
  scrollIntoView,
  scrollTo,
  settle,
} from "./lib/form.mjs";
import { apiGetter, withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();
const reviewer = "granskare@demo.anskaffa.example";

const server = useServer();

// The probe lists what is on screen: the rows of a long list are gathered by scrolling down,
// in the order they are drawn.
async function gatherRows(page, prefix) {
  const seen = [];
  let last = "";
  for (let i = 0; i < 40; i++) {
    const rows = (await probe(page)).widgets
      .filter((w) => w.kind === "row" && w.id.startsWith(`${prefix}.`))
      .sort((a, b) => a.rect[1] - b.rect[1]);
    for (const row of rows) if (!seen.includes(row.id)) seen.push(row.id);
    const signature = JSON.stringify(rows.map((w) => [w.id, w.rect[1]]));
    if (signature === last) break;
    last = signature;
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 300);
    await settle(page);
  }
  await page.mouse.wheel(0, -10000);
  await settle(page);
  return seen;
}

describe("the registers' screens", () => {
  test("the agreements register lists the API's agreements in its order, and filters", async () => {
    const get = await apiGetter(server, reviewer);
    const all = await get("/api/v1/agreements?per_page=50");
    const expiring = await get("/api/v1/agreements?per_page=50&expiring_within_days=90");
    assert.ok(all.items.length > 0, "demo-data has agreements");
    await withSignedIn(server, reviewer, async (page) => {
      await click(page, "nav.agreements");
      await waitForProbe(page, (p) => p.screen === "agreements" &&
        findWidget(p, `agreement.${all.items[0].id}`), { what: "the agreements", timeout: 10000 });
      const first = findWidget(await probe(page), `agreement.${all.items[0].id}`);
      assert.equal(first.value.status, all.items[0].status);
      assert.equal(first.value.days_left, all.items[0].days_left);
      assert.ok(first.label.includes(all.items[0].supplier_name));
      assert.deepEqual(await gatherRows(page, "agreement"),
        all.items.map((a) => `agreement.${a.id}`));

      await click(page, "agreements.filter.expiring");
      const expiringIds = expiring.items.map((a) => `agreement.${a.id}`);
      await waitForProbe(page, (p) => {
        const rows = p.widgets.filter((w) => w.kind === "row").map((w) => w.id);
        return expiringIds.length === 0 ? Boolean(findWidget(p, "agreements.status"))
          : rows.includes(expiringIds[0]) && rows.every((id) => expiringIds.includes(id));
      }, { what: "the expiring agreements", timeout: 10000 });
      assert.deepEqual(await gatherRows(page, "agreement"),
        expiring.items.map((a) => `agreement.${a.id}`));
      for (const a of expiring.items) assert.ok(a.days_left <= 90);

      // An agreement's details open beneath its row.
      await click(page, "agreements.filter.all");
      await click(page, `agreement.${all.items[0].id}`);
      const open = await waitForProbe(page, (p) => findWidget(p, "agreement.periods"),
        { what: "the agreement's details", timeout: 10000 });
      assert.equal(findWidget(open, `agreement.${all.items[0].id}`).value.open, true);
      assert.ok(findWidget(open, "agreement.signed"));
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "agreements"));
    });
  });

  test("the change feed lists the API's changes, newest first, in words", async () => {
    const changes = await (await apiGetter(server, reviewer))("/api/v1/changes?per_page=25");
    assert.ok(changes.items.length > 0, "demo-data has changes");
    await withSignedIn(server, reviewer, async (page) => {
      await click(page, "nav.changes");
      const shown = await waitForProbe(page, (p) => p.screen === "changes" &&
        findWidget(p, `change.${changes.items[0].id}`), { what: "the changes", timeout: 10000 });
      const newest = changes.items[0];
      const row = findWidget(shown, `change.${newest.id}`);
      assert.ok(row.label.includes(newest.unit_name) && row.label.includes(newest.resource_name),
        row.label);
      if (newest.after?.name) assert.ok(row.label.includes(newest.after.name), row.label);
      assert.ok(!/[a-z]+\.[a-z_.]+/.test(row.label.replace(/@\S+/g, "")), "no text keys");
      assert.deepEqual(await gatherRows(page, "change"),
        changes.items.map((c) => `change.${c.id}`));
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "changes"));
    });
  });

  test("the statistics' charts carry the API's numbers", async () => {
    const stats = await (await apiGetter(server, reviewer))("/api/v1/stats");
    await withSignedIn(server, reviewer, async (page) => {
      await click(page, "nav.stats");
      const shown = await waitForProbe(page, (p) => findWidget(p, "chart.by_state"),
        { what: "the charts", timeout: 10000 });
      const byState = findWidget(shown, "chart.by_state").value;
      const openStates = Object.keys(stats.open_by_age);
      assert.deepEqual(Object.keys(byState).sort(), openStates.sort());
      for (const state of openStates) assert.equal(byState[state], stats.by_state[state], state);
      const wait = findWidget(shown, "stats.typical_wait").label;
      if (stats.typical_wait_days !== null) {
        assert.ok(wait.includes(String(Math.round(stats.typical_wait_days))), wait);
      }
      const byAge = (await scrollIntoView(page, "chart.by_age")).value;
      assert.deepEqual(byAge, stats.open_by_age);
      await page.mouse.wheel(0, -10000);
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "stats"));
      const leadTime = (await scrollIntoView(page, "chart.lead_time")).value;
      const decisions = stats.lead_times.filter((r) => r.stage === "decision" &&
        r.median_days !== null).sort((a, b) => a.month.localeCompare(b.month))
        .map(({ month, median_days, count }) => ({ month, median_days, count }));
      assert.deepEqual(leadTime, decisions);
      await page.screenshot({ path: path.join(screenshotDir, "stats_lead_time_1280.png") });
      // Another stage: the time spent in a state, per month.
      const stage = stats.lead_times.find((r) => r.stage !== "decision")?.stage;
      if (stage) {
        await click(page, `stats.stage.${stage}`);
        const inStage = stats.lead_times.filter((r) => r.stage === stage &&
          r.median_days !== null).sort((a, b) => a.month.localeCompare(b.month))
          .map(({ month, median_days, count }) => ({ month, median_days, count }));
        // Compared as [month, median, count]: the probe's JSON orders an object's keys.
        const rows = (list) => JSON.stringify((list ?? []).map((r) =>
          [r.month, r.median_days, r.count]));
        await waitForProbe(page, (p) => rows(findWidget(p, "chart.lead_time")?.value) ===
          rows(inStage), { what: `the lead times of ${stage}` });
        await page.screenshot({ path: path.join(screenshotDir, "stats_stage_1280.png") });
      }
      console.log(`stats: by_state ${JSON.stringify(byState)}; decision months ` +
        `${JSON.stringify(decisions)}; typical wait ${stats.typical_wait_days}`);
    });
  });

  test("a teacher's home shows the typical wait, rounded", async () => {
    const stats = await (await apiGetter(server, "larare@demo.anskaffa.example"))("/api/v1/stats");
    await withSignedIn(server, "larare@demo.anskaffa.example", async (page) => {
      // The wait is drawn near the top, above the notifications, whose number grows as the
      // demo's reminders fall due; the user's own list may then be below the fold.
      if (stats.typical_wait_days !== null) {
        await waitForProbe(page, (p) => findWidget(p, "home.typical_wait"),
          { what: "the typical wait on the home screen", timeout: 10000 });
      } else {
        await scrollTo(page, "home.my_requests");
        await page.mouse.wheel(0, -10000);
      }
      await settle(page);
      const home = await probe(page);
      const wait = findWidget(home, "home.typical_wait");
      if (stats.typical_wait_days === null) {
        assert.equal(wait, undefined, "no typical wait without decisions");
      } else {
        assert.ok(wait, "the home screen says the typical wait");
        assert.ok(wait.label.includes(` ${Math.round(stats.typical_wait_days)} `), wait.label);
      }
      console.log(`typical wait: ${stats.typical_wait_days} -> ${wait?.label}`);
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "home_typical_wait"));
    });
  });
});
