import type { Block, Paragraph, Recommendation, Run } from '../../model/schema.ts';

export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** A paragraph as plain text: prose, then each list item on a line of its own. */
export function blocksText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.type === 'text' ? runsText(b.runs).trim() : b.items.map((item) => runsText(item).trim()).join('\n')))
    .join('\n');
}

/** The text a continuation line would join: a recommendation's, or a paragraph's last block or item. */
export function lastText(target: Paragraph | Recommendation): string {
  if ('runs' in target) return runsText(target.runs);
  const block = target.blocks.at(-1)!;
  return block.type === 'text' ? runsText(block.runs) : runsText(block.items.at(-1)!);
}
