// Issue 8, journeys 1 and 2: a new resource from the first search to the order, then a second
// school's usage of it. Every step is taken in the app by the person whose step it is (real
// clicks and key events, the probe to find widgets); the API only checks what the server
// stored and the audit trail. From an empty database with the demo's units and people.
//   node --test --test-concurrency=1 tests/web/journey_approval.test.mjs
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { openApp, openBrowser, probe, waitForProbe } from "./lib/browser.mjs";
import { chooseFile, smallPdf } from "./lib/files.mjs";
import {
  browserDate,
  chooseFromList,
  click,
  findWidget,
  scrollTo,
  settle,
  signIn,
  typeInto,
  until,
} from "./lib/form.mjs";
import {
  auditTrail,
  expectRequestPage,
  expectStored,
  fillForm,
  journeySteps,
  openFromQueue,
  shownTimeline,
  takeAction,
  waitForState,
} from "./lib/journey.mjs";
import { apiSession, demoUser, withSignedIn } from "./lib/people.mjs";
import { useServer } from "./lib/server.mjs";

const resource = "Kodknäckarna";
const supplier = "Påhittade Kod AB";
const condition = "Endast elevernas förnamn får läggas in i tjänsten.";
const completionAsk = "Ange leverantörens organisationsnummer och länk till integritetspolicyn.";

let teacher;  // the API as each person, to check outcomes
let principal;
let reviewer;
let infosec;
let units;

const server = useServer({ peopleOnly: true }, async () => {
  teacher = await apiSession(server, "larare@demo.anskaffa.example");
  principal = await apiSession(server, "rektor.exempel@demo.anskaffa.example");
  reviewer = await apiSession(server, "granskare@demo.anskaffa.example");
  infosec = await apiSession(server, "infosak@demo.anskaffa.example");
  units = (await teacher.call("GET", "/api/v1/units")).body;
});

const unitNamed = (name) => units.find((u) => u.name === name);
const inDays = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

// The notifications of one person about one request, oldest first, as their kinds.
async function notified(api, id) {
  const all = (await api.call("GET", "/api/v1/notifications?per_page=200")).body.items;
  return all.filter((n) => n.request_id === id).reverse().map((n) => n.kind);
}

