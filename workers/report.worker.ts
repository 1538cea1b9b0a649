/** Browser Web Worker exposing the report API (report HTML, result exports) through comlink. */
import { expose } from 'comlink';
import { reportApi } from './api/report-api';

expose(reportApi);
