import { beforeAll, describe, expect, it } from 'vitest';
import type { PackCatalogue } from '../../../src/packs/catalogue.ts';
import { inReportOrder, moveItem, removeItem } from '../../../src/packs/order.ts';
import { resolvePack } from '../../../src/packs/resolve.ts';
import { toggleItem } from '../../../src/packs/storage.ts';
import { fixtureCatalogue } from './fixture.ts';

let catalogue: PackCatalogue;
beforeAll(async () => {
  ({ catalogue } = await fixtureCatalogue());
});

describe('inReportOrder', () => {
  it('should sort found items into the order the report prints them', () => {
    const { entries } = resolvePack(['p9', 'sg-9m-1', 'p1', 'p5'], catalogue);
    expect(inReportOrder(entries, catalogue).map((e) => e.id)).toEqual(['p1', 'p5', 'sg-9m-1', 'p9']);
    expect(entries.map((e) => e.id)).toEqual(['p9', 'sg-9m-1', 'p1', 'p5']);
  });
});

describe('moveItem', () => {
  it('should swap an item with its neighbour', () => {
    const items = ['p1', 'p2', 'p3'];
    expect(moveItem(items, items, 'p3', -1)).toEqual(['p1', 'p3', 'p2']);
    expect(moveItem(items, items, 'p1', 1)).toEqual(['p2', 'p1', 'p3']);
  });
  it('should leave the items alone when the move would leave the list', () => {
    const items = ['p1', 'p2'];
    expect(moveItem(items, items, 'p1', -1)).toEqual(items);
    expect(moveItem(items, items, 'p2', 1)).toEqual(items);
    expect(moveItem(items, items, 'p9', 1)).toEqual(items);
  });
  it('should keep unknown, malformed and duplicate items where they were', () => {
    const items = ['p1', 'bad', 'p2', 'p1', 'p3'];
    expect(moveItem(items, ['p1', 'p2', 'p3'], 'p3', -1)).toEqual(['p1', 'bad', 'p3', 'p1', 'p2']);
  });
  it('should start from the order shown when the report order is shown', () => {
    // The user sees p1, p2, p3 (report order) and moves p1 down: their order becomes p2, p1, p3.
    expect(moveItem(['p3', 'p1', 'p2'], ['p1', 'p2', 'p3'], 'p1', 1)).toEqual(['p2', 'p1', 'p3']);
  });
});

describe('removeItem and toggleItem', () => {
  it('should take an item out wherever it appears', () => {
    expect(removeItem(['p1', 'p2', 'p1'], 'p1')).toEqual(['p2']);
  });
  it('should add an item at the end, then take it out again', () => {
    expect(toggleItem(['p1'], 'p2')).toEqual(['p1', 'p2']);
    expect(toggleItem(['p1', 'p2'], 'p1')).toEqual(['p2']);
  });
});
