// WCAG 2.1 AA through the accessibility mirror (web/shell/mirror.js): axe-core finds nothing
// on any screen, Chromium's accessibility tree has every field with its label, value and
// findings, the page's language follows the toggle, and a request is submitted and approved
// by people who use only the mirror (as a screen reader does) or only the keyboard.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { openApp, openBrowser, probe, waitForProbe } from "./lib/browser.mjs";
import {
  click,
  expectIdle,
  findWidget,
  screenOf,
  screenshotsWideAndNarrow,
  settle,
} from "./lib/form.mjs";
import {
  accessibilityTree,
  activate,
  expectNoViolations,
  axNodeOf,
  axProperty,
  axTableByCaption,
  chooseOption,
  fillField,
  mirrored,
  nameOf,
  signInThroughMirror,
} from "./lib/mirror.mjs";
import { submitThroughApi, validRequest } from "./lib/outcomes.mjs";
import { apiGetter, apiSession, demoUser, withSignedIn } from "./lib/people.mjs";
import { screenshotFolder, useServer } from "./lib/server.mjs";

const teacher = "larare@demo.anskaffa.example";
const principal = "rektor.exempel@demo.anskaffa.example";

const screenshotDir = screenshotFolder("accessibility");

const server = useServer();

// The mirror's one level-1 heading: the screen's title, also the page's title.
async function mirrorHeading(page) {
  const heading = page.locator("#anskaffa-a11y main h1");
  await heading.waitFor({ state: "attached" });
  return heading.textContent();
}

// WCAG 2.1's relative luminance and contrast ratio, of colours as [r, g, b] in 0-255.
const luminance = (rgb) => {
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};
const failingPairs = (pairs) => pairs.map((p) => ({ ...p, ratio: ratio(p.foreground, p.background) }))
  .filter((p) => p.ratio < p.minimum)
  .map((p) => `${p.name}: ${p.ratio.toFixed(2)} < ${p.minimum}`);

describe("the accessibility mirror", () => {
  test("the sign-in screen and every screen of each role pass axe, each with its heading", async () => {
    const browser = await openBrowser();
    try {
      await openApp(browser.page, server.url);
      await waitForProbe(browser.page, (p) => findWidget(p, "sign_in"));
      await expectNoViolations(browser.page, "sign_in");
      assert.ok(await mirrorHeading(browser.page));
    } finally {
      await browser.close();
    }
    for (const email of ["granskare@demo.anskaffa.example", "admin@demo.anskaffa.example", teacher]) {
      await withSignedIn(server, email, async (page) => {
        const links = (await probe(page)).widgets.filter((w) => screenOf[w.id]);
        assert.ok(links.length >= 2, `${email} has screens`);
        for (const link of links) {
          await click(page, link.id);
          await waitForProbe(page, (p) => p.screen === screenOf[link.id]);
          await expectNoViolations(page, `${email} ${screenOf[link.id]}`);
          const heading = await mirrorHeading(page);
          assert.equal(await page.title(), `${heading} – Anskaffa`);
        }
      });
    }
  });

  test("every colour pair of the theme meets WCAG AA contrast, computed", async () => {
    const browser = await openBrowser();
    try {
      await openApp(browser.page, server.url);
      // 0: the standard palette (also with no argument, as before), 1: high contrast.
      const pairsOf = (palette) => browser.page.evaluate((palette) =>
        JSON.parse(Module.UTF8ToString(Module._anskaffa_theme_pairs(palette))), palette);
      const pairs = await pairsOf(0);
      assert.deepEqual(await browser.page.evaluate(() =>
        JSON.parse(Module.UTF8ToString(Module._anskaffa_theme_pairs()))), pairs);
      assert.ok(pairs.length >= 20, "the theme lists its pairs");
      assert.ok(ratio([0, 0, 0], [255, 255, 255]) > 20.9, "the formula gives 21:1 for black on white");
      assert.deepEqual(failingPairs(pairs), []);
      // The calendar's past days (WCAG 1.4.3), on the popup and under the pointer.
      const names = pairs.map((p) => p.name);
      assert.ok(names.includes("past day in the calendar"), names.join(", "));
      assert.ok(names.includes("past day in the calendar, hovered"), names.join(", "));
      // The "by age" chart's segments against the card and track they touch (WCAG 1.4.11),
      // and the counts printed in them.
      for (const band of ["0-5", "6-10", "11-20", "21+"]) {
        for (const name of [`age band ${band} on a card`, `age band ${band} on the track`,
          `count in age band ${band}`]) {
          assert.ok(names.includes(name), name);
        }
      }

      // High contrast: every pair of the standard palette and more, text at 7:1 and edges and
      // marks at 4.5:1 (WCAG 1.4.6's level for text).
      const high = await pairsOf(1);
      const highNames = high.map((p) => p.name);
      for (const name of names) assert.ok(highNames.includes(name), `high contrast has ${name}`);
      for (const name of ["divider on a card", "table line on a card"]) {
        assert.ok(highNames.includes(name), name);
      }
      for (const pair of high) {
        const standard = pairs.find((p) => p.name === pair.name);
        const wanted = standard ? (standard.minimum >= 4.5 ? 7 : 4.5) : pair.minimum;
        assert.ok(pair.minimum >= wanted && pair.minimum >= 4.5, `${pair.name}: ${pair.minimum}`);
      }
      assert.deepEqual(failingPairs(high), []);
      for (const [palette, list] of [["standard", pairs], ["high contrast", high]]) {
        for (const minimum of [...new Set(list.map((p) => p.minimum))]) {
          const lowest = list.filter((p) => p.minimum === minimum)
            .map((p) => ({ name: p.name, ratio: ratio(p.foreground, p.background) }))
            .sort((a, b) => a.ratio - b.ratio)[0];
          console.log(`${palette}, pairs needing ${minimum}: lowest ${lowest.ratio.toFixed(2)} (${lowest.name})`);
        }
      }
    } finally {
      await browser.close();
    }
  });

  test("the page's language follows the language toggle", async () => {
    await withSignedIn(server, teacher, async (page) => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), "sv");
      await click(page, "lang_toggle");
      await page.waitForFunction(() => document.documentElement.lang === "en");
      assert.equal(await mirrorHeading(page), findWidget(await probe(page), "title").label);
      await click(page, "lang_toggle");
      await page.waitForFunction(() => document.documentElement.lang === "sv");
    });
  });

  test("every field is in the accessibility tree with its label, value, required state and findings", async () => {
    await withSignedIn(server, teacher, async (page) => {
      await click(page, "nav.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      await listenToLiveRegions(page);
      await fillField(page, "requester_name", "Å");
      const finding = await waitForProbe(page,
        (p) => findWidget(p, "requester_name.finding.too_short"), { what: "the finding" });
      const message = findWidget(finding, "requester_name.finding.too_short").label;
      await settle(page);
      // The finding is announced, politely, as it appears.
      await page.waitForFunction((text) => window.announced.some(([how, said]) =>
        how === "polite" && said === text), message);

      const tree = await accessibilityTree(page);
      const named = (name, role) => tree.find((n) => n.name?.value === name &&
        (!role || n.role?.value === role));
      const name = named("Ditt namn", "textbox");
      assert.ok(name, "the name field is a labelled text box");
      assert.equal(name.value?.value, "Å");
      assert.equal(axProperty(name, "invalid"), "true");
      assert.equal(axProperty(name, "required"), true);
      assert.ok(name.description?.value.includes(message), JSON.stringify(name.description));

      // Every field of this step is there, under its label: the probe lists what is on
      // screen, so the step is scrolled through to its end.
      const roles = { input: "textbox", combo: "combobox", checkbox: "checkbox", radio: "radio",
        group: "group" };
      const fieldsById = new Map();
      await page.mouse.move(900, 400);
      for (let i = 0; i < 20; i++) {
        const probed = await probe(page);
        for (const w of probed.widgets) {
          if (roles[w.kind] && !w.id.startsWith("form.")) fieldsById.set(w.id, w);
        }
        if (findWidget(probed, "form.next")) break;
        await page.mouse.wheel(0, 300);
        await settle(page);
      }
      const fields = [...fieldsById.values()];
      assert.ok(fields.length >= 7, `the first step's fields: ${[...fieldsById.keys()]}`);
      for (const field of fields) {
        const node = named(field.label, roles[field.kind]);
        assert.ok(node, `${field.id} (${field.kind} "${field.label}") in the accessibility tree`);
        if (field.kind === "input" && typeof field.value === "string") {
          assert.equal(node.value?.value ?? "", field.value, field.id);
        }
        if (field.kind === "radio" || field.kind === "checkbox") {
          assert.equal(axProperty(node, "checked") === "true", field.value === true, field.id);
        }
      }

      // Fixed: no longer invalid, nothing described.
      await fillField(page, "requester_name", "Åsa Öberg");
      await waitForProbe(page, (p) => findWidget(p, "requester_name")?.findings.length === 0);
      await settle(page);
      const fixed = (await accessibilityTree(page)).find((n) => n.name?.value === "Ditt namn" &&
        n.role?.value === "textbox");
      assert.equal(fixed.value?.value, "Åsa Öberg");
      assert.notEqual(axProperty(fixed, "invalid"), "true");
    });
  });
});

