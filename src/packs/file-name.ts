/**
 * The name a downloaded pack is saved under, from its title: "Board meeting" → "board-meeting.md".
 *
 * By hand rather than github-slugger: a file name only needs safe characters, and the
 * library would add its large Unicode tables to the pack page's script.
 */
export function fileName(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || 'briefing-pack'}.md`;
}
