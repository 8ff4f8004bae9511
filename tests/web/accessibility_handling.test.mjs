// WCAG 2.1 AA for the people who handle requests, through the accessibility mirror alone, as a
// screen reader user works: a reviewer takes a request and requires a DPA, the information
// security coordinator records it with the signed PDF attached, the reviewer approves it with
// a condition, registers the service agreement and marks the request ordered, and finds the
// resource in the catalogue; an administrator creates an account; a session that ended is
// signed in again in its dialog. Every step is focus, typed text and activation on the
// mirror's elements (no pointer on the canvas); axe runs on each screen met; the API checks
// what the server stored.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { openApp, openBrowser, probe, waitForProbe } from "./lib/browser.mjs";
import { smallPdf } from "./lib/files.mjs";
import { browserDate, findWidget, until } from "./lib/form.mjs";
import {
  activate,
  expectNoViolations,
  chooseOption,
  fillField,
  mirrored,
  signInThroughMirror,
} from "./lib/mirror.mjs";
import { validRequest, submitThroughApi } from "./lib/outcomes.mjs";
import { apiSession, demoUser } from "./lib/people.mjs";
import { useServer } from "./lib/server.mjs";

const reviewerEmail = "granskare@demo.anskaffa.example";
const infosecEmail = "infosak@demo.anskaffa.example";
const resource = "Talboken för alla";
const supplier = "Läsljud Sverige AB";
const condition = "Endast elevernas förnamn får läggas in i tjänsten.";

const server = useServer();

// A browser signed in through the mirror; `body(page)` runs in it and must throw nothing.
async function asPerson(email, body) {
  const browser = await openBrowser();
  try {
    await openApp(browser.page, server.url);
    await signInThroughMirror(browser.page, demoUser(server, email));
    await body(browser.page);
    assert.deepEqual(browser.errors, [], `${email}'s page threw`);
  } finally {
    await browser.close();
  }
}

// Opens the request from the review queue, by its row's button in the mirror's table, under
// one of the queue's filters when it is given.
async function openFromQueue(page, id, filter = null) {
  await activate(page, "nav.review_queue");
  await waitForProbe(page, (p) => p.screen === "review_queue");
  if (filter) await activate(page, `queue.filter.${filter}`);
  await activate(page, `queue.${id}`);
  await waitForProbe(page, (p) => p.screen === "request" && findWidget(p, "request.state"),
    { what: "the request's page", timeout: 10000 });
}

// Chooses an action, fills its fields in the mirror, sends it and waits for the server.
async function takeAction(page, api, id, action, fields, state) {
  await activate(page, `action.${action}`);
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "function") await value(page);
    else await fillField(page, `action_field.${key}`, value);
  }
  await activate(page, "action.send");
  return until(async () => {
    const view = (await api.call("GET", `/api/v1/requests/${id}`)).body;
    const error = findWidget(await probe(page), "action.error");
    if (error) throw new Error(`${action} was refused: ${error.label}`);
    return view.state === state ? view : null;
  }, `${action} to leave the request ${state}`);
}

