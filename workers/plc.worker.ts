/** Browser Web Worker exposing the PLC API through comlink. */
import { expose } from 'comlink';
import { plcApi } from './api/plc-api';

expose(plcApi);
