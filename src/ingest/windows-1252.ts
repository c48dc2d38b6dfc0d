/**
 * windows-1252 by table. Node 20's TextDecoder('windows-1252') decodes 0x80..0x9F as C1 controls
 * (latin-1), which turns every curly quote of a legacy file into an invisible control character.
 */

/** Characters for bytes 0x80..0x9F; the five bytes windows-1252 leaves undefined keep their C1 code point. */
export const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
