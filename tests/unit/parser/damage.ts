/** Random damage to a report's bytes, for the parser's property tests. */
import fc from 'fast-check';

export type Damage =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'bytes'; at: number; bytes: Uint8Array };

// Positions are drawn as fractions and scaled to the input when applied, so one
// arbitrary serves inputs of any length and shrinks towards the start of the file.
const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const drop = fc.record({ kind: fc.constant('drop' as const), at: position });
export const duplicate = fc.record({ kind: fc.constant('duplicate' as const), at: position });
export const swap = fc.record({ kind: fc.constant('swap' as const), a: position, b: position });
export const truncate = fc.record({ kind: fc.constant('truncate' as const), at: position });
export const bytes = fc.record({
  kind: fc.constant('bytes' as const),
  at: position,
  bytes: fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 8 }),
    // Printable text gets past the UTF-8 check and into the parser proper.
    fc.string({ minLength: 1, maxLength: 8 }).map((s) => new TextEncoder().encode(s)),
    fc
      .constantFrom('\n', '\n\n', '- ', '1. ', '**', '\t', 'Grade 5 (Excellent)', '\r')
      .map((s) => new TextEncoder().encode(s)),
  ),
});

export const anyDamage = fc.oneof(drop, duplicate, swap, truncate, bytes);

/** Applies damage in order; line damage works on LF-separated lines. */
export function applyDamage(input: Uint8Array, damage: Damage[]): Uint8Array {
  let out = input;
  for (const d of damage) {
    if (d.kind === 'truncate') out = out.subarray(0, Math.floor(d.at * out.length));
    else if (d.kind === 'bytes') {
      const at = Math.floor(d.at * (out.length + 1));
      out = Buffer.concat([out.subarray(0, at), d.bytes, out.subarray(at)]);
    } else {
      const lines = Buffer.from(out).toString('latin1').split('\n');
      const index = (f: number) => Math.floor(f * lines.length);
      if (d.kind === 'drop') lines.splice(index(d.at), 1);
      else if (d.kind === 'duplicate') lines.splice(index(d.at), 0, lines[index(d.at)]!);
      else {
        const [a, b] = [index(d.a), index(d.b)];
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      }
      // Latin1 maps bytes one to one, so multi-byte characters survive line damage.
      out = Buffer.from(lines.join('\n'), 'latin1');
    }
  }
  return out;
}
