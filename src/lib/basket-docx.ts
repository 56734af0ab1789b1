/**
 * The basket's Word export: the `BasketDoc` model (src/lib/basket-doc.ts) as a .docx, built with
 * the `docx` library. The basket page loads this module with a dynamic import() when the reader
 * exports, so no other page (and no visit that does not export) downloads the library.
 *
 * Chinese typesetting that Word and WPS both render: body text in 宋体 and headings in 黑体
 * (eastAsia font slot, with the GB2312 hint so a system without them substitutes a Chinese serif
 * or sans face rather than a Latin one), Latin text in Times New Roman / Arial; real Title,
 * Heading 1 and Heading 2 styles, so Word's navigation pane and WPS's 导航窗格 list the practices.
 */
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { fill, type BasketDoc } from './basket-doc';

const SERIF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体', hint: 'eastAsia' };
const SANS = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: '黑体', hint: 'eastAsia' };

const text = (value: string, options: { bold?: boolean } = {}) => new TextRun({ text: value, ...options });
const link = (url: string) => new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] });
const labelled = (label: string, ...rest: (TextRun | ExternalHyperlink)[]) =>
  new Paragraph({ children: [text(label, { bold: true }), ...rest] });

export function toDocx(doc: BasketDoc): Document {
  const L = doc.labels;
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(L.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(fill(L.date, { date: doc.date }))] }),
    new Paragraph({ children: [text(L.intro)] }),
  ];
  let n = 0;
  for (const section of doc.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(section.heading)] }));
    for (const e of section.entries) {
      n += 1;
      if (!e.practice || !e.case) {
        body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(`${n}. ${e.key}`)] }));
        body.push(new Paragraph({ children: [text(fill(L.missing, { key: e.key }))] }));
        if (e.note) body.push(labelled(L.note, text(e.note)));
        continue;
      }
      const p = e.practice;
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(`${n}. ${p.name}`)] }));
      body.push(new Paragraph({ children: [text(p.summary)] }));
      body.push(labelled(L.caseLabel, text(`《${e.case.title}》（${e.case.unit}，${e.case.period}）`)));
      if (p.evidence) body.push(labelled(L.evidence, text(`「${p.evidence}」`)));
      if (e.note) body.push(labelled(L.note, text(e.note)));
      body.push(labelled(L.cite, text(p.citation)));
      body.push(new Paragraph({ children: [link(p.url)] }));
    }
  }
  if (doc.cases.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(L.cases)] }));
    doc.cases.forEach((c, i) => body.push(new Paragraph({ children: [text(`${i + 1}. ${c.citation}`)] })));
  }
  return new Document({
    creator: L.title,
    title: L.title,
    description: L.intro,
    styles: {
      default: {
        // Sizes in half-points: 小四 (12 pt) body, 二号 title, 三号 and 四号 headings.
        document: { run: { font: SERIF, size: 24 }, paragraph: { spacing: { after: 120, line: 360 } } },
        title: { run: { font: SANS, size: 44, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { font: SANS, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { run: { font: SANS, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [{ children: body }],
  });
}

/** The .docx file as a Blob (browser) for the download link. */
export const docxBlob = (doc: BasketDoc): Promise<Blob> => Packer.toBlob(toDocx(doc));
/** The .docx file as bytes (tests, Node). */
export const docxBytes = (doc: BasketDoc): Promise<Uint8Array> => Packer.toBuffer(toDocx(doc));
