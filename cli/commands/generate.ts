/**
 * `fanplan generate --seed S [--meters N] --out FILE.fanplan`: write the
 * synthetic demo region (workers/engines/demo). The same seed and meter count
 * give a byte-identical file (no timestamps; writeProjectFile is
 * deterministic and gzips projects over 4 MiB of JSON).
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEMO_SPEC } from '../../workers/engines/demo/spec';
import { generateDemoProject, MAX_DEMO_METERS, MIN_DEMO_METERS } from '../../workers/engines/demo/generate';
import { writeProjectFile } from '../../workers/model';
import { numberFlag, parseFlags } from '../args';
import { UsageError, type CliCommand } from '../command';

export const generateCommand: CliCommand = {
  name: 'generate',
  summary: 'write the synthetic demo region (deterministic for a seed)',
  usage: 'Usage: fanplan generate --seed S [--meters N] --out FILE.fanplan [--gzip]\n\n'
    + `  --seed S     PRNG seed, an integer 0…4294967295\n`
    + `  --meters N   meters to generate, ${MIN_DEMO_METERS}…${MAX_DEMO_METERS} (default ${DEMO_SPEC.defaultMeters})\n`
    + '  --out FILE   where to write the project\n'
    + '  --gzip       always gzip (default: only above 4 MiB of JSON)',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { seed: { type: 'string' }, meters: { type: 'string' }, out: { type: 'string' }, gzip: { type: 'boolean' } });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const seed = numberFlag(values.seed, 'seed');
    const meters = numberFlag(values.meters, 'meters', DEMO_SPEC.defaultMeters);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(`--seed must be an integer within 0…4294967295, got ${values.seed}`);
    if (!Number.isInteger(meters) || meters < MIN_DEMO_METERS || meters > MAX_DEMO_METERS) throw new UsageError(`--meters must be an integer within ${MIN_DEMO_METERS}…${MAX_DEMO_METERS}, got ${values.meters}`);
    if (!values.out) throw new UsageError('--out is required');
    const t0 = performance.now();
    const project = generateDemoProject({ seed, meters });
    const bytes = writeProjectFile(project, values.gzip ? { gzip: true } : {});
    const full = resolve(io.cwd, values.out);
    const tmp = `${full}.tmp-${process.pid}`;
    try {
      await writeFile(tmp, bytes);
      await rename(tmp, full);
    } catch (e) {
      await rm(tmp, { force: true }).catch(() => undefined);
      io.stderr(`${values.out}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 1;
    }
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    io.stdout(`${values.out}: synthetic demo, seed ${seed}: ${project.meters.length} meters, ${project.buildings.length} buildings, `
      + `${project.grid.transformers.length} transformers, ${project.candidateSites.length} candidate sites, ${project.areas.length} areas `
      + `(${bytes.length} bytes, ${s} s)\n`);
    return 0;
  },
};
