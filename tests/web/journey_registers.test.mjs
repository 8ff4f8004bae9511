// Journeys 6 and 8 of issue 8, from an empty database with the demo's units and people.
// 6: a principal replaces the local system administrator of a resource their unit uses, in the
//    catalogue entry's page; the change appears in DI's change feed and on the entry.
// 8: a reviewer downloads the catalogue and the units' use as CSV from the catalogue screen;
//    the files hold what the screens show (the catalogue's rows, each entry's page and units).
// Both need approved resources in use, which journeys 1 and 2 reach in the app; here they are
// setup through the API: a resource approved with a DPA for Exempelskolan, its use registered
// by Fiktiva gymnasiet, and a resource without personal data approved for Demoskolan.
//   node --test --test-concurrency=1 tests/web/journey_registers.test.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";

import { probe, waitForProbe } from "./lib/browser.mjs";
import { click, findWidget, scrollIntoView, settle, typeInto } from "./lib/form.mjs";
import {
  expectAudit,
  parseCsv,
  stepShots,
  submitThroughApi,
  validRequest,
} from "./lib/outcomes.mjs";
import { apiSession, withSignedIn } from "./lib/people.mjs";
import { useServer } from "./lib/server.mjs";

const emails = {
  teacher: "larare@demo.anskaffa.example",
  teacher2: "larare2@demo.anskaffa.example",
  principal: "rektor.exempel@demo.anskaffa.example",  // Exempelskolan, Demoskolan
  principal2: "rektor.gymnasiet@demo.anskaffa.example",  // Fiktiva gymnasiet
  reviewer: "granskare@demo.anskaffa.example",
  coordinator: "infosak@demo.anskaffa.example",
};

let s;  // API sessions by the keys of `emails`
let units;  // unit ids by name
let withDpa;  // the catalogue entry approved with a DPA, used by two units
let withoutData;  // the entry approved without personal data

const dpaReference = "PUB-DEMO-2026-07";

// A request taken through the workflow to approved, through the API.
async function approvedThroughApi(requester, principal, body, { dpa = false } = {}) {
  const id = await submitThroughApi(requester, body);
  await principal.act(id, "principal_approve");
  if (dpa) {
    await s.reviewer.act(id, "require_dpa");
    await s.coordinator.act(id, "record_dpa", { reference: dpaReference,
      signed_on: "2026-11-02", valid_from: "2026-11-02", valid_until: "2029-11-01" });
  }
  const approved = await s.reviewer.act(id, "approve", { comment: "Godkänd i journeyns start." });
  assert.equal(approved.state, "approved");
  return id;
}

const server = useServer({ peopleOnly: true }, async () => {
  s = {};
  for (const [key, email] of Object.entries(emails)) s[key] = await apiSession(server, email);
  units = Object.fromEntries((await s.teacher.call("GET", "/api/v1/units")).body
    .map((u) => [u.name, u.id]));
  await approvedThroughApi(s.teacher, s.principal,
    validRequest(units.Exempelskolan, { resource_name: "Kodknäckarna Demo" }), { dpa: true });
  const entries = (await s.reviewer.call("GET", "/api/v1/catalog")).body.items;
  withDpa = entries.find((e) => e.name === "Kodknäckarna Demo");
  await approvedThroughApi(s.teacher2, s.principal2, validRequest(units["Fiktiva gymnasiet"], {
    catalog_id: withDpa.id, resource_name: withDpa.name, requester_name: "Lars Testlärare",
    requester_email: "lars.testlarare@skola.example", principal_name: "Rolf Påhittsson",
    principal_email: "rolf.pahittsson@skola.example", register_holder_name: "Rolf Påhittsson",
    register_holder_email: "rolf.pahittsson@skola.example", system_admin_name: "Gun Gymnasie",
    system_admin_email: "gun.gymnasie@skola.example", grade_levels: ["upper_secondary"] }));
  const plain = validRequest(units.Demoskolan, { resource_name: "Låtsaslabbet",
    supplier_name: "Övningsförlaget AB", resource_type: "app", processes_personal_data: "no" });
  for (const key of ["data_categories", "protected_identity_students", "login_method",
    "data_location", "privacy_policy_url", "system_admin_name", "system_admin_email"]) {
    delete plain[key];
  }
  await approvedThroughApi(s.teacher, s.principal, plain);
  withoutData = (await s.reviewer.call("GET", "/api/v1/catalog")).body.items
    .find((e) => e.name === "Låtsaslabbet");
  assert.ok(withoutData);
});

const entryOf = async (id) => (await s.reviewer.call("GET", `/api/v1/catalog/${id}`)).body;

// Opens an entry's page from the catalogue screen, by searching its name.
async function openEntry(page, entry) {
  await click(page, "nav.catalog");
  await waitForProbe(page, (p) => p.screen === "catalog", { what: "the catalogue" });
  await typeInto(page, "catalog.search", entry.name);
  await waitForProbe(page, (p) => findWidget(p, `catalog.${entry.id}`) &&
    findWidget(p, "catalog.count")?.label === "1 av 1", { what: entry.name, timeout: 10000 });
  await click(page, `catalog.${entry.id}`);
  await waitForProbe(page, (p) => p.screen === "catalog_entry" &&
    findWidget(p, "title")?.label === entry.name, { what: "the entry", timeout: 10000 });
}

