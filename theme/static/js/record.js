// Record page, progressive enhancement only: the page reads and prints without it.
// - "Copy citation": shows the button, copies the citation text.
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

  var button = document.querySelector(".copy-button");
  if (button && navigator.clipboard) {
    var status = document.querySelector(".copy-status");
    button.closest(".cite-actions").hidden = false;
    button.addEventListener("click", function () {
      var text = document.getElementById(button.dataset.copyTarget).textContent.trim();
      navigator.clipboard.writeText(text).then(
        function () { status.textContent = button.dataset.copied; },
        function () { status.textContent = ""; }
      );
    });
  }

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
