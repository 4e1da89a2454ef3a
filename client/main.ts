import { mount } from 'svelte';
import './styles/global.css';
import { setupI18n } from './i18n/index.ts';
import App from './App.svelte';

setupI18n();
mount(App, { target: document.getElementById('app')! });
