/**
 * What the 404 page says about an address that looks like a paragraph's or a recommendation's
 * (the links readers send each other, and retype from print): where a small slip still names
 * one that exists (`/p/039/`, `/recommendations/SG-3M-4`), a link to it; where it names one the
 * report does not have (`/p/999/`), the range it does have and the list to choose from. Any
 * other address gets nothing: the page's search and contents serve it.
 *
 * Pure, with no Vite import, so the 404 page's script and unit tests share it.
 */
import { permalinkPath, recommendationPath } from './paths.ts';

/** What the site holds, written into the 404 page at build time. */
export interface KnownAddresses {
  /** The paragraph numbers the report has. */
  paragraphs: number[];
  /** Each recommendation's id and name (its words, as src/lib/recommendation-name.ts gives them). */
  recommendations: { id: string; name: string }[];
}

export interface NotFoundHint {
  text: string;
  /** A site path (no base path), with the words to link. */
  link: { path: string; label: string };
}

/** The hint for `path`, an address relative to the site's base path ("p/999/"), if it has one. */
export function notFoundHint(path: string, known: KnownAddresses): NotFoundHint | undefined {
  const paragraph = /^p\/?0*(\d{1,6})(?:\D|$)/i.exec(path);
  if (paragraph) {
    const number = Number(paragraph[1]);
    if (known.paragraphs.includes(number)) {
      return {
        text: 'This address looks like a link to a paragraph:',
        link: { path: permalinkPath(number), label: `paragraph ${number}` },
      };
    }
    const numbers = [...known.paragraphs].sort((a, b) => a - b);
    return {
      text: `The report has no paragraph ${number}: its paragraphs are numbered ${numbers[0]} to ${numbers.at(-1)}.`,
      link: { path: 'read/', label: 'Browse the contents' },
    };
  }
  const recommendation = /^recommendations\/([^/?#]+)/i.exec(path);
  if (recommendation) {
    const asked = decodeSafely(recommendation[1]!)
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
    // Compared without hyphens, so "sg3m4" finds sg-3m-4 as "SG-3M-4" does.
    const found = known.recommendations.find((r) => r.id.replace(/-/g, '') === asked.replace(/-/g, ''));
    if (found)
      return {
        text: `This address looks like a link to recommendation ${found.id}:`,
        link: { path: recommendationPath(found.id), label: found.name },
      };
    return {
      text: `The report has no recommendation with the code “${asked || recommendation[1]}”.`,
      link: { path: 'recommendations/', label: `All ${known.recommendations.length} recommendations` },
    };
  }
  return undefined;
}

// A path from the address bar may hold a stray "%" (it came to a 404 page, after all).
function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
