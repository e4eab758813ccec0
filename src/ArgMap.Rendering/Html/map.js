// ArgMap interactive map. Progressive enhancement: without this script the page shows the static SVG.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  document.documentElement.classList.remove("no-script");

  var viewport = document.getElementById("viewport");
  var svg = viewport.querySelector("svg");
  var panel = document.getElementById("panel");
  var toolbar = document.getElementById("toolbar");
  toolbar.hidden = false;
  var nodeEls = Array.prototype.slice.call(svg.querySelectorAll("g.node"));
  var edgeEls = Array.prototype.slice.call(svg.querySelectorAll("g.edge"));
  var elById = {};
  nodeEls.forEach(function (g) { elById[g.getAttribute("data-id")] = g; });

  // ---- pan and zoom: the viewBox is the camera ----
  var full = svg.viewBox.baseVal;
  var home = { x: full.x, y: full.y, w: full.width, h: full.height };
  var view = { x: home.x, y: home.y, w: home.w, h: home.h };
  function apply() { svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h); }
  function zoom(factor, cx, cy) {
    var w = Math.min(Math.max(view.w * factor, home.w / 50), home.w * 4);
    var f = w / view.w;
    if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
    view.x = cx - (cx - view.x) * f; view.y = cy - (cy - view.y) * f; view.w *= f; view.h *= f; apply();
  }
  function toSvg(clientX, clientY) {
    var r = svg.getBoundingClientRect();
    var scale = Math.max(view.w / r.width, view.h / r.height);
    var offX = (r.width * scale - view.w) / 2, offY = (r.height * scale - view.h) / 2;
    return { x: view.x - offX + (clientX - r.left) * scale, y: view.y - offY + (clientY - r.top) * scale, scale: scale };
  }
  viewport.addEventListener("wheel", function (e) {
    e.preventDefault();
    var p = toSvg(e.clientX, e.clientY);
    zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
  }, { passive: false });
  var pointers = {}, drag = null, pinch = null;
  viewport.addEventListener("pointerdown", function (e) {
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    var ids = Object.keys(pointers);
    if (ids.length === 1) { drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false }; }
    if (ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      pinch = { d: Math.hypot(a.x - b.x, a.y - b.y), w: view.w };
      drag = null;
    }
  });
  viewport.addEventListener("pointermove", function (e) {
    if (!pointers[e.pointerId]) return;
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    var ids = Object.keys(pointers);
    if (pinch && ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      var d = Math.hypot(a.x - b.x, a.y - b.y);
      if (d > 0) { var m = toSvg((a.x + b.x) / 2, (a.y + b.y) / 2); zoom((pinch.w * pinch.d / d) / view.w, m.x, m.y); }
    } else if (drag) {
      var s = toSvg(0, 0).scale;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; viewport.classList.add("dragging"); }
      view.x = drag.vx - dx * s; view.y = drag.vy - dy * s; apply();
    }
  });
  function release(e) {
    delete pointers[e.pointerId];
    if (Object.keys(pointers).length < 2) pinch = null;
    viewport.classList.remove("dragging");
    setTimeout(function () { drag = null; }, 0);
  }
  viewport.addEventListener("pointerup", release);
  viewport.addEventListener("pointercancel", release);
  viewport.addEventListener("keydown", function (e) {
    if (e.target !== viewport) return;
    var step = view.w / 10;
    var keys = { "+": function () { zoom(1 / 1.25); }, "=": function () { zoom(1 / 1.25); }, "-": function () { zoom(1.25); },
      "0": resetView, ArrowLeft: function () { view.x -= step; apply(); }, ArrowRight: function () { view.x += step; apply(); },
      ArrowUp: function () { view.y -= step; apply(); }, ArrowDown: function () { view.y += step; apply(); } };
    if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
  });
  function resetView() { view = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); }
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(1 / 1.25); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(1.25); });
  document.getElementById("zoom-reset").addEventListener("click", resetView);

  // ---- the details panel ----
  var selected = null;
  function text(tag, className, value) { var el = document.createElement(tag); if (className) el.className = className; el.textContent = value; return el; }
  function quoteWithHighlights(quote, highlights) {
    var bq = document.createElement("blockquote");
    var ranges = [];
    (highlights || []).forEach(function (h) { var i = quote.indexOf(h); if (i >= 0) ranges.push([i, i + h.length]); });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var at = 0;
    bq.appendChild(document.createTextNode("\u201C"));
    ranges.forEach(function (r) {
      if (r[0] < at) return;
      bq.appendChild(document.createTextNode(quote.slice(at, r[0])));
      bq.appendChild(text("mark", null, quote.slice(r[0], r[1])));
      at = r[1];
    });
    bq.appendChild(document.createTextNode(quote.slice(at) + "\u201D"));
    return bq;
  }
  function open(id) {
    var n = byId[id]; if (!n) return;
    if (selected) selected.classList.remove("selected");
    selected = elById[id]; selected.classList.add("selected");
    panel.textContent = "";
    panel.appendChild(text("div", "kind", n.type + (n.side !== "none" ? " \u00B7 " + n.side : "") + (n.status ? " \u00B7 " + n.status.toUpperCase() : "")));
    panel.appendChild(text("h2", null, n.text || n.id));
    if (n.quote) panel.appendChild(quoteWithHighlights(n.quote, n.highlight));
    if (n.cite) panel.appendChild(text("p", "cite", n.cite));
    if (n.citation) panel.appendChild(text("p", "cite", n.citation));
    if (n.context) panel.appendChild(text("p", "context", "In context: " + n.context));
    if (n.by) panel.appendChild(text("p", "cite", "Advanced by " + n.by));
    if (n.why) panel.appendChild(text("p", "why", "Status: " + n.why));
    if (n.note) panel.appendChild(text("p", "cite", "Note: " + n.note));
    if (n.tags && n.tags.length) panel.appendChild(text("p", "cite", "Tags: " + n.tags.join(", ")));
    var actions = document.createElement("div"); actions.className = "actions";
    if (n.children.length) {
      var collapse = text("button", null, collapsed[id] ? "Expand branch" : "Collapse branch");
      collapse.type = "button";
      collapse.addEventListener("click", function () { toggleBranch(id); open(id); });
      actions.appendChild(collapse);
    }
    var close = text("button", null, "Close"); close.type = "button";
    close.addEventListener("click", closePanel);
    actions.appendChild(close);
    panel.appendChild(actions);
    panel.hidden = false;
  }
  function closePanel() {
    panel.hidden = true;
    if (selected) { selected.classList.remove("selected"); selected.focus(); selected = null; }
  }
  nodeEls.forEach(function (g) {
    g.addEventListener("click", function () { if (!drag || !drag.moved) open(g.getAttribute("data-id")); });
    g.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(g.getAttribute("data-id")); }
    });
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape" && !panel.hidden) closePanel(); });

  // ---- what is visible: filters, collapsed branches, search ----
  var collapsed = {};
  var sideFilter = document.getElementById("side-filter");
  var tagFilter = document.getElementById("tag-filter");
  var search = document.getElementById("search");
  var matchesOut = document.getElementById("matches");
  function hiddenByCollapse(id) {
    var n = byId[id];
    while (n && n.parent) { if (collapsed[n.parent]) return true; n = byId[n.parent]; }
    return false;
  }
  function refresh() {
    var side = sideFilter.value, tag = tagFilter.value, q = search.value.trim().toLowerCase();
    var visible = {}, matches = 0;
    data.nodes.forEach(function (n) {
      var show = n.type === "question" || ((side === "all" || n.side === side) && (tag === "" || n.tags.indexOf(tag) >= 0));
      show = show && !hiddenByCollapse(n.id);
      visible[n.id] = show;
      var g = elById[n.id];
      g.classList.toggle("hidden", !show);
      g.classList.toggle("collapsed", !!collapsed[n.id]);
      if (n.children.length) g.setAttribute("aria-expanded", collapsed[n.id] ? "false" : "true");
      var hit = q !== "" && show && n.search.indexOf(q) >= 0;
      g.classList.toggle("match", hit);
      g.classList.toggle("dimmed", q !== "" && show && !hit);
      if (hit) matches++;
    });
    edgeEls.forEach(function (e) {
      var ok = visible[e.getAttribute("data-from")] && visible[e.getAttribute("data-to")];
      var t = e.getAttribute("data-to-target");
      if (t) ok = ok && visible[t];
      e.classList.toggle("hidden", !ok);
    });
    matchesOut.textContent = q === "" ? "" : matches + (matches === 1 ? " match" : " matches");
  }
  function toggleBranch(id) { collapsed[id] = !collapsed[id]; refresh(); }
  sideFilter.addEventListener("change", refresh);
  tagFilter.addEventListener("change", refresh);
  search.addEventListener("input", refresh);
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { var first = svg.querySelector("g.node.match"); if (first) { first.focus(); open(first.getAttribute("data-id")); } }
  });
  document.getElementById("expand-all").addEventListener("click", function () { collapsed = {}; refresh(); });
  document.getElementById("print").addEventListener("click", function () { window.print(); });
  var tags = {};
  data.nodes.forEach(function (n) { n.tags.forEach(function (t) { tags[t] = true; }); });
  Object.keys(tags).sort().forEach(function (t) { var o = document.createElement("option"); o.value = t; o.textContent = t; tagFilter.appendChild(o); });
  refresh();
})();
