import { blindAgendaItems } from '../../test/core/fixtures/agenda-items.blind';
import { devAgendaItems } from '../../test/core/fixtures/agenda-items.dev';
import { finalAgendaItems } from '../../test/core/fixtures/agenda-items.final';
import { freshAgendaItems } from '../../test/core/fixtures/agenda-items.fresh';
import { holdoutAgendaItems } from '../../test/core/fixtures/agenda-items.holdout';
import { labelledAgendaItems } from '../../test/core/fixtures/agenda-items.labelled';
import { laterAgendaItems } from '../../test/core/fixtures/agenda-items.later';
import { mixedJobsAgendaItems } from '../../test/core/fixtures/agenda-items.mixed-jobs';
import { softwareAgendaItems } from '../../test/core/fixtures/agenda-items.software';
import { sealedAgendaItems } from '../../test/core/fixtures/agenda-items.sealed';
import { sealedTwoAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-2';
import { unseenAgendaItems } from '../../test/core/fixtures/agenda-items.unseen';
import { writtenAgendaItems } from '../../test/core/fixtures/agenda-items.written';

const words = (text: string): string => text.toLowerCase().replace(/\W+/g, ' ').trim();
const sealed = new Set([...sealedAgendaItems, ...sealedTwoAgendaItems].map(([text]) => words(text)));

/**
 * Every labelled set except the two sealed ones, which stay out so they can still tell the truth; an
 * item another writer happened to word the same way as a sealed one is left out too.
 */
export const trainingItems = [
  ...labelledAgendaItems,
  ...holdoutAgendaItems,
  ...devAgendaItems,
  ...blindAgendaItems,
  ...unseenAgendaItems,
  ...freshAgendaItems,
  ...laterAgendaItems,
  ...finalAgendaItems,
  ...mixedJobsAgendaItems,
  ...softwareAgendaItems,
  ...writtenAgendaItems,
].filter(([text]) => !sealed.has(words(text)));
