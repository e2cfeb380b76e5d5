#!/usr/bin/env node
// check.js validates schema.org JSON-LD with @adobe/structured-data-validator,
// which encodes Google's rich-result rules (required and recommended
// properties of a JobPosting and the types inside it), against the pinned
// schema.org vocabulary schemaorg-30.0-all-https.jsonld.gz beside this file,
// so that it runs offline. It prints one verdict per case:
//
//   node check.js CASES
//
// CASES is a JSON file {"cases": [{"name": "...", "jsonld": {...}}, ...]},
// each jsonld one top-level JSON-LD object such as a page's
// <script type="application/ld+json"> holds; a case may give "html", a
// whole page, instead, whose structured data @marbec/web-auto-extractor
// reads as a crawler would. It prints {"validator": ..., "vocabulary": ...,
// "results": [{"name", "issues": [{"severity", "property", "message"}],
// "jsonld": [...]}]} on standard output, the results in the order of the
// cases, with the JSON-LD objects validated. severity is ERROR or WARNING; property is the dotted path of
// the property the issue is about, from the top-level object
// ("hiringOrganization.name"). The exit status is 0 whatever the verdicts,
// and 2 when the input or the vocabulary cannot be read.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import Validator from "@adobe/structured-data-validator";
import WebAutoExtractor from "@marbec/web-auto-extractor";

const here = path.dirname(fileURLToPath(import.meta.url));
const vocabularyFile = "schemaorg-30.0-all-https.jsonld.gz";

// property joins the properties of an issue's path below the top-level
// object with the field it names.
function property(issue) {
  const parts = (issue.path || []).slice(1).filter((p) => p.property).map((p) => p.property);
  const fields = issue.fieldNames && issue.fieldNames.length > 0 ? issue.fieldNames : [""];
  return fields.map((f) => [...parts, f].filter((s) => s !== "").join("."));
}

async function main(argv) {
  if (argv.length !== 1) {
    process.stderr.write("usage: node check.js CASES\n");
    return 2;
  }
  const vocabulary = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(here, vocabularyFile))).toString("utf8"));
  const pkg = createRequire(import.meta.url)("@adobe/structured-data-validator/package.json");
  const { cases } = JSON.parse(fs.readFileSync(argv[0], "utf8"));
  const validator = new Validator(vocabulary);
  const results = [];
  for (const c of cases) {
    let extracted;
    if (c.html !== undefined) {
      extracted = new WebAutoExtractor({ addLocation: false, embedSource: false }).parse(c.html);
    } else {
      const type = Array.isArray(c.jsonld["@type"]) ? c.jsonld["@type"][0] : c.jsonld["@type"];
      // The shape @marbec/web-auto-extractor gives a page's structured data.
      extracted = { jsonld: { [type]: [structuredClone(c.jsonld)] }, microdata: {}, rdfa: {}, errors: [] };
    }
    const jsonld = Object.values(extracted.jsonld || {}).flat().map((item) => structuredClone(item));
    const issues = [];
    for (const issue of await validator.validate(extracted)) {
      for (const p of property(issue)) {
        issues.push({ severity: issue.severity, property: p, message: issue.issueMessage });
      }
    }
    results.push({ name: c.name, issues, jsonld });
  }
  process.stdout.write(JSON.stringify({ validator: `${pkg.name} ${pkg.version}`, vocabulary: vocabularyFile, results }) + "\n");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`adobecheck: ${e && e.stack ? e.stack : e}\n`); process.exitCode = 2; },
);
