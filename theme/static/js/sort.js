// Sortable tables: a button in a column header sorts the rows by that column's
// data-value (or text). Without JavaScript the table keeps its server-side order.
(function () {
  "use strict";
  for (const table of document.querySelectorAll("table.sortable")) {
    const headers = [...table.tHead.rows[0].cells];
    headers.forEach((th, col) => {
      const button = th.querySelector("button[data-sort]");
      if (!button) return;
      button.addEventListener("click", () => {
        const numeric = button.dataset.sort === "number";
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        const key = (row) => {
          const cell = row.cells[col];
          const v = cell.dataset.value ?? cell.textContent.trim();
          return numeric ? Number(v) : v;
        };
        const body = table.tBodies[0];
        const rows = [...body.rows].sort((a, b) => {
          const x = key(a), y = key(b);
          const c = numeric ? x - y : String(x).localeCompare(String(y), "zh");
          return ascending ? c : -c;
        });
        rows.forEach((r) => body.appendChild(r));
        headers.forEach((h) => h.hasAttribute("aria-sort") && h.setAttribute("aria-sort", "none"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });
  }
})();
