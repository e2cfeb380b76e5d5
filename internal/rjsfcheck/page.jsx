// The page that build.js bundles: it renders the schema embedded in the
// page with @rjsf/core, validating with Ajv2020 through customizeValidator,
// and records in #rjsf-check whether Ajv compiled the schema.
import React from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import Form from "@rjsf/core";
import { customizeValidator } from "@rjsf/validator-ajv8";
import Ajv2020 from "ajv/dist/2020";

const schema = JSON.parse(document.getElementById("schema").textContent);
const formData = JSON.parse(document.getElementById("form-data").textContent);
const marker = document.getElementById("rjsf-check");

const validator = customizeValidator({ AjvClass: Ajv2020 });
try {
  validator.ajv.compile(schema);
  const errors = validator.validateFormData(formData, schema).errors;
  marker.textContent = "rjsf-check: schema compiled; form data: " +
    (errors.length === 0 ? "valid" : errors.length + " errors: " + errors.map((e) => e.stack).join("; "));
  marker.dataset.compiled = "ok";
} catch (err) {
  marker.textContent = "rjsf-check: schema did not compile: " + err.message;
  marker.dataset.compiled = "error";
}

const root = createRoot(document.getElementById("root"));
flushSync(() => {
  root.render(<Form schema={schema} formData={formData} validator={validator} />);
});
