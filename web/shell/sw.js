// The service worker (SPEC 6): after one visit the app opens with no network. The build
// (sw_manifest.cmake) fills in the app shell's files and a version that is a hash of their
// contents; the shell lives in a cache named by that version, so one release's files are
// never mixed with another's, and a new release's worker deletes the old cache once it
// takes over. A page already running keeps what it loaded at start; the next load is new.
//
// What is cached:
// - the shell: precached at install, answered cache-first (a navigation gets index.html);
// - the units, the form and the catalogue snapshot: network first, the last answer offline;
// - a typeface the user chose (fonts/ beyond the shell's): kept when first fetched, across
//   releases, and answered from there, so the chosen face is there offline too;
// - nothing else under /api/: those answers are per user and moment (no-store), never kept.
"use strict";

const VERSION = "@VERSION@";
const FILES = [/* @FILES@ */];
const SHELL = `anskaffa-shell-${VERSION}`;
// Data the app may show offline; kept across releases (it is not part of the shell).
const DATA = "anskaffa-data";
const FONTS = "anskaffa-fonts";

const dataPaths = new Set(["/api/v1/units", "/api/v1/form"]);
const shellPaths = new Set(FILES.map((name) => new URL(name, self.registration.scope).pathname));
const fontsPath = new URL("fonts/", self.registration.scope).pathname;

// The snapshot is the app's whole-catalogue page (GET /api/v1/catalog?per_page=200), no search.
const isSnapshot = (url) =>
  url.pathname === "/api/v1/catalog" && url.searchParams.has("per_page") &&
  !url.searchParams.get("q");

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    // "reload": from the server, not from the HTTP cache, which may hold the last release's.
    await cache.addAll(FILES.map((name) => new Request(name, { cache: "reload" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== SHELL && name !== DATA && name !== FONTS) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function networkFirst(request) {
  const cache = await caches.open(DATA);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

async function keptFirst(request) {
  const cache = await caches.open(FONTS);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function shellFirst(request, name) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(name ?? request, { ignoreSearch: true });
  return cached ?? fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;  // submissions go to the network, always
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/")) {
    if (dataPaths.has(url.pathname) || isSnapshot(url)) event.respondWith(networkFirst(request));
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(shellFirst(request, "index.html"));
  } else if (shellPaths.has(url.pathname)) {
    event.respondWith(shellFirst(request));
  } else if (url.pathname.startsWith(fontsPath)) {
    event.respondWith(keptFirst(request));
  }
});
