import { describe, expect, it } from 'vitest';
import { runReportEngines } from '../../../cli/report-run';
import { generateDemoProject } from '../../../workers/engines/demo';
import { esc, mapSvg, niceLengthM, presetSources, renderReportHtml, REPORT_STRINGS } from '../../../workers/engines/report';
import { histogramSvg, stackedBarsSvg } from '../../../workers/engines/report/svg-charts';
import { driverValue, runReportEngines as runPure, tornadoSvg, TORNADO_COLOURS } from '../../../workers/engines/report';

describe('report strings', () => {
  it('English and Japanese have the same keys and no empty value', () => {
    expect(Object.keys(REPORT_STRINGS.ja).sort()).toEqual(Object.keys(REPORT_STRINGS.en).sort());
    for (const lang of ['en', 'ja'] as const) for (const v of Object.values(REPORT_STRINGS[lang])) expect(v.length).toBeGreaterThan(0);
  });
});

describe('method sources', () => {
  it('reads a source for parameters of every preset family', () => {
    const files = presetSources();
    for (const f of ['datasets/costs/default-costs-jpy.json', 'datasets/mesh/routing-defaults.json', 'datasets/plc/plc-defaults.json', 'datasets/star/lorawan.json', 'datasets/propagation/shadowing-defaults.json'])
      expect(files.find((x) => x.file === f)?.parameters.length, f).toBeGreaterThan(0);
    const hop = files.find((x) => x.file === 'datasets/mesh/routing-defaults.json')?.parameters.find((p) => p.path === 'hopLimit');
    expect(hop?.source).toMatch(/Wi-SUN/);
  });
});

describe('SVG figures', () => {
  it('map: outline, one dot per meter, collectors, scale bar with a round length', () => {
    expect(niceLengthM(740)).toBe(500);
    expect(niceLengthM(2100)).toBe(2000);
    const svg = mapSvg({ polygons: [[[[139, 35], [139.01, 35], [139.01, 35.01], [139, 35.01], [139, 35]]]], widthPx: 400, heightPx: 300, scaleLabel: (m) => `${m} m`,
      meters: { lon: [139.002, 139.005, 139.008], lat: [35.002, 35.005, 35.008], colour: (i) => (i ? '#111111' : '#222222') }, collectors: [{ lon: 139.005, lat: 35.004, colour: '#000', label: 'c<1>' }] });
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('<path d="M');
    expect(svg).toContain('c&lt;1&gt;');
    expect(svg).toMatch(/>(200|500) m</);
    // 0.01° of longitude at 35° N is ~912 m and of latitude ~1113 m: the map keeps the aspect (taller than wide).
    const [, d] = /<path d="M([^"]+)"/.exec(svg) ?? [];
    const pts = d.replace('Z', '').split(/[ML]/).map((s) => s.split(',').map(Number));
    const w = Math.max(...pts.map((p) => p[0])) - Math.min(...pts.map((p) => p[0])), h = Math.max(...pts.map((p) => p[1])) - Math.min(...pts.map((p) => p[1]));
    expect(w / h).toBeCloseTo(912.0 / 1113.2, 2);
  });

  it('charts: stacked bars scale to the largest total; histogram bins count every finite value', () => {
    const s = stackedBarsSvg([{ label: 'A & B', values: [1, 3] }, { label: 'C', values: [2, 0] }], [{ name: 'x', colour: '#f00' }, { name: 'y', colour: '#0f0' }], { widthPx: 500, unit: 'JPY' });
    expect(s).toContain('A &amp; B');
    expect(s.match(/<rect [^>]*fill="#f00"/g)?.length).toBe(3); // two bars + legend swatch
    const h = histogramSvg([0.1, 0.2, 0.25, NaN, 0.9], { lo: 0, hi: 1, bins: 10, widthPx: 300, heightPx: 120, colour: '#00f', title: 't', xLabel: String, yLabel: 'share' });
    expect(h.match(/<rect [^>]*fill="#00f"/g)).toHaveLength(3);
  });

  it('escapes text', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('HTML report', () => {
  it('contains every section in both languages, labels synthetic data, escapes the project name and has no NaN/undefined', () => {
    const project = generateDemoProject({ seed: 2, meters: 700 });
    project.meta.name = 'Demo <script>alert(1)</script> & co';
    const input = runReportEngines(project, { generatedUtc: '2026-01-01 00:00 UTC' });
    const en = renderReportHtml(input, { lang: 'en' });
    const ja = renderReportHtml(input, { lang: 'ja' });
    expect(en).toMatch(/^<!DOCTYPE html>/);
    expect(en).not.toContain('<script>');
    expect(en).toContain('Demo &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    for (const [html, s] of [[en, REPORT_STRINGS.en], [ja, REPORT_STRINGS.ja]] as const) {
      for (const k of ['summary', 'method', 'maps', 'comparison', 'charts', 'vendors', 'unconnected', 'appendix', 'synthetic', 'n1'] as const) expect(html, k).toContain(esc(s[k]).slice(0, 12));
      expect(html).not.toMatch(/\bNaN\b|undefined|\[object Object\]/);
      expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(1 + 2 * input.plan.areas.length);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/); // no network resources
    }
    expect(ja).toContain('<html lang="ja">');
    for (const a of input.plan.areas) expect(en).toContain(esc(a.name));
    expect(en).toContain('datasets/mesh/routing-defaults.json');
    // Not synthetic → no label.
    const real = renderReportHtml({ ...input, project: { ...input.project, meta: { ...input.project.meta, synthetic: false } } }, { lang: 'en' });
    expect(real).not.toContain(REPORT_STRINGS.en.synthetic);
  }, 60_000);
});

