#!/usr/bin/env node
// check.js generates TypeScript from every careerkit JSON Schema with
// json-schema-to-typescript, writes one .ts file per valid document of the
// parity corpus (const doc: Kind = <the document>;) and compiles them all
// with tsc --strict:
//
//   node check.js SCHEMA_DIR MANIFEST OUT_DIR
//
// It prints tsc's diagnostics and exits with tsc's status; 2 when a schema
// cannot be converted.
"use strict";

const fs = require("fs");
const path = require("path");
const { compile } = require("json-schema-to-typescript");
const { execFileSync } = require("child_process");

function typeName(kind) {
  return kind.charAt(0).toUpperCase() + kind.slice(1) + "Document";
}

async function main(argv) {
  const [schemaDir, manifestPath, out] = argv;
  fs.mkdirSync(out, { recursive: true });
  const kinds = fs.readdirSync(schemaDir).filter((n) => n.endsWith(".json")).map((n) => path.basename(n, ".json")).sort();
  for (const kind of kinds) {
    const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, kind + ".json"), "utf8"));
    schema.title = typeName(kind);
    const ts = await compile(schema, typeName(kind), { bannerComment: "", additionalProperties: false, strictIndexSignatures: true, format: false });
    fs.writeFileSync(path.join(out, kind + ".ts"), ts);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  const files = kinds.map((k) => k + ".ts");
  manifest.cases.forEach((c, i) => {
    // The valid documents that the schema also accepts.
    if (c.verdict !== "valid" || !c.expressible) return;
    const doc = fs.readFileSync(path.join(path.dirname(manifestPath), c.file), "utf8");
    const name = `doc${i}.ts`;
    fs.writeFileSync(path.join(out, name), `// ${c.file}\nimport type { ${typeName(c.kind)} } from "./${c.kind}";\nexport const doc: ${typeName(c.kind)} = ${doc};\n`);
    files.push(name);
  });
  const tsc = require.resolve("typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "--strict", "--noEmit", "--target", "es2020", "--moduleResolution", "node", ...files], { cwd: out, stdio: "inherit" });
  } catch (e) {
    return e.status || 1;
  }
  process.stdout.write(`tsc --strict: ${kinds.length} schemas, ${files.length - kinds.length} documents\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`tscheck: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 2;
});
