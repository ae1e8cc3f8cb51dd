import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { parseBody } from '../../../shared/publishing/body.ts';

/** A publication's text as a Word document: the same blocks the news site renders, as Word styles. */
export async function toDocx(a: { title: string; body: string; language: string }): Promise<Buffer> {
  const children = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(a.title)] })];
  for (const b of parseBody(a.body)) {
    if (b.type === 'heading')
      children.push(
        new Paragraph({
          heading: b.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun(b.text)],
        }),
      );
    else if (b.type === 'paragraph') children.push(new Paragraph({ children: [new TextRun(b.text)] }));
    else if (b.type === 'quote')
      children.push(new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: b.text, italics: true })] }));
    else
      for (const item of b.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
  }
  const doc = new Document({
    title: a.title,
    // A font every letter of the region's alphabets is in, and the document's language for spell-checkers.
    styles: { default: { document: { run: { font: 'Noto Sans', language: { value: a.language } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
