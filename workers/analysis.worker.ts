/** Browser Web Worker exposing the analysis API through comlink. */
import { expose } from 'comlink';
import { analysisApi } from './api/analysis-api';

expose(analysisApi);
