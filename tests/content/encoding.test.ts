import { describe, it, expect } from 'vitest';
import { decodeContent } from '@/lib/content/encoding';
import { formatProblem } from '@/lib/content/problems';

const check = (bytes: Uint8Array) => decodeContent('f.yaml', bytes).problems.map(formatProblem);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('content file encoding', () => {
  it('accepts UTF-8 with LF, and returns its text', () => {
    expect(decodeContent('f.yaml', utf8('navn: Ærø\nby: Malmö\n'))).toEqual({
      text: 'navn: Ærø\nby: Malmö\n',
      problems: [],
    });
  });

  it('names a Windows-1252 byte in the 0x80–0x9F range by its letter there', () => {
    expect(check(Uint8Array.of(0x61, 0x0a, 0x62, 0x96, 0x63))).toEqual([
      'f.yaml › line 2: is not UTF-8: byte 0x96 ("–" in Windows-1252). Hint: the file was saved in another encoding (Latin-1, Windows-1252): save it as UTF-8 (in VS Code: Reopen with Encoding › Western, then Save with Encoding › UTF-8)',
    ]);
  });

  it('refuses an overlong UTF-8 form, which is not valid UTF-8 either', () => {
    expect(check(Uint8Array.of(0xc0, 0xbc))[0]).toMatch(/^f\.yaml › line 1: is not UTF-8: byte 0xC0/);
  });

  it('refuses a lone carriage return (old Mac line ending) as well as CRLF', () => {
    expect(check(utf8('a: 1\rb: 2\n'))).toEqual([
      'f.yaml › line 1: contains a carriage return (CR). Hint: save the file with LF line endings (in VS Code: click "CRLF" in the status bar and choose "LF")',
    ]);
  });

  it('reports damaged letters and CRLF of one file together', () => {
    expect(check(utf8('a: \uFFFD\r\n'))).toHaveLength(2);
    expect(decodeContent('f.yaml', utf8('a: \uFFFD\r\n')).text).toBeUndefined();
  });
});
