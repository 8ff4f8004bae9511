// Journey 5 of issue 8, refusals, from an empty database with the demo's units and people: the
// principal declines with a reason; a reviewer rejects a new resource with a reason, and the
// catalogue lists it as not approved with that reason; the requester withdraws; a reviewer
// withdraws, with a comment, a request left over 30 days in needs_completion. Each refusal is
// taken by clicks and keys in the app; what each person sees, what the server stored and the
// audit trail are checked after each step. Setup that is not the journey's subject goes through
// the API: the submissions (journey 1 drafts one in the app), a principal's approval and a
// return for completion before a refusal, and 31 days passing (written to the database).
//   node --test --test-concurrency=1 tests/web/journey_refusals.test.mjs
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { probe, waitForProbe } from "./lib/browser.mjs";
import { click, findWidget, scrollIntoView, scrollTo, typeInto } from "./lib/form.mjs";
import {
  ageState,
  expectAudit,
  expectRequestPage,
  stepShots,
  submitThroughApi,
  validRequest,
} from "./lib/outcomes.mjs";
import { apiSession, withSignedIn } from "./lib/people.mjs";
import { useServer } from "./lib/server.mjs";

const emails = {
  teacher: "larare@demo.anskaffa.example",
  principal: "rektor.exempel@demo.anskaffa.example",  // principal of Exempelskolan
  reviewer: "granskare@demo.anskaffa.example",
};

let teacher;
let principal;
let reviewer;
let unitId;

const server = useServer({ peopleOnly: true }, async () => {
  teacher = await apiSession(server, emails.teacher);
  principal = await apiSession(server, emails.principal);
  reviewer = await apiSession(server, emails.reviewer);
  const units = (await teacher.call("GET", "/api/v1/units")).body;
  unitId = units.find((u) => u.name === "Exempelskolan").id;
  assert.ok(principal.me.units.includes(unitId));
});

const view = async (session, id) => (await session.call("GET", `/api/v1/requests/${id}`)).body;

// Opens a request from a row of the home screen (`mine` or `awaiting`).
async function openFromHome(page, list, id) {
  await scrollTo(page, `${list}.${id}`);
  await click(page, `${list}.${id}`);
  await waitForProbe(page, (p) => p.screen === "request" && findWidget(p, "request.state"),
    { what: "the request's page", timeout: 10000 });
}

// Opens a request from the review queue.
async function openFromQueue(page, id) {
  await click(page, "nav.review_queue");
  await waitForProbe(page, (p) => p.screen === "review_queue");
  await scrollTo(page, `queue.${id}`);
  await click(page, `queue.${id}`);
  await waitForProbe(page, (p) => p.screen === "request" && findWidget(p, "request.state"),
    { what: "the request's page", timeout: 10000 });
}

// Chooses an action, types its comment (when given) and sends it.
async function act(page, action, comment) {
  await click(page, `action.${action}`);
  if (comment !== undefined) await typeInto(page, "action_field.comment", comment);
  await click(page, "action.send");
}

// The owner's newest notification of the request, of the kind.
async function notification(session, id, kind) {
  const items = (await session.call("GET", "/api/v1/notifications?per_page=50")).body.items;
  const found = items.find((n) => n.request_id === id && n.kind === kind);
  assert.ok(found, `a ${kind} notification of request ${id}`);
  return found;
}

