/**
 * Facilitation in real browsers, with a facilitator and participants in separate contexts: the
 * shared timer reads the same everywhere (reloads included); the agenda the facilitator writes and
 * walks through is followed live by everyone else, who cannot change it; a dot-voting round where the
 * per-person limit holds, counts stay hidden until revealed and the revealed ranking is the same
 * in every browser; follow mode; "bring everyone to me"; private mode; locks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openBoard, importCsv, expectNoAxeViolations, person, KRANJ, type Board } from './support/fixtures.ts';
import { FacilitationPage } from './pages/facilitation-page.ts';
import { CanvasPage } from './pages/canvas-page.ts';
import { PortfolioPage } from './pages/portfolio-page.ts';
import { StakeholdersPage } from './pages/stakeholders-page.ts';

const CSV = [
  'code,title,field,levers,status',
  'M1,Bike lanes to schools,mobility,technology,idea',
  'E1,Solar on public roofs,energy,technology,planned',
  'B1,Renovation advice desk,buildings,learning,idea',
].join('\n');

test.describe('facilitation', () => {
  test('the shared timer reads the same in every browser, after a reload too', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Timer');
    const fac = new FacilitationPage(await person(browser, server.url, board, 'facilitator', 'Fran'));
    const ana = new FacilitationPage(await person(browser, server.url, board, 'editor', 'Ana'));
    await expect(ana.page.getByTestId('timer-start')).toHaveCount(0); // only the facilitator runs it

    await fac.startTimer(10);
    await expect(ana.timer).toHaveAttribute('data-status', 'running');
    await expect(ana.timerDisplay).toHaveText(/^(10:00|9:5\d)$/);

    await fac.page.getByTestId('timer-pause').click();
    await expect(ana.timer).toHaveAttribute('data-status', 'paused');
    const shown = await fac.timerDisplay.textContent();
    await expect(ana.timerDisplay).toHaveText(shown!);
    await ana.page.reload();
    await expect(ana.timer).toHaveAttribute('data-status', 'paused');
    await expect(ana.timerDisplay).toHaveText(shown!);

    await fac.page.getByTestId('timer-add').click();
    await expect(ana.timerDisplay).not.toHaveText(shown!);
    await fac.page.getByTestId('timer-resume').click();
    await expect(ana.timer).toHaveAttribute('data-status', 'running');
    await fac.page.getByTestId('timer-reset').click();
    await expect(ana.timer).toHaveAttribute('data-status', 'idle');
    await fac.page.context().close(); await ana.page.context().close();
  });

  test('the facilitator writes an agenda and moves through it; an editor follows the current step live and cannot change it', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Agenda');
    const fac = new FacilitationPage(await person(browser, server.url, board, 'facilitator', 'Fran'));
    const ana = new FacilitationPage(await person(browser, server.url, board, 'editor', 'Ana'));
    await expect(ana.agenda).toHaveCount(0); // no agenda yet: nothing in her bar

    // written from the keyboard: three steps, one moved up with its button
    await fac.openAgenda();
    await fac.addAgendaStep('Welcome and goals', 10);
    await fac.addAgendaStep('Barriers and opportunities', 25);
    await fac.addAgendaStep('Dot vote on interventions');
    const moveUp = fac.agendaSteps.nth(2).getByTestId('agenda-step-up');
    await moveUp.focus();
    await fac.page.keyboard.press('Enter');
    expect(await fac.agendaTitles()).toEqual(['Welcome and goals', 'Dot vote on interventions', 'Barriers and opportunities']);
    await expect(fac.agendaSteps.nth(1).getByTestId('agenda-step-up')).toBeFocused(); // focus moved with the step
    await expectNoAxeViolations(fac.page, '[data-testid="agenda-dialog"]');
    await fac.closeAgenda();

    await expect(ana.agendaCurrent).toHaveText('3 steps planned, not started');
    await expect(ana.agendaNext).toHaveText('Next: Welcome and goals');

    // each step the facilitator moves on to shows, and is announced, in Ana's browser
    await fac.page.getByTestId('agenda-step-next').click();
    await expect(ana.agendaCurrent).toContainText('Step 1 of 3');
    await expect(ana.agendaCurrent).toContainText('Welcome and goals');
    await expect(ana.agendaNext).toHaveText('Next: Dot vote on interventions');
    await expect(ana.page.getByTestId('agenda-announcement')).toHaveText('Now: Welcome and goals (step 1 of 3)');
    await fac.page.getByTestId('agenda-step-next').click();
    await expect(ana.agendaCurrent).toContainText('Dot vote on interventions');
    await expect(ana.page.getByTestId('agenda-announcement')).toHaveText('Now: Dot vote on interventions (step 2 of 3)');
    await expect(fac.page.getByTestId('agenda-start-timer')).toHaveCount(0); // that step has no duration
    // moving on never starts the timer; one button does, with the step's minutes
    await fac.page.getByTestId('agenda-step-next').click();
    await expect(ana.agendaCurrent).toContainText('Step 3 of 3');
    await expect(ana.agendaNext).toHaveText('Last step');
    await expect(ana.timer).toHaveAttribute('data-status', 'idle');
    await fac.page.getByTestId('agenda-start-timer').click();
    await expect(ana.timer).toHaveAttribute('data-status', 'running');
    await expect(ana.timerDisplay).toHaveText(/^(25:00|24:5\d)$/);
    await fac.page.getByTestId('agenda-previous').click();
    await expect(ana.agendaCurrent).toContainText('Dot vote on interventions');

    // Ana reads the whole agenda, the current step marked, and is offered no way to change it
    await expect(ana.page.getByTestId('agenda-step-next')).toHaveCount(0);
    await expect(ana.page.getByTestId('agenda-previous')).toHaveCount(0);
    await expect(ana.page.getByTestId('agenda-start-timer')).toHaveCount(0);
    await ana.openAgenda();
    expect(await ana.agendaTitles()).toEqual(['Welcome and goals', 'Dot vote on interventions', 'Barriers and opportunities']);
    await expect(ana.agendaSteps.nth(1)).toHaveAttribute('aria-current', 'step');
    await expect(ana.agendaSteps.nth(0)).toContainText('10 min');
    await expect(ana.agendaDialog.getByRole('textbox')).toHaveCount(0);
    await expect(ana.agendaDialog.getByRole('spinbutton')).toHaveCount(0);
    await expect(ana.agendaDialog.getByTestId('agenda-add')).toHaveCount(0);
    await expect(ana.agendaDialog).toContainText('Only the facilitator changes the agenda.');
    await expectNoAxeViolations(ana.page, '[data-testid="agenda-dialog"]');
    // the dialog follows the facilitator live, too
    await fac.page.getByTestId('agenda-step-next').click();
    await expect(ana.agendaSteps.nth(2)).toHaveAttribute('aria-current', 'step');
    await ana.closeAgenda();

    // it is on the board, not in a browser: a reload shows the same step
    await ana.page.reload();
    await expect(ana.agendaCurrent).toContainText('Barriers and opportunities');
    await fac.page.context().close(); await ana.page.context().close();
  });

  test('keyboard and screen-reader users keep their place and hear what changed: agenda, timer, voting, locks, avatars', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Accessible facilitation');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    const fac = new FacilitationPage(await person(browser, server.url, board, 'facilitator', 'Fran'));
    // someone whose colour (from another version of the app) is a light orange
    const context = await browser.newContext();
    const orangePage = await context.newPage();
    await orangePage.addInitScript(() => {
      if (!localStorage.getItem('leverboard:identity')) localStorage.setItem('leverboard:identity', JSON.stringify({ id: crypto.randomUUID(), name: 'Olga', color: '#f97316' }));
    });
    await openBoard(orangePage, server.url, board.id, board.tokens.editor, 'Olga');
    const { page } = fac;

    // the agenda dialog: a moved step says where it went; "Start" keeps focus in its row
    await fac.openAgenda();
    await fac.addAgendaStep('Welcome', 5);
    await fac.addAgendaStep('Barriers', 20);
    await fac.addAgendaStep('Dot vote');
    await fac.agendaSteps.nth(2).getByTestId('agenda-step-up').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('agenda-dialog-announcement')).toHaveText('“Dot vote” is now step 2 of 3');
    await fac.agendaSteps.nth(2).getByTestId('agenda-step-start').focus();
    await page.keyboard.press('Enter');
    await expect(fac.agendaSteps.nth(2)).toHaveAttribute('aria-current', 'step');
    await expect(fac.agendaSteps.nth(2).getByTestId('agenda-step-title')).toBeFocused();
    await expect(page.getByTestId('agenda-dialog-announcement')).toHaveText('Now: Barriers (step 3 of 3)');
    await expect(fac.agendaDialog).toBeVisible();
    await fac.closeAgenda();
    await expect(fac.timer).toHaveAttribute('data-status', 'running');

    // a reload does not announce the step the page opened on; a real change is; a new language clears it
    await page.reload();
    await expect(fac.agendaCurrent).toContainText('Barriers');
    await expect(fac.timer).toHaveAttribute('data-status', 'running');
    await page.waitForTimeout(300);
    await expect(page.getByTestId('agenda-announcement')).toHaveText('');
    await expect(page.getByTestId('timer-announcement')).toHaveText('');
    await page.getByTestId('agenda-previous').click();
    await expect(page.getByTestId('agenda-announcement')).toHaveText('Now: Dot vote (step 2 of 3)');
    await page.getByTestId('language').selectOption('sl');
    await expect(fac.agendaCurrent).toContainText('Korak 2 od 3');
    await expect(page.getByTestId('agenda-announcement')).toHaveText('');
    await page.getByTestId('language').selectOption('en');

    // the timer: "+1 min" is named by its visible text first; a start is announced
    await expect(fac.timer.getByRole('button', { name: /^\+1 min/ })).toBeVisible();
    await page.getByTestId('timer-reset').click();
    await fac.startTimer(3);
    await expect(page.getByTestId('timer-announcement')).toHaveText(/^Timer started: (3:00|2:5\d)$/);

    // locks: how many items changed is said
    await page.getByTestId('lock-menu').click();
    await page.getByTestId('lock-all').click();
    await expect(page.getByTestId('lock-announcement')).toHaveText('Locked 3 items');
    await expect(page.getByTestId('lock-menu')).toBeFocused();
    await page.getByTestId('lock-menu').click();
    await page.getByTestId('unlock-all').click();
    await expect(page.getByTestId('lock-announcement')).toHaveText('Unlocked 3 items');

    // voting: focus goes from "Start voting round" to the round's ballot button, and stays on a
    // ballot item when its last dot is given (and taken back)
    await fac.startRound('First things', 'interventions', 1);
    await expect(page.getByTestId('open-ballot')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(fac.ballot).toBeVisible();
    const item = fac.ballotItem('Solar');
    await item.getByTestId('vote-add').focus();
    await page.keyboard.press('Enter');
    await expect(item.getByTestId('vote-add')).toBeDisabled();
    await expect(item.getByTestId('vote-remove')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(item.getByTestId('vote-remove')).toHaveCount(0);
    await expect(item.getByTestId('vote-add')).toBeFocused();
    await fac.closeBallot();

    // avatars: dark initials on a light colour, white on the app's own dark ones
    const initialsColour = (l: import('@playwright/test').Locator) => l.evaluate((el) => getComputedStyle(el).color);
    await expect.poll(() => initialsColour(page.getByTestId('presence-peer').first())).toBe('rgb(0, 0, 0)');
    expect(await initialsColour(fac.followButton('Olga').locator('.initials'))).toBe('rgb(0, 0, 0)');
    expect(await initialsColour(page.getByTestId('presence-self'))).toBe('rgb(255, 255, 255)');
    await expectNoAxeViolations(page);
    await context.close();
    await page.context().close();
  });

  test('dot voting: limits hold, counts stay hidden, and the revealed ranking is the same everywhere', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Voting');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    const fac = new FacilitationPage(await person(browser, server.url, board, 'facilitator', 'Fran'));
    const ana = new FacilitationPage(await person(browser, server.url, board, 'editor', 'Ana'));
    const mentor = new FacilitationPage(await person(browser, server.url, board, 'commenter', 'Mira'));

    await fac.startRound('Which first?', 'interventions', 2);
    await expect(ana.votesLeft).toHaveText('2 votes left');
    await expect(mentor.votesLeft).toHaveText('2 votes left');

    await ana.openBallot();
    await ana.vote('Bike lanes', 2);
    await expect(ana.votesLeft).toHaveText('No votes left');
    await expect(ana.ballotItem('Solar').getByTestId('vote-add')).toBeDisabled();
    // anonymous until revealed: no counts for participants
    await expect(ana.ballot.getByTestId('vote-count')).toHaveCount(0);
    await ana.page.screenshot({ path: '/tmp/facilitation-ballot.png' });

    await mentor.openBallot();
    await mentor.vote('Solar');
    await mentor.vote('Renovation');
    await fac.openBallot();
    await fac.vote('Solar');
    // the facilitator sees the counts live
    await expect(fac.ballot.getByTestId('ranking-row')).toHaveCount(3);

    await fac.closeBallot();
    await fac.page.getByTestId('close-round').click();
    await expect(ana.page.getByTestId('round-status')).toHaveAttribute('data-state', 'closed');
    await fac.page.getByTestId('reveal-round').click();

    // a tie shares the rank and is listed by name, the same way everywhere
    const expected = ['1|E1 Solar on public roofs|2', '1|M1 Bike lanes to schools|2', '3|B1 Renovation advice desk|1'];
    for (const p of [fac, ana, mentor]) {
      if (await p.ballot.isVisible()) await p.closeBallot();
      await p.openBallot();
      await expect(p.ballot.getByTestId('ranking-row')).toHaveCount(3);
      expect(await p.ranking()).toEqual(expected);
      await p.closeBallot();
    }
    // results are kept per round
    await fac.page.getByTestId('dismiss-round').click();
    await fac.startRound('Second round', 'interventions', 1);
    await ana.page.getByTestId('open-results').click();
    await expect(ana.page.getByTestId('past-round')).toHaveCount(2);
    expect(await ana.ranking(ana.page.getByTestId('past-round').filter({ hasText: 'Which first?' }))).toEqual(expected);
    await ana.page.screenshot({ path: '/tmp/facilitation-results.png' });
    await expectNoAxeViolations(ana.page);

    // the board itself does not say who voted for what: ballots are not participant ids, and
    // one person's ballots in two rounds do not match
    await ana.page.keyboard.press('Escape');
    if (await ana.ballot.isVisible()) await ana.closeBallot();
    await ana.openBallot();
    await ana.vote('Renovation');
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=json&token=${board.tokens.viewer}`);
    const votes = (await res.json() as { board: { votes: { voter: string; round: string }[] } }).board.votes;
    expect(votes).toHaveLength(6);
    const people = await Promise.all([fac, ana, mentor].map((p) => p.page.evaluate(() => JSON.parse(localStorage.getItem('leverboard:identity')!).id as string)));
    for (const v of votes) expect(people).not.toContain(v.voter);
    const ballotsPerRound = new Map<string, Set<string>>();
    for (const v of votes) ballotsPerRound.set(v.round, (ballotsPerRound.get(v.round) ?? new Set()).add(v.voter));
    // the first round had three voters, the second one (Ana again)
    const [first, second] = [...ballotsPerRound.values()].sort((a, b) => b.size - a.size);
    expect([first!.size, second!.size]).toEqual([3, 1]);
    expect([...second!].filter((b) => first!.has(b))).toEqual([]);
    for (const p of [fac, ana, mentor]) await p.page.context().close();
  });

  test('a voted note made into an intervention keeps its dots: the results and the matrix name the card', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Voted notes');
    const fac = new FacilitationPage(await person(browser, server.url, board, 'facilitator', 'Fran'));
    const ana = new FacilitationPage(await person(browser, server.url, board, 'editor', 'Ana'));
    const canvas = new CanvasPage(ana.page);
    await canvas.open();
    await canvas.addNote('Car-free school streets');
    await canvas.addNote('Repair café');

    await fac.startRound('Notes to take on', 'canvas', 3);
    await ana.openBallot();
    await ana.vote('Car-free school streets', 2);
    await ana.vote('Repair café');
    await ana.closeBallot();
    await fac.page.getByTestId('close-round').click();
    await fac.page.getByTestId('reveal-round').click();

    // the editor turns the winning note into an intervention
    await canvas.click('Car-free school streets');
    await canvas.selectionBar.getByTestId('to-intervention').click();
    await expect(canvas.item('Car-free school streets')).toHaveCount(0);

    const expected = ['1|Car-free school streets|2', '2|Note: Repair café|1'];
    for (const p of [fac, ana]) {
      await p.openBallot();
      await expect(p.ballot.getByTestId('ranking-row')).toHaveCount(2);
      expect(await p.ranking()).toEqual(expected);
      await p.closeBallot();
    }
    // the card on the matrix carries them too
    const portfolio = new PortfolioPage(ana.page);
    await portfolio.open();
    await expect(portfolio.card('Car-free school streets').getByTestId('card-votes')).toContainText('2');
    for (const p of [fac, ana]) await p.page.context().close();
  });

  test('follow mode tracks the followed person until you move yourself', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Follow');
    const ana = new FacilitationPage(await person(browser, server.url, board, 'editor', 'Ana'));
    const bor = new FacilitationPage(await person(browser, server.url, board, 'editor', 'Bor'));
    await ana.followButton('Bor').click();
    await expect(ana.page.getByTestId('following')).toContainText('Bor');

    await bor.page.getByTestId('view-stakeholders').click();
    await expect(ana.page.getByTestId('view-stakeholders')).toHaveAttribute('aria-current', 'page');
    await bor.page.getByTestId('view-canvas').click();
    await expect(ana.page.getByTestId('view-canvas')).toHaveAttribute('aria-current', 'page');
    // the canvas viewport follows too
    await bor.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => ana.page.locator('.svelte-flow__viewport').getAttribute('style'))
      .toBe(await bor.page.locator('.svelte-flow__viewport').getAttribute('style'));
    // on a smaller screen Ana sees all that Bor sees: zoomed out further than he is
    const scale = async (p: typeof ana.page) => Number((await p.locator('.svelte-flow__viewport').getAttribute('style'))?.match(/scale\(([\d.]+)\)/)?.[1]);
    await ana.page.setViewportSize({ width: 700, height: 500 });
    await bor.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await scale(ana.page)) < (await scale(bor.page)) * 0.8).toBe(true);

    // Ana moves by herself: following stops
    await ana.page.getByTestId('view-portfolio').click();
    await expect(ana.page.getByTestId('following')).toHaveCount(0);
    await bor.page.getByTestId('view-stakeholders').click();
    await expect(bor.page.getByTestId('view-stakeholders')).toHaveAttribute('aria-current', 'page');
    await expect(ana.page.getByTestId('view-portfolio')).toHaveAttribute('aria-current', 'page');
    await ana.page.context().close(); await bor.page.context().close();
  });

  test('follow mode follows the tab and the scroll of the tables and the matrix', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Follow the table');
    await importCsv(server.url, board, 'interventions.csv', readFileSync(join(KRANJ, 'interventions.csv'), 'utf8'));
    const ana = new FacilitationPage(await person(browser, server.url, board, 'editor', 'Ana'));
    const bor = new FacilitationPage(await person(browser, server.url, board, 'editor', 'Bor'));
    await ana.followButton('Bor').click();
    await expect(ana.page.getByTestId('following')).toContainText('Bor');

    await bor.page.locator('[data-subview="table"]').click();
    await expect(ana.page.locator('[data-subview="table"]')).toHaveAttribute('aria-current', 'page');
    const scrolled = (page: typeof ana.page) => page.locator('[data-testid="portfolio-view"] .sub').evaluate((el) => {
      const range = el.scrollHeight - el.clientHeight;
      return range > 0 ? Math.round((el.scrollTop / range) * 100) : -1;
    });
    await bor.page.locator('[data-testid="portfolio-view"] .sub').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => scrolled(ana.page)).toBe(100);
    await bor.page.locator('[data-testid="portfolio-view"] .sub').evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
    await expect.poll(() => scrolled(ana.page)).toBe(50);
    await expect(ana.page.getByTestId('following')).toContainText('Bor');
    await ana.page.context().close(); await bor.page.context().close();
  });

  test('bring everyone to me; private mode; locked notes do not move', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Summon');
    const fac = new FacilitationPage(await person(browser, server.url, board, 'facilitator', 'Fran'));
    const ana = new FacilitationPage(await person(browser, server.url, board, 'editor', 'Ana'));
    const facCanvas = new CanvasPage(fac.page);
    const anaCanvas = new CanvasPage(ana.page);

    // the summon carries the tab too
    await fac.page.getByTestId('view-stakeholders').click();
    await fac.page.locator('[data-subview="relations"]').click();
    await fac.page.getByTestId('summon').click();
    await expect(ana.page.locator('[data-subview="relations"]')).toHaveAttribute('aria-current', 'page');

    await facCanvas.open();
    await fac.page.getByTestId('summon').click();
    await expect(ana.page.getByTestId('view-canvas')).toHaveAttribute('aria-current', 'page');

    // private mode: Ana's new note is hers alone until the facilitator reveals all notes
    await fac.page.getByTestId('private-mode').click();
    await expect(ana.page.getByTestId('private-mode-notice')).toBeVisible();
    await anaCanvas.addNote('My secret idea');
    await expect(anaCanvas.item('My secret idea')).toContainText('Private');
    // kept in Ana's browser across a reload
    await ana.page.reload();
    await expect(ana.page.getByTestId('board-ready')).toBeVisible();
    await anaCanvas.open();
    await expect(anaCanvas.item('My secret idea')).toContainText('Private');
    // the keyboard moves it like any note
    const draftAt = await anaCanvas.position('My secret idea');
    await anaCanvas.node('My secret idea').focus();
    await ana.page.keyboard.press('ArrowRight');
    await anaCanvas.expectPosition('My secret idea', { x: draftAt.x + 10, y: draftAt.y });
    // and in her undo history: deleted, then brought back
    await anaCanvas.node('My secret idea').focus();
    await ana.page.keyboard.press('Delete');
    await expect(anaCanvas.item('My secret idea')).toHaveCount(0);
    await ana.page.keyboard.press('Control+z');
    await expect(anaCanvas.item('My secret idea')).toContainText('Private');
    await facCanvas.addNote('Facilitator note');
    await expect(facCanvas.item('My secret idea')).toHaveCount(0);
    // private notes stay in their authors' browsers: the server's board has neither
    await expect(fac.page.getByTestId('reveal-notes')).toBeVisible();
    const onServer = async () => (await fetch(`${server.url}/api/boards/${board.id}/export?format=json&token=${board.tokens.viewer}`)).text();
    expect(await onServer()).toContain('Summon');
    expect(await onServer()).not.toContain('My secret idea');
    expect(await onServer()).not.toContain('Facilitator note');
    await expect(anaCanvas.item('Facilitator note')).toHaveCount(0);
    await fac.page.getByTestId('reveal-notes').click();
    await expect(facCanvas.item('My secret idea')).toBeVisible();
    await expect.poll(onServer).toContain('My secret idea');
    expect(await onServer()).toContain('Facilitator note');
    await expect(anaCanvas.item('Facilitator note')).toBeVisible();
    await expect(ana.page.getByTestId('private-mode-notice')).toHaveCount(0);

    // locks: nothing moves until unlocked
    await fac.page.getByTestId('lock-menu').click();
    await fac.page.getByTestId('lock-all').click();
    await expect(anaCanvas.item('My secret idea')).toHaveAttribute('data-locked', 'true');
    const before = await anaCanvas.position('My secret idea');
    await anaCanvas.node('My secret idea').focus();
    await ana.page.keyboard.press('ArrowRight');
    await ana.page.keyboard.press('Delete');
    const box = (await anaCanvas.item('My secret idea').boundingBox())!;
    await ana.page.mouse.move(box.x + 30, box.y + 30);
    await ana.page.mouse.down();
    await ana.page.mouse.move(box.x + 200, box.y + 150, { steps: 5 });
    await ana.page.mouse.up();
    await expect(anaCanvas.items).toHaveCount(2);
    await anaCanvas.expectPosition('My secret idea', before);
    await facCanvas.expectPosition('My secret idea', before);
    await fac.page.getByTestId('lock-menu').click();
    await fac.page.getByTestId('unlock-all').click();
    await expect(anaCanvas.item('My secret idea')).toHaveAttribute('data-locked', 'false');
    await anaCanvas.node('My secret idea').focus();
    await ana.page.keyboard.press('ArrowRight');
    await facCanvas.expectPosition('My secret idea', { x: before.x + 10, y: before.y });
    await fac.page.screenshot({ path: '/tmp/facilitation-canvas.png' });
    // on a smaller screen, Ana sees all that the facilitator sees: zoomed out further
    const scale = async (p: typeof ana.page) => Number((await p.locator('.svelte-flow__viewport').getAttribute('style'))?.match(/scale\(([\d.]+)\)/)?.[1]);
    await ana.page.setViewportSize({ width: 700, height: 520 });
    await fac.page.getByRole('button', { name: 'Zoom in' }).click();
    await fac.page.waitForTimeout(400);
    await fac.page.getByTestId('summon').click();
    await expect.poll(async () => (await scale(ana.page)) < (await scale(fac.page)) * 0.8).toBe(true);
    await fac.page.context().close();
    await ana.page.context().close();
  });

  test('a card and a stakeholder the facilitator locks cannot be moved by an editor until unlocked', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Locks');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    await importCsv(server.url, board, 'stakeholders.csv', 'name,sector,power,interest\nMunicipality,public,20,20');
    const fac = new PortfolioPage(await person(browser, server.url, board, 'facilitator', 'Fran'));
    const ana = new PortfolioPage(await person(browser, server.url, board, 'editor', 'Ana'));
    await fac.open('matrix');
    await ana.open('matrix');

    // the facilitator locks a card from its details; the editor sees the lock and cannot move it
    await fac.card('Bike lanes').click();
    await fac.panel.getByTestId('lock-button').click();
    await expect(fac.panel.getByTestId('lock-button')).toHaveAttribute('aria-pressed', 'true');
    await expect(ana.card('Bike lanes').getByTestId('lock-mark')).toBeVisible();
    await ana.dragCard('Bike lanes', 'energy', 'finance');
    await ana.card('Bike lanes').focus();
    await ana.page.keyboard.press('m');
    await expect(ana.announcer).toContainText('locked by the facilitator');
    await expect(fac.cell('mobility', 'technology').getByTestId('intervention-card').filter({ hasText: 'Bike lanes' })).toBeVisible();
    await expect(ana.cell('mobility', 'technology').getByTestId('intervention-card').filter({ hasText: 'Bike lanes' })).toBeVisible();
    // an unlocked card still moves
    await ana.dragCard('Solar on public roofs', 'energy', 'finance');
    await expect(fac.cell('energy', 'finance').getByTestId('intervention-card').filter({ hasText: 'Solar on public roofs' })).toBeVisible();

    // the same for a stakeholder on the power/interest grid
    const facMap = new StakeholdersPage(fac.page);
    const anaMap = new StakeholdersPage(ana.page);
    await facMap.open('grid');
    await anaMap.open('grid');
    await facMap.marker('Municipality').click();
    await facMap.panel.getByTestId('lock-button').click();
    await expect(anaMap.marker('Municipality')).toHaveAccessibleName(/locked$/);
    await anaMap.dragMarker('Municipality', 85, 90);
    await anaMap.marker('Municipality').focus();
    await ana.page.keyboard.press('Shift+ArrowUp');
    await expect(ana.page.getByTestId('stakeholders-announcer')).toContainText('locked by the facilitator');
    await expect(facMap.marker('Municipality')).toHaveAttribute('data-quadrant', 'monitor');
    await expect(anaMap.marker('Municipality')).toHaveAttribute('data-quadrant', 'monitor');

    await facMap.panel.getByTestId('lock-button').click();
    await anaMap.dragMarker('Municipality', 85, 90);
    await expect(facMap.marker('Municipality')).toHaveAttribute('data-quadrant', 'manage');
    await fac.page.context().close(); await ana.page.context().close();
  });
});
