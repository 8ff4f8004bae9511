// A request's life in the app (SPEC 4, 7): the requester's home lists their requests with a
// coloured state and the next step; a principal finds what awaits them on the home screen and
// approves it on the request's page; a reviewer finds it in the review queue and asks for a
// completion, which needs a comment; the requester is told, and sees it back with them.
//   node --test tests/web/
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";

import { probe, waitForProbe } from "./lib/browser.mjs";
import { click, findWidget, scrollIntoView, scrollTo, typeInto } from "./lib/form.mjs";
import { apiSession, withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();

const server = useServer();

const rowsOf = (probed, prefix) =>
  probed.widgets.filter((w) => w.kind === "row" && w.id.startsWith(`${prefix}.`));

describe("requests in the app", () => {
  test("the requester's home lists exactly their requests, with state and next step",
    async () => {
      const teacher = await apiSession(server, "larare@demo.anskaffa.example");
      const own = await teacher.call("GET", "/api/v1/requests?owner=me");
      assert.equal(own.status, 200);
      assert.ok(own.body.items.length >= 2, "demo-data gives the teacher requests");
      await withSignedIn(server, "larare@demo.anskaffa.example", async (page) => {
        for (const item of own.body.items) {
          const row = await scrollTo(page, `mine.${item.id}`);
          assert.equal(row.value.state, item.state);
          assert.equal(row.value.case_number, item.case_number);
          assert.ok(row.label.includes(item.resource_name));
        }
        // Only one's own, all of them; a principal's section is not there for a teacher.
        const count = await scrollTo(page, "mine.count");
        assert.equal(count.label, `${own.body.items.length} av ${own.body.total}`);
        assert.equal(own.body.items.length, own.body.total);
        assert.equal(rowsOf(await probe(page), "awaiting").length, 0);
        await page.screenshot({ path: path.join(screenshotDir, "home_requests_1280.png") });
      });
    });

  test("a principal approves, a reviewer asks for completion with a comment, the owner sees it",
    async () => {
      const teacher = await apiSession(server, "larare@demo.anskaffa.example");
      const principal = await apiSession(server, "rektor.exempel@demo.anskaffa.example");
      const template = await teacher.call("GET", "/api/v1/requests?owner=me");
      const first = await teacher.call("GET", `/api/v1/requests/${template.body.items[0].id}`);
      const body = { ...first.body.request, resource_name: "Provappen Åäö",
        unit_id: principal.me.units[0] };
      const submitted = await teacher.call("POST", "/api/v1/requests", body,
        { "Idempotency-Key": `requests-test-${Date.now()}` });
      assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
      const { id } = submitted.body;

      await withSignedIn(server, "rektor.exempel@demo.anskaffa.example", async (page) => {
        await scrollTo(page, `awaiting.${id}`);
        await click(page, `awaiting.${id}`);
        let probed = await waitForProbe(page,
          (p) => p.screen === "request" && findWidget(p, "request.state"),
          { what: "the request's page", timeout: 10000 });
        assert.equal(findWidget(probed, "request.state").value, "awaiting_principal");
        // Exactly the actions the server allows this principal.
        const allowed = (await principal.call("GET", `/api/v1/requests/${id}`)).body
          .allowed_actions;
        for (const action of allowed) {
          assert.ok(findWidget(probed, `action.${action}`), `a button for ${action}`);
        }
        assert.equal(findWidget(probed, "action.approve"), undefined);
        await click(page, "action.principal_approve");
        await click(page, "action.send");
        probed = await waitForProbe(page,
          (p) => findWidget(p, "request.state")?.value === "in_review",
          { what: "the request in review", timeout: 10000 });
        assert.ok(findWidget(probed, "request.notice"));
      });

      await withSignedIn(server, "granskare@demo.anskaffa.example", async (page) => {
        await click(page, "nav.review_queue");
        await waitForProbe(page, (p) => p.screen === "review_queue");
        await scrollIntoView(page, `queue.${id}`);
        await click(page, `queue.${id}`);
        await waitForProbe(page, (p) => findWidget(p, "request.state")?.value === "in_review",
          { what: "the request's page", timeout: 10000 });
        await click(page, "action.request_completion");
        // Without a comment the core refuses, and the page says why.
        await click(page, "action.send");
        const refused = await waitForProbe(page, (p) => findWidget(p, "action.error"),
          { what: "the refusal", timeout: 10000 });
        assert.match(findWidget(refused, "action.error").label, /kommentar/i);
        await typeInto(page, "action_field.comment", "Ange vilka årskurser som använder den.");
        await click(page, "action.send");
        await waitForProbe(page,
          (p) => findWidget(p, "request.state")?.value === "needs_completion",
          { what: "the request back with the owner", timeout: 10000 });
        await page.screenshot({ path: path.join(screenshotDir, "request_page_1280.png") });
      });

      const after = await teacher.call("GET", `/api/v1/requests/${id}`);
      assert.equal(after.body.state, "needs_completion");
      assert.equal(after.body.timeline.at(-1).comment, "Ange vilka årskurser som använder den.");
      // The owner was told, in the app: the newest notification is the return, unread.
      const told = await teacher.call("GET", "/api/v1/notifications?unread=1");
      const returned = told.body.items.find((n) => n.request_id === id &&
        n.kind === "request_completion");
      assert.ok(returned, "the owner has an unread notification of the return");
      await withSignedIn(server, "larare@demo.anskaffa.example", async (page) => {
        assert.equal((await scrollTo(page, `mine.${id}`)).value.state, "needs_completion");
        const note = await scrollTo(page, `notification.${returned.id}`);
        const probed = await probe(page);
        assert.equal(note.value.read, false);
        assert.equal(note.label, returned.text);
        assert.match(findWidget(probed, "home.notifications").label,
          new RegExp(`${told.body.unread_count} olästa`));
        await page.screenshot({ path: path.join(screenshotDir, "home_notifications_1280.png") });
        // Opening it shows the request and marks it read on the server.
        await click(page, `notification.${returned.id}`);
        await waitForProbe(page, (p) => p.screen === "request" &&
          findWidget(p, "request.state")?.value === "needs_completion",
          { what: "the request from its notification", timeout: 10000 });
      });
      const afterwards = await teacher.call("GET", "/api/v1/notifications");
      assert.equal(afterwards.body.items.find((n) => n.id === returned.id).read, true);
      assert.equal(afterwards.body.unread_count, told.body.unread_count - 1);
    });

  test("a request's page on a phone: everything within the width, the actions reachable",
    async () => {
      const principal = await apiSession(server, "rektor.exempel@demo.anskaffa.example");
      const waiting = await principal.call("GET",
        "/api/v1/requests?state=awaiting_principal&sort=waiting");
      const id = waiting.body.items[0].id;
      await withSignedIn(server, "rektor.exempel@demo.anskaffa.example", async (page) => {
        await scrollTo(page, `awaiting.${id}`);
        await click(page, `awaiting.${id}`);
        const probed = await waitForProbe(page,
          (p) => p.screen === "request" && findWidget(p, "request.state"),
          { what: "the request's page", timeout: 10000 });
        for (const w of probed.widgets) {
          assert.ok(w.rect[0] >= 0 && w.rect[0] + w.rect[2] <= 390.5, `${w.id} sticks out`);
        }
        await page.screenshot({ path: path.join(screenshotDir, "request_page_390.png") });
        await scrollIntoView(page, "action.principal_approve");
        await page.screenshot({ path: path.join(screenshotDir, "request_page_actions_390.png") });
      }, { width: 390, height: 844 });
    });
});
