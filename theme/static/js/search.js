/* Static search for the archive: exact, cross-script, faceted. No libraries, no
 * external requests. Reads the index written by public_records/search_index.py; the
 * format and the algorithm are in docs/search.md, and public_records/search_query.py
 * is the Python reference of the same steps (keep the two in step).
 *
 * With a delta (search_delta.py), a result is the main index's matching records less the
 * ones the delta removes ("dead"), merged with the delta's matching records (an exact
 * substring scan of their folded text), in the order and with the counts of a full build.
 * A result item is a main record number, or m.docs + j for the delta's record j.
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
  function load(rel, fresh = false) {
    if (!cache.has(rel)) {
      // fresh: past the HTTP cache (a meta read again because its delta was gone)
      const promise = fetch(`${INDEX}/${rel}`, fresh ? { cache: "reload" } : {}).then(async (response) => {
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

  function readMeta(fresh) {
    return load("meta.json.gz", fresh).then((m) => {
      const fold = new Map();
      const pairs = Array.from(m.fold);
      for (let i = 0; i + 1 < pairs.length; i += 2) fold.set(pairs[i], pairs[i + 1]);
      // Phrase folds (search/fold.py): "瞭解了解 …", each entry two halves of one length.
      const phrases = new Map();
      let longest = 0;
      for (const e of (m.phrases || "").split(" ")) {
        if (!e) continue;
        const half = e.length / 2;
        phrases.set(e.slice(0, half), e.slice(half));
        longest = Math.max(longest, half);
      }
      // Each Simplified character's Traditional form alone (search/fold.py hant_map): a
      // record file's Traditional body is made from its Simplified one (traditionalBody).
      const hant = new Map();
      const hantPairs = Array.from(m.hant || "");
      for (let i = 0; i + 1 < hantPairs.length; i += 2) hant.set(hantPairs[i], hantPairs[i + 1]);
      return { ...m, foldMap: fold, phrases, longestPhrase: longest, hantMap: hant };
    });
  }

  // What every search needs, read once per page load: the meta, the main index's facet
  // catalogue, and the delta the meta names (one request more, none per query term).
  let indexPromise = null;
  function index() {
    if (!indexPromise) {
      indexPromise = openIndex(false).catch((error) => {
        // A meta from the HTTP cache may name a delta that a later build deleted: read
        // the meta again past the cache, once. (The delta's name holds a hash of its
        // content, so a stale meta is never paired with a newer delta.)
        if (!(error instanceof DeltaMissing)) throw error;
        cache.clear();
        return openIndex(true);
      });
      indexPromise.catch(() => {
        indexPromise = null;
      });
    }
    return indexPromise;
  }

  class DeltaMissing extends Error {}

  async function openIndex(fresh) {
    const m = await readMeta(fresh);
    const [mainCat, delta] = await Promise.all([
      load("facets.json.gz"),
      m.delta
        ? load(m.delta).catch((e) => {
            throw new DeltaMissing(String(e.message || e));
          })
        : null,
    ]);
    if (delta) {
      delta.deadSorted = undelta(delta.dead);
      delta.deadMask = new Uint8Array(m.docs);
      for (const n of delta.deadSorted) delta.deadMask[n] = 1;
    }
    const cat = mergeCatalogue(mainCat, delta ? delta.facets : null);
    cat.year = periods(mainCat.year, delta, 4);
    cat.month = periods(mainCat.month, delta, 7);
    return { m, mainCat, cat, delta };
  }

  /* ---------- folding and hashing (same as search_fold.py / search_index.py) ---------- */

  function fold(text, foldMap) {
    // Per UTF-16 unit: the map holds BMP characters only, so lengths never change and
    // offsets in folded text are offsets in the original.
    let out = "";
    for (let i = 0; i < text.length; i++) out += foldMap.get(text[i]) ?? text[i];
    return out;
  }

  // A text folded by character, with its phrase folds replaced (longest first, left to
  // right; same length): search_fold.fold_phrases.
  function foldPhrases(folded, m) {
    if (!m.longestPhrase) return folded;
    let out = "";
    let i = 0;
    outer: while (i < folded.length) {
      for (let size = Math.min(m.longestPhrase, folded.length - i); size > 1; size--) {
        const replacement = m.phrases.get(folded.slice(i, i + size));
        if (replacement !== undefined) {
          out += replacement;
          i += size;
          continue outer;
        }
      }
      out += folded[i++];
    }
    return out;
  }

  // Each distinct folded term with the forms it is looked up in: itself, and with its
  // phrases folded when that differs (search_fold.term_variants).
  function splitTerms(query, m) {
    const terms = [];
    for (const raw of query.split(/\s+/u)) {
      if (!raw) continue;
      const term = fold(raw, m.foldMap);
      if (terms.some((t) => t[0] === term)) continue;
      const phrased = foldPhrases(term, m);
      terms.push(phrased === term ? [term] : [term, phrased]);
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

  // A posting is { recs, cnt }: record numbers ascending (Int32Array) and occurrences per
  // record (Uint16Array; all 1 when not known), or cnt null for a filter (counts nothing).

  function undelta(gaps) {
    const out = new Int32Array(gaps.length);
    let total = 0;
    for (let i = 0; i < gaps.length; i++) out[i] = total += gaps[i];
    return out;
  }

  function countsOf(digits) {
    // one base-36 digit per record: "0"-"9" are 48-57, "a"-"z" are 97-122
    const out = new Uint16Array(digits.length);
    for (let i = 0; i < digits.length; i++) {
      const c = digits.charCodeAt(i);
      out[i] = c < 58 ? c - 48 : c - 87;
    }
    return out;
  }

  const EMPTY = { recs: new Int32Array(0), cnt: new Uint16Array(0) };

  // The value of a key in its shard of a kind (g, q, r, p), or in its own file.
  async function entry(kind, key, m) {
    const shard = await load(`${kind}/${keyHash(key, m) % m[kind]}.json.gz`);
    const value = shard[key];
    if (value === 0) return load(`${kind}/x/${keyFileName(key)}.json.gz`);
    return value;
  }

  async function gramPosting(gram, m) {
    const gaps = await entry("g", gram, m);
    if (gaps === undefined) return EMPTY;
    return { recs: undelta(gaps), cnt: new Uint16Array(gaps.length).fill(1) };
  }

  // Three characters: every row of the trigram; four: the row whose next is the fourth.
  async function trigramPosting(term, chars, m) {
    const rows = await entry("q", chars.slice(0, 3).join(""), m);
    if (rows === undefined) return EMPTY;
    const wanted = rows.filter(([next]) => chars.length === 3 || next === chars[3]);
    if (wanted.length === 1) return { recs: undelta(wanted[0][1]), cnt: countsOf(wanted[0][2]) };
    if (!wanted.length) return EMPTY;
    // A union of rows: add counts in one array indexed by record (fast and ordered).
    const total = new Uint16Array(m.docs);
    let found = 0;
    for (const [, gaps, digits] of wanted) {
      let n = 0;
      for (let i = 0; i < gaps.length; i++) {
        n += gaps[i];
        const c = digits.charCodeAt(i);
        if (!total[n]) found++;
        total[n] += c < 58 ? c - 48 : c - 87;
      }
    }
    const recs = new Int32Array(found);
    const cnt = new Uint16Array(found);
    for (let n = 0, k = 0; k < found; n++) {
      if (total[n]) {
        recs[k] = n;
        cnt[k++] = total[n];
      }
    }
    return { recs, cnt };
  }

  async function fivePosting(term, m) {
    const value = await entry("r", term, m);
    if (value === undefined) return EMPTY;
    return { recs: undelta(value[0]), cnt: countsOf(value[1]) };
  }

  function windows(length) {
    const offsets = [];
    for (let o = 0; o < length - 4; o += 5) offsets.push(o);
    if (offsets[offsets.length - 1] !== length - 5) offsets.push(length - 5);
    return offsets;
  }

  // Six characters or more: five-character windows that must sit at the right distances.
  async function longPosting(chars, m) {
    const offsets = windows(chars.length);
    const found = await Promise.all(offsets.map((o) => entry("p", chars.slice(o, o + 5).join(""), m)));
    if (found.some((v) => v === undefined)) return EMPTY;
    const wins = found.map(([gaps, pos]) => ({ recs: undelta(gaps), pos, at: 0 }));
    const recs = [];
    const cnt = [];
    const first = wins[0];
    const asList = (p) => (Array.isArray(p) ? p : [p]);
    outer: for (let i = 0; i < first.recs.length; i++) {
      const n = first.recs[i];
      for (const w of wins) {
        while (w.at < w.recs.length && w.recs[w.at] < n) w.at++;
        if (w.at === w.recs.length) break outer;
        if (w.recs[w.at] !== n) continue outer;
      }
      const later = wins.slice(1).map((w) => asList(w.pos[w.at]));
      let hits = 0;
      for (const p of asList(first.pos[i])) {
        if (later.every((list, k) => list.includes(p + offsets[k + 1]))) hits++;
      }
      if (hits) {
        recs.push(n);
        cnt.push(hits);
      }
    }
    return { recs: Int32Array.from(recs), cnt: Uint16Array.from(cnt) };
  }

  // Records whose folded text contains the term, with occurrences.
  function termPosting(term, m) {
    const chars = Array.from(term);
    if (chars.length <= 2) return gramPosting(term, m);
    if (chars.length <= 4) return trigramPosting(term, chars, m);
    if (chars.length === 5) return fivePosting(term, m);
    return longPosting(chars, m);
  }

  // A union of postings, counts added (a record holding any form of a term matches it).
  function union(a, b) {
    const recs = [];
    const cnt = [];
    let i = 0;
    let k = 0;
    while (i < a.recs.length || k < b.recs.length) {
      if (k === b.recs.length || (i < a.recs.length && a.recs[i] < b.recs[k])) {
        recs.push(a.recs[i]);
        cnt.push(a.cnt[i++]);
      } else if (i === a.recs.length || b.recs[k] < a.recs[i]) {
        recs.push(b.recs[k]);
        cnt.push(b.cnt[k++]);
      } else {
        recs.push(a.recs[i]);
        cnt.push(a.cnt[i++] + b.cnt[k++]);
      }
    }
    return { recs: Int32Array.from(recs), cnt: Uint16Array.from(cnt) };
  }

  async function variantsPosting(variants, m) {
    const postings = await Promise.all(variants.map((v) => termPosting(v, m)));
    return postings.reduce(union);
  }

  function range(lo, hi) {
    const recs = new Int32Array(Math.max(0, hi - lo));
    for (let i = 0; i < recs.length; i++) recs[i] = lo + i;
    return { recs, cnt: null };
  }

  async function facetPosting(facet, value, role, cat) {
    if (facet === "year" || facet === "month") {
      const r = cat[facet].find((x) => x[0] === value);
      return r ? range(r[1], r[2]) : { recs: new Int32Array(0), cnt: null };
    }
    const row = cat[facet].find((r) => r[0] === value);
    let file = null;
    if (row && facet === "official" && role) file = row[5][role] ? row[5][role][1] : null;
    else if (row) file = facet === "role" ? row[2] : row[4];
    if (file === null) return { recs: new Int32Array(0), cnt: null };
    return { recs: undelta(await load(`f/${file}.json.gz`)), cnt: null };
  }

  // First index in the sorted array a (from lo) whose value is >= x.
  function lowerBound(a, x, lo = 0) {
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // Records in both postings; occurrences added (a filter adds none).
  function intersect(a, b) {
    const small = a.recs.length <= b.recs.length ? a : b;
    const large = small === a ? b : a;
    const recs = new Int32Array(small.recs.length);
    const cnt = a.cnt || b.cnt ? new Uint16Array(small.recs.length) : null;
    const gallop = small.recs.length * 16 < large.recs.length;
    let j = 0;
    let k = 0;
    for (let i = 0; i < small.recs.length; i++) {
      const n = small.recs[i];
      if (gallop) j = lowerBound(large.recs, n, j);
      else while (j < large.recs.length && large.recs[j] < n) j++;
      if (j === large.recs.length) break;
      if (large.recs[j] !== n) continue;
      recs[k] = n;
      if (cnt) cnt[k] = (small.cnt ? small.cnt[i] : 0) + (large.cnt ? large.cnt[j] : 0);
      k++;
    }
    return { recs: recs.subarray(0, k), cnt: cnt && cnt.subarray(0, k) };
  }

  // Result order: newest first (records are numbered by date), or most occurrences
  // first and then newest (a counting sort: linear, stable). Returns the records in
  // order (out) and their counts in the same order (cnt; null when none are known).
  function ordered(posting, sort) {
    const { recs, cnt } = posting;
    const out = new Int32Array(recs.length);
    const outCnt = cnt ? new Uint16Array(recs.length) : null;
    if (sort !== "relevance" || !cnt) {
      for (let i = 0; i < recs.length; i++) {
        out[i] = recs[recs.length - 1 - i];
        if (outCnt) outCnt[i] = cnt[recs.length - 1 - i];
      }
      return { out, cnt: outCnt };
    }
    let max = 0;
    for (let i = 0; i < cnt.length; i++) if (cnt[i] > max) max = cnt[i];
    const starts = new Int32Array(max + 2);
    for (let i = 0; i < cnt.length; i++) starts[max - cnt[i] + 1]++;
    for (let c = 1; c <= max + 1; c++) starts[c] += starts[c - 1];
    for (let i = recs.length - 1; i >= 0; i--) {
      const at = starts[max - cnt[i]]++;
      out[at] = recs[i];
      outCnt[at] = cnt[i];
    }
    return { out, cnt: outCnt };
  }

  /* ---------- the delta (docs/search.md, "The delta") ---------- */

  const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  // The catalogue a reader is shown: the main one with the delta's changed rows (count 0:
  // gone), re-sorted by count then id as a full build sorts them; file numbers stay the
  // main index's (null where it has none). Same as search_delta.merge_catalogue.
  function mergeCatalogue(main, change) {
    if (!change) return { ...main };
    const cat = { ...main };
    for (const kind of ["official", "topic", "place"]) {
      const rows = new Map(main[kind].map((r) => [r[0], r]));
      for (const [value, hans, hant, count, roles] of change[kind]) {
        const old = rows.get(value);
        if (!count) {
          rows.delete(value);
          continue;
        }
        const row = [value, hans, hant, count, old ? old[4] : null];
        if (kind === "official") {
          const files = old ? old[5] : {};
          const merged = {};
          for (const [role, n] of Object.entries(roles)) merged[role] = [n, files[role] ? files[role][1] : null];
          row.push(merged);
        }
        rows.set(value, row);
      }
      cat[kind] = Array.from(rows.values()).sort((a, b) => b[3] - a[3] || byText(a[0], b[0]));
    }
    const roleFiles = new Map(main.role.map((r) => [r[0], r[2]]));
    cat.role = change.role.map(([role, n]) => [role, n, roleFiles.has(role) ? roleFiles.get(role) : null]);
    return cat;
  }

  // Years (width 4) or months (7) as [value, lo, hi, records]: the main index's range
  // (empty for a value only the delta has) and how many records there are now.
  function periods(ranges, delta, width) {
    const rows = new Map();
    for (const [value, lo, hi] of ranges) {
      const dead = delta ? lowerBound(delta.deadSorted, hi) - lowerBound(delta.deadSorted, lo) : 0;
      rows.set(value, [value, lo, hi, hi - lo - dead]);
    }
    for (const rec of delta ? delta.recs : []) {
      if (rec.d.length < width) continue;
      const value = rec.d.slice(0, width);
      if (!rows.has(value)) rows.set(value, [value, 0, 0, 0]);
      rows.get(value)[3]++;
    }
    return Array.from(rows.values())
      .filter((r) => r[3] > 0)
      .sort((a, b) => byText(a[0], b[0]));
  }

  // Occurrences of a term in a folded text, counted as the main index counts them (0:
  // absent): 1 for one or two characters; for three, per following character (" " at a
  // token end) capped at 35 and added; four and five capped at 35; six or more, all.
  function textCount(text, term, length) {
    let at = text.indexOf(term);
    if (at === -1) return 0;
    if (length <= 2) return 1;
    const found = new Map();
    while (at !== -1) {
      const after = at + term.length;
      let key = " ";
      if (length === 3 && after < text.length) {
        key = String.fromCodePoint(text.codePointAt(after));
        if (key === "\n") key = " ";
      }
      found.set(key, (found.get(key) || 0) + 1);
      at = text.indexOf(term, at + 1);
    }
    let total = 0;
    for (const n of found.values()) total += length >= 6 ? n : Math.min(n, 35);
    return total;
  }

  // Whether a delta record has a filter's value (same as search_query.delta_has).
  function deltaHas(rec, facet, value, role) {
    if (facet === "official") return rec.o.some(([pid, roles]) => pid === value && (!role || roles.includes(role)));
    if (facet === "role") return rec.o.some(([, roles]) => roles.includes(value));
    if (facet === "topic") return rec.c.includes(value);
    if (facet === "place") return rec.a === value;
    const width = facet === "year" ? 4 : 7;
    return rec.d.length >= width && rec.d.slice(0, width) === value;
  }

  // The delta's records that match every term and filter: [{ item, cnt }].
  function deltaHits(delta, terms, checks, docs) {
    const hits = [];
    delta.recs.forEach((rec, j) => {
      if (!checks.every(([facet, value, role]) => deltaHas(rec, facet, value, role))) return;
      let total = 0;
      for (let k = 0; k < terms.length; k++) {
        let c = 0;
        for (const v of terms[k]) c += textCount(rec.f, v, Array.from(v).length);
        if (!c) return;
        total += c;
      }
      hits.push({ item: docs + j, cnt: terms.length ? total : 1 });
    });
    return hits;
  }

  // A posting without the main records the delta removes.
  function dropDead(posting, mask) {
    const keep = [];
    for (let i = 0; i < posting.recs.length; i++) if (!mask[posting.recs[i]]) keep.push(i);
    if (keep.length === posting.recs.length) return posting;
    return {
      recs: Int32Array.from(keep, (i) => posting.recs[i]),
      cnt: posting.cnt && Uint16Array.from(keep, (i) => posting.cnt[i]),
    };
  }

  // Main results (in order, with their counts) and delta hits merged in one order: a
  // delta record sorts just before the main record it names ("at"), delta records in
  // their own (date) order; by relevance, more occurrences first, then that order.
  function mergeHits(main, mainCnt, hits, sort, docs, delta) {
    const D = delta.recs.length;
    const place = (item) => (item < docs ? item * (D + 1) + D : delta.recs[item - docs].at * (D + 1) + (item - docs));
    const relevance = sort === "relevance";
    const first = (a, ca, b, cb) => (relevance && ca !== cb ? ca > cb : place(a) > place(b));
    hits.sort((x, y) => (first(x.item, x.cnt, y.item, y.cnt) ? -1 : 1));
    const out = new Int32Array(main.length + hits.length);
    let i = 0;
    let k = 0;
    for (let o = 0; o < out.length; o++) {
      const takeMain =
        k === hits.length || (i < main.length && first(main[i], mainCnt ? mainCnt[i] : 1, hits[k].item, hits[k].cnt));
      out[o] = takeMain ? main[i++] : hits[k++].item;
    }
    return out;
  }

  async function search(state) {
    const { m, mainCat, cat, delta } = await index();
    const terms = splitTerms(state.q, m);
    const jobs = terms.map((t) => variantsPosting(t, m));
    const checks = [];
    for (const facet of FILTERS) {
      if (!state[facet]) continue;
      if (facet === "role" && state.official) continue; // applied with the official
      const role = facet === "official" ? state.role : "";
      jobs.push(facetPosting(facet, state[facet], role, mainCat));
      checks.push([facet, state[facet], role]);
    }
    if (!jobs.length) return { terms, records: null, sorted: null, hits: [], cat };
    const postings = await Promise.all(jobs);
    postings.sort((a, b) => a.recs.length - b.recs.length);
    let result = postings[0];
    for (const p of postings.slice(1)) result = intersect(result, p);
    if (!delta) return { terms, records: ordered(result, state.sort).out, sorted: result.recs, hits: [], cat };
    result = dropDead(result, delta.deadMask);
    const hits = deltaHits(delta, terms, checks, m.docs);
    const main = ordered(result, state.sort);
    const records = hits.length ? mergeHits(main.out, main.cnt, hits, state.sort, m.docs, delta) : main.out;
    return { terms, records, sorted: result.recs, hits, cat };
  }

  /* ---------- rendering ---------- */

  const docFile = (n) => `d/${Math.floor(n / 1000)}/${n}.json.gz`;
  const fmt = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? "");

  // Where a displayed text shows a term: any of its forms in the text folded by
  // character or with its phrases folded too (瞭解 on a Traditional page for 了解),
  // leftmost first, longest first at one place (search_query.highlight_spans).
  function termSpans(text, terms, m) {
    const byChar = fold(text, m.foldMap);
    const forms = [byChar];
    const phrased = foldPhrases(byChar, m);
    if (phrased !== byChar) forms.push(phrased);
    const marks = [];
    for (const form of forms) {
      for (const variants of terms) {
        for (const term of variants) {
          let i = form.indexOf(term);
          while (i !== -1) {
            marks.push([i, i + term.length]);
            i = form.indexOf(term, i + 1);
          }
        }
      }
    }
    marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    return marks;
  }

  // Append text to el with every occurrence of a term wrapped in <mark>.
  function appendHighlighted(el, text, terms, m) {
    let at = 0;
    for (const [start, end] of termSpans(text, terms, m)) {
      if (start < at) continue;
      el.append(text.slice(at, start));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      el.append(mark);
      at = end;
    }
    el.append(text.slice(at));
  }

  function excerpt(text, terms, m) {
    const spans = termSpans(text, terms, m);
    const first = spans.length ? spans[0][0] : -1;
    const start = Math.max(0, first === -1 ? 0 : first - 40);
    const end = Math.min(text.length, start + 120);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  // Why a record matched when its title and body do not show a term: the topic labels,
  // official names and place that do ("主题：产业发展"), highlighted.
  function reasons(doc, terms, m) {
    const out = [];
    const fields = [
      ["topic", doc.k || []],
      ["official", doc.n || []],
      ["place", doc.l ? [doc.l] : []],
    ];
    for (const [kind, labels] of fields) {
      for (const label of labels) {
        const text = label[SCRIPT] || label[0];
        if (text && termSpans(text, terms, m).length) out.push([kind, text]);
      }
    }
    return out;
  }

  // A record's Traditional body (search/index.py traditional_body): given whole (a delta
  // record, or a body whose Traditional form has another length), or made from the
  // Simplified one, character by character, with the exceptions "x" ([gap, character,
  // …], gaps in characters) put in where the site's conversion wrote otherwise.
  function traditionalBody(doc, m) {
    if (doc.b.length > 1) return doc.b[1];
    const chars = Array.from(doc.b[0], (c) => m.hantMap.get(c) ?? c);
    const x = doc.x || [];
    let at = 0;
    for (let i = 0; i + 1 < x.length; i += 2) {
      at += x[i];
      chars[at] = x[i + 1];
    }
    return chars.join("");
  }

  async function renderResult(n, terms, m, delta) {
    const doc = n >= m.docs ? delta.recs[n - m.docs] : await load(docFile(n));
    const li = document.createElement("li");
    li.className = "search-result";
    const h = document.createElement("h2");
    const a = document.createElement("a");
    a.href = SITE ? `${SITE}/${doc.p}` : doc.p;
    const title = doc.t[SCRIPT] || doc.t[0];
    const body = (SCRIPT ? traditionalBody(doc, m) : "") || doc.b[0];
    appendHighlighted(a, title, terms, m);
    h.append(a);
    const info = document.createElement("p");
    info.className = "search-meta";
    info.textContent = [doc.d, doc.l[SCRIPT]].filter(Boolean).join(" · ");
    li.append(h, info);
    if (terms.length && !termSpans(title, terms, m).length && !termSpans(body, terms, m).length) {
      for (const [kind, text] of reasons(doc, terms, m)) {
        const why = document.createElement("p");
        why.className = "search-why";
        const [before, after] = (T.why && T.why[kind] ? T.why[kind] : "{v}").split("{v}");
        why.append(before);
        appendHighlighted(why, text, terms, m);
        why.append(after || "");
        li.append(why);
      }
    }
    const p = document.createElement("p");
    p.className = "search-excerpt";
    appendHighlighted(p, excerpt(body, terms, m), terms, m);
    li.append(p);
    return li;
  }

  function yearCounts(ranges, sorted, hits, width, recs, docs) {
    // Records are numbered by date, so a year is a range of numbers: two binary searches
    // (main results), and the delta's results by their dates.
    const counts = new Map();
    if (!sorted) return counts;
    for (const [value, lo, hi] of ranges) {
      counts.set(value, lowerBound(sorted, hi) - lowerBound(sorted, lo));
    }
    for (const { item } of hits) {
      const date = recs[item - docs].d;
      if (date.length >= width) counts.set(date.slice(0, width), (counts.get(date.slice(0, width)) || 0) + 1);
    }
    return counts;
  }

  const filled = new WeakMap(); // select -> signature of the options it holds

  function fillSelect(select, options, current) {
    // The whole-archive lists (a thousand officials) are the same for every search:
    // rebuild the options only when their labels change.
    const signature = options.map(([v, label]) => `${v}\u0000${label}`).join("\u0001") + `\u0002${current}`;
    if (filled.get(select) === signature) {
      select.value = current || "";
      return;
    }
    filled.set(select, signature);
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

  function renderFilters(state, result, m, delta) {
    const { cat, records, sorted, hits } = result;
    const recs = delta ? delta.recs : [];
    const name = (row) => row[SCRIPT === 1 ? 2 : 1] || row[1] || row[0];
    fillSelect($("search-official"), cat.official.map((r) => [r[0], `${name(r)} (${r[3]})`]), state.official);
    fillSelect(
      $("search-role"),
      cat.role.map((r) => [r[0], `${T.roles[r[0]] || r[0]} (${r[1]})`]),
      state.role,
    );
    fillSelect($("search-topic"), cat.topic.map((r) => [r[0], `${name(r)} (${r[3]})`]), state.topic);
    fillSelect($("search-place"), cat.place.map((r) => [r[0], `${name(r)} (${r[3]})`]), state.place);
    const years = yearCounts(cat.year, sorted, hits, 4, recs, m.docs);
    fillSelect(
      $("search-year"),
      cat.year
        .slice()
        .reverse()
        .map(([y, , , total]) => [y, `${y} (${records ? years.get(y) || 0 : total})`]),
      state.year,
    );
    const months = cat.month.filter(([mo]) => state.year && mo.startsWith(state.year));
    const monthCounts = yearCounts(months, sorted, hits, 7, recs, m.docs);
    fillSelect(
      $("search-month"),
      months.map(([mo, , , total]) => [mo, `${mo} (${records ? monthCounts.get(mo) || 0 : total})`]),
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

  // A record's id typed as the query (the id a citation gives, records/<id>/): the
  // record's own page, when the site has it, above the text search's results (which
  // search the records' text, not their ids).
  const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
  async function recordById(q) {
    if (!ID_SHAPE.test(q)) return null;
    const href = `${SITE ? `${SITE}/` : ""}records/${q}/`;
    try {
      return (await fetch(href, { method: "HEAD" })).ok ? href : null;
    } catch {
      return null; // opened from disk, offline: no link
    }
  }
  function showById(href, q) {
    const note = $("search-by-id");
    note.hidden = !href;
    if (!href) return;
    const a = note.querySelector("a");
    a.href = href;
    a.textContent = fmt(T.by_id, { id: q });
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
      const [result, byId] = await Promise.all([search(state), recordById(state.q)]);
      if (mine !== generation) return;
      showById(byId, state.q);
      const { m, delta } = await index();
      renderFilters(state, result, m, delta);
      const { records, terms } = result;
      if (records === null) {
        status.textContent = T.prompt;
        list.replaceChildren();
        pager.hidden = true;
      } else {
        const pages = Math.max(1, Math.ceil(records.length / PAGE_SIZE));
        const page = Math.min(state.page, pages);
        const slice = Array.from(records.subarray((page - 1) * PAGE_SIZE, page * PAGE_SIZE));
        const items = await Promise.all(slice.map((n) => renderResult(n, terms, m, delta)));
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
