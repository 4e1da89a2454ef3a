/**
 * @hocuspocus/server 3.x as people run it, for the bench. With DB_FILE set it keeps documents in
 * SQLite the way @hocuspocus/extension-sqlite does (that extension is not installed here, so its
 * behaviour is reproduced with better-sqlite3): load the stored state in onLoadDocument, store the
 * whole encoded state in onStoreDocument, which Hocuspocus debounces (2 s, at most 10 s) and runs
 * again when the last client leaves and on shutdown. Env: HOST, PORT, DB_FILE (optional).
 */
import Database from 'better-sqlite3';
import { Server, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';

function sqliteExtension(file: string): Partial<Extension> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
  const select = db.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?');
  const upsert = db.prepare('INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data');
  return {
    async onLoadDocument({ document, documentName }) {
      const row = select.get(documentName);
      if (row) Y.applyUpdate(document, new Uint8Array(row.data));
      return document;
    },
    async onStoreDocument({ document, documentName }) {
      upsert.run(documentName, Buffer.from(Y.encodeStateAsUpdate(document)));
    },
    async onDestroy() { db.close(); },
  };
}

const extensions = process.env.DB_FILE ? [sqliteExtension(process.env.DB_FILE)] : [];
const server = new Server({
  port: Number(process.env.PORT ?? 1236),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  stopOnSignals: true,
  extensions: extensions as Extension[],
});
await server.listen();
console.log(`hocuspocus listening on ${server.address.port}`);
