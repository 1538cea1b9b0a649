// Types for comlink's Node adapter, which ships its .d.ts under a name TypeScript does not pair with the .mjs file.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  import type { MessagePort, Worker } from 'node:worker_threads';
  /** Adapt a worker_threads Worker or parentPort to a comlink Endpoint. */
  export default function nodeEndpoint(nep: Worker | MessagePort): Endpoint;
}
