import type { Root } from 'mdast';
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

const processor = unified().use(remarkParse).use(remarkLiteralText as never);

/** Parses the report's text into an mdast syntax tree with positions on every node. */
export function toSyntaxTree(text: string): Root {
  return processor.parse(text) as Root;
}