// The mirror's attribute `name` on the control of probe id `id`, once the mirror holds it.
async function mirrorAttribute(page, id, name) {
  await mirrored(page, id);
  return page.evaluate(({ id, name }) => (document.getElementById(`a11y:${id}:control`) ??
    document.getElementById(`a11y:${id}`)).getAttribute(name), { id, name });
}

// What the mirror announces for a status text: its own words, else its label.
async function statusSaid(page, ids) {
  const tree = await page.evaluate(() =>
    JSON.parse(Module.UTF8ToString(Module._anskaffa_a11y_tree())));
  const node = tree.nodes.find((n) => ids.includes(n.id) && n.status !== undefined);
  return node ? node.said ?? node.label : null;
}

// What the live regions say from now on, as a screen reader would hear it.
async function listenToLiveRegions(page) {
  await page.evaluate(() => {
    window.announced = [];
    const regions = document.querySelectorAll("#anskaffa-a11y [aria-live]");
    const observer = new MutationObserver(() => {
      for (const region of regions) {
        if (region.textContent) {
          window.announced.push([region.getAttribute("aria-live"), region.textContent]);
        }
      }
    });
    for (const region of regions) observer.observe(region, { childList: true, subtree: true });
  });
}

// Every field of the screen in the accessibility tree, as the mirror's tree lists them (also
// those scrolled out of view): named by its label, with its value, described by each finding
// drawn for it, and invalid exactly when one is an error. Answers how many fields there are.
async function fieldsInTree(page) {
  const tree = await page.evaluate(() =>
    JSON.parse(Module.UTF8ToString(Module._anskaffa_a11y_tree())));
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const fields = tree.nodes.filter((n) => n.findings !== undefined && n.region === "main");
  assert.ok(fields.length > 0, "the screen has fields");
  const spoken = (text) => text.replace(/\s+/g, " ").trim();
  for (const field of fields) {
    const node = await axNodeOf(page, field.id);
    assert.equal(spoken(nameOf(node)), spoken(field.label), `${field.id}: named by its label`);
    if (field.kind === "input" && typeof field.value === "string") {
      assert.equal(node.value?.value ?? "", field.value, `${field.id}: its value`);
    }
    const shown = field.findings.map((code) => byId.get(`${field.id}.finding.${code}`))
      .filter(Boolean);
    for (const finding of shown) {
      assert.ok(spoken(node.description?.value ?? "").includes(spoken(finding.label)),
        `${field.id}: described by "${finding.label}": ${node.description?.value}`);
    }
    assert.equal(axProperty(node, "invalid") === "true",
      shown.some((finding) => finding.value === "error"), `${field.id}: invalid or not`);
  }
  return fields.length;
}

