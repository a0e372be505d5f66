// Exported assessment files for many made-up bodies (a region's councils,
// police, fire and NHS bodies), with answers drawn from the questionnaire
// by a seeded generator: the same files on every run.
import { readFileSync } from 'node:fs';

const questionnaire = JSON.parse(readFileSync(new URL('../../../seeds/questionnaire.json', import.meta.url), 'utf8'));
const KINDS = ['district', 'district', 'district', 'district', 'county', 'police', 'fire', 'health', 'probation', 'other'];

function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/// An assessment wrapped as the app exports it (format, schema 3).
export function exportDocument(assessment) {
  return {
    format: 'thriving-third-sector-assessment',
    schema_version: 3,
    questionnaire_version: questionnaire.version,
    app_version: '0.1.0',
    exported_at: '2026-11-22T09:00:00Z',
    assessment,
  };
}

/// One made-up body's exported assessment.
export function exportedBody(i, { random = generator(i + 1), date = '2026-10-01', name = `Body ${String(i + 1).padStart(3, '0')}` } = {}) {
  const choices = {};
  for (const question of questionnaire.questions) {
    for (const part of question.parts) {
      if (random() < 0.1) continue; // some parts left unanswered
      const options = part.options.filter((o) => !o.exclusive);
      const chosen = part.multiple ? options.filter(() => random() < 0.35).map((o) => o.id) : [options[Math.floor(random() * options.length)].id];
      if (chosen.length) choices[part.id] = chosen;
    }
  }
  const texts = { q1_notes: `Notes from ${name}.`, q10_role: 'Partnerships officer', q10_name: `Officer ${i}` };
  // Every third body gives an example of good practice, some with a phone number.
  if (i % 3 === 0) texts.q7_examples = `Free meeting rooms at the offices of ${name} for VCS groups; book on 01234 567890.`;
  return exportDocument({
    id: `gen-${i}-${date}`,
    created_at: `${date}T09:00:00Z`,
    updated_at: `${date}T09:00:00Z`,
    revision: 1,
    derived_from: null,
    body: { name, kind: KINDS[i % KINDS.length], date, completed_by: '' },
    answers: { choices, texts },
    position: '',
  });
}

/// `count` files for Playwright's `setInputFiles`.
export function generatedFiles(count) {
  return Array.from({ length: count }, (_, i) => ({
    name: `body-${i + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exportedBody(i))),
  }));
}
