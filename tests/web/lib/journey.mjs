// What every journey of issue 8 does at each step: a numbered screenshot of what the person
// sees, assertions on what the app shows them (the state, the next step, exactly the actions
// they may take), and checks of what the server stored and wrote to the audit trail.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { probe, waitForProbe } from "./browser.mjs";
import {
  chooseFromList,
  click,
  findWidget,
  screenshotsWideAndNarrow,
  scrollIntoView,
  scrollTo,
  settle,
  typeInto,
} from "./form.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

// Numbered screenshots of one journey: build/screenshots/journeys/<name>/<NN>_<step>.png,
// and with `narrow` the same screen at 390 px too (<NN>_<step>_1280.png and _390.png).
export function journeySteps(name) {
  const dir = path.join(root, "build/screenshots/journeys", name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  return {
    dir,
    async shot(page, step, { narrow = false, id } = {}) {
      count += 1;
      const base = path.join(dir, `${String(count).padStart(2, "0")}_${step}`);
      if (narrow) {
        await screenshotsWideAndNarrow(page, base, { id });
      } else {
        await settle(page);
        if (id) await scrollTo(page, id);
        await page.screenshot({ path: `${base}.png` });
      }
    },
  };
}

// Fills the open request form with `answers` (SPEC 2's keys and JSON values), step by step in
// the order of the core's form definition (GET /api/v1/form), each field as a person does:
// typing into a text field, clicking options, choosing from a list, and "Nästa" after each
// step. `sections` (keys) limits it to those steps, starting from the one on screen; after the
// last step it waits for the summary.
export async function fillForm(page, api, answers, { sections } = {}) {
  const form = (await api.call("GET", "/api/v1/form")).body;
  for (const section of form.sections) {
    if (sections && !sections.includes(section.key)) continue;
    for (const { key } of section.fields) {
      if (!(key in answers)) continue;
      const value = answers[key];
      const shown = await scrollIntoView(page, key);
      if (shown.kind === "input") {
        await typeInto(page, key, String(value), { expect: value });
      } else if (shown.kind === "combo") {
        await chooseFromList(page, key, `${key}.${value}`);
      } else if (shown.kind === "checkbox") {
        if (shown.value !== value) await click(page, key);
      } else {
        for (const option of Array.isArray(value) ? value : [value]) {
          if (findWidget(await probe(page), `${key}.${option}`)?.value !== true) {
            await click(page, `${key}.${option}`);
          }
        }
      }
      await waitForProbe(page, (p) => JSON.stringify(findWidget(p, key)?.value) ===
        JSON.stringify(value), { what: `${key} to hold ${JSON.stringify(value)}` });
    }
    await click(page, "form.next");
  }
  if (sections && !sections.includes(form.sections.at(-1).key)) return probe(page);
  return waitForProbe(page, (p) => findWidget(p, "summary.kind"), { what: "the summary" });
}

// The action keys of the buttons on a request's page (action.<key>), once it has loaded.
export async function shownActions(page) {
  const probed = await scrollTo(page, "request.actions").then(() => probe(page));
  if (findWidget(probed, "request.no_actions")) return [];
  return probed.widgets
    .filter((w) => w.kind === "button" && /^action\.[a-z_]+$/.test(w.id) &&
      !["action.send", "action.cancel"].includes(w.id))
    .map((w) => w.id.slice("action.".length))
    .sort();
}

// What the person sees on a request's page: its state, the next step (said to the requester
// only), and exactly these actions — which must be what the server allows them.
export async function expectRequestPage(page, api, id,
  { state, actions, nextStep = undefined }) {
  await waitForProbe(page, (p) => p.screen === "request", { what: "the request's page" });
  await scrollTo(page, "request.state");
  const probed = await waitForProbe(page, (p) => findWidget(p, "request.state")?.value === state,
    { what: `the request's page in ${state}`, timeout: 10000 });
  if (nextStep !== undefined) {
    const shown = findWidget(probed, "request.next_step");
    if (nextStep === null) assert.equal(shown, undefined, "no next step for a handler");
    else assert.equal(shown?.label, nextStep);
  }
  assert.deepEqual(await shownActions(page), [...actions].sort(), "the action buttons");
  const view = (await api.call("GET", `/api/v1/requests/${id}`)).body;
  assert.deepEqual([...view.allowed_actions].sort(), [...actions].sort(),
    "what the app offers is what the server allows");
  return view;
}

// Takes an action on the request's page by clicks and keys: the button, its fields (typed,
// or a function given the page for anything else), then send; waits for the server's answer.
export async function takeAction(page, action, fields = {}) {
  await click(page, `action.${action}`);
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "function") await value(page);
    else await typeInto(page, `action_field.${key}`, value);
  }
  await click(page, "action.send");
  // A refusal is said beside the button; on success the action's form closes and the notice
  // is at the top of the page.
  const answered = await waitForProbe(page, (p) => findWidget(p, "action.error") ||
    findWidget(p, "request.notice") || !findWidget(p, "action.send"),
  { what: `${action} to be answered`, timeout: 15000 });
  const error = findWidget(answered, "action.error");
  if (error) throw new Error(`${action} was refused: ${error.label}`);
  return scrollTo(page, "request.notice");
}

// The request as the server stores it, checked field by field.
export async function expectStored(api, id, expected) {
  const view = (await api.call("GET", `/api/v1/requests/${id}`)).body;
  for (const [key, value] of Object.entries(expected)) {
    assert.deepEqual(view[key], value, `the stored request's ${key}`);
  }
  return view;
}

// The request's audit trail, oldest first, as [action, from, to, who] — asked of someone who may
// read it (a reviewer, the security coordinator or an administrator).
export async function auditTrail(auditor, id) {
  const answer = await auditor.call("GET",
    `/api/v1/audit?entity=request&entity_id=${id}&per_page=200`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.items.slice().reverse()
    .map((e) => [e.action, e.from ?? null, e.to ?? null, e.user?.name ?? null]);
}

// The request's timeline as the app shows it to the person: one line per event.
export async function shownTimeline(page) {
  const lines = [];
  for (let i = 0; ; i++) {
    let line;
    try {
      line = await scrollTo(page, `timeline.${i}`, 1500);
    } catch {
      return lines;
    }
    const probed = await probe(page);
    const when = findWidget(probed, `timeline.${i}.when`);
    const comment = findWidget(probed, `timeline.${i}.comment`);
    lines.push({ what: line.label, when: when?.label ?? "", comment: comment?.label });
  }
}

// Opens a request's page from the review queue.
export async function openFromQueue(page, id) {
  // A narrow window has the navigation behind its menu.
  if (findWidget(await probe(page), "nav.menu")) await click(page, "nav.menu");
  await click(page, "nav.review_queue");
  await waitForProbe(page, (p) => p.screen === "review_queue");
  await scrollTo(page, `queue.${id}`);
  await click(page, `queue.${id}`);
  return waitForProbe(page, (p) => p.screen === "request" && findWidget(p, "request.state"),
    { what: "the request's page", timeout: 10000 });
}

// Polls the API until the request is in the state.
export async function waitForState(api, id, state, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = (await api.call("GET", `/api/v1/requests/${id}`)).body.state;
    if (last === state) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`request ${id} is ${last}, not ${state}`);
}
