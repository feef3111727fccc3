// SiteGen's only script: search as you type, timeline filters, and copy-a-permalink.
// Progressive enhancement throughout: every page works, and lists everything, without it.
(function () {
  "use strict";

  function normalise(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  // Search page: fetch the static index once, then filter as the reader types; results grouped by kind.
  function initSearch() {
    var form = document.querySelector("form[data-search-index]");
    if (!form) return;
    var input = form.querySelector("input[name=q]");
    var status = document.querySelector(".search-status");
    var all = document.querySelector(".search-all");
    var results = document.createElement("div");
    results.className = "search-live";
    all.parentNode.insertBefore(results, all);
    var labels = {};
    all.querySelectorAll("section[data-kind]").forEach(function (s) { labels[s.dataset.kind] = s.querySelector("h2").textContent; });
    var index = null;

    function render() {
      var q = normalise(input.value.trim());
      if (!q || !index) { results.hidden = true; all.hidden = false; status.textContent = ""; return; }
      var words = q.split(/\s+/);
      var groups = {};
      var count = 0;
      index.forEach(function (e) {
        var hay = normalise(e.title + " " + e.text);
        if (words.every(function (w) { return hay.indexOf(w) >= 0; })) {
          (groups[e.kind] = groups[e.kind] || []).push(e);
          count++;
        }
      });
      results.textContent = "";
      Object.keys(labels).forEach(function (kind) {
        if (!groups[kind]) return;
        var section = document.createElement("section");
        var h = document.createElement("h2");
        h.textContent = labels[kind] + " (" + groups[kind].length + ")";
        section.appendChild(h);
        var ul = document.createElement("ul");
        ul.className = "search-results";
        groups[kind].forEach(function (e) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = e.url;
          a.textContent = e.title;
          li.appendChild(a);
          if (e.text) {
            var span = document.createElement("span");
            span.className = "meta";
            span.textContent = " " + e.text;
            li.appendChild(span);
          }
          ul.appendChild(li);
        });
        section.appendChild(ul);
        results.appendChild(section);
      });
      results.hidden = false;
      all.hidden = true;
      status.textContent = count === 1 ? "1 result" : count + " results";
    }

    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    fetch(form.dataset.searchIndex).then(function (r) { return r.json(); }).then(function (data) { index = data; render(); });
    input.addEventListener("input", function () {
      var url = new URL(window.location.href);
      if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url);
      render();
    });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); render(); });
  }

  // Timeline: filter entries by person and status; the full list stays in the page for readers without JavaScript.
  function initTimelineFilters() {
    var box = document.querySelector("[data-timeline-filters]");
    if (!box) return;
    box.hidden = false;
    var person = box.querySelector("#filter-person");
    var status = box.querySelector("#filter-status");
    var count = box.querySelector(".filter-count");
    var events = document.querySelectorAll("li.event[data-status]");
    function apply() {
      var shown = 0;
      events.forEach(function (li) {
        var ok = (!person.value || (" " + li.dataset.people + " ").indexOf(" " + person.value + " ") >= 0) &&
                 (!status.value || li.dataset.status === status.value);
        li.hidden = !ok;
        if (ok) shown++;
      });
      count.textContent = shown + " of " + events.length + " entries shown";
    }
    person.addEventListener("change", apply);
    status.addEventListener("change", apply);
  }

  // Permalinks: a plain link without JavaScript; with it, a click also copies the entry's full address.
  function initCopyLinks() {
    document.querySelectorAll("a[data-copy-link]").forEach(function (a) {
      a.addEventListener("click", function () {
        if (navigator.clipboard) {
          navigator.clipboard.writeText(a.href).then(function () {
            a.setAttribute("data-copied", "");
            setTimeout(function () { a.removeAttribute("data-copied"); }, 2000);
          }, function () {});
        }
      });
    });
  }

  initSearch();
  initTimelineFilters();
  initCopyLinks();
})();
