/** Mounts the report view and the results export dialog when open (App.tsx renders this once). */
import './report.css';
import type { Platform } from '../platform';
import { ExportResultsDialog } from './ExportResultsDialog';
import { ReportView } from './ReportView';
import { useReportUi } from './report-state';

export function ReportHost({ platform }: { platform: Platform }) {
  const view = useReportUi((s) => s.view);
  if (view === 'report') return <ReportView platform={platform} />;
  if (view === 'export-results') return <ExportResultsDialog platform={platform} />;
  return null;
}
