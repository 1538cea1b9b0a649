/** Browser Web Worker exposing the plan API through comlink. */
import { expose } from 'comlink';
import { planApi } from './api/plan-api';

expose(planApi);
