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

  // Timeline: filter entries by status, person and how precisely the date is known. The filters live in the address
  // (?status=planned&person=x), so a filtered view can be shared, reloads as it was, and back/forward step through
  // filter changes. Without JavaScript every entry shows and the filters stay hidden.
  function initTimelineFilters() {
    var form = document.querySelector("[data-timeline-filters]");
    if (!form) return;
    form.hidden = false;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[name]"));
    var count = form.querySelector(".filter-count");
    var entries = document.querySelectorAll("li.entry[data-status]");
    var groups = document.querySelectorAll("[data-axis-group]");

    function readAddress() {
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        var value = params.get(select.name) || "";
        // An unknown value (an old link, a typo) means no filter rather than an empty timeline.
        var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
        select.value = known ? value : "";
      });
    }

    function matches(li) {
      return selects.every(function (select) {
        var v = select.value;
        if (!v) return true;
        if (select.name === "person") return (" " + li.dataset.people + " ").indexOf(" " + v + " ") >= 0;
        if (select.name === "date") return li.dataset.precision === v;
        return li.dataset[select.name] === v;
      });
    }

    function apply() {
      var shown = 0;
      entries.forEach(function (li) {
        var ok = matches(li);
        li.hidden = !ok;
        if (ok) shown++;
      });
      // A year, month or day heading with nothing left under it goes too.
      groups.forEach(function (group) { group.hidden = !group.querySelector("li.entry:not([hidden])"); });
      var filtered = selects.some(function (s) { return s.value; });
      count.textContent = filtered ? shown + " of " + entries.length + " entries shown" : "";
    }

    function writeAddress() {
      var url = new URL(window.location.href);
      selects.forEach(function (select) {
        if (select.value) url.searchParams.set(select.name, select.value); else url.searchParams.delete(select.name);
      });
      if (url.href !== window.location.href) window.history.pushState(null, "", url);
    }

    selects.forEach(function (select) {
      select.addEventListener("change", function () { writeAddress(); apply(); });
    });
    window.addEventListener("popstate", function () { readAddress(); apply(); });
    readAddress();
    apply();
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
