// An official's, topic's or place's page, progressive enhancement only: the page lists
// the newest rows without it. "Show all" loads the whole list and draws it as the page
// draws its rows:
// - an official's (appearances.json): one row per appearance, [date, record link, record
//   title, title as written, role codes, the record that taught the name], by year;
// - a topic's or place's (records.json, data-kind="records"): one row per record, [date,
//   record link, record title, date as written when undated, "inferred" or ""].
(function () {
  "use strict";
  var button = document.querySelector("[data-appearances]");
  var list = document.getElementById("timeline");
  if (!button || !list || !window.fetch) return;
  var status = button.parentNode.querySelector("[role=status]");
  var records = button.dataset.kind === "records";
  var roles = records ? {} : JSON.parse(button.dataset.roles);
  var learned = records ? [] : JSON.parse(button.dataset.learned);
  var site = button.dataset.site;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function link(href, text) {
    var a = el("a", text);
    a.href = site + href;
    return a;
  }
  function recordRow(r) {
    var li = el("li");
    li.appendChild(link(r[1], r[2]));
    li.appendChild(document.createTextNode(" "));
    var when = r[0] || button.dataset.undated + (r[3] ? "（" + button.dataset.asWritten + "：" + r[3] + "）" : "");
    var meta = el("span", when);
    if (r[4] === "inferred") {
      meta.appendChild(document.createTextNode(" "));
      meta.appendChild(el("b", button.dataset.inferred, "badge-inferred"));
    }
    li.appendChild(meta);
    return li;
  }
  function row(r) {
    if (records) return recordRow(r);
    var li = el("li");
    li.appendChild(link(r[1], r[2]));
    li.appendChild(document.createTextNode(" "));
    // no title as written (a mention without one): no separator left hanging
    var meta = el("span", (r[0] || button.dataset.undated) + (r[3] ? " · " + r[3] : "") + " ");
    (r[4] ? r[4].split(" ") : []).forEach(function (code) {
      meta.appendChild(el("b", roles[code] || code, "role-" + code));
    });
    if (r[5]) {
      var note = el("small", learned[0]);
      note.appendChild(link("records/" + r[5] + "/", learned[1]));
      note.appendChild(document.createTextNode(learned[2]));
      meta.appendChild(document.createTextNode(" "));
      meta.appendChild(note);
    }
    li.appendChild(meta);
    return li;
  }

  button.parentNode.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    fetch(button.dataset.appearances)
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        var frag = document.createDocumentFragment();
        var year = null, ol = null;
        data.rows.forEach(function (r) {
          // an official's rows by year; a topic's or place's in one list
          var y = records ? "" : r[0] ? r[0].slice(0, 4) + "年" : button.dataset.undated;
          if (ol === null || y !== year) {
            year = y;
            if (y) frag.appendChild(el("h3", y));
            ol = frag.appendChild(el("ol", "", "record-list"));
          }
          ol.appendChild(row(r));
        });
        list.replaceChildren(frag);
        // The list is whole now: the note "the newest N of M" and the button go.
        document.getElementById("timeline-part").hidden = true;
        button.parentNode.hidden = true;
        list.querySelector("a").focus();
      })
      .catch(function () {
        button.disabled = false;
        status.textContent = "✕";
      });
  });
})();
