/**
 * The action plan as a Word document (the `docx` package), for committee papers: a heading, the
 * report it answers, the same table as the workbook on landscape A4 with its header row repeated
 * on every page, and the report's reuse notice.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { FILL_IN_COLUMNS, REPORT_COLUMNS, dueText, findingText, type ActionPlan, type PlanRow } from './action-plan.ts';

const isLink = (address: string) => /^https?:\/\//.test(address);
const small = 18; // half-points: 9 pt keeps twelve columns readable across landscape A4

function cell(children: Paragraph[], header = false): TableCell {
  return new TableCell({ children, ...(header ? { shading: { fill: 'E7E7E7' } } : {}) });
}

function text(value: string, bold = false): Paragraph[] {
  return value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, size: small, bold })] }));
}

function linked(label: string, address: string): Paragraph[] {
  if (!isLink(address)) return text(label);
  return [
    new Paragraph({
      children: [
        new ExternalHyperlink({
          link: address,
          children: [new TextRun({ text: label, size: small, style: 'Hyperlink' })],
        }),
      ],
    }),
  ];
}

function planRow(row: PlanRow): TableRow {
  const blanks = FILL_IN_COLUMNS.map(() => cell(text('')));
  const findings = row.findings.flatMap((f) => linked(`Paragraph ${f.paragraph}: “${f.sentence}”`, f.url));
  return new TableRow({
    cantSplit: true,
    children: [
      cell(linked(row.reference, row.url)),
      cell(text(row.text)),
      cell(text(row.part)),
      cell(text(row.timescale)),
      cell(text(dueText(row.due))),
      cell(findings.length > 0 ? findings : text(findingText(row))),
      ...blanks,
    ],
  });
}

export async function actionPlanDocx(plan: ActionPlan): Promise<Uint8Array> {
  const columns = [...REPORT_COLUMNS, ...FILL_IN_COLUMNS];
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell(text(c.name, true), true)),
  });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columns.map((c) => Math.round((c.width / total) * 15_000)),
    rows: [header, ...plan.rows.map(planRow)],
  });
  const doc = new Document({
    creator: `${plan.identity.publisher} report, via this site`,
    title: `Action plan: ${plan.title}, ${plan.identity.authority}`,
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: 11_906, height: 16_838 },
            margin: { top: 720, bottom: 720, left: 720, right: 720 },
          },
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(`Action plan: ${plan.identity.authority}`)],
          }),
          new Paragraph({
            children: [
              new TextRun(
                `${plan.identity.publisher}, ${plan.title}: ${plan.identity.authority}, published ${plan.publishedAsPublished}.`,
              ),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun(
                'One row per recommendation, in the report’s order, with its words, part, timescale and due date as published. The finding behind each is chosen by this site, not the inspectors. The last six columns are for the council to fill in.',
              ),
            ],
          }),
          table,
          new Paragraph({
            alignment: AlignmentType.LEFT,
            spacing: { before: 240 },
            children: [new TextRun({ text: `${plan.copyright}. ${plan.reproduction}`, size: small })],
          }),
          new Paragraph({
            children: [
              new TextRun({ text: `Report id: ${plan.identity.id}. Recommendations: `, size: small }),
              ...(isLink(plan.pageUrl)
                ? [
                    new ExternalHyperlink({
                      link: plan.pageUrl,
                      children: [new TextRun({ text: plan.pageUrl, size: small, style: 'Hyperlink' })],
                    }),
                  ]
                : [new TextRun({ text: plan.pageUrl, size: small })]),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
