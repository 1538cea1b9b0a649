/** `fanplan validate FILE.fanplan`: print a summary of a valid project, or its errors (exit 1). */
import { AREA_CLASSES, formatIssue, MEDIA } from '../../workers/model';
import { UsageError, type CliCommand } from '../command';
import { parseFlags } from '../args';
import { loadProjectFile } from '../project-io';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a .fanplan project file and print a summary or its errors',
  usage: 'Usage: fanplan validate FILE.fanplan [--json]\n\n  --json   print the summary or errors as JSON',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('expected exactly one project file');
    const r = await loadProjectFile(positionals[0], io.cwd);
    if (!r.ok) {
      const issues = 'ioError' in r ? [{ path: '', message: r.ioError }] : r.error.issues;
      if (values.json) io.stdout(JSON.stringify({ valid: false, file: positionals[0], issues }, null, 2) + '\n');
      else {
        io.stderr(`${positionals[0]}: invalid project\n`);
        for (const i of issues) io.stderr(`  ${formatIssue(i)}\n`);
      }
      return 1;
    }
    const p = r.project;
    const summary = {
      valid: true,
      file: positionals[0],
      name: p.meta.name,
      synthetic: p.meta.synthetic,
      formatVersion: p.formatVersion,
      migratedFrom: r.migratedFrom ?? null,
      meters: p.meters.length,
      collectors: Object.fromEntries(MEDIA.map((m) => [m, p.collectors.filter((c) => c.medium === m).length])),
      candidateSites: p.candidateSites.length,
      areas: Object.fromEntries(AREA_CLASSES.map((c) => [c, p.areas.filter((a) => a.class === c).length])),
      buildings: p.buildings.length,
      roads: p.roads.length,
      transformers: p.grid.transformers.length,
      feeders: p.grid.feeders.length,
      profiles: p.profiles.map((x) => `${x.id} (${x.medium})`),
    };
    if (values.json) { io.stdout(JSON.stringify(summary, null, 2) + '\n'); return 0; }
    const lines = [
      `${positionals[0]}: valid FANplan project, format version ${p.formatVersion}${r.migratedFrom !== undefined ? ` (migrated from ${r.migratedFrom})` : ''}`,
      `  name          ${p.meta.name}${p.meta.synthetic ? '  [synthetic demo data]' : ''}`,
      `  meters        ${summary.meters}`,
      `  collectors    ${MEDIA.map((m) => `${m} ${summary.collectors[m]}`).join(', ')}`,
      `  sites         ${summary.candidateSites} candidate collector sites`,
      `  areas         ${p.areas.length}${p.areas.length ? ` (${AREA_CLASSES.filter((c) => summary.areas[c]).map((c) => `${c} ${summary.areas[c]}`).join(', ')})` : ''}`,
      `  LV grid       ${summary.transformers} transformers, ${summary.feeders} feeders`,
      `  map context   ${summary.buildings} buildings, ${summary.roads} roads`,
      `  profiles      ${summary.profiles.join(', ') || 'none'}`,
    ];
    io.stdout(lines.join('\n') + '\n');
    return 0;
  },
};
