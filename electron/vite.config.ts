/**
 * Builds the Electron main process and preload into dist-electron/ as
 * CommonJS (`main.cjs`, `preload.cjs`). Each is its own environment so each
 * is one self-contained file: a sandboxed preload cannot `require` a shared
 * chunk. `electron` and Node built-ins stay external imports, so building
 * never loads (or downloads) Electron.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const external = ['electron', /^electron\//, /^node:/, ...builtinModules];

function entry(name: 'main' | 'preload', emptyOutDir: boolean): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external: ['electron'] },
    build: {
      outDir: 'dist-electron',
      emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rollupOptions: {
        input: { [name]: `electron/${name}.ts` },
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false, exports: 'none' },
      },
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  environments: { main: entry('main', true), preload: entry('preload', false) },
  builder: {
    // Only these two environments; the implicit `client` one (the renderer) has its own config.
    buildApp: async (builder) => {
      await builder.build(builder.environments.main);
      await builder.build(builder.environments.preload);
    },
  },
});
