import { defineMessages } from '../i18n/catalog.ts';

export const shellMessages = defineMessages({
  en: {
    shell: {
      language: 'Language',
      loading: 'Opening the board…',
      undo: 'Undo', redo: 'Redo',
      views: 'Board views',
      view: { portfolio: 'Portfolio', stakeholders: 'Stakeholders', canvas: 'Canvas' },
      roles: { facilitator: 'Facilitator', editor: 'Editor', commenter: 'Commenter', viewer: 'Viewer' },
      connection: { connecting: 'Connecting…', online: 'Online', offline: 'Offline — changes are kept', reconnecting: 'Reconnecting…' },
      templates: { blank: 'Blank board', barriers: 'Systemic barriers and opportunities (A-3.1)', 'transition-map': 'Climate Transition Map (six phases)' },
      home: {
        lead: 'A live workshop board for the portfolio of interventions, the stakeholder map and the Climate City Contract.',
        create: 'Create a board', title: 'Title', city: 'City', template: 'Template', createButton: 'Create board',
        recent: 'Boards opened in this browser', noRecent: 'None yet.',
      },
      errors: {
        missingToken: 'This link has no access token. Ask the facilitator for a board link.',
        notFound: 'This board does not exist (or was deleted).',
        forbidden: 'This link does not open this board. It may have been replaced: ask the facilitator for a new one.',
        unreachable: 'The server cannot be reached and this board is not stored in this browser.',
        home: 'Go to the start page',
      },
    },
  },
  sl: {
    shell: {
      language: 'Jezik',
      loading: 'Odpiram tablo …',
      undo: 'Razveljavi', redo: 'Uveljavi',
      views: 'Pogledi table',
      view: { portfolio: 'Portfelj', stakeholders: 'Deležniki', canvas: 'Platno' },
      roles: { facilitator: 'Moderator', editor: 'Urednik', commenter: 'Komentator', viewer: 'Gledalec' },
      connection: { connecting: 'Povezujem …', online: 'Povezano', offline: 'Brez povezave — spremembe so shranjene', reconnecting: 'Ponovno povezujem …' },
      templates: { blank: 'Prazna tabla', barriers: 'Sistemske ovire in priložnosti (A-3.1)', 'transition-map': 'Zemljevid podnebnega prehoda (šest faz)' },
      home: {
        lead: 'Tabla za delavnice v živo: portfelj ukrepov, zemljevid deležnikov in podnebna pogodba mesta.',
        create: 'Ustvari tablo', title: 'Naslov', city: 'Mesto', template: 'Predloga', createButton: 'Ustvari tablo',
        recent: 'Table, odprte v tem brskalniku', noRecent: 'Še nobene.',
      },
      errors: {
        missingToken: 'Povezava nima žetona za dostop. Prosite moderatorja za povezavo do table.',
        notFound: 'Ta tabla ne obstaja (ali je bila izbrisana).',
        forbidden: 'Ta povezava ne odpre te table. Morda je bila zamenjana: prosite moderatorja za novo.',
        unreachable: 'Strežnik ni dosegljiv in ta tabla ni shranjena v tem brskalniku.',
        home: 'Na začetno stran',
      },
    },
  },
});
