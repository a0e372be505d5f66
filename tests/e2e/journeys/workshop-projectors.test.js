// A workshop rehearsed on every common projector: every slide, questions
// and results, fits the room's window at each size with nothing cut off
// and the page never scrolling; projected text is large and dark on light.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useApp } from '../support/fixture.js';
import { PresentationPage, PROJECTORS } from '../support/presentation-page.js';

const ctx = useApp({ viewport: { width: 1366, height: 768 } });
// SHOTS=dir keeps a screenshot of every slide at 1024x768 and 1920x1080.
const SHOTS = process.env.SHOTS;

/// Every slide the room sees, in order, from the first question to the
/// room's actions, each checked in the room's window.
async function everySlide(slide, room, check) {
  await slide.key('Home');
  await room.waitForProgress('Question 1 of 14');
  const seen = await walk(slide, room, check, 'Before the results');
  await slide.key('r');
  await room.waitForProgress('Results');
  seen.push(...(await walk(slide, room, check, "The room's actions")));
  await slide.key('r');
  return seen;
}

/// Checks each slide and moves on with the right arrow until the slide
/// whose progress line starts with `last`.
async function walk(slide, room, check, last) {
  const seen = [];
  for (;;) {
    const progress = await room.progress();
    seen.push(progress);
    await check(progress);
    if (progress.startsWith(last)) return seen;
    await slide.key('ArrowRight');
    await room.page.waitForFunction((before) => document.querySelector('.audience [data-testid="slide-progress"]')?.textContent.trim() !== before, progress);
  }
}

