// The catalogue in the app (SPEC 5, 7): it lists what GET /api/v1/catalog lists, a search
// typed (with å, ä, ö) narrows it to the server's answer for the same text, a filter does the
// same, and an entry's page shows the units using it. In the request form, typing part of an
// approved entry's name offers it, and choosing it makes the draft a usage registration.
//   node --test --test-concurrency=1 tests/web/catalog.test.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";

import { probe, waitForProbe } from "./lib/browser.mjs";
import {
  chooseFromList, click, findWidget, scrollIntoView, settle, typeInto,
} from "./lib/form.mjs";
import { apiGetter, withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();

const server = useServer();

const isRow = (w) => w.kind === "row" && /^catalog\.\d+$/.test(w.id);
const rowIds = (probed) => probed.widgets.filter(isRow).map((w) => Number(w.id.slice(8)));
const sorted = (ids) => [...ids].sort((a, b) => a - b);

// Every row of the list: the probe lists what is on screen, so the screen is wheeled down to
// its end, gathering rows, then back to the top.
async function allRows(page) {
  await settle(page);
  const seen = new Set();
  let last = "";
  for (let i = 0; i < 40; i++) {
    const probed = await probe(page);
    rowIds(probed).forEach((id) => seen.add(id));
    const signature = JSON.stringify(probed.widgets.map((w) => [w.id, w.rect[1]]));
    if (signature === last) break;
    last = signature;
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, 400);
    await settle(page);
  }
  await page.mouse.wheel(0, -20000);
  await settle(page);
  return sorted(seen);
}

// The list shows the server's answer, with no search pending.
async function waitForRows(page, ids, what) {
  const n = ids.length;
  return waitForProbe(page, (p) =>
    findWidget(p, "catalog.count")?.label === `${n} av ${n}` ||
    (n === 0 && findWidget(p, "catalog.status")?.label === "Inga lärresurser matchar sökningen."),
  { what, timeout: 10000 });
}

async function openCatalog(page) {
  await click(page, "nav.catalog");
  await waitForProbe(page, (p) => p.screen === "catalog" && rowIds(p).length > 0,
    { what: "catalogue rows", timeout: 10000 });
}

const teacher = "larare@demo.anskaffa.example";

