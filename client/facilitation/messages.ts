import { defineMessages } from '../i18n/catalog.ts';

export const facilitationMessages = defineMessages({
  en: {
    facilitation: {
      bar: 'Facilitation',
      timer: {
        label: 'Timer', remaining: 'Time left: {time}', idle: 'Timer not running', paused: 'Paused', done: 'Time is up',
        duration: 'Duration', minutes: '{count, plural, one {# minute} other {# minutes}}',
        start: 'Start', pause: 'Pause', resume: 'Resume', reset: 'Reset', addMinute: '+1 min', addMinuteLabel: 'Add one minute',
        announceDone: 'Time is up', announceStarted: 'Timer started: {time}',
      },
      vote: {
        label: 'Voting', start: 'Start voting round', startTitle: 'New voting round', title: 'Question', titlePlaceholder: 'e.g. Which interventions first?',
        target: 'Vote on', targets: { interventions: 'Interventions', stakeholders: 'Stakeholders', canvas: 'Canvas notes' },
        perPerson: 'Votes per person', create: 'Start', cancel: 'Cancel',
        close: 'Close voting', reveal: 'Reveal results', hide: 'Hide results', dismiss: 'Done', delete: 'Delete round',
        open: 'Voting: {title}', closed: 'Voting closed: {title}',
        left: '{count, plural, =0 {No votes left} one {# vote left} other {# votes left}}',
        ballot: 'Vote', ballotTitle: 'Vote: {title}',
        add: 'Vote for {name}', remove: 'Take back a vote from {name}', mine: '{count, plural, one {# of your votes} other {# of your votes}}',
        count: '{count, plural, one {# vote} other {# votes}}', hidden: 'Counts are hidden until the facilitator reveals them.',
        voters: '{count, plural, one {# person voted} other {# people voted}}',
        results: 'Results', allResults: 'All rounds', resultsTitle: 'Voting results', noRounds: 'No voting rounds yet.', rank: 'Rank', item: 'Item', votes: 'Votes',
        notRevealed: 'Not revealed yet', nothing: 'Nothing to vote on yet.', untitled: 'Voting round',
        deleted: '(deleted)', noteLabel: 'Note: {text}',
      },
      private: { on: 'Private mode', hint: 'New notes stay in their authors\' browsers — not even the server has them — until you reveal them. Someone who is away shares theirs when they come back.', reveal: 'Reveal all notes', toggle: 'Private mode', active: 'Private mode: your new notes stay in this browser, seen by no one else, until the facilitator reveals them.' },
      lock: { all: 'Lock everything', none: 'Unlock everything', hint: 'Locked cards and notes cannot be moved by accident.', lockOne: 'Lock: cannot be moved', unlockOne: 'Unlock', locked: 'Locked' },
      summon: { button: 'Bring everyone to me', done: 'Everyone was brought to your view', arrived: '{name} brought everyone here' },
      people: {
        label: 'Who is where', follow: 'Follow {name} ({view})', unfollow: 'Stop following {name}', following: 'Following {name}',
        stop: 'Stop following', here: '{name}, {view}', nobody: 'Nobody else here yet', you: 'You',
      },
      view: { portfolio: 'Portfolio', stakeholders: 'Stakeholders', canvas: 'Canvas', other: 'elsewhere' },
      close: 'Close', tools: 'Facilitator tools', cursor: '{name}\'s pointer',
    },
  },
  sl: {
    facilitation: {
      bar: 'Moderiranje',
      timer: {
        label: 'Časovnik', remaining: 'Preostali čas: {time}', idle: 'Časovnik ne teče', paused: 'Ustavljeno', done: 'Čas je potekel',
        duration: 'Trajanje', minutes: '{count, plural, one {# minuta} two {# minuti} few {# minute} other {# minut}}',
        start: 'Začni', pause: 'Ustavi', resume: 'Nadaljuj', reset: 'Ponastavi', addMinute: '+1 min', addMinuteLabel: 'Dodaj minuto',
        announceDone: 'Čas je potekel', announceStarted: 'Časovnik teče: {time}',
      },
      vote: {
        label: 'Glasovanje', start: 'Začni glasovanje', startTitle: 'Nov krog glasovanja', title: 'Vprašanje', titlePlaceholder: 'npr. Kateri ukrepi najprej?',
        target: 'Glasujemo o', targets: { interventions: 'Ukrepi', stakeholders: 'Deležniki', canvas: 'Listki na platnu' },
        perPerson: 'Glasov na osebo', create: 'Začni', cancel: 'Prekliči',
        close: 'Zaključi glasovanje', reveal: 'Razkrij rezultate', hide: 'Skrij rezultate', dismiss: 'Končano', delete: 'Izbriši krog',
        open: 'Glasovanje: {title}', closed: 'Glasovanje zaključeno: {title}',
        left: '{count, plural, =0 {Nimate več glasov} one {Še # glas} two {Še # glasova} few {Še # glasovi} other {Še # glasov}}',
        ballot: 'Glasuj', ballotTitle: 'Glasovanje: {title}',
        add: 'Glasuj za {name}', remove: 'Umakni glas za {name}', mine: '{count, plural, one {# vaš glas} two {# vaša glasova} few {# vaši glasovi} other {# vaših glasov}}',
        count: '{count, plural, one {# glas} two {# glasova} few {# glasovi} other {# glasov}}', hidden: 'Števila so skrita, dokler jih moderator ne razkrije.',
        voters: '{count, plural, one {Glasovala je # oseba} two {Glasovali sta # osebi} few {Glasovale so # osebe} other {Glasovalo je # oseb}}',
        results: 'Rezultati', allResults: 'Vsi krogi', resultsTitle: 'Rezultati glasovanj', noRounds: 'Glasovanj še ni bilo.', rank: 'Mesto', item: 'Element', votes: 'Glasovi',
        notRevealed: 'Še ni razkrito', nothing: 'Še ni ničesar za glasovanje.', untitled: 'Krog glasovanja',
        deleted: '(izbrisano)', noteLabel: 'Listek: {text}',
      },
      private: { on: 'Zasebni način', hint: 'Novi listki ostanejo v brskalnikih avtorjev — nima jih niti strežnik —, dokler jih ne razkrijete. Kdor je odsoten, jih deli, ko se vrne.', reveal: 'Razkrij vse listke', toggle: 'Zasebni način', active: 'Zasebni način: vaši novi listki ostanejo v tem brskalniku in jih ne vidi nihče drug, dokler jih moderator ne razkrije.' },
      lock: { all: 'Zakleni vse', none: 'Odkleni vse', hint: 'Zaklenjenih kartic in listkov ni mogoče po nesreči premakniti.', lockOne: 'Zakleni: ni ga mogoče premakniti', unlockOne: 'Odkleni', locked: 'Zaklenjeno' },
      summon: { button: 'Pripelji vse k meni', done: 'Vsi so bili pripeljani v vaš pogled', arrived: '{name} je vse pripeljal(a) sem' },
      people: {
        label: 'Kdo je kje', follow: 'Sledi osebi {name} ({view})', unfollow: 'Nehaj slediti osebi {name}', following: 'Sledite osebi {name}',
        stop: 'Nehaj slediti', here: '{name}, {view}', nobody: 'Nikogar drugega še ni', you: 'Vi',
      },
      view: { portfolio: 'Portfelj', stakeholders: 'Deležniki', canvas: 'Platno', other: 'drugje' },
      close: 'Zapri', tools: 'Orodja moderatorja', cursor: 'Kazalec osebe {name}',
    },
  },
});
