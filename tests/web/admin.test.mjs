// The administration screen (SPEC 1, 7): the demo administrator creates an account with roles
// and a unit through the UI, sees it listed and checks it through the API; disables it, after
// which it cannot sign in; adds a unit. A teacher has no administration in the navigation.
// Screenshots at 1280×800 and 390×844.
//   node --test --test-concurrency=1 tests/web/admin.test.mjs
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
  settle,
  typeInto,
} from "./lib/form.mjs";
import { apiGetter, withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();
const admin = "admin@demo.anskaffa.example";
const teacher = "larare@demo.anskaffa.example";

const server = useServer();

async function signInStatus(email, password) {
  const answer = await fetch(`${server.url}/api/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  return answer;
}

describe("the administration screen", () => {
  test("an admin creates an account with roles and a unit, then disables it", async () => {
    const units = await (await apiGetter(server, admin))("/api/v1/units");
    const unit = units[0];
    const self = (await (await apiGetter(server, admin))("/api/v1/users?q=admin@")).items[0];
    const email = "vera.testsson@demo.anskaffa.example";
    const password = "ett langt losenord 42";
    await withSignedIn(server, admin, async (page) => {
      await click(page, "nav.admin");
      const list = await waitForProbe(page, (p) => p.screen === "admin" &&
        findWidget(p, `user.${self.id}`), { what: "the accounts", timeout: 10000 });
      assert.equal(findWidget(list, "admin.tab.users").kind, "tab");
      assert.equal(findWidget(list, "admin.tab.users").value, true);
      assert.deepEqual(findWidget(list, `user.${self.id}`).value.roles, ["admin"]);
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "admin_users"), { toTop: true });

      await click(page, "user.new");
      await waitForProbe(page, (p) => findWidget(p, "user.name"), { what: "the editor" });
      // The core's findings show under a field as it is typed.
      await typeInto(page, "user.email", "vera.testsson@demo");
      await waitForProbe(page, (p) => findWidget(p, "user.email")?.findings?.includes(
        "invalid_email"), { what: "invalid_email under the e-mail" });
      await typeInto(page, "user.email", email);
      await waitForProbe(page, (p) => findWidget(p, "user.email")?.findings?.length === 0,
        { what: "no finding under the e-mail" });
      await typeInto(page, "user.name", "Vera Testsson");
      await typeInto(page, "user.password", password);
      await click(page, "user.role.principal");
      await click(page, "user.role.requester");
      // Below the units, which may be further down than the window shows.
      await settle(page);
      await scrollIntoView(page, "user.units.finding.principal_needs_unit");
      await click(page, `user.unit.${unit.id}`);
      await waitForProbe(page, (p) => !findWidget(p, "user.units.finding.principal_needs_unit"),
        { what: "the unit's finding to go" });
      await page.mouse.wheel(0, -10000);
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "admin_user_editor"), { toTop: true });
      await click(page, "user.save");
      await waitForProbe(page, (p) => findWidget(p, "admin.notice"),
        { what: "the account to be created", timeout: 10000 });

      const created = (await (await apiGetter(server, admin))("/api/v1/users?q=vera.testsson")).items;
      assert.equal(created.length, 1);
      const vera = created[0];
      assert.deepEqual(vera, { id: vera.id, email, name: "Vera Testsson",
        roles: ["principal", "requester"], units: [unit.id], disabled: false });
      const row = await scrollIntoView(page, `user.${vera.id}`);
      assert.equal(row.label, "Vera Testsson");
      assert.deepEqual(row.value.roles, ["principal", "requester"]);
      assert.equal((await signInStatus(email, password)).status, 200);

      // Disabled, the account cannot sign in.
      await click(page, `user.${vera.id}`);
      await waitForProbe(page, (p) => findWidget(p, "user.name"), { what: "its editor" });
      assert.equal(findWidget(await probe(page), "user.name").value, "Vera Testsson");
      await click(page, "user.disabled");
      await click(page, "user.save");
      await waitForProbe(page, (p) => findWidget(p, "admin.notice"),
        { what: "the change to be saved", timeout: 10000 });
      const disabled = await scrollIntoView(page, `user.${vera.id}`);
      assert.equal(disabled.value.disabled, true);
      assert.equal((await signInStatus(email, password)).status, 401);
    });
  });

  test("an admin adds a unit", async () => {
    await withSignedIn(server, admin, async (page) => {
      await click(page, "nav.admin");
      await click(page, "admin.tab.units");
      await waitForProbe(page, (p) => findWidget(p, "admin.tab.units")?.value === true &&
        findWidget(p, "unit.new"), { what: "the units tab" });
      await click(page, "unit.new");
      // Saved empty, the name's finding shows and nothing is sent.
      await click(page, "unit.save");
      await waitForProbe(page, (p) => findWidget(p, "unit.name")?.findings?.includes("required"),
        { what: "the name is required" });
      await typeInto(page, "unit.name", "Testskolan Norr");
      await typeInto(page, "unit.school_form", "grundskola");
      await click(page, "unit.save");
      await waitForProbe(page, (p) => findWidget(p, "admin.notice"),
        { what: "the unit to be added", timeout: 10000 });
      const unit = (await (await apiGetter(server, admin))("/api/v1/units")).find((u) => u.name === "Testskolan Norr");
      assert.ok(unit, "the unit is listed by the API");
      assert.equal(unit.school_form, "grundskola");
      const row = await scrollIntoView(page, `unit.${unit.id}`);
      assert.equal(row.label, "Testskolan Norr");
      await page.mouse.wheel(0, -10000);
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "admin_units"), { toTop: true });
    });
  });

  test("a teacher has no administration in the navigation", async () => {
    await withSignedIn(server, teacher, async (page) => {
      const shown = await probe(page);
      assert.ok(findWidget(shown, "nav.home"));
      assert.equal(findWidget(shown, "nav.admin"), undefined);
    });
  });
});
