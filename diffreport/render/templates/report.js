(function () {
  "use strict";
  var doc = document;
  var root = doc.documentElement;
  var toolbar = doc.getElementById("toolbar");
  // units: a whole row, or one sentence of a block of removed and added sentences
  var rows = Array.prototype.slice.call(doc.querySelectorAll(".groups .u"));
  var blocks = Array.prototype.slice.call(doc.querySelectorAll(".groups .row.block"));
  var groups = Array.prototype.slice.call(doc.querySelectorAll(".groups .group"));
  var runs = Array.prototype.slice.call(doc.querySelectorAll("details.same"));
  var boxes = Array.prototype.slice.call(doc.querySelectorAll("input[data-filter]"));
  var navItems = {};
  Array.prototype.forEach.call(doc.querySelectorAll("nav.toc li[data-for]"), function (li) {
    navItems[li.getAttribute("data-for")] = li;
  });

  function measure() {
    if (toolbar) {
      root.style.setProperty("--bar", toolbar.getBoundingClientRect().height + "px");
    }
  }

  function visible(el) {
    // a row inside a closed <details> keeps its boxes; checkVisibility knows it is hidden
    return el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0;
  }

  // Filters: with nothing ticked every row shows; otherwise only rows of a ticked kind.
  function applyFilters() {
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) {
      return b.getAttribute("data-filter");
    });
    var filtering = on.length > 0;
    doc.body.classList.toggle("filtering", filtering);
    var shown = new Map();
    var inline = doc.body.classList.contains("inline");
    rows.forEach(function (r) {
      var show = !filtering || on.some(function (f) { return r.classList.contains(f); });
      r.hidden = !show;
      // the inline view shows a moved sentence once, at its new place: no ghost counts
      if (show && !r.closest("details.same") && !(inline && r.classList.contains("ghost"))) {
        var g = r.closest(".group");
        shown.set(g, (shown.get(g) || 0) + 1);
      }
    });
    blocks.forEach(function (b) {
      b.hidden = filtering && !b.querySelector(".u:not([hidden])");
    });
    groups.forEach(function (g) {
      var empty = filtering && !shown.get(g);
      g.hidden = empty;
      var li = navItems[g.id];
      if (li) { li.classList.toggle("empty", empty); }
    });
    var cur = doc.querySelector(".u.current");
    if (cur && !visible(cur)) { cur.classList.remove("current"); }
    measure();
  }
  boxes.forEach(function (b) { b.addEventListener("change", applyFilters); });

  function setRuns(open) {
    runs.forEach(function (d) { d.open = open; });
  }
  var expand = doc.getElementById("expand-all");
  var collapse = doc.getElementById("collapse-all");
  if (expand) { expand.addEventListener("click", function () { setRuns(true); }); }
  if (collapse) { collapse.addEventListener("click", function () { setRuns(false); }); }

  // Layout: side by side or inline (one column, the modified sentences' "c i" cells).
  var viewButtons = Array.prototype.slice.call(doc.querySelectorAll("button[data-view]"));
  function setView(view) {
    doc.body.classList.toggle("inline", view === "inline");
    viewButtons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-view") === view));
    });
    applyFilters();
  }
  viewButtons.forEach(function (b) {
    b.addEventListener("click", function () { setView(b.getAttribute("data-view")); });
  });

  // n / p: the next or previous change among the rows now shown.
  function go(step) {
    var list = Array.prototype.slice.call(doc.querySelectorAll(".groups .u.chg")).filter(visible);
    if (!list.length) { return; }
    var cur = doc.querySelector(".u.current");
    var i = cur ? list.indexOf(cur) : -1;
    var next;
    if (i >= 0) {
      next = list[Math.min(list.length - 1, Math.max(0, i + step))];
    } else {
      var top = toolbar ? toolbar.getBoundingClientRect().bottom : 0;
      var after = list.filter(function (r) { return r.getBoundingClientRect().top > top + 1; });
      next = step > 0 ? (after[0] || list[list.length - 1]) : list[Math.max(0, list.length - after.length - 1)];
    }
    if (cur) { cur.classList.remove("current"); }
    next.classList.add("current");
    next.scrollIntoView({ block: "start" });
    var g = next.closest(".group");
    Array.prototype.forEach.call(doc.querySelectorAll("nav.toc li.here"), function (li) {
      li.classList.remove("here");
    });
    if (g && navItems[g.id]) { navItems[g.id].classList.add("here"); }
  }
  doc.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName) ||
        (t.tagName === "INPUT" && t.type !== "checkbox"))) { return; }
    if (e.key === "n" || e.key === "j") { go(1); e.preventDefault(); }
    else if (e.key === "p" || e.key === "k") { go(-1); e.preventDefault(); }
  });

  // Print the whole text: open every collapsed run, then restore.
  var wasOpen = null;
  window.addEventListener("beforeprint", function () {
    wasOpen = runs.map(function (d) { return d.open; });
    setRuns(true);
  });
  window.addEventListener("afterprint", function () {
    if (wasOpen) { runs.forEach(function (d, k) { d.open = wasOpen[k]; }); }
    wasOpen = null;
  });

  // A link to a sentence hidden by a filter or inside a collapsed run shows it first.
  function uncover(el) {
    var unit = el.closest(".u");
    var group = el.closest(".group");
    var filtered = (unit && unit.hidden) || (group && group.hidden) ||
      (doc.body.classList.contains("filtering") && el.closest("details.same"));
    if (filtered) {
      boxes.forEach(function (b) { b.checked = false; });
      applyFilters();
    }
    var d = el.closest("details");
    if (d && !d.open) { d.open = true; }
  }
  function target(hash) {
    var id = decodeURIComponent((hash || "").slice(1));
    return id ? doc.getElementById(id) : null;
  }
  // what shows a linked sentence now: in the inline view a modified sentence's old and
  // new cells give way to its one inline cell, and a moved sentence's old place to its row
  function shown(el) {
    if (!el || visible(el)) { return el; }
    var ghost = el.closest(".row.ghost");
    var link = ghost && ghost.querySelector("a.mv");
    var moved = link && target(link.getAttribute("href"));
    if (moved) { el = moved; }
    var row = el.closest(".row");
    var cell = row && row.querySelector(".c.i");
    return cell && visible(cell) ? cell : el;
  }
  function reveal(el) {
    uncover(el);
    shown(el).scrollIntoView({ block: "start" });
  }
  doc.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest('a[href^="#"]');
    var el = a && target(a.getAttribute("href"));
    if (el) { uncover(el); }
  });
  window.addEventListener("hashchange", function () {
    var el = target(location.hash);
    if (el) { reveal(el); }
  });
  window.addEventListener("resize", measure);
  measure();
  (function () {
    var el = target(location.hash);
    if (el) { reveal(el); }
  })();
})();