describe("the mirror's states, purposes, languages and status messages", () => {
  test("the sign-in fields and the requester's own name and e-mail carry their input purpose", async () => {
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await openApp(page, server.url);
      // 1.3.5: the account's name (an e-mail) and the password, for password managers.
      assert.equal(await mirrorAttribute(page, "email", "autocomplete"), "username");
      assert.equal(await mirrorAttribute(page, "password", "autocomplete"), "current-password");
      await signInThroughMirror(page, demoUser(server, teacher));
      await activate(page, "nav.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      await settle(page);
      assert.equal(await mirrorAttribute(page, "requester_name", "autocomplete"), "name");
      assert.equal(await mirrorAttribute(page, "requester_email", "autocomplete"), "email");
      // Other fields are not the person's own: nothing for the browser to fill in.
      await activate(page, "form.next");
      await waitForProbe(page, (p) => findWidget(p, "resource_name"));
      assert.equal(await mirrorAttribute(page, "resource_name", "autocomplete"), "off");
      // 1.3.1: the stepper's current step is the current step, the one before it no longer.
      await page.waitForFunction(() => document.getElementById("a11y:form.step.resource")
        ?.getAttribute("aria-current") === "step");
      assert.equal(await mirrorAttribute(page, "form.step.requester", "aria-current"), null);
      const purposes = await page.evaluate(() => [...document.querySelectorAll(
        "#anskaffa-a11y input[autocomplete]:not([autocomplete=off])")].map((i) => i.dataset.probeId));
      assert.deepEqual(purposes, [], "no field of the resource step has a purpose");
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });

  test("choice buttons say which is chosen and the menu button whether it is open, and both follow the mirror", async () => {
    const pressedOf = async (page, names) => {
      const tree = await accessibilityTree(page);
      return names.map((name) => axProperty(tree.find((n) => n.role?.value === "button" &&
        n.name?.value === name), "pressed"));
    };
    await withSignedIn(server, "granskare@demo.anskaffa.example", async (page) => {
      await activate(page, "nav.review_queue");
      await waitForProbe(page, (p) => p.screen === "review_queue" &&
        findWidget(p, "queue.filter.mine"));
      await settle(page);
      const probed = await probe(page);
      const names = ["queue.filter.open", "queue.filter.mine"]
        .map((id) => findWidget(probed, id).label);
      assert.deepEqual(await pressedOf(page, names), ["true", "false"]);
      await activate(page, "queue.filter.mine");
      await page.waitForFunction(() => document.getElementById("a11y:queue.filter.mine")
        ?.getAttribute("aria-pressed") === "true");
      await settle(page);
      assert.deepEqual(await pressedOf(page, names), ["false", "true"]);

      // On a narrow window the navigation is behind the menu button.
      await page.setViewportSize({ width: 390, height: 844 });
      await waitForProbe(page, (p) => findWidget(p, "nav.menu"), { what: "the menu button" });
      await settle(page);
      const expanded = async () => {
        const tree = await accessibilityTree(page);
        const menu = tree.find((n) => n.role?.value === "button" &&
          n.name?.value === findWidget(menuProbe, "nav.menu").label);
        return axProperty(menu, "expanded");
      };
      const menuProbe = await probe(page);
      assert.equal(await expanded(), false);
      await activate(page, "nav.menu");
      await waitForProbe(page, (p) => findWidget(p, "nav.review_queue"), { what: "the menu" });
      await settle(page);
      assert.equal(await expanded(), true);
    });
  });

  test("the language button's label is marked as the language it is in", async () => {
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await openApp(page, server.url);
      assert.equal(await page.evaluate(() => document.documentElement.lang), "sv");
      // 3.1.2: "English" on the Swedish page is English.
      assert.equal(await mirrorAttribute(page, "lang_toggle", "lang"), "en");
      await activate(page, "lang_toggle");
      await page.waitForFunction(() => document.documentElement.lang === "en");
      await page.waitForFunction(() =>
        document.getElementById("a11y:lang_toggle")?.getAttribute("lang") === "sv");
      const tree = await accessibilityTree(page);
      const label = findWidget(await probe(page), "lang_toggle").label;
      assert.ok(tree.some((n) => n.role?.value === "button" && n.name?.value === label));
      // Nothing else is marked: the rest is in the page's language.
      assert.deepEqual(await page.evaluate(() =>
        [...document.querySelectorAll("#anskaffa-a11y [lang]")].map((e) => e.id)),
      ["a11y:lang_toggle"]);
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });

  test("a catalogue search's number of hits is said once in the polite live region", async () => {
    await withSignedIn(server, teacher, async (page) => {
      await activate(page, "nav.catalog");
      await waitForProbe(page, (p) => p.screen === "catalog" &&
        p.widgets.some((w) => /^catalog\.\d+$/.test(w.id)), { what: "the catalogue's rows" });
      await settle(page);
      const first = await probe(page);
      const before = findWidget(first, "catalog.count").label;
      const row = first.widgets.find((w) => /^catalog\.\d+$/.test(w.id));
      await listenToLiveRegions(page);
      // Idle: the count the screen opened with is not said again.
      await page.waitForTimeout(500);
      assert.deepEqual(await page.evaluate(() => window.announced), []);

      // Searching for one entry's name, typed in the mirror's field.
      const term = row.label.split(/\s+/)[0];
      await fillField(page, "catalog.search", term);
      const after = await waitForProbe(page, (p) => {
        const count = findWidget(p, "catalog.count") ?? findWidget(p, "catalog.status");
        return count && count.label !== before && !/\.\.\.|…/.test(count.label);
      }, { what: "the search's count", timeout: 10000 });
      const shown = (findWidget(after, "catalog.count") ?? findWidget(after, "catalog.status")).label;
      const said = await statusSaid(page, ["catalog.count", "catalog.status"]);
      assert.ok(said, "the count is a status message");
      if (findWidget(after, "catalog.count")) {
        // Said with what it counts, since it is heard away from the list: the same numbers.
        assert.deepEqual(said.match(/\d+/g), shown.match(/\d+/g), `${said} / ${shown}`);
      }
      await page.waitForFunction((text) => window.announced.some(([how, what]) =>
        how === "polite" && what === text), said);
      await settle(page);
      await page.waitForTimeout(300);
      const announced = await page.evaluate(() => window.announced);
      assert.equal(announced.filter(([, what]) => what === said).length, 1,
        `said once: ${JSON.stringify(announced)}`);
      console.log(`catalogue: "${before}" -> "${shown}", said "${said}", after searching "${term}"`);
      await expectIdle(page);
    });
  });

  test("an option chosen in the mirror's drop-down list stays chosen from the app's next frame on", async () => {
    // A screen reader user's arrow keys step a closed list one option a press; were the list
    // to show the old option for a frame, the next press would step from that one instead.
    await withSignedIn(server, teacher, async (page) => {
      await activate(page, "nav.new_request");
      await mirrored(page, "unit_id");
      await settle(page);
      const seen = await page.evaluate(async () => {
        const list = document.getElementById("a11y:unit_id:control");
        const before = list.value;
        const wanted = [...list.options].find((o) => o.value && o.value !== before).value;
        list.value = wanted;
        list.dispatchEvent(new Event("change", { bubbles: true }));
        // The app's frame was asked for by the change, so it runs before this one.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return { before, wanted, after: list.value };
      });
      assert.equal(seen.after, seen.wanted, JSON.stringify(seen));
      await settle(page);
      assert.equal(await page.evaluate(() =>
        document.getElementById("a11y:unit_id:control").value), seen.wanted);
    });
  });
});

// The request form's steps (WCAG 1.3.1, 2.5.3, 4.1.2): each step's accessible name and
// description, computed by Chromium for the mirror's element.
const stepsOf = (probed) => probed.widgets.filter((w) => w.id.startsWith("form.step."));
const described = async (page, id) => (await axNodeOf(page, id)).description?.value;
// The mirror holds every step, also when the form has scrolled the stepper out of view.
const currentStep = (page, id) => page.waitForFunction((id) =>
  document.getElementById(`a11y:${id}`)?.getAttribute("aria-current") === "step", id);

// The queue's text when it has no rows, once it is not "loading".
const queueEmptyText = (p) => {
  const text = findWidget(p, "queue.status");
  return text && !/…/.test(text.label) ? text.label : null;
};

describe("the form's steps and the status messages of lists and suggestions", () => {
  test("a form step says whether it is done, has errors or is not started, as its mark does", async () => {
    const { unit } = await requestSetup();
    await withSignedIn(server, teacher, async (page) => {
      await activate(page, "nav.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      await settle(page);
      const steps = stepsOf(await probe(page));
      const [first, second, third] = steps.map((w) => w.id);
      // The current step says so by aria-current; one not yet visited is not started.
      assert.equal(await described(page, first), undefined);
      assert.equal(await described(page, second), "ej påbörjad");
      await mirrorStep(page, ["radio", "requester_role.teacher"]);
      await mirrorStep(page, ["choose", "unit_id", `unit_id.${unit.id}`]);
      await mirrorStep(page, ["press", "form.next"]);
      await currentStep(page, second);
      await settle(page);
      const done = await axNodeOf(page, first);
      assert.equal(done.description?.value, "klar");
      assert.equal(done.name?.value, `Steg 1: ${steps[0].label}`);
      // Step 2 left with its required fields empty: its mark is "!", and so is its state.
      await mirrorStep(page, ["press", "form.next"]);
      await currentStep(page, third);
      await settle(page);
      assert.equal(await described(page, second), "har fel");
      assert.equal(await described(page, first), "klar");
      assert.equal(await described(page, third), undefined);
      assert.equal(await mirrorAttribute(page, third, "aria-current"), "step");
      console.log(`steps: ${first} klar, ${second} har fel, ${third} current`);
      await expectIdle(page);
    });
  });

  test("A-form-axe: every step of the request form passes axe and has every field in the accessibility tree, as first met, with its findings shown, and filled in", async () => {
    const { unit, start } = await requestSetup();
    await withSignedIn(server, teacher, async (page) => {
      await activate(page, "nav.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      await settle(page);
      const steps = stepsOf(await probe(page)).map((w) => w.id);
      assert.equal(steps.at(-1), "form.step.summary");
      // Forward with nothing filled in: each step as first met, and the summary listing what
      // is missing.
      for (const [i, step] of steps.entries()) {
        await currentStep(page, step);
        await settle(page);
        await expectNoViolations(page, `${step}, as first met`);
        if (i + 1 < steps.length) await mirrorStep(page, ["press", "form.next"]);
      }
      // Back to each step through the stepper: visited and left empty, its required fields
      // now show their findings.
      for (const step of steps.slice(0, -1)) {
        await mirrorStep(page, ["press", step]);
        await currentStep(page, step);
        await waitForProbe(page, () => true);
        const findings = await page.evaluate(() =>
          document.querySelectorAll('#anskaffa-a11y [aria-invalid="true"]').length);
        assert.ok(findings > 0, `${step}: its empty required fields are invalid`);
        const fields = await fieldsInTree(page);
        console.log(`${step}: ${findings} fields invalid; ${fields} fields and options checked`);
        await expectNoViolations(page, `${step}, with ${findings} fields' findings shown`);
      }
      // Filled in through the mirror, step by step, and the summary of a whole request.
      await mirrorStep(page, ["press", steps[0]]);
      await currentStep(page, steps[0]);
      const plan = requestPlan(unit.id, "Axe-appen", start);
      let filled = 0;
      for (const step of plan.slice(0, -1)) {
        // Each step filled in, before leaving it: values in the tree, nothing invalid.
        if (step[0] === "press" && step[1] === "form.next") {
          await settle(page);
          filled += await fieldsInTree(page);
        }
        await mirrorStep(page, step);
      }
      console.log(`filled in: ${filled} fields and options checked`);
      await currentStep(page, "form.step.summary");
      await settle(page);
      assert.equal(await page.evaluate(() =>
        document.querySelectorAll('#anskaffa-a11y [aria-invalid="true"]').length), 0);
      await expectNoViolations(page, "the summary of a whole request");
    });
  });

  test("each form step's accessible name holds what is drawn for it, at 390×844 and 1280×800", async () => {
    await withSignedIn(server, teacher, async (page) => {
      await activate(page, "nav.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      // Step 1 left with errors: its mark is "!" without its number.
      await mirrorStep(page, ["press", "form.next"]);
      await currentStep(page, "form.step.resource");
      for (const [width, height] of [[390, 844], [1280, 800]]) {
        await page.setViewportSize({ width, height });
        await page.mouse.move(width / 2, 400);
        await page.mouse.wheel(0, -5000);
        await settle(page);
        const probed = await probe(page);
        // Beyond SPEC 7's widgets, by id: the texts drawn for a widget where not its label.
        const steps = stepsOf(probed).map((w) => ({ ...w, drawn: probed.drawn?.[w.id] }));
        assert.equal(steps.length, 6, `every step is on screen at ${width}`);
        const names = [];
        for (const step of steps) {
          assert.ok(Array.isArray(step.drawn), `${step.id} says what is drawn`);
          const name = (await axNodeOf(page, step.id)).name?.value ?? "";
          for (const drawn of step.drawn) {
            assert.ok(name.includes(drawn), `at ${width}: "${drawn}" is in "${name}"`);
          }
          names.push(`${JSON.stringify(step.drawn)} in "${name}"`);
        }
        // On the narrow window the steps not done show their number alone.
        const numbersOnly = steps.filter((s) => s.drawn.length === 1 && /^\d$/.test(s.drawn[0]));
        assert.equal(numbersOnly.length, width === 390 ? 5 : 0, names.join(", "));
        assert.deepEqual(steps[0].drawn, width === 390 ? [] : [steps[0].label]);
        console.log(`${width}: ${names.join(", ")}`);
      }
      await expectIdle(page);
    });
  });

  test("the queue's \"no requests\" after a filter is said once in the polite live region", async () => {
    await withSignedIn(server, "granskare2@demo.anskaffa.example", async (page) => {
      await activate(page, "nav.review_queue");
      await waitForProbe(page, (p) => p.screen === "review_queue" &&
        p.widgets.some((w) => /^queue\.\d+$/.test(w.id)), { what: "the queue's rows" });
      await settle(page);
      await listenToLiveRegions(page);
      await page.waitForTimeout(500);
      assert.deepEqual(await page.evaluate(() => window.announced), [], "nothing on opening");
      await activate(page, "queue.filter.mine");
      const shown = queueEmptyText(await waitForProbe(page, queueEmptyText,
        { what: "no requests of Gustav's own", timeout: 10000 }));
      assert.equal(await statusSaid(page, ["queue.status"]), shown);
      await page.waitForFunction((text) => window.announced.some(([how, what]) =>
        how === "polite" && what === text), shown);
      // A redraw (the pointer over the canvas) says nothing more.
      await page.mouse.move(300, 300);
      await page.mouse.move(320, 340);
      await settle(page);
      await page.waitForTimeout(300);
      const announced = await page.evaluate(() => window.announced);
      assert.equal(announced.filter(([, what]) => what === shown).length, 1,
        `said once: ${JSON.stringify(announced)}`);
      console.log(`queue: said "${shown}" once; all said: ${JSON.stringify(announced)}`);
      await expectIdle(page);
    });
  });

  test("the catalogue's suggestions under the resource's name are said once when they appear", async () => {
    const get = await apiGetter(server, teacher);
    const list = await get("/api/v1/catalog?status=approved&per_page=200");
    const entry = list.items.find((i) => i.name.length >= 8);
    assert.ok(entry, "demo data has an approved entry");
    await withSignedIn(server, teacher, async (page) => {
      await activate(page, "nav.new_request");
      await waitForProbe(page, (p) => p.screen === "request_form");
      await mirrorStep(page, ["press", "form.next"]);
      await mirrored(page, "resource_name");
      await settle(page);
      await listenToLiveRegions(page);
      await page.waitForTimeout(300);
      // Nothing offered yet (the draft saved on leaving step 1 may still be said).
      const before = await page.evaluate(() => window.announced);
      assert.ok(!before.some(([, what]) => /katalog/i.test(what)), JSON.stringify(before));
      const offered = async (typed) => {
        await fillField(page, "resource_name", typed);
        await waitForProbe(page, (p) => findWidget(p, "resource_name")?.value === typed &&
          findWidget(p, `suggestion.${entry.id}`), { what: "the suggestion", timeout: 10000 });
        const said = await statusSaid(page, ["suggestion.heading"]);
        assert.ok(said?.includes(entry.name), `said: ${said}`);
        await page.waitForFunction((text) => window.announced.some(([how, what]) =>
          how === "polite" && what === text), said);
        await settle(page);
        await page.waitForTimeout(300);
        return said;
      };
      const said = await offered(entry.name.slice(0, 6));
      // One more letter: the offer is looked up again; said again only if it changed.
      const again = await offered(entry.name.slice(0, 7));
      const announced = await page.evaluate(() => window.announced);
      for (const text of new Set([said, again])) {
        assert.equal(announced.filter(([, what]) => what === text).length, 1,
          `"${text}" said once: ${JSON.stringify(announced)}`);
      }
      console.log(`suggestions: ${JSON.stringify(announced)}`);
      await expectIdle(page);
    });
  });
});

// A complete request, step by step, as [what, probe id, value].
function requestPlan(unitId, resourceName, startDate) {
  return [
    ["radio", "requester_role.teacher"],
    ["choose", "unit_id", `unit_id.${unitId}`],
    ["press", "form.next"],
    ["text", "resource_name", resourceName],
    ["radio", "resource_type.web_service"],
    ["text", "supplier_name", "Kartbolaget AB"],
    ["text", "supplier_org_number", "556016-0680"],
    ["text", "website_url", "https://kartappen.example"],
    ["text", "description", "Eleverna tränar kartläsning och orientering i närområdet."],
    ["check", "grade_levels.y4_6"],
    ["press", "form.next"],
    ["check", "users.students"],
    ["text", "user_count", "60"],
    ["text", "start_date", startDate],
    ["radio", "cost_model.free"],
    ["press", "form.next"],
    ["radio", "processes_personal_data.yes"],
    ["check", "data_categories.name"],
    ["radio", "protected_identity_students.no"],
    ["choose", "login_method", "login_method.google_school"],
    ["radio", "data_location.eu_eea"],
    ["radio", "supplier_dpa_available.yes"],
    ["text", "privacy_policy_url", "https://kartappen.example/integritet"],
    ["press", "form.next"],
    ["text", "principal_name", "Rut Rektorsson"],
    ["text", "principal_email", principal],
    ["check", "register_holder_same_as_principal"],
    ["text", "system_admin_name", "Sam Systemsson"],
    ["text", "system_admin_email", "sam@skola.example"],
    ["check", "training_confirmed"],
    ["press", "form.next"],
    ["press", "form.submit"],
  ];
}

async function requestSetup() {
  const { call } = await apiSession(server, teacher);
  const units = (await call("GET", "/api/v1/units")).body;
  const unit = units.find((u) => u.name === "Exempelskolan");
  const start = new Date(Date.now() + 40 * 86400000).toISOString().slice(0, 10);
  return { call, unit, start };
}

async function submittedRequest(call, resourceName) {
  for (let i = 0; i < 50; i++) {
    const list = (await call("GET", "/api/v1/requests")).body;
    assert.ok(Array.isArray(list.items), JSON.stringify(list));
    const found = list.items.find((r) => r.resource_name === resourceName);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no request for ${resourceName} reached the server`);
}

// Through the mirror alone: focus, typed text and activation on its elements.
async function mirrorStep(page, [what, id, value]) {
  if (what === "text") await fillField(page, id, value);
  else if (what === "choose") await chooseOption(page, id, value);
  else await activate(page, id);
  // One step a frame, as a person gives them: the app takes one activation per frame.
  await settle(page);
  if (what === "radio" || what === "check") {
    await waitForProbe(page, (p) => p.focus === id, { what: `the focus on ${id}` });
  }
}

// A number of days as the charts write it in Swedish: whole, or with one decimal after a comma.
const swedishDays = (days) => String(Math.round(days * 10) / 10).replace(".", ",");

describe("the statistics' charts", () => {
  test("the statistics' three charts are tables of the API's numbers in the accessibility tree", async () => {
    const reviewer = "granskare@demo.anskaffa.example";
    const stats = await (await apiGetter(server, reviewer))("/api/v1/stats");
    const bands = ["0-5", "6-10", "11-20", "21+"];
    const openStates = Object.keys(stats.open_by_age);
    assert.ok(openStates.length > 0, "the API lists the open states");
    const decisions = stats.lead_times.filter((r) => r.stage === "decision" && r.median_days !== null)
      .sort((a, b) => a.month.localeCompare(b.month));
    await withSignedIn(server, reviewer, async (page) => {
      await click(page, "nav.stats");
      await waitForProbe(page, (p) => findWidget(p, "chart.by_state"), { what: "the charts",
        timeout: 10000 });
      await settle(page);
      // The mirror's tree names each table and row: a row's header is its state's name.
      const tree = await page.evaluate(() =>
        JSON.parse(Module.UTF8ToString(Module._anskaffa_a11y_tree())));
      const caption = (chart) => tree.nodes.find((n) => n.id === `${chart}.table`)?.label;
      const header = (chart, key) => tree.nodes.find((n) => n.id === `${chart}.table.${key}`)?.label;
      // The states in the chart's order (the workflow's), which need not be the API's.
      const statesOf = (chart) => {
        const keys = tree.nodes.filter((n) => n.id.startsWith(`${chart}.table.`))
          .map((n) => n.id.slice(`${chart}.table.`.length));
        assert.deepEqual([...keys].sort(), [...openStates].sort(), `${chart}: a row per open state`);
        return keys;
      };
      // Each chart as a screen reader meets it: a table under the chart's name (no longer an
      // empty group), a column header per column, a row per state or month, and in its cells
      // the API's numbers.
      const read = async (chart) => {
        const name = caption(chart);
        assert.ok(name, `${chart} has a table in the mirror`);
        const table = await axTableByCaption(page, name);
        assert.ok(table, `a table captioned "${name}" in the accessibility tree`);
        assert.equal(table.groupsNamedAlike, 0, `${chart} is not an empty group any more`);
        return table;
      };

      const byState = await read("chart.by_state");
      assert.equal(byState.headers.length, 2, byState.headers.join(" | "));
      assert.deepEqual(byState.rows, statesOf("chart.by_state").map((state) =>
        [header("chart.by_state", state), String(stats.by_state[state] ?? 0)]));

      const byAge = await read("chart.by_age");
      assert.equal(byAge.headers.length, bands.length + 2, byAge.headers.join(" | "));
      bands.forEach((band, i) => assert.ok(byAge.headers[i + 1].startsWith(band), byAge.headers[i + 1]));
      assert.deepEqual(byAge.rows, statesOf("chart.by_age").map((state) => {
        const counts = bands.map((band) => stats.open_by_age[state]?.[band] ?? 0);
        return [header("chart.by_age", state), ...counts.map(String),
          String(counts.reduce((a, b) => a + b, 0))];
      }));

      if (decisions.length > 0) {
        const leadTime = await read("chart.lead_time");
        assert.equal(leadTime.headers.length, 2, leadTime.headers.join(" | "));
        assert.deepEqual(leadTime.rows, decisions.map((r) => [r.month, swedishDays(r.median_days)]));
      } else {
        assert.equal(caption("chart.lead_time"), undefined, "no months: no table");
      }
      const cells = [byState, byAge].reduce((n, t) => n + t.rows.length * t.headers.length, 0);
      console.log(`charts as tables: by_state ${byState.rows.length} rows, by_age ` +
        `${byAge.rows.length} rows × ${byAge.headers.length} columns, lead_time ` +
        `${decisions.length} months; ${cells} cells of the first two; by_age's columns ` +
        `${byAge.headers.join(" | ")}; first row ${byAge.rows[0].join(" | ")}`);
      await expectNoViolations(page, "stats with the charts as tables");
      // Reading the tables drew nothing: the idle page stays idle.
      await expectIdle(page, "after reading the tables");

      // In English the headers and the numbers follow the language.
      await click(page, "lang_toggle");
      await page.waitForFunction(() => document.documentElement.lang === "en");
      await settle(page);
      const english = await page.evaluate(() =>
        JSON.parse(Module.UTF8ToString(Module._anskaffa_a11y_tree())));
      const englishCaption = (chart) => english.nodes.find((n) => n.id === `${chart}.table`)?.label;
      const byAgeEn = await axTableByCaption(page, englishCaption("chart.by_age"));
      assert.deepEqual(byAgeEn.headers.slice(1),
        [...bands.map((band) => `${band} working days`), "Total"]);
      if (decisions.length > 0) {
        const leadTimeEn = await axTableByCaption(page, englishCaption("chart.lead_time"));
        assert.deepEqual(leadTimeEn.rows, decisions.map((r) =>
          [r.month, String(Math.round(r.median_days * 10) / 10)]));
      }
    });
  });
});

