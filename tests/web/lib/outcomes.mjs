// What a journey checks after each step, kept generic: a numbered screenshot of the step, what
// a request's page shows (state, next step, exactly the allowed actions), the audit trail the
// server wrote, and the setup a journey needs that is not its subject (a submitted request,
// time that has passed).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { probe, waitForProbe } from "./browser.mjs";
import { findWidget, screenshotsWideAndNarrow, scrollIntoView, settle } from "./form.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

// Numbered screenshots of a journey's steps under build/screenshots/journeys/<journey>/:
// `shot(page, "declined")` saves NN_declined.png at 1280×800; with {narrow: true} also
// NN_declined_390.png at 390×844 (a screen a phone user sees), `id` scrolled into view.
export function stepShots(journey) {
  const dir = path.join(root, "build/screenshots/journeys", journey);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let step = 0;
  return async (page, name, { narrow = false, id } = {}) => {
    step += 1;
    const base = path.join(dir, `${String(step).padStart(2, "0")}_${name}`);
    if (narrow) {
      await screenshotsWideAndNarrow(page, base, { id });
      fs.renameSync(`${base}_1280.png`, `${base}.png`);
    } else {
      await settle(page);
      if (id) await scrollIntoView(page, id);
      await page.screenshot({ path: `${base}.png` });
    }
  };
}

// The action buttons a request's page offers (ids `action.<key>`), without the send and cancel
// of the chosen one and the texts beside them.
export function offeredActions(probed) {
  const own = new Set(["action.send", "action.cancel"]);
  return probed.widgets
    .filter((w) => w.kind === "button" && w.id.startsWith("action.") && !own.has(w.id))
    .map((w) => w.id.slice("action.".length))
    .sort();
}

// Waits until the request's page shows `state`, then checks what this person sees: the next
// step (the owner's; null: none shown) and exactly `actions`, which must also be what the
// server allows them (`view` is their GET of the request). Answers the probe.
export async function expectRequestPage(page, { state, next, actions, view }) {
  await waitForProbe(page, (p) => p.screen === "request" &&
    findWidget(p, "request.state")?.value === state,
  { what: `the request's page in ${state}`, timeout: 10000 });
  await scrollIntoView(page, "request.actions");
  const probed = await probe(page);
  if (next !== undefined) {
    assert.equal(findWidget(probed, "request.next_step")?.label ?? null, next, "next step");
  }
  assert.deepEqual(offeredActions(probed), [...actions].sort(), "the actions offered");
  if (view) assert.deepEqual([...view.allowed_actions].sort(), [...actions].sort(), "allowed");
  if (actions.length === 0) assert.ok(findWidget(probed, "request.no_actions"));
  return probed;
}

// The audit trail of one entity, oldest first, as a reviewer, coordinator or admin reads it.
export async function auditTrail(session, entity, entityId) {
  const answer = await session.call("GET",
    `/api/v1/audit?entity=${entity}&entity_id=${entityId}&per_page=200`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return [...answer.body.items].reverse();
}

// Checks that the trail is exactly `expected`: [{action, from?, to?, by?, comment?}], each
// field given compared (`by` with the user's id).
export async function expectAudit(session, entity, entityId, expected) {
  const trail = await auditTrail(session, entity, entityId);
  const seen = trail.map((e) => ({ action: e.action, from: e.from, to: e.to,
    by: e.user?.id ?? null, comment: e.comment }));
  assert.equal(seen.length, expected.length, `audit of ${entity} ${entityId}: ` +
    JSON.stringify(seen));
  expected.forEach((want, i) => {
    for (const [key, value] of Object.entries(want)) {
      assert.deepEqual(seen[i][key], value, `audit entry ${i} (${seen[i].action}): ${key}`);
    }
  });
  return trail;
}

// A request of SPEC 2 that has no error findings, for the unit; `changes` replace fields.
export function validRequest(unitId, changes = {}) {
  return {
    requester_name: "Lena Lärarsson",
    requester_email: "lena.lararsson@skola.example",
    requester_role: "teacher",
    unit_id: unitId,
    resource_name: "Kodknäckarna",
    resource_type: "web_service",
    supplier_name: "Demokod Sverige AB",
    website_url: "https://kodknackarna.example",
    description: "Programmering i matematik för årskurs 4–6, i par.",
    grade_levels: ["y4_6"],
    users: "students",
    user_count: 120,
    start_date: "2027-09-01",
    cost_model: "free",
    processes_personal_data: "yes",
    data_categories: ["name", "student_work"],
    protected_identity_students: "no",
    login_method: "google_school",
    data_location: "eu_eea",
    privacy_policy_url: "https://kodknackarna.example/integritet",
    principal_name: "Rut Rektorsson",
    principal_email: "rut.rektorsson@skola.example",
    register_holder_name: "Rut Rektorsson",
    register_holder_email: "rut.rektorsson@skola.example",
    system_admin_name: "Sara Admin",
    system_admin_email: "sara.admin@skola.example",
    training_confirmed: true,
    ...changes,
  };
}

// Submits a request through the API (a journey's setup); answers its id.
let submissions = 0;
export async function submitThroughApi(session, body) {
  submissions += 1;
  const answer = await session.call("POST", "/api/v1/requests", body,
    { "Idempotency-Key": `journey-${process.pid}-${Date.now()}-${submissions}` });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.id;
}

// Makes a request look as if it had been in its state for `days` more days: time a journey
// cannot wait for. Written to the test server's database (SQLite allows a second writer).
export async function ageState(server, requestId, days) {
  await promisify(execFile)("sqlite3", ["-cmd", ".timeout 5000", server.db,
    `UPDATE requests SET state_since = state_since - ${days * 86400} WHERE id = ${requestId};`]);
}

// A CSV file as the exports write it (SPEC 5: every cell quoted, a BOM first), as rows.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (c !== "\r") {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}
