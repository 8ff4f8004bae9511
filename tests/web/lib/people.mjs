// The demo people of a running test server, as the tests use them: through the API (to set up
// and to check outcomes) and through the app in a browser of their own (to act).
import assert from "node:assert/strict";

import { openApp, openBrowser } from "./browser.mjs";
import { signIn } from "./form.mjs";

export function demoUser(server, email) {
  const user = server.users.find((u) => u.email === email);
  assert.ok(user, `demo-data has no ${email}`);
  return user;
}

// The API as a user: a session of its own, then JSON in and out. `call` answers
// {status, body}, the body parsed when it is JSON.
export async function apiSession(server, email) {
  const user = demoUser(server, email);
  const response = await fetch(`${server.url}/api/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  assert.equal(response.status, 200, `sign-in of ${email}`);
  const cookie = response.headers.get("set-cookie").split(";")[0];
  const me = (await response.json()).user;
  const call = async (method, url, body, headers = {}) => {
    const answer = await fetch(`${server.url}${url}`, {
      method,
      headers: { Cookie: cookie, "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    let parsed = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (a CSV, an empty 204): the text as it came
    }
    return { status: answer.status, body: parsed };
  };
  // Takes an action on a request at its current version; it must succeed.
  const act = async (id, action, extra = {}) => {
    const view = await call("GET", `/api/v1/requests/${id}`);
    const answer = await call("POST", `/api/v1/requests/${id}/actions`,
      { action, version: view.body.version, ...extra });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answer.body;
  };
  return { me, cookie, call, act };
}

// Runs `body(page)` in a fresh browser signed in as the user; the page must throw nothing.
// `options` go to openBrowser (e.g. {width, height}).
export async function withSignedIn(server, email, body, options = {}) {
  const browser = await openBrowser(options);
  try {
    await openApp(browser.page, server.url);
    await signIn(browser.page, demoUser(server, email));
    await body(browser.page);
    assert.deepEqual(browser.errors, [], "the page threw");
  } finally {
    await browser.close();
  }
}

// GET as a user: answers a function of a URL that asserts a 200 and gives the parsed body.
export async function apiGetter(server, email) {
  const { call } = await apiSession(server, email);
  return async (url) => {
    const answer = await call("GET", url);
    assert.equal(answer.status, 200, url);
    return answer.body;
  };
}