describe("assistive technology alone", () => {
  test("a teacher signs in and submits a request, and the principal approves it, through the mirror", async () => {
    const { call, unit, start } = await requestSetup();
    const resourceName = "Kartappen för skärmläsare";
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await openApp(page, server.url);
      await signInThroughMirror(page, demoUser(server, teacher));
      await activate(page, "nav.new_request");
      for (const step of requestPlan(unit.id, resourceName, start)) await mirrorStep(page, step);
      const request = await submittedRequest(call, resourceName).catch(async (error) => {
        // Where the form stood: its screen, focus, findings and what waits to be sent.
        const probed = await probe(page);
        const findings = probed.widgets.filter((w) => w.findings?.length)
          .map((w) => `${w.id}: ${w.findings}`);
        throw new Error(`${error.message}; screen ${probed.screen}, focus ${probed.focus}, ` +
          `findings ${JSON.stringify(findings)}, widgets ${probed.widgets.map((w) => w.id)}`);
      });
      assert.equal(request.state, "awaiting_principal");
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }

    const approver = await openBrowser();
    try {
      const page = approver.page;
      await openApp(page, server.url);
      await signInThroughMirror(page, demoUser(server, principal));
      const request = await submittedRequest(call, resourceName);
      await activate(page, `awaiting.${request.id}`);
      await waitForProbe(page, (p) => p.screen === "request");
      await activate(page, "action.principal_approve");
      await activate(page, "action.send");
      const { body } = await call("GET", `/api/v1/requests/${request.id}`);
      for (let i = 0; i < 50 && body.state !== "in_review"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        Object.assign(body, (await call("GET", `/api/v1/requests/${request.id}`)).body);
      }
      assert.equal(body.state, "in_review");
      assert.deepEqual(approver.errors, []);
    } finally {
      await approver.close();
    }
  });
});

