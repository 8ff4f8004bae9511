// The request form, "Beställning av digital lärresurs" (SPEC 2, 3, 6, 7), in a real browser
// against the real server, used as a person uses it: real clicks, key events that carry their
// text, and the probe to see what is on screen. The findings shown come from the same core the
// server runs, so for the same body they must agree with POST /api/v1/validate.
//   node --test tests/web/
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { focusField, openApp, openBrowser, probe, waitForProbe } from "./lib/browser.mjs";
import {
  browserDate,
  chooseFromList,
  click,
  expectFindings,
  findWidget,
  leaveField,
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

// Nästa, then the new step, shown from its top with its tab marked current.
async function nextStep(page, to) {
  await click(page, "form.next");
  await waitForProbe(page, (p) => findWidget(p, `form.step.${to}`)?.value === true,
    { what: `step ${to}` });
}

// The top of the current step, as the user sees it on arriving there.
async function screenshotStep(page, name) {
  await settle(page);
  await page.screenshot({ path: path.join(screenshotDir, name) });
}

describe("the request form, filled in by a requester", () => {
  const user = () => demoUser(server, "larare@demo.anskaffa.example");
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser({ width: 1280, height: 800 });
    page = browser.page;
    await openApp(page, server.url);
    await signIn(page, user());
  });

  after(async () => {
    assert.deepEqual(browser?.errors ?? [], [], "the page threw");
    await browser?.close();
  });

  test("Ny beställning opens step 1 of 5 with the core's fields, the user's name filled in", async () => {
    await click(page, "nav.new_request");
    const form = await waitForProbe(page, (p) => p.screen === "request_form");
    for (const step of steps) {
      const tab = findWidget(form, `form.step.${step}`);
      assert.equal(tab?.kind, "tab", `step tab ${step}`);
      assert.equal(tab.value, step === "requester");
    }
    assert.equal(findWidget(form, "title").label, "Beställning av digital lärresurs");
    const name = findWidget(form, "requester_name");
    assert.equal(name.kind, "input");
    assert.equal(name.label, "Ditt namn");
    assert.equal(name.value, (await (await fetchAs(user(), "/api/v1/session")).json()).user.name);
    assert.deepEqual(name.findings, [], "nothing is wrong yet");
    assert.equal(findWidget(form, "requester_email").value, user().email);
    await screenshotStep(page, "request_form_1_requester_1280.png");
    const role = (await scrollIntoView(page, "requester_role")) && findWidget(await probe(page), "requester_role");
    assert.equal(role.kind, "group");
    assert.equal(role.value, null);
    assert.deepEqual(role.findings, [], "a required field is not an error before it is visited");
    for (const option of ["teacher", "principal", "purchaser", "other"]) {
      const w = findWidget(await probe(page), `requester_role.${option}`);
      assert.equal(w.kind, "radio");
      assert.equal(w.value, false);
    }
    const unit = await scrollIntoView(page, "unit_id");
    assert.equal(unit.kind, "combo");
    assert.equal(unit.value, null);
  });

  test("one character in the name shows too_short under it; a valid name clears it", async () => {
    const short = await typeInto(page, "requester_name", "Å");
    assert.deepEqual(findWidget(short, "requester_name").findings, ["too_short"]);
    const line = await waitForProbe(page, (p) => findWidget(p, "requester_name.finding.too_short"));
    assert.equal(findWidget(line, "requester_name.finding.too_short").label,
      "Ditt namn måste vara minst 2 tecken.");
    await typeInto(page, "requester_name", "Åsa Öberg");
    await expectFindings(page, "requester_name", []);
  });

  test("an emptied required field says required once the user leaves it; Tab moves on in order", async () => {
    await typeInto(page, "requester_email", "", { expect: null });
    await leaveField(page, "requester_email");
    await expectFindings(page, "requester_email", ["required"]);
    await typeInto(page, "requester_email", "asa.oberg@skola.example");
    await expectFindings(page, "requester_email", []);
    await focusField(page, "requester_name");
    await page.keyboard.press("Tab");
    await waitForProbe(page, (p) => p.focus === "requester_email", { what: "Tab to the e-mail" });
    await page.keyboard.press("Tab");
    await waitForProbe(page, (p) => p.focus === "requester_role.teacher",
      { what: "Tab to the first role" });
  });

  test("a radio group's value is the chosen key, and the units come from the server", async () => {
    await click(page, "requester_role.teacher");
    const role = await waitForProbe(page, (p) => findWidget(p, "requester_role")?.value === "teacher");
    assert.equal(findWidget(role, "requester_role.teacher").value, true);
    assert.equal(findWidget(role, "requester_role.principal").value, false);

    const units = await (await fetchAs(user(), "/api/v1/units")).json();
    await click(page, "unit_id");
    const open = await waitForProbe(page, (p) => findWidget(p, `unit_id.${units[0].id}`),
      { what: "the unit list" });
    const listed = open.widgets.filter((w) => /^unit_id\.\d+$/.test(w.id)).map((w) => w.id);
    assert.equal(listed.length, units.length, "every unit of GET /api/v1/units is offered");
    const chosen = units.find((u) => u.name === "Exempelskolan") ?? units[0];
    await click(page, `unit_id.${chosen.id}`);
    const unit = await waitForProbe(page, (p) => findWidget(p, "unit_id")?.value === chosen.id,
      { what: "the unit's id as the value" });
    assert.deepEqual(findWidget(unit, "unit_id").findings, []);
  });

  test("Enter on the focused Nästa goes to step 2, and its first field takes the keyboard", async () => {
    await focusField(page, "requester_name");
    for (let i = 0; i < 12 && (await probe(page)).focus !== "form.next"; i++) {
      await page.keyboard.press("Tab");
      await settle(page);
    }
    assert.equal((await probe(page)).focus, "form.next", "Tab reaches Nästa");
    await page.keyboard.press("Enter");
    await waitForProbe(page, (p) => findWidget(p, "form.step.resource")?.value === true,
      { what: "step 2" });
    await waitForProbe(page, (p) => p.focus === "resource_name", { what: "the first field" });
    const probed = await probe(page);
    assert.equal(findWidget(probed, "form.step.requester").value, false);
    await screenshotStep(page, "request_form_2_resource_1280.png");
  });

  test("grade levels are chosen through their option widgets, and the group holds the set", async () => {
    await typeInto(page, "resource_name", "Matteappen");
    await click(page, "resource_type.web_service");
    await typeInto(page, "supplier_name", "Räknebolaget AB");
    await typeInto(page, "supplier_org_number", "556016-0681");
    await expectFindings(page, "supplier_org_number", ["invalid_org_number"]);
    await typeInto(page, "supplier_org_number", "556016-0680");
    await expectFindings(page, "supplier_org_number", []);
    await typeInto(page, "website_url", "matteappen.example");
    await expectFindings(page, "website_url", ["invalid_url"]);
    await typeInto(page, "website_url", "https://matteappen.example");
    await typeInto(page, "description", "Kort.");
    await expectFindings(page, "description", ["too_short"]);
    await typeInto(page, "description", "Eleverna tränar taluppfattning och huvudräkning.");
    await expectFindings(page, "description", []);

    await click(page, "grade_levels.y7_9");
    await click(page, "grade_levels.y4_6");
    let probed = await waitForProbe(page,
      (p) => JSON.stringify(findWidget(p, "grade_levels")?.value) === '["y4_6","y7_9"]',
      { what: "the set in the form's order" });
    assert.equal(findWidget(probed, "grade_levels").kind, "group");
    assert.equal(findWidget(probed, "grade_levels.y4_6").kind, "checkbox");
    assert.equal(findWidget(probed, "grade_levels.y4_6").value, true);
    assert.equal(findWidget(probed, "grade_levels.f3").value, false);
    await click(page, "grade_levels.y4_6");
    probed = await waitForProbe(page,
      (p) => JSON.stringify(findWidget(p, "grade_levels")?.value) === '["y7_9"]');
    assert.equal(findWidget(probed, "grade_levels.y4_6").value, false);
    await click(page, "grade_levels.y4_6");
    await waitForProbe(page,
      (p) => JSON.stringify(findWidget(p, "grade_levels")?.value) === '["y4_6","y7_9"]');
    await expectFindings(page, "grade_levels", []);
    await nextStep(page, "scope");
    await screenshotStep(page, "request_form_3_scope_1280.png");
  });

  test("choosing paid asks for a cost and a route; the cost is parsed as Swedes write it", async () => {
    await click(page, "users.students");
    await typeInto(page, "user_count", "120", { expect: 120 });
    // The calendar beside the field: next month, the 15th.
    await click(page, "start_date.calendar.open");
    await click(page, "start_date.calendar.next");
    const picked = (await browserDate(page, 0)).slice(0, 8);
    const month = new Date(Number(picked.slice(0, 4)), Number(picked.slice(5, 7)), 15);
    const fifteenth = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}-15`;
    await click(page, `start_date.calendar.${fifteenth}`);
    await waitForProbe(page, (p) => findWidget(p, "start_date")?.value === fifteenth &&
      !findWidget(p, "start_date.calendar.next"), { what: "the picked day in the field" });
    await typeInto(page, "start_date", "2020-01-01");
    await expectFindings(page, "start_date", ["date_in_past"]);
    // Under two weeks ahead: allowed, with a warning that the review may not be done in time.
    await typeInto(page, "start_date", await browserDate(page, 7));
    await expectFindings(page, "start_date", ["short_lead_time"]);

    assert.equal(findWidget(await probe(page), "annual_cost_sek"), undefined,
      "no cost is asked before the cost model is chosen");
    await click(page, "cost_model.paid");
    await scrollIntoView(page, "annual_cost_sek");
    await expectFindings(page, "annual_cost_sek", ["cost_required"]);
    await scrollIntoView(page, "purchase_route");
    await expectFindings(page, "purchase_route", ["route_required"]);
    await settle(page);
    await page.screenshot({ path: path.join(screenshotDir, "request_form_3_scope_paid_1280.png") });

    await typeInto(page, "annual_cost_sek", "12 0");
    await expectFindings(page, "annual_cost_sek", ["wrong_type"]);
    await typeInto(page, "annual_cost_sek", "12 000", { expect: 12000 });
    await expectFindings(page, "annual_cost_sek", []);
    await click(page, "purchase_route.direct_procurement");
    await scrollIntoView(page, "procurement_motivation");
    await expectFindings(page, "procurement_motivation", ["motivation_required"]);
    await click(page, "purchase_route.atea");
    await expectFindings(page, "purchase_route", []);

    await click(page, "cost_model.free");
    await settle(page);
    const free = await probe(page);
    assert.equal(findWidget(free, "annual_cost_sek"), undefined, "a free service has no cost");
    assert.equal(findWidget(free, "purchase_route"), undefined);
    await nextStep(page, "personal_data");
  });

  test("data stored outside the EU/EEA asks for a safeguard and warns of a third-country transfer", async () => {
    await screenshotStep(page, "request_form_4_personal_data_1280.png");
    assert.equal(findWidget(await probe(page), "data_categories"), undefined,
      "the follow-up questions wait for the answer");
    await click(page, "processes_personal_data.yes");
    await scrollIntoView(page, "data_categories");
    await expectFindings(page, "data_categories", ["categories_required"]);
    await click(page, "data_categories.name");
    await click(page, "data_categories.student_work");
    await expectFindings(page, "data_categories", []);
    await click(page, "protected_identity_students.no");
    await chooseFromList(page, "login_method", "login_method.google_school");
    await waitForProbe(page, (p) => findWidget(p, "login_method")?.value === "google_school");

    await click(page, "data_location.outside_eu_eea");
    await expectFindings(page, "data_location", ["third_country_transfer"]);
    const warning = findWidget(await probe(page), "data_location.finding.third_country_transfer");
    assert.equal(warning.value, "warning");
    await scrollIntoView(page, "transfer_safeguard");
    const safeguard = await expectFindings(page, "transfer_safeguard", ["safeguard_required"]);
    assert.equal(safeguard.kind, "group");
    await settle(page);
    await page.screenshot({
      path: path.join(screenshotDir, "request_form_4_personal_data_outside_1280.png") });

    await click(page, "data_location.eu_eea");
    await expectFindings(page, "data_location", []);
    await settle(page);
    assert.equal(findWidget(await probe(page), "transfer_safeguard"), undefined);
    await click(page, "supplier_dpa_available.yes");
    await typeInto(page, "privacy_policy_url", "https://matteappen.example/integritet");
    await expectFindings(page, "privacy_policy_url", []);
    await nextStep(page, "responsibility");
  });

  test("the register holder can be the principal, as the form offers", async () => {
    await screenshotStep(page, "request_form_5_responsibility_1280.png");
    await typeInto(page, "principal_name", "Rut Rektorsson");
    await typeInto(page, "principal_email", "rektor.exempel@demo.anskaffa.example");
    await click(page, "register_holder_same_as_principal");
    await scrollIntoView(page, "register_holder_email");
    const copied = await waitForProbe(page,
      (p) => findWidget(p, "register_holder_email")?.value === "rektor.exempel@demo.anskaffa.example");
    assert.equal(findWidget(copied, "register_holder_name")?.value ?? "Rut Rektorsson",
      "Rut Rektorsson");
    await typeInto(page, "system_admin_name", "Sam Systemsson");
    await typeInto(page, "system_admin_email", "sam@skola.example");
    await click(page, "training_confirmed");
    await waitForProbe(page, (p) => findWidget(p, "training_confirmed")?.value === true);
    await click(page, "training_confirmed");
    await expectFindings(page, "training_confirmed", ["training_not_confirmed"]);
    await click(page, "training_confirmed");
    await expectFindings(page, "training_confirmed", []);
    await nextStep(page, "summary");
  });

  let body;

  test("the summary has no errors, and its findings and risk are what the server says", async () => {
    await screenshotStep(page, "request_form_6_summary_1280.png");
    // Every answer on the summary, scrolled through: summary.<key> carries its JSON value,
    // for each field key of the core's form definition (GET /api/v1/form).
    const form = await (await fetchAs(user(), "/api/v1/form")).json();
    const fieldKeys = new Set(form.sections.flatMap((s) => s.fields.map((f) => f.key)));
    assert.ok(fieldKeys.has("requester_name") && fieldKeys.size > 30);
    const answers = {};
    const findingIds = new Set();
    let risk;
    await page.mouse.move(900, 400);
    for (let i = 0; i < 30; i++) {
      const probed = await probe(page);
      for (const w of probed.widgets) {
        const key = w.id.slice("summary.".length);
        if (w.id.startsWith("summary.finding.")) findingIds.add(`${w.id}:${w.value}`);
        else if (w.id === "summary.risk") risk = w.value;
        else if (w.id.startsWith("summary.") && fieldKeys.has(key)) {
          if (w.value !== null) answers[key] = w.value;
        }
      }
      if (findWidget(probed, "form.submit")) break;
      await page.mouse.wheel(0, 400);
      await settle(page);
    }
    await page.screenshot({ path: path.join(screenshotDir, "request_form_6_summary_end_1280.png") });
    assert.ok(risk, "the risk preview is shown");
    assert.ok(![...findingIds].some((f) => f.endsWith(":error")), `errors left: ${[...findingIds]}`);
    assert.ok(findingIds.has("summary.finding.start_date.short_lead_time:warning"),
      "the warning is listed");
    assert.ok(Object.keys(answers).length >= 25, `answers: ${JSON.stringify(answers)}`);
    assert.equal(answers.user_count, 120);
    assert.deepEqual(answers.grade_levels, ["y4_6", "y7_9"]);
    assert.equal(answers.training_confirmed, true);

    const response = await fetchFromPage(page, "/api/v1/validate", answers);
    assert.equal(response.status, 200);
    const server = response.body;
    assert.equal(server.risk.level, risk, "the app's risk preview is the server's");
    assert.equal(risk, "medium");
    const serverFindings = server.findings.map((f) => `summary.finding.${f.field}.${f.code}:${f.severity}`);
    assert.deepEqual([...findingIds].sort(), serverFindings.sort(),
      "the findings shown are the server's, code for code");
    body = answers;
  });

  const sent = [];

  test("a failed send shows the server's own message and keeps the draft for another try", async () => {
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/api/v1/requests")) {
        sent.push({ key: request.headers()["idempotency-key"], body: request.postDataJSON() });
      }
    });
    // The server's answer when it cannot take the request now, as SPEC 8 shapes errors.
    const message = "Tjänsten är tillfälligt otillgänglig.";
    await page.route("**/api/v1/requests", (route) => route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "unavailable", message } }),
    }));
    await click(page, "form.submit");
    const failed = await waitForProbe(page, (p) => findWidget(p, "form.submit_error"),
      { what: "the error under the summary" });
    assert.equal(failed.screen, "request_form");
    assert.equal(findWidget(failed, "form.submit_error").label,
      `Beställningen kunde inte skickas: ${message}`);
    await page.screenshot({ path: path.join(screenshotDir, "request_form_7_send_failed_1280.png") });
    await page.unroute("**/api/v1/requests");
    assert.equal(sent.length, 1);
    assert.match(sent[0].key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(sent[0].body, body, "what is sent is what the summary shows");
  });

  test("Skicka beställningen, tried again, carries the same Idempotency-Key and the server's case number comes home", async () => {
    const answered = page.waitForResponse((r) => r.url().endsWith("/api/v1/requests") &&
      r.request().method() === "POST");
    await click(page, "form.submit");
    const response = await answered;
    assert.equal(sent.length, 2);
    assert.equal(sent[1].key, sent[0].key, "a retry carries the same Idempotency-Key");
    assert.deepEqual(sent[1].body, body);
    if (response.status() !== 201) {
      // A server without POST /api/v1/requests yet: its error is shown as it is.
      const message = (await response.json()).error.message;
      const failed = await waitForProbe(page, (p) => findWidget(p, "form.submit_error")?.label ===
        `Beställningen kunde inte skickas: ${message}`, { what: "the server's error" });
      assert.equal(failed.screen, "request_form");
      return;
    }
    const created = await response.json();
    assert.match(created.case_number, /^ANS-\d{4}-\d{4}$/);
    const home = await waitForProbe(page, (p) => p.screen === "home", { timeout: 10000 });
    assert.equal(findWidget(home, "notice").label,
      `Beställningen är skickad. Ärendenummer: ${created.case_number}.`);
    await settle(page);
    await page.screenshot({ path: path.join(screenshotDir, "request_form_8_sent_home_1280.png") });
    // The server keeps exactly what the app sent.
    const stored = await fetchFromPage(page, `/api/v1/requests/${created.id}`);
    assert.equal(stored.status, 200);
    assert.deepEqual(stored.body.request, body);
    // A new request starts from an empty draft.
    await click(page, "home.new_request");
    const fresh = await waitForProbe(page, (p) => p.screen === "request_form");
    assert.equal(findWidget(fresh, "form.step.requester").value, true);
  });
});

// Signs in with the API and asks for `url` with the session cookie.
async function fetchAs(user, url) {
  const signedIn = await fetch(`${server.url}/api/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const cookie = signedIn.headers.get("set-cookie").split(";")[0];
  return fetch(`${server.url}${url}`, { headers: { Cookie: cookie } });
}

// Asks the server with the page's own session cookie (the app's user): a POST of `body`
// when there is one, else a GET.
async function fetchFromPage(page, url, body) {
  const cookies = await page.context().cookies(server.url);
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await fetch(`${server.url}${url}`, body === undefined
    ? { headers: { Cookie: cookie, "Accept-Language": "sv" } }
    : {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: cookie, "Accept-Language": "sv" },
      body: JSON.stringify(body),
    });
  return { status: response.status, body: await response.json() };
}
