/**
 * PLC link graph: for every meter, the attenuation to every other terminal
 * (meter or concentrator) on its LV network along the cable path — Dijkstra
 * over the network with edge cost length·α(cable) and, at every node a path
 * passes through, the branch loss of channel.ts — plus the coupling loss at
 * both ends. SNR → modulation → PDR/ETX (channel.ts). Each meter keeps at
 * most `maxNeighbours` usable uplinks (ETX ≤ maxLinkEtx), chosen by
 * neighbour-select.ts (its best concentrator link, upstream relays for
 * progress and reliability, a few lateral ones), emitted through the shared
 * EdgeBuilder (links/link-graph.ts) as graph nodes 0…M−1 (meters) and
 * M…M+C−1 (concentrators).
 *
 * Cross-transformer coupling (profile.crossTransformerCoupling): a meter of
 * network A also reaches the terminals of every network B whose transformer
 * lies within crossTransformer.radiusM, with attenuation
 * A(meter → T_A) + crossTransformer.lossDb + A(T_B → terminal).
 */
import FlatQueue from 'flatqueue';
import KDBush from 'kdbush';
import { EdgeBuilder, type LinkGraph } from '../links/link-graph';
import { checkpoint, type RunControl } from '../run-control';
import type { ChannelModel } from './channel';
import type { LvGraph } from './lv-graph';
import { selectInto, type Candidate } from './neighbour-select';

export interface PlcLinkInput {
  lv: LvGraph;
  /** Per-LV-edge loss (length·α), dB; per-LV-node pass-through branch loss, dB. */
  edgeLossDb: Float32Array;
  nodeLossDb: Float32Array;
  meterNode: Int32Array;
  /** LV node and network of each concentrator. */
  concNode: Int32Array;
  /** Per network (transformer): its transformer node (−1 none), noise PSD and signal PSD, dBm/Hz. */
  transformerNode: Int32Array;
  noisePsdDbmPerHz: Float32Array;
  txPsdDbmPerHz: number;
  couplingLossDb: number;
  maxLinkEtx: number;
  maxNeighbours: number;
  cross?: { lossDb: number; radiusM: number; transformerXM: Float64Array; transformerYM: Float64Array };
}

export interface PlcLinks {
  graph: LinkGraph;
  /** Per graph edge (CSR order): SNR and attenuation (coupling included), dB. */
  edgeSnrDb: Float32Array;
  edgeAttenuationDb: Float32Array;
  /** Per LV node: path attenuation from the nearest concentrator on its network (coupling excluded), NaN when none. */
  nodeAttenuationDb: Float32Array;
  /** Per meter: attenuation (coupling included) and SNR to the best concentrator on its network, NaN when none. */
  directAttenuationDb: Float32Array;
  directSnrDb: Float32Array;
}

class Dijkstra {
  readonly dist: Float64Array;
  /** Nodes reached by the last run. */
  readonly touched: number[] = [];
  private readonly q = new FlatQueue<number>();
  constructor(private readonly x: PlcLinkInput) { this.dist = new Float64Array(x.lv.nodeCount).fill(Infinity); }
  run(src: number): void {
    for (const v of this.touched) this.dist[v] = Infinity;
    this.touched.length = 0;
    const { lv, edgeLossDb, nodeLossDb } = this.x, d = this.dist, q = this.q;
    d[src] = 0; this.touched.push(src); q.clear(); q.push(src, 0);
    while (q.length > 0) {
      const c = q.peekValue() as number, v = q.pop() as number;
      if (c > d[v]) continue;
      const through = v === src ? c : c + nodeLossDb[v];
      for (let k = lv.adjOffsets[v]; k < lv.adjOffsets[v + 1]; k++) {
        const w = lv.adjNode[k], nd = through + edgeLossDb[lv.adjEdge[k]];
        if (nd < d[w]) { if (d[w] === Infinity) this.touched.push(w); d[w] = nd; q.push(w, nd); }
      }
    }
  }
}

