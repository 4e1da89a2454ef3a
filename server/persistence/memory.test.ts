import { describeStoreContract } from './store.contract.ts';
import { createMemoryStore } from './memory.ts';

describeStoreContract('memory', async () => {
  const store = createMemoryStore();
  return { store, cleanup: () => store.close() };
});
