// Internal: a tiny seeded PRNG so picks are repeatable and the core never touches Math.random().

/** Hashes a seed to 32 bits with FNV-1a over its text, so `7` and `'7'` give the same picks. */
export function hashSeed(seed: string | number): number {
  const text = String(seed);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/** A mulberry32 generator: each call returns the next number in `[0, 1)` for this seed. */
export function createRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `count` items of a uniform shuffle of `items` (a partial Fisher–Yates on a copy). */
export function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const copy = items.slice();
  const take = Math.min(count, copy.length);
  for (let index = 0; index < take; index += 1) {
    const swap = index + Math.floor(random() * (copy.length - index));
    const chosen = copy[swap] as T;
    copy[swap] = copy[index] as T;
    copy[index] = chosen;
  }
  return copy.slice(0, take);
}