/** Build the PLC link graph. */
export function buildPlcLinks(x: PlcLinkInput, channel: ChannelModel, control?: RunControl): PlcLinks {
  const { lv, meterNode, concNode } = x;
  const M = meterNode.length, C = concNode.length, T = x.transformerNode.length;
  // terminals per network, CSR: graph node ids (meters, then M + concentrator)
  const tOff = new Int32Array(T + 1);
  const netOf = (g: number) => lv.network[g < M ? meterNode[g] : concNode[g - M]];
  const lvOf = (g: number) => (g < M ? meterNode[g] : concNode[g - M]);
  for (let g = 0; g < M + C; g++) if (lvOf(g) >= 0) tOff[netOf(g) + 1]++;
  for (let t = 0; t < T; t++) tOff[t + 1] += tOff[t];
  const fill = tOff.slice(0, T), terms = new Int32Array(tOff[T]);
  for (let g = 0; g < M + C; g++) if (lvOf(g) >= 0) terms[fill[netOf(g)]++] = g;
  const dj = new Dijkstra(x);
  // attenuation from concentrators (map layer, direct links) and, with coupling, to each transformer
  const nodeAtt = new Float32Array(lv.nodeCount).fill(NaN);
  for (let c = 0; c < C; c++) {
    if (concNode[c] < 0) continue;
    dj.run(concNode[c]);
    for (const v of dj.touched) if (!(nodeAtt[v] <= dj.dist[v])) nodeAtt[v] = dj.dist[v];
  }
  const toT = new Float32Array(M + C).fill(Infinity);
  let near: KDBush | null = null;
  if (x.cross) {
    for (let t = 0; t < T; t++) {
      if (x.transformerNode[t] < 0) continue;
      dj.run(x.transformerNode[t]);
      for (let k = tOff[t]; k < tOff[t + 1]; k++) toT[terms[k]] = dj.dist[lvOf(terms[k])];
    }
    near = new KDBush(Math.max(1, T));
    for (let t = 0; t < T; t++) near.add(x.cross.transformerXM[t], x.cross.transformerYM[t]);
    if (T === 0) near.add(0, 0);
    near.finish();
  }
  const b = new EdgeBuilder(M + C, Math.max(1024, M * (x.maxNeighbours + 1)));
  let cap = Math.max(1024, M * (x.maxNeighbours + 1)), count = 0;
  let snrs = new Float32Array(cap), atts = new Float32Array(cap), froms = new Int32Array(cap);
  const directAttenuationDb = new Float32Array(M).fill(NaN), directSnrDb = new Float32Array(M).fill(NaN);
  const pool: { g: number; att: number }[] = [], cand: { g: number; att: number }[] = [];
  const usable: Candidate[] = [], chosen: Candidate[] = [];
  const coupling2 = 2 * x.couplingLossDb;
  let nc = 0;
  const put = (g: number, att: number) => { if (nc === pool.length) pool.push({ g: 0, att: 0 }); const c = pool[nc++]; c.g = g; c.att = att; };
  for (let net = 0; net < T; net++) {
    if ((net & 1023) === 0) checkpoint(control, 'channel', net, T);
    const noise = x.noisePsdDbmPerHz[net];
    for (let k = tOff[net]; k < tOff[net + 1]; k++) {
      const s = terms[k];
      if (s >= M) continue;
      dj.run(meterNode[s]);
      nc = 0;
      for (let j = tOff[net]; j < tOff[net + 1]; j++) if (terms[j] !== s) put(terms[j], dj.dist[lvOf(terms[j])] + coupling2);
      if (near && x.cross && toT[s] < Infinity) {
        for (const other of near.within(x.cross.transformerXM[net], x.cross.transformerYM[net], x.cross.radiusM)) {
          if (other === net) continue;
          for (let j = tOff[other]; j < tOff[other + 1]; j++) put(terms[j], toT[s] + x.cross.lossDb + toT[terms[j]] + coupling2);
        }
      }
      cand.length = 0;
      for (let j = 0; j < nc; j++) cand.push(pool[j]);
      cand.sort((a, c) => a.att - c.att);
      // usable links in attenuation order (screened with the channel's ETX table; past the ROBO threshold every further one is worse)
      let nu = 0;
      const own = nodeAtt[meterNode[s]];
      for (const { g, att } of cand) {
        if (!(att < Infinity)) break;
        const snr = x.txPsdDbmPerHz - att - noise;
        if (g >= M && Number.isNaN(directAttenuationDb[s]) && lv.network[concNode[g - M]] === net) { directAttenuationDb[s] = att; directSnrDb[s] = snr; }
        if (!channel.usable(snr, x.maxLinkEtx)) { if (snr < channel.thresholdsDb[0]) break; continue; }
        const va = g >= M ? -Infinity : nodeAtt[meterNode[g]];
        if (nu === usable.length) usable.push({ g: 0, att: 0, snr: 0, progress: 0, up: false });
        const u = usable[nu++];
        u.g = g; u.att = att; u.snr = snr; u.progress = va; u.up = g >= M || !(va >= own);
      }
      selectInto(usable, nu, x.maxNeighbours, chosen);
      for (const u of chosen) {
        const q = channel.link(u.snr);
        if (!(q.etx <= x.maxLinkEtx)) continue;
        b.add(s, u.g, q.etx, q.pdr, q.marginDb);
        if (count === cap) {
          cap *= 2;
          const grow = <A extends Float32Array | Int32Array>(a: A, c: A): A => { c.set(a); return c; };
          snrs = grow(snrs, new Float32Array(cap)); atts = grow(atts, new Float32Array(cap)); froms = grow(froms, new Int32Array(cap));
        }
        froms[count] = s; snrs[count] = u.snr; atts[count] = u.att; count++;
      }
    }
  }
  const graph = b.build();
  if (graph.offsets[M + C] !== count) throw new Error('PLC link graph: duplicate edges emitted');
  const pos = graph.offsets.slice(0, M + C);
  const edgeSnrDb = new Float32Array(count), edgeAttenuationDb = new Float32Array(count);
  for (let k = 0; k < count; k++) { const p = pos[froms[k]]++; edgeSnrDb[p] = snrs[k]; edgeAttenuationDb[p] = atts[k]; }
  return { graph, edgeSnrDb, edgeAttenuationDb, nodeAttenuationDb: nodeAtt, directAttenuationDb, directSnrDb };
}
