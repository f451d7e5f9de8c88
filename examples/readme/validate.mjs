// Run after `npm run build`: node examples/readme/validate.mjs
import Ajv2020 from 'ajv/dist/2020.js';
import agendaSchema from 'one-on-one-kit/schema/agenda.json' with { type: 'json' };
import { createAgenda, serializeAgenda } from 'one-on-one-kit/core';

const validate = new Ajv2020().compile(agendaSchema);

// What serializeAgenda writes is what the schema describes…
const agenda = createAgenda('2026-11-23', [
  { text: 'Where do I want to be in two years?', author: 'report' },
]);
const stored = JSON.parse(serializeAgenda(agenda));
console.log(validate(stored)); // true

// …and a day that does not exist is refused by the schema alone, as the core refuses it.
console.log(validate({ ...stored, meetingDate: '2026-02-30' })); // false
console.log(validate.errors[0].instancePath); // /meetingDate
