/**
 * The browser's recovery store: one record in IndexedDB (database
 * `fanplan-recovery`, store `copies`, key `current`). localStorage is too
 * small for a project, IndexedDB takes the bytes as they are. Every call
 * opens the database, does one transaction and closes it, so nothing stays
 * locked between autosaves.
 */
import type { RecoveryCopy } from '../platform/platform';

const DB_NAME = 'fanplan-recovery';
const STORE = 'copies';
const KEY = 'current';

function open(factory: IDBFactory | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const f = factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (!f) { reject(new Error('IndexedDB is not available in this browser')); return; }
    const req = f.open(DB_NAME, 1);
    req.onupgradeneeded = () => { if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE); };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB: cannot open the recovery store'));
    req.onblocked = () => reject(new Error('IndexedDB: the recovery store is blocked by another tab'));
  });
}

async function run<T>(factory: IDBFactory | undefined, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open(factory);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB: the recovery transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB: the recovery transaction was aborted (storage full?)'));
    });
  } finally {
    db.close();
  }
}

/** The recovery store over an IndexedDB factory (the page's `indexedDB`, or a fake in tests). */
export interface IdbRecoveryStore {
  write(copy: RecoveryCopy): Promise<void>;
  /** The stored copy; a record of the wrong shape is returned as is for the caller's checks to refuse. */
  read(): Promise<RecoveryCopy | null>;
  clear(): Promise<void>;
}

/** Create the store; `factory` defaults to the page's IndexedDB (looked up on each call). */
export function createIdbRecoveryStore(factory?: IDBFactory): IdbRecoveryStore {
  return {
    write: (copy) => run<unknown>(factory, 'readwrite', (s) => s.put({ meta: { ...copy.meta }, bytes: copy.bytes }, KEY)).then(() => undefined),
    read: async () => {
      let db: IDBDatabase;
      try {
        db = await open(factory);
      } catch (e) {
        // no IndexedDB (private browsing, disabled storage): there is no copy to offer, not a damaged one
        console.warn(`FANplan recovery: ${(e as Error).message}`);
        return null;
      }
      db.close();
      return (await run<RecoveryCopy | undefined>(factory, 'readonly', (s) => s.get(KEY))) ?? null;
    },
    clear: () => run<unknown>(factory, 'readwrite', (s) => s.delete(KEY)).then(() => undefined),
  };
}
