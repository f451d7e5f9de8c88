import { fitLexicon } from '../../scripts/lexicon/fit';
import { renderLexicon } from '../../scripts/lexicon/render';
import { trainingItems } from '../../scripts/lexicon/training';

describe('the English lexicon', () => {
  // `npm run fit:lexicon` rewrites the file; without `-u` this fails on any hand edit or stale weights.
  it('is exactly what the fit gives on the training sets', async () => {
    const source = renderLexicon(fitLexicon(trainingItems), trainingItems.length);
    await expect(source).toMatchFileSnapshot('../../src/core/anti-patterns/lexicon-en.ts');
  });
});
