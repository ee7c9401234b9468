/**
 * The media types of the files the site offers for download, by extension: the action plan's
 * endpoints declare them, and `npm start`'s server sends them (Vite's static server knows no
 * type for .xlsx or .docx, and a browser then guesses).
 */
export const DOWNLOAD_TYPES = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
} as const;

/** The media type of a download at `path` (its extension), or undefined for any other file. */
export function downloadType(path: string): string | undefined {
  const extension = /\.[a-z0-9]+$/i.exec(path.split(/[?#]/, 1)[0]!)?.[0].toLowerCase();
  return extension ? DOWNLOAD_TYPES[extension as keyof typeof DOWNLOAD_TYPES] : undefined;
}
