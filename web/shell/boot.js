// Starts the app: the Module settings anskaffa.js reads, the loading text, and once the first
// frame is on screen, window.anskaffaProbe (SPEC 7). A file of its own because the server's
// Content-Security-Policy allows no inline script.
"use strict";

(() => {
  const canvas = document.getElementById("anskaffa-canvas");
  const loading = document.getElementById("loading");

  const showFailure = (message) => {
    if (!loading) return;
    loading.textContent = message;
    loading.classList.add("failed");
  };

  // The probe: what is visible now, as a plain object. The registry is kept by the wasm side
  // (web/ui/probe.cpp) from the last frame drawn; its rectangles are relative to the canvas,
  // which this shifts to page coordinates.
  const probe = () => {
    const probed = JSON.parse(Module.UTF8ToString(Module._anskaffa_probe_json()));
    const box = canvas.getBoundingClientRect();
    if (box.left !== 0 || box.top !== 0) {
      for (const widget of probed.widgets) {
        widget.rect[0] += box.left;
        widget.rect[1] += box.top;
      }
    }
    return probed;
  };

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    onFirstFrame() {
      if (loading) loading.remove();
      window.anskaffaProbe = probe;
    },
    onFailure: showFailure,
    onAbort() {
      showFailure("Anskaffa kunde inte starta. Ladda om sidan, eller försök igen om en stund.");
    },
  };

  // The service worker keeps the app usable offline (SPEC 6). It needs a secure context
  // (https, or localhost); elsewhere the app still runs, only not offline.
  if ("serviceWorker" in navigator && window.isSecureContext) {
    window.addEventListener("load", () => {
      navigator.serviceWorker.register("sw.js").catch((error) => console.warn(error));
    });
  }

  // Frames drawn since start: it stands still while the app is idle.
  Object.defineProperty(window, "anskaffaFrameCount", {
    get: () => (Module._anskaffa_frame_count ? Module._anskaffa_frame_count() : 0),
  });
})();
