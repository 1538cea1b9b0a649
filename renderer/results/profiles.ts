/** Which technology profile a run uses: the one most collectors of the medium use, else the first of the medium. */
import type { Medium, Project } from '../../workers/model';

export function profileFor(p: Project, medium: Medium): string | undefined {
  const counts = new Map<string, number>();
  for (const c of p.collectors) if (c.medium === medium) counts.set(c.profileId, (counts.get(c.profileId) ?? 0) + 1);
  const used = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (used && p.profiles.some((x) => x.id === used && x.medium === medium)) return used;
  return p.profiles.find((x) => x.medium === medium)?.id;
}

/** The mesh hop limit of a profile (for "why unconnected" sentences). */
export function hopLimitOf(p: Project, profileId: string | undefined): number {
  const prof = p.profiles.find((x) => x.id === profileId);
  return prof && 'hopLimit' in prof ? (prof as { hopLimit: number }).hopLimit : 0;
}
