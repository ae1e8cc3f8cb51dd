import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { parseBody } from '../../../shared/publishing/body.ts';

const require = createRequire(import.meta.url);
/** Noto Sans holds every letter of the region's Cyrillic and Latin alphabets; it is embedded, so any reader shows them. */
const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
};

/** A publication's text as an A4 PDF with the font embedded (subset to the letters used). */
export function toPdf(a: { title: string; body: string; language: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: a.language,
    info: { Title: a.title },
    displayTitle: true,
  });
  doc.registerFont('regular', FONTS.regular).registerFont('bold', FONTS.bold).registerFont('italic', FONTS.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('bold').fontSize(18).text(a.title).moveDown(0.6);
  for (const b of parseBody(a.body)) {
    if (b.type === 'heading')
      doc
        .font('bold')
        .fontSize(b.level === 2 ? 14 : 12)
        .text(b.text)
        .moveDown(0.3);
    else if (b.type === 'paragraph') doc.font('regular').fontSize(11).text(b.text, { align: 'left' }).moveDown(0.5);
    else if (b.type === 'quote') doc.font('italic').fontSize(11).text(b.text, { indent: 18 }).moveDown(0.5);
    else {
      doc.font('regular').fontSize(11).list(b.items, { bulletRadius: 1.5, textIndent: 12 });
      doc.moveDown(0.5);
    }
  }
  doc.end();
  return done;
}
