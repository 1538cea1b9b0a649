/**
 * Noise PSD of each LV network. Noise travels along the LV network, so a
 * network takes the noise PSD of the area class most of its meters are in
 * (datasets/plc noisePsdDbmPerHz per class and band, ESTIMATE values;
 * outsideAreaClass for meters outside every area).
 */
import type { PlcProfile } from '../../model';
import { AREA_CLASSES } from '../../model/enums';
import type { PlcInput } from './input';
import type { PlcPresets } from './presets';

/** Noise PSD per network: the majority area class of its meters (preset outsideAreaClass outside every area). */
export function networkNoisePsd(input: PlcInput, p: PlcPresets, band: PlcProfile['band']): Float32Array {
  const T = input.transformers.count, K = AREA_CLASSES.length;
  const counts = new Int32Array(T * K);
  const outside = AREA_CLASSES.indexOf(p.outsideAreaClass);
  for (let i = 0; i < input.meters.count; i++) {
    const t = input.meters.transformerIndex[i], a = input.meters.areaIndex[i];
    if (t >= 0) counts[t * K + (a >= 0 ? input.areaClassCode[a] : outside)]++;
  }
  return Float32Array.from({ length: T }, (_, t) => {
    let best = outside;
    for (let k = 0; k < K; k++) if (counts[t * K + k] > counts[t * K + best]) best = k;
    return p.noisePsdDbmPerHz[AREA_CLASSES[best]][band];
  });
}

