// The request form as a phone shows it (390 px) and in English (SPEC 7): nothing sticks out,
// leaving steps marks their errors, the summary refuses to send while errors are left, and
// labels and findings follow the language toggle.
//   node --test tests/web/
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";

import { openApp, openBrowser, probe, waitForProbe } from "./lib/browser.mjs";
import {
  click,
  expectFindings,
  findWidget,
  scrollIntoView,
  settle,
  signIn,
  typeInto,
} from "./lib/form.mjs";
import { demoUser } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const screenshotDir = screenshotFolder();
const sections = ["requester", "resource", "scope", "personal_data", "responsibility"];
const steps = [...sections, "summary"];

const server = useServer();

describe("the request form on a phone (390 px)", () => {
  test("every step fits the width; leaving steps marks their errors; the summary blocks sending", async () => {
    const browser = await openBrowser({ width: 390, height: 760, deviceScaleFactor: 2 });
    const page = browser.page;
    try {
      await openApp(page, server.url);
      await signIn(page, demoUser(server, "larare2@demo.anskaffa.example"));
      await click(page, "home.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      for (const [index, step] of steps.entries()) {
        await settle(page);
        await page.screenshot({
          path: path.join(screenshotDir, `request_form_${index + 1}_${step}_390.png`) });
        // Down the whole step: nothing may stick out at the sides.
        await page.mouse.move(200, 400);
        for (let i = 0; i < 25; i++) {
          const probed = await probe(page);
          for (const w of probed.widgets) {
            assert.ok(w.rect[0] >= 0 && w.rect[0] + w.rect[2] <= 390.5,
              `${step}: ${w.id} sticks out at ${JSON.stringify(w.rect)}`);
          }
          if (findWidget(probed, step === "summary" ? "form.submit" : "form.next")) break;
          await page.mouse.wheel(0, 500);
          await settle(page);
        }
        if (step === "summary") {
          await page.screenshot({ path: path.join(screenshotDir, "request_form_6_summary_end_390.png") });
          break;
        }
        await click(page, "form.next");
      }
      await page.mouse.move(200, 400);
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -1000);
      await settle(page);
      const probed = await probe(page);
      for (const section of sections) {
        const tab = findWidget(probed, `form.step.${section}`);
        assert.ok(tab, `the step ${section} is on screen`);
      }
      // Sending is refused while errors are left: the button does nothing.
      let posts = 0;
      page.on("request", (r) => { if (r.url().endsWith("/api/v1/requests")) posts++; });
      await click(page, "form.submit");
      await settle(page);
      assert.equal(posts, 0, "nothing is sent");
      // A finding in the summary takes the user to its step.
      await scrollIntoView(page, "summary.finding.unit_id.required");
      await click(page, "summary.finding.unit_id.required");
      await waitForProbe(page, (p) => findWidget(p, "form.step.requester")?.value === true,
        { what: "back to step 1" });
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });
});

describe("the request form in English", () => {
  test("labels, options and findings follow the language toggle", async () => {
    const browser = await openBrowser({});
    const page = browser.page;
    try {
      await openApp(page, server.url);
      await signIn(page, demoUser(server, "inkopare@demo.anskaffa.example"));
      await click(page, "nav.new_request");
      await typeInto(page, "requester_name", "I");
      await expectFindings(page, "requester_name", ["too_short"]);
      await click(page, "lang_toggle");
      const english = await waitForProbe(page, (p) => p.lang === "en" &&
        findWidget(p, "requester_name.finding.too_short")?.label ===
          "Your name must be at least 2 characters.", { what: "English findings" });
      assert.equal(findWidget(english, "requester_name").label, "Your name");
      assert.equal(findWidget(english, "form.step.personal_data").label, "Personal data");
      assert.equal(findWidget(english, "title").label, "Request for a digital learning resource");
      assert.equal(findWidget(english, "requester_name").value, "I", "the draft is kept");
      await page.screenshot({ path: path.join(screenshotDir, "request_form_1_requester_en_1280.png") });
      // An open form with findings on it is still idle when nothing happens (SPEC 7).
      await settle(page);
      const frames = await page.evaluate(() => window.anskaffaFrameCount);
      await page.waitForTimeout(1000);
      assert.equal(await page.evaluate(() => window.anskaffaFrameCount), frames, "it kept drawing");
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });
});
