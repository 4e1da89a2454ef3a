/**
 * Registers public/sw.js (so a board reloads while the server is unreachable) and hands it the
 * asset URLs this page loaded before the worker controlled it, so they are cached too.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const sendAssets = (worker: ServiceWorker | null | undefined) => {
    const urls = performance.getEntriesByType('resource').map((e) => e.name)
      .filter((u) => u.startsWith(`${location.origin}/assets/`));
    worker?.postMessage({ type: 'cache-assets', urls });
  };
  navigator.serviceWorker.register('/sw.js').then(
    (registration) => {
      void navigator.serviceWorker.ready.then((r) => sendAssets(r.active));
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => { if (worker.state === 'activated') sendAssets(worker); });
      });
    },
    () => { /* no worker (private mode, http): the app still works online */ },
  );
}
