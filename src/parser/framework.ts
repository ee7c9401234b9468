import { readFile } from 'node:fs/promises';
import { Framework } from '../model/schema.ts';
import { numberFromWord } from '../lib/number-words.ts';
import { ReportError } from './errors.ts';

/** Where the inspection framework's vocabulary lives, reviewed like content. */
export const FRAMEWORK_FILE = new URL('../../content/framework.json', import.meta.url);

/** Loads and validates the framework vocabulary; a bad file is a ReportError naming it. */
export async function loadFramework(file: URL | string = FRAMEWORK_FILE): Promise<Framework> {
  const name = typeof file === 'string' ? file : file.pathname;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ReportError(name, 1, `cannot read the framework: ${(error as Error).message}`);
  }
  const result = Framework.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ReportError(name, 1, `framework ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  return result.data;
}

/** Lower-cases and folds spaces and quotes so that titles compare as a reader would. */
export function normalise(title: string): string {
  return title
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim()
    .toLowerCase();
}

/**
 * The theme an area title belongs to: the title is one of the theme's areas, or one of them
 * followed by a qualifying clause ("Quality of provision, including service responsiveness").
 */
export function themeOf(framework: Framework, title: string): Framework['themes'][number] | undefined {
  const t = normalise(title);
  return framework.themes.find((theme) =>
    theme.areas.some((area) => {
      const a = normalise(area);
      return t === a || t.startsWith(`${a},`);
    }),
  );
}

export function partByTitle(framework: Framework, title: string) {
  const t = normalise(title);
  return framework.parts.find((part) => normalise(part.title) === t);
}

export function gradeByLabel(framework: Framework, label: string) {
  const l = normalise(label);
  return framework.gradeScale.find((g) => normalise(g.label) === l);
}

/**
 * A timescale line ("Immediately:", "Within three months:", "Within 9 months:") as a code,
 * label and months, or undefined when the line is not one. Timescales the framework lists keep
 * their codes; any other "Within N months" becomes `Nm`.
 */
export function timescaleOf(framework: Framework, line: string) {
  const m = /^(.+?):$/.exec(line.trim());
  if (!m) return undefined;
  const label = m[1]!.trim();
  const known = framework.timescales.find((t) => normalise(t.label) === normalise(label));
  if (known) return { ...known, label };
  const within = /^within\s+([a-z0-9-]+)\s+months?$/i.exec(label);
  if (!within) return undefined;
  const word = within[1]!.toLowerCase();
  const months = /^\d+$/.test(word) ? Number(word) : numberFromWord(word);
  if (months === undefined || months <= 0) return undefined;
  return { code: `${months}m`, label, months };
}
