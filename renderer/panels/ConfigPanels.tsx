/** Cost assumptions and simulation settings editors: every valid edit is an undoable document edit. */
import { costAssumptionsSchema, simulationSettingsSchema, type CostAssumptions, type SimulationSettings } from '../../workers/model';
import { t } from '../i18n/messages';
import { updaters } from '../state/updaters';
import { useAppState, useAppStore } from '../state/use-store';
import { COST_FIELDS, SETTINGS_FIELDS } from '../validation/field-specs';
import { SchemaForm } from './forms/SchemaForm';

export function CostsPanel() {
  const store = useAppStore();
  const costs = useAppState((s) => s.doc.costs);
  return (
    <section className="panel" aria-label={t('panel.costs')} data-testid="costs-panel">
      <h2>{t('panel.costs')}</h2>
      <SchemaForm<CostAssumptions> schema={costAssumptionsSchema as never} value={costs} fields={COST_FIELDS} onChange={(next) => store.edit((p) => updaters.updateCosts(p, next))} />
    </section>
  );
}

export function SimulationPanel() {
  const store = useAppStore();
  const settings = useAppState((s) => s.doc.settings);
  return (
    <section className="panel" aria-label={t('panel.simulation')} data-testid="simulation-panel">
      <h2>{t('panel.simulation')}</h2>
      <SchemaForm<SimulationSettings> schema={simulationSettingsSchema as never} value={settings} fields={SETTINGS_FIELDS} onChange={(next) => store.edit((p) => updaters.updateSettings(p, next))} />
    </section>
  );
}