// Only the keyboard: Tab until the control has the focus, then keys. A group of radio buttons
// is one stop for Tab, as in any web page; the arrow keys choose within it.
const focusedProbeId = (page) =>
  page.evaluate(() => document.activeElement?.dataset?.probeId ?? null);

async function tabTo(page, wanted, what) {
  for (let i = 0; i < 80; i++) {
    if (wanted(await focusedProbeId(page))) return;
    await page.keyboard.press("Tab");
    await settle(page);
  }
  throw new Error(`Tab never reached ${what}`);
}

async function keyboardStep(page, [what, id, value]) {
  await mirrored(page, id);
  if (what === "radio") {
    const group = id.slice(0, id.lastIndexOf("."));
    await tabTo(page, (focused) => focused?.startsWith(`${group}.`), group);
    for (let i = 0; i < 10 && (await focusedProbeId(page)) !== id; i++) {
      await page.keyboard.press("ArrowDown");
      await settle(page);
    }
    assert.equal(await focusedProbeId(page), id, "the arrow keys reach the option");
    await page.keyboard.press("Space");
  } else {
    await tabTo(page, (focused) => focused === id, id);
  }
  if (what === "text") {
    await page.keyboard.press("Control+A");
    await page.keyboard.type(value);
  } else if (what === "choose") {
    // A closed drop-down list takes the arrow keys: as many steps as the option is away.
    const steps = await page.evaluate(({ id, value }) => {
      const list = document.getElementById(`a11y:${id}:control`);
      return [...list.options].findIndex((o) => o.value === value) - list.selectedIndex;
    }, { id, value });
    for (let i = 0; i < Math.abs(steps); i++) {
      await page.keyboard.press(steps > 0 ? "ArrowDown" : "ArrowUp");
    }
  } else if (what === "press") {
    await page.keyboard.press("Enter");
  } else if (what === "check") {
    await page.keyboard.press("Space");
  }
  await settle(page);
  if (what === "choose") {
    assert.equal(await page.evaluate((id) =>
      document.getElementById(`a11y:${id}:control`).value, id), value, `the arrow keys choose ${value}`);
  }
  // Focus and ImGui's focus ring are one.
  if (what !== "press") {
    await waitForProbe(page, (p) => p.focus === id, { what: `the focus ring on ${id}` });
  }
}

