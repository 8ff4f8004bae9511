// Issue 8, journeys 3 and 4: the paths that skip a step or take another way. A principal
// requesting for their own unit goes straight to DI; a book whose digital part handles no
// personal data may be bought directly, one whose digital part does goes the DPA way. Every
// action is taken in the app; the API only checks what the server stored and the audit trail.
//   node --test --test-concurrency=1 tests/web/journey_shortcuts.test.mjs
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";

import { waitForProbe } from "./lib/browser.mjs";
import { browserDate, click, findWidget, scrollTo, typeInto } from "./lib/form.mjs";
import {
  auditTrail,
  expectRequestPage,
  expectStored,
  fillForm,
  journeySteps,
  openFromQueue,
  takeAction,
  waitForState,
} from "./lib/journey.mjs";
import { apiSession, withSignedIn } from "./lib/people.mjs";
import { useServer } from "./lib/server.mjs";

let reviewer;
let infosec;
let units;

const server = useServer({ peopleOnly: true }, async () => {
  reviewer = await apiSession(server, "granskare@demo.anskaffa.example");
  infosec = await apiSession(server, "infosak@demo.anskaffa.example");
  units = (await reviewer.call("GET", "/api/v1/units")).body;
});

const unitNamed = (name) => units.find((u) => u.name === name).id;
const inDays = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

// A request's answers: a free web service without personal data unless `changes` say so.
function answers(person, unitId, changes) {
  return {
    requester_role: person.role,
    unit_id: unitId,
    resource_type: "web_service",
    supplier_name: "Påhittade Förlaget AB",
    website_url: "https://forlaget.example",
    description: "Lärresursen används i svenskundervisningen för läsförståelse i grupp.",
    grade_levels: ["y4_6"],
    users: "students",
    user_count: 60,
    start_date: inDays(60),
    cost_model: "free",
    processes_personal_data: "no",
    principal_name: person.principalName,
    principal_email: person.principalEmail,
    register_holder_name: person.principalName,
    register_holder_email: person.principalEmail,
    training_confirmed: true,
    ...changes,
  };
}

// Drafts and submits a request in the app as the signed-in person; answers its id.
async function submitInApp(page, api, body, steps, name) {
  await click(page, "nav.new_request");
  await waitForProbe(page, (p) => p.screen === "request_form");
  const summary = await fillForm(page, api, body);
  await waitForProbe(page, (p) => findWidget(p, "summary.ready"), { what: "no errors" });
  await steps.shot(page, `${name}_summary`);
  const nextStep = (await scrollTo(page, "summary.next_step")).label;
  await scrollTo(page, "form.submit");
  await click(page, "form.submit");
  await waitForProbe(page, (p) => p.screen === "home" &&
    /Ärendenummer: ANS-\d{4}-\d{4}/.test(findWidget(p, "notice")?.label ?? ""),
  { what: "the case number", timeout: 15000 });
  const own = (await api.call("GET", `/api/v1/requests?owner=me&q=${
    encodeURIComponent(body.resource_name)}`)).body.items;
  assert.equal(own.length, 1);
  return { id: own[0].id, summary, nextStep };
}

// Opens the person's own request from the home screen.
async function openOwn(page, id) {
  await click(page, "nav.home");
  await scrollTo(page, `mine.${id}`);
  await click(page, `mine.${id}`);
}

