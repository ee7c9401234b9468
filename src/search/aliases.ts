/**
 * Which of the report's acronyms a text uses in one form only (the acronym or its expansion),
 * so the indexer can add the other form as hidden words.
 */
import type { Acronym } from '../model/schema.ts';
import { acronymPattern } from '../lib/acronym-pattern.ts';
import { escapeRegExp } from '../lib/escape-regexp.ts';
import type { AliasGroup } from './record.ts';

/** The expansion in any case, with any spacing, and with or without a plural on its last word. */
function expansionPattern(expansion: string): RegExp {
  const words = expansion.replace(/s$/i, '').split(/\s+/).map(escapeRegExp);
  return new RegExp(`(?<![A-Za-z])${words.join('\\s+')}s?(?![A-Za-z])`, 'i');
}

/** The alias groups a text needs: acronyms it has without their expansion, and the reverse. */
export function aliasesFor(text: string, acronyms: Acronym[]): AliasGroup[] {
  const groups: AliasGroup[] = [];
  for (const { acronym, expansion } of acronyms) {
    // The acronym as a word of its own, by the rule the glossary and evidence use too.
    const hasAcronym = acronymPattern(acronym).test(text);
    const hasExpansion = expansionPattern(expansion).test(text);
    if (hasAcronym !== hasExpansion) groups.push({ acronym, expansion });
  }
  return groups;
}
