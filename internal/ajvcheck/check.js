#!/usr/bin/env node
// check.js validates careerkit's parity corpus with ajv's draft 2020-12
// build and ajv-formats, a validator independent of the Go one, and prints
// one JSON verdict per case:
//
//   node check.js SCHEMA_DIR MANIFEST
//
// SCHEMA_DIR holds KIND.json for every kind of document; MANIFEST is the
// corpus's manifest.json, whose cases name their file (relative to the
// manifest) and kind. It prints {"options": {...}, "warnings": [...],
// "results": [{"file", "kind", "valid", "errors"}, ...]} on standard output,
// the results in the manifest's order. The exit status is 0 whatever the
// verdicts, and 2 when a schema or a file cannot be read or compiled.
"use strict";

const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

// The options, printed with the results so the Go test can report them.
// Strict mode is on in full (strictTypes, strictTuples and strictRequired
// included), so a schema that ajv would only warn about fails to compile;
// allErrors lists every problem; formats are asserted, as
// santhosh-tekuri/jsonschema does with AssertFormat.
const options = { strict: true, allErrors: true, validateFormats: true };

function main(argv) {
  if (argv.length !== 2) {
    process.stderr.write("usage: node check.js SCHEMA_DIR MANIFEST\n");
    return 2;
  }
  const [schemaDir, manifestPath] = argv;
  const warnings = [];
  const ajv = new Ajv2020({
    ...options,
    logger: {
      log: () => {},
      warn: (...a) => warnings.push(a.join(" ")),
      error: (...a) => warnings.push(a.join(" ")),
    },
  });
  addFormats(ajv);

  const validators = {};
  for (const name of fs.readdirSync(schemaDir).filter((n) => n.endsWith(".json")).sort()) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDir, name), "utf8")));
  }
  for (const name of fs.readdirSync(schemaDir).filter((n) => n.endsWith(".json")).sort()) {
    const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, name), "utf8"));
    validators[path.basename(name, ".json")] = ajv.getSchema(schema.$id);
  }

  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  const dir = path.dirname(manifestPath);
  const results = [];
  for (const c of manifest.cases) {
    const validate = validators[c.kind];
    if (!validate) {
      throw new Error(`no schema for kind ${c.kind} in ${schemaDir}`);
    }
    // JSON.parse keeps the last of duplicate keys, as every JSON Schema
    // validator sees the document.
    const doc = JSON.parse(fs.readFileSync(path.join(dir, c.file), "utf8"));
    const valid = validate(doc);
    const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"}: ${e.message} (${e.keyword})`);
    results.push({ file: c.file, kind: c.kind, valid, errors });
  }
  process.stdout.write(JSON.stringify({ options, warnings, results }) + "\n");
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`ajvcheck: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 2;
}
