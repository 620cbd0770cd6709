/**
 * Strict UTF-8 decoding. Spreadsheets often save "CSV" in the machine's legacy code page
 * (Windows-1252, Mac Roman…), where é or ₸ would silently turn into mojibake; refusing the file
 * with the place of the first bad byte is kinder than publishing garbled names.
 */
const SAVE_AS = 'save it from the spreadsheet as "CSV UTF-8" and try again';

export type Decoded = { text: string } | { error: string };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { error: `the file is UTF-16 text ("Unicode text"), not UTF-8; ${SAVE_AS}` };
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM as U+FEFF, so byte offsets found below stay exact; it is dropped here.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const where = offset === undefined ? '' : ` (byte ${offset}, line ${lineAt(bytes, offset)})`;
    return { error: `the file is not UTF-8 text${where}; ${SAVE_AS}` };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/**
 * The offset of the first byte that is not valid UTF-8. Only runs once decoding has failed: a lenient
 * decode marks bad bytes with U+FFFD, and the first U+FFFD that was not written in the file as EF BF BD
 * is the culprit; encoding the text before it gives its byte offset.
 */
function firstInvalidByte(bytes: Uint8Array): number | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let offset = 0;
  let from = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) {
    offset += encoder.encode(text.slice(from, i)).length;
    from = i;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
  }
  return undefined;
}

/** 1-based line of a byte offset, counting LF (a CRLF file counts the same). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