describe('sensitivity (tornado) section and translated labels', () => {
  it('tornado SVG: one low and one high bar per driver around a dashed base line; labels escaped', () => {
    const svg = tornadoSvg([{ label: 'A <b>', lowTco: 80, highTco: 130 }, { label: 'B', lowTco: 95, highTco: 105 }], 100, { widthPx: 600, unit: 'JPY', lowLabel: 'low', highLabel: 'high', baseLabel: 'base' });
    expect(svg.match(new RegExp(`<rect [^>]*fill="${TORNADO_COLOURS.low}"`, 'g'))).toHaveLength(3); // two bars + legend swatch
    expect(svg.match(new RegExp(`<rect [^>]*fill="${TORNADO_COLOURS.high}"`, 'g'))).toHaveLength(3);
    expect(svg).toContain('A &lt;b&gt;');
    expect(svg).toContain('stroke-dasharray');
    // bar widths scale with the distance from the base: A's low case (100 → 80) is four times B's (100 → 95)
    const widths = [...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="([^"]+)" height="15"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBeCloseTo(4 * widths[2], 1);
    expect(driverValue({ driver: 'discountRate' }, 0.02)).toBe('2.0 %');
    expect(driverValue({ driver: 'shadowingSigma' }, -2)).toBe('−2 dB');
  });

  it('a full run draws the tornado with translated driver names; quick mode says the analysis was skipped; no raw cost keys remain', () => {
    const project = generateDemoProject({ seed: 4, meters: 600 });
    const input = runPure(project, { generatedUtc: '2026-01-01 00:00 UTC', noResilience: true });
    expect(input.sensitivity?.bars).toHaveLength(5);
    for (const lang of ['en', 'ja'] as const) {
      const html = renderReportHtml(input, { lang }), s = REPORT_STRINGS[lang];
      expect(html).toContain(esc(s.sensitivity));
      expect(html).toContain('class="chart tornado"');
      for (const d of ['modulePrice', 'fees', 'discountRate', 'shadowingSigma', 'readSuccessTarget'] as const) expect(html, d).toContain(esc(s[`driver_${d}`]));
      for (const k of ['capexModules', 'capexCollectors', 'opexFees', 'opexBackhaul', 'opexMaintenance', 'opexManualReads'] as const) {
        expect(html, k).toContain(esc(s[`cost_${k}`]));
        expect(html, k).not.toMatch(new RegExp(`>${k}<`));
      }
      expect(html).toContain(esc(s.assumption_horizonYears));
      expect(html).not.toMatch(/<td>horizonYears<\/td>|<td>discountRate<\/td>/);
      expect(html).not.toMatch(/\bNaN\b|undefined/);
    }
    expect(renderReportHtml(input, { lang: 'ja' })).toContain('RFメッシュ');
    const jaHtml = renderReportHtml(input, { lang: 'ja' }), enHtml = renderReportHtml(input, { lang: 'en' });
    for (const a of input.plan.areas) {
      const key = `class_${a.class.replace(/-/g, '_')}` as keyof typeof REPORT_STRINGS.en;
      expect(jaHtml, a.class).toContain(`(${REPORT_STRINGS.ja[key]}, `);
      expect(enHtml, a.class).toContain(`(${REPORT_STRINGS.en[key]}, `);
    }
    const quick = runPure(project, { metersLimit: 300, noResilience: true, noSensitivity: true });
    expect(quick.sensitivity).toBeNull();
    const en = renderReportHtml(quick, { lang: 'en' }), ja = renderReportHtml(quick, { lang: 'ja' });
    expect(en).toContain(REPORT_STRINGS.en.sensitivitySkipped);
    expect(en).not.toContain('class="chart tornado"');
    expect(en).toContain('300 of 600 meters');
    expect(ja).toContain(REPORT_STRINGS.ja.sensitivitySkipped);
    expect(ja).toContain('全600台のうち均等に間引いた300台');
  }, 120_000);
});
