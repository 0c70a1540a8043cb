/* factdiff viewer: renders a factdiff report (schema factdiff.report/1) beside its two texts.
 *
 * One rendering for both the standalone HTML report (`factdiff check --format html`) and the
 * server's page at `/`. Input is a bundle {report, source, copy}: the report JSON and the two texts
 * it was computed from. Every piece of text reaches the page through textContent / attributes set
 * with setAttribute, never through innerHTML: the texts are untrusted.
 *
 * Offsets in the report are Python str indices (Unicode code points); JavaScript strings index
 * UTF-16 code units, so offsets are mapped before slicing.
 */
(function () {
  "use strict";

  var SEVS = ["critical", "major", "minor", "info"];
  var RANK = { info: 0, minor: 1, major: 2, critical: 3 };
  var TYPES = ["number", "date", "entity", "polarity", "quote", "attribution", "meaning", "omission", "addition"];
  var TYPE_LABEL = {
    number: "Number", date: "Date", entity: "Name", polarity: "Negation", quote: "Quote",
    attribution: "Attribution", meaning: "Meaning", omission: "Omitted", addition: "Added"
  };

  /* ---------- small DOM helpers ---------- */

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return parent;
  }

  function clip(s, n) {
    s = String(s).replace(/\s+/g, " ").trim();
    return s.length > n ? s.slice(0, n - 1) + "\u2026" : s;
  }

  /* ---------- offsets: Python code points -> UTF-16 units ---------- */

  function unitMapper(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return function (cp) { return cp; };
    var map = [0], u = 0;
    for (var ch of text) { u += ch.length; map.push(u); }
    return function (cp) { return map[Math.max(0, Math.min(cp, map.length - 1))]; };
  }

  /* A saved report without its texts: rebuild a text with every sentence at its offset. */
  function reconstruct(sentences) {
    var parts = [], pos = 0;
    var sorted = sentences.slice().sort(function (a, b) { return a.start - b.start; });
    sorted.forEach(function (s) {
      var gap = s.start - pos;
      if (gap > 0) parts.push(gap >= 2 ? "\n\n" + " ".repeat(gap - 2) : " ");
      if (gap >= 0) { parts.push(s.text); pos = s.end; }
    });
    return parts.join("");
  }

  /* ---------- the model built from a bundle ---------- */

  function Model(bundle) {
    var r = bundle.report;
    if (!r || typeof r !== "object" || !r.source || !r.copy || !Array.isArray(r.findings)) {
      throw new Error("not a factdiff report (expected schema factdiff.report/1)");
    }
    this.report = r;
    this.texts = {
      source: typeof bundle.source === "string" ? bundle.source : reconstruct(r.source.sentences),
      copy: typeof bundle.copy === "string" ? bundle.copy : reconstruct(r.copy.sentences)
    };
    this.reconstructed = typeof bundle.source !== "string" || typeof bundle.copy !== "string";
    var maps = { source: unitMapper(this.texts.source), copy: unitMapper(this.texts.copy) };
    function toUnits(side, o) { return o ? { start: maps[side](o.start), end: maps[side](o.end), text: o.text } : null; }
    this.sentences = {
      source: r.source.sentences.map(function (s) { return { index: s.index, start: maps.source(s.start), end: maps.source(s.end) }; }),
      copy: r.copy.sentences.map(function (s) { return { index: s.index, start: maps.copy(s.start), end: maps.copy(s.end) }; })
    };
    this.findings = r.findings.map(function (f, i) {
      return {
        id: i, type: f.type, severity: f.severity, message: f.message, confidence: f.confidence,
        source: toUnits("source", f.source), copy: toUnits("copy", f.copy)
      };
    });
    this.links = (r.alignment || []).map(function (l) { return { source: l.source.slice(), copy: l.copy.slice(), similarity: l.similarity }; });
    var srcLink = {}, copLink = {};
    this.links.forEach(function (l, k) {
      l.source.forEach(function (i) { srcLink[i] = k; });
      l.copy.forEach(function (j) { copLink[j] = k; });
    });
    this.srcLink = srcLink;
    this.copLink = copLink;
  }

  /* Word-level changes inside aligned units: words of one side that the other side's aligned
   * sentences do not have (longest common subsequence of words, case-insensitive). A reading aid
   * shown in grey, not a finding: findings come only from the report. */
  var WORD = /[\p{L}\p{N}]+(?:[.,'\u2019][\p{L}\p{N}]+)*|[%$\u20ac\u00a3]/gu;

  function words(text, sents) {
    var out = [];
    sents.forEach(function (s) {
      var chunk = text.slice(s.start, s.end), m;
      WORD.lastIndex = 0;
      while ((m = WORD.exec(chunk)) !== null) out.push({ w: m[0].toLowerCase(), start: s.start + m.index, end: s.start + m.index + m[0].length });
    });
    return out;
  }

  function unmatched(a, b) {
    var n = a.length, m = b.length;
    if (!n || !m || n * m > 250000) return null;
    var L = [];
    for (var i = 0; i <= n; i++) L.push(new Int32Array(m + 1));
    for (i = n - 1; i >= 0; i--) for (var j = m - 1; j >= 0; j--) {
      L[i][j] = a[i].w === b[j].w ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
    }
    var keepA = new Uint8Array(n), keepB = new Uint8Array(m);
    i = 0; j = 0;
    while (i < n && j < m) {
      if (a[i].w === b[j].w) { keepA[i] = keepB[j] = 1; i++; j++; } else if (L[i + 1][j] >= L[i][j + 1]) i++; else j++;
    }
    return [a.filter(function (_, k) { return !keepA[k]; }), b.filter(function (_, k) { return !keepB[k]; })];
  }

  function ranges(toks, text) {
    var out = [];
    toks.forEach(function (t) {
      var last = out[out.length - 1];
      if (last && /^[\s\-\u2013\u2014,]*$/.test(text.slice(last[1], t.start))) last[1] = t.end; else out.push([t.start, t.end]);
    });
    return out;
  }

  Model.prototype.changes = function () {
    if (this._changes) return this._changes;
    var self = this, out = { source: [], copy: [] };
    this.links.forEach(function (l) {
      var pick = function (side, idx) { return idx.map(function (i) { return self.sentences[side][i]; }); };
      var a = words(self.texts.source, pick("source", l.source)), b = words(self.texts.copy, pick("copy", l.copy));
      var u = unmatched(a, b);
      if (!u) return;
      out.source = out.source.concat(ranges(u[0], self.texts.source));
      out.copy = out.copy.concat(ranges(u[1], self.texts.copy));
    });
    var by = function (x, y) { return x[0] - y[0]; };
    out.source.sort(by);
    out.copy.sort(by);
    this._changes = out;
    return out;
  };

  /* sentence index containing a UTF-16 offset (the last sentence starting at or before it) */
  Model.prototype.sentenceAt = function (side, offset) {
    var ss = this.sentences[side], lo = 0, hi = ss.length - 1, best = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (ss[mid].start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return best;
  };

  /* Rows of the aligned view: links in copy order, unmatched copy runs, and source gaps placed
   * after the row that holds the nearest earlier aligned source sentence. */
  Model.prototype.rows = function () {
    var rows = [], done = {};
    var nCopy = this.sentences.copy.length, nSrc = this.sentences.source.length;
    for (var j = 0; j < nCopy; j++) {
      var k = this.copLink[j];
      if (k !== undefined) {
        if (!done[k]) { done[k] = true; rows.push({ kind: "aligned", source: this.links[k].source, copy: this.links[k].copy, similarity: this.links[k].similarity }); }
      } else {
        var last = rows[rows.length - 1];
        if (last && last.kind === "added" && last.copy[last.copy.length - 1] === j - 1) last.copy.push(j);
        else rows.push({ kind: "added", source: [], copy: [j] });
      }
    }
    var rowOfSrc = {};
    rows.forEach(function (r, ri) { r.source.forEach(function (i) { rowOfSrc[i] = ri; }); });
    var gaps = {};  // anchor row index (-1 = top) -> gap rows
    var i = 0;
    while (i < nSrc) {
      if (this.srcLink[i] !== undefined) { i++; continue; }
      var run = [];
      while (i < nSrc && this.srcLink[i] === undefined) run.push(i++);
      var anchor = -1;
      for (var p = run[0] - 1; p >= 0; p--) if (rowOfSrc[p] !== undefined) { anchor = rowOfSrc[p]; break; }
      (gaps[anchor] = gaps[anchor] || []).push({ kind: "dropped", source: run, copy: [] });
    }
    var out = (gaps[-1] || []).slice();
    rows.forEach(function (r, ri) { out.push(r); (gaps[ri] || []).forEach(function (g) { out.push(g); }); });
    out.forEach(function (r, n) { r.n = n; });
    return out;
  };

  /* ---------- marks: non-overlapping highlighted segments with the findings covering them ---------- */

  function segments(findings, side) {
    var ev = [];
    findings.forEach(function (f) {
      var s = f[side];
      if (s && s.end > s.start) ev.push([s.start, 1, f], [s.end, -1, f]);
    });
    if (!ev.length) return [];
    var points = Array.from(new Set(ev.map(function (e) { return e[0]; }))).sort(function (a, b) { return a - b; });
    var segs = [];
    for (var p = 0; p + 1 < points.length; p++) {
      var a = points[p], b = points[p + 1], cover = [];
      for (var q = 0; q < findings.length; q++) {
        var sp = findings[q][side];
        if (sp && sp.start <= a && sp.end >= b && sp.end > sp.start) cover.push(findings[q]);
      }
      if (cover.length) segs.push({ start: a, end: b, findings: cover });
    }
    return segs;
  }

  function worst(fs) {
    return fs.reduce(function (w, f) { return !w || RANK[f.severity] > RANK[w.severity] ? f : w; }, null);
  }

  /* append text[a:b) with word changes (sorted [start, end) pairs) wrapped in <span class=fd-chg> */
  function plain(parent, text, a, b, chg) {
    if (!chg || !chg.length) { parent.appendChild(document.createTextNode(text.slice(a, b))); return; }
    var lo = 0, hi = chg.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (chg[mid][1] <= a) lo = mid + 1; else hi = mid; }
    var pos = a;
    for (var k = lo; k < chg.length && chg[k][0] < b; k++) {
      var from = Math.max(chg[k][0], a), to = Math.min(chg[k][1], b);
      if (from > pos) parent.appendChild(document.createTextNode(text.slice(pos, from)));
      if (to > from) parent.appendChild(el("span", "fd-chg", text.slice(from, to)));
      pos = Math.max(pos, to);
    }
    if (pos < b) parent.appendChild(document.createTextNode(text.slice(pos, b)));
  }

  /* append text[a:b) to parent, wrapping highlighted segments in <mark> */
  function renderRange(parent, text, a, b, segs, side, chg) {
    var pos = a;
    // first segment that ends after a (segments are sorted and disjoint)
    var lo = 0, hi = segs.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (segs[mid].end <= a) lo = mid + 1; else hi = mid; }
    for (var k = lo; k < segs.length && segs[k].start < b; k++) {
      var s = segs[k], from = Math.max(s.start, a), to = Math.min(s.end, b);
      if (from > pos) plain(parent, text, pos, from, chg);
      var w = worst(s.findings);
      var m = el("mark", "fd-mark sev-" + w.severity + " type-" + w.type, text.slice(from, to));
      m.setAttribute("data-f", s.findings.map(function (f) { return f.id; }).join(" "));
      m.setAttribute("data-side", side);
      m.title = s.findings.map(function (f) { return f.severity.toUpperCase() + " \u00b7 " + f.type + ": " + f.message; }).join("\n");
      m.tabIndex = 0;
      parent.appendChild(m);
      pos = to;
    }
    if (pos < b) plain(parent, text, pos, b, chg);
  }

  function chip(f, side) {
    var label = f.type === "omission" ? "\u2205 omitted in copy" : f.type === "addition" ? "+ added in copy" : "\u2026 " + f.type;
    var c = el("span", "fd-chip sev-" + f.severity + " type-" + f.type, label);
    c.setAttribute("data-f", String(f.id));
    c.setAttribute("data-side", side);
    c.title = f.severity.toUpperCase() + " \u00b7 " + f.type + ": " + f.message;
    c.tabIndex = 0;
    return c;
  }

  /* ---------- the viewer ---------- */

  function Viewer(root, bundle, opts) {
    this.root = root;
    this.opts = opts || {};
    this.model = new Model(bundle);
    this.bundle = bundle;
    var counts = { type: {}, severity: {} };
    this.model.findings.forEach(function (f) {
      counts.type[f.type] = (counts.type[f.type] || 0) + 1;
      counts.severity[f.severity] = (counts.severity[f.severity] || 0) + 1;
    });
    this.counts = counts;
    this.filter = { severity: {}, type: {} };
    var self = this;
    SEVS.forEach(function (s) { self.filter.severity[s] = true; });
    TYPES.forEach(function (t) { self.filter.type[t] = true; });
    Object.keys(counts.type).forEach(function (t) { self.filter.type[t] = true; });
    this.view = this.opts.view || "aligned";
    this.words = this.opts.words !== false;
    this.selected = null;
    this.render();
  }

  Viewer.prototype.visible = function () {
    var f = this.filter;
    return this.model.findings.filter(function (x) { return f.severity[x.severity] !== false && f.type[x.type] !== false; });
  };

  Viewer.prototype.render = function () {
    var root = this.root;
    while (root.firstChild) root.removeChild(root.firstChild);
    root.classList.add("fd-viewer");
    append(root, this.renderSummary(), this.renderBody());
    this.bind();
    if (this.selected !== null) this.highlight(this.selected, false);
  };

  Viewer.prototype.renderSummary = function () {
    var r = this.model.report, d = r.derivation || {};
    var bar = el("section", "fd-summary");
    var verdict = el("div", "fd-verdict " + (d.derived ? "is-derived" : "is-not-derived"));
    append(verdict,
      el("span", "fd-verdict-label", d.derived ? "Derived from the source" : "Not derived from the source"),
      el("span", "fd-verdict-sub", "score " + Number(d.score || 0).toFixed(2) + " \u00b7 coverage " + Math.round((d.coverage || 0) * 100) + "% \u00b7 " +
        r.source.sentences.length + " source / " + r.copy.sentences.length + " copy sentences, " + this.model.links.length + " aligned"));
    var tally = el("div", "fd-tally");
    var self = this;
    var total = this.model.findings.length;
    append(tally, el("span", "fd-tally-total", total ? total + (total === 1 ? " finding" : " findings") : "No findings"));
    SEVS.forEach(function (s) {
      var n = self.counts.severity[s] || 0;
      var b = el("button", "fd-sev-toggle sev-" + s + (self.filter.severity[s] ? " on" : "") + (n ? "" : " empty"));
      b.type = "button";
      b.setAttribute("data-sev", s);
      b.setAttribute("aria-pressed", self.filter.severity[s] ? "true" : "false");
      append(b, el("b", null, String(n)), " " + s);
      tally.appendChild(b);
    });
    append(bar, verdict, tally);
    if (this.model.reconstructed) {
      bar.appendChild(el("div", "fd-note", "This report was saved without its texts: sentences are shown at their offsets, the text between them is not available."));
    }
    return bar;
  };

  Viewer.prototype.renderBody = function () {
    var body = el("div", "fd-body");
    append(body, this.renderFindings(), this.renderCompare());
    return body;
  };

  Viewer.prototype.renderFindings = function () {
    var self = this, side = el("aside", "fd-findings");
    var head = el("div", "fd-findings-head");
    append(head, el("h2", null, "Findings"));
    var types = el("div", "fd-type-filters");
    TYPES.concat(Object.keys(this.counts.type).filter(function (t) { return TYPES.indexOf(t) < 0; })).forEach(function (t) {
      var n = self.counts.type[t] || 0;
      if (!n) return;
      var b = el("button", "fd-type-toggle" + (self.filter.type[t] ? " on" : ""));
      b.type = "button";
      b.setAttribute("data-type", t);
      b.setAttribute("aria-pressed", self.filter.type[t] ? "true" : "false");
      append(b, (TYPE_LABEL[t] || t) + " ", el("b", null, String(n)));
      types.appendChild(b);
    });
    head.appendChild(types);
    side.appendChild(head);
    var list = el("ol", "fd-list");
    var shown = this.visible().slice().sort(function (a, b) {
      return RANK[b.severity] - RANK[a.severity] || self.position(a) - self.position(b);
    });
    shown.forEach(function (f) {
      var li = el("li", "fd-item sev-" + f.severity);
      li.setAttribute("data-f", String(f.id));
      li.tabIndex = 0;
      var top = el("div", "fd-item-top");
      append(top, el("span", "fd-pill sev-" + f.severity, f.severity), el("span", "fd-type", TYPE_LABEL[f.type] || f.type),
        el("span", "fd-conf", "confidence " + Math.round(f.confidence * 100) + "%"));
      append(li, top, el("div", "fd-msg", f.message));
      var ctx = el("div", "fd-ctx");
      if (f.source) append(ctx, append(el("div", "fd-ctx-row"), el("span", "fd-ctx-k", "source"), el("span", "fd-ctx-v", clip(f.source.text, 140))));
      if (f.copy) append(ctx, append(el("div", "fd-ctx-row"), el("span", "fd-ctx-k", "copy"), el("span", "fd-ctx-v", clip(f.copy.text, 140))));
      li.appendChild(ctx);
      list.appendChild(li);
    });
    if (!shown.length) {
      list.appendChild(el("li", "fd-empty", this.model.findings.length ? "No finding matches the filters." : "The copy states the source's facts faithfully: nothing to flag."));
    }
    side.appendChild(list);
    return side;
  };

  Viewer.prototype.position = function (f) {
    return f.copy ? f.copy.start : f.source ? f.source.start : 0;
  };

  Viewer.prototype.renderCompare = function () {
    var wrap = el("section", "fd-compare view-" + this.view);
    var bar = el("div", "fd-compare-bar");
    var tabs = el("div", "fd-tabs");
    var self = this;
    [["aligned", "Aligned sentences"], ["full", "Full texts"]].forEach(function (v) {
      var b = el("button", "fd-tab" + (self.view === v[0] ? " on" : ""), v[1]);
      b.type = "button";
      b.setAttribute("data-view", v[0]);
      tabs.appendChild(b);
    });
    var legend = el("div", "fd-legend");
    SEVS.forEach(function (s) { append(legend, append(el("span", "fd-legend-item"), el("mark", "fd-mark sev-" + s, s))); });
    append(bar, tabs, legend);
    wrap.appendChild(bar);
    var wl = el("label", "fd-words");
    var wc = el("input");
    wc.type = "checkbox";
    wc.id = "fd-words";
    wc.checked = this.words;
    wl.title = "grey: words that differ between aligned sentences (a reading aid, not a finding)";
    append(wl, wc, " word changes");
    bar.insertBefore(wl, legend);
    var vis = this.visible();
    this.segs = { source: segments(vis, "source"), copy: segments(vis, "copy") };
    this.chg = this.words ? this.model.changes() : null;
    wrap.appendChild(this.view === "full" ? this.renderFull(vis) : this.renderAligned(vis));
    return wrap;
  };

  Viewer.prototype.renderAligned = function (vis) {
    var m = this.model, self = this;
    var table = el("div", "fd-rows");
    var head = el("div", "fd-row fd-row-head");
    append(head, el("div", "fd-cell", "Source"), el("div", "fd-gutter"), el("div", "fd-cell", "Copy"));
    table.appendChild(head);
    var rows = m.rows();
    // findings without one side get a chip in the row holding their other side
    var chips = {};
    var rowOf = { source: {}, copy: {} };
    rows.forEach(function (r) { r.source.forEach(function (i) { rowOf.source[i] = r.n; }); r.copy.forEach(function (j) { rowOf.copy[j] = r.n; }); });
    vis.forEach(function (f) {
      if (f.source && !f.copy) {
        var rn = rowOf.source[m.sentenceAt("source", f.source.start)];
        if (rn !== undefined) (chips[rn] = chips[rn] || { copy: [], source: [] }).copy.push(f);
      } else if (f.copy && !f.source) {
        var rc = rowOf.copy[m.sentenceAt("copy", f.copy.start)];
        if (rc !== undefined) (chips[rc] = chips[rc] || { copy: [], source: [] }).source.push(f);
      }
    });
    rows.forEach(function (r) {
      var row = el("div", "fd-row kind-" + r.kind);
      row.setAttribute("data-row", String(r.n));
      var c = chips[r.n] || { copy: [], source: [] };
      var src = el("div", "fd-cell fd-src");
      var cop = el("div", "fd-cell fd-cop");
      self.fillCell(src, "source", r.source, c.source, r.kind === "added" ? "no counterpart in the source" : null);
      self.fillCell(cop, "copy", r.copy, c.copy, r.kind === "dropped" ? "not carried into the copy" : null);
      var gutter = el("div", "fd-gutter");
      if (r.kind === "aligned") {
        var sim = el("span", "fd-sim", Math.round(r.similarity * 100) + "");
        sim.title = "similarity " + r.similarity.toFixed(2) + " \u00b7 source " + r.source.map(function (i) { return i + 1; }).join(", ") +
          " \u2194 copy " + r.copy.map(function (j) { return j + 1; }).join(", ");
        gutter.appendChild(sim);
      } else {
        gutter.appendChild(el("span", "fd-sim none", r.kind === "dropped" ? "\u2212" : "+"));
      }
      append(row, src, gutter, cop);
      table.appendChild(row);
    });
    return table;
  };

  Viewer.prototype.fillCell = function (cell, side, indices, chipFs, placeholder) {
    var m = this.model, text = m.texts[side], segs = this.segs[side], chg = this.chg ? this.chg[side] : null;
    if (!indices.length) {
      cell.classList.add("is-empty");
      if (placeholder && !chipFs.length) cell.appendChild(el("span", "fd-placeholder", placeholder));
    }
    indices.forEach(function (i, k) {
      var s = m.sentences[side][i];
      var sp = el("span", "fd-sent");
      sp.setAttribute("data-s", String(i));
      renderRange(sp, text, s.start, s.end, segs, side, chg);
      if (k) cell.appendChild(document.createTextNode(" "));
      cell.appendChild(sp);
    });
    if (indices.length && placeholder) cell.appendChild(el("span", "fd-placeholder", placeholder));
    chipFs.forEach(function (f) { cell.appendChild(document.createTextNode(" ")); cell.appendChild(chip(f, side)); });
  };

  Viewer.prototype.renderFull = function (vis) {
    var m = this.model, self = this;
    var grid = el("div", "fd-full");
    // omissions: a placeholder in the copy after the copy sentence aligned to the nearest earlier source sentence
    var copyChips = {}, srcChips = {};
    vis.forEach(function (f) {
      if (f.source && !f.copy) {
        var si = m.sentenceAt("source", f.source.start), anchor = -1;
        for (var p = si - 1; p >= 0 && anchor < 0; p--) {
          var k = m.srcLink[p];
          if (k !== undefined) anchor = Math.max.apply(null, m.links[k].copy);
        }
        if (m.srcLink[si] !== undefined) anchor = Math.max.apply(null, m.links[m.srcLink[si]].copy);
        (copyChips[anchor] = copyChips[anchor] || []).push(f);
      } else if (f.copy && !f.source) {
        var cj = m.sentenceAt("copy", f.copy.start), sa = -1;
        for (var q = cj; q >= 0 && sa < 0; q--) {
          var kk = m.copLink[q];
          if (kk !== undefined) sa = Math.max.apply(null, m.links[kk].source);
        }
        (srcChips[sa] = srcChips[sa] || []).push(f);
      }
    });
    ["source", "copy"].forEach(function (side) {
      var pane = el("div", "fd-pane fd-pane-" + side);
      append(pane, el("div", "fd-pane-title", side === "source" ? "Source" : "Copy"));
      var txt = el("div", "fd-text");
      var text = m.texts[side], segs = self.segs[side], ss = m.sentences[side], pos = 0, chg = self.chg ? self.chg[side] : null;
      var chipsAt = side === "copy" ? copyChips : srcChips;
      (chipsAt[-1] || []).forEach(function (f) { txt.appendChild(chip(f, side)); txt.appendChild(document.createTextNode(" ")); });
      ss.forEach(function (s, i) {
        if (s.start > pos) renderRange(txt, text, pos, s.start, segs, side);
        var sp = el("span", "fd-sent" + ((side === "source" ? m.srcLink[i] : m.copLink[i]) === undefined ? " unaligned" : ""));
        sp.setAttribute("data-s", String(i));
        renderRange(sp, text, s.start, s.end, segs, side, chg);
        txt.appendChild(sp);
        (chipsAt[i] || []).forEach(function (f) { txt.appendChild(document.createTextNode(" ")); txt.appendChild(chip(f, side)); });
        pos = Math.max(pos, s.end);
      });
      if (pos < text.length) renderRange(txt, text, pos, text.length, segs, side);
      pane.appendChild(txt);
      grid.appendChild(pane);
    });
    return grid;
  };

  /* ---------- interaction ---------- */

  Viewer.prototype.bind = function () {
    var self = this, root = this.root;
    root.querySelectorAll(".fd-sev-toggle").forEach(function (b) {
      b.addEventListener("click", function () {
        var s = b.getAttribute("data-sev");
        self.filter.severity[s] = !self.filter.severity[s];
        self.render();
      });
    });
    root.querySelectorAll(".fd-type-toggle").forEach(function (b) {
      b.addEventListener("click", function () {
        var t = b.getAttribute("data-type");
        self.filter.type[t] = !self.filter.type[t];
        self.render();
      });
    });
    var words = root.querySelector("#fd-words");
    if (words) words.addEventListener("change", function () { self.words = words.checked; self.render(); });
    root.querySelectorAll(".fd-tab").forEach(function (b) {
      b.addEventListener("click", function () { self.view = b.getAttribute("data-view"); self.render(); });
    });
    function pick(e) {
      var t = e.target.closest("[data-f]");
      if (!t || !root.contains(t)) return;
      var ids = t.getAttribute("data-f").split(" ").map(Number);
      var cur = ids.indexOf(self.selected);
      // clicking a mark shared by several findings cycles through them
      var id = cur >= 0 && ids.length > 1 ? ids[(cur + 1) % ids.length] : ids[0];
      self.select(id, !t.classList.contains("fd-item"), t.classList.contains("fd-item") ? null : t);
    }
    root.addEventListener("click", pick);
    root.addEventListener("keydown", function (e) {
      if ((e.key === "Enter" || e.key === " ") && e.target.closest && e.target.closest("[data-f]")) { e.preventDefault(); pick(e); }
    });
    // aligned partners light up together
    root.querySelectorAll(".fd-full .fd-sent").forEach(function (s) {
      s.addEventListener("mouseenter", function () { self.partners(s, true); });
      s.addEventListener("mouseleave", function () { self.partners(s, false); });
    });
  };

  Viewer.prototype.partners = function (sent, on) {
    var m = this.model, side = sent.closest(".fd-pane-source") ? "source" : "copy";
    var i = Number(sent.getAttribute("data-s"));
    var k = side === "source" ? m.srcLink[i] : m.copLink[i];
    this.root.querySelectorAll(".fd-sent.partner").forEach(function (x) { x.classList.remove("partner"); });
    if (!on || k === undefined) return;
    var link = m.links[k], root = this.root;
    link.source.forEach(function (a) { var e = root.querySelector(".fd-pane-source .fd-sent[data-s='" + a + "']"); if (e) e.classList.add("partner"); });
    link.copy.forEach(function (b) { var e = root.querySelector(".fd-pane-copy .fd-sent[data-s='" + b + "']"); if (e) e.classList.add("partner"); });
  };

  function hasId(e, id) { return (" " + e.getAttribute("data-f") + " ").indexOf(" " + id + " ") >= 0; }

  /* select finding `id`: mark it in the list and in both texts, scroll both sides to it */
  Viewer.prototype.select = function (id, fromText, anchor) {
    this.selected = id;
    this.highlight(id, true, fromText);
    this.popover(id, anchor);
  };

  Viewer.prototype.highlight = function (id, scroll, fromText) {
    var root = this.root;
    root.querySelectorAll(".is-active").forEach(function (e) { e.classList.remove("is-active"); });
    var hits = Array.prototype.filter.call(root.querySelectorAll(".fd-compare [data-f]"), function (e) { return hasId(e, id); });
    hits.forEach(function (e) { e.classList.add("is-active"); });
    var item = root.querySelector(".fd-item[data-f='" + id + "']");
    if (item) item.classList.add("is-active");
    if (!scroll) return;
    var first = {};
    hits.forEach(function (e) { var s = e.getAttribute("data-side"); if (!first[s]) first[s] = e; });
    var opts = { block: "center", inline: "nearest", behavior: "auto" };
    if (this.view === "full") {
      ["source", "copy"].forEach(function (s) { if (first[s]) scrollWithin(first[s].closest(".fd-text"), first[s]); });
      var pane = (first.copy || first.source);
      if (pane) { var p = pane.closest(".fd-full"); if (p && !inView(p)) p.scrollIntoView(opts); }
    } else {
      var row = (first.copy || first.source);
      if (row) row.closest(".fd-row").scrollIntoView(opts);
    }
    if (item && fromText) scrollWithin(root.querySelector(".fd-list"), item);
    hits.forEach(function (e) { e.classList.remove("flash"); void e.offsetWidth; e.classList.add("flash"); });
  };

  function inView(e) {
    var r = e.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  }

  /* scroll a scrollable box so that `target` sits in its middle */
  function scrollWithin(box, target) {
    if (!box) return;
    var b = box.getBoundingClientRect(), t = target.getBoundingClientRect();
    box.scrollTop += t.top - b.top - (box.clientHeight - t.height) / 2;
  }

  Viewer.prototype.popover = function (id, anchor) {
    var old = document.querySelector(".fd-pop");
    if (old) old.remove();
    if (!anchor) return;
    var f = this.model.findings[id];
    var pop = el("div", "fd-pop sev-" + f.severity);
    pop.setAttribute("role", "dialog");
    var top = el("div", "fd-item-top");
    append(top, el("span", "fd-pill sev-" + f.severity, f.severity), el("span", "fd-type", TYPE_LABEL[f.type] || f.type),
      el("span", "fd-conf", "confidence " + Math.round(f.confidence * 100) + "%"));
    var close = el("button", "fd-pop-close", "\u00d7");
    close.type = "button";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function (e) { e.stopPropagation(); pop.remove(); });
    top.appendChild(close);
    append(pop, top, el("div", "fd-msg", f.message));
    if (f.source) append(pop, append(el("div", "fd-ctx-row"), el("span", "fd-ctx-k", "source"), el("span", "fd-ctx-v", clip(f.source.text, 240))));
    if (f.copy) append(pop, append(el("div", "fd-ctx-row"), el("span", "fd-ctx-k", "copy"), el("span", "fd-ctx-v", clip(f.copy.text, 240))));
    document.body.appendChild(pop);
    var r = anchor.getBoundingClientRect();
    var w = Math.min(380, window.innerWidth - 16);
    pop.style.width = w + "px";
    pop.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - w - 8)) + "px";
    pop.style.top = (window.scrollY + r.bottom + 8) + "px";
  };

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { var p = document.querySelector(".fd-pop"); if (p) p.remove(); }
  });
  document.addEventListener("click", function (e) {
    var p = document.querySelector(".fd-pop");
    if (p && !p.contains(e.target) && !e.target.closest("[data-f]")) p.remove();
  });

  /* ---------- the page: a static report, or the server's app ---------- */

  function readData() {
    var node = document.getElementById("factdiff-data");
    if (!node) return null;
    var raw = node.textContent.trim();
    return raw ? JSON.parse(raw) : null;
  }

  function showError(box, err) {
    while (box.firstChild) box.removeChild(box.firstChild);
    if (!err) { box.hidden = true; return; }
    box.hidden = false;
    append(box, el("b", null, err.code ? "[" + err.code + "] " : "Error: "), String(err.message || err));
  }

  function download(name, text, type) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }

  function readFile(input, cb) {
    var f = input.files && input.files[0];
    if (!f) return;
    var r = new FileReader();
    r.onload = function () { cb(String(r.result), f.name); };
    r.readAsText(f);
    input.value = "";
  }

  function app(data) {
    var out = document.getElementById("fd-result");
    var form = document.getElementById("fd-form");
    var errBox = document.getElementById("fd-error");
    var status = document.getElementById("fd-status");
    var src = document.getElementById("fd-source"), cop = document.getElementById("fd-copy");
    var run = document.getElementById("fd-run");
    var saveBtn = document.getElementById("fd-save");
    var current = null;

    function show(bundle) {
      current = bundle;
      var v = new Viewer(out, bundle);
      out.hidden = false;
      if (saveBtn) saveBtn.hidden = false;
      window.factdiffViewer = v;
      return v;
    }

    if (data) show(data);
    if (!form) return;

    function counter(ta) {
      var n = document.getElementById(ta.id + "-count");
      function upd() { n.textContent = ta.value.length ? ta.value.length.toLocaleString() + " characters" : ""; }
      ta.addEventListener("input", upd);
      upd();
      return upd;
    }
    var updSrc = counter(src), updCop = counter(cop);

    document.querySelectorAll("[data-load]").forEach(function (inp) {
      inp.addEventListener("change", function () {
        readFile(inp, function (text) {
          var ta = document.getElementById(inp.getAttribute("data-load"));
          ta.value = text;
          updSrc(); updCop();
        });
      });
    });
    var open = document.getElementById("fd-open");
    open.addEventListener("change", function () {
      readFile(open, function (text, name) {
        try {
          var obj = JSON.parse(text);
          var bundle = obj && obj.report ? obj : { report: obj };
          if (typeof bundle.source === "string") src.value = bundle.source;
          if (typeof bundle.copy === "string") cop.value = bundle.copy;
          updSrc(); updCop();
          showError(errBox, null);
          show(bundle);
          status.textContent = "Opened " + name;
        } catch (e) {
          showError(errBox, { code: "FD400", message: name + ": " + e.message });
        }
      });
    });

    var demo = document.getElementById("fd-demo");
    if (demo) demo.addEventListener("click", function () {
      fetch("v1/demo").then(function (r) { return r.json(); }).then(function (d) {
        src.value = d.source; cop.value = d.copy; updSrc(); updCop();
      });
    });

    if (saveBtn) saveBtn.addEventListener("click", function () {
      if (current) download("factdiff-report.json", JSON.stringify(current, null, 2), "application/json");
    });

    function compare() {
      showError(errBox, null);
      var body = {
        source: src.value, copy: cop.value,
        options: { summary: document.getElementById("fd-summary").checked, locale: document.getElementById("fd-locale").value }
      };
      run.disabled = true;
      status.textContent = "Comparing\u2026";
      document.body.classList.add("is-busy");
      var t0 = performance.now();
      fetch("v1/compare", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
        .then(function (r) {
          return r.json().catch(function () { return { error: { code: "FD500", message: "the server answered " + r.status + " without JSON" } }; })
            .then(function (j) { return { ok: r.ok, json: j }; });
        })
        .then(function (res) {
          if (!res.ok) { showError(errBox, res.json.error || res.json); status.textContent = ""; return; }
          show({ report: res.json, source: body.source, copy: body.copy });
          status.textContent = "Done in " + ((performance.now() - t0) / 1000).toFixed(1) + " s";
          out.scrollIntoView({ block: "start" });
        })
        .catch(function (e) { showError(errBox, { message: "could not reach the server: " + e.message }); status.textContent = ""; })
        .then(function () { run.disabled = false; document.body.classList.remove("is-busy"); });
    }
    form.addEventListener("submit", function (e) { e.preventDefault(); compare(); });
    form.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); compare(); }
    });
  }

  window.FactdiffViewer = { Viewer: Viewer, Model: Model, render: function (root, bundle, opts) { return new Viewer(root, bundle, opts); } };

  function start() {
    var data = null;
    try { data = readData(); } catch (e) { data = null; }
    app(data);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
