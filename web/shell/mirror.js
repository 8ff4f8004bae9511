// The accessibility mirror (WCAG 2.1 AA). The app draws on a canvas, which screen readers
// cannot read, so after every frame this keeps a visually hidden DOM in step with what the app
// shows (web/a11y/mirror.cpp sends it as JSON): headings, the banner, navigation and main
// landmarks, dialogs, labelled fields with their values, required state and findings, buttons,
// links, groups of options, tables, and tab lists with their panels. The app tells the
// structure (a row's table and cells, a tab's list, a dialog's cancel button); nothing of it is
// guessed here. What a person or their assistive technology does in that DOM
// goes back to the app as the same input a mouse or keyboard gives (web/a11y/mirror_input.cpp),
// and focus stays one: the control focused here is the widget with ImGui's focus ring.
// A file of its own because the server's Content-Security-Policy allows no inline script.
"use strict";

(() => {
  const root = document.getElementById("anskaffa-a11y");
  if (!root) return;

  const element = (tag, attributes = {}) => {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
    return made;
  };
  const setAttribute = (target, name, value) => {
    if (value === null || value === undefined || value === false) {
      if (target.hasAttribute(name)) target.removeAttribute(name);
    } else if (target.getAttribute(name) !== String(value)) {
      target.setAttribute(name, String(value));
    }
  };
  const setText = (target, text) => {
    if (target.textContent !== text) target.textContent = text;
  };

  const regions = {
    banner: element("header"),
    navigation: element("nav"),
    main: element("main"),
    dialog: element("div", { role: "dialog", "aria-modal": "true" }),
  };
  // Announcements: findings, saved drafts and state changes are said when they appear.
  const polite = element("div", { role: "status", "aria-live": "polite" });
  const assertive = element("div", { role: "alert", "aria-live": "assertive" });
  // Descriptions that are not on screen (a form step's state), referred to by aria-describedby.
  const descriptions = element("div", { hidden: "" });
  root.append(regions.banner, regions.navigation, regions.main, regions.dialog, polite, assertive,
    descriptions);

  // Strings for the app's exported functions, in wasm memory for the length of the call.
  const call = (name, ...args) => {
    const pointers = [];
    const values = args.map((arg) => {
      if (typeof arg !== "string") return arg;
      const size = Module.lengthBytesUTF8(arg) + 1;
      const pointer = Module._malloc(size);
      Module.stringToUTF8(arg, pointer, size);
      pointers.push(pointer);
      return pointer;
    });
    try {
      Module[`_anskaffa_a11y_${name}`](...values);
    } finally {
      for (const pointer of pointers) Module._free(pointer);
    }
  };

  const domId = (id) => `a11y:${id}`;
  const entries = new Map(); // probe id -> { node, box, control }
  let applyingFocus = false; // focus moved here by the app, not by the user
  let keyboardHere = false; // the keyboard is in the mirror (not on the canvas or elsewhere)
  document.addEventListener("focusin", (event) => {
    keyboardHere = root.contains(event.target);
  });

  // A control of the mirror: the element that takes focus and input.
  const makeEntry = (node) => {
    const id = node.id;
    let box;
    let control;
    let extra = {};
    switch (node.kind) {
      case "row":
        if (node.parent !== undefined) {
          // A row of a table: the button that opens it heads the row, its cells follow.
          box = element("tr");
          const head = element("th", { scope: "row" });
          control = element("button", { type: "button" });
          head.append(control);
          box.append(head);
          extra = { cells: [] };
          break;
        }
        box = control = element("button", { type: "button" });
        break;
      case "button":
        box = control = element("button", { type: "button" });
        break;
      case "table_row": {
        // A row of data (a chart's): its header names it, its cells follow; nothing to press.
        box = element("tr");
        const head = element("th", { scope: "row" });
        box.append(head);
        extra = { head, cells: [] };
        break;
      }
      case "tab":
        box = control = element("button", { type: "button" });
        if (node.parent !== undefined) control.setAttribute("role", "tab");
        break;
      case "table": {
        box = element("table");
        const caption = element("caption");
        const head = element("thead");
        const headRow = element("tr");
        const body = element("tbody");
        head.append(headRow);
        box.append(caption, head, body);
        extra = { caption, headRow, body, headerWidgets: [] };
        break;
      }
      case "tablist":
        box = element("div", { role: "tablist" });
        break;
      case "tabpanel":
        box = element("div", { role: "tabpanel" });
        break;
      case "link":
        box = control = element("a", { href: "#" });
        break;
      case "checkbox":
      case "radio": {
        box = element("label");
        control = element("input", { type: node.kind });
        // The options of one group share a name, so arrow keys move between them.
        if (node.kind === "radio") control.name = node.id.slice(0, node.id.lastIndexOf("."));
        box.append(control, element("span"));
        break;
      }
      case "combo": {
        box = element("label");
        control = element("select");
        box.append(element("span"), control);
        break;
      }
      case "input": {
        box = element("label");
        control =
          node.input === "multiline" ? element("textarea") : element("input", {
            type: { password: "password", email: "email" }[node.input] ?? "text",
          });
        box.append(element("span"), control);
        break;
      }
      case "group":
        box = element("fieldset");
        box.append(element("legend"));
        break;
      default:
        box = element(node.role === "h1" ? "h1" : node.role === "h2" ? "h2" : "p");
        if (node.role === "h1") box.tabIndex = -1; // where focus goes on a new screen
    }
    box.id = domId(id);
    if (control) {
      control.dataset.probeId = id;
      if (control !== box) control.id = domId(`${id}:control`);
    }
    if (extra.cells && control) {
      // A table row is found by its button, as any other button is.
      box.id = domId(`${id}:row`);
      control.id = domId(id);
    }
    return { node, box, control, kind: node.kind, shape: shapeOf(node), ...extra };
  };
  const shapeOf = (node) =>
    `${node.kind}/${node.role ?? ""}/${node.input ?? ""}/${node.parent === undefined ? "" : "in"}`;

  const labelPart = (entry) => entry.box.querySelector(":scope > span, :scope > legend");

  const update = (entry, node, byId) => {
    entry.node = node;
    const { box, control } = entry;
    switch (node.kind) {
      case "button":
      case "row":
      case "tab":
      case "link": {
        setText(control, node.label);
        // aria-disabled, not disabled: a disabled button would lose the focus it has (the
        // button just pressed, while the app waits for the server).
        setAttribute(control, "aria-disabled", node.disabled === true ? "true" : null);
        const tab = node.kind === "tab" && node.parent !== undefined;
        if (tab) {
          // One Tab stop for the list, on the chosen tab; the arrow keys move within it.
          setAttribute(control, "aria-selected", node.value === true ? "true" : "false");
          setAttribute(control, "tabindex", node.value === true ? null : "-1");
        } else {
          // The navigation's current screen, or the form's current step (a tab outside a
          // tab list is a step of the form's stepper).
          const current = { link: "page", tab: "step" }[node.kind] ?? "true";
          setAttribute(control, "aria-current", node.value === true ? current : null);
        }
        const sorted = typeof node.value === "string" && /^(ascending|descending)$/.test(node.value);
        if (node.column !== undefined) {
          setAttribute(control.parentElement, "aria-sort", sorted ? node.value : null);
        }
        // A choice button says whether it is the chosen one; a sort button that it sorts.
        const pressed = node.pressed !== undefined ? String(node.pressed) : sorted ? "true" : null;
        setAttribute(control, "aria-pressed", pressed);
        setAttribute(control, "aria-expanded",
          node.expanded !== undefined ? String(node.expanded) : null);
        if (entry.cells) updateCells(entry, node);
        break;
      }
      case "table": {
        setText(entry.caption, node.label);
        const columns = node.columns ?? [];
        const headRow = entry.headRow;
        while (headRow.children.length < columns.length) {
          headRow.append(element("th", { scope: "col" }));
        }
        while (headRow.children.length > columns.length) headRow.lastChild.remove();
        columns.forEach((name, i) => {
          const cell = headRow.children[i];
          const widget = entry.headerWidgets[i];
          // A header that is a widget (a sort button) sits in its cell; else the name alone.
          if (widget) arrange(cell, [widget]);
          else if (cell.firstElementChild || cell.textContent !== name) cell.textContent = name;
        });
        break;
      }
      case "table_row":
        setText(entry.head, node.label);
        updateCells(entry, node);
        break;
      case "tablist":
        setAttribute(box, "aria-label", node.label);
        break;
      case "tabpanel": {
        // Named by the chosen tab, which says it controls this panel.
        const chosen = entries.get(node.parent)?.box.querySelector('[aria-selected="true"]');
        setAttribute(box, "aria-labelledby", chosen?.id ?? null);
        if (chosen) setAttribute(chosen, "aria-controls", box.id);
        break;
      }
      case "checkbox":
      case "radio":
        setText(labelPart(entry), node.label);
        control.checked = node.value === true;
        setAttribute(control, "disabled", node.disabled === true);
        break;
      case "combo": {
        setText(labelPart(entry), node.label);
        const options = node.options ?? [];
        const signature = JSON.stringify(options);
        if (entry.options !== signature) {
          entry.options = signature;
          control.replaceChildren(
            element("option", { value: "" }),
            ...options.map((option) => {
              const made = element("option", { value: option.id });
              made.textContent = option.label;
              return made;
            }),
          );
        }
        const chosen = options[node.chosen]?.id ?? "";
        if (control.value !== chosen) control.value = chosen;
        break;
      }
      case "input": {
        setText(labelPart(entry), node.label);
        const value = node.value === null || node.value === undefined ? "" : String(node.value);
        // While the person types here, their text is the truth; the app follows it.
        if (document.activeElement !== control && control.value !== value) control.value = value;
        setAttribute(control, "readonly", node.disabled === true);
        // What the field is for (WCAG 1.3.5): the person's own name, e-mail or password;
        // other fields are not for a browser to fill in.
        if (control.tagName === "INPUT") {
          setAttribute(control, "autocomplete", node.autocomplete ?? "off");
        }
        break;
      }
      case "group":
        setText(labelPart(entry), node.label);
        break;
      default:
        setText(box, node.label);
    }
    if (control && node.kind !== "group") {
      setAttribute(control, "required", node.required === true && node.kind !== "checkbox");
      setAttribute(control, "aria-required", node.required === true ? "true" : null);
    }
    if (node.findings !== undefined) describe(entry, node, byId);
    else describeBy(entry, node.description);
    // A label in another language than the page's (the language button's).
    setAttribute(control ?? box, "lang", node.lang ?? null);
  };

  // A table row's cells after its first, as many as the table has columns.
  const updateCells = (entry, node) => {
    const columns = entries.get(node.parent)?.node.columns?.length ?? 1;
    const count = Math.max(0, columns - 1);
    while (entry.cells.length < count) {
      const cell = element("td");
      entry.box.append(cell);
      entry.cells.push(cell);
    }
    while (entry.cells.length > count) entry.cells.pop().remove();
    entry.cells.forEach((cell, i) => setText(cell, node.cells?.[i] ?? ""));
  };

  // A field's help text and findings describe it; an error finding makes it invalid.
  const describe = (entry, node, byId) => {
    const target = entry.control ?? entry.box;
    const described = [];
    let invalid = false;
    const help = byId.get(`${node.id}.help`);
    if (help) described.push(domId(help.id));
    for (const code of node.findings) {
      const finding = byId.get(`${node.id}.finding.${code}`);
      if (!finding) continue;
      described.push(domId(finding.id));
      if (finding.value === "error") invalid = true;
    }
    setAttribute(target, "aria-describedby", described.length ? described.join(" ") : null);
    setAttribute(target, "aria-invalid", invalid ? "true" : null);
  };

  // A description of the app's own (a form step's state), in a hidden text of its own.
  const describeBy = (entry, text) => {
    const target = entry.control ?? entry.box;
    if (text === undefined) {
      if (!entry.description) return;
      dropDescription(entry);
      setAttribute(target, "aria-describedby", null);
      return;
    }
    if (!entry.description) {
      entry.description = element("span", { id: domId(`${entry.node.id}:description`) });
      descriptions.append(entry.description);
    }
    setText(entry.description, text);
    setAttribute(target, "aria-describedby", entry.description.id);
  };
  const dropDescription = (entry) => {
    entry?.description?.remove();
    if (entry) entry.description = null;
  };

  // Puts the children of `parent` in this order, moving only what is out of place.
  const arrange = (parent, children, first = null) => {
    let next = first ? first.nextSibling : parent.firstChild;
    for (const child of children) {
      if (child !== next) parent.insertBefore(child, next);
      next = child.nextSibling;
    }
    while (next) {
      const after = next.nextSibling;
      next.remove();
      next = after;
    }
  };

  const announcedRoles = new Set(["error", "success", "warning"]);
  const announcedIds = new Set(["status.saved", "status.queued", "status.online", "notice"]);
  const announce = (text, urgent) => {
    const region = urgent ? assertive : polite;
    // A change of text is what is read; the same text again is emptied first.
    region.textContent = "";
    window.setTimeout(() => (region.textContent = text), 50);
  };

  // Status messages (WCAG 4.1.3): the last text said for each status key (a search's number of
  // hits), so that a change the user made is said once and a screen's first text is not.
  const statusTexts = new Map();
  let statusLang = "";

  let lastText = "";
  let lastScreen = "";
  let lastTitle = "";
  let dialogWasOpen = false;
  let opener = null; // the probe id of the control that had the focus when a dialog opened

  const refresh = () => {
    const text = Module.UTF8ToString(Module._anskaffa_a11y_tree());
    if (text === lastText) return;
    lastText = text;
    const tree = JSON.parse(text);
    if (document.documentElement.lang !== tree.lang) document.documentElement.lang = tree.lang;

    const active = document.activeElement;
    // The keyboard was here, and still is, or its control went with the frame before.
    const focusWasHere =
      keyboardHere && (root.contains(active) || !active || active === document.body);
    const newScreen = tree.screen !== lastScreen;
    lastScreen = tree.screen;
    if (newScreen || tree.lang !== statusLang) statusTexts.clear();
    statusLang = tree.lang;

    const byId = new Map();
    for (const node of tree.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
    const order = { banner: [], navigation: [], main: [], dialog: [] };
    const inside = new Map(); // a table's rows, a tab list's tabs, a panel's content
    const panels = []; // the tab panels open at this point of the drawing order
    const speech = [];
    const seen = new Set();
    for (const node of byId.values()) {
      if (node.kind === "panel_end") {
        const at = panels.findIndex((panel) => panel.id === node.parent);
        if (at >= 0) panels.splice(at);
        continue;
      }
      if (node.kind === "silence") {
        // Nothing shown for this status now: what it says next is news.
        statusTexts.set(node.status, "");
        continue;
      }
      let entry = entries.get(node.id);
      const before = entry?.node;
      if (!entry || entry.shape !== shapeOf(node)) {
        dropDescription(entry);
        entry = makeEntry(node);
        entries.set(node.id, entry);
      }
      seen.add(node.id);
      if (
        !newScreen &&
        node.kind === "text" &&
        (announcedRoles.has(node.role) || announcedIds.has(node.id)) &&
        before?.label !== node.label
      ) {
        // A finding under the field being typed in is said politely; other errors at once.
        speech.push({ text: node.label, urgent: node.role === "error" && !node.id.includes(".finding.") });
      }
      if (node.status !== undefined) {
        const text = node.said ?? node.label;
        const said = statusTexts.get(node.status);
        statusTexts.set(node.status, text);
        if (said !== undefined && said !== text) speech.push({ text, urgent: false });
      }
      const container = node.parent !== undefined && inside.has(node.parent)
        ? entries.get(node.parent) : null;
      if (container?.kind === "table" && node.column !== undefined) {
        container.headerWidgets[node.column] = entry.box;
        entry.box.dataset.node = node.id;
        continue;
      }
      if ((container?.kind === "table" && (node.kind === "row" || node.kind === "table_row")) ||
          (container?.kind === "tablist" && node.kind === "tab")) {
        entry.box.dataset.node = node.id;
        inside.get(node.parent).push(entry.box);
        continue;
      }
      const panel = panels.length && node.region === "main" ? panels[panels.length - 1] : null;
      const list = panel ? panel.list : (order[node.region] ?? order.main);
      if (node.kind === "table") entry.headerWidgets = [];
      if (node.kind === "table" || node.kind === "tablist") inside.set(node.id, []);
      if (node.kind === "tabpanel") {
        inside.set(node.id, []);
        panels.push({ id: node.id, list: inside.get(node.id) });
      }
      if (node.kind === "group") {
        // The options of a group were drawn before it: they go inside its fieldset.
        const options = [];
        for (let i = list.length - 1; i >= 0; i--) {
          const id = list[i].dataset.node;
          if (id === undefined || !id.startsWith(`${node.id}.`)) break;
          options.unshift(list.pop());
        }
        arrange(entry.box, options, entry.box.firstChild);
      }
      entry.box.dataset.node = node.id;
      list.push(entry.box);
    }
    for (const [id, boxes] of inside) {
      const container = entries.get(id);
      arrange(container.kind === "table" ? container.body : container.box, boxes);
    }
    for (const node of byId.values()) {
      if (node.kind !== "panel_end" && node.kind !== "silence") {
        update(entries.get(node.id), node, byId);
      }
    }
    for (const id of [...entries.keys()]) {
      if (seen.has(id)) continue;
      dropDescription(entries.get(id));
      entries.delete(id);
    }

    for (const [name, region] of Object.entries(regions)) {
      arrange(region, order[name]);
      region.hidden = order[name].length === 0;
    }
    // A dialog is modal: what is behind it is out of reach until it closes.
    const dialogOpen = order.dialog.length > 0;
    const closing = dialogWasOpen && !dialogOpen;
    if (dialogOpen && !dialogWasOpen) opener = probeIdOf(active) ?? null;
    dialogWasOpen = dialogOpen;
    for (const name of ["banner", "navigation", "main"]) regions[name].inert = dialogOpen;
    const dialogHeading = regions.dialog.querySelector("h1, h2, p");
    setAttribute(regions.dialog, "aria-labelledby", dialogHeading?.id ?? null);

    const heading = regions.main.querySelector("h1");
    const title = heading ? `${heading.textContent} – Anskaffa` : "Anskaffa";
    if (title !== lastTitle) {
      lastTitle = title;
      document.title = title;
    }

    // Focus stays one: where the app moved its focus ring, or, when the focused control went
    // with the screen it was on, the new screen's heading.
    // A dialog takes the focus when it opens and gives it back to its opener when it closes;
    // where the mirror chose, not the app, the app's focus ring follows.
    if (focusWasHere) {
      const wanted = tree.focus ? entries.get(tree.focus)?.control : null;
      const now = document.activeElement;
      let target = null;
      let follow = false;
      if (dialogOpen && !regions.dialog.contains(now)) {
        target = wanted && regions.dialog.contains(wanted)
          ? wanted : regions.dialog.querySelector("button, input, select, textarea, a");
        follow = target !== wanted;
      } else if (closing && opener && entries.get(opener)?.control) {
        target = entries.get(opener).control;
        follow = target !== wanted;
      } else if (wanted && wanted !== now) {
        target = wanted;
      } else if (!root.contains(now)) {
        target = dialogOpen ? null : heading;
      }
      if (closing) opener = null;
      if (target) {
        applyingFocus = !follow;
        target.focus({ preventScroll: true });
        applyingFocus = false;
      }
    }
    for (const { text: said, urgent } of speech) announce(said, urgent);
  };

  const probeIdOf = (target) => target?.dataset?.probeId;

  root.addEventListener("focusin", (event) => {
    const id = probeIdOf(event.target);
    if (id !== undefined && !applyingFocus) call("focus", id);
  });
  root.addEventListener("click", (event) => {
    const id = probeIdOf(event.target);
    if (id === undefined) return;
    const entry = entries.get(id);
    if (!entry) return;
    if (["button", "row", "tab", "link"].includes(entry.kind)) {
      event.preventDefault();
      if (entry.node.disabled !== true) call("activate", id);
    } else if (entry.kind === "checkbox" || entry.kind === "radio") {
      call("activate", id);
    }
  });
  root.addEventListener("input", (event) => {
    const id = probeIdOf(event.target);
    if (id !== undefined && entries.get(id)?.kind === "input") call("type", id, event.target.value);
  });
  root.addEventListener("change", (event) => {
    const id = probeIdOf(event.target);
    const entry = id === undefined ? null : entries.get(id);
    if (entry?.kind === "combo") call("choose", id, event.target.value);
  });
  root.addEventListener("focusout", (event) => {
    const id = probeIdOf(event.target);
    if (id !== undefined && entries.get(id)?.kind === "input") call("leave", id, 0);
  });
  // The arrow keys, Home and End move between the tabs of a tab list (the chosen one is the
  // list's Tab stop); Enter or Space chooses the focused one.
  const tabKeys = ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End"];
  const moveAmongTabs = (entry, key) => {
    const tabs = [...entry.box.parentElement.querySelectorAll(':scope > [role="tab"]')];
    const at = tabs.indexOf(entry.box);
    const last = tabs.length - 1;
    const next = key === "Home" ? 0 : key === "End" ? last
      : key === "ArrowRight" || key === "ArrowDown" ? (at + 1) % tabs.length
        : (at + last) % tabs.length;
    tabs[next]?.focus();
  };
  // Escape in a dialog presses its cancel button, as on the canvas.
  const cancelDialog = () => {
    for (const entry of entries.values()) {
      if (entry.node.cancels === true && regions.dialog.contains(entry.box)) {
        call("activate", entry.node.id);
        return true;
      }
    }
    return false;
  };

  root.addEventListener("keydown", (event) => {
    const id = probeIdOf(event.target);
    if (event.key === "Escape" && regions.dialog.contains(event.target)) {
      if (cancelDialog()) event.preventDefault();
      return;
    }
    if (event.key === "Tab" && regions.dialog.contains(event.target)) {
      // Tab goes round inside the dialog rather than out of the page.
      const stops = [...regions.dialog.querySelectorAll("button, input, select, textarea, a")]
        .filter((control) => control.tabIndex >= 0 && !control.disabled);
      const wrapTo = event.shiftKey
        ? (event.target === stops[0] ? stops[stops.length - 1] : null)
        : (event.target === stops[stops.length - 1] ? stops[0] : null);
      if (wrapTo) {
        event.preventDefault();
        wrapTo.focus();
      }
      return;
    }
    const entry = id === undefined ? null : entries.get(id);
    if (entry?.kind === "tab" && entry.node.parent !== undefined && tabKeys.includes(event.key)) {
      event.preventDefault();
      moveAmongTabs(entry, event.key);
      return;
    }
    if (id === undefined || event.key !== "Enter" || event.isComposing) return;
    if (event.target.tagName === "INPUT" && entries.get(id)?.kind === "input") {
      call("leave", id, 1);
    }
  });

  Module.onMirrorFrame = refresh;
})();
