import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats ships CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let validator: ValidateFunction | null = null;

export const dossierSchemaPath = new URL('../../schema/dossier.schema.json', import.meta.url);

/** Validates a dossier against the published JSON Schema; returns the errors as readable lines. */
export function validateDossier(dossier: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(dossierSchemaPath, 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  if (validator(dossier)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
