// SiteGen preview: reloads the page when a new build is served; shows build errors over the page and warnings as a
// small badge that opens their list.
// Served only by `sitegen serve`; `sitegen build` output never references it.
(() => {
  const script = document.currentScript;
  const pageVersion = script ? Number(script.dataset.sitegenVersion) : NaN;
  const overlayId = "sitegen-overlay";
  const badgeId = "sitegen-warnings";
  const listId = "sitegen-warnings-list";

  // PREVIEW TEXT: every word this script shows, in one place (the preview is the editor's, not the reader's; when the
  // strings move to templates/i18n/, these move with them).
  const text = {
    failed: (errors) => `Build failed: ${errors} error${errors === 1 ? "" : "s"}. Showing the last good site underneath; fix the file and save.`,
    warnings: (count) => `${count} warning${count === 1 ? "" : "s"}`,
    warningsLabel: "Build warnings",
    review: (how) => `Awaiting review: attributed ${how}`,
    previousSpeaker: "as the previous speaker",
  };

  function problemItem(p) {
    const item = document.createElement("li");
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
      pre.style.cssText = "margin:.25rem 0 0;color:#cfcfcf;white-space:pre-wrap;";
      pre.textContent = `    ${p.sourceLine}\n    ${" ".repeat(Math.max(0, p.column - 1))}^`;
      item.appendChild(pre);
    }
    return item;
  }

  function problemList(problems) {
    const list = document.createElement("ul");
    list.style.cssText = "list-style:none;margin:0;padding:0;";
    for (const p of problems) list.appendChild(problemItem(p));
    return list;
  }

  // Errors: the whole page is covered, as the site shown is not the one on disk.
  function showErrors(problems, errors) {
    document.getElementById(badgeId)?.remove();
    let overlay = document.getElementById(overlayId);
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = overlayId;
      overlay.setAttribute("role", "alert");
      document.body.appendChild(overlay);
    }
    overlay.dataset.errors = String(errors);
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);color:#f4f4f4;font:14px/1.5 ui-monospace,monospace;padding:2rem;";
    const heading = document.createElement("h2");
    // Every property set here: the page's own h2 rules (a rule above, its font) must not reach into the overlay.
    heading.style.cssText = "margin:0 0 1rem;padding:0;border:0;color:inherit;font:600 16px/1.4 system-ui,sans-serif;";
    heading.textContent = text.failed(errors);
    overlay.replaceChildren(heading, problemList(problems));
  }

  // Warnings only: the page is the one on disk, so a small badge in the corner counts them and opens the list.
  function showWarnings(problems) {
    document.getElementById(overlayId)?.remove();
    let badge = document.getElementById(badgeId);
    const wasOpen = badge?.querySelector("button")?.getAttribute("aria-expanded") === "true";
    if (!badge) {
      badge = document.createElement("section");
      badge.id = badgeId;
      badge.setAttribute("aria-label", text.warningsLabel);
      badge.style.cssText = "position:fixed;right:.75rem;bottom:.75rem;z-index:2147483647;font:13px/1.4 system-ui,sans-serif;";
      document.body.appendChild(badge);
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sitegen-warnings-toggle";
    button.setAttribute("aria-controls", listId);
    button.setAttribute("aria-expanded", String(wasOpen));
    button.style.cssText = "display:block;margin-left:auto;padding:.3rem .7rem;border:1px solid #92400e;border-radius:999px;background:#fde68a;color:#1f1f1f;font:600 13px/1.4 system-ui,sans-serif;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.3);";
    button.textContent = text.warnings(problems.length);
    const panel = document.createElement("div");
    panel.id = listId;
    panel.hidden = !wasOpen;
    panel.style.cssText = "position:fixed;right:.75rem;bottom:3rem;width:min(40rem,calc(100vw - 1.5rem));max-height:50vh;overflow:auto;box-sizing:border-box;background:#2b2b12;color:#f4f4f4;font:13px/1.4 ui-monospace,monospace;padding:1rem;border-radius:6px;box-shadow:0 2px 12px rgba(0,0,0,.4);";
    panel.appendChild(problemList(problems));
    const setOpen = (open) => {
      button.setAttribute("aria-expanded", String(open));
      panel.hidden = !open;
    };
    button.addEventListener("click", () => setOpen(button.getAttribute("aria-expanded") !== "true"));
    badge.addEventListener("keydown", (e) => {
      if (e.key !== "Escape" || panel.hidden) return;
      setOpen(false);
      button.focus();
    });
    badge.replaceChildren(panel, button);
  }

  function render(message) {
    const problems = message.diagnostics || [];
    const errors = problems.filter((p) => p.severity === "error").length;
    if (errors > 0) showErrors(problems, errors);
    else if (problems.length > 0) showWarnings(problems);
    else {
      document.getElementById(overlayId)?.remove();
      document.getElementById(badgeId)?.remove();
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
      const how = el.dataset.review === "previous-speaker" ? text.previousSpeaker : `by ${el.dataset.review}`;
      label.textContent = text.review(how);
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
