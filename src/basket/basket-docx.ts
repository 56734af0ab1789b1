/**
 * The basket's Word export: the `BasketDoc` model (src/basket/basket-doc.ts) as a .docx, built with
 * the `docx` library. The basket page loads this module with a dynamic import() when the reader
 * exports, so no other page (and no visit that does not export) downloads the library.
 *
 * Chinese typesetting that Word and WPS both render: body text in 宋体 and headings in 黑体 (the
 * eastAsia font slot, `w:hint="eastAsia"` so punctuation shared with Latin takes the Chinese face),
 * Latin text in Times New Roman / Arial. The font table names each face with what a system lacking
 * it needs to substitute well: the English name Word and WPS also know it by (SimSun, SimHei), the
 * GB2312 character set (charset 86), family and pitch, so a missing 宋体 falls back to another
 * Chinese serif, not to a Latin face. Real Title, Heading 1 and Heading 2 styles with outline levels
 * 1 and 2, so Word's navigation pane and WPS's 导航窗格 list the sections and the practices.
 */
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { BasketDoc } from './basket-doc';
import { fill } from '../i18n/fill';

const SERIF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体', hint: 'eastAsia' };
const SANS = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: '黑体', hint: 'eastAsia' };

/**
 * word/fontTable.xml. The `docx` library writes only embedded fonts there (none here), so the table
 * is given whole; the values are those Word itself writes for these system fonts.
 */
const FONT_TABLE = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  '<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>',
  '<w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>',
  '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>',
  '<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>',
  '</w:fonts>',
].join('');
const OVERRIDES = [{ path: 'word/fontTable.xml', data: FONT_TABLE }];

const text = (value: string, options: { bold?: boolean } = {}) => new TextRun({ text: value, ...options });
/** A reader's note keeps its line breaks: one run per line, each after a break. */
const lines = (value: string) => value.split(/\r?\n/).map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
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
        if (e.note) body.push(labelled(L.note, ...lines(e.note)));
        continue;
      }
      const p = e.practice;
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(`${n}. ${p.name}`)] }));
      body.push(new Paragraph({ children: [text(p.summary)] }));
      body.push(labelled(L.caseLabel, text(`《${e.case.title}》（${e.case.unit}，${e.case.period}）`)));
      if (p.evidence) body.push(labelled(L.evidence, text(`「${p.evidence}」`)));
      if (e.note) body.push(labelled(L.note, ...lines(e.note)));
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
        heading1: {
          run: { font: SANS, size: 32, bold: true, color: '000000' },
          paragraph: { spacing: { before: 360, after: 160 }, outlineLevel: 0 },
        },
        heading2: {
          run: { font: SANS, size: 28, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, outlineLevel: 1 },
        },
      },
    },
    sections: [{ children: body }],
  });
}

/** The .docx file as a Blob (browser) for the download link. */
export const docxBlob = (doc: BasketDoc): Promise<Blob> => Packer.toBlob(toDocx(doc), false, OVERRIDES);
/** The .docx file as bytes (tests, Node). */
export const docxBytes = (doc: BasketDoc): Promise<Uint8Array> => Packer.toBuffer(toDocx(doc), false, OVERRIDES);
