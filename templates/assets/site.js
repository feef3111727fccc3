// SiteGen's only script: search as you type, timeline filters, and copy-a-permalink.
// Progressive enhancement throughout: every page works, and lists everything, without it.
(function () {
  "use strict";

  // Search terms, exactly as the build makes them (build/SiteGen/Rendering/Search/SearchText.cs; tests/search-vectors.tsv).
  var STOP = " a an and are as at be but by for from had has have he her his i in is it its of on or she that the their they this to was we were will with ";

  function normalise(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  }

  // Each word of a text with its place, normalised; a possessive 's is not a word of its own.
  function words(text) {
    var out = [], re = /[\p{L}\p{N}]+/gu, m;
    text = normalise(text);
    while ((m = re.exec(text))) {
      out.push(m[0]);
      if (/^['\u2019]s(?![\p{L}\p{N}])/u.test(text.slice(re.lastIndex, re.lastIndex + 3))) re.lastIndex += 2;
    }
    return out;
  }

  // A word longer than this is no word a reader types (a pasted address, a run of letters with no space) and is not
  // indexed (SearchText.MaxWordLength): one such token once filled a whole term file.
  var MAX_WORD = 64;

  function indexed(w) {
    return w.length <= MAX_WORD && STOP.indexOf(" " + w + " ") < 0;
  }

  function terms(text) {
    return words(text).filter(indexed).map(stem);
  }

  // Porter's 1980 stemmer, his reference version, as PorterStemmer.cs.
  function stem(w) {
    if (w.length <= 2 || !/^[a-z]+$/.test(w)) return w;
    var b = w, k = b.length - 1, j = 0;
    function cons(i) {
      var c = b.charAt(i);
      if ("aeiou".indexOf(c) >= 0) return false;
      return c === "y" ? (i === 0 || !cons(i - 1)) : true;
    }
    function m() {
      var n = 0, i = 0;
      for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i > j) return n; if (cons(i)) break; i++; }
        i++; n++;
        for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function vowelInStem() { for (var i = 0; i <= j; i++) if (!cons(i)) return true; return false; }
    function doublec(i) { return i >= 1 && b.charAt(i) === b.charAt(i - 1) && cons(i); }
    function cvc(i) { return i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && "wxy".indexOf(b.charAt(i)) < 0; }
    function ends(s) {
      if (s.length > k + 1 || b.slice(k - s.length + 1, k + 1) !== s) return false;
      j = k - s.length; return true;
    }
    function setto(s) { b = b.slice(0, j + 1) + s; k = j + s.length; }
    function table(rules) {
      for (var i = 0; i < rules.length; i += 2) if (ends(rules[i])) { if (m() > 0) setto(rules[i + 1]); return; }
    }
    b = b.slice(0, k + 1);
    if (b.charAt(k) === "s") {
      if (ends("sses")) k -= 2; else if (ends("ies")) setto("i"); else if (b.charAt(k - 1) !== "s") k--;
      b = b.slice(0, k + 1);
    }
    if (ends("eed")) { if (m() > 0) k--; }
    else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j; b = b.slice(0, k + 1);
      if (ends("at")) setto("ate"); else if (ends("bl")) setto("ble"); else if (ends("iz")) setto("ize");
      else if (doublec(k)) { k--; if ("lsz".indexOf(b.charAt(k)) >= 0) k++; }
      else if (m() === 1 && cvc(k)) setto("e");
    }
    b = b.slice(0, k + 1);
    if (k > 0) {
      if (ends("y") && vowelInStem()) b = b.slice(0, k) + "i";
      table(["ational", "ate", "tional", "tion", "enci", "ence", "anci", "ance", "izer", "ize", "bli", "ble", "alli", "al",
        "entli", "ent", "eli", "e", "ousli", "ous", "ization", "ize", "ation", "ate", "ator", "ate", "alism", "al",
        "iveness", "ive", "fulness", "ful", "ousness", "ous", "aliti", "al", "iviti", "ive", "biliti", "ble", "logi", "log"]);
      table(["icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", ""]);
      var step4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];
      for (var i = 0; i < step4.length; i++) {
        if (!ends(step4[i])) continue;
        if (step4[i] === "ion" && !(j >= 0 && "st".indexOf(b.charAt(j)) >= 0)) break;
        if (m() > 1) k = j;
        break;
      }
      b = b.slice(0, k + 1);
      j = k;
      if (b.charAt(k) === "e") { var a = m(); if (a > 1 || (a === 1 && !cvc(k - 1))) k--; }
      if (b.charAt(k) === "l" && doublec(k) && m() > 1) k--;
    }
    return b.slice(0, k + 1);
  }

  // The term shard that holds a term: the last whose first term is not after it (SearchIndexBuilder.ShardOf).
  function shardOf(shards, term) {
    var s = 0;
    for (var i = 1; i < shards.length && shards[i] <= term; i++) s = i;
    return s;
  }

  // One edit apart: a letter added, dropped, changed, or two neighbours swapped.
  function oneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && a.charAt(i) === b.charAt(i)) i++;
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) ||
      (a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2));
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  window.SiteGenSearch = { stem: stem, terms: terms, words: words, shardOf: shardOf, oneEdit: oneEdit };

  // Search page: the manifest first, then only the term shards the query's words fall in and the result files shown.
  function initSearch() {
    var form = document.querySelector("form[data-search-index]");
    if (!form) return;
    var input = form.querySelector("input[name=q]");
    var status = document.querySelector(".search-status");
    var all = document.querySelector(".search-all");
    var results = document.createElement("div");
    results.className = "search-live";
    results.hidden = true;
    all.parentNode.insertBefore(results, all);
    var manifestUrl = new URL(form.dataset.searchIndex, window.location.href);
    var cache = {}, manifest = null, shown = 10, run = 0;
    // The words come from the page, in the site's language (templates/i18n/); {name} is filled in here.
    var text = form.dataset;
    function fill(template, values) {
      return (template || "").replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
    }
    function kindLabel(name) { return text["kind" + name.charAt(0).toUpperCase() + name.slice(1)] || name; }

    function get(path) {
      var url = new URL(path, manifestUrl);
      if (manifest) url.searchParams.set("v", manifest.stamp);
      var key = url.href;
      if (!cache[key]) cache[key] = fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
      return cache[key];
    }

    // Every term a query word finds: itself, else (for words of five letters or more) the terms one edit away,
    // and for the word being typed, the terms it begins.
    function lookup(word, last) {
      var t = stem(word);
      return get("t/" + shardOf(manifest.shards, t) + ".json").then(function (shard) {
        var found = [];
        if (Object.prototype.hasOwnProperty.call(shard, t)) found.push({ term: t, list: shard[t], factor: 1 });
        Object.keys(shard).forEach(function (other) {
          if (other === t) return;
          if (!found.length && word.length >= 5 && (oneEdit(t, other) || oneEdit(word, other))) found.push({ term: other, list: shard[other], factor: 0.7 });
          else if (last && word.length >= 3 && other.indexOf(word) === 0 && found.length < 20) found.push({ term: other, list: shard[other], factor: 0.8 });
        });
        return found;
      });
    }

    function rank(found) {
      var docs = {};
      found.forEach(function (matches, w) {
        matches.forEach(function (match) {
          var df = match.list[0], id = 0;
          var idf = Math.log(1 + (manifest.documents - df + 0.5) / (df + 0.5));
          for (var i = 1; i < match.list.length; i++) {
            var e = match.list[i];
            id += e >> 2;
            var score = idf * match.factor * (e & 1 ? 1.5 : 1) * (e & 2 ? 2 : 1);
            var d = docs[id] || (docs[id] = { id: id, words: {}, score: 0, terms: {} });
            d.terms[match.term] = true;
            if (!(w in d.words) || d.words[w] < score) { d.score += score - (d.words[w] || 0); d.words[w] = score; }
          }
        });
      });
      return Object.keys(docs).map(function (id) { var d = docs[id]; d.matched = Object.keys(d.words).length; return d; })
        .sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.id - b.id; });
    }

    function linkTo(url, d) {
      var u = new URL(url, window.location.href);
      u.searchParams.set("hl", Object.keys(d.terms).join(" "));
      return u.href;
    }

    function show(ranked, q, mine) {
      var page = ranked.slice(0, shown);
      var files = {};
      page.forEach(function (d) { files[Math.floor(d.id / manifest.per_file)] = true; });
      return Promise.all(Object.keys(files).map(function (f) { return get("d/" + f + ".json").then(function (docs) { files[f] = docs; }); })).then(function () {
        if (mine !== run) return;
        var groups = {};
        page.forEach(function (d) {
          var doc = files[Math.floor(d.id / manifest.per_file)][d.id % manifest.per_file];
          (groups[doc[0]] = groups[doc[0]] || []).push([doc, d]);
        });
        results.textContent = "";
        manifest.kinds.forEach(function (name, kind) {
          if (!groups[kind]) return;
          var section = document.createElement("section");
          var h = document.createElement("h2");
          h.textContent = kindLabel(name);
          section.appendChild(h);
          var ul = document.createElement("ul");
          ul.className = "search-results";
          groups[kind].forEach(function (pair) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = linkTo(pair[0][2], pair[1]);
            a.textContent = pair[0][1];
            li.appendChild(a);
            if (pair[0][3]) {
              var p = document.createElement("p");
              p.className = "search-text";
              p.textContent = pair[0][3];
              mark(p, pair[1].terms);
              li.appendChild(p);
            }
            ul.appendChild(li);
          });
          section.appendChild(ul);
          results.appendChild(section);
        });
        if (ranked.length > shown) {
          var more = document.createElement("button");
          more.type = "button";
          more.className = "search-more";
          more.textContent = text.more;
          more.addEventListener("click", function () { shown += 10; show(ranked, q, mine); });
          results.appendChild(more);
        }
        results.hidden = false;
        all.hidden = true;
        status.textContent = fill(ranked.length === 1 ? text.oneResult : text.results, { count: ranked.length, query: q });
      });
    }

    function render() {
      var q = input.value.trim();
      var ws = words(q).filter(indexed);
      var mine = ++run;
      shown = 10;
      if (!ws.length || !manifest) { results.hidden = true; all.hidden = false; status.textContent = ""; return; }
      Promise.all(ws.map(function (w, i) { return lookup(w, i === ws.length - 1); })).then(function (found) {
        if (mine !== run) return;
        return show(rank(found), q, mine);
      }).catch(function () { status.textContent = text.unavailable; });
    }

    input.value = new URLSearchParams(window.location.search).get("q") || "";
    fetch(manifestUrl).then(function (r) { return r.json(); }).then(function (m) { manifest = m; render(); });
    input.addEventListener("input", function () {
      var url = new URL(window.location.href);
      if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url);
      render();
    });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); render(); });
  }

  // Wraps each word of root's text whose term is one of `wanted` in <mark>; text stays text (no markup is parsed).
  function mark(root, wanted) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) if (!walker.currentNode.parentNode.closest("mark, script, style")) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue, re = /[\p{L}\p{N}]+/gu, m, at = 0, frag = null;
      while ((m = re.exec(text))) {
        var t = words(m[0]);
        if (t.length !== 1 || !wanted[stem(t[0])]) continue;
        frag = frag || document.createDocumentFragment();
        frag.appendChild(document.createTextNode(text.slice(at, m.index)));
        var hit = document.createElement("mark");
        hit.textContent = m[0];
        frag.appendChild(hit);
        at = re.lastIndex;
      }
      if (!frag) return;
      frag.appendChild(document.createTextNode(text.slice(at)));
      node.parentNode.replaceChild(frag, node);
    });
  }

  // An address part as text; a malformed escape ("#%", "#%E0%A4%A", typed or cut short) is taken as written, never thrown.
  function decoded(part) {
    try {
      return decodeURIComponent(part);
    } catch (e) {
      return part;
    }
  }

  // A page reached from a search result marks the words searched for, in the passage its address points to.
  function initHighlight() {
    var hl = new URLSearchParams(window.location.search).get("hl");
    if (!hl) return;
    var wanted = {};
    hl.split(" ").forEach(function (t) { if (t) wanted[t] = true; });
    var target = window.location.hash && document.getElementById(decoded(window.location.hash.slice(1)));
    mark(target || document.querySelector("main"), wanted);
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
      count.textContent = filtered ? (form.dataset.countText || "").replace("{shown}", shown).replace("{total}", entries.length) : "";
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
            // The note ("link copied") is the page's, in the site's language; the style sheet shows it.
            a.setAttribute("data-copied", a.dataset.copiedText || "");
            setTimeout(function () { a.removeAttribute("data-copied"); }, 2000);
          }, function () {});
        }
      });
    });
  }

  // Each feature on its own: one that fails on a strange address must not leave the others (filters, copy links) dead.
  [initSearch, initHighlight, initTimelineFilters, initCopyLinks].forEach(function (init) {
    try {
      init();
    } catch (e) {
      if (window.console) window.console.error(e);
    }
  });
})();
