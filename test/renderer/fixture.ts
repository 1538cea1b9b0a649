/** The small-town project fixture, parsed (shared by renderer tests; each call returns a fresh copy). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProjectFile, type Project } from '../../workers/model';

const bytes = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'project', 'v1-small-town.fanplan'));

export function smallTown(): Project {
  const r = readProjectFile(bytes);
  if (!r.ok) throw r.error;
  return r.project;
}