describe("journey 1: a new resource from search to order", () => {
  const steps = journeySteps("1_new_resource");
  let browser;  // the teacher's, open through the whole journey
  let page;
  let id;
  let caseNumber;
  let version;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
    await openApp(page, server.url);
    await signIn(page, demoUser(server, "larare@demo.anskaffa.example"));
  });

  after(async () => {
    assert.deepEqual(browser?.errors ?? [], [], "the teacher's page threw");
    await browser?.close();
  });

  // The request's page, opened from the teacher's own list on the home screen.
  async function teacherOpensRequest() {
    await click(page, "nav.home");
    await waitForProbe(page, (p) => p.screen === "home");
    await scrollTo(page, `mine.${id}`);
    await click(page, `mine.${id}`);
    return waitForProbe(page, (p) => p.screen === "request" && findWidget(p, "request.state"),
      { what: "the request's page", timeout: 10000 });
  }

  test("the teacher searches the catalogue and does not find the resource", async () => {
    await click(page, "nav.catalog");
    await waitForProbe(page, (p) => p.screen === "catalog");
    await typeInto(page, "catalog.search", resource);
    const probed = await waitForProbe(page,
      (p) => findWidget(p, "catalog.status")?.label === "Inga lärresurser matchar sökningen.",
      { what: "no match", timeout: 10000 });
    assert.equal(probed.widgets.filter((w) => /^catalog\.\d+$/.test(w.id)).length, 0);
    const listed = await teacher.call("GET", `/api/v1/catalog?q=${encodeURIComponent(resource)}`);
    assert.equal(listed.body.total, 0);
    await steps.shot(page, "catalog_not_found", { narrow: true });
  });

  test("she drafts the request, partly offline, and submits it", async () => {
    await click(page, "nav.new_request");
    let form = await waitForProbe(page, (p) => p.screen === "request_form");
    assert.equal(findWidget(form, "requester_name").value, "Lena Lärarsson");
    assert.equal(findWidget(form, "requester_email").value, "larare@demo.anskaffa.example");
    await click(page, "requester_role.teacher");
    const school = unitNamed("Exempelskolan");
    await chooseFromList(page, "unit_id", `unit_id.${school.id}`);
    await waitForProbe(page, (p) => findWidget(p, "unit_id")?.value === school.id);
    await click(page, "form.next");

    // The network goes; she goes on writing, and the draft is kept on the device.
    await page.context().setOffline(true);
    await waitForProbe(page, (p) => p.online === false &&
      findWidget(p, "status.online")?.value === false, { what: "the app offline" });
    await typeInto(page, "resource_name", resource);
    await click(page, "resource_type.web_service");
    await typeInto(page, "supplier_name", supplier);
    await typeInto(page, "website_url", "https://kodknackarna.example");
    await typeInto(page, "description",
      "Eleverna lär sig programmera genom att lösa problem i par, i matematik och teknik.");
    await click(page, "grade_levels.y4_6");
    await click(page, "form.next");
    await click(page, "users.students");
    await typeInto(page, "user_count", "120", { expect: 120 });
    await typeInto(page, "start_date", await browserDate(page, 60));
    await click(page, "cost_model.paid");
    await typeInto(page, "annual_cost_sek", "12 000", { expect: 12000 });
    await click(page, "purchase_route.atea");
    await scrollTo(page, "status.saved");
    form = await waitForProbe(page,
      (p) => /^Utkast sparat \d\d:\d\d$/.test(findWidget(p, "status.saved")?.label ?? ""),
      { what: "the draft saved offline" });
    assert.equal(findWidget(form, "status.online").label, "Offline");
    await steps.shot(page, "drafting_offline");

    // The network returns before she sends it.
    await page.context().setOffline(false);
    await waitForProbe(page, (p) => p.online === true, { what: "the app online again" });
    await click(page, "form.next");
    await click(page, "processes_personal_data.yes");
    await click(page, "data_categories.name");
    await click(page, "data_categories.student_work");
    await click(page, "protected_identity_students.no");
    await chooseFromList(page, "login_method", "login_method.google_school");
    await click(page, "data_location.eu_eea");
    await click(page, "form.next");
    await typeInto(page, "principal_name", "Rut Rektorsson");
    await typeInto(page, "principal_email", "rektor.exempel@demo.anskaffa.example");
    await click(page, "register_holder_same_as_principal");
    await typeInto(page, "system_admin_name", "Sam Systemsson");
    await typeInto(page, "system_admin_email", "sam.systemsson@exempelskolan.example");
    await click(page, "training_confirmed");
    await click(page, "form.next");

    // The summary: what kind of request, its risk, and where it goes next.
    const summary = await waitForProbe(page, (p) => findWidget(p, "summary.ready"),
      { what: "a summary without errors" });
    assert.equal(findWidget(summary, "summary.kind").value, "new_resource");
    assert.equal(findWidget(summary, "summary.risk").value, "medium");
    assert.equal((await scrollTo(page, "summary.next_step")).label,
      "När du skickar går beställningen till rektorn för godkännande och sedan till DI.");
    await steps.shot(page, "summary");
    await click(page, "form.submit");
    const home = await waitForProbe(page,
      (p) => p.screen === "home" && /Ärendenummer: ANS-\d{4}-\d{4}/.test(findWidget(p, "notice")?.label ?? ""),
      { what: "the case number at home", timeout: 15000 });
    caseNumber = findWidget(home, "notice").label.match(/ANS-\d{4}-\d{4}/)[0];

    const own = (await teacher.call("GET", "/api/v1/requests?owner=me")).body.items;
    assert.equal(own.length, 1);
    id = own[0].id;
    const stored = await expectStored(teacher, id, { case_number: caseNumber,
      state: "awaiting_principal", kind: "new_resource" });
    assert.equal(stored.request.resource_name, resource);
    assert.equal(stored.request.unit_id, school.id);
    assert.equal(stored.request.annual_cost_sek, 12000);
    assert.equal(stored.request.supplier_org_number, undefined);
    version = stored.version;
    const row = await scrollTo(page, `mine.${id}`);
    assert.equal(row.value.state, "awaiting_principal");
    assert.equal(row.value.case_number, caseNumber);
    await steps.shot(page, "submitted_home", { narrow: true, id: `mine.${id}` });
    assert.deepEqual(await auditTrail(reviewer, id),
      [["submit", null, "awaiting_principal", "Lena Lärarsson"]]);
  });

  test("the principal approves it for her school", async () => {
    await withSignedIn(server, "rektor.exempel@demo.anskaffa.example", async (p) => {
      await scrollTo(p, `awaiting.${id}`);
      await steps.shot(p, "principal_home", { id: `awaiting.${id}` });
      await click(p, `awaiting.${id}`);
      await expectRequestPage(p, principal, id, { state: "awaiting_principal", nextStep: null,
        actions: ["comment", "principal_approve", "principal_decline"] });
      await steps.shot(p, "principal_request", { narrow: true, id: "action.principal_approve" });
      await takeAction(p, "principal_approve");
      await expectRequestPage(p, principal, id, { state: "in_review", actions: ["comment"] });
    });
    const stored = await expectStored(teacher, id, { state: "in_review", version: version + 1 });
    version = stored.version;
    assert.deepEqual((await auditTrail(reviewer, id)).at(-1),
      ["principal_approve", "awaiting_principal", "in_review", "Rut Rektorsson"]);
  });

  let reviewerBrowser;  // the reviewer's, open from here to the order
  let rp;

  test("a reviewer takes it and asks for a completion", async () => {
    reviewerBrowser = await openBrowser();
    rp = reviewerBrowser.page;
    await openApp(rp, server.url);
    await signIn(rp, demoUser(server, "granskare@demo.anskaffa.example"));
    await openFromQueue(rp, id);
    await steps.shot(rp, "reviewer_request");
    await expectRequestPage(rp, reviewer, id, { state: "in_review", nextStep: null,
      actions: ["assign", "comment", "reject", "request_completion", "require_dpa"] });
    await takeAction(rp, "assign");
    await waitForProbe(rp, (p) => findWidget(p, "request.notice"), { what: "assigned" });
    assert.equal((await expectStored(reviewer, id, { version: version + 1 })).assignee,
      reviewer.me.id);
    await takeAction(rp, "request_completion", { comment: completionAsk });
    await expectRequestPage(rp, reviewer, id, { state: "needs_completion",
      actions: ["assign", "comment"] });
    await steps.shot(rp, "completion_asked");
    const stored = await expectStored(reviewer, id, { state: "needs_completion",
      version: version + 2 });
    version = stored.version;
    assert.equal(stored.timeline.at(-1).comment, completionAsk);
  });

  test("the teacher is told, completes the request and sends it again", async () => {
    const told = (await teacher.call("GET", "/api/v1/notifications?unread=1")).body.items
      .find((n) => n.request_id === id && n.kind === "request_completion");
    assert.ok(told, "an unread notification of the return");
    await click(page, "nav.home");
    const note = await scrollTo(page, `notification.${told.id}`);
    assert.equal(note.label, told.text);
    assert.equal(note.value.read, false);
    assert.equal((await scrollTo(page, `mine.${id}`)).value.state, "needs_completion");
    await steps.shot(page, "teacher_told", { id: `notification.${told.id}` });
    await click(page, `notification.${told.id}`);
    await expectRequestPage(page, teacher, id, { state: "needs_completion",
      nextStep: "Du behöver komplettera beställningen.",
      actions: ["comment", "resubmit", "withdraw"] });
    const timeline = await shownTimeline(page);
    const asked = timeline.at(-1);
    assert.equal(asked.what, "Begär komplettering › Behöver kompletteras");
    assert.equal(asked.comment, `“${completionAsk}”`);
    assert.match(asked.when, /Greta Granskare$/);
    assert.ok(findWidget(await probe(page), "request.notice") === undefined);
    await steps.shot(page, "teacher_request_returned", { narrow: true });

    // Skicka in igen opens the request on the form, to be completed.
    await click(page, "action.resubmit");
    let form = await waitForProbe(page, (p) => p.screen === "request_form" &&
      findWidget(p, "title")?.label === `Komplettera ${caseNumber}`, { what: "the completion" });
    assert.equal(findWidget(form, "requester_name").value, "Lena Lärarsson");
    assert.equal(findWidget(form, "status.saved"), undefined, "a completion is no draft");
    await click(page, "form.step.resource");
    form = await waitForProbe(page, (p) => findWidget(p, "resource_name")?.value === resource);
    await typeInto(page, "supplier_org_number", "556016-0680");
    await click(page, "form.step.personal_data");
    await typeInto(page, "privacy_policy_url", "https://kodknackarna.example/integritet");
    await click(page, "form.step.summary");
    const summary = await waitForProbe(page, (p) => findWidget(p, "summary.ready"),
      { what: "the completion's summary" });
    assert.ok(summary);
    assert.equal((await scrollTo(page, "summary.next_step")).label,
      "När du skickar går ärendet tillbaka till DI:s granskning.");
    await steps.shot(page, "completion_summary");
    await scrollTo(page, "form.submit");
    assert.equal(findWidget(await probe(page), "form.submit").label, "Spara och skicka in igen");
    await click(page, "form.submit");
    const back = await waitForProbe(page, (p) => p.screen === "request" &&
      findWidget(p, "request.state")?.value === "in_review",
    { what: "the request back in review", timeout: 15000 });
    assert.equal(findWidget(back, "request.notice").label,
      "Kompletteringen är inskickad. DI granskar ärendet igen.");
    await expectRequestPage(page, teacher, id, { state: "in_review",
      nextStep: "DI granskar lärresursen.", actions: ["comment", "withdraw"] });
    await steps.shot(page, "completion_sent");
    const stored = await expectStored(teacher, id, { state: "in_review" });
    assert.equal(stored.request.supplier_org_number, "556016-0680");
    assert.equal(stored.request.privacy_policy_url, "https://kodknackarna.example/integritet");
    assert.equal(stored.version, version + 2, "the edit and the resubmission");
    version = stored.version;
    assert.deepEqual((await auditTrail(reviewer, id)).slice(-1),
      [["resubmit", "needs_completion", "in_review", "Lena Lärarsson"]]);
  });

  test("the reviewer requires a DPA", async () => {
    await openFromQueue(rp, id);
    await takeAction(rp, "require_dpa");
    await expectRequestPage(rp, reviewer, id, { state: "dpa_pending",
      actions: ["assign", "comment", "record_dpa", "reject", "request_completion"] });
    await steps.shot(rp, "dpa_required");
    version = (await expectStored(reviewer, id, { state: "dpa_pending", version: version + 1 }))
      .version;
  });

  test("the security coordinator uploads the signed PDF and records the DPA", async () => {
    const pdf = smallPdf("PUB-avtal Kodknackarna");
    let today;
    let until;
    await withSignedIn(server, "infosak@demo.anskaffa.example", async (p) => {
      await openFromQueue(p, id);
      await expectRequestPage(p, infosec, id, { state: "dpa_pending", nextStep: null,
        actions: ["comment", "record_dpa"] });
      await click(p, "action.record_dpa");
      await typeInto(p, "action_field.reference", "PUB-2026-KOD");
      today = await browserDate(p, 0);
      until = await browserDate(p, 3 * 365);
      await typeInto(p, "action_field.signed_on", today);
      await typeInto(p, "action_field.valid_from", today);
      await typeInto(p, "action_field.valid_until", until);
      await scrollTo(p, "action_field.attachment_id");
      await chooseFile(p, "action_field.attachment_id",
        { name: "pub-avtal-kodknackarna.pdf", mimeType: "application/pdf", buffer: pdf });
      await waitForProbe(p, (q) => findWidget(q, "action_field.attachment_id.notice"),
        { what: "the signed PDF attached", timeout: 10000 });
      await steps.shot(p, "record_dpa", { narrow: true, id: "action.send" });
      await click(p, "action.send");
      await waitForState(infosec, id, "in_review");
      await expectRequestPage(p, infosec, id, { state: "in_review", actions: ["comment"] });
    });
    const stored = await expectStored(infosec, id, { state: "in_review", dpa_valid: true });
    assert.ok(stored.attachments.some((a) => a.name === "pub-avtal-kodknackarna.pdf"));
    const dpa = (await infosec.call("GET", "/api/v1/agreements?kind=dpa&per_page=200")).body
      .items.find((a) => a.reference === "PUB-2026-KOD");
    assert.ok(dpa, "the DPA is in the agreements register");
    assert.equal(dpa.request_id, id);
    assert.equal(dpa.valid_from, today);
    assert.equal(dpa.valid_until, until);
    assert.equal(dpa.supplier_name, supplier);
    assert.deepEqual((await auditTrail(reviewer, id)).at(-1),
      ["record_dpa", "dpa_pending", "in_review", "Ingrid Säkerhetsson"]);
    version = stored.version;
  });

  test("the reviewer approves with a condition; the catalogue shows the unit and its people",
    async () => {
      await openFromQueue(rp, id);
      await expectRequestPage(rp, reviewer, id, { state: "in_review",
        actions: ["approve", "assign", "comment", "reject", "request_completion", "require_dpa"] });
      await takeAction(rp, "approve", { conditions: condition });
      await expectRequestPage(rp, reviewer, id, { state: "approved",
        actions: ["comment", "mark_ordered"] });
      await steps.shot(rp, "approved");
      await expectStored(reviewer, id, { state: "approved", version: version + 1 });
      version += 1;

      const found = (await reviewer.call("GET",
        `/api/v1/catalog?q=${encodeURIComponent(resource)}`)).body.items;
      assert.equal(found.length, 1);
      assert.equal(found[0].status, "approved_with_conditions");
      const entry = (await reviewer.call("GET", `/api/v1/catalog/${found[0].id}`)).body;
      assert.equal(entry.conditions, condition);
      const school = unitNamed("Exempelskolan");
      assert.deepEqual(entry.units.map((u) => u.unit_id), [school.id]);

      // The teacher finds it in the catalogue now, with her school, its register holder and
      // system administrator.
      await click(page, "nav.catalog");
      await typeInto(page, "catalog.search", resource);
      await scrollTo(page, `catalog.${entry.id}`);
      await click(page, `catalog.${entry.id}`);
      await waitForProbe(page, (p) => p.screen === "catalog_entry" &&
        findWidget(p, "title")?.label === resource, { what: "the entry", timeout: 10000 });
      assert.equal((await scrollTo(page, "catalog_entry.status")).value,
        "approved_with_conditions");
      const usage = await scrollTo(page, `usage.${school.id}`);
      assert.equal(usage.label, "Exempelskolan");
      assert.equal(usage.value.register_holder, "Rut Rektorsson");
      assert.equal(usage.value.system_admin, "Sam Systemsson");
      assert.equal(findWidget(await probe(page), `catalog_entry.unit.${school.id}.system_admin`)
        .label, "Sam Systemsson (sam.systemsson@exempelskolan.example)");
      await steps.shot(page, "catalog_entry", { narrow: true, id: `usage.${school.id}` });
      await scrollTo(page, "catalog_entry.conditions");
      assert.equal(findWidget(await probe(page), "catalog_entry.conditions").label, condition);
    });

  test("the reviewer records the service agreement and marks the request ordered", async () => {
    // The service agreement the order is placed under, put in the register in the app.
    await click(rp, "nav.agreements");
    await waitForProbe(rp, (p) => p.screen === "agreements");
    await click(rp, "agreement.new");
    await click(rp, "agreement.kind.service_agreement");
    await typeInto(rp, "agreement.supplier_name", supplier);
    await typeInto(rp, "agreement.reference", "ATEA-2026-KOD");
    await click(rp, "agreement.route.atea");
    const today = await browserDate(rp, 0);
    await typeInto(rp, "agreement.signed_on", today);
    await typeInto(rp, "agreement.valid_from", today);
    await typeInto(rp, "agreement.valid_until", await browserDate(rp, 365));
    await click(rp, "agreement.save");
    const service = await until(async () => (await reviewer.call("GET",
      "/api/v1/agreements?kind=service_agreement&per_page=200")).body.items
      .find((a) => a.reference === "ATEA-2026-KOD"), "the service agreement saved");
    await steps.shot(rp, "service_agreement");

    // Approved requests wait for their order in the queue's "Att beställa".
    await click(rp, "nav.review_queue");
    await waitForProbe(rp, (p) => p.screen === "review_queue");
    await click(rp, "queue.filter.to_order");
    await scrollTo(rp, `queue.${id}`);
    await steps.shot(rp, "queue_to_order", { narrow: true, id: `queue.${id}` });
    await click(rp, `queue.${id}`);
    await expectRequestPage(rp, reviewer, id, { state: "approved",
      actions: ["comment", "mark_ordered"] });
    await takeAction(rp, "mark_ordered", {
      order_reference: "ATEA-ORDER-4711",
      service_agreement_id: (p) => chooseFromList(p, "action_field.service_agreement_id",
        `action_field.service_agreement_id.${service.id}`),
    });
    await expectRequestPage(rp, reviewer, id, { state: "ordered", actions: ["comment"] });
    await steps.shot(rp, "ordered");
    const stored = await expectStored(reviewer, id, { state: "ordered", version: version + 1 });
    version = stored.version;
    assert.deepEqual((await auditTrail(reviewer, id)).at(-1),
      ["mark_ordered", "approved", "ordered", "Greta Granskare"]);
    const entry = (await reviewer.call("GET",
      `/api/v1/catalog?q=${encodeURIComponent(resource)}`)).body.items[0];
    const after = (await reviewer.call("GET", `/api/v1/catalog/${entry.id}`)).body;
    assert.equal(after.service_agreement?.id, service.id);
    assert.deepEqual(reviewerBrowser.errors, [], "the reviewer's page threw");
    await reviewerBrowser.close();
  });

  test("every step is in the teacher's timeline and notifications", async () => {
    await teacherOpensRequest();
    await expectRequestPage(page, teacher, id, { state: "ordered",
      nextStep: "Beställd. Lärresursen kan användas.", actions: ["comment"] });
    const timeline = await shownTimeline(page);
    assert.deepEqual(timeline.map((line) => line.what), [
      "Skicka beställningen › Väntar på rektor",
      "Godkänn för enheten › Granskas av DI",
      "Tilldela handläggare",
      "Begär komplettering › Behöver kompletteras",
      "Kompletterad",
      "Skicka in igen › Granskas av DI",
      "Kräv PUB-avtal › PUB-avtal tas fram",
      "Registrera PUB-avtal › Granskas av DI",
      "Godkänn › Godkänd",
      "Markera som beställd › Beställd",
    ]);
    // The audit trail holds the same events, and the PDF's upload besides.
    const trail = await auditTrail(reviewer, id);
    assert.deepEqual(trail.map((e) => e[0]).filter((a) => a !== "attach"), ["submit",
      "principal_approve", "assign", "request_completion", "edit", "resubmit", "require_dpa",
      "record_dpa", "approve", "mark_ordered"]);
    // She was told of every step others took that concerns her.
    assert.deepEqual(await notified(teacher, id),
      ["principal_approve", "request_completion", "require_dpa", "approve", "mark_ordered"]);
    await steps.shot(page, "teacher_timeline", { narrow: true, id: "request.timeline" });
  });
});

