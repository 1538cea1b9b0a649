/**
 * Colour scales of the result layers. One table drives the MapLibre paint
 * expression and the legend, so they cannot drift.
 */
import type { ColourBy } from './types';

export interface ColourStop {
  value: number;
  color: string;
  /** Legend label (a number or a message key resolved by the legend). */
  label: string;
}

export interface ColourScale {
  /** 'interpolate': linear between stops; 'step': categorical (value ≥ stop). */
  kind: 'interpolate' | 'step';
  stops: ColourStop[];
}

export const MEDIUM_COLOURS = { mesh: '#2a9d8f', star: '#e9a93a', plc: '#7b3fc4' } as const;
/** Value used for "not connected" in the hops and medium scales. */
export const UNCONNECTED = -1;

export const METER_SCALES: Record<ColourBy, ColourScale> = {
  success: { kind: 'interpolate', stops: [
    { value: 0, color: '#b2182b', label: '0 %' }, { value: 0.9, color: '#ef8a62', label: '90 %' },
    { value: 0.99, color: '#fee08b', label: '99 %' }, { value: 0.999, color: '#1a9850', label: '99.9 %' },
  ] },
  hops: { kind: 'step', stops: [
    { value: UNCONNECTED, color: '#7f7f7f', label: 'results.legend.unconnected' }, { value: 1, color: '#08519c', label: '1' }, { value: 2, color: '#3182bd', label: '2' },
    { value: 3, color: '#6baed6', label: '3' }, { value: 5, color: '#fd8d3c', label: '5–7' }, { value: 8, color: '#d94801', label: '≥ 8' },
  ] },
  margin: { kind: 'interpolate', stops: [
    { value: -20, color: '#67001f', label: '≤ −20 dB' }, { value: 0, color: '#f4a582', label: '0 dB' }, { value: 10, color: '#92c5de', label: '10 dB' }, { value: 20, color: '#2166ac', label: '≥ 20 dB' },
  ] },
  medium: { kind: 'step', stops: [
    { value: UNCONNECTED, color: '#7f7f7f', label: 'results.legend.unconnected' }, { value: 0, color: MEDIUM_COLOURS.mesh, label: 'medium.mesh' },
    { value: 1, color: MEDIUM_COLOURS.star, label: 'medium.star' }, { value: 2, color: MEDIUM_COLOURS.plc, label: 'medium.plc' },
  ] },
};

/** MapLibre expression colouring `input` with a scale. */
export function scaleExpression(scale: ColourScale, input: unknown): unknown {
  if (scale.kind === 'interpolate') return ['interpolate', ['linear'], input, ...scale.stops.flatMap((s) => [s.value, s.color])];
  const [first, ...rest] = scale.stops;
  return ['step', input, first.color, ...rest.flatMap((s) => [s.value, s.color])];
}

/** PLC feeder SNR scale, dB (ROBO works down to about −1 dB, D8PSK needs about 15 dB). */
export const SNR_SCALE: ColourScale = { kind: 'interpolate', stops: [
  { value: -5, color: '#b2182b', label: '≤ −5 dB' }, { value: 0, color: '#ef8a62', label: '0 dB' }, { value: 6, color: '#fee08b', label: '6 dB' }, { value: 15, color: '#1a9850', label: '≥ 15 dB' },
] };

/** Collector load: duty cycle, % (ARIB STD-T108 limits a 920 MHz station to 10 % per hour). */
export const DUTY_SCALE: ColourScale = { kind: 'interpolate', stops: [
  { value: 0, color: '#1a9850', label: '0 %' }, { value: 5, color: '#fee08b', label: '5 %' }, { value: 10, color: '#d73027', label: '≥ 10 %' },
] };
