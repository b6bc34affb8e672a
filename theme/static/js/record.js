// Record page, progressive enhancement only: the page reads and prints without it.
// - "Copy citation": adds the button (its labels are the cite section's data-copy and
//   data-copied) where the clipboard works, and copies the citation text.
// - In a build without an absolute site address, the citation shows the record's path;
//   here it becomes the full address the reader sees.
// - Printing opens the collapsed groups of the edit log, so the paper copy is complete.
(function () {
  "use strict";
  document.querySelectorAll("[data-permalink]").forEach(function (el) {
    if (!/^https?:/.test(el.textContent)) {
      el.textContent = new URL(el.getAttribute("data-permalink"), location.href).href;
    }
  });

  var cite = document.querySelector(".cite[data-copy]");
  var citeText = document.getElementById("cite-text");
  if (cite && citeText && navigator.clipboard) {
    var actions = document.createElement("p");
    var button = document.createElement("button");
    var status = document.createElement("span");
    actions.className = "cite-actions";
    button.type = "button";
    button.className = "copy-button";
    button.textContent = cite.dataset.copy;
    status.className = "copy-status";
    status.setAttribute("role", "status");
    actions.append(button, " ", status);
    cite.append(actions);
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(citeText.textContent.trim()).then(
        function () { status.textContent = cite.dataset.copied; },
        function () { status.textContent = ""; }
      );
    });
  }

  // The raw text, when the page links the published raw file instead of holding a
  // second copy (pre[data-raw]: the file is the text's own UTF-8, checked by its
  // SHA-256 when the page was built): shown with its line ends as LF, as the HTML
  // parser shows the text written inline (it also drops a line break right after
  // <pre>, which this keeps: the file's text whole). Set as text, never as HTML.
  // Without JavaScript, or if the file cannot be read, the link to it stays.
  document.querySelectorAll("pre[data-raw]").forEach(function (pre) {
    if (!window.fetch || !window.TextDecoder) return;
    fetch(pre.getAttribute("data-raw")).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.arrayBuffer();
    }).then(function (bytes) {
      var text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      pre.textContent = text.replace(/\r\n?/g, "\n");
      pre.setAttribute("data-raw-shown", "");
    }).catch(function () {});
  });

  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) {
      return !d.open;
    });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
  });
})();
