// Files in the app (SPEC 7, 8): a PDF attached to a request through the browser's file
// chooser (or dropped on the window) is listed with its size and downloads with the same
// bytes; a file that is not a PDF is refused in words. The security coordinator records a DPA
// in the app both ways: a new one with its signed PDF, and an existing valid agreement of the
// same supplier; a reviewer assigns a request to another reviewer; an agreement's signed PDF
// is uploaded and downloaded on the agreements screen. Each result is checked through the API.
//   node --test --test-concurrency=1 tests/web/files.test.mjs
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { waitForProbe } from "./lib/browser.mjs";
import {
  browserDate,
  chooseFromList,
  click,
  findWidget,
  scrollTo,
  settle,
  typeInto,
} from "./lib/form.mjs";
import { chooseFile, smallPdf } from "./lib/files.mjs";
import { openFromQueue, waitForState } from "./lib/journey.mjs";
import { apiSession, withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();

const server = useServer();

const links = (probed) =>
  probed.widgets.filter((w) => w.kind === "link" && /^attachment\.\d+$/.test(w.id));

describe("files in the app", () => {
  let firstDpa;  // the DPA recorded with a new agreement, chosen again for another request

  test("a PDF is attached by chooser or drop, listed and downloaded; a non-PDF is refused",
    async () => {
      const teacher = await apiSession(server, "larare@demo.anskaffa.example");
      const own = await teacher.call("GET", "/api/v1/requests?owner=me");
      const id = own.body.items[0].id;
      const before = (await teacher.call("GET", `/api/v1/requests/${id}`)).body.attachments;
      const pdf = smallPdf("Bilaga till ärendet");
      await withSignedIn(server, "larare@demo.anskaffa.example", async (page) => {
        await scrollTo(page, `mine.${id}`);
        await click(page, `mine.${id}`);
        await waitForProbe(page, (p) => p.screen === "request" && findWidget(p, "request.state"),
          { what: "the request's page", timeout: 10000 });
        await scrollTo(page, "attachment.add");
        await chooseFile(page, "attachment.add",
          { name: "intyg.pdf", mimeType: "application/pdf", buffer: pdf });
        const probed = await waitForProbe(page,
          (p) => links(p).some((w) => w.value?.name === "intyg.pdf"),
          { what: "the new attachment in the list", timeout: 10000 });
        const link = links(probed).find((w) => w.value.name === "intyg.pdf");
        assert.equal(link.value.size, pdf.length);
        assert.equal(link.label, "intyg.pdf (1 kB)");
        assert.match((await scrollTo(page, "attachment.notice")).label, /intyg\.pdf är bifogad/);

        // The server has it, and the link downloads exactly the bytes sent.
        const view = (await teacher.call("GET", `/api/v1/requests/${id}`)).body;
        assert.equal(view.attachments.length, before.length + 1);
        const stored = view.attachments.find((a) => a.name === "intyg.pdf");
        assert.equal(link.id, `attachment.${stored.id}`);
        const download = page.waitForEvent("download", { timeout: 10000 });
        await click(page, link.id);
        const saved = await (await download).path();
        assert.deepEqual(fs.readFileSync(saved), pdf);

        // A text file is refused, in words, and nothing is added.
        await chooseFile(page, "attachment.add",
          { name: "anteckning.txt", mimeType: "text/plain", buffer: Buffer.from("Hej!\n") });
        assert.equal((await scrollTo(page, "attachment.error")).label,
          "Filen är inte en PDF. Välj en PDF-fil.");
        const after = (await teacher.call("GET", `/api/v1/requests/${id}`)).body;
        assert.equal(after.attachments.length, before.length + 1);

        // A PDF dropped on the window is attached as well.
        await page.evaluate((bytes) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(bytes)], "släppt.pdf",
            { type: "application/pdf" }));
          const canvas = document.querySelector("canvas");
          for (const type of ["dragover", "drop"]) {
            canvas.dispatchEvent(new DragEvent(type,
              { dataTransfer: data, bubbles: true, cancelable: true }));
          }
        }, [...pdf]);
        await waitForProbe(page, (p) => links(p).some((w) => w.value?.name === "släppt.pdf"),
          { what: "the dropped PDF in the list", timeout: 10000 });
        const dropped = (await teacher.call("GET", `/api/v1/requests/${id}`)).body;
        assert.equal(dropped.attachments.length, before.length + 2);
        await settle(page);
        await page.screenshot({ path: path.join(screenshotDir, "files_attachments_1280.png") });
      });

      // The same list on a phone.
      await withSignedIn(server, "larare@demo.anskaffa.example", async (page) => {
        await scrollTo(page, `mine.${id}`);
        await click(page, `mine.${id}`);
        await waitForProbe(page, (p) => p.screen === "request" && findWidget(p, "request.state"),
          { what: "the request's page", timeout: 10000 });
        await scrollTo(page, "attachment.add");
        await settle(page);
        await page.screenshot({ path: path.join(screenshotDir, "files_attachments_390.png") });
      }, { width: 390, height: 844 });
    });

  test("the security coordinator records a new DPA with its signed PDF", async () => {
    const infosec = await apiSession(server, "infosak@demo.anskaffa.example");
    const pending = await infosec.call("GET", "/api/v1/requests?state=dpa_pending");
    assert.equal(pending.status, 200);
    assert.ok(pending.body.items.length >= 1, "demo-data has a request awaiting its DPA");
    const id = pending.body.items[0].id;
    const pdf = smallPdf("Personuppgiftsbitraedesavtal");
    await withSignedIn(server, "infosak@demo.anskaffa.example", async (page) => {
      await openFromQueue(page, id);
      await click(page, "action.record_dpa");
      const form = await waitForProbe(page, (p) => findWidget(p, "action_field.agreement_id"),
        { what: "record_dpa's form" });
      assert.equal(findWidget(form, "action_field.agreement_id").value, null);
      await typeInto(page, "action_field.reference", "PUB-2026-TEST");
      const today = await browserDate(page, 0);
      await typeInto(page, "action_field.signed_on", today);
      await typeInto(page, "action_field.valid_from", today);
      await typeInto(page, "action_field.valid_until", await browserDate(page, 730));
      await scrollTo(page, "action_field.attachment_id");
      await chooseFile(page, "action_field.attachment_id",
        { name: "pub-avtal.pdf", mimeType: "application/pdf", buffer: pdf });
      await waitForProbe(page, (p) => findWidget(p, "action_field.attachment_id.notice"),
        { what: "the signed PDF attached", timeout: 10000 });
      await settle(page);
      await page.screenshot({ path: path.join(screenshotDir, "files_record_dpa_1280.png") });
      await click(page, "action.send");
      await waitForState(infosec, id, "in_review");
      assert.equal((await scrollTo(page, "request.state")).value, "in_review");
    });
    const view = (await infosec.call("GET", `/api/v1/requests/${id}`)).body;
    assert.equal(view.state, "in_review");
    assert.equal(view.dpa_valid, true);
    const attachment = view.attachments.find((a) => a.name === "pub-avtal.pdf");
    assert.ok(attachment, "the signed PDF is attached to the request");
    const dpas = await infosec.call("GET", "/api/v1/agreements?kind=dpa&per_page=200");
    firstDpa = dpas.body.items.find((a) => a.reference === "PUB-2026-TEST");
    assert.ok(firstDpa, "the new DPA is in the register");
    assert.equal(firstDpa.request_id, id);
    assert.equal(firstDpa.supplier_name, view.request.supplier_name);
  });

  test("the security coordinator records an existing DPA of the same supplier", async () => {
    assert.ok(firstDpa, "the previous test recorded a DPA");
    const teacher = await apiSession(server, "larare@demo.anskaffa.example");
    const principal = await apiSession(server, "rektor.exempel@demo.anskaffa.example");
    const reviewer = await apiSession(server, "granskare@demo.anskaffa.example");
    const infosec = await apiSession(server, "infosak@demo.anskaffa.example");
    // A second request for the same supplier, taken to dpa_pending through the API.
    const template = (await infosec.call("GET", `/api/v1/requests/${firstDpa.request_id}`)).body;
    const submitted = await teacher.call("POST", "/api/v1/requests",
      { ...template.request, resource_name: "Kemiexperimentet extra",
        unit_id: principal.me.units[0] },
      { "Idempotency-Key": `files-test-${Date.now()}` });
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
    const { id } = submitted.body;
    await principal.act(id, "principal_approve");
    await reviewer.act(id, "require_dpa");

    await withSignedIn(server, "infosak@demo.anskaffa.example", async (page) => {
      await openFromQueue(page, id);
      await click(page, "action.record_dpa");
      await chooseFromList(page, "action_field.agreement_id",
        `action_field.agreement_id.${firstDpa.id}`);
      // Once an agreement is chosen, the new one's details are not asked for.
      const probed = await waitForProbe(page,
        (p) => findWidget(p, "action_field.agreement_id")?.value === String(firstDpa.id),
        { what: "the agreement chosen" });
      assert.equal(findWidget(probed, "action_field.reference"), undefined);
      assert.equal(findWidget(probed, "action_field.attachment_id"), undefined);
      await settle(page);
      await page.screenshot({ path: path.join(screenshotDir, "files_record_dpa_390.png") });
      await click(page, "action.send");
      await waitForState(infosec, id, "in_review");
      assert.equal((await scrollTo(page, "request.state")).value, "in_review");
    }, { width: 390, height: 844 });
    const view = (await infosec.call("GET", `/api/v1/requests/${id}`)).body;
    assert.equal(view.state, "in_review");
    assert.equal(view.dpa_valid, true);
    // No new agreement: the existing one now serves this request too.
    const dpas = await infosec.call("GET", "/api/v1/agreements?kind=dpa&per_page=200");
    assert.equal(dpas.body.items.filter((a) => a.reference === "PUB-2026-TEST").length, 1);
  });

  test("a reviewer assigns a request to another reviewer", async () => {
    const reviewer = await apiSession(server, "granskare@demo.anskaffa.example");
    const listed = await reviewer.call("GET", "/api/v1/reviewers");
    assert.equal(listed.status, 200);
    const other = listed.body.find((r) => r.id !== reviewer.me.id);
    assert.ok(other, "demo-data has a second reviewer");
    const queue = await reviewer.call("GET", "/api/v1/requests?state=in_review&assignee=none");
    assert.ok(queue.body.items.length >= 1, "an unassigned request in review");
    const id = queue.body.items[0].id;
    await withSignedIn(server, "granskare@demo.anskaffa.example", async (page) => {
      await openFromQueue(page, id);
      await click(page, "action.assign");
      const form = await waitForProbe(page, (p) => findWidget(p, "action_field.assignee"),
        { what: "assign's form" });
      assert.equal(findWidget(form, "action_field.assignee").value, "me");
      await chooseFromList(page, "action_field.assignee", `action_field.assignee.${other.id}`);
      await waitForProbe(page,
        (p) => findWidget(p, "action_field.assignee")?.value === String(other.id),
        { what: "the other reviewer chosen" });
      await settle(page);
      await page.screenshot({ path: path.join(screenshotDir, "files_assign_1280.png") });
      await click(page, "action.send");
      await waitForProbe(page, (p) => findWidget(p, "request.notice"),
        { what: "the assignment done", timeout: 10000 });
    });
    const view = (await reviewer.call("GET", `/api/v1/requests/${id}`)).body;
    assert.equal(view.assignee, other.id);
  });

  test("an agreement's signed PDF is uploaded and downloaded on the agreements screen",
    async () => {
      const infosec = await apiSession(server, "infosak@demo.anskaffa.example");
      const dpas = await infosec.call("GET", "/api/v1/agreements?kind=dpa&per_page=200");
      const agreement = dpas.body.items.find((a) => a.reference === "PUB-2026-TEST");
      assert.ok(agreement);
      const pdf = smallPdf("Undertecknat avtal");
      await withSignedIn(server, "infosak@demo.anskaffa.example", async (page) => {
        await click(page, "nav.agreements");
        await waitForProbe(page, (p) => p.screen === "agreements");
        await scrollTo(page, `agreement.${agreement.id}`);
        await click(page, `agreement.${agreement.id}`);
        await scrollTo(page, `agreement.${agreement.id}.upload`);
        await chooseFile(page, `agreement.${agreement.id}.upload`,
          { name: "undertecknat.pdf", mimeType: "application/pdf", buffer: pdf });
        await scrollTo(page, `agreement.${agreement.id}.document`, 15000);
        const download = page.waitForEvent("download", { timeout: 10000 });
        await click(page, `agreement.${agreement.id}.document`);
        assert.deepEqual(fs.readFileSync(await (await download).path()), pdf);
        await settle(page);
        await page.screenshot({ path: path.join(screenshotDir, "files_agreement_1280.png") });
      });
      const after = await infosec.call("GET", `/api/v1/agreements/${agreement.id}`);
      assert.equal(after.body.has_document, true);
    });
});
