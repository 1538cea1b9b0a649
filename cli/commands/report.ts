/**
 * `fanplan report FILE.fanplan --format pdf|html --lang ja|en --out PATH`:
 * run mesh, PLC and the planner in-process and write the plan report as a
 * self-contained HTML file or a PDF (headless Chromium).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderReportHtml, type ReportLang } from '../../workers/engines/report';
import { formatIssue } from '../../workers/model';
import { numberFlag, parseFlags } from '../args';
import { UsageError, type CliCommand } from '../command';
import { loadProjectFile } from '../project-io';
import { htmlToPdf } from '../report-pdf';
import { loadProposals } from './compare';
import { runReportEngines } from '../report-run';

const USAGE = `Usage: fanplan report FILE.fanplan --out PATH [--format pdf|html] [--lang en|ja] [--meters-limit N] [--quick]

  --out PATH          the report file
  --format F          html (self-contained, default from the extension) or pdf (headless Chromium)
  --lang L            en (default) or ja
  --meters-limit N    keep at most N meters, evenly thinned (quick runs)
  --quick             same as --meters-limit 2000, no N-1 and no sensitivity analysis
  --proposals FILE    a vendor proposal to compare on neutral assumptions (repeatable)`;

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'plan report (HTML or PDF, English or Japanese): method, maps, comparison, costs, N-1, unconnected meters',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { out: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' }, 'meters-limit': { type: 'string' }, quick: { type: 'boolean' }, proposals: { type: 'string', multiple: true } });
    if (positionals.length !== 1) throw new UsageError('expected exactly one project file');
    if (!values.out) throw new UsageError('--out is required');
    const format = values.format ?? (values.out.toLowerCase().endsWith('.pdf') ? 'pdf' : 'html');
    if (format !== 'pdf' && format !== 'html') throw new UsageError(`--format must be pdf or html, got "${format}"`);
    const lang = (values.lang ?? 'en') as ReportLang;
    if (lang !== 'en' && lang !== 'ja') throw new UsageError(`--lang must be en or ja, got "${values.lang}"`);
    const limit = values['meters-limit'] !== undefined ? numberFlag(values['meters-limit'], 'meters-limit') : values.quick ? 2000 : undefined;
    const r = await loadProjectFile(positionals[0], io.cwd);
    if (!r.ok) { io.stderr(('ioError' in r ? r.ioError : r.error.issues.map(formatIssue).join('\n')) + '\n'); return 1; }
    const proposalFiles = (values.proposals as unknown as string[] | undefined) ?? [];
    const loaded = await loadProposals(proposalFiles, io.cwd);
    if (loaded.errors.length) { io.stderr(loaded.errors.join('\n') + '\n'); return 1; }
    const t0 = performance.now();
    const input = runReportEngines(r.project, { ...(limit ? { metersLimit: limit } : {}), noResilience: !!values.quick, noSensitivity: !!values.quick, proposals: loaded.proposals });
    const html = renderReportHtml(input, { lang });
    const out = resolve(io.cwd, values.out);
    if (format === 'html') await writeFile(out, html);
    else {
      try {
        await writeFile(out, await htmlToPdf(html));
      } catch (e) {
        io.stderr(`cannot print the PDF with Chromium: ${(e as Error).message}\n`);
        return 1;
      }
    }
    io.stdout(`${r.project.meta.name}: ${format.toUpperCase()} report (${lang}), ${input.project.meters.length} meters, ${input.plan.areas.length} areas, in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${values.out}\n`);
    return 0;
  },
};
