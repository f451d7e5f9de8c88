// The JSON Schemas the package ships as one-on-one-kit/schema/<name>.json (written by the build).
import { agendaSchema } from './agenda';
import type { JsonSchema } from './json-schema';
import { meetingRecordSchema } from './meeting-record';
import { questionSchema } from './question';

export { toJsonFile, type JsonSchema } from './json-schema';

/** Each shipped schema by its file name (without `.json`). */
export const schemas: Readonly<Record<'agenda' | 'meeting-record' | 'question', JsonSchema>> = {
  agenda: agendaSchema,
  'meeting-record': meetingRecordSchema,
  question: questionSchema,
};
