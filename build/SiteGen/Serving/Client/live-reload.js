// SiteGen preview: reloads the page when a new build is served and shows build problems as an overlay.
// Served only by `sitegen serve`; `sitegen build` output never references it.
(() => {
  const script = document.currentScript;
  const pageVersion = script ? Number(script.dataset.sitegenVersion) : NaN;
  const overlayId = "sitegen-overlay";

  function render(message) {
    let overlay = document.getElementById(overlayId);
    const problems = message.diagnostics || [];
    if (problems.length === 0) {
      if (overlay) overlay.remove();
      return;
    }
    const errors = problems.filter((p) => p.severity === "error").length;
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = overlayId;
      overlay.setAttribute("role", "alert");
      document.body.appendChild(overlay);
    }
    overlay.dataset.errors = String(errors);
    overlay.style.cssText = errors > 0
      ? "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);color:#f4f4f4;font:14px/1.5 ui-monospace,monospace;padding:2rem;"
      : "position:fixed;right:1rem;bottom:1rem;max-width:40rem;max-height:40vh;z-index:2147483647;overflow:auto;background:#2b2b12;color:#f4f4f4;font:13px/1.4 ui-monospace,monospace;padding:1rem;border-radius:6px;";
    overlay.replaceChildren();
    const heading = document.createElement("h2");
    heading.style.cssText = "margin:0 0 1rem;font-size:16px;";
    heading.textContent = errors > 0
      ? `Build failed: ${errors} error${errors === 1 ? "" : "s"}. Showing the last good site underneath; fix the file and save.`
      : `${problems.length} warning${problems.length === 1 ? "" : "s"}`;
    overlay.appendChild(heading);
    if (errors === 0) {
      const close = document.createElement("button");
      close.textContent = "Hide";
      close.onclick = () => overlay.remove();
      overlay.appendChild(close);
    }
    for (const p of problems) {
      const item = document.createElement("div");
      item.className = "sitegen-problem";
      item.style.cssText = "margin:0 0 1rem;";
      const head = document.createElement("div");
      const where = document.createElement("strong");
      where.className = "sitegen-location";
      where.textContent = p.location;
      const what = document.createElement("span");
      what.style.color = p.severity === "error" ? "#ff8080" : "#ffd580";
      what.textContent = `: ${p.severity} ${p.code}: `;
      head.append(where, what, document.createTextNode(p.message));
      item.appendChild(head);
      if (p.sourceLine != null) {
        const pre = document.createElement("pre");
        pre.style.cssText = "margin:.25rem 0 0;color:#cfcfcf;";
        pre.textContent = `    ${p.sourceLine}\n    ${" ".repeat(Math.max(0, p.column - 1))}^`;
        item.appendChild(pre);
      }
      overlay.appendChild(item);
    }
  }

  // Ingest's guesses (data-review: how the speaker was found) stand out in preview, so an editor sees what to check.
  function highlightReviews() {
    for (const el of document.querySelectorAll("[data-review]")) {
      if (el.querySelector(".sitegen-review")) continue;
      el.style.outline = "3px dashed #d97706";
      el.style.outlineOffset = "4px";
      const label = document.createElement("span");
      label.className = "sitegen-review";
      label.style.cssText = "display:inline-block;margin:.25rem 0;padding:0 .4rem;background:#fde68a;color:#1f1f1f;font:600 12px/1.6 system-ui,sans-serif;border-radius:3px;";
      const how = el.dataset.review === "previous-speaker" ? "as the previous speaker" : `by ${el.dataset.review}`;
      label.textContent = `Awaiting review: attributed ${how}`;
      el.prepend(label);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", highlightReviews);
  else highlightReviews();

  const events = new EventSource("/__sitegen/events");
  events.addEventListener("hello", (e) => {
    // A page served before the latest build (or before a server restart) is stale: fetch it again.
    const served = JSON.parse(e.data).version;
    if (!Number.isNaN(pageVersion) && served !== pageVersion) location.reload();
  });
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("problems", (e) => render(JSON.parse(e.data)));
})();
