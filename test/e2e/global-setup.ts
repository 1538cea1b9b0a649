/**
 * Builds the renderer once and serves it with Vite's preview server (with the
 * cross-origin isolation headers) for all end-to-end tests.
 */
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configFile = new URL('../../renderer/vite.config.ts', import.meta.url).pathname;
  if (!process.env.FANPLAN_E2E_SKIP_BUILD) await build({ configFile, logLevel: 'warn' });
  server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  project.provide('baseUrl', url);
  return async () => { await server?.close(); };
}
