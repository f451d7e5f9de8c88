import type { Labelled } from './fit';
import { blindAgendaItems } from '../../test/core/fixtures/agenda-items.blind';
import { devAgendaItems } from '../../test/core/fixtures/agenda-items.dev';
import { finalAgendaItems } from '../../test/core/fixtures/agenda-items.final';
import { freshAgendaItems } from '../../test/core/fixtures/agenda-items.fresh';
import { holdoutAgendaItems } from '../../test/core/fixtures/agenda-items.holdout';
import { labelledAgendaItems } from '../../test/core/fixtures/agenda-items.labelled';
import { laterAgendaItems } from '../../test/core/fixtures/agenda-items.later';
import { mixedJobsAgendaItems } from '../../test/core/fixtures/agenda-items.mixed-jobs';
import { sealedAgendaItems } from '../../test/core/fixtures/agenda-items.sealed';
import { sealedTwoAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-2';
import { sealedThreeAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-3';
import { sealedFourAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-4';
import { sealedFiveAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-5';
import { sealedSixAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-6';
import { sealedSevenAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-7';
import { sealedEightAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-8';
import { sealedNineAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-9';
import { sealedTenAgendaItems } from '../../test/core/fixtures/agenda-items.sealed-10';
import { softwareAgendaItems } from '../../test/core/fixtures/agenda-items.software';
import { trainingAAgendaItems } from '../../test/core/fixtures/agenda-items.training-a';
import { trainingBAgendaItems } from '../../test/core/fixtures/agenda-items.training-b';
import { trainingCAgendaItems } from '../../test/core/fixtures/agenda-items.training-c';
import { trainingDAgendaItems } from '../../test/core/fixtures/agenda-items.training-d';
import { trainingEAgendaItems } from '../../test/core/fixtures/agenda-items.training-e';
import { trainingFAgendaItems } from '../../test/core/fixtures/agenda-items.training-f';
import { trainingGAgendaItems } from '../../test/core/fixtures/agenda-items.training-g';
import { trainingHAgendaItems } from '../../test/core/fixtures/agenda-items.training-h';
import { trainingIAgendaItems } from '../../test/core/fixtures/agenda-items.training-i';
import { trainingJAgendaItems } from '../../test/core/fixtures/agenda-items.training-j';
import { trainingKAgendaItems } from '../../test/core/fixtures/agenda-items.training-k';
import { trainingLAgendaItems } from '../../test/core/fixtures/agenda-items.training-l';
import { trainingMAgendaItems } from '../../test/core/fixtures/agenda-items.training-m';
import { unseenAgendaItems } from '../../test/core/fixtures/agenda-items.unseen';
import { writtenAgendaItems } from '../../test/core/fixtures/agenda-items.written';

const words = (text: string): string => text.toLowerCase().replace(/\W+/g, ' ').trim();
const sealed = new Set(
  [
    ...sealedAgendaItems,
    ...sealedTwoAgendaItems,
    ...sealedThreeAgendaItems,
    ...sealedFourAgendaItems,
    ...sealedFiveAgendaItems,
    ...sealedSixAgendaItems,
    ...sealedSevenAgendaItems,
    ...sealedEightAgendaItems,
    ...sealedNineAgendaItems,
    ...sealedTenAgendaItems,
  ].map(([text]) => words(text)),
);

/** The labelled sets the weights may be fitted on, by name. */
export const trainingSets = {
  labelled: labelledAgendaItems,
  holdout: holdoutAgendaItems,
  dev: devAgendaItems,
  blind: blindAgendaItems,
  unseen: unseenAgendaItems,
  fresh: freshAgendaItems,
  later: laterAgendaItems,
  final: finalAgendaItems,
  'mixed-jobs': mixedJobsAgendaItems,
  software: softwareAgendaItems,
  written: writtenAgendaItems,
  'training-a': trainingAAgendaItems,
  'training-b': trainingBAgendaItems,
  'training-c': trainingCAgendaItems,
  'training-d': trainingDAgendaItems,
  'training-e': trainingEAgendaItems,
  'training-f': trainingFAgendaItems,
  'training-g': trainingGAgendaItems,
  'training-h': trainingHAgendaItems,
  'training-i': trainingIAgendaItems,
  'training-j': trainingJAgendaItems,
  'training-k': trainingKAgendaItems,
  'training-l': trainingLAgendaItems,
  'training-m': trainingMAgendaItems,
};

/**
 * Every labelled set except the sealed ones, which stay out so they can still tell the truth; an item
 * another writer happened to word the same way as a sealed one is left out too.
 */
export const trainingItems: readonly Labelled[] = Object.entries(trainingSets)
  .flatMap(([name, set]): readonly Labelled[] =>
    // The method's own examples, marked so the fit can count them more (`canonicalWeight`).
    name === 'labelled' ? set.map(([text, labels]) => [text, labels, { canonical: true }]) : set,
  )
  .filter(([text]) => !sealed.has(words(text)));
