import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { Extension } from 'micromark-util-types';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Markdown constructs the published text never means. Turning them off keeps text that only
 * looks like markup (`<b>`, `[a](b)`, `&amp;`, `\*`, `# 1`, a line of dashes) as literal text,
 * so the model carries only what the source meant: paragraphs, numbered and bulleted lists,
 * and emphasis.
 */
const literalText: Extension = {
  disable: {
    null: [
      'autolink',
      'blockQuote',
      'characterEscape',
      'characterReference',
      'codeFenced',
      'codeIndented',
      'codeText',
      'definition',
      'hardBreakEscape',
      'headingAtx',
      'htmlFlow',
      'htmlText',
      'labelStartImage',
      'labelStartLink',
      'labelEnd',
      'setextUnderline',
      'thematicBreak',
    ],
  },
};

function remarkLiteralText(this: { data: () => unknown }) {
  const data = this.data() as { micromarkExtensions?: Extension[] };
  (data.micromarkExtensions ??= []).push(literalText);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkLiteralText as never);

/**
 * Parses the report's text into an mdast syntax tree with positions on every node.
 *
 * The text is parsed in blocks that start at column 0 after a blank line, and the blocks'
 * trees are joined with their positions shifted. With only paragraphs, lists and emphasis
 * enabled, no construct can span such a boundary, so the tree's meaning is the same; but
 * micromark's time grows faster than the text on a long document, and blocks keep it linear.
 */
export function toSyntaxTree(text: string): Root {
  const root: Root = { type: 'root', children: [] };
  let start = 0;
  let line = 0;
  const boundary = /\n\n(?=\S)/g;
  for (;;) {
    const match = boundary.exec(text);
    const end = match ? match.index + 2 : text.length;
    const block = text.slice(start, end);
    const tree = processor.parse(block) as Root;
    for (const node of tree.children) shift(node, line, start);
    root.children.push(...tree.children);
    if (!match) break;
    line += countLines(block);
    start = end;
  }
  const last = text.split('\n');
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: last.length, column: last.at(-1)!.length + 1, offset: text.length },
  };
  return root;
}

function countLines(block: string): number {
  let n = 0;
  for (let i = block.indexOf('\n'); i !== -1; i = block.indexOf('\n', i + 1)) n++;
  return n;
}

function shift(node: Node, lines: number, chars: number): void {
  if (node.position) {
    node.position.start.line += lines;
    node.position.end.line += lines;
    if (node.position.start.offset !== undefined) node.position.start.offset += chars;
    if (node.position.end.offset !== undefined) node.position.end.offset += chars;
  }
  if ('children' in node && Array.isArray(node.children))
    for (const child of node.children as Node[]) shift(child, lines, chars);
}