describe("journey 3: a principal requesting for their own unit", () => {
  const steps = journeySteps("3_principal_request");

  test("skips the principal's step and goes straight to DI", async () => {
    const email = "rektor.lekskola@demo.anskaffa.example";
    const api = await apiSession(server, email);
    const unit = unitNamed("Låtsasbyns skola");
    assert.ok(api.me.units.includes(unit));
    let id;
    await withSignedIn(server, email, async (page) => {
      const body = answers({ role: "principal", principalName: "Runa Låtsasdotter",
        principalEmail: email }, unit, { resource_name: "Läsloggen" });
      const sent = await submitInApp(page, api, body, steps, "form");
      assert.equal(findWidget(sent.summary, "summary.kind").value, "new_resource");
      // Before sending, the summary says where it goes: past the principal's step.
      assert.equal(sent.nextStep,
        "Du är rektor för enheten, så beställningen går direkt till DI för granskning.");
      id = sent.id;
      await openOwn(page, id);
      await expectRequestPage(page, api, id, { state: "in_review",
        nextStep: "DI granskar lärresursen.", actions: ["comment", "withdraw"] });
      await steps.shot(page, "own_request_in_review", { narrow: true });
    });
    const stored = await expectStored(api, id, { state: "in_review", kind: "new_resource" });
    assert.equal(stored.timeline.length, 1);
    assert.deepEqual(await auditTrail(reviewer, id),
      [["submit", null, "in_review", "Runa Låtsasdotter"]]);
    // DI has it in the queue at once.
    await withSignedIn(server, "granskare@demo.anskaffa.example", async (page) => {
      await openFromQueue(page, id);
      // No personal data: nothing stands in the way of approval.
      await expectRequestPage(page, reviewer, id, { state: "in_review", nextStep: null,
        actions: ["approve", "assign", "comment", "reject", "request_completion",
          "require_dpa"] });
      await steps.shot(page, "reviewer_sees_it");
    });
  });
});

