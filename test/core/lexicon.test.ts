import { englishRules } from 'one-on-one-kit/core';
import { fitWeights } from '../../scripts/lexicon/fit';
import { renderWeights } from '../../scripts/lexicon/render';
import { trainingItems } from '../../scripts/lexicon/training';

describe('the English weights', () => {
  // `npm run fit:weights` rewrites the file; without `-u` this fails on any hand edit or stale weights.
  it('are exactly what the fit gives on the training sets', async () => {
    const source = await renderWeights(fitWeights(trainingItems, englishRules), trainingItems.length);
    await expect(source).toMatchFileSnapshot('../../src/core/anti-patterns/weights-en.ts');
    // The fit takes about 1.5 s; a busy machine may take several times that.
  }, 60_000);
});
