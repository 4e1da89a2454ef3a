/**
 * Comments for coaching in real browsers: a mentor with a commenter link comments on a note,
 * mentions someone, and the team replies and resolves; the mentor can do that and nothing more —
 * no editing controls, and a raw write sent with the commenter link is refused by the server (the
 * note does not move in the other browser); unread markers.
 */
import { test, expect, expectNoAxeViolations, person } from './support/fixtures.ts';
import { CanvasPage } from './pages/canvas-page.ts';
import { CommentsPage } from './pages/comments-page.ts';
import { connect, synced, until } from '../support/board-client.ts';
import { addThread, listRecords, updateCanvasItem } from '../../shared/board/index.ts';
import * as Y from 'yjs';

test.describe('comments', () => {
  test('a mentor comments on a note with a mention; the team replies and resolves', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Coaching');
    const anaPage = await person(browser, server.url, board, 'editor', 'Ana Novak');
    const miraPage = await person(browser, server.url, board, 'commenter', 'Mira Mentor');
    const ana = { canvas: new CanvasPage(anaPage), comments: new CommentsPage(anaPage) };
    const mira = { canvas: new CanvasPage(miraPage), comments: new CommentsPage(miraPage) };
    await ana.canvas.open();
    await mira.canvas.open();
    await ana.canvas.addNote('Car-free city centre');
    await expect(mira.canvas.item('Car-free city centre')).toBeVisible();

    // the mentor has no editing controls on the canvas
    await expect(miraPage.getByTestId('add-note')).toHaveCount(0);
    await mira.canvas.click('Car-free city centre');
    await expect(mira.canvas.selectionBar.getByTestId('delete-selection')).toHaveCount(0);
    await mira.canvas.selectionBar.getByTestId('comment-button').click();
    await expect(mira.comments.panel.getByTestId('comments-filter')).toContainText('Car-free city centre');
    await mira.comments.post('Who owns the parking data?', 'Ana Novak');
    await expect(mira.comments.thread('Who owns the parking data?')).toContainText('Mentions: Ana Novak');

    // the team sees the count on the note and the thread, marked new
    await expect(ana.canvas.item('Car-free city centre').getByTestId('comment-button')).toHaveAttribute('data-count', '1');
    await ana.canvas.item('Car-free city centre').getByTestId('comment-button').click();
    await expect(ana.comments.thread('Who owns the parking data?').getByTestId('unread')).toBeVisible();
    await ana.comments.reply('Who owns the parking data?', 'The municipal parking company');
    await expect(mira.comments.thread('Who owns the parking data?')).toContainText('The municipal parking company');
    await expect(ana.comments.openCount).toHaveText('2');
    await anaPage.screenshot({ path: '/tmp/comments-thread.png' });
    await expectNoAxeViolations(anaPage);

    await mira.comments.thread('Who owns the parking data?').getByTestId('resolve').click();
    await expect(ana.comments.openCount).toHaveText('0');
    await expect(ana.comments.thread('Who owns the parking data?')).toHaveCount(0);
    await anaPage.getByLabel('Show resolved').check();
    await ana.comments.thread('Who owns the parking data?').getByTestId('reopen').click();
    await expect(mira.comments.openCount).toHaveText('2');
    await anaPage.context().close(); await miraPage.context().close();
  });

  test('a commenter cannot move anything: the UI offers nothing and the server refuses a raw write', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Refused');
    const anaPage = await person(browser, server.url, board, 'editor', 'Ana');
    const miraPage = await person(browser, server.url, board, 'commenter', 'Mira');
    const ana = new CanvasPage(anaPage);
    const mira = new CanvasPage(miraPage);
    await ana.open();
    await mira.open();
    await ana.addNote('Keep me here');
    await expect(mira.item('Keep me here')).toBeVisible();
    const start = await ana.position('Keep me here');

    // keyboard and mouse do nothing for the mentor
    await mira.node('Keep me here').focus();
    await miraPage.keyboard.press('ArrowRight');
    await miraPage.keyboard.press('Delete');
    const box = (await mira.item('Keep me here').boundingBox())!;
    await miraPage.mouse.move(box.x + 30, box.y + 30);
    await miraPage.mouse.down();
    await miraPage.mouse.move(box.x + 250, box.y + 200, { steps: 5 });
    await miraPage.mouse.up();
    await mira.expectPosition('Keep me here', start);

    // a raw Yjs write with the commenter link: the move is refused, the comment after it is not
    const raw = connect(server.url, board.id, board.tokens.commenter);
    await synced(raw);
    const note = listRecords(raw.doc, 'canvas').find((i) => i.text === 'Keep me here')!;
    updateCanvasItem(raw.doc, note.id, { x: start.x + 500 });
    addThread(raw.doc, { target: note.id, text: 'Sent after the refused move', author: 'Script', authorId: 'script' });
    const comments = new CommentsPage(anaPage);
    await comments.open();
    await expect(comments.thread('Sent after the refused move')).toBeVisible();
    await ana.expectPosition('Keep me here', start);
    await mira.expectPosition('Keep me here', start);
    // and the server's copy: a fresh client sees the note where it was
    const check = connect(server.url, board.id, board.tokens.viewer);
    await until(check.doc, () => listRecords(check.doc, 'comments').length === 1);
    expect(listRecords(check.doc, 'canvas').find((i) => i.id === note.id)!.x).toBe(start.x);
    raw.destroy(); check.destroy();
    await anaPage.context().close(); await miraPage.context().close();
  });

  test('a comment a stock client writes with the contract\'s fields shows for everyone; a thread others replied to keeps its replies', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Contract comments');
    const anaPage = await person(browser, server.url, board, 'editor', 'Ana');
    const borPage = await person(browser, server.url, board, 'facilitator', 'Bor');
    const ana = new CommentsPage(anaPage);
    const bor = new CommentsPage(borPage);
    await ana.open();
    await bor.open();

    // a script with the commenter link writes exactly the fields the contract lists
    const script = connect(server.url, board.id, board.tokens.commenter);
    await synced(script);
    script.doc.transact(() => {
      const c = new Y.Map<unknown>();
      script.doc.getMap('comments').set('scripted1', c);
      for (const [k, v] of Object.entries({ id: 'scripted1', target: null, parent: null, author: 'Mira', text: 'Written by a script', createdAt: Date.now(), resolved: false })) c.set(k, v);
    });
    await expect(ana.thread('Written by a script')).toBeVisible();
    await expect(bor.thread('Written by a script')).toBeVisible();
    await ana.post('Let us start with mobility');
    await expect(bor.openCount).toHaveText('2');
    // and it can be resolved like any other
    await bor.thread('Written by a script').getByTestId('resolve').click();
    await expect(ana.openCount).toHaveText('1');
    script.destroy();

    // Ana may delete her comment until someone else replies: then it would take their words with it
    const mine = ana.thread('Let us start with mobility');
    await expect(mine.getByRole('button', { name: 'Delete' })).toHaveCount(1);
    await mine.getByRole('button', { name: 'Delete' }).focus(); // she is about to press it
    await bor.reply('Let us start with mobility', 'Agreed, mobility first');
    await expect(mine).toContainText('Agreed, mobility first');
    await expect(mine.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await expect(mine).toBeFocused(); // the button went, her place in the thread did not
    await expect(bor.thread('Let us start with mobility').getByRole('button', { name: 'Delete' })).toHaveCount(1); // his reply
    await anaPage.context().close(); await borPage.context().close();
  });

  test('deleting one\'s own comment says so and keeps focus in the list', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Deleting comments');
    const page = await person(browser, server.url, board, 'editor', 'Ana');
    const ana = new CommentsPage(page);
    await ana.open();
    for (const text of ['First thought', 'Second thought', 'Third thought']) await ana.post(text);
    page.on('dialog', (d) => void d.accept());

    const order = await ana.threads.getByTestId('comment-text').allTextContents();
    await ana.threads.nth(1).getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    await expect(ana.threads).toHaveCount(2);
    await expect(page.getByTestId('comments-announcement')).toHaveText('Comment deleted');
    await expect(ana.thread(order[2]!)).toBeFocused(); // the thread that took its place
    // the last one in the list: the one before it
    await ana.thread(order[2]!).getByRole('button', { name: 'Delete' }).click();
    await expect(ana.threads).toHaveCount(1);
    await expect(ana.thread(order[0]!)).toBeFocused();
    // none left: the new-comment box
    await ana.thread(order[0]!).getByRole('button', { name: 'Delete' }).click();
    await expect(ana.threads).toHaveCount(0);
    await expect(ana.panel.getByTestId('new-comment').getByRole('textbox')).toBeFocused();
    await expect(page.getByTestId('comments-announcement')).toHaveText('Comment deleted');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  test('board-level comments, unread markers and the collapsible panel', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Unread');
    const anaPage = await person(browser, server.url, board, 'editor', 'Ana');
    const borPage = await person(browser, server.url, board, 'facilitator', 'Bor');
    const ana = new CommentsPage(anaPage);
    const bor = new CommentsPage(borPage);
    await ana.open();
    await ana.post('Let us agree the agenda first');
    await expect(bor.openCount).toHaveText('1');
    await bor.open();
    await expect(bor.thread('Let us agree the agenda first')).toContainText('The board');
    await expect(bor.thread('Let us agree the agenda first').getByTestId('unread')).toBeVisible();
    // seen now: after closing and opening again it is no longer new
    await bor.toggle.click();
    await bor.open();
    await expect(bor.thread('Let us agree the agenda first').getByTestId('unread')).toHaveCount(0);
    await borPage.reload();
    await bor.open();
    await expect(bor.thread('Let us agree the agenda first').getByTestId('unread')).toHaveCount(0);
    await anaPage.context().close(); await borPage.context().close();
  });
});
