// Validates FHIR R4 resources against HL7's official R4 JSON schema (test/fixtures/fhir/fhir.schema.json)
// with ajv. Used by the browser tests through the `fhir-validate` server command (web-test-runner.config.mjs).
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

let ajv;
/** The schema's definition for this resource type (the whole-schema oneOf gives an error per resource type). */
function validator(resourceType) {
  if (!ajv) {
    const schema = JSON.parse(readFileSync(new URL('../test/fixtures/fhir/fhir.schema.json', import.meta.url), 'utf8'));
    // The schema is draft-06 with an `id` and a `discriminator` keyword that ajv does not know: annotations here.
    ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addMetaSchema(draft6);
    delete schema.id;
    ajv.addSchema(schema, 'fhir');
  }
  const v = ajv.getSchema(`fhir#/definitions/${resourceType}`);
  if (!v) throw new Error(`no definition for ${resourceType}`);
  return v;
}

/** `{ valid, errors }` with errors as short "path: message" lines. */
export function validateFhir(resource) {
  const v = validator(String(resource?.resourceType));
  const valid = v(resource);
  return { valid, errors: valid ? [] : v.errors.slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message}`) };
}

/** web-test-runner plugin: `executeServerCommand('fhir-validate', resource)`. */
export function fhirValidatePlugin() {
  return {
    name: 'fhir-validate',
    executeCommand({ command, payload }) {
      if (command !== 'fhir-validate') return undefined;
      return validateFhir(payload);
    },
  };
}
