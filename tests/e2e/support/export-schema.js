// Every export a journey downloads is checked against the published JSON
// Schema of its version (seeds/schema/, served with the site), with a real
// validator: the contract analysts read the files by.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';

const DIR = new URL('../../../seeds/schema/', import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: false });
for (const name of await readdir(DIR)) {
  if (name.endsWith('.schema.json')) ajv.addSchema(JSON.parse(await readFile(new URL(name, DIR), 'utf8')));
}

/// Fails unless `json` is valid against the schema its `$schema` names.
export function assertValidExport(json) {
  assert.match(json.$schema ?? '', /\/schema\/(assessment|collection)-v\d+\.schema\.json$/, 'an export names its schema');
  const validate = ajv.getSchema(json.$schema);
  assert.ok(validate, `the schema ${json.$schema} is published in seeds/schema/`);
  assert.ok(validate(json), ajv.errorsText(validate.errors));
}
