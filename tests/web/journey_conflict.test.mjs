// Journey 7 of issue 8, from an empty database with the demo's units and people: two reviewers,
// each in a browser of their own, have the same request open and act on it at the same moment
// — one asks for a completion, the other requires a DPA. The server lets exactly one through;
// the other is told in words that someone changed the request meanwhile (the 409 of SPEC 4's
// versions), and their page shows the request as it is now, with what they typed kept and only
// the actions that now work (SPEC 7). The submission and the principal's approval are setup,
// through the API (journeys 1 and 3 take them in the app).
//   node --test --test-concurrency=1 tests/web/journey_conflict.test.mjs
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { clickWidget, openApp, openBrowser, probe, waitForProbe } from "./lib/browser.mjs";
import { click, findWidget, scrollIntoView, scrollTo, signIn, typeInto } from "./lib/form.mjs";
import {
  expectAudit,
  expectRequestPage,
  offeredActions,
  stepShots,
  submitThroughApi,
  validRequest,
} from "./lib/outcomes.mjs";
import { apiSession, demoUser } from "./lib/people.mjs";
import { useServer } from "./lib/server.mjs";

const changedMeanwhile = "Någon annan har ändrat ärendet under tiden. Här är det som det ser " +
  "ut nu; det du skrev finns kvar.";

const server = useServer({ peopleOnly: true });

// A reviewer in a browser of their own, on the request's page from the review queue.
async function reviewerOnRequest(email, id) {
  const browser = await openBrowser();
  await openApp(browser.page, server.url);
  await signIn(browser.page, demoUser(server, email));
  await click(browser.page, "nav.review_queue");
  await waitForProbe(browser.page, (p) => p.screen === "review_queue");
  await scrollTo(browser.page, `queue.${id}`);
  await click(browser.page, `queue.${id}`);
  await waitForProbe(browser.page, (p) => findWidget(p, "request.state")?.value === "in_review",
    { what: "the request's page", timeout: 10000 });
  return browser;
}

describe("journey 7: two reviewers at once", () => {
  test("one succeeds; the other is told, sees the new state and keeps what they typed",
    async () => {
      const shot = stepShots("7_conflict");
      const teacher = await apiSession(server, "larare@demo.anskaffa.example");
      const principal = await apiSession(server, "rektor.exempel@demo.anskaffa.example");
      const greta = await apiSession(server, "granskare@demo.anskaffa.example");
      const gustav = await apiSession(server, "granskare2@demo.anskaffa.example");
      const unitId = principal.me.units[0];
      const id = await submitThroughApi(teacher,
        validRequest(unitId, { resource_name: "Samtidighetsappen Demo" }));
      await principal.act(id, "principal_approve");
      const before = (await greta.call("GET", `/api/v1/requests/${id}`)).body;
      assert.equal(before.state, "in_review");
      assert.equal(before.version, 2);

      const first = await reviewerOnRequest("granskare@demo.anskaffa.example", id);
      const second = await reviewerOnRequest("granskare2@demo.anskaffa.example", id);
      try {
        const question = "Hur länge sparas elevernas inlämningar?";
        // Greta prepares a return for completion, Gustav a DPA requirement, both at version 2.
        await click(first.page, "action.request_completion");
        await typeInto(first.page, "action_field.comment", question);
        await click(second.page, "action.require_dpa");
        await scrollIntoView(first.page, "action.send");
        await scrollIntoView(second.page, "action.send");
        await shot(first.page, "greta_ready");
        await shot(second.page, "gustav_ready");
        // Both send at the same moment.
        await Promise.all([clickWidget(first.page, "action.send"),
          clickWidget(second.page, "action.send")]);

        // Each page says how it went once the server has answered (the loser's after it has
        // read the request again).
        await Promise.all([first, second].map((b) => waitForProbe(b.page,
          (p) => findWidget(p, "request.notice") &&
            !["in_review", undefined].includes(findWidget(p, "request.state")?.value),
          { what: "the outcome", timeout: 10000 })));
        const stored = (await greta.call("GET", `/api/v1/requests/${id}`)).body;
        for (const b of [first, second]) {
          assert.equal(findWidget(await probe(b.page), "request.state").value, stored.state);
        }
        assert.equal(stored.version, 3, "exactly one action went through");
        const gretaWon = stored.state === "needs_completion";
        assert.ok(gretaWon || stored.state === "dpa_pending", stored.state);
        const [winner, loser] = gretaWon ? [first, second] : [second, first];
        const [winnerSession, loserSession] = gretaWon ? [greta, gustav] : [gustav, greta];
        const [won, lost] = gretaWon ? ["request_completion", "require_dpa"]
          : ["require_dpa", "request_completion"];
        console.log(`journey 7: ${gretaWon ? "Greta" : "Gustav"} (${won}) came first`);

        // The winner is told it is done.
        const done = await probe(winner.page);
        assert.match(findWidget(done, "request.notice").label, /^Klart: /);
        await shot(winner.page, "winner_done");

        // The other is told in words, and sees the request as it is now.
        const told = await expectRequestPage(loser.page, { state: stored.state,
          actions: (await loserSession.call("GET", `/api/v1/requests/${id}`)).body
            .allowed_actions });
        assert.equal(findWidget(told, "request.notice").label, changedMeanwhile);
        const newest = stored.timeline.length - 1;
        const line = await scrollTo(loser.page, `timeline.${newest}`);
        assert.equal(line.label, gretaWon ? "Begär komplettering › Behöver kompletteras"
          : "Kräv PUB-avtal › PUB-avtal tas fram");
        await scrollIntoView(loser.page, "request.notice");
        await shot(loser.page, "loser_told", { id: "request.notice" });
        if (gretaWon) {
          // A DPA cannot be required of a request back with its owner: nothing to send.
          assert.ok(!offeredActions(told).includes("require_dpa"));
          assert.equal(findWidget(told, "action.send"), undefined, "no stale action offered");
        } else {
          // A completion can still be asked for in dpa_pending: what Greta typed is there, and
          // sending it now works.
          const kept = await scrollIntoView(loser.page, "action_field.comment");
          assert.equal(kept.value, question);
          await click(loser.page, "action.send");
          await waitForProbe(loser.page,
            (p) => findWidget(p, "request.state")?.value === "needs_completion",
            { what: "the completion sent after all", timeout: 10000 });
          await shot(loser.page, "loser_sends_again");
        }
        assert.deepEqual(first.errors, []);
        assert.deepEqual(second.errors, []);

        // What the server stored: the winner's action once, the loser's not at all (unless
        // sent again on the new version), and so says the audit trail.
        const trail = [
          { action: "submit", to: "awaiting_principal", by: teacher.me.id },
          { action: "principal_approve", from: "awaiting_principal", to: "in_review" },
          { action: won, from: "in_review", to: stored.state, by: winnerSession.me.id },
        ];
        if (!gretaWon) {
          trail.push({ action: lost, from: "dpa_pending", to: "needs_completion",
            by: loserSession.me.id, comment: question });
        }
        await expectAudit(greta, "request", id, trail);
        const final = (await teacher.call("GET", `/api/v1/requests/${id}`)).body;
        assert.equal(final.version, gretaWon ? 3 : 4);
        assert.deepEqual(final.timeline.map((t) => t.action), trail.map((t) => t.action));
      } finally {
        await first.close();
        await second.close();
      }
    });
});