describe("the catalogue in the app", () => {
  test("lists what the API lists; a search with å/ä/ö and a filter narrow it as the API does",
    async () => {
      const get = await apiGetter(server, teacher);
      const everything = await get("/api/v1/catalog?per_page=200");
      assert.ok(everything.items.length >= 10, "demo-data has a catalogue");
      assert.ok(everything.items.length <= 50, "the first page holds the demo catalogue");
      const searched = "språk";
      const found = await get(`/api/v1/catalog?q=${encodeURIComponent(searched)}`);
      assert.ok(found.items.length >= 1 && found.items.length < everything.items.length,
        "the search finds some entries, not all");
      const filtered = await get("/api/v1/catalog?status=approved_with_conditions");
      assert.ok(filtered.items.length >= 1, "demo-data has entries approved with conditions");

      await withSignedIn(server, teacher, async (page) => {
        await openCatalog(page);
        await waitForRows(page, everything.items, "the whole list");
        assert.deepEqual(await allRows(page), sorted(everything.items.map((i) => i.id)));
        const first = findWidget(await probe(page), `catalog.${everything.items[0].id}`);
        assert.equal(first.value.status, everything.items[0].status);
        await page.screenshot({ path: path.join(screenshotDir, "catalog_1280.png") });

        await typeInto(page, "catalog.search", searched);
        await waitForRows(page, found.items, "the search's rows");
        assert.deepEqual(sorted(rowIds(await probe(page))), sorted(found.items.map((i) => i.id)));

        await typeInto(page, "catalog.search", "");
        await waitForRows(page, everything.items, "the whole list again");
        await chooseFromList(page, "catalog.filter.status",
          "catalog.filter.status.approved_with_conditions");
        await waitForRows(page, filtered.items, "the filter's rows");
        assert.deepEqual(await allRows(page), sorted(filtered.items.map((i) => i.id)));
        const probed = await probe(page);
        for (const id of rowIds(probed)) {
          assert.equal(findWidget(probed, `catalog.${id}`).value.status,
            "approved_with_conditions");
        }
      });
    });

  test("a type filter and a grade filter ask the server", async () => {
    const get = await apiGetter(server, teacher);
    const apps = await get("/api/v1/catalog?type=app&grade=f3");
    await withSignedIn(server, teacher, async (page) => {
      await openCatalog(page);
      await chooseFromList(page, "catalog.filter.type", "catalog.filter.type.app");
      await chooseFromList(page, "catalog.filter.grade", "catalog.filter.grade.f3");
      await waitForRows(page, apps.items, "apps for F–3");
      assert.deepEqual(await allRows(page), sorted(apps.items.map((i) => i.id)));
    });
  });

  test("an entry's page shows its decision, agreements and the units using it", async () => {
    const get = await apiGetter(server, teacher);
    const list = await get("/api/v1/catalog?per_page=200");
    const used = list.items.find((i) => i.unit_count > 0 && i.dpa_expired === false);
    assert.ok(used, "demo-data has an entry in use");
    const entry = await get(`/api/v1/catalog/${used.id}`);
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      await withSignedIn(server, teacher, async (page) => {
        if (width < 880) {
          await click(page, "nav.menu");
        }
        await openCatalog(page);
        await click(page, `catalog.${used.id}`);
        const probed = await waitForProbe(page,
          (p) => p.screen === "catalog_entry" && findWidget(p, "title")?.label === entry.name,
          { what: "the entry's page", timeout: 10000 });
        await page.screenshot({ path: path.join(screenshotDir, `catalog_entry_${width}.png`) });
        const status = await scrollIntoView(page, "catalog_entry.status");
        assert.equal(status.value, entry.status);
        if (width >= 880) {
          for (const unit of entry.units) {
            const shown = await scrollIntoView(page, `catalog_entry.unit.${unit.unit_id}`);
            assert.equal(shown.label, unit.unit_name);
          }
          await page.screenshot({ path: path.join(screenshotDir, "catalog_entry_units_1280.png") });
          await click(page, "catalog_entry.back");
          await waitForProbe(page, (p) => p.screen === "catalog", { what: "back" });
        } else {
          await page.mouse.wheel(0, -20000);
          await settle(page);
          await click(page, "catalog_entry.back");
          await waitForProbe(page, (p) => p.screen === "catalog", { what: "back" });
          await page.screenshot({ path: path.join(screenshotDir, "catalog_390.png") });
        }
      }, { width, height });
    }
  });

  test("typing an approved entry's name in the request form offers it as a usage registration",
    async () => {
      const get = await apiGetter(server, teacher);
      const list = await get("/api/v1/catalog?status=approved&per_page=200");
      const entry = list.items.find((i) => i.name.length >= 8);
      assert.ok(entry, "demo-data has an approved entry");
      const part = entry.name.slice(0, 6);
      await withSignedIn(server, teacher, async (page) => {
        await click(page, "nav.new_request");
        await waitForProbe(page, (p) => p.screen === "request_form", { what: "the form" });
        await click(page, "form.next");  // the resource's step
        await typeInto(page, "resource_name", part);
        const offered = await waitForProbe(page,
          (p) => findWidget(p, `suggestion.${entry.id}`), { what: "the suggestion", timeout: 10000 });
        assert.equal(findWidget(offered, `suggestion.${entry.id}`).kind, "button");
        await page.screenshot({ path: path.join(screenshotDir, "suggestion_1280.png") });
        await click(page, `suggestion.${entry.id}`);
        const chosen = await waitForProbe(page,
          (p) => findWidget(p, "suggestion.chosen") && findWidget(p, "resource_name")?.value ===
            entry.name, { what: "the usage registration" });
        assert.ok(!findWidget(chosen, `suggestion.${entry.id}`));
        // What the catalogue knows of the resource is filled in from its entry.
        const full = await get(`/api/v1/catalog/${entry.id}`);
        await scrollIntoView(page, "website_url");
        await waitForProbe(page, (p) => findWidget(p, "website_url")?.value === full.website_url,
          { what: "the entry's website in the draft" });
        // The summary's kind chip is the core's request_kind() of the draft.
        for (let i = 0; i < 4; i++) await click(page, "form.next");
        const summary = await waitForProbe(page, (p) => findWidget(p, "summary.kind"),
          { what: "the summary's kind" });
        assert.equal(findWidget(summary, "summary.kind").value, "usage_registration");
      });
    });

  test("an entry whose DPA has expired is still offered, saying a new DPA will be needed",
    async () => {
      const get = await apiGetter(server, teacher);
      const list = await get("/api/v1/catalog?per_page=200");
      const expired = list.items.find((i) => i.dpa_expired &&
        (i.status === "approved" || i.status === "approved_with_conditions"));
      assert.ok(expired, "demo-data has an approved entry with an expired DPA");
      await withSignedIn(server, teacher, async (page) => {
        await click(page, "nav.menu");
        await click(page, "nav.new_request");
        await waitForProbe(page, (p) => p.screen === "request_form", { what: "the form" });
        await click(page, "form.next");
        await typeInto(page, "resource_name", expired.name);
        const offered = await waitForProbe(page,
          (p) => findWidget(p, `suggestion.${expired.id}.dpa_expired`),
          { what: "the expired DPA's note", timeout: 10000 });
        assert.ok(findWidget(offered, `suggestion.${expired.id}`));
        await page.screenshot({ path: path.join(screenshotDir, "suggestion_390.png") });
      }, { width: 390, height: 844 });
    });
});
