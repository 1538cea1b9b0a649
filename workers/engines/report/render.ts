/**
 * The self-contained HTML report (inline CSS and SVG, no scripts, no
 * network): cover, summary, method and assumptions, maps, comparison,
 * charts, TCO sensitivity, vendors and N-1, unconnected meters, collector-load appendix.
 * Printed to PDF by headless Chromium (A4, CSS page breaks).
 */
import { esc } from './escape';
import { translator, type ReportInput, type ReportOptions } from './model';
import { comparisonSection, coverSection, methodSection, summarySection } from './sections-a';
import { appendixSection, chartsSection, mapsSection, unconnectedSection, vendorSection } from './sections-b';
import { sensitivitySection } from './sections-c';

const CSS = `
@page { size: A4; margin: 14mm 12mm; }
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: #1b2631; font-size: 10.5pt; margin: 0 auto; max-width: 760px; padding: 8px; }
h1 { font-size: 24pt; margin: 40px 0 8px; } h2 { font-size: 15pt; border-bottom: 2px solid #2e86c1; padding-bottom: 3px; margin-top: 20px; }
h3 { font-size: 11.5pt; margin: 14px 0 4px; } h4 { font-size: 9.5pt; margin: 10px 0 2px; color: #34495e; }
.page { break-before: page; } .cover { min-height: 240mm; }
.brand { font-weight: bold; letter-spacing: 3px; color: #2e86c1; margin-top: 60px; }
.subtitle { font-size: 12pt; color: #566573; } .project { border: none; font-size: 16pt; margin-top: 50px; }
.synthetic { background: #fdebd0; border: 2px solid #d35400; color: #873600; padding: 8px 10px; font-weight: bold; }
.desc, .meta, .muted, .note { color: #566573; } .note { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; font-size: 9pt; }
th, td { border: 1px solid #d5d8dc; padding: 2px 4px; vertical-align: top; text-align: left; }
th { background: #eaf2f8; } table.small { font-size: 7.5pt; } table.small td { word-break: break-word; }
table.num td { font-variant-numeric: tabular-nums; }
tbody tr { break-inside: avoid; }
figure.map { margin: 10px 0; break-inside: avoid; } figure svg { display: block; max-width: 100%; height: auto; }
.legend { font-size: 8.5pt; margin-top: 3px; } .legend span { margin-right: 10px; white-space: nowrap; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 3px; vertical-align: middle; border: 1px solid #555; }
.figcap, .reason { font-size: 9pt; } .warn, .violation { color: #a93226; } .warning { color: #b9770e; }
.hists { display: flex; flex-wrap: wrap; gap: 6px; } .hists svg { break-inside: avoid; }
svg text { font-family: inherit; }
`;

/** Render the whole report as one self-contained HTML document. */
export function renderReportHtml(input: ReportInput, options: ReportOptions): string {
  const tr = translator(options.lang);
  const body = [coverSection(input, tr), summarySection(input, tr), methodSection(input, tr), mapsSection(input, tr, options), comparisonSection(input, tr),
    chartsSection(input, tr), sensitivitySection(input, tr), vendorSection(input, tr), unconnectedSection(input, tr, options), appendixSection(input, tr)].join('\n');
  return `<!DOCTYPE html>
<html lang="${options.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="FANplan"><title>${esc(`${tr.t('title')} — ${input.project.meta.name}`)}</title><style>${CSS}</style></head>
<body>${body}</body></html>
`;
}
