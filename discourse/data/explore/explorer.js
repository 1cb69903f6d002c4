// The discourse explorer (dx.explore): filters, Fightin' Words z-scores and keyword-in-context
// over the columns embedded in #dx-data. Charts are drawn by Vega-Lite; every text of the data is
// put in the page as text (textContent), never as HTML. Written for the discourse project
// (BSD-3-Clause).
(function () {
  "use strict";
  const D = JSON.parse(document.getElementById("dx-data").textContent);
  const REST = -1;
  const BLUE = "#0072B2", ORANGE = "#D55E00";  // Okabe-Ito: told apart with any colour vision
  const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"];
  const $ = (id) => document.getElementById(id);
  const state = { a: 0, b: REST, from: 0, to: Math.max(0, D.periods.length - 1), speaker: -1, source: -1, about: -1,
                  frame: -1 };
  const errors = [];

  function option(select, value, label) {
    const o = document.createElement("option");
    o.value = String(value);
    o.textContent = label;
    select.appendChild(o);
  }

  function cell(row, text, cls) {
    const td = document.createElement("td");
    if (cls) td.className = cls;
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  // A sentence with its match marked, all of it as text.
  function markedCell(row, left, match, right) {
    const td = cell(row, "", "dx-sentence"), mark = document.createElement("mark");
    mark.textContent = match;
    td.append(document.createTextNode(left), mark, document.createTextNode(right));
  }

  function inPeriod(p) { return p >= state.from && p <= state.to; }
  // Whether row i of columns t (cells, sentences) passes the period, speaker, source and "about" filters.
  function kept(t, i) {
    return inPeriod(t.period[i]) && (state.speaker < 0 || t.speaker[i] === state.speaker)
      && (state.source < 0 || t.source === undefined || t.source[i] === state.source)
      && (state.about < 0 || t.about === undefined || (Array.isArray(t.about[i]) ? t.about[i].includes(state.about)
                                                                               : t.about[i] === state.about));
  }
  function isB(g) { return state.b === REST ? g !== state.a : g === state.b; }

  // Frame counts of the groups compared, summed over the cells the filters keep.
  function counts() {
    const nf = D.frames.length, a = new Array(nf).fill(0), b = new Array(nf).fill(0);
    const c = state.about >= 0 ? D.about_cells : D.cells;  // a hit about two states is in two "about" cells
    for (let i = 0; i < c.count.length; i++) {
      if (!kept(c, i)) continue;
      if (c.group[i] === state.a) a[c.frame[i]] += c.count[i];
      else if (isB(c.group[i])) b[c.frame[i]] += c.count[i];
    }
    return { a, b };
  }

  // Monroe, Colaresi & Quinn (2008): log-odds with an informative Dirichlet prior, as
  // dx.stats.fightin_words computes it: a0 pseudo-counts spread by the pooled counts of the two
  // sides, whose totals (na, nb) are given. Rows {[key]: name, index, a, b, estimate, z}, z descending.
  function zScores(names, key, a, b, na, nb, a0) {
    const all = na + nb, out = [];
    if (all === 0) return out;
    for (let w = 0; w < a.length; w++) {
      const total = a[w] + b[w];
      if (total < 1) continue;
      const alpha = a0 * total / all;
      const delta = Math.log((a[w] + alpha) / (na + a0 - a[w] - alpha)) - Math.log((b[w] + alpha) / (nb + a0 - b[w] - alpha));
      out.push({ [key]: names[w], index: w, a: a[w], b: b[w], estimate: delta,
                 z: delta / Math.sqrt(1 / (a[w] + alpha) + 1 / (b[w] + alpha)) });
    }
    out.sort((x, y) => y.z - x.z || (x[key] < y[key] ? -1 : 1));
    return out;
  }

  // Frames: each side's total is the sum of its frame counts.
  function fightinWords(a, b) {
    const sum = (v) => v.reduce((s, x) => s + x, 0);
    return zScores(D.frames, "frame", a, b, sum(a), sum(b), D.prior);
  }

  function groupName(g) { return g === REST ? "the rest" : D.groups[g]; }

  function render() {
    const { a, b } = counts();
    const fw = fightinWords(a, b);
    window.dxState = { a: groupName(state.a), b: groupName(state.b), fw: fw };
    const notes = [];
    const sumA = a.reduce((s, x) => s + x, 0), sumB = b.reduce((s, x) => s + x, 0);
    if (sumA === 0) notes.push(`${groupName(state.a)} has no frame hits under these filters.`);
    if (sumB === 0) notes.push(`${groupName(state.b)} has no frame hits under these filters.`);
    if (D.empty_frames.length) notes.push(`Frames with no hits in the corpus: ${D.empty_frames.join(", ")}.`);
    if (D.groups.length < 2) notes.push("Only one group: nothing to compare it with.");
    $("dx-notes").textContent = notes.join(" ");
    $("dx-count-a").textContent = groupName(state.a);
    $("dx-count-b").textContent = groupName(state.b);
    const body = $("dx-counts").querySelector("tbody");
    body.replaceChildren();
    for (const r of fw) {
      const tr = document.createElement("tr");
      tr.dataset.frame = r.frame;
      const td = document.createElement("td");
      const button = document.createElement("button");
      button.className = "dx-frame";
      button.type = "button";
      button.textContent = r.frame;
      button.setAttribute("aria-pressed", String(r.index === state.frame));
      button.addEventListener("click", () => select(r.index));
      td.appendChild(button);
      tr.appendChild(td);
      cell(tr, String(r.a), "num dx-a");
      cell(tr, String(r.b), "num dx-b");
      cell(tr, r.z.toFixed(3), "num dx-z");
      body.appendChild(tr);
    }
    drawFightinWords(fw);
    drawTerms();
    drawFrame();
    drawStance();
  }

  // Stance of the compared groups toward one target: sentences by label and period (the speaker
  // and period filters apply), their totals, and a few sentences of each label.
  const LABELS = ["favour", "against", "neutral"];
  function stanceCounts() {
    const S = D.stance, c = S.cells, t = Number($("dx-target").value), out = [];
    const totals = new Map();
    for (let i = 0; i < c.count.length; i++) {
      if (c.target[i] !== t || !kept(c, i)) continue;
      if (c.group[i] !== state.a && !isB(c.group[i])) continue;
      const group = c.group[i] === state.a ? groupName(state.a) : groupName(state.b);
      out.push({ group: group, period: D.periods[c.period[i]], order: c.period[i], stance: LABELS[c.label[i]], count: c.count[i] });
      const sum = totals.get(group) || [0, 0, 0];
      sum[c.label[i]] += c.count[i];
      totals.set(group, sum);
    }
    return { rows: out, totals: totals };
  }

  function drawStance() {
    if (!D.stance || !D.stance.targets.length) return;
    const { rows, totals } = stanceCounts();
    const body = $("dx-stance-counts").querySelector("tbody");
    body.replaceChildren();
    for (const group of [groupName(state.a), groupName(state.b)]) {
      const [f, a, n] = totals.get(group) || [0, 0, 0], all = f + a + n;
      const tr = document.createElement("tr");
      tr.dataset.group = group;
      cell(tr, group);
      cell(tr, String(f), "num dx-favour"); cell(tr, String(a), "num dx-against"); cell(tr, String(n), "num dx-neutral");
      cell(tr, all ? ((f - a) / all).toFixed(3) : "no sentences", "num dx-net");
      body.appendChild(tr);
    }
    embed("#dx-stance", {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description: `Sentences toward ${D.stance.targets[Number($("dx-target").value)]} by stance and period`,
      data: { values: rows }, width: 640, height: 120,
      mark: { type: "bar" },
      encoding: {
        x: { field: "period", type: "ordinal", sort: { field: "order" }, title: D.time || "period" },
        y: { aggregate: "sum", field: "count", type: "quantitative", title: "sentences" },
        color: { field: "stance", type: "nominal", scale: { domain: LABELS, range: [BLUE, ORANGE, "#999999"] } },
        row: { field: "group", type: "nominal", title: null },
        tooltip: [{ field: "group" }, { field: "period" }, { field: "stance" }, { aggregate: "sum", field: "count", title: "sentences" }],
      },
    });
    const s = D.stance.sentences, t = Number($("dx-target").value), list = $("dx-stance-sentences").querySelector("tbody");
    list.replaceChildren();
    for (let i = 0; i < s.text.length; i++) {
      if (s.target[i] !== t || !kept(s, i)) continue;
      if (s.group[i] !== state.a && !isB(s.group[i])) continue;
      const tr = document.createElement("tr");
      cell(tr, LABELS[s.label[i]]); cell(tr, D.periods[s.period[i]]); cell(tr, D.groups[s.group[i]]);
      cell(tr, D.speakers[s.speaker[i]]); cell(tr, s.text[i], "dx-sentence");
      cell(tr, `${s.doc_id[i]}:${s.start[i]}-${s.end[i]}`, "dx-ref");
      list.appendChild(tr);
    }
  }

  // Words: the candidates' Fightin' Words z-scores for the two groups compared (exact, from each
  // group's counts of them and of all its words: dx.stats.fightin_words with its default prior),
  // over the whole corpus (the filters do not change them); a click on a word shows where it is used.
  function termScores() {
    const T = D.terms, a = new Array(T.terms.length).fill(0), b = new Array(T.terms.length).fill(0);
    let nb = 0;
    for (let i = 0; i < T.count.length; i++) {
      if (T.group[i] === state.a) a[T.term[i]] += T.count[i];
      else if (isB(T.group[i])) b[T.term[i]] += T.count[i];
    }
    T.n.forEach((n, g) => { if (g !== state.a && isB(g)) nb += n; });
    const na = T.n[state.a] || 0;
    return na && nb ? zScores(T.terms, "term", a, b, na, nb, T.prior) : [];
  }

  function drawTerms() {
    const all = termScores();
    const shown = all.length > 30 ? all.slice(0, 15).concat(all.slice(-15)) : all;
    $("dx-terms-note").textContent = shown.length ? `Words of ${groupName(state.a)} against ${groupName(state.b)}, whole corpus `
      + "(the filters do not apply; English stop words left out). Click a word for its sentences."
      : `No words to compare for ${groupName(state.a)} and ${groupName(state.b)}.`;
    $("dx-term-samples").querySelector("tbody").replaceChildren();
    if (!shown.length) { $("dx-terms").replaceChildren(); return; }
    zChart("#dx-terms", "term", "words", shown, 14, (datum) => datum && datum.term !== undefined && selectTerm(datum.term));
    window.dxState.terms = all;
  }

  function selectTerm(term) {
    const S = D.terms.samples, w = D.terms.terms.indexOf(term), body = $("dx-term-samples").querySelector("tbody");
    body.replaceChildren();
    let shown = 0;
    for (let i = 0; i < S.term.length; i++) {
      if (S.term[i] !== w || (S.group[i] !== state.a && !isB(S.group[i]))) continue;
      const tr = document.createElement("tr");
      cell(tr, D.groups[S.group[i]]);
      markedCell(tr, S.left[i], S.match[i], S.right[i]);
      cell(tr, `${S.doc_id[i]}:${S.start[i]}-${S.end[i]}`, "dx-ref");
      body.appendChild(tr);
      shown++;
    }
    $("dx-term-samples").querySelector("caption").textContent = shown ? `Where “${term}” is used (a sample)`
      : `No sample sentences of “${term}” kept for these groups`;
  }

  function drawFightinWords(fw) {
    zChart("#dx-fw", "frame", "frames", fw, 16, (datum) => datum && datum.frame !== undefined
      && select(D.frames.indexOf(datum.frame)));
  }

  // A bar per row of zScores, coloured by the side that uses it more; a click calls onClick(datum).
  function zChart(target, key, what, rows, step, onClick) {
    const [a, b] = [groupName(state.a), groupName(state.b)];
    embed(target, {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description: `Fightin' Words z-scores of ${what}, ${a} against ${b}`,
      data: { values: rows.map((r) => ({ [key]: r[key], z: r.z, a: r.a, b: r.b, side: r.z >= 0 ? a : b })) },
      width: 300, height: { step: step },
      mark: { type: "bar", cursor: "pointer" },
      encoding: {
        y: { field: key, type: "nominal", sort: "-x", title: null },
        x: { field: "z", type: "quantitative", title: `z (positive: used more by ${a})` },
        color: { field: "side", type: "nominal", scale: { domain: [a, b], range: [BLUE, ORANGE] }, title: "used more by" },
        tooltip: [{ field: key }, { field: "z", format: ".2f" }, { field: "a", title: a }, { field: "b", title: b }],
      },
    }, onClick);
  }

  const drawing = [];  // the charts being drawn: window.dxExplorer.drawn() waits for them
  function embed(target, spec, onClick) {
    if (typeof vegaEmbed !== "function") { errors.push("vega-embed did not load"); return; }
    drawing.push(vegaEmbed(target, spec, { actions: false, renderer: "svg" }).then((res) => {
      if (onClick) res.view.addEventListener("click", (event, item) => onClick(item && item.datum));
    }).catch((err) => { errors.push(String(err)); console.error(err); }));
  }
  function drawn() { return Promise.all(drawing.splice(0)); }

  function select(frame) {
    if (frame < 0) return;
    state.frame = frame;
    for (const button of document.querySelectorAll("button.dx-frame")) {
      button.setAttribute("aria-pressed", String(button.textContent === D.frames[frame]));
    }
    drawFrame();
  }

  function drawFrame() {
    const f = state.frame;
    if (f < 0) return;
    $("dx-frame-h").textContent = `Frame: ${D.frames[f]}`;
    const rows = rates(f).filter((r) => inPeriod(r.order)
      && (r.group === D.groups[state.a] || (state.b !== REST && r.group === D.groups[state.b])));
    const x = { field: "period", type: "ordinal", sort: { field: "order" }, title: D.time || "period" };
    const color = { field: "group", type: "nominal", scale: { range: PALETTE } };
    embed("#dx-time", {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description: `Rate of ${D.frames[f]} per 1,000 words by period, with exact 95% Poisson intervals`,
      data: { values: rows }, width: 440, height: 200,
      layer: [
        { mark: { type: "rule" }, encoding: { x: x, y: { field: "low", type: "quantitative", title: "per 1,000 words" }, y2: { field: "high" }, color: color } },
        { mark: { type: "line", point: true }, encoding: { x: x, y: { field: "rate", type: "quantitative" }, color: color,
          tooltip: [{ field: "group" }, { field: "period" }, { field: "rate", format: ".3f" }, { field: "count" }, { field: "words" }] } },
      ],
    });
    drawKwic(f);
  }

  // A frame's rate per 1,000 words in every group and period with words, and its exact 95 %
  // Poisson interval: dx.stats.rate's numbers, from the cells' counts and the groups' words.
  function rates(f) {
    const counts = new Map(), c = D.cells, e = D.exposure, g = D.garwood, out = [];
    for (let i = 0; i < c.count.length; i++) {
      if (c.frame[i] !== f) continue;
      const key = c.group[i] * D.periods.length + c.period[i];
      counts.set(key, (counts.get(key) || 0) + c.count[i]);
    }
    for (let i = 0; i < e.words.length; i++) {
      if (e.words[i] <= 0) continue;
      const k = counts.get(e.group[i] * D.periods.length + e.period[i]) || 0, per = 1000 / e.words[i];
      out.push({ group: D.groups[e.group[i]], period: D.periods[e.period[i]], order: e.period[i], count: k,
                 words: e.words[i], rate: k * per, low: g.low[k] * per, high: g.high[k] * per });
    }
    return out;
  }

  function drawKwic(f) {
    const k = D.kwic, body = $("dx-kwic").querySelector("tbody");
    body.replaceChildren();
    let shown = 0;
    for (let i = 0; i < k.frame.length; i++) {
      if (k.frame[i] !== f || !kept(k, i)) continue;
      if (k.group[i] !== state.a && !isB(k.group[i])) continue;
      const tr = document.createElement("tr");
      cell(tr, k.date[i] === "(none)" ? D.periods[k.period[i]] : k.date[i]);
      cell(tr, D.groups[k.group[i]]);
      cell(tr, D.speakers[k.speaker[i]]);
      cell(tr, k.role[i]);
      markedCell(tr, k.left[i], k.match[i], k.right[i]);
      cell(tr, `${k.doc_id[i]}:${k.start[i]}-${k.end[i]}`, "dx-ref");
      body.appendChild(tr);
      shown++;
    }
    const { a, b } = counts();
    $("dx-kwic-note").textContent = `${a[f] + b[f]} hits of ${D.frames[f]} in ${groupName(state.a)} and ${groupName(state.b)} `
      + `under these filters (${a[f]} and ${b[f]}); ${shown} sample sentences shown.`
      + (state.speaker >= 0 || state.source >= 0 || state.about >= 0
        ? " The rates are of whole groups: the speaker, source and \"about\" filters change the counts, not the rates." : "");
  }

  function setup() {
    D.groups.forEach((g, i) => option($("dx-a"), i, g));
    option($("dx-b"), REST, "the rest");
    D.groups.forEach((g, i) => option($("dx-b"), i, g));
    D.periods.forEach((p, i) => { option($("dx-from"), i, p); option($("dx-to"), i, p); });
    option($("dx-speaker"), -1, "all speakers");
    D.speakers.forEach((s, i) => option($("dx-speaker"), i, s));
    option($("dx-source"), -1, "all sources");
    D.sources.forEach((s, i) => option($("dx-source"), i, s));
    option($("dx-about"), -1, "anything");
    D.abouts.forEach((s, i) => option($("dx-about"), i, s));
    const totals = new Array(D.groups.length).fill(0);  // the group with the most hits comes first
    D.cells.group.forEach((g, i) => { totals[g] += D.cells.count[i]; });
    state.a = totals.reduce((best, x, g) => (x > totals[best] ? g : best), 0);
    $("dx-a").value = String(state.a);
    $("dx-to").value = String(state.to);
    const read = () => {
      state.a = Number($("dx-a").value); state.b = Number($("dx-b").value);
      state.from = Number($("dx-from").value); state.to = Number($("dx-to").value);
      state.speaker = Number($("dx-speaker").value);
      state.source = Number($("dx-source").value); state.about = Number($("dx-about").value);
      if (state.from > state.to) [state.from, state.to] = [state.to, state.from];
      render();
    };
    for (const id of ["dx-a", "dx-b", "dx-from", "dx-to", "dx-speaker", "dx-source", "dx-about"]) {
      $(id).addEventListener("change", read);
    }
    if (D.stance && D.stance.targets.length) {
      D.stance.targets.forEach((t, i) => option($("dx-target"), i, `${t} (${D.stance.n[i]})`));
      $("dx-target").addEventListener("change", drawStance);
      $("dx-stance-section").hidden = false;
    }
    const hits = D.cells.count.reduce((s, x) => s + x, 0);
    $("dx-summary").textContent = `${D.documents} documents, ${hits} frame hits, ${D.groups.length} groups by ${D.by}, `
      + `${D.periods.length} periods, ${D.frames.length} frames.`;
    if (!D.groups.length) { $("dx-notes").textContent = "No group has any words: nothing to show."; return; }
    if (!hits) {
      $("dx-notes").textContent = "No frame hits in this corpus: nothing to compare.";
      return;
    }
    render();
  }

  window.dxExplorer = { data: D, state: state, errors: errors, select: select, fightinWords: fightinWords,
                        counts: counts, rates: rates, stanceCounts: stanceCounts, termScores: termScores,
                        selectTerm: selectTerm, drawn: drawn };
  setup();
})();
