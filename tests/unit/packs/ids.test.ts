import { describe, expect, it } from 'vitest';
import { Paragraph, Recommendation } from '../../../src/model/schema.ts';
import { itemName, kindOf } from '../../../src/packs/ids.ts';

const samples = [
  'p1',
  'p28',
  'p159',
  'p0',
  'p01',
  'P28',
  'p',
  'p28a',
  ' p28',
  'sg-3m-4',
  'lac-im-1',
  'sg-12m-10',
  'sg-3m-0',
  'SG-3m-4',
  'sg-3m',
  'sg--4',
  '3m-sg-4',
  'sg_3m_4',
  '',
  '<script>',
  'p28,p29',
  'sg-3m-4-1',
];

/** The pack and the model share one module of patterns; these check that the pack reads ids as the model's schema does. */
describe('kindOf', () => {
  it('should accept exactly the paragraph ids the model schema accepts', () => {
    for (const id of samples) expect(kindOf(id) === 'paragraph', id).toBe(Paragraph.shape.id.safeParse(id).success);
  });
  it('should accept exactly the recommendation ids the model schema accepts', () => {
    for (const id of samples) {
      const schemaSays = Recommendation.shape.id.safeParse(id).success && !Paragraph.shape.id.safeParse(id).success;
      expect(kindOf(id) === 'recommendation', id).toBe(schemaSays);
    }
  });
});

describe('itemName', () => {
  it('should name items the way a reader says them', () => {
    expect(itemName('p28')).toBe('paragraph 28');
    expect(itemName('sg-3m-4')).toBe('recommendation sg-3m-4');
    expect(itemName('bad id')).toBe('item “bad id”');
  });
});
