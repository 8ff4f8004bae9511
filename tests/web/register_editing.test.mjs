// Editing the registers in the app (SPEC 5, 7): a reviewer changes a catalogue entry's status
// (approved with conditions needs conditions: a finding under the field, nothing sent); a
// principal of unit 1 changes the system administrator of a resource the unit uses and the
// reviewer's change feed lists it, while a teacher is offered no edit at all; the security
// coordinator creates a DPA covering an entry, renews it and terminates it; bad dates show
// findings and send nothing. Each step is checked through the API. Screenshots of each editor
// at 1280×800 and 390×844.
//   node --test --test-concurrency=1 tests/web/register_editing.test.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { probe, waitForProbe } from "./lib/browser.mjs";
import {
  browserDate,
  chooseFromList,
  click,
  expectFindings,
  findWidget,
  screenshotsWideAndNarrow,
  scrollIntoView,
  settle,
  typeInto,
} from "./lib/form.mjs";
import { apiGetter, withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();
const reviewer = "granskare@demo.anskaffa.example";
const principal = "rektor.exempel@demo.anskaffa.example";  // principal of units 1 and 2
const teacher = "larare@demo.anskaffa.example";
const coordinator = "infosak@demo.anskaffa.example";

const server = useServer();

// GET as a user, through one session per user; the answer must be 200.
const getters = new Map();
async function apiGet(email, url) {
  if (!getters.has(email)) getters.set(email, await apiGetter(server, email));
  return getters.get(email)(url);
}

// Opens the entry's page from the catalogue, by searching its name.
async function openEntry(page, entry) {
  await click(page, "nav.catalog");
  await waitForProbe(page, (p) => p.screen === "catalog", { what: "the catalogue" });
  await typeInto(page, "catalog.search", entry.name);
  await waitForProbe(page, (p) => findWidget(p, `catalog.${entry.id}`),
    { what: `the row of ${entry.name}`, timeout: 10000 });
  await click(page, `catalog.${entry.id}`);
  await waitForProbe(page, (p) => p.screen === "catalog_entry" &&
    findWidget(p, "title")?.label === entry.name, { what: "the entry", timeout: 10000 });
}

// Scrolls to a widget that is still to appear (an answer from the server brings it).
async function scrollUntil(page, id, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await scrollIntoView(page, id);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(300);
    }
  }
}

// Every widget id on the screen from top to bottom, scrolling as a user does.
async function idsOnWholeScreen(page) {
  const seen = new Set();
  let last = "";
  for (let i = 0; i < 40; i++) {
    const probed = await probe(page);
    for (const w of probed.widgets) seen.add(w.id);
    const signature = JSON.stringify(probed.widgets.map((w) => [w.id, w.rect[1]]));
    if (signature === last) break;
    last = signature;
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 300);
    await settle(page);
  }
  await page.mouse.wheel(0, -10000);
  await settle(page);
  return [...seen];
}

// The first catalogue entry a unit uses (and has not stopped using).
async function entryUsedBy(unitId) {
  const list = await apiGet(reviewer, "/api/v1/catalog?per_page=200");
  for (const item of list.items) {
    const entry = await apiGet(reviewer, `/api/v1/catalog/${item.id}`);
    if (entry.units.some((u) => u.unit_id === unitId && u.ended === null)) return entry;
  }
  assert.fail(`demo-data has no entry used by unit ${unitId}`);
}

