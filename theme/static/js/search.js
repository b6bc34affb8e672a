/* Static search for the archive: exact, cross-script, faceted. No libraries, no
 * external requests. Reads the index written by public_records/search_index.py; the
 * format and the algorithm are in docs/search.md, and public_records/search_query.py
 * is the Python reference of the same steps (keep the two in step).
 *
 * The page gives: data-search-index (index URL, under BASE_URL), data-site-url (this
 * script's site root, SITEURL, may be ""), data-script ("hans" or "hant"), and the UI
 * strings as JSON in #search-strings.
 */
(() => {
  "use strict";

  // The script switch link (rendered server side) keeps the current query.
  function updateScriptSwitch() {
    for (const el of document.querySelectorAll("[data-script-switch]")) {
      if (!el.dataset.baseHref) {
        el.dataset.baseHref = (el.getAttribute("href") || "").split(/[?#]/)[0];
      }
      el.setAttribute("href", el.dataset.baseHref + location.search);
    }
  }
  updateScriptSwitch();

  const root = document.querySelector("[data-search-index]");
  if (!root) return;

  const INDEX = root.dataset.searchIndex.replace(/\/+$/, "");
  const SITE = (root.dataset.siteUrl || "").replace(/\/+$/, "");
  const SCRIPT = root.dataset.script === "hant" ? 1 : 0;
  const T = JSON.parse(document.getElementById("search-strings").textContent);
  const PAGE_SIZE = 10;
  const FILTERS = ["official", "role", "topic", "place", "year", "month"];
  const $ = (id) => document.getElementById(id);
  const form = $("search-form");
  const input = $("search-q");
  const status = $("search-status");
  const list = $("search-results");
  const pager = $("search-pager");

  /* ---------- fetching (gzip JSON, inflated in the browser) ---------- */

  const cache = new Map();
  function load(rel) {
    if (!cache.has(rel)) {
      const promise = fetch(`${INDEX}/${rel}`).then(async (response) => {
        if (!response.ok) throw new Error(`${rel}: HTTP ${response.status}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        // A host that adds Content-Encoding: gzip has inflated it already.
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
          const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
          return JSON.parse(await new Response(stream).text());
        }
        return JSON.parse(new TextDecoder().decode(bytes));
      });
      cache.set(rel, promise);
      promise.catch(() => cache.delete(rel));
    }
    return cache.get(rel);
  }

  let metaPromise = null;
  function meta() {
    if (!metaPromise) {
      metaPromise = load("meta.json.gz").then((m) => {
        const fold = new Map();
        const pairs = Array.from(m.fold);
        for (let i = 0; i + 1 < pairs.length; i += 2) fold.set(pairs[i], pairs[i + 1]);
        return { ...m, foldMap: fold };
      });
    }
    return metaPromise;
  }

  /* ---------- folding and hashing (same as search_fold.py / search_index.py) ---------- */

  function fold(text, foldMap) {
    // Per UTF-16 unit: the map holds BMP characters only, so lengths never change and
    // offsets in folded text are offsets in the original.
    let out = "";
    for (let i = 0; i < text.length; i++) out += foldMap.get(text[i]) ?? text[i];
    return out;
  }

  function splitTerms(query, foldMap) {
    const terms = [];
    for (const raw of query.split(/\s+/u)) {
      if (!raw) continue;
      const term = fold(raw, foldMap);
      if (!terms.includes(term)) terms.push(term);
    }
    return terms;
  }

  function keyHash(key, m) {
    const [mult, mod] = m.hash;
    let h = 0;
    for (const ch of key) h = (h * mult + ch.codePointAt(0)) % mod;
    return h;
  }

  const keyFileName = (key) => Array.from(key, (ch) => ch.codePointAt(0).toString(16)).join("-");

  function undelta(gaps) {
    const out = new Array(gaps.length);
    let total = 0;
    for (let i = 0; i < gaps.length; i++) out[i] = total += gaps[i];
    return out;
  }

  /* ---------- postings ---------- */

  async function gramRecords(gram, m) {
    const shard = await load(`g/${keyHash(gram, m) % m.g}.json.gz`);
    let value = shard[gram];
    if (value === undefined) return [];
    if (value === 0) value = await load(`g/x/${keyFileName(gram)}.json.gz`);
    return undelta(value);
  }

  async function trigramRows(tri, m) {
    const shard = await load(`q/${keyHash(tri, m) % m.q}.json.gz`);
    let rows = shard[tri];
    if (rows === undefined) return [];
    if (rows === 0) rows = await load(`q/x/${keyFileName(tri)}.json.gz`);
    return rows.map(([next, gaps, pos]) => [next, undelta(gaps), pos]);
  }

  async function runPositions(run, m) {
    const chars = Array.from(run);
    for (const [next, nums, pos] of await trigramRows(chars.slice(0, 3).join(""), m)) {
      if (next === chars[3]) {
        const found = new Map();
        nums.forEach((n, i) => found.set(n, Array.isArray(pos[i]) ? pos[i] : [pos[i]]));
        return found;
      }
    }
    return new Map();
  }

  function windows(length) {
    const offsets = [];
    for (let o = 0; o < length - 3; o += 4) offsets.push(o);
    if (offsets[offsets.length - 1] !== length - 4) offsets.push(length - 4);
    return offsets;
  }

  // Records whose folded text contains the term -> occurrences (1 when not known).
  async function termCounts(term, m) {
    const chars = Array.from(term);
    const counts = new Map();
    if (chars.length <= 2) {
      for (const n of await gramRecords(term, m)) counts.set(n, 1);
    } else if (chars.length === 3) {
      for (const [, nums, pos] of await trigramRows(term, m)) {
        nums.forEach((n, i) => {
          counts.set(n, (counts.get(n) || 0) + (Array.isArray(pos[i]) ? pos[i].length : 1));
        });
      }
    } else if (chars.length === 4) {
      for (const [n, p] of await runPositions(term, m)) counts.set(n, p.length);
    } else {
      // Longer terms: four-character windows that must sit at the right distances.
      const offsets = windows(chars.length);
      const found = await Promise.all(
        offsets.map((o) => runPositions(chars.slice(o, o + 4).join(""), m)),
      );
      for (const [n, first] of found[0]) {
        if (!found.every((f) => f.has(n))) continue;
        const later = found.slice(1).map((f) => new Set(f.get(n)));
        let hits = 0;
        for (const p of first) {
          if (later.every((s, k) => s.has(p + offsets[k + 1]))) hits++;
        }
        if (hits) counts.set(n, hits);
      }
    }
    return counts;
  }

  async function facetRecords(facet, value, role, cat) {
    if (facet === "year" || facet === "month") {
      const range = cat[facet].find((r) => r[0] === value);
      if (!range) return [];
      const out = [];
      for (let n = range[1]; n < range[2]; n++) out.push(n);
      return out;
    }
    const row = cat[facet].find((r) => r[0] === value);
    if (!row) return [];
    if (facet === "official" && role) {
      const entry = row[5][role];
      return entry ? undelta(await load(`f/${entry[1]}.json.gz`)) : [];
    }
    return undelta(await load(`f/${facet === "role" ? row[2] : row[4]}.json.gz`));
  }

  async function search(state) {
    const m = await meta();
    const cat = await load("facets.json.gz");
    const terms = splitTerms(state.q, m.foldMap);
    const sets = [];
    const counts = new Map();
    const perTerm = await Promise.all(terms.map((t) => termCounts(t, m)));
    for (const tc of perTerm) {
      sets.push(tc);
      for (const [n, c] of tc) counts.set(n, (counts.get(n) || 0) + c);
    }
    const facetJobs = [];
    for (const facet of FILTERS) {
      if (!state[facet]) continue;
      if (facet === "role" && state.official) continue; // applied with the official
      const role = facet === "official" ? state.role : "";
      facetJobs.push(facetRecords(facet, state[facet], role, cat));
    }
    for (const nums of await Promise.all(facetJobs)) sets.push(new Set(nums));
    if (!sets.length) return { terms, records: null, counts, cat };
    sets.sort((a, b) => a.size - b.size);
    const records = [];
    for (const n of sets[0].keys()) {
      if (sets.every((s) => s.has(n))) records.push(n);
    }
    if (state.sort === "relevance") {
      records.sort((a, b) => (counts.get(b) || 1) - (counts.get(a) || 1) || b - a);
    } else {
      records.sort((a, b) => b - a); // records are numbered by date: newest first
    }
    return { terms, records, counts, cat };
  }

  /* ---------- rendering ---------- */

  const docFile = (n) => `d/${Math.floor(n / 1000)}/${n}.json.gz`;
  const fmt = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? "");

  // Append text to el with every occurrence of a term wrapped in <mark>.
  function appendHighlighted(el, text, terms, foldMap) {
    const folded = fold(text, foldMap);
    const marks = [];
    for (const term of terms) {
      let i = folded.indexOf(term);
      while (i !== -1) {
        marks.push([i, i + term.length]);
        i = folded.indexOf(term, i + 1);
      }
    }
    marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let at = 0;
    for (const [start, end] of marks) {
      if (start < at) continue;
      el.append(text.slice(at, start));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      el.append(mark);
      at = end;
    }
    el.append(text.slice(at));
  }

  function excerpt(text, terms, foldMap) {
    const folded = fold(text, foldMap);
    let first = -1;
    for (const term of terms) {
      const i = folded.indexOf(term);
      if (i !== -1 && (first === -1 || i < first)) first = i;
    }
    const start = Math.max(0, first === -1 ? 0 : first - 40);
    const end = Math.min(text.length, start + 120);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  async function renderResult(n, terms, m) {
    const doc = await load(docFile(n));
    const li = document.createElement("li");
    li.className = "search-result";
    const h = document.createElement("h2");
    const a = document.createElement("a");
    a.href = SITE ? `${SITE}/${doc.p}` : doc.p;
    appendHighlighted(a, doc.t[SCRIPT] || doc.t[0], terms, m.foldMap);
    h.append(a);
    const info = document.createElement("p");
    info.className = "search-meta";
    info.textContent = [doc.d, doc.l[SCRIPT]].filter(Boolean).join(" · ");
    const p = document.createElement("p");
    p.className = "search-excerpt";
    appendHighlighted(p, excerpt(doc.b[SCRIPT] || doc.b[0], terms, m.foldMap), terms, m.foldMap);
    li.append(h, info, p);
    return li;
  }

  function yearCounts(ranges, records) {
    // Records are numbered by date, so a year is a range of numbers.
    const counts = new Map();
    if (!records) return counts;
    for (const n of records) {
      for (const [value, lo, hi] of ranges) {
        if (n >= lo && n < hi) {
          counts.set(value, (counts.get(value) || 0) + 1);
          break;
        }
      }
    }
    return counts;
  }

  function fillSelect(select, options, current) {
    const keep = select.options[0]; // "all"
    select.replaceChildren(keep);
    for (const [value, label] of options) {
      const opt = document.createElement("option");
      opt.value = value;
      opt.textContent = label;
      select.append(opt);
    }
    if (current && !options.some(([v]) => v === current)) {
      const opt = document.createElement("option");
      opt.value = current;
      opt.textContent = current;
      select.append(opt);
    }
    select.value = current || "";
  }

  function renderFilters(state, result) {
    const { cat, records } = result;
    const name = (row) => row[SCRIPT === 1 ? 2 : 1] || row[1] || row[0];
    fillSelect($("search-official"), cat.official.map((r) => [r[0], `${name(r)} (${r[3]})`]), state.official);
    fillSelect(
      $("search-role"),
      cat.role.map((r) => [r[0], `${T.roles[r[0]] || r[0]} (${r[1]})`]),
      state.role,
    );
    fillSelect($("search-topic"), cat.topic.map((r) => [r[0], `${name(r)} (${r[3]})`]), state.topic);
    fillSelect($("search-place"), cat.place.map((r) => [r[0], `${name(r)} (${r[3]})`]), state.place);
    const years = yearCounts(cat.year, records);
    fillSelect(
      $("search-year"),
      cat.year
        .slice()
        .reverse()
        .map(([y, lo, hi]) => [y, `${y} (${records ? years.get(y) || 0 : hi - lo})`]),
      state.year,
    );
    const months = cat.month.filter(([mo]) => state.year && mo.startsWith(state.year));
    const monthCounts = yearCounts(months, records);
    fillSelect(
      $("search-month"),
      months.map(([mo, lo, hi]) => [mo, `${mo} (${records ? monthCounts.get(mo) || 0 : hi - lo})`]),
      state.month,
    );
    $("search-month").disabled = !state.year && !state.month;
  }

  /* ---------- state in the URL ---------- */

  function readState() {
    const params = new URLSearchParams(location.search);
    const state = { q: params.get("q") || "", sort: params.get("sort") || "date" };
    for (const f of FILTERS) state[f] = params.get(f) || "";
    state.page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
    return state;
  }

  function writeState(state, push) {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    for (const f of FILTERS) if (state[f]) params.set(f, state[f]);
    if (state.sort && state.sort !== "date") params.set("sort", state.sort);
    if (state.page > 1) params.set("page", String(state.page));
    const query = params.toString();
    const url = location.pathname + (query ? `?${query}` : "");
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    updateScriptSwitch();
  }

  function stateFromForm() {
    const data = new FormData(form);
    const state = { q: (data.get("q") || "").trim(), sort: data.get("sort") || "date", page: 1 };
    for (const f of FILTERS) state[f] = data.get(f) || "";
    if (state.month && state.year && !state.month.startsWith(state.year)) state.month = "";
    return state;
  }

  let generation = 0;
  async function run(state) {
    const mine = ++generation;
    const started = performance.now();
    root.dataset.state = "busy";
    input.value = state.q;
    const headerBox = document.querySelector("header form[role=search] input[name=q]");
    if (headerBox) headerBox.value = state.q;
    $("search-sort").value = state.sort === "relevance" ? "relevance" : "date";
    try {
      const result = await search(state);
      if (mine !== generation) return;
      renderFilters(state, result);
      const { records, terms } = result;
      if (records === null) {
        status.textContent = T.prompt;
        list.replaceChildren();
        pager.hidden = true;
      } else {
        const pages = Math.max(1, Math.ceil(records.length / PAGE_SIZE));
        const page = Math.min(state.page, pages);
        const slice = records.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
        const m = await meta();
        const items = await Promise.all(slice.map((n) => renderResult(n, terms, m)));
        if (mine !== generation) return;
        list.replaceChildren(...items);
        list.start = (page - 1) * PAGE_SIZE + 1;
        status.textContent = records.length
          ? fmt(T.count, { n: records.length.toLocaleString(), page, pages })
          : fmt(T.none, { q: state.q });
        pager.hidden = pages <= 1;
        $("search-page").textContent = fmt(T.page, { page, pages });
        $("search-prev").disabled = page <= 1;
        $("search-next").disabled = page >= pages;
        state.page = page;
      }
      root.dataset.count = records === null ? "" : String(records.length);
      root.dataset.ms = String(Math.round(performance.now() - started));
      root.dataset.state = "done";
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = fmt(T.error, { error: String(error.message || error) });
      root.dataset.state = "error";
    }
  }

  let current = readState();

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    current = stateFromForm();
    writeState(current, true);
    run(current);
  });
  for (const f of [...FILTERS, "sort"]) {
    $(`search-${f}`).addEventListener("change", () => form.requestSubmit());
  }
  function turn(delta) {
    current = { ...current, page: current.page + delta };
    writeState(current, true);
    run(current).then(() => $("search-status").focus());
  }
  $("search-prev").addEventListener("click", () => turn(-1));
  $("search-next").addEventListener("click", () => turn(1));
  window.addEventListener("popstate", () => {
    current = readState();
    updateScriptSwitch();
    run(current);
  });

  run(current);
})();
