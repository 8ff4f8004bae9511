// The review queue of a busy department (SPEC 7): hundreds of open requests arrive in full, a
// reviewer sorts them by any column's header, scrolls through them with only the visible rows
// drawn, and opens one with a click. On a phone the queue is a list of rows instead.
//   node --test tests/web/review_queue.test.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";

import { probe, waitForProbe } from "./lib/browser.mjs";
import { click, findWidget, settle } from "./lib/form.mjs";
import { apiSession, withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();
const reviewer = "granskare@demo.anskaffa.example";
const added = 420;  // more than two of the queue's pages of 200

let openTotal;

const server = useServer({}, async () => {
  // A term's worth of requests, submitted through the API as a teacher would.
  const teacher = await apiSession(server, "larare@demo.anskaffa.example");
  const mine = await teacher.call("GET", "/api/v1/requests?owner=me");
  const template = (await teacher.call("GET", `/api/v1/requests/${mine.body.items[0].id}`))
    .body.request;
  for (let i = 0; i < added; i++) {
    const answer = await teacher.call("POST", "/api/v1/requests",
      { ...template, resource_name: `Kötestet ${String(i).padStart(3, "0")}` },
      { "Idempotency-Key": `queue-test-${i}` });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
  }
  const staff = await apiSession(server, reviewer);
  openTotal = (await staff.call("GET", "/api/v1/requests?open=1&per_page=1")).body.total;
  assert.ok(openTotal > added);
});

const rows = (probed) =>
  probed.widgets.filter((w) => w.kind === "row" && /^queue\.\d+$/.test(w.id));

const severity = { high: 2, medium: 1, low: 0 };

// Waits until every page of the queue has arrived (the count above the table says so).
async function queueLoaded(page) {
  await click(page, "nav.review_queue");
  return waitForProbe(page,
    (p) => findWidget(p, "queue.count")?.label === `${openTotal} av ${openTotal}`,
    { what: "the whole queue", timeout: 20000 });
}

// Clicks a column's header and waits until the table says it is sorted that way; answers the
// visible rows' values.
async function sortBy(page, column, direction) {
  await click(page, `queue.column.${column}`);
  const probed = await waitForProbe(page,
    (p) => findWidget(p, `queue.column.${column}`)?.value === direction,
    { what: `sorted by ${column}, ${direction}` });
  return rows(probed).map((w) => w.value);
}

function assertOrdered(values, compare, what) {
  for (let i = 1; i < values.length; i++) {
    assert.ok(compare(values[i - 1], values[i]) <= 0,
      `${what}: ${JSON.stringify(values[i - 1])} before ${JSON.stringify(values[i])}`);
  }
}

describe("the review queue", () => {
  test("arrives in full, sorts by its headers and draws only the visible rows", async () => {
    await withSignedIn(server, reviewer, async (page) => {
      let probed = await queueLoaded(page);
      for (const column of ["case", "resource", "state", "risk", "waiting", "assignee"]) {
        assert.equal(findWidget(probed, `queue.column.${column}`)?.kind, "button", column);
      }
      // Risk first, the unassigned first within a level, then the longest waiting.
      let shown = rows(probed).map((w) => w.value);
      assert.ok(shown.length >= 10 && shown.length < 60, `${shown.length} rows drawn`);
      assertOrdered(shown, (a, b) => (severity[b.risk] - severity[a.risk]) ||
        ((a.assignee === 0 ? 0 : 1) - (b.assignee === 0 ? 0 : 1)) ||
        (b.waiting_days - a.waiting_days), "risk order");
      await page.screenshot({ path: path.join(screenshotDir, "review_queue_1280.png") });

      assert.equal(findWidget(probed, "queue.column.risk").value, "descending");

      // Waiting: the longest first, and on a second click the shortest first.
      shown = await sortBy(page, "waiting", "descending");
      assertOrdered(shown, (a, b) => b.waiting_days - a.waiting_days, "longest waiting first");
      shown = await sortBy(page, "waiting", "ascending");
      assertOrdered(shown, (a, b) => a.waiting_days - b.waiting_days, "shortest waiting first");

      // By case number, then wheel to the end: the last case of the queue is drawn there.
      await sortBy(page, "case", "ascending");
      const first = rows(await probe(page));
      assertOrdered(first.map((w) => Number(w.id.slice("queue.".length))),
        (a, b) => a - b, "case numbers, as they were given");
      let before = "";
      for (let i = 0; i < 80; i++) {
        await page.mouse.move(640, 500);
        await page.mouse.wheel(0, 3000);
        await settle(page);
        probed = await probe(page);
        const signature = rows(probed).map((w) => w.id).join();
        if (signature === before) break;  // the end of the queue
        before = signature;
      }
      const last = rows(probed);
      assert.ok(last.length < 60, "still only the visible rows");
      assert.ok(last.some((w) => w.label.includes(`Kötestet ${String(added - 1)}`)),
        "the newest request is the last row");

      // A row opens its request.
      const target = last[last.length - 1];
      await click(page, target.id);
      const opened = await waitForProbe(page,
        (p) => p.screen === "request" && findWidget(p, "request.state"),
        { what: "the request's page", timeout: 10000 });
      assert.ok(findWidget(opened, "title").label.startsWith(target.value.case_number));
    });
  });

  test("on a phone the queue is rows, with the server's two orders", async () => {
    await withSignedIn(server, reviewer, async (page) => {
      await click(page, "nav.menu");
      await click(page, "nav.review_queue");
      const probed = await waitForProbe(page, (p) => rows(p).length > 0,
        { what: "the queue's rows", timeout: 20000 });
      assert.equal(findWidget(probed, "queue.column.case"), undefined);
      assert.ok(findWidget(probed, "queue.sort.waiting"));
      assert.ok(rows(probed).length > 0);
      await page.screenshot({ path: path.join(screenshotDir, "review_queue_390.png") });
    }, { width: 390, height: 844 });
  });
});
