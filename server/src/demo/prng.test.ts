import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from './prng';

describe('Random', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 5 }, () => random.uint32());
    };
    assert.deepEqual(draw(42), draw(42));
    assert.notDeepEqual(draw(42), draw(43));
  });

  it('forks streams that depend on the name and the seed, not on how much the parent has drawn', () => {
    const parent = new Random(1);
    const early = parent.fork('payments', '390100', 2025).uint32();
    parent.uint32();
    assert.equal(parent.fork('payments', '390100', 2025).uint32(), early);
    assert.notEqual(parent.fork('payments', '390100', 2026).uint32(), early);
  });

  it('keeps int() within its inclusive bounds and next() within [0, 1)', () => {
    const random = new Random(9);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const value = random.int(3, 5);
      assert.ok(value >= 3 && value <= 5);
      seen.add(value);
      const unit = random.next();
      assert.ok(unit >= 0 && unit < 1);
    }
    assert.deepEqual([...seen].sort(), [3, 4, 5]);
  });
});
