/**
 * Small PDFs made in the tests, so that no binary fixture is committed: each object is written
 * out and the cross-reference table counts its byte offsets.
 */

/** A PDF of these objects (1: catalog, 2: pages, …), with `trailer` entries added to the trailer. */
export function pdf(objects: string[], trailer = ''): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = Buffer.byteLength(body, 'latin1');
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/** Without a descriptor pdf.js takes a font for one of the standard 14, not a CID font. */
export const DESCRIPTOR = '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';

const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/**
 * A one-page PDF whose lines are set in a Chinese CID font that is not embedded (STSong-Light,
 * UniGB-UCS2-H): its codes are UCS-2, and only pdf.js's CMaps map them to characters. Each line
 * is a list of [x, text] cells on one baseline; half-width characters are half as wide.
 */
export function chinesePdf(lines: [number, string][][]): Uint8Array {
  const hex = (text: string) => [...text].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = lines.flatMap((cells, i) => cells.map(([x, text]) => `BT /F1 12 Tf ${x} ${780 - 20 * i} Td <${hex(text)}> Tj ET`)).join('\n');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] ${DESCRIPTOR} >>`,
  ]);
}

/** A page that only draws a filled box: what a scan looks like to a text extractor (an image, no text). */
export function scannedPdf(): Uint8Array {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('0.5 g 50 50 495 742 re f'),
  ]);
}

/** A PDF encrypted with a user password (standard security handler, RC4 40-bit): it cannot be opened without it. */
export function encryptedPdf(): Uint8Array {
  const key = (byte: string) => `<${byte.repeat(32)}>`;
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      `<< /Filter /Standard /V 1 /R 2 /O ${key('4a')} /U ${key('7b')} /P -44 >>`,
    ],
    '/Encrypt 3 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ',
  );
}
