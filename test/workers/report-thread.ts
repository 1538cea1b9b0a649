/** A worker_thread exposing the report API, for test/workers/report-worker.test.ts (the app uses workers/report.worker.ts). */
import { reportApi } from '../../workers/api/report-api';
import { exposeToParent } from '../../cli/threads/expose-thread';

exposeToParent(reportApi, 'report-thread');
