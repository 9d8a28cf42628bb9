import { UnreadableDocument } from './unreadable-document.ts';

/**
 * Windows-1252's printable characters in 0x80–0x9F, where it differs from Latin-1 (curly quotes,
 * dashes, the euro sign). Node's own `windows-1252` decoder treats these bytes as Latin-1 control
 * characters, so the table is kept here.
 */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/**
 * Bytes → text: UTF-16 when a byte-order mark says so, else UTF-8, else Windows-1252 (what older
 * newsroom systems export). A UTF-8 byte-order mark is kept, so offsets match the file as any
 * UTF-8 reader sees it.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes);
  if (bytes.includes(0)) throw new UnreadableDocument('the file is binary, not text (it holds NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const mapped = CP1252_HIGH[b];
    if (b >= 0x80 && b <= 0x9f && mapped === undefined) throw new UnreadableDocument('the file is neither UTF-8, UTF-16 nor Windows-1252 text');
    out += String.fromCharCode(mapped ?? b);
  }
  return out;
}
