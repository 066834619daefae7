import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/recap-figures/define.js';
import type { RecapFigures } from '../../src/elements/recap-figures/recap-figures.js';
import type { Article } from '../../src/data/types.js';
import { seed } from '../fixtures.js';
import { $, $$, press, settle, spyConsoleError, tabTo } from './helpers.js';

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('<recap-figures>', () => {
  it('formats every figure with its qualifier and claim', async () => {
    const el = await fixture<RecapFigures>(html`<recap-figures .article=${seed()}></recap-figures>`);
    const figures = $$(el, '[part~="figure"]');
    expect(figures).to.have.length(8);
    const values = $$(el, '[part~="value"]').map(text);
    expect(values).to.include.members(['41', '117', 'more than 4,300 km', 'at least 12', 'more than 60', '14', '30 days', '2']);
    expect(text(figures[0]!.querySelector('[part~="claim"]'))).to.equal('claimed by Ukraine · disputed Russian online analysts suggest the damage may be substantially less and repairable.');
    expect(text(figures[3]!.querySelector('[part~="claim"]'))).to.equal('reported by Ukrainian officials');
    await expect(el).to.be.accessible();
  });

  it('writes a percent as the article does and a whole amount without cents', async () => {
    const a = seed();
    const figures = [
      { id: 'yes', value: 94, label: 'said yes', format: { style: 'percent' as const } },
      { id: 'cost', value: 14_600_000, label: 'the cost', format: { style: 'currency' as const, currency: 'EUR' } },
      { id: 'fee', value: 350, label: 'the fee', format: { style: 'currency' as const, currency: 'EUR', minimumFractionDigits: 2 } },
    ];
    const el = await fixture<RecapFigures>(html`<recap-figures .article=${{ ...a, quiz: undefined, figures }}></recap-figures>`);
    await settle(el);
    expect($$(el, '[part~="value"]').map(text)).to.deep.equal(['94%', '€14,600,000', '€350.00']);
  });

  it('writes numbers in the article language', async () => {
    const a = seed() as Article & { lang: string };
    const de = { ...a, lang: 'de', quiz: undefined, figures: [{ id: 'x', value: 4300.5, label: 'Kilometer', qualifier: 'more-than' as const, format: { style: 'unit' as const, unit: 'kilometer' } }] };
    const el = await fixture<RecapFigures>(html`<recap-figures .article=${de}></recap-figures>`);
    expect(text($(el, '[part~="value"]'))).to.equal('mehr als 4.300,5 km');
    expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('de');
  });

  it('lays out Arabic right-to-left', async () => {
    const ar = { ...seed(), lang: 'ar' };
    const el = await fixture<RecapFigures>(html`<recap-figures .article=${ar}></recap-figures>`);
    expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '[part~="value"]'))).to.equal(new Intl.NumberFormat('ar').format(41));
  });

  it('shows the source sentence on request, by keyboard', async () => {
    const el = await fixture<RecapFigures>(html`<recap-figures .article=${seed()}></recap-figures>`);
    const details = $(el, 'details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    const summary = await tabTo((n) => n.localName === 'summary');
    expect(summary.parentElement).to.equal(details);
    await press('Enter');
    expect(details.open).to.equal(true);
    expect(text(details.querySelector('blockquote'))).to.equal('Ukrainian sources claim that 41 Russian warplanes were hit using 117 drones');
  });

  it('renders twenty-four figures', async () => {
    const many = { ...seed(), quiz: undefined, figures: Array.from({ length: 24 }, (_, i) => ({ id: `f${i}`, value: i * 1000, label: `Figure ${i}` })) };
    const el = await fixture<RecapFigures>(html`<recap-figures .article=${many}></recap-figures>`);
    expect($$(el, '[part~="figure"]')).to.have.length(24);
  });

  it('shows the error state and fires recap-error for invalid inline data', async () => {
    const spy = spyConsoleError();
    try {
      const bad = JSON.stringify({ ...seed(), quiz: undefined, figures: [{ id: 'x', value: '41', label: 'planes' }] });
      const el = document.createElement('recap-figures');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = bad;
      el.append(script);
      const wrapper = await fixture(html`<div></div>`);
      const pending = oneEvent(el, 'recap-error');
      wrapper.append(el);
      const event = await pending;
      expect(event.detail.problems).to.deep.equal([{ path: '/figures/0/value', message: 'value must be a number, found "41" (write the number without quotes)' }]);
      expect(text($(el, '[part~="error"]'))).to.equal('These figures cannot be shown right now.');
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });
});
