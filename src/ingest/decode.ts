/** The outcome of reading a source file's bytes. */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; reason: 'empty' | 'binary'; message: string };

/**
 * Decodes a source text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
 * such; bytes that are not valid UTF-8 are read as Windows-1252 (a superset of Latin-1
 * for printable text), which the caller reports. Empty and binary files are refused with
 * a reason instead of producing garbage.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0 || /^\s*$/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))) {
    if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
      return { ok: false, reason: 'empty', message: 'the file is empty (or only whitespace)' };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 65536);
  const controls = sample.filter((b) => b < 0x09 || (b > 0x0d && b < 0x20)).length;
  if (sample.includes(0) || controls / sample.length > 0.01) {
    return {
      ok: false,
      reason: 'binary',
      message: 'the file looks binary (NUL or control bytes): export it as plain text',
    };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