describe("assistive technology alone, for the handlers", () => {
  test("a reviewer and the security coordinator take a request from review to order through the mirror", async () => {
    const teacher = await apiSession(server, "larare@demo.anskaffa.example");
    const principal = await apiSession(server, "rektor.exempel@demo.anskaffa.example");
    const reviewer = await apiSession(server, reviewerEmail);
    const infosec = await apiSession(server, infosecEmail);
    const units = (await teacher.call("GET", "/api/v1/units")).body;
    const school = units.find((u) => u.name === "Exempelskolan");
    const id = await submitThroughApi(teacher, validRequest(school.id, {
      resource_name: resource,
      supplier_name: supplier,
      cost_model: "paid",
      annual_cost_sek: 4500,
      purchase_route: "atea",
    }));
    await principal.act(id, "principal_approve");

    await asPerson(reviewerEmail, async (page) => {
      await openFromQueue(page, id);
      await expectNoViolations(page, "a reviewer's request page");
      const assigned = await takeAction(page, reviewer, id, "assign", {}, "in_review");
      await until(async () => (await reviewer.call("GET", `/api/v1/requests/${id}`)).body
        .assignee === reviewer.me.id, "the request assigned to the reviewer");
      assert.equal(assigned.state, "in_review");
      await takeAction(page, reviewer, id, "require_dpa", {}, "dpa_pending");
    });

    const pdf = smallPdf("PUB-avtal Talboken");
    await asPerson(infosecEmail, async (page) => {
      await openFromQueue(page, id);
      await activate(page, "action.record_dpa");
      await mirrored(page, "action_field.reference");
      await expectNoViolations(page, "the DPA's form");
      const today = await browserDate(page, 0);
      await fillField(page, "action_field.reference", "PUB-2026-TAL");
      await fillField(page, "action_field.signed_on", today);
      await fillField(page, "action_field.valid_from", today);
      await fillField(page, "action_field.valid_until", await browserDate(page, 3 * 365));
      // The attachment button opens the browser's file chooser from the mirror, as from the
      // canvas; Enter on it is what a screen reader's user presses.
      const chooser = page.waitForEvent("filechooser", { timeout: 10000 });
      await (await mirrored(page, "action_field.attachment_id")).focus();
      await page.keyboard.press("Enter");
      await (await chooser).setFiles(
        { name: "pub-avtal-talboken.pdf", mimeType: "application/pdf", buffer: pdf });
      await mirrored(page, "action_field.attachment_id.notice", { timeout: 10000 });
      await activate(page, "action.send");
      const view = await until(async () => {
        const body = (await infosec.call("GET", `/api/v1/requests/${id}`)).body;
        return body.state === "in_review" ? body : null;
      }, "the DPA recorded");
      assert.equal(view.dpa_valid, true);
      assert.ok(view.attachments.some((a) => a.name === "pub-avtal-talboken.pdf"));
    });

    await asPerson(reviewerEmail, async (page) => {
      await openFromQueue(page, id);
      await takeAction(page, reviewer, id, "approve", { conditions: condition }, "approved");

      // The service agreement the order is placed under, registered in the mirror's editor.
      await activate(page, "nav.agreements");
      await waitForProbe(page, (p) => p.screen === "agreements");
      await activate(page, "agreement.new");
      await activate(page, "agreement.kind.service_agreement");
      await mirrored(page, "agreement.supplier_name");
      await expectNoViolations(page, "the agreement editor");
      const today = await browserDate(page, 0);
      await fillField(page, "agreement.supplier_name", supplier);
      await fillField(page, "agreement.reference", "ATEA-2026-TAL");
      await activate(page, "agreement.route.atea");
      await fillField(page, "agreement.signed_on", today);
      await fillField(page, "agreement.valid_from", today);
      await fillField(page, "agreement.valid_until", await browserDate(page, 365));
      await activate(page, "agreement.save");
      const service = await until(async () => (await reviewer.call("GET",
        "/api/v1/agreements?kind=service_agreement&per_page=200")).body.items
        .find((a) => a.reference === "ATEA-2026-TAL"), "the service agreement saved");
      assert.equal(service.supplier_name, supplier);

      // Marked ordered under it, the agreement chosen from the mirror's drop-down list.
      // Approved requests wait for their order under the queue's "Att beställa".
      await openFromQueue(page, id, "to_order");
      const ordered = await takeAction(page, reviewer, id, "mark_ordered", {
        order_reference: "ATEA-ORDER-4712",
        service_agreement_id: (p) => chooseOption(p, "action_field.service_agreement_id",
          `action_field.service_agreement_id.${service.id}`),
      }, "ordered");
      assert.equal(ordered.state, "ordered");

      // The resource is in the catalogue, with its condition, found and opened in the mirror.
      const entry = (await reviewer.call("GET",
        `/api/v1/catalog?q=${encodeURIComponent(resource)}`)).body.items[0];
      assert.equal(entry.status, "approved_with_conditions");
      await activate(page, "nav.catalog");
      await waitForProbe(page, (p) => p.screen === "catalog");
      await fillField(page, "catalog.search", resource);
      await activate(page, `catalog.${entry.id}`);
      await waitForProbe(page, (p) => p.screen === "catalog_entry", { timeout: 10000 });
      const conditions = await mirrored(page, "catalog_entry.conditions");
      assert.equal(await conditions.textContent(), condition);
      await expectNoViolations(page, "a catalogue entry");
    });

    // The school's principal changes its system administrator in the usage register.
    const entry = (await reviewer.call("GET",
      `/api/v1/catalog?q=${encodeURIComponent(resource)}`)).body.items[0];
    await asPerson("rektor.exempel@demo.anskaffa.example", async (page) => {
      await activate(page, "nav.catalog");
      await waitForProbe(page, (p) => p.screen === "catalog");
      await fillField(page, "catalog.search", resource);
      await activate(page, `catalog.${entry.id}`);
      await waitForProbe(page, (p) => p.screen === "catalog_entry", { timeout: 10000 });
      await activate(page, `usage.${school.id}.edit`);
      await mirrored(page, `usage.${school.id}.system_admin`);
      await fillField(page, `usage.${school.id}.system_admin`, "Sara Lindqvist");
      await fillField(page, `usage.${school.id}.system_admin_email`, "sara.lindqvist@skola.example");
      await expectNoViolations(page, "the usage register's editor");
      await activate(page, `usage.${school.id}.save`);
      const saved = await until(async () => (await reviewer.call("GET",
        `/api/v1/catalog/${entry.id}`)).body.units.find((u) => u.unit_id === school.id &&
        u.system_admin_name === "Sara Lindqvist"), "the system administrator saved");
      assert.equal(saved.system_admin_email, "sara.lindqvist@skola.example");
    });
  });

  test("an administrator creates an account and a unit through the mirror, told what is missing on the way", async () => {
    const admin = await apiSession(server, "admin@demo.anskaffa.example");
    const unit = (await admin.call("GET", "/api/v1/units")).body[0];
    const email = "malin.mirrorsson@demo.anskaffa.example";
    await asPerson("admin@demo.anskaffa.example", async (page) => {
      await activate(page, "nav.admin");
      await waitForProbe(page, (p) => p.screen === "admin");
      await activate(page, "user.new");
      await mirrored(page, "user.name");
      await fillField(page, "user.email", "malin.mirrorsson@demo");
      // The core's finding is on the mirror's field as it is under the drawn one: the field
      // is invalid and described by the finding's text.
      await waitForProbe(page, (p) => findWidget(p, "user.email")?.findings?.includes(
        "invalid_email"), { what: "invalid_email under the e-mail" });
      const described = await until(() => page.evaluate(() => {
        const field = document.getElementById("a11y:user.email:control");
        if (field?.getAttribute("aria-invalid") !== "true") return null;
        return document.getElementById(field.getAttribute("aria-describedby"))?.textContent;
      }), "the e-mail marked invalid in the mirror");
      assert.equal(described, findWidget(await probe(page),
        "user.email.finding.invalid_email").label);
      await expectNoViolations(page, "the account editor with a finding");
      await fillField(page, "user.email", email);
      await fillField(page, "user.name", "Malin Mirrorsson");
      await fillField(page, "user.password", "ett langt losenord 43");
      await activate(page, "user.role.principal");
      await mirrored(page, "user.units.finding.principal_needs_unit");
      await activate(page, `user.unit.${unit.id}`);
      await waitForProbe(page, (p) => !findWidget(p, "user.units.finding.principal_needs_unit"),
        { what: "the unit's finding to go" });
      await activate(page, "user.save");
      const created = await until(async () => (await admin.call("GET",
        `/api/v1/users?q=${encodeURIComponent(email)}`)).body.items[0], "the account created");
      assert.deepEqual(created, { id: created.id, email, name: "Malin Mirrorsson",
        roles: ["principal"], units: [unit.id], disabled: false });

      // A unit: saved empty, its name is said to be required and nothing is sent.
      await activate(page, "admin.tab.units");
      await activate(page, "unit.new");
      await mirrored(page, "unit.name");
      await activate(page, "unit.save");
      await mirrored(page, "unit.name.finding.required");
      await expectNoViolations(page, "the unit's form with a finding");
      await fillField(page, "unit.name", "Spegelskolan");
      await fillField(page, "unit.school_form", "grundskola");
      await activate(page, "unit.save");
      const added = await until(async () => (await admin.call("GET", "/api/v1/units")).body
        .find((u) => u.name === "Spegelskolan"), "the unit added");
      assert.equal(added.school_form, "grundskola");
    });
  });

  test("a session that ended is signed in again in its dialog, through the mirror", async () => {
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await openApp(page, server.url);
      const reviewerUser = demoUser(server, reviewerEmail);
      await signInThroughMirror(page, reviewerUser);
      // The server forgets the session (as after its time limit); the next request finds out.
      await browser.context.clearCookies();
      await activate(page, "nav.review_queue");
      const password = await mirrored(page, "sign_in_again.password", { timeout: 15000 });
      // The dialog has the focus, and what is behind it is out of reach.
      await until(() => page.evaluate(() =>
        document.querySelector("#anskaffa-a11y [role=dialog]")?.contains(document.activeElement)),
      "the focus in the dialog");
      assert.equal(await page.evaluate(() =>
        document.querySelector("#anskaffa-a11y main").inert), true, "main is inert");
      await expectNoViolations(page, "the sign-in-again dialog");
      assert.equal(await (await mirrored(page, "sign_in_again.email")).inputValue(),
        reviewerUser.email, "the e-mail is filled in");
      await password.fill(reviewerUser.password);
      await activate(page, "sign_in_again.submit");
      await waitForProbe(page, (p) => !findWidget(p, "sign_in_again.password") &&
        p.screen === "review_queue", { what: "the dialog closed over the queue", timeout: 10000 });
      const cookies = await browser.context.cookies();
      assert.ok(cookies.length > 0, "a new session");
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });
});