// Every widget of the screen from top to bottom, scrolling as a user does; the screen is back
// at its top afterwards.
async function wholeScreen(page) {
  const seen = new Map();
  let last = "";
  for (let i = 0; i < 40; i++) {
    const probed = await probe(page);
    for (const w of probed.widgets) if (!seen.has(w.id)) seen.set(w.id, w);
    const signature = JSON.stringify(probed.widgets.map((w) => [w.id, w.rect[1]]));
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

// Clicks a download button and answers the file's text and its suggested name.
async function download(page, id) {
  await scrollIntoView(page, id);
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 10000 }),
    click(page, id)]);
  const text = fs.readFileSync(await file.path(), "utf8");
  return { name: file.suggestedFilename(), text };
}

describe("journeys 6 and 8: the registers", () => {
  test("6: a principal replaces the system administrator; DI's feed and the entry show it",
    async () => {
      const shot = stepShots("6_system_admin");
      const unitId = units.Exempelskolan;
      const before = (await entryOf(withDpa.id)).units.find((u) => u.unit_id === unitId);
      assert.equal(before.system_admin_name, "Sara Admin");
      const next = { name: "Sven Systemsson", email: "sven.systemsson@skola.example" };

      await withSignedIn(server, emails.principal, async (page) => {
        await openEntry(page, withDpa);
        const shown = await scrollIntoView(page, `catalog_entry.unit.${unitId}.system_admin`);
        assert.equal(shown.label, "Sara Admin (sara.admin@skola.example)");
        // Only their own unit's use is theirs to change.
        const screen = await wholeScreen(page);
        assert.ok(screen.has(`usage.${unitId}.edit`));
        assert.ok(!screen.has(`usage.${units["Fiktiva gymnasiet"]}.edit`),
          "another unit's use is not this principal's");
        await shot(page, "principal_on_entry", { narrow: true,
          id: `catalog_entry.unit.${unitId}.system_admin` });
        await click(page, `usage.${unitId}.edit`);
        await typeInto(page, `usage.${unitId}.system_admin`, next.name);
        await typeInto(page, `usage.${unitId}.system_admin_email`, next.email);
        await shot(page, "principal_edits", { narrow: true, id: `usage.${unitId}.save` });
        await click(page, `usage.${unitId}.save`);
        await waitForProbe(page, (p) => findWidget(p, "entry.notice"),
          { what: "the saved notice", timeout: 10000 });
        const after = await scrollIntoView(page, `catalog_entry.unit.${unitId}.system_admin`);
        assert.equal(after.label, `${next.name} (${next.email})`);
        assert.equal(findWidget(await probe(page), `usage.${unitId}.save`), undefined,
          "the editor closed");
        await shot(page, "principal_saved", { id: `catalog_entry.unit.${unitId}.system_admin` });
      });

      // What the server stored: the use, the change in the feed, the audit trail.
      const stored = (await entryOf(withDpa.id)).units.find((u) => u.unit_id === unitId);
      assert.equal(stored.system_admin_name, next.name);
      assert.equal(stored.system_admin_email, next.email);
      assert.equal(stored.register_holder_name, before.register_holder_name, "unchanged");
      const feed = (await s.reviewer.call("GET", "/api/v1/changes?per_page=25")).body.items;
      const change = feed[0];
      assert.equal(change.kind, "system_admin");
      assert.equal(change.catalog_id, withDpa.id);
      assert.equal(change.unit_id, unitId);
      assert.deepEqual(change.before, { name: "Sara Admin", email: "sara.admin@skola.example" });
      assert.deepEqual(change.after, next);
      assert.equal(change.by.id, s.principal.me.id);
      // The two approvals registered the uses; the principal's change follows them.
      const trail = await expectAudit(s.reviewer, "catalog_usage", withDpa.id, [
        { action: "register_usage", by: s.reviewer.me.id },
        { action: "register_usage", by: s.reviewer.me.id },
        { action: "change_system_admin", by: s.principal.me.id },
      ]);
      assert.equal(trail[2].details.unit_id, unitId);
      assert.deepEqual(trail[2].details.before,
        { name: "Sara Admin", email: "sara.admin@skola.example" });
      assert.deepEqual(trail[2].details.after, next);

      // DI sees it in the feed, in words, and on the entry.
      await withSignedIn(server, emails.reviewer, async (page) => {
        await click(page, "nav.changes");
        const probed = await waitForProbe(page, (p) => p.screen === "changes" &&
          findWidget(p, `change.${change.id}`), { what: "the change", timeout: 10000 });
        const rows = probed.widgets.filter((w) => w.kind === "row" && w.id.startsWith("change."))
          .sort((a, b) => a.rect[1] - b.rect[1]);
        assert.equal(rows[0].id, `change.${change.id}`, "the newest first");
        const row = rows[0];
        for (const part of ["Exempelskolan", withDpa.name, "Sara Admin", next.name]) {
          assert.ok(row.label.includes(part), `${row.label} names ${part}`);
        }
        assert.equal(row.value.kind, "system_admin");
        await shot(page, "di_change_feed");
        await openEntry(page, withDpa);
        const shown = await scrollIntoView(page, `catalog_entry.unit.${unitId}.system_admin`);
        assert.equal(shown.label, `${next.name} (${next.email})`);
        await shot(page, "di_sees_entry", { id: `catalog_entry.unit.${unitId}.system_admin` });
      });
    });

  test("8: the catalogue and the units' use download as CSV holding what the screens show",
    async () => {
      const shot = stepShots("8_exports");
      await withSignedIn(server, emails.reviewer, async (page) => {
        await click(page, "nav.catalog");
        const listed = await waitForProbe(page, (p) => p.screen === "catalog" &&
          findWidget(p, "catalog.count")?.label === "2 av 2",
        { what: "the whole catalogue", timeout: 10000 });
        const rows = listed.widgets.filter((w) => w.kind === "row" &&
          /^catalog\.\d+$/.test(w.id));
        assert.equal(rows.length, 2);
        assert.ok(findWidget(listed, "catalog.export.catalog"));
        assert.ok(findWidget(listed, "catalog.export.usage"));
        await shot(page, "catalogue_with_exports", { narrow: true });

        const catalog = await download(page, "catalog.export.catalog");
        assert.match(catalog.name, /^anskaffa-catalog-\d{4}-\d{2}-\d{2}\.csv$/);
        const usage = await download(page, "catalog.export.usage");
        assert.match(usage.name, /^anskaffa-usage-\d{4}-\d{2}-\d{2}\.csv$/);
        const [catalogHead, ...catalogRows] = parseCsv(catalog.text);
        const [usageHead, ...usageRows] = parseCsv(usage.text);
        // In the language the app shows (Swedish), whatever the browser's own languages.
        assert.deepEqual(catalogHead.slice(0, 6),
          ["Lärresurs", "Leverantör", "Organisationsnummer", "Typ", "Årskurser", "Status"]);
        assert.equal(usageHead[0], "Lärresurs");
        console.log(`journey 8: ${catalogRows.length} catalogue rows, ${usageRows.length} uses`);

        // The catalogue: a row per entry the screen lists, holding what its row shows.
        assert.deepEqual(catalogRows.map((r) => r[0]).sort(), rows.map((r) => r.label).sort());
        const usageSeen = [];
        for (const row of rows) {
          const line = catalogRows.find((r) => r[0] === row.label);
          assert.equal(line[11], String(row.value.unit_count), `${row.label}: units`);
          // ... and what its page shows.
          await click(page, "nav.catalog");
          await waitForProbe(page, (p) => findWidget(p, row.id), { what: row.label });
          await click(page, row.id);
          await waitForProbe(page, (p) => p.screen === "catalog_entry" &&
            findWidget(p, "title")?.label === row.label, { what: "the entry", timeout: 10000 });
          const screen = await wholeScreen(page);
          const label = (id) => screen.get(id)?.label ?? "";
          assert.equal(line[1], label("catalog_entry.supplier"));
          assert.equal(line[3], label("catalog_entry.type"));
          assert.equal(line[4], label("catalog_entry.grades"));
          assert.equal(line[5], label("catalog_entry.status"));
          assert.equal(line[7], label("catalog_entry.decided_on"));
          if (line[8]) {
            assert.equal(label("catalog_entry.dpa"), `${line[8]}, giltigt till ${line[9]}`);
          }
          // The units' use: a line per unit the page shows.
          for (const [id, group] of screen) {
            if (!/^usage\.\d+$/.test(id)) continue;
            const unitId = id.slice("usage.".length);
            const use = usageRows.find((r) => r[0] === row.label && r[1] === group.label);
            assert.ok(use, `a line for ${row.label} at ${group.label}`);
            assert.equal(label(`catalog_entry.unit.${unitId}.register_holder`),
              `${use[2]} (${use[3]})`);
            assert.equal(label(`catalog_entry.unit.${unitId}.system_admin`),
              use[4] ? `${use[4]} (${use[5]})` : "–");
            assert.ok(label(`catalog_entry.unit.${unitId}.when`).includes(use[6]));
            assert.equal(use[7], group.value.ended ?? "");
            usageSeen.push(use);
          }
          if (row.label === withDpa.name) {
            await shot(page, "entry_page", { id: "catalog_entry.units" });
          }
        }
        assert.equal(usageSeen.length, usageRows.length, "every line of the file is on a page");
        // Journey 6's change is in the file.
        assert.ok(usageRows.some((r) => r[0] === withDpa.name && r[1] === "Exempelskolan" &&
          r[4] === "Sven Systemsson"));
      });
      assert.equal(withoutData.unit_count, 1);
    });
});