describe("journey 5: refusals", () => {
  test("the principal declines with a reason; the teacher sees why", async () => {
    const shot = stepShots("5_decline");
    const id = await submitThroughApi(teacher,
      validRequest(unitId, { resource_name: "Låtsasläxor Plus" }));
    const reason = "Vi har redan en likvärdig tjänst på skolan.";

    await withSignedIn(server, emails.principal, async (page) => {
      await openFromHome(page, "awaiting", id);
      await expectRequestPage(page, { state: "awaiting_principal", next: null,
        actions: ["comment", "principal_approve", "principal_decline"],
        view: await view(principal, id) });
      await shot(page, "principal_sees_request", { narrow: true });
      // Without a reason the core refuses, and the page says so; nothing changes.
      await act(page, "principal_decline");
      const refused = await waitForProbe(page, (p) => findWidget(p, "action.error"),
        { what: "the refusal", timeout: 10000 });
      assert.match(findWidget(refused, "action.error").label, /kommentar/i);
      assert.equal((await view(teacher, id)).state, "awaiting_principal");
      await typeInto(page, "action_field.comment", reason);
      await shot(page, "principal_gives_reason", { id: "action.send" });
      await click(page, "action.send");
      await expectRequestPage(page, { state: "declined", next: null, actions: ["comment"],
        view: await view(principal, id) });
      await shot(page, "principal_declined");
    });

    const stored = await view(teacher, id);
    assert.equal(stored.state, "declined");
    assert.equal(stored.version, 2);
    assert.equal(stored.timeline.at(-1).comment, reason);
    await expectAudit(reviewer, "request", id, [
      { action: "submit", to: "awaiting_principal", by: teacher.me.id },
      { action: "principal_decline", from: "awaiting_principal", to: "declined",
        by: principal.me.id, comment: reason },
    ]);
    const told = await notification(teacher, id, "principal_decline");
    assert.equal(told.comment, reason);

    await withSignedIn(server, emails.teacher, async (page) => {
      const row = await scrollTo(page, `mine.${id}`);
      assert.equal(row.value.state, "declined");
      const note = await scrollTo(page, `notification.${told.id}`);
      assert.equal(note.label, told.text);
      assert.equal(note.value.read, false);
      await shot(page, "teacher_home", { narrow: true, id: `notification.${told.id}` });
      await click(page, `notification.${told.id}`);
      const probed = await expectRequestPage(page, { state: "declined",
        next: "Avböjd av rektor. Skälet står i ärendet.", actions: ["comment"],
        view: await view(teacher, id) });
      assert.ok(probed);
      const last = await scrollTo(page, "timeline.1.comment");
      assert.equal(last.label, `“${reason}”`);
      await shot(page, "teacher_reads_reason", { narrow: true, id: "timeline.1.comment" });
    });
  });

  test("a reviewer rejects a new resource with a reason; the catalogue lists it as not " +
    "approved with that reason", async () => {
    const shot = stepShots("5_reject");
    const name = "Övningsappen Quizza";
    const id = await submitThroughApi(teacher, validRequest(unitId, { resource_name: name }));
    await principal.act(id, "principal_approve");  // setup: journey 1 approves in the app
    const reason = "Leverantören lagrar elevdata utanför EU utan skyddsåtgärder.";

    await withSignedIn(server, emails.reviewer, async (page) => {
      await openFromQueue(page, id);
      const offered = await view(reviewer, id);
      assert.ok(offered.allowed_actions.includes("reject"));
      assert.ok(!offered.allowed_actions.includes("withdraw"), "not the reviewer's, yet");
      await expectRequestPage(page, { state: "in_review", next: null,
        actions: offered.allowed_actions, view: offered });
      await shot(page, "reviewer_sees_request");
      await act(page, "reject", reason);
      await expectRequestPage(page, { state: "rejected", actions: ["comment"],
        view: await view(reviewer, id) });
      await shot(page, "reviewer_rejected");

      // The catalogue: the resource is listed as not approved, with the reason.
      const entries = (await reviewer.call("GET",
        `/api/v1/catalog?q=${encodeURIComponent("Quizza")}`)).body.items;
      assert.equal(entries.length, 1);
      const entry = entries[0];
      assert.equal(entry.status, "not_approved");
      await click(page, "nav.catalog");
      await waitForProbe(page, (p) => p.screen === "catalog", { what: "the catalogue" });
      await typeInto(page, "catalog.search", "Quizza");
      const row = (await waitForProbe(page, (p) => findWidget(p, `catalog.${entry.id}`) &&
        findWidget(p, "catalog.count")?.label === "1 av 1",
      { what: "the rejected resource's row", timeout: 10000 }))
        .widgets.find((w) => w.id === `catalog.${entry.id}`);
      assert.equal(row.label, name);
      assert.equal(row.value.status, "not_approved");
      await shot(page, "catalogue_lists_not_approved");
      await click(page, `catalog.${entry.id}`);
      await waitForProbe(page, (p) => p.screen === "catalog_entry" &&
        findWidget(p, "title")?.label === name, { what: "the entry", timeout: 10000 });
      const chip = await scrollIntoView(page, "catalog_entry.status");
      assert.equal(chip.value, "not_approved");
      assert.equal(chip.label, "Ej godkänd");
      const shownReason = await scrollIntoView(page, "catalog_entry.reason");
      assert.equal(shownReason.label, reason);
      await shot(page, "entry_says_why", { narrow: true, id: "catalog_entry.reason" });
    });

    const stored = await view(teacher, id);
    assert.equal(stored.state, "rejected");
    assert.equal(stored.version, 3);
    const entry = (await reviewer.call("GET", "/api/v1/catalog?status=not_approved")).body.items
      .find((e) => e.name === name);
    const detail = (await reviewer.call("GET", `/api/v1/catalog/${entry.id}`)).body;
    assert.equal(detail.reason, reason);
    assert.equal(detail.units.length, 0, "nobody uses what is not approved");
    await expectAudit(reviewer, "request", id, [
      { action: "submit", to: "awaiting_principal" },
      { action: "principal_approve", from: "awaiting_principal", to: "in_review" },
      { action: "reject", from: "in_review", to: "rejected", by: reviewer.me.id,
        comment: reason },
    ]);
    assert.equal((await notification(teacher, id, "reject")).comment, reason);
  });

  test("the requester withdraws their request", async () => {
    const shot = stepShots("5_withdraw");
    const id = await submitThroughApi(teacher,
      validRequest(unitId, { resource_name: "Påhittsordboken" }));

    await withSignedIn(server, emails.teacher, async (page) => {
      await openFromHome(page, "mine", id);
      await expectRequestPage(page, { state: "awaiting_principal",
        next: "Rektor ska godkänna beställningen för enheten.",
        actions: ["comment", "withdraw"], view: await view(teacher, id) });
      await shot(page, "teacher_sees_request", { narrow: true });
      await click(page, "action.withdraw");
      await shot(page, "teacher_withdraws", { id: "action.send" });
      await click(page, "action.send");
      await expectRequestPage(page, { state: "withdrawn",
        next: "Återkallad. Inget mer händer.", actions: ["comment"], view: await view(teacher, id) });
      await shot(page, "teacher_withdrew", { narrow: true });
    });

    const stored = await view(teacher, id);
    assert.equal(stored.state, "withdrawn");
    assert.equal(stored.version, 2);
    await expectAudit(reviewer, "request", id, [
      { action: "submit", to: "awaiting_principal" },
      { action: "withdraw", from: "awaiting_principal", to: "withdrawn", by: teacher.me.id },
    ]);
    // Nothing awaits the principal any more.
    const waiting = (await principal.call("GET", "/api/v1/requests?state=awaiting_principal"))
      .body.items;
    assert.ok(!waiting.some((r) => r.id === id));
    await notification(principal, id, "withdraw");
  });

  test("a reviewer withdraws, with a comment, a request left over 30 days for completion",
    async () => {
      const shot = stepShots("5_abandoned");
      const id = await submitThroughApi(teacher,
        validRequest(unitId, { resource_name: "Demobloggen" }));
      await principal.act(id, "principal_approve");
      const question = "Vilka årskurser ska använda bloggen?";
      await reviewer.act(id, "request_completion", { comment: question });
      assert.ok(!(await view(reviewer, id)).allowed_actions.includes("withdraw"),
        "a fresh return cannot be withdrawn by the reviewer");
      await ageState(server, id, 31);
      const aged = await view(reviewer, id);
      assert.ok(aged.allowed_actions.includes("withdraw"), JSON.stringify(aged.allowed_actions));
      const comment = "Ingen komplettering på över 30 dagar; ärendet avslutas.";

      await withSignedIn(server, emails.reviewer, async (page) => {
        await openFromQueue(page, id);
        await expectRequestPage(page, { state: "needs_completion", next: null,
          actions: aged.allowed_actions, view: aged });
        await shot(page, "reviewer_sees_abandoned");
        // Someone else's request is withdrawn with a reason: without one the core refuses.
        await act(page, "withdraw");
        const refused = await waitForProbe(page, (p) => findWidget(p, "action.error"),
          { what: "the refusal", timeout: 10000 });
        assert.match(findWidget(refused, "action.error").label, /kommentar/i);
        assert.equal((await view(teacher, id)).state, "needs_completion");
        await typeInto(page, "action_field.comment", comment);
        await click(page, "action.send");
        await expectRequestPage(page, { state: "withdrawn", actions: ["comment"],
          view: await view(reviewer, id) });
        await shot(page, "reviewer_withdrew");
      });

      const stored = await view(teacher, id);
      assert.equal(stored.state, "withdrawn");
      assert.equal(stored.timeline.at(-1).comment, comment);
      await expectAudit(reviewer, "request", id, [
        { action: "submit" },
        { action: "principal_approve" },
        { action: "request_completion", from: "in_review", to: "needs_completion",
          comment: question },
        { action: "withdraw", from: "needs_completion", to: "withdrawn", by: reviewer.me.id,
          comment },
      ]);
      const told = await notification(teacher, id, "withdraw");
      assert.equal(told.comment, comment);
      await withSignedIn(server, emails.teacher, async (page) => {
        assert.equal((await scrollTo(page, `mine.${id}`)).value.state, "withdrawn");
        await click(page, `mine.${id}`);
        await expectRequestPage(page, { state: "withdrawn", next: "Återkallad. Inget mer händer.",
          actions: ["comment"], view: await view(teacher, id) });
        await scrollTo(page, "timeline.3.comment");
        assert.equal(findWidget(await probe(page), "timeline.3.comment").label, `“${comment}”`);
        await shot(page, "teacher_sees_why", { narrow: true, id: "timeline.3.comment" });
      });
    });
});