test('every slide fits every common projector, with large dark text', async () => {
  const { app, page, context } = ctx;
  await app.open('#/start');
  await app.startAssessment({ name: 'Dacorum Borough Council', kind: 'district' });
  await app.openQuestion('q1');
  await app.byTestId('present').click();
  const slide = new PresentationPage(page);
  await slide.waitForProgress('Question 1 of 14');
  const room = await slide.openRoom(context);
  await room.waitForProgress('Question 1 of 14');
  // A room's answers: ticks on every question, a long example shown on the
  // wall, actions agreed on three standards.
  for (let q = 1; q <= 14; q++) {
    await slide.key('g');
    if (q >= 10 || q === 1) {
      for (const d of String(q)) await slide.key(d);
      if (q === 1) await slide.key('Enter');
    } else {
      await slide.key(String(q));
    }
    await room.waitForProgress(`Question ${q} of 14`);
    await slide.key('1');
    await slide.key('3');
  }
  await slide.control('overview-9').click();
  await room.waitForProgress('Question 9 of 14');
  await slide.control('present-text-q7_examples').fill(
    'Free meeting rooms at the Civic Centre for voluntary groups, booked through the CVS; a shared training programme run with St Albans for trustees and volunteers; loan of display boards and a minibus for events; and a small grants fund, managed by the CVS, for groups starting out. '.repeat(2),
  );
  await slide.control('present-show-text').click();
  await room.byTestId('slide-texts').waitFor();
  await slide.key('End');
  await slide.key('r');
  for (const n of [1, 2, 3]) {
    await slide.key('ArrowRight');
    await room.waitForProgress(`Standard ${n} of 13`);
    await slide.control('agreed-action').fill(`Agreed action ${n}: ask the CVS and the sector's forum how best to take this on, and report back to the LSP board in the spring`);
    await slide.control('agreed-by').fill('March 2027');
    await slide.blur();
  }
  await slide.key('r');

  for (const size of PROJECTORS) {
    await room.page.setViewportSize(size);
    const label = `${size.width}x${size.height}`;
    if (SHOTS) await mkdir(`${SHOTS}/${label}`, { recursive: true });
    let n = 0;
    const seen = await everySlide(slide, room, async (progress) => {
      // Shown on the wall only where asked for: question 9's example.
      const overflow = await room.overflow();
      assert.deepEqual(overflow, { down: 0, across: 0, page: 0 }, `${progress} at ${label}`);
      if (SHOTS && (size.width === 1024 || size.width === 1920)) {
        await room.page.screenshot({ path: `${SHOTS}/${label}/${String(++n).padStart(2, '0')}.png` });
      }
      if (size.width === 1024) {
        const smallest = await room.page.evaluate(() => Math.min(
          ...[...document.querySelectorAll('.audience .slide__label, .audience .slide__why li, .audience .recap__title, .audience .slide__text p, .audience .slide__summary, .audience .agreed__row')]
            .map((e) => parseFloat(getComputedStyle(e).fontSize)),
        ));
        assert.ok(smallest >= 24 || smallest === Infinity, `${progress}: body text ${smallest}px at 1024x768`);
      }
    });
    // Question 1's seventeen options go on to a second slide, and every
    // slide has its place.
    assert.ok(seen.includes('Question 1 of 14: Support you give, continued'), seen.join(' | '));
    assert.equal(seen.length, new Set(seen).size, 'no slide twice');
  }

  // Large, and near-black on white: at 1024x768 and four times the area.
  const measure = () => room.page.evaluate(() => {
    const label = document.querySelector('.audience .slide__label');
    const option = document.querySelector('.audience .slide__option:not([data-ticked="true"])');
    const channels = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const luminance = (c) => {
      const [r, g, b] = channels(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [l1, l2] = [luminance(getComputedStyle(option).color), luminance(getComputedStyle(option).backgroundColor)].sort((a, b) => b - a);
    return { size: parseFloat(getComputedStyle(label).fontSize), contrast: (l1 + 0.05) / (l2 + 0.05) };
  });
  await slide.key('Home');
  await room.waitForProgress('Question 1 of 14: Support you give');
  await room.page.setViewportSize({ width: 1024, height: 768 });
  const small = await measure();
  assert.ok(small.size >= 24, `${small.size}px`);
  assert.ok(small.contrast >= 7, `contrast ${small.contrast.toFixed(1)}:1`);
  await room.page.setViewportSize({ width: 1920, height: 1080 });
  const large = await measure();
  assert.ok(large.size >= small.size * 1.4, `scaled up to ${large.size}px at 1920x1080`);
  // A ticked option is inverted, not tinted.
  assert.equal(
    await room.page.evaluate(() => getComputedStyle(document.querySelector('.audience .slide__option[data-ticked="true"]')).backgroundColor),
    'rgb(11, 12, 12)',
  );
});

test('the sector\'s view and its QR code fit the wall at 1024x768 and 1920x1080', async () => {
  const { app, page, context } = ctx;
  const { readFileSync } = await import('node:fs');
  const set = JSON.parse(readFileSync(new URL('../../fixtures/sector-county.json', import.meta.url), 'utf8'));
  // One body's own export, as the collection holds it.
  const dacorum = set.assessments.find((d) => d.assessment.body.name === 'Dacorum Borough Council');
  await app.open('#/start');
  await app.importFile({ name: 'dacorum.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dacorum)) });
  assert.match(await app.notice(), /Opened the assessment for Dacorum Borough Council/);
  await app.openQuestion('q1');
  await app.byTestId('present').click();
  const slide = new PresentationPage(page);
  await slide.waitForProgress('Question 1 of 14');
  const room = await slide.openRoom(context);
  await slide.key('r');
  await room.waitForProgress('Results');
  await slide.key('End');
  await room.waitForProgress("The room's actions");
  await slide.key('ArrowLeft');
  await room.waitForProgress('Ask the sector');
  await slide.key('ArrowLeft');
  await room.waitForProgress("The sector's view");
  for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    await room.page.setViewportSize(size);
    const label = `${size.width}x${size.height}`;
    assert.match(await room.byTestId('slide-sector-ni7').innerText(), /^6 responses\. 4 of the 6 organisations that answered this body's invitation on the five-point scale \(67%\) say it has a very positive or positive influence/);
    assert.ok(await room.byTestId('slide-sector-chart').locator('svg').isVisible(), 'the chart on the wall');
    assert.deepEqual(await room.overflow(), { down: 0, across: 0, page: 0 }, `the sector's view at ${label}`);
    if (SHOTS) await room.page.screenshot({ path: `${SHOTS}/sector-${label}.png` });
    const text = await room.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.audience .slide__summary')).fontSize));
    assert.ok(text >= 24, `${text}px at ${label}`);
  }
  // Privacy on: no comment reaches the wall.
  assert.equal(await room.byTestId('slide-sector-comments').count(), 0);
  await slide.key('ArrowRight');
  await room.waitForProgress('Ask the sector');
  for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    await room.page.setViewportSize(size);
    const label = `${size.width}x${size.height}`;
    const qr = await room.byTestId('slide-invite-qr').locator('svg').boundingBox();
    assert.ok(qr.height >= size.height * 0.5, `the QR code fills the wall: ${qr.height}px of ${size.height} at ${label}`);
    assert.deepEqual(await room.overflow(), { down: 0, across: 0, page: 0 }, `the invitation at ${label}`);
    if (SHOTS) await room.page.screenshot({ path: `${SHOTS}/invite-${label}.png` });
  }
  assert.match(await room.byTestId('slide').innerText(), /to give Dacorum Borough Council your organisation's view/);
});