describe("editing the registers", () => {
  test("a reviewer sets approved with conditions: conditions are required, then saved",
    async () => {
      const list = await apiGet(reviewer, "/api/v1/catalog?per_page=200&status=approved");
      const entry = list.items[0];
      assert.ok(entry, "demo-data has an approved entry");
      await withSignedIn(server, reviewer, async (page) => {
        await openEntry(page, entry);
        await click(page, "entry.edit");
        await chooseFromList(page, "entry.status", "entry.status.approved_with_conditions");
        await click(page, "entry.save");
        await expectFindings(page, "entry.conditions", ["required"]);
        assert.ok(findWidget(await probe(page), "entry.conditions.finding.required"));
        assert.equal((await apiGet(reviewer, `/api/v1/catalog/${entry.id}`)).status, "approved",
          "nothing was sent");
        await screenshotsWideAndNarrow(page, path.join(screenshotDir, "editor_entry_status"), { id: "entry.conditions" });

        const conditions = "Endast för årskurs 7–9.";
        await typeInto(page, "entry.conditions", conditions);
        await expectFindings(page, "entry.conditions", []);
        await click(page, "entry.save");
        await waitForProbe(page, (p) => findWidget(p, "entry.notice"),
          { what: "the saved notice", timeout: 10000 });
        const saved = await apiGet(reviewer, `/api/v1/catalog/${entry.id}`);
        assert.equal(saved.status, "approved_with_conditions");
        assert.equal(saved.conditions, conditions);
        // The page was read again: it shows the new status.
        const chip = await scrollIntoView(page, "catalog_entry.status");
        assert.equal(chip.value, "approved_with_conditions");
        assert.ok(!findWidget(await probe(page), "entry.save"), "the editor closed");
      });
    });

  test("a principal changes a unit's system administrator; the change feed lists it; a " +
    "teacher is offered no edit", async () => {
    const entry = await entryUsedBy(1);
    const admin = { name: "Sara Lindqvist", email: "sara.lindqvist@skola.example" };
    await withSignedIn(server, principal, async (page) => {
      await openEntry(page, entry);
      await click(page, "usage.1.edit");
      // A bad end of use is the core's finding, and nothing is sent.
      await typeInto(page, "usage.1.ended_on", "2026-02-30");
      await click(page, "usage.1.save");
      await expectFindings(page, "usage.1.ended_on", ["invalid_date"]);
      await typeInto(page, "usage.1.ended_on", "");
      await typeInto(page, "usage.1.system_admin", admin.name);
      await typeInto(page, "usage.1.system_admin_email", "inte-en-adress");
      await click(page, "usage.1.save");
      await expectFindings(page, "usage.1.system_admin_email", ["invalid_email"]);
      const unchanged = (await apiGet(reviewer, `/api/v1/catalog/${entry.id}`)).units
        .find((u) => u.unit_id === 1);
      assert.equal(unchanged.system_admin_name, entry.units.find((u) => u.unit_id === 1)
        .system_admin_name, "nothing was sent");
      assert.equal(unchanged.ended, null);
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "editor_usage"), { id: "usage.1.system_admin_email" });

      await typeInto(page, "usage.1.system_admin_email", admin.email);
      await click(page, "usage.1.save");
      await waitForProbe(page, (p) => findWidget(p, "entry.notice"),
        { what: "the saved notice", timeout: 10000 });
      const saved = (await apiGet(reviewer, `/api/v1/catalog/${entry.id}`)).units
        .find((u) => u.unit_id === 1);
      assert.equal(saved.system_admin_name, admin.name);
      assert.equal(saved.system_admin_email, admin.email);
      assert.equal(saved.ended, null);
      const shown = await scrollIntoView(page, "catalog_entry.unit.1.system_admin");
      assert.ok(shown.label.includes(admin.name), shown.label);
    });
    const feed = await apiGet(reviewer, "/api/v1/changes?per_page=25");
    const change = feed.items.find((c) => c.kind === "system_admin" &&
      c.after?.name === admin.name);
    assert.ok(change, `the change feed lists the change: ${JSON.stringify(feed.items[0])}`);
    assert.equal(change.resource_name, entry.name);

    await withSignedIn(server, teacher, async (page) => {
      await openEntry(page, entry);
      const ids = await idsOnWholeScreen(page);
      assert.ok(ids.includes("catalog_entry.units"), "the whole page was seen");
      const edits = ids.filter((id) => id === "entry.edit" || /^usage\.\d+\.edit$/.test(id));
      assert.deepEqual(edits, [], "a teacher is offered no edit");
    });
  });

  test("the security coordinator creates a DPA covering an entry, renews and terminates it; " +
    "bad dates send nothing", async () => {
    const entry = (await apiGet(reviewer, "/api/v1/catalog?per_page=200")).items[0];
    const reference = "PUB-TEST-2026-01";
    const count = async () => (await apiGet(coordinator, "/api/v1/agreements?per_page=200")).total;
    const before = await count();
    await withSignedIn(server, coordinator, async (page) => {
      const today = await browserDate(page, 0);
      const inYear = await browserDate(page, 365);
      await click(page, "nav.agreements");
      await waitForProbe(page, (p) => p.screen === "agreements", { what: "the register" });
      await click(page, "agreement.new");
      await typeInto(page, "agreement.supplier_name", "Demokod Sverige AB");
      await typeInto(page, "agreement.reference", reference);
      await typeInto(page, "agreement.signed_on", "2026-02-30");
      await typeInto(page, "agreement.valid_from", inYear);
      await typeInto(page, "agreement.valid_until", today);
      await click(page, "agreement.save");
      await expectFindings(page, "agreement.signed_on", ["invalid_date"]);
      await expectFindings(page, "agreement.valid_until", ["dates_out_of_order"]);
      assert.equal(await count(), before, "nothing was sent");

      await typeInto(page, "agreement.signed_on", today);
      await typeInto(page, "agreement.valid_from", today);
      await typeInto(page, "agreement.valid_until", inYear);
      await typeInto(page, "agreement.catalog_ids.search", entry.name);
      await waitForProbe(page, (p) => findWidget(p, `agreement.catalog_ids.add.${entry.id}`),
        { what: "the entry found", timeout: 10000 });
      await click(page, `agreement.catalog_ids.add.${entry.id}`);
      await waitForProbe(page, (p) => findWidget(p, `agreement.catalog_ids.chosen.${entry.id}`),
        { what: "the entry chosen" });
      assert.deepEqual(findWidget(await probe(page), "agreement.catalog_ids").value, [entry.id]);
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "editor_agreement_new"), { id: "agreement.save" });
      await click(page, "agreement.save");
      await waitForProbe(page, (p) => findWidget(p, "agreements.notice"),
        { what: "the created notice", timeout: 10000 });

      const found = (await apiGet(coordinator,
        `/api/v1/agreements?per_page=200&q=${reference}`)).items;
      assert.equal(found.length, 1);
      const id = found[0].id;
      let agreement = await apiGet(coordinator, `/api/v1/agreements/${id}`);
      assert.equal(agreement.kind, "dpa");
      assert.equal(agreement.valid_from, today);
      assert.equal(agreement.valid_until, inYear);
      assert.deepEqual(agreement.entries.map((e) => e.id), [entry.id]);

      // Renewal: a period that ends before it begins is the core's finding.
      const renewedUntil = await browserDate(page, 365 * 3);
      await click(page, `agreement.${id}.renew`);
      const renewFrom = await scrollIntoView(page, `agreement.${id}.renewal.valid_from`);
      assert.equal(renewFrom.value, await browserDate(page, 366), "begins after the current");
      await typeInto(page, `agreement.${id}.renewal.signed_on`, today);
      await typeInto(page, `agreement.${id}.renewal.valid_until`, today);
      await click(page, `agreement.${id}.save`);
      await expectFindings(page, `agreement.${id}.renewal.valid_until`, ["dates_out_of_order"]);
      assert.equal((await apiGet(coordinator, `/api/v1/agreements/${id}`)).periods.length, 1);
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "editor_agreement_renew"), { id: `agreement.${id}.save` });
      await typeInto(page, `agreement.${id}.renewal.valid_until`, renewedUntil);
      await click(page, `agreement.${id}.save`);
      await scrollUntil(page, `agreement.${id}.notice`);
      agreement = await apiGet(coordinator, `/api/v1/agreements/${id}`);
      assert.equal(agreement.periods.length, 2);
      assert.equal(agreement.valid_from, await browserDate(page, 366));
      assert.equal(agreement.valid_until, renewedUntil);

      // Termination: a date that does not exist is a finding; then a day 30 days ahead.
      const endsOn = await browserDate(page, 30);
      await click(page, `agreement.${id}.terminate`);
      await typeInto(page, `agreement.${id}.terminated_on`, "2026-13-01");
      await click(page, `agreement.${id}.save`);
      await expectFindings(page, `agreement.${id}.terminated_on`, ["invalid_date"]);
      assert.equal((await apiGet(coordinator, `/api/v1/agreements/${id}`)).terminated_on, null);
      await typeInto(page, `agreement.${id}.terminated_on`, endsOn);
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "editor_agreement_terminate"), { id: `agreement.${id}.save` });
      await click(page, `agreement.${id}.save`);
      await scrollUntil(page, `agreement.${id}.notice`);
      assert.ok(!findWidget(await probe(page), `agreement.${id}.terminate`), "final");
      agreement = await apiGet(coordinator, `/api/v1/agreements/${id}`);
      assert.equal(agreement.terminated_on, endsOn);
      assert.notEqual(agreement.status, "terminated", "valid until the termination takes effect");
      assert.equal(agreement.days_left, 29);
    });
  });
});