describe("journey 4: books with a digital part", () => {
  const steps = journeySteps("4_books");
  const teacherEmail = "larare@demo.anskaffa.example";
  const principalEmail = "rektor.exempel@demo.anskaffa.example";
  const person = { role: "teacher", principalName: "Rut Rektorsson", principalEmail };
  let teacher;
  let principal;
  let withoutData;  // the book whose digital part handles no personal data
  let withData;

  before(async () => {
    teacher = await apiSession(server, teacherEmail);
    principal = await apiSession(server, principalEmail);
  });

  test("the teacher asks for two books; her principal approves both", async () => {
    const school = unitNamed("Exempelskolan");
    await withSignedIn(server, teacherEmail, async (page) => {
      const plain = await submitInApp(page, teacher, answers(person, school, {
        resource_name: "Läsresan 5 med webbövningar", resource_type: "book_with_digital_part",
      }), steps, "book_without_data");
      assert.equal(findWidget(plain.summary, "summary.kind").value, "book_assessment");
      assert.equal(findWidget(plain.summary, "summary.risk").value, "low");
      withoutData = plain.id;
      const personal = await submitInApp(page, teacher, answers(person, school, {
        resource_name: "Mattespanarna 6 med elevkonto", resource_type: "book_with_digital_part",
        processes_personal_data: "yes", data_categories: ["name", "student_work"],
        protected_identity_students: "no", login_method: "google_school",
        data_location: "eu_eea", system_admin_name: "Sam Systemsson",
        system_admin_email: "sam.systemsson@exempelskolan.example",
      }), steps, "book_with_data");
      assert.equal(findWidget(personal.summary, "summary.kind").value, "book_assessment");
      withData = personal.id;
    });
    await withSignedIn(server, principalEmail, async (page) => {
      for (const id of [withoutData, withData]) {
        await click(page, "nav.home");
        await scrollTo(page, `awaiting.${id}`);
        await click(page, `awaiting.${id}`);
        await expectRequestPage(page, principal, id, { state: "awaiting_principal",
          actions: ["comment", "principal_approve", "principal_decline"] });
        await takeAction(page, "principal_approve");
        await waitForState(principal, id, "in_review");
      }
    });
    for (const id of [withoutData, withData]) {
      await expectStored(teacher, id, { state: "in_review", kind: "book_assessment" });
    }
  });

  test("without personal data, the reviewer allows direct purchase", async () => {
    await withSignedIn(server, "granskare@demo.anskaffa.example", async (page) => {
      await openFromQueue(page, withoutData);
      await expectRequestPage(page, reviewer, withoutData, { state: "in_review",
        actions: ["allow_direct_purchase", "approve", "assign", "comment", "reject",
          "request_completion", "require_dpa"] });
      await steps.shot(page, "reviewer_book_without_data");
      await click(page, "action.allow_direct_purchase");
      // A decision is confirmed before it is sent.
      await scrollTo(page, "action.confirm");
      await steps.shot(page, "allow_direct_purchase_confirm", { id: "action.send" });
      await click(page, "action.send");
      await expectRequestPage(page, reviewer, withoutData,
        { state: "direct_purchase_allowed", actions: ["comment"] });
    });
    await expectStored(teacher, withoutData, { state: "direct_purchase_allowed" });
    assert.deepEqual((await auditTrail(reviewer, withoutData)).map((e) => e[0]),
      ["submit", "principal_approve", "allow_direct_purchase"]);
    // Nothing enters the catalogue: the school just buys the book.
    const listed = await teacher.call("GET", "/api/v1/catalog?q=L%C3%A4sresan");
    assert.equal(listed.body.total, 0);
    await withSignedIn(server, teacherEmail, async (page) => {
      await openOwn(page, withoutData);
      await expectRequestPage(page, teacher, withoutData, { state: "direct_purchase_allowed",
        nextStep: "Boken får köpas direkt.", actions: ["comment"] });
      await steps.shot(page, "teacher_may_buy", { narrow: true });
    });
  });

  test("with personal data, it goes the DPA way to approval", async () => {
    await withSignedIn(server, "granskare@demo.anskaffa.example", async (page) => {
      await openFromQueue(page, withData);
      // Direct purchase is not offered: the core says a DPA is needed.
      await expectRequestPage(page, reviewer, withData, { state: "in_review",
        actions: ["assign", "comment", "reject", "request_completion", "require_dpa"] });
      await steps.shot(page, "reviewer_book_with_data");
      await takeAction(page, "require_dpa");
      await expectRequestPage(page, reviewer, withData, { state: "dpa_pending",
        actions: ["assign", "comment", "record_dpa", "reject", "request_completion"] });
    });
    await withSignedIn(server, "infosak@demo.anskaffa.example", async (page) => {
      await openFromQueue(page, withData);
      await click(page, "action.record_dpa");
      await typeInto(page, "action_field.reference", "PUB-2026-MATTE");
      const today = await browserDate(page, 0);
      await typeInto(page, "action_field.signed_on", today);
      await typeInto(page, "action_field.valid_from", today);
      await typeInto(page, "action_field.valid_until", await browserDate(page, 730));
      await steps.shot(page, "record_dpa", { id: "action.send" });
      await click(page, "action.send");
      await waitForState(infosec, withData, "in_review");
    });
    await withSignedIn(server, "granskare@demo.anskaffa.example", async (page) => {
      await openFromQueue(page, withData);
      await expectRequestPage(page, reviewer, withData, { state: "in_review",
        actions: ["approve", "assign", "comment", "reject", "request_completion",
          "require_dpa"] });
      await takeAction(page, "approve");
      await expectRequestPage(page, reviewer, withData, { state: "approved",
        actions: ["comment", "mark_ordered"] });
      await steps.shot(page, "book_approved");
    });
    const stored = await expectStored(teacher, withData, { state: "approved",
      dpa_valid: true });
    assert.equal(stored.kind, "book_assessment");
    assert.deepEqual((await auditTrail(reviewer, withData)).map((e) => e[0]),
      ["submit", "principal_approve", "require_dpa", "record_dpa", "approve"]);
    const entry = (await teacher.call("GET",
      `/api/v1/catalog?q=${encodeURIComponent("Mattespanarna")}`)).body.items;
    assert.equal(entry.length, 1);
    assert.equal(entry[0].status, "approved");
  });
});
