import { expect } from '@open-wc/testing';
import { PassageFinder, describeDifference } from '../../src/data/closest-passage.js';

/** What an author reads after "quote ... does not occur in body; ". */
const hint = (body: string, quote: string) => describeDifference(new PassageFinder(body).closest(quote));

describe('the closest passage to a quote that is not in the body', () => {
  const body = 'Talks open on Monday at the Ciragan Palace in Istanbul, the ministry said. Both delegations arrive on Sunday.';

  it('shows the passage with three words either side of the first difference, and both words', () => {
    expect(hint(body, 'at the Ciragan Palace in Ankara, the ministry said')).to.equal(
      'closest passage: "...Ciragan Palace in Istanbul, the ministry said...." ("Ankara," here, "Istanbul," in the body)',
    );
  });

  it('has no leading "..." when the difference is at the start of the body, and none after when the body ends there', () => {
    expect(hint('Talks open on Monday', 'Talks close on Monday')).to.equal('closest passage: "Talks open on Monday" ("close" here, "open" in the body)');
  });

  it('says the body ends where the quote goes on', () => {
    expect(hint(body, 'arrive on Sunday. and leave on Friday')).to.equal('closest passage: "...arrive on Sunday." ("and" here, nothing there in the body)');
  });

  it('says so when the quote would begin before the body', () => {
    expect(hint('Talks open on Monday in Istanbul', 'Yesterday: Talks open on Monday')).to.equal('closest passage: "Talks open on..." ("Yesterday:" here, nothing there in the body)');
  });

  it('lines words up whatever the case, punctuation around them and spacing', () => {
    // Only shared words vote: "ISTANBUL" and '("Istanbul")' are the body's "Istanbul,".
    expect(hint(body, '("Istanbul")')).to.equal('closest passage: "...Ciragan Palace in Istanbul, the ministry said...." ("("Istanbul")" here, "Istanbul," in the body)');
    expect(hint(body, 'PALACE IN ISTANBUL')).to.match(/"PALACE" here, "Palace" in the body/);
    expect(hint('  Talks\n\nopen   on Monday ', 'Talks open on Tuesday')).to.equal('closest passage: "Talks open on Monday" ("Tuesday" here, "Monday" in the body)');
  });

  it('finds the place where most words line up, also when they occur elsewhere too', () => {
    const repeated = 'the talks begin in June with the envoys. Later the talks end without the envoys';
    expect(hint(repeated, 'the talks begin in May')).to.equal('closest passage: "...talks begin in June with the envoys...." ("May" here, "June" in the body)');
  });

  it('prefers the earlier of two places that line up equally well', () => {
    expect(hint('talks open Monday in Istanbul. then talks open Tuesday in Ankara', 'talks open Friday')).to.equal(
      'closest passage: "talks open Monday in Istanbul. then..." ("Friday" here, "Monday" in the body)',
    );
  });

  it('says no passage shares its words when only punctuation is shared', () => {
    expect(hint('Talks — in Istanbul', 'Nothing — alike')).to.equal('no passage of the body shares its words');
    expect(hint(body, 'zzzz qqqq')).to.equal('no passage of the body shares its words');
  });

  it('answers every quote of one body, each on its own', () => {
    const finder = new PassageFinder(body);
    expect(describeDifference(finder.closest('in Ankara'))).to.match(/"Ankara" here, "Istanbul," in the body/);
    expect(describeDifference(finder.closest('arrive on Saturday.'))).to.match(/"Saturday\." here, "Sunday\." in the body/);
  });
});
