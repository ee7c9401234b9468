import { describe, expect, it } from 'vitest';
import { readBuildingPack, storageKey, writeBuildingPack, type KeyValueStore } from '../../../src/packs/storage.ts';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

const key = storageKey('/');

describe('building pack storage', () => {
  it('should read back what it wrote', () => {
    const store = memoryStore();
    expect(writeBuildingPack(store, key, { items: ['p1', 'sg-3m-4'], title: 'T', note: 'N' })).toBe(true);
    expect(readBuildingPack(store, key)).toEqual({ items: ['p1', 'sg-3m-4'], title: 'T', note: 'N' });
  });
  it('should forget an emptied pack', () => {
    const store = memoryStore();
    writeBuildingPack(store, key, { items: ['p1'], title: '', note: '' });
    writeBuildingPack(store, key, { items: [], title: '', note: '' });
    expect(store.data).toEqual({});
  });
  it('should give an empty pack for junk, and never throw', () => {
    for (const junk of ['{', 'null', '42', '"x"', '{"items":"p1"}', '{"items":[1,"p2",null]}']) {
      const pack = readBuildingPack(memoryStore({ [key]: junk }), key);
      expect(pack.title).toBe('');
      expect(pack.items.every((i) => typeof i === 'string')).toBe(true);
    }
    expect(readBuildingPack(memoryStore({ [key]: '{"items":[1,"p2",null]}' }), key).items).toEqual(['p2']);
  });
  it('should cope with storage that refuses to work', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(readBuildingPack(broken, key).items).toEqual([]);
    expect(writeBuildingPack(broken, key, { items: ['p1'], title: '', note: '' })).toBe(false);
    expect(readBuildingPack(null, key).items).toEqual([]);
  });
  it('should keep one pack per base path', () => {
    expect(storageKey('/')).not.toBe(storageKey('/explorer/'));
  });
});
