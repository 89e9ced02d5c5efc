/**
 * Content files are UTF-8 with LF line endings, nothing else. A file saved as Latin-1 would show
 * "�" on the page, and a byte-order mark or CRLF breaks contentlayer's front-matter reader with a
 * raw YAML error: the check refuses them, naming the line, before any parser sees the text.
 * The check never rewrites files, so it refuses rather than normalises (contentlayer would still
 * read the original bytes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problems';

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Windows-1252's letters at 0x80–0x9F (Node's TextDecoder reads that label as Latin-1, where these
 * are control codes); the five unassigned bytes are empty.
 */
const WINDOWS_1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/** How an 8-bit encoding shows a byte ≥ 0x80, e.g. `"ø" in Latin-1`, if it shows it at all. */
function asLetter(byte: number): string {
  if (byte >= 0xa0) return ` ("${String.fromCharCode(byte)}" in Latin-1)`;
  const letter = WINDOWS_1252[byte - 0x80]?.trim();
  return letter ? ` ("${letter}" in Windows-1252)` : '';
}

/** The first byte of `line` that does not start a valid UTF-8 sequence, or -1. */
function firstInvalidByte(line: Uint8Array): number {
  for (let i = 0; i < line.length;) {
    const lead = line[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    try {
      utf8.decode(line.subarray(i, i + length)); // also refuses overlong forms and surrogates
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Lines are split on the LF byte, which means the same in UTF-8 and in Latin-1. */
function lines(bytes: Uint8Array): Uint8Array[] {
  const result: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      result.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return result;
}

/** "on line 12", or "on line 12 and 3 more lines": one problem per kind, not one per line. */
const where = (lineNumbers: number[]) => ({
  field: `line ${lineNumbers[0]}`,
  more:
    lineNumbers.length > 1 ? ` (and on ${lineNumbers.length - 1} more line${lineNumbers.length > 2 ? 's' : ''})` : '',
});

/** Every encoding problem of one file's bytes; the decoded text only when there is none. */
export function decodeContent(file: string, bytes: Uint8Array): { text?: string; problems: Problem[] } {
  if (BOM.every((b, i) => bytes[i] === b))
    return {
      problems: [
        {
          file,
          field: '(file)',
          problem: 'starts with a byte-order mark (BOM)',
          hint: 'save it as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar › Save with Encoding › UTF-8)',
        },
      ],
    };
  const problems: Problem[] = [];
  const invalid = (isUtf8(bytes) ? [] : lines(bytes)).flatMap((line, i) => {
    const at = firstInvalidByte(line);
    return at < 0 ? [] : [{ line: i + 1, byte: line[at]! }];
  });
  if (invalid.length) {
    const { field, more } = where(invalid.map((x) => x.line));
    const byte = invalid[0]!.byte;
    problems.push({
      file,
      field,
      problem: `is not UTF-8: byte 0x${byte.toString(16).toUpperCase()}${asLetter(byte)}${more}`,
      hint: 'the file was saved in another encoding (Latin-1, Windows-1252): save it as UTF-8 (in VS Code: Reopen with Encoding › Western, then Save with Encoding › UTF-8)',
    });
    return { problems };
  }
  const text = utf8.decode(bytes);
  const textLines = text.split('\n');
  const numbersOf = (test: (line: string) => boolean) => textLines.flatMap((line, i) => (test(line) ? [i + 1] : []));
  const damaged = numbersOf((line) => line.includes('\uFFFD'));
  if (damaged.length) {
    const { field, more } = where(damaged);
    problems.push({
      file,
      field,
      problem: `contains "\uFFFD", the mark of letters lost to a wrong encoding${more}`,
      hint: 'retype the lost letters (æ, ø, å, ä, ö …) from the source document',
    });
  }
  const carriageReturns = numbersOf((line) => line.includes('\r'));
  if (carriageReturns.length) {
    const { field, more } = where(carriageReturns);
    const windows = textLines[carriageReturns[0]! - 1]!.endsWith('\r');
    problems.push({
      file,
      field,
      problem: `${windows ? 'ends with a Windows line ending (CRLF)' : 'contains a carriage return (CR)'}${more}`,
      hint: 'save the file with LF line endings (in VS Code: click "CRLF" in the status bar and choose "LF")',
    });
  }
  return problems.length ? { problems } : { text, problems };
}

/** Reads one content file under `root`: its text, or the problems that keep it from being read. */
export function readContent(root: string, file: string): { text?: string; problems: Problem[] } {
  return decodeContent(file, readFileSync(join(root, file)));
}
