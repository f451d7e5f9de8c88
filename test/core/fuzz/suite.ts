// The core's promise, fuzzed: every export, found from the module's own keys, answers any input with a
// valid result or a OneOnOneError with a documented code, never mutates what it is given, never reads
// the clock, and answers the same twice. Shared by the source suite and the check of the built package.
import fc from 'fast-check';
import { call, counter, runCase } from './harness';
import { bankSpecsFor, specsFor, type Spec } from './specs';
import { hugeValues, wild, type CoreModule } from './values';

type Exported = Record<string, unknown>;

/** The spec's arguments most of the time, and any values at all the rest. */
const argsOf = (spec: Spec | undefined) =>
  fc.oneof(
    { weight: spec ? 4 : 0, arbitrary: spec?.args ?? fc.constant([]) },
    { weight: 1, arbitrary: fc.array(wild, { maxLength: 4 }) },
  );

const invoke = (fn: unknown, construct: boolean | undefined, self: unknown, args: readonly unknown[]) =>
  construct
    ? Reflect.construct(fn as new (...args: unknown[]) => unknown, args)
    : Reflect.apply(fn as (...args: unknown[]) => unknown, self, args);

/** Defines the suite for `core`: about `cases` generated cases in all, reproducible from `seed`. */
export function describeFuzz(
  core: CoreModule,
  { cases, seed, label }: { cases: number; seed: number; label: string },
) {
  const functions = Object.keys(core)
    .filter((name) => typeof (core as Exported)[name] === 'function')
    .sort();
  const specs = specsFor(core);
  const banks = [core.createQuestionBank(core.defaultQuestions), core.createQuestionBank([])];
  const bankMethods = Object.keys(banks[0]!)
    .filter((name) => typeof (banks[0] as unknown as Exported)[name] === 'function')
    .sort();
  const runsEach = Math.ceil(cases / (functions.length + bankMethods.length * banks.length));
  // A generous bound per property: the slice takes a fraction of it; the full run scales it up.
  const timeout = 20_000 + runsEach * 20;
  const SEED = seed;
  let started = 0;

  describe(`the core’s promise, fuzzed (${label})`, () => {
    beforeAll(() => {
      started = performance.now();
    });

    afterAll(() => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      // Each generated case calls the core twice (the second call checks determinism).
      console.log(
        `fuzz (${label}): ${counter.cases} generated cases (${counter.results} results, ${counter.errors} ` +
          `OneOnOneErrors) and ${counter.huge} huge or deep inputs over ${functions.length} exports and ` +
          `${bankMethods.length} bank methods, seed ${SEED}, ${seconds} s`,
      );
    });

    it('has a spec for every function the module exports, and for nothing else', () => {
      // A new export fails here until it has arguments and a result check; it is fuzzed with wild values either way.
      expect(Object.keys(specs).sort()).toEqual(functions);
      expect(Object.keys(bankSpecsFor(core, banks[0]!)).sort()).toEqual(bankMethods);
    });

    functions.forEach((name, index) => {
      it(
        `${name} answers with a valid result or a documented OneOnOneError`,
        () => {
          const spec = specs[name];
          const fn = (core as Exported)[name];
          fc.assert(
            fc.property(argsOf(spec), (args) =>
              runCase(
                core,
                args,
                (given) => invoke(fn, spec?.construct, undefined, given),
                spec?.check ?? (() => {}),
              ),
            ),
            { seed: SEED + index, numRuns: runsEach },
          );
        },
        timeout,
      );
    });

    banks.forEach((bank, bankIndex) => {
      const bankSpecs = bankSpecsFor(core, bank);
      bankMethods.forEach((name, index) => {
        it(
          `bank.${name} (${bank.questions.length} questions) answers with a valid result or a documented OneOnOneError`,
          () => {
            const spec = bankSpecs[name];
            const method = (bank as unknown as Exported)[name];
            fc.assert(
              fc.property(argsOf(spec), (args) =>
                runCase(core, args, (given) => invoke(method, false, bank, given), spec?.check ?? (() => {})),
              ),
              { seed: SEED + 1_000 * (bankIndex + 1) + index, numRuns: runsEach },
            );
          },
          timeout,
        );
      });
    });

    // Far beyond the ~0.1 s these take, so a busy machine passes and a quadratic path does not.
    const SLOW = 2_000;

    it('answers huge and deep inputs in every argument position, quickly', () => {
      const slow: string[] = [];
      for (const [what, value] of hugeValues()) {
        for (const name of functions) {
          const fn = (core as Exported)[name];
          for (let position = 0; position < 3; position++) {
            const args = Array.from({ length: position + 1 }, (_, at) =>
              at === position ? value : undefined,
            );
            const began = performance.now();
            call(core, () => invoke(fn, specs[name]?.construct, undefined, args));
            counter.huge += 1;
            const elapsed = performance.now() - began;
            if (elapsed > SLOW) slow.push(`${name}(${position}: ${what}) took ${elapsed.toFixed(0)} ms`);
          }
        }
      }
      for (const [what, value] of hugeValues()) {
        for (const name of bankMethods) {
          const began = performance.now();
          call(core, () => invoke((banks[0] as unknown as Exported)[name], false, banks[0], [value]));
          counter.huge += 1;
          const elapsed = performance.now() - began;
          if (elapsed > SLOW) slow.push(`bank.${name}(${what}) took ${elapsed.toFixed(0)} ms`);
        }
      }
      expect(slow).toEqual([]);
    }, 60_000);
  });
}
