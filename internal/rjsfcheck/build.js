#!/usr/bin/env node
// Usage: node build.js SCHEMA.json OUTDIR [FORMDATA.json]
//
// Bundles page.jsx with esbuild (no network) and writes OUTDIR/index.html: a
// self-contained page that renders SCHEMA.json with @rjsf/core, filled with
// FORMDATA.json (an empty object when left out), for headless Chromium to
// load. TestRoleSchemaRendersWithRJSF runs it.
"use strict";

const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");

async function main() {
  const [schemaFile, outDir, dataFile] = process.argv.slice(2);
  if (!schemaFile || !outDir) {
    console.error("usage: node build.js SCHEMA.json OUTDIR [FORMDATA.json]");
    process.exit(2);
  }
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  const data = dataFile ? JSON.parse(fs.readFileSync(dataFile, "utf8")) : {};
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, "page.jsx")],
    absWorkingDir: __dirname,
    bundle: true,
    write: false,
    format: "iife",
    minify: true,
    target: "es2020",
    jsx: "transform",
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  // JSON inside <script> must not close the element.
  const embed = (v) => JSON.stringify(v).replace(/</g, "\\u003c");
  const js = result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>careerkit: ${path.basename(schemaFile)} with rjsf</title>
<style>body{font-family:sans-serif;margin:16px;background:#fff;color:#111}label,legend{font-weight:bold}input,select,textarea{display:block;margin:2px 0 8px}fieldset{border:1px solid #888;margin:6px 0}.btn{background:#2563eb;color:#fff;border:0;padding:6px 12px}</style>
</head>
<body>
<div id="rjsf-check" data-compiled="pending">rjsf-check: page script did not run</div>
<div id="root"></div>
<script type="application/json" id="schema">${embed(schema)}</script>
<script type="application/json" id="form-data">${embed(data)}</script>
<script>${js}</script>
</body>
</html>
`;
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, "index.html");
  fs.writeFileSync(out, html);
  console.log(`wrote ${out} (${html.length} bytes)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