// Signs in with Tab, typing and Enter, and waits for the home screen.
async function signInWithKeys(page, email) {
  const user = demoUser(server, email);
  await keyboardStep(page, ["text", "email", user.email]);
  await keyboardStep(page, ["text", "password", user.password]);
  await keyboardStep(page, ["press", "sign_in"]);
  await waitForProbe(page, (p) => p.screen === "home", { timeout: 10000 });
}

describe("the keyboard alone", () => {
  test("a teacher signs in and submits a request with Tab, typing, Space, arrows and Enter", async () => {
    const { call, unit, start } = await requestSetup();
    const resourceName = "Kartappen för tangentbordet";
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await openApp(page, server.url);
      await signInWithKeys(page, teacher);
      await keyboardStep(page, ["press", "nav.new_request"]);
      await waitForProbe(page, (p) => p.screen === "request_form");
      for (const step of requestPlan(unit.id, resourceName, start)) {
        try {
          await keyboardStep(page, step);
        } catch (error) {
          await page.screenshot({ path: path.join(screenshotDir, "keyboard_failure.png") });
          console.log(JSON.stringify(await probe(page)));
          throw error;
        }
      }
      const request = await submittedRequest(call, resourceName);
      assert.equal(request.state, "awaiting_principal");
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });

  test("a reviewer opens a request from the queue and asks for a completion with Tab, typing and Enter", async () => {
    const { call, unit } = await requestSetup();
    const resourceName = "Ordlistan för tangentbordet";
    const id = await submitThroughApi({ call }, validRequest(unit.id, { resource_name: resourceName }));
    await (await apiSession(server, principal)).act(id, "principal_approve");
    const ask = "Ange leverantörens organisationsnummer.";
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await openApp(page, server.url);
      await signInWithKeys(page, "granskare@demo.anskaffa.example");
      await keyboardStep(page, ["press", "nav.review_queue"]);
      await waitForProbe(page, (p) => p.screen === "review_queue");
      await keyboardStep(page, ["press", `queue.${id}`]);
      await waitForProbe(page, (p) => p.screen === "request" && findWidget(p, "request.state"),
        { what: "the request's page", timeout: 10000 });
      await keyboardStep(page, ["press", "action.request_completion"]);
      await keyboardStep(page, ["text", "action_field.comment", ask]);
      await keyboardStep(page, ["press", "action.send"]);
      let view = null;
      for (let i = 0; i < 50 && view?.state !== "needs_completion"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        view = (await call("GET", `/api/v1/requests/${id}`)).body;
      }
      assert.equal(view.state, "needs_completion");
      assert.equal(view.timeline.at(-1).comment, ask);
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });
});

