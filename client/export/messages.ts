import { defineMessages } from '../i18n/catalog.ts';

export const exportMessages = defineMessages({
  en: {
    export: {
      button: 'Export',
      menu: 'Export this board',
      files: 'Files',
      filesHint: 'Reports are written in {language}.',
      language: 'English',
      format: {
        pdf: 'Report (PDF)', docx: 'Report (Word)', html: 'Report (web page)', md: 'Report (Markdown)',
        xlsx: 'Spreadsheet (Excel)', interventionsCsv: 'Interventions (CSV)', stakeholdersCsv: 'Stakeholders (CSV)',
        relationsCsv: 'Relations (CSV)', json: 'Backup of the whole board (JSON)',
      },
      pictures: 'Pictures',
      picture: { matrix: 'Portfolio matrix', grid: 'Power/interest grid', network: 'Stakeholder network', canvas: 'Canvas' },
      as: '{picture} as {type}',
      preparing: 'Preparing {name}…',
      done: '{name} is downloaded.',
      failed: 'Could not export {name}: {error}',
      failure: {
        network: 'Could not export {name}: the server could not be reached. Check the connection and try again.',
        server: 'Could not export {name}: the server ran into an error while making the file. Try again in a moment.',
        access: 'Could not export {name}: this link no longer opens the board.',
      },
      retry: 'Try again',
      dismiss: 'Dismiss',
    },
  },
  sl: {
    export: {
      button: 'Izvoz',
      menu: 'Izvozi to tablo',
      files: 'Datoteke',
      filesHint: 'Poročila so v jeziku: {language}.',
      language: 'slovenščina',
      format: {
        pdf: 'Poročilo (PDF)', docx: 'Poročilo (Word)', html: 'Poročilo (spletna stran)', md: 'Poročilo (Markdown)',
        xlsx: 'Preglednica (Excel)', interventionsCsv: 'Ukrepi (CSV)', stakeholdersCsv: 'Deležniki (CSV)',
        relationsCsv: 'Povezave (CSV)', json: 'Varnostna kopija cele table (JSON)',
      },
      pictures: 'Slike',
      picture: { matrix: 'Matrika portfelja', grid: 'Mreža moč/interes', network: 'Mreža deležnikov', canvas: 'Platno' },
      as: '{picture} kot {type}',
      preparing: 'Pripravljam: {name} …',
      done: 'Preneseno: {name}.',
      failed: 'Izvoz »{name}« ni uspel: {error}',
      failure: {
        network: 'Izvoz »{name}« ni uspel: strežnik ni dosegljiv. Preverite povezavo in poskusite znova.',
        server: 'Izvoz »{name}« ni uspel: pri pripravi datoteke je na strežniku prišlo do napake. Čez trenutek poskusite znova.',
        access: 'Izvoz »{name}« ni uspel: ta povezava table ne odpre več.',
      },
      retry: 'Poskusi znova',
      dismiss: 'Zapri',
    },
  },
});
