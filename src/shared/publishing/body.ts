/**
 * A publication's body is plain text with a few marks, so anyone can edit it in a text box and
 * every output (HTML, DOCX, PDF, feeds) reads the same blocks:
 * `## ` a heading, `### ` a subheading, `- ` a list item, `> ` a quotation, a blank line between paragraphs.
 */
export type Block =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'quote'; text: string };

export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const last = blocks.at(-1);
    if (!line) {
      endParagraph();
    } else if (/^###\s/.test(line)) {
      endParagraph();
      blocks.push({ type: 'heading', level: 3, text: line.slice(4).trim() });
    } else if (/^##\s/.test(line)) {
      endParagraph();
      blocks.push({ type: 'heading', level: 2, text: line.slice(3).trim() });
    } else if (/^[-•]\s/.test(line)) {
      endParagraph();
      if (last?.type === 'list') last.items.push(line.slice(2).trim());
      else blocks.push({ type: 'list', items: [line.slice(2).trim()] });
    } else if (/^>\s?/.test(line)) {
      endParagraph();
      const text = line.replace(/^>\s?/, '');
      if (last?.type === 'quote') last.text += ` ${text}`;
      else blocks.push({ type: 'quote', text });
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return blocks;
}

/** The body as plain text, one block a paragraph: for feeds' summaries and text exports. */
export function bodyText(blocks: Block[]): string {
  return blocks.map((b) => (b.type === 'list' ? b.items.map((i) => `• ${i}`).join('\n') : b.text)).join('\n\n');
}