// The high-contrast palette (theme.h kHighContrast; WCAG 1.4.3, 1.4.5, 1.4.11): the system's
// wish (prefers-contrast: more) or the user's own choice in the app, which is kept.
describe("high contrast", () => {
  // Chromium's emulation of the system's setting, in a CDP session kept open for the page
  // (closing it ends the emulation).
  const emulateContrast = async (session, value) => {
    await session.send("Emulation.setEmulatedMedia",
      { features: [{ name: "prefers-contrast", value }] });
  };
  const paletteIs = (page, palette) =>
    waitForProbe(page, (p) => p.palette === palette, { what: `the ${palette} palette` });
  const pageBackground = (page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const pressed = async (page) => axProperty(await axNodeOf(page, "contrast_toggle"), "pressed");

  test("the system's wish for more contrast switches the palette without a reload, and back", async () => {
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await openApp(page, server.url);
      await paletteIs(page, "standard");
      assert.equal(await pageBackground(page), "rgb(244, 246, 249)");
      await page.evaluate(() => { window.notReloaded = true; });
      const session = await page.context().newCDPSession(page);
      await emulateContrast(session, "more");
      await paletteIs(page, "high_contrast");
      assert.equal(await pageBackground(page), "rgb(255, 255, 255)");
      assert.equal(await pressed(page), "true", "the toggle shows the palette in force");
      await emulateContrast(session, "");
      await paletteIs(page, "standard");
      assert.equal(await pageBackground(page), "rgb(244, 246, 249)");
      assert.equal(await page.evaluate(() => window.notReloaded), true, "no reload");
      await expectIdle(page);
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });

  test("the toggle switches the palette through the mirror, says it is pressed, outlasts a reload and overrides the system", async () => {
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await openApp(page, server.url);
      await paletteIs(page, "standard");
      const label = findWidget(await probe(page), "contrast_toggle").label;
      assert.equal(label, "Hög kontrast");
      assert.equal(await pressed(page), "false");
      await activate(page, "contrast_toggle");
      await paletteIs(page, "high_contrast");
      await page.waitForFunction(() => document.getElementById("a11y:contrast_toggle")
        ?.getAttribute("aria-pressed") === "true");
      assert.equal(await pressed(page), "true");
      const node = await axNodeOf(page, "contrast_toggle");
      assert.equal(node.role?.value, "button");
      assert.equal(node.name?.value, label);
      await expectNoViolations(page, "sign_in in high contrast");
      await page.screenshot({ path: path.join(screenshotDir, "high_contrast_sign_in_1280.png") });
      await page.setViewportSize({ width: 390, height: 844 });
      await settle(page);
      await page.screenshot({ path: path.join(screenshotDir, "high_contrast_sign_in_390.png") });
      await page.setViewportSize({ width: 1280, height: 800 });

      // Kept on the device: the first frame after a reload is in high contrast already.
      await page.reload();
      await page.waitForFunction(() => typeof window.anskaffaProbe === "function");
      assert.equal((await probe(page)).palette, "high_contrast");
      assert.equal(await pageBackground(page), "rgb(255, 255, 255)");

      // Chosen standard while the system asks for more: the user's choice wins, also after
      // a reload.
      const session = await page.context().newCDPSession(page);
      await emulateContrast(session, "more");
      await activate(page, "contrast_toggle");
      await paletteIs(page, "standard");
      assert.equal(await pageBackground(page), "rgb(244, 246, 249)");
      await page.reload();
      await page.waitForFunction(() => typeof window.anskaffaProbe === "function");
      await settle(page);
      assert.equal((await probe(page)).palette, "standard");
      assert.equal(await pressed(page), "false");
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });

  test("signed in, the toggle is in the rail and in the narrow window's menu; screens in high contrast pass axe", async () => {
    await withSignedIn(server, "granskare@demo.anskaffa.example", async (page) => {
      const rail = findWidget(await probe(page), "contrast_toggle");
      assert.ok(rail, "the rail has the toggle");
      assert.ok(rail.rect[0] < 236, `in the rail: ${rail.rect}`);
      await activate(page, "contrast_toggle");
      await paletteIs(page, "high_contrast");
      await expectNoViolations(page, "home in high contrast");
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "high_contrast_home"));
      await activate(page, "nav.stats");
      await waitForProbe(page, (p) => p.screen === "stats");
      await expectNoViolations(page, "stats in high contrast");
      await screenshotsWideAndNarrow(page, path.join(screenshotDir, "high_contrast_stats"));

      // On a narrow window the menu holds it, in the navigation as the rail does.
      await page.setViewportSize({ width: 390, height: 844 });
      await waitForProbe(page, (p) => findWidget(p, "nav.menu"), { what: "the menu button" });
      assert.equal(findWidget(await probe(page), "contrast_toggle"), undefined);
      await activate(page, "nav.menu");
      await waitForProbe(page, (p) => findWidget(p, "contrast_toggle"), { what: "the menu's toggle" });
      await settle(page);
      await page.screenshot({ path: path.join(screenshotDir, "high_contrast_menu_390.png") });
      const inNav = await page.evaluate(() =>
        Boolean(document.querySelector("#anskaffa-a11y nav [id='a11y:contrast_toggle']")));
      assert.ok(inNav, "the menu's toggle is in the navigation landmark");
      await activate(page, "contrast_toggle");
      await paletteIs(page, "standard");
    });
  });
});
