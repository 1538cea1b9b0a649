/** An engine progress stage in the UI language (engines report English stage names; unknown ones pass through). */
import { t, type MessageKey } from './messages';

export function engineStageLabel(stage: string): string {
  const key = `stage.${stage}` as MessageKey;
  const s = t(key) as string | undefined;
  return s && s !== key ? s : stage;
}
