/** The project tree: areas with class, medium and meter counts; click selects the area and zooms to it. */
import { fmtNumber } from '../i18n/format';
import { t, type MessageKey } from '../i18n/messages';
import { COLORS } from '../map/layer-style';
import { metersPerArea } from '../state/selection';
import { focusArea } from '../state/tool-actions';
import { useAppState, useAppStore } from '../state/use-store';

export function ProjectTree() {
  const store = useAppStore();
  const doc = useAppState((s) => s.doc);
  const selection = useAppState((s) => s.selection);
  const counts = metersPerArea(doc);
  const outside = doc.meters.length - counts.reduce((a, b) => a + b, 0);
  const selected = new Set(selection.filter((r) => r.kind === 'area').map((r) => r.id));
  return (
    <section className="panel" aria-label={t('panel.tree')} data-testid="project-tree">
      <h2>{t('panel.tree')} <span className="count">{fmtNumber(doc.areas.length)}</span></h2>
      {doc.areas.length === 0 ? <p className="muted">{t('tree.empty')}</p> : (
        <ul role="tree" className="tree">
          {doc.areas.map((a, i) => (
            <li key={a.id} role="treeitem" aria-selected={selected.has(a.id)}>
              <button className={selected.has(a.id) ? 'tree-row selected' : 'tree-row'} data-area={a.id} title={t('tree.zoom', { name: a.name })} onClick={() => focusArea(store, a.id)}>
                <i className="sw box" style={{ background: COLORS.areaByClass[a.class] }} />
                <span className="tree-name">{a.name}</span>
                <span className="tree-meta">{t(`areaClass.${a.class}` as MessageKey)} · {t(`medium.${a.medium}` as MessageKey)}</span>
                <span className="count">{t('tree.meters', { n: fmtNumber(counts[i]) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {doc.areas.length > 0 && outside > 0 && <p className="muted" data-testid="tree-outside">{t('tree.outside', { n: fmtNumber(outside) })}</p>}
    </section>
  );
}
