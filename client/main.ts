import { mount } from 'svelte';
import './styles/global.css';
import { setupI18n } from './i18n/index.ts';
import App from './App.svelte';
import { registerServiceWorker } from './shell/service-worker.ts';

setupI18n();
mount(App, { target: document.getElementById('app')! });
// Only built apps: the dev server's modules are not hashed assets and must never be cached.
if (import.meta.env.PROD) registerServiceWorker();
