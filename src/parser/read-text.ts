import { readFile } from 'node:fs/promises';
import { ReportError } from './errors.ts';

/** The report's text, decoded and with line endings made uniform. */
export interface SourceText {
  file: string;
  text: string;
  lines: number;
}

/**
 * Decodes a report's bytes as UTF-8 text, refusing what is not text.
 *
 * CRLF and lone CR become LF and a byte-order mark is dropped, so that line numbers in
 * messages match what an editor shows; nothing else about the text is changed.
 */
export function decodeText(file: string, bytes: Uint8Array): SourceText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeText(file, new TextEncoder().encode(new TextDecoder(utf16).decode(bytes)));
  const unsupported = unsupportedEncoding(bytes);
  if (unsupported) {
    throw new ReportError(
      file,
      1,
      `the file is encoded as ${unsupported} (it starts with a ${unsupported} byte-order mark): save it as UTF-8`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ReportError(file, lineAt(bytes, nul), 'not a text file: it contains a NUL byte');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReportError(file, lineAt(bytes, firstInvalidUtf8(bytes)), 'not a text file: it is not valid UTF-8');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ReportError(file, 1, 'the file is empty');
  // Control characters are what this looks for: a text report has none but tab and newline.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/.exec(text);
  if (controls) {
    throw new ReportError(
      file,
      text.slice(0, controls.index).split('\n').length,
      'not a text file: it contains control characters',
    );
  }
  return { file, text, lines: text.split('\n').length };
}

/** Reads and decodes a report file; a missing or unreadable file is a ReportError too. */
export async function readText(file: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportError(file, 1, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unknown error'})`);
  }
  return decodeText(file, bytes);
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decode growing prefixes line by line to find the first line that fails.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return start;
      }
      start = i + 1;
    }
  }
  return 0;
}

/**
 * UTF-16 with a byte-order mark is read as the text it is: Windows tools save "Unicode" text so.
 * A UTF-32 mark is checked first, since UTF-32LE's mark begins with UTF-16LE's.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (unsupportedEncoding(bytes)) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-32, which the WHATWG TextDecoder cannot decode, named by its byte-order mark. */
function unsupportedEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32LE';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32BE';
  return undefined;
}
