import { describe, expect, it } from 'vitest';
import { groupByPlace } from '@/lib/organisation-groups';

const place = (country: string, kind: string) => ({
  country: { id: country, label: `country ${country}` },
  kind: { id: kind, label: `kind ${kind}` },
});
const items = [
  { id: 'a', ...place('DK', 'region') },
  { id: 'b', ...place('DK', 'municipality') },
  { id: 'c', ...place('SE', 'region') },
  { id: 'd', ...place('DK', 'region') },
];

describe('groupByPlace', () => {
  it('groups by country, then kind, keeping first-seen order and the items’ order', () => {
    const groups = groupByPlace(items, (i) => i);
    expect(groups.map((g) => [g.id, g.kinds.map((k) => [k.id, k.items.map((i) => i.id)])])).toEqual([
      [
        'DK',
        [
          ['region', ['a', 'd']],
          ['municipality', ['b']],
        ],
      ],
      ['SE', [['region', ['c']]]],
    ]);
    expect(groups[0]?.heading).toBe('country DK');
    expect(groups[0]?.kinds[1]?.heading).toBe('kind municipality');
  });

  it('loses and repeats nothing', () => {
    const flat = groupByPlace(items, (i) => i).flatMap((g) => g.kinds.flatMap((k) => k.items));
    expect(flat.map((i) => i.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