describe("journey 2: another school registers its use of the approved resource", () => {
  const steps = journeySteps("2_usage_registration");
  const email = "larare2@demo.anskaffa.example";
  let api;
  let gymnasiet;
  let entry;
  let id;

  before(async () => {
    api = await apiSession(server, email);
    gymnasiet = unitNamed("Fiktiva gymnasiet").id;
    entry = (await api.call("GET", `/api/v1/catalog?q=${encodeURIComponent(resource)}`))
      .body.items[0];
    assert.ok(entry, "journey 1 approved the resource");
  });

  test("a teacher at another school finds it while typing its name and registers usage",
    async () => {
      await withSignedIn(server, email, async (p) => {
        await click(p, "nav.new_request");
        await waitForProbe(p, (q) => q.screen === "request_form");
        await fillForm(p, api, { requester_role: "teacher", unit_id: gymnasiet },
          { sections: ["requester"] });
        await typeInto(p, "resource_name", "Kodknäck");
        const offered = await waitForProbe(p, (q) => findWidget(q, `suggestion.${entry.id}`),
          { what: "the approved resource offered", timeout: 10000 });
        assert.equal(findWidget(offered, `suggestion.${entry.id}`).kind, "button");
        await steps.shot(p, "suggestion", { narrow: true, id: `suggestion.${entry.id}` });
        await click(p, `suggestion.${entry.id}`);
        await waitForProbe(p, (q) => findWidget(q, "suggestion.chosen") &&
          findWidget(q, "resource_name")?.value === resource, { what: "the entry chosen" });
        await scrollTo(p, "website_url");
        await waitForProbe(p, (q) => findWidget(q, "website_url")?.value ===
          "https://kodknackarna.example", { what: "the entry's facts filled in" });
        const summary = await fillForm(p, api, {
          users: "students", user_count: 30, start_date: inDays(45), cost_model: "free",
          processes_personal_data: "yes", data_categories: ["name", "student_work"],
          protected_identity_students: "no", login_method: "google_school",
          data_location: "eu_eea", principal_name: "Rolf Påhittsson",
          principal_email: "rektor.gymnasiet@demo.anskaffa.example",
          register_holder_name: "Rolf Påhittsson",
          register_holder_email: "rektor.gymnasiet@demo.anskaffa.example",
          system_admin_name: "Gun Gymnasiesson",
          system_admin_email: "gun.gymnasiesson@gymnasiet.example", training_confirmed: true,
        }, { sections: ["resource", "scope", "personal_data", "responsibility"] });
        assert.equal(findWidget(summary, "summary.kind").value, "usage_registration");
        await steps.shot(p, "summary");
        await scrollTo(p, "form.submit");
        await click(p, "form.submit");
        await waitForProbe(p, (q) => q.screen === "home" &&
          /Ärendenummer: ANS-\d{4}-\d{4}/.test(findWidget(q, "notice")?.label ?? ""),
        { what: "the case number", timeout: 15000 });
        id = (await api.call("GET", "/api/v1/requests?owner=me")).body.items[0].id;
        assert.equal((await scrollTo(p, `mine.${id}`)).value.state, "awaiting_principal");
      });
      const stored = await expectStored(api, id, { state: "awaiting_principal",
        kind: "usage_registration" });
      assert.equal(stored.request.catalog_id, entry.id);
      assert.equal(stored.request.unit_id, gymnasiet);
    });

  test("the principal approves; the reviewer approves without a new DPA", async () => {
    const rektor = await apiSession(server, "rektor.gymnasiet@demo.anskaffa.example");
    await withSignedIn(server, "rektor.gymnasiet@demo.anskaffa.example", async (p) => {
      await scrollTo(p, `awaiting.${id}`);
      await click(p, `awaiting.${id}`);
      await expectRequestPage(p, rektor, id, { state: "awaiting_principal",
        actions: ["comment", "principal_approve", "principal_decline"] });
      await takeAction(p, "principal_approve");
      await expectRequestPage(p, rektor, id, { state: "in_review", actions: ["comment"] });
    });
    await withSignedIn(server, "granskare@demo.anskaffa.example", async (p) => {
      await openFromQueue(p, id);
      // The entry's DPA covers it: approval is offered at once, no DPA is asked for.
      const view = await expectRequestPage(p, reviewer, id, { state: "in_review",
        actions: ["approve", "assign", "comment", "reject", "request_completion",
          "require_dpa"] });
      assert.equal(view.dpa_valid, true);
      await steps.shot(p, "reviewer_usage_registration");
      await takeAction(p, "approve");
      await expectRequestPage(p, reviewer, id, { state: "approved",
        actions: ["comment", "mark_ordered"] });
    });
    assert.deepEqual((await auditTrail(reviewer, id)).map((e) => e.slice(0, 3)), [
      ["submit", null, "awaiting_principal"],
      ["principal_approve", "awaiting_principal", "in_review"],
      ["approve", "in_review", "approved"],
    ]);
    const dpas = (await reviewer.call("GET", "/api/v1/agreements?kind=dpa&per_page=200")).body;
    assert.equal(dpas.items.length, 1, "no new DPA");
  });

  test("the catalogue shows both units", async () => {
    const stored = (await api.call("GET", `/api/v1/catalog/${entry.id}`)).body;
    const both = [unitNamed("Exempelskolan").id, gymnasiet];
    assert.deepEqual(stored.units.map((u) => u.unit_id).sort(), [...both].sort());
    await withSignedIn(server, email, async (p) => {
      await click(p, "nav.catalog");
      await typeInto(p, "catalog.search", resource);
      const row = await scrollTo(p, `catalog.${entry.id}`);
      assert.equal(row.value.unit_count ?? 2, 2);
      await click(p, `catalog.${entry.id}`);
      await waitForProbe(p, (q) => q.screen === "catalog_entry", { what: "the entry" });
      for (const unit of both) await scrollTo(p, `usage.${unit}`);
      const usage = await scrollTo(p, `usage.${gymnasiet}`);
      assert.equal(usage.value.system_admin, "Gun Gymnasiesson");
      assert.equal(usage.value.register_holder, "Rolf Påhittsson");
      await steps.shot(p, "catalog_both_units", { narrow: true, id: `usage.${gymnasiet}` });
    });
  });
});
