/** Browser Web Worker exposing the mesh API through comlink. */
import { expose } from 'comlink';
import { meshApi } from './api/mesh-api';

expose(meshApi);
