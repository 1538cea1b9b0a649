/** Browser Web Worker exposing the star API through comlink. */
import { expose } from 'comlink';
import { starApi } from './api/star-api';

expose(starApi);
