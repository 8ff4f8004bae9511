// The accessibility mirror (web/shell/mirror.js) as assistive technology meets it: its DOM
// controls found by the app's probe ids, used the way a screen reader or the keyboard uses
// them (focus, typed text, activation), and axe-core run over it.
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";

import { waitForProbe } from "./browser.mjs";
import { settle } from "./form.mjs";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// The mirror's element for a probe id: its control (field, button) or, for text, the element.
export function mirrorElement(page, id) {
  return page.locator(`[id="a11y:${id}:control"], [id="a11y:${id}"]`).first();
}

// Waits until the mirror holds the probe id (the app draws it), and answers its element.
export async function mirrored(page, id, { timeout = 10000 } = {}) {
  const found = mirrorElement(page, id);
  await found.waitFor({ state: "attached", timeout });
  return found;
}

// Activates a button, link, row, checkbox or radio as assistive technology does: focus, then
// the element's own click (no pointer on the canvas).
export async function activate(page, id) {
  const target = await mirrored(page, id);
  await target.focus();
  await target.evaluate((element) => element.click());
}

// Signs in through the mirror's fields and button alone, as assistive technology would, and
// waits for the home screen. `user` is a demo user ({ email, password }).
export async function signInThroughMirror(page, user) {
  await fillField(page, "email", user.email);
  await fillField(page, "password", user.password);
  await activate(page, "sign_in");
  await waitForProbe(page, (p) => p.screen === "home", { timeout: 10000 });
}

// Types into the mirror's copy of a field and leaves it, as a screen reader user does.
export async function fillField(page, id, text) {
  const field = await mirrored(page, id);
  await field.fill(text);
  await field.evaluate((element) => element.blur());
}

export async function chooseOption(page, id, optionId) {
  const list = await mirrored(page, id);
  await list.selectOption(optionId);
}

// axe-core's violations on the page as it is now (the mirror and the page around the canvas).
// page.evaluate is not bound by the page's Content-Security-Policy, unlike a script tag.
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const outcome = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return outcome.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  });
  return result;
}

// axe finds nothing on the page once it has settled; `where` names it in the failure.
export async function expectNoViolations(page, where) {
  await settle(page);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe on ${where}: ${JSON.stringify(violations, null, 1)}`);
}

// Chromium's accessibility tree as it gives it to screen readers (CDP): the nodes it keeps,
// and a way to walk a node's descendants through the nodes it leaves out (ignored ones, such
// as a table's row groups).
export async function axTree(page) {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = await session.send("Accessibility.getFullAXTree");
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const below = (node) => {
      const found = [];
      const walk = (n) => {
        for (const id of n.childIds ?? []) {
          const child = byId.get(id);
          if (!child) continue;
          if (!child.ignored) found.push(child);
          walk(child);
        }
      };
      walk(node);
      return found;
    };
    return { nodes: nodes.filter((n) => !n.ignored), below };
  } finally {
    await session.detach();
  }
}

export async function accessibilityTree(page) {
  return (await axTree(page)).nodes;
}

export const roleOf = (node) => node.role?.value;
export const nameOf = (node) => node.name?.value ?? "";

// A node's named property (e.g. "invalid", "required") from the CDP tree.
export function axProperty(node, name) {
  return node.properties?.find((p) => p.name === name)?.value?.value;
}

// The accessibility tree's node (CDP) of the mirror's element for a probe id, with its computed
// name and description, once the mirror holds it: the control of a labelled field (not its
// label, which comes first in the document), else the element.
export async function axNodeOf(page, id) {
  await mirrored(page, id);
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = await session.send("DOM.getDocument", { depth: 0 });
    let nodeId = 0;
    for (const selector of [`[id="a11y:${id}:control"]`, `[id="a11y:${id}"]`]) {
      ({ nodeId } = await session.send("DOM.querySelector", { nodeId: root.nodeId, selector }));
      if (nodeId) break;
    }
    const { nodes } = await session.send("Accessibility.getPartialAXTree", {
      nodeId,
      fetchRelatives: false,
    });
    return nodes[0];
  } finally {
    await session.detach();
  }
}

// A table of an accessibility tree (axTree's answer) by its caption: the table's node, the
// names of its column headers, and its data rows (rows with a row header or cells); null when
// no table has that caption.
export function tableIn({ nodes, below }, caption) {
  const table = nodes.find((n) => roleOf(n) === "table" && nameOf(n) === caption);
  if (!table) return null;
  const inside = below(table);
  const headers = inside.filter((n) => roleOf(n) === "columnheader").map(nameOf);
  const rows = inside.filter((n) => roleOf(n) === "row" &&
    below(n).some((c) => roleOf(c) === "rowheader" || roleOf(c) === "cell"));
  return { table, headers, rows };
}

// A table by its caption as a screen reader reads it: its column headers, and each data row
// that starts with a row header as the names of that header and its cells.
export async function axTableByCaption(page, caption) {
  const tree = await axTree(page);
  const found = tableIn(tree, caption);
  if (!found) return null;
  const rows = found.rows
    .map((row) => tree.below(row).filter((c) => ["rowheader", "cell"].includes(roleOf(c))))
    .filter((cells) => cells.length > 0 && roleOf(cells[0]) === "rowheader")
    .map((cells) => cells.map(nameOf));
  const groups = tree.nodes.filter((n) => roleOf(n) === "group" && nameOf(n) === caption);
  return { headers: found.headers, rows, groupsNamedAlike: groups.length };
}
