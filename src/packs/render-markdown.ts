/**
 * A pack as Markdown, for "download as Markdown": headings per item, the text with its emphasis
 * and lists as published, a citation list and the source notice.
 */
import type { Block, Run } from '../model/schema.ts';
import { citationText, withUrl } from '../lib/citation.ts';
import { itemUrl, sourceNotice } from './citation.ts';
import { DEFAULT_TITLE, entryContext, type PackDocument } from './render-text.ts';

/**
 * Escapes text so Markdown shows it as written.
 *
 * Written by hand rather than with mdast-util-to-markdown, which would add tens of
 * kilobytes to the pack page's script for this one job. Inline punctuation that can start markup
 * is backslash-escaped everywhere (CommonMark allows a backslash before any ASCII punctuation);
 * block markers only where a line starts with them.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** One run with its emphasis; surrounding spaces go outside the markers so they still apply. */
function runToMarkdown(run: Run): string {
  const marker = (run.strong ? '**' : '') + (run.emphasis ? '*' : '');
  if (marker === '' || run.text.trim() === '') return escapeMarkdown(run.text);
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
  return `${lead}${marker}${escapeMarkdown(core)}${[...marker].reverse().join('')}${trail}`;
}

export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.type === 'text'
        ? block.runs.map(runToMarkdown).join('')
        : block.items.map((item) => `- ${item.map(runToMarkdown).join('')}`).join('\n'),
    )
    .join('\n\n');
}

/** Typed text (the note) keeps its line breaks as hard breaks and its blank lines as paragraphs. */
function typedTextToMarkdown(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeMarkdown(line.trim()))
        .join('\\\n'),
    )
    .join('\n\n');
}

export function packToMarkdown(doc: PackDocument): string {
  const { catalogue, pageUrl } = doc;
  const out: string[] = [`# ${escapeMarkdown(doc.title.trim() || DEFAULT_TITLE)}`];
  if (doc.note.trim() !== '') out.push(typedTextToMarkdown(doc.note));
  doc.entries.forEach((entry, index) => {
    out.push(
      `## ${index + 1}. ${escapeMarkdown(entry.label)}`,
      `*${escapeMarkdown(entryContext(entry, catalogue))}*`,
      blocksToMarkdown(entry.blocks),
      `<${itemUrl(entry, pageUrl)}>`,
    );
  });
  out.push('## Citations');
  if (doc.entries.length > 0) {
    // The site's citation format, its words escaped and its URL an autolink.
    const cite = (entry: (typeof doc.entries)[number]) =>
      withUrl(escapeMarkdown(citationText(catalogue.report, entry.cite)), `<${itemUrl(entry, pageUrl)}>`);
    out.push(doc.entries.map((entry, index) => `${index + 1}. ${cite(entry)}`).join('\n'));
  }
  out.push(`This pack: <${pageUrl}>`, `> ${escapeMarkdown(sourceNotice(catalogue))}`);
  return `${out.join('\n\n')}\n`;
}
