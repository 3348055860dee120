// Validates FHIR R4 resources against HL7's official R4 JSON schema (test/fixtures/fhir/fhir.schema.json)
// with ajv. Browser tests reach it through the `fhir-validate` server command (web-test-runner.config.mjs).
// Compiling the schema takes seconds (a QuestionnaireResponse may contain any resource), so the test server
// compiles it in a worker thread from the start, and `fhir-validate-ready` tells a test when it can ask.
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
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

/** `{ valid, errors }` with errors as short "path message" lines. */
export function validateFhir(resource) {
  const v = validator(String(resource?.resourceType));
  const valid = v(resource);
  return { valid, errors: valid ? [] : v.errors.slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message}`) };
}

// In the worker: compile at once, then answer { id, resource } messages.
if (!isMainThread && parentPort) {
  validator('QuestionnaireResponse');
  parentPort.postMessage({ ready: true });
  parentPort.on('message', ({ id, resource }) => {
    try {
      parentPort.postMessage({ id, result: validateFhir(resource) });
    } catch (err) {
      parentPort.postMessage({ id, result: { valid: false, errors: [String(err)] } });
    }
  });
}

/** web-test-runner plugin: `executeServerCommand('fhir-validate', resource)` and `('fhir-validate-ready')`. */
export function fhirValidatePlugin() {
  let worker;
  let ready = false;
  let next = 0;
  const waiting = new Map();
  const start = () => {
    if (worker) return;
    worker = new Worker(new URL(import.meta.url));
    worker.unref();
    worker.on('message', (m) => {
      if (m.ready) ready = true;
      else waiting.get(m.id)?.(m.result);
    });
  };
  return {
    name: 'fhir-validate',
    serverStart() {
      // Only when a test file that validates is in the run.
      if (!process.env.TEST_FILES || /questionnaire|fhir/.test(process.env.TEST_FILES)) start();
    },
    async serverStop() {
      await worker?.terminate();
    },
    executeCommand({ command, payload }) {
      if (command === 'fhir-validate-ready') {
        start();
        return ready;
      }
      if (command !== 'fhir-validate') return undefined;
      start();
      const id = ++next;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, resource: payload });
      });
    },
  };
}
