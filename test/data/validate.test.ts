import { expect } from '@open-wc/testing';
import { validateArticle } from '../../src/data/validate.js';
import { seedJson } from '../fixtures.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mutate = (a: any) => void;

function problemsAfter(mutate: Mutate) {
  const a = seedJson();
  mutate(a);
  const result = validateArticle(a);
  expect(result.ok, 'expected the changed article to be invalid').to.equal(false);
  return result.ok ? [] : result.problems;
}

function expectProblem(mutate: Mutate, path: string, message: string | RegExp) {
  const problems = problemsAfter(mutate);
  const atPath = problems.filter((p) => p.path === path);
  expect(atPath, `no problem at ${path}; got ${JSON.stringify(problems)}`).to.have.length.greaterThan(0);
  const matches = atPath.some((p) => (typeof message === 'string' ? p.message === message : message.test(p.message)));
  expect(matches, `message at ${path} was ${JSON.stringify(atPath.map((p) => p.message))}`).to.equal(true);
}

describe('validateArticle', () => {
  describe('the contract revision', () => {
    const quizOnly = () => {
      const a = seedJson();
      delete a.summary;
      return a;
    };
    it('accepts a quiz-only record (a teacher\'s quiz, no summary)', () => {
      const result = validateArticle(quizOnly());
      expect(result.ok ? [] : result.problems).to.deep.equal([]);
    });
    it('needs a summary or a quiz, and says so at /summary', () =>
      expectProblem(
        (a) => {
          delete a.summary;
          delete a.quiz;
        },
        '/summary',
        'summary is required when there is no quiz; a record needs a summary, a quiz, or both',
      ));
    it('refuses a well-formed tag that names no language, with a suggestion', () =>
      expectProblem((a) => (a.lang = 'english'), '/lang', 'lang must be a BCP 47 tag naming a language, such as "en" or "uk-UA", found "english" (did you mean "en"?)'));
    it('suggests a tag for a language written by its own name or with an underscore', () => {
      expectProblem((a) => (a.lang = 'Deutsch'), '/lang', /\(did you mean "de"\?\)$/);
      expectProblem((a) => (a.lang = 'en_US'), '/lang', /\(did you mean "en-US"\?\)$/);
    });
    it('accepts tags of real languages with regions and scripts', () => {
      for (const lang of ['en', 'uk-UA', 'de-CH', 'zh-Hant-TW', 'ar', 'pt-BR']) {
        const a = seedJson();
        a.lang = lang;
        expect(validateArticle(a).ok, lang).to.equal(true);
      }
    });
    it('names the closest passage and the first word that differs for a quote not in the body', () =>
      expectProblem(
        (a) => {
          a.body = 'The Green Line tram opens in March. The line runs 11.4 kilometres from Harbour Station to Northfield, with 18 stops.';
          a.figures = [{ id: 'length', value: 11.4, label: 'km', evidence: { quote: 'The line runs 11.4 kilometers from Harbour Station' } }];
          delete a.quiz;
        },
        '/figures/0/evidence/quote',
        'quote "The line runs 11.4 kilometers from Harbo…" does not occur in body; closest passage: "...line runs 11.4 kilometres from Harbour Station..." ("kilometers" here, "kilometres" in the body)',
      ));
    it('says so when no passage of the body shares a word with the quote', () =>
      expectProblem((a) => (a.quiz.questions[0].evidence = { quote: 'zzzz qqqq xxxx' }), '/quiz/questions/0/evidence/quote', /no passage of the body shares its words$/));
    it('checks what it is given every time, even the same object after a change', () => {
      const a = seedJson();
      expect(validateArticle(a).ok).to.equal(true);
      a.title = 42;
      const again = validateArticle(a);
      expect(again.ok).to.equal(false);
      if (!again.ok) expect(again.problems.map((p) => p.path)).to.deep.equal(['/title']);
    });
  });

  it('accepts the seed article', () => {
    const result = validateArticle(seedJson());
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
  });

  it('accepts a minimal article: a summary and no quiz', () => {
    const result = validateArticle({ schemaVersion: 1, id: 'a', title: 'T', summary: { points: ['p'] } });
    expect(result.ok).to.equal(true);
  });

  it('accepts x- extension keys and a top-level $schema', () => {
    const a = seedJson();
    a['x-cms-id'] = 42;
    a.figures[0]['x-note'] = 'internal';
    a.$schema = 'https://example.com/s.json';
    expect(validateArticle(a).ok).to.equal(true);
  });

  it('says what it expected when given something that is not an object', () => {
    for (const value of [null, undefined, 42, 'text', [], true]) {
      const result = validateArticle(value);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems[0]!.path).to.equal('');
      if (!result.ok) expect(result.problems[0]!.message).to.match(/must be a JSON object/);
    }
  });

  it('reports every problem at once', () => {
    const problems = problemsAfter((a) => {
      delete a.title;
      a.figures[0].value = 'x';
      a.quiz.questions[0].answer = 'nope';
    });
    expect(problems.map((p) => p.path)).to.include.members(['/title', '/figures/0/value', '/quiz/questions/0/answer']);
  });

  describe('percents as the article writes them (schemaVersion 2)', () => {
    const percentFigure = (a: Parameters<Mutate>[0], value: number, quote?: string) => {
      a.figures[0].value = value;
      a.figures[0].format = { style: 'percent' };
      if (quote === undefined) delete a.figures[0].evidence;
      else a.figures[0].evidence = { quote };
      delete a.body;
      for (const q of a.quiz.questions) if (q.figure === a.figures[0].id) delete q.figure;
    };
    it('accepts 94 for "94 percent"', () => {
      const a = seedJson();
      percentFigure(a, 94, 'a poll found 94 percent support');
      expect(validateArticle(a).ok, JSON.stringify(validateArticle(a))).to.equal(true);
    });
    it('refuses a schemaVersion 1 percent, saying the number to write and the version to set', () =>
      expectProblem(
        (a) => (percentFigure(a, 0.94), (a.schemaVersion = 1)),
        '/figures/0/value',
        'value 0.94 is a percent written as a fraction, as schemaVersion 1 wrote it; write it as the article does, 94 (a tolerance too, in percentage points), and set schemaVersion to 2',
      ));
    it('refuses a schemaVersion 1 percent answer of a numeric question', () =>
      expectProblem(
        (a) => {
          a.schemaVersion = 1;
          a.quiz.questions[0] = { id: 'share', type: 'numeric', prompt: 'What share?', answer: 0.07, tolerance: 0.01, format: { style: 'percent' } };
        },
        '/quiz/questions/0/answer',
        /answer 0\.07 is a percent written as a fraction.*write it as the article does, 7 /,
      ));
    it('refuses a fraction whose own quote says a hundred times it', () => {
      expectProblem((a) => percentFigure(a, 0.94, 'a poll found 94 percent support'), '/figures/0/value', /value 0\.94 looks like a fraction, but its quote says 94: .* 94 for "94 percent"/);
      expectProblem((a) => percentFigure(a, 0.125, 'Inflation stood at 12,5 Prozent in März'), '/figures/0/value', /quote says 12\.5/);
      expectProblem((a) => percentFigure(a, 0.4, 'ارتفع بنسبة ٤٠٪ هذا العام'), '/figures/0/value', /quote says 40/);
    });
    it('accepts a small percent that the quote writes as it is', () => {
      for (const [value, quote] of [[0.5, 'prices rose 0.5 percent'], [0.5, 'rose 0,5 % from 50 stores'], [0.94, 'no number at all here']] as const) {
        const a = seedJson();
        percentFigure(a, value, quote);
        expect(validateArticle(a).ok, `${value} / ${quote}`).to.equal(true);
      }
    });
  });

  describe('text a reader can see', () => {
    it('refuses blank key points, as the studio showed them: an empty bullet', () => {
      expectProblem((a) => (a.summary.points = ['']), '/summary/points/0', 'points[0] is blank: write text a reader can see');
      expectProblem((a) => (a.summary.points = ['ok', '   ']), '/summary/points/1', 'points[1] is blank: write text a reader can see');
    });
    it('refuses zero-width and direction marks alone', () =>
      expectProblem((a) => (a.quiz.questions[0].prompt = '\u200b\u200f\u00a0'), '/quiz/questions/0/prompt', 'prompt is blank: write text a reader can see'));
    it('refuses a blank optional field, saying it may be left out', () =>
      expectProblem((a) => (a.dek = '\n\t'), '/dek', 'dek is blank: write text a reader can see, or leave dek out'));
    it('refuses a blank title, label, choice and quote', () => {
      const problems = problemsAfter((a) => {
        a.title = ' ';
        a.figures[0].label = '';
        a.quiz.questions[0].choices[0].text = '\t';
      });
      expect(problems.map((p) => p.path)).to.include.members(['/title', '/figures/0/label', '/quiz/questions/0/choices/0/text']);
    });
  });

  describe('fields', () => {
    it('schemaVersion is 2, or 1 for records written before percents were written as the article does', () => {
      expectProblem((a) => (a.schemaVersion = 3), '/schemaVersion', 'schemaVersion must be one of 1, 2, found 3');
      const v1 = seedJson();
      v1.schemaVersion = 1;
      expect(validateArticle(v1).ok, 'a version 1 record without a percent means the same in version 2').to.equal(true);
    });
    it('a missing required field is reported at its path', () => expectProblem((a) => delete a.title, '/title', 'title is required but missing'));
    it('a missing nested field is reported at its path', () =>
      expectProblem((a) => (a.figures[2].format = { style: 'unit' }), '/figures/2/format/unit', 'unit is required when style is "unit"'));
    it('minimumFractionDigits is at most maximumFractionDigits', () =>
      expectProblem(
        (a) => (a.figures[0].format = { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 0 }),
        '/figures/0/format/minimumFractionDigits',
        'minimumFractionDigits (2) is more than maximumFractionDigits (0)',
      ));
    it('currency is required with style currency', () =>
      expectProblem((a) => (a.figures[0].format = { style: 'currency' }), '/figures/0/format/currency', 'currency is required when style is "currency"'));
    it('an unknown key is reported at that key, with a hint', () =>
      expectProblem((a) => (a.quiz.questions[0].anwser = 'x'), '/quiz/questions/0/anwser', /unknown key "anwser" \(did you mean "answer"\?\)/));
    it('__proto__ is an unknown key', () =>
      expectProblem((a) => Object.defineProperty(a, '__proto__', { value: {}, enumerable: true }), '/__proto__', /unknown key "__proto__"/));
    it('ids follow the id format', () => expectProblem((a) => (a.id = 'Not An Id'), '/id', /id must be an id \(1-64 characters/));
    it('title is at most 300 characters', () => expectProblem((a) => (a.title = 'x'.repeat(301)), '/title', 'title must be at most 300 characters long, found 301'));
    it('strings are at most 5,000 characters', () => expectProblem((a) => (a.byline = 'x'.repeat(5001)), '/byline', /at most 5000 characters/));
    it('body is at most 200,000 characters', () => expectProblem((a) => (a.body = 'x'.repeat(200_001)), '/body', /at most 200000 characters/));
    it('url must be https', () => expectProblem((a) => (a.url = 'http://example.com/a'), '/url', /url must be an https URL, found "http:/));
    it('source.url must be https', () => expectProblem((a) => (a.source = { name: 'X', url: 'javascript:alert(1)' }), '/source/url', /must be an https URL/));
    it('image.src may be https or relative, not another scheme', () =>
      expectProblem((a) => (a.image = { src: 'data:image/png;base64,AAAA', alt: '' }), '/image/src', /https URL or a path relative/));
    it('dates must be ISO 8601', () => expectProblem((a) => (a.published = '1 June 2025'), '/published', /ISO 8601/));
    it('dates must exist on the calendar', () => expectProblem((a) => (a.published = '2025-02-30'), '/published', /ISO 8601/));
    it('lang must be BCP 47', () => expectProblem((a) => (a.lang = 'english please'), '/lang', /BCP 47/));
    it('summary has 1-12 points', () => expectProblem((a) => (a.summary.points = []), '/summary/points', 'points must have at least 1 entry, found 0'));
    it('figures are at most 24', () =>
      expectProblem((a) => (a.figures = Array.from({ length: 25 }, (_, i) => ({ id: `f${i}`, value: i, label: 'x' }))), '/figures', 'figures must have at most 24 entries, found 25'));
    it('a figure value is a number, never a string', () =>
      expectProblem((a) => (a.figures[0].value = '41'), '/figures/0/value', 'value must be a number, found "41" (write the number without quotes)'));
    it('a figure value is finite', () => expectProblem((a) => (a.figures[0].value = Infinity), '/figures/0/value', 'value must be a finite number, found Infinity'));
    it('NaN is not a number here', () => expectProblem((a) => (a.figures[0].value = NaN), '/figures/0/value', 'value must be a finite number, found NaN'));
    it('qualifier is one of the listed words', () => expectProblem((a) => (a.figures[0].qualifier = 'roughly'), '/figures/0/qualifier', /must be one of "exact"/));
    it('a unit must be one Intl accepts', () =>
      expectProblem((a) => (a.figures[2].format.unit = 'furlong'), '/figures/2/format/unit', /a unit Intl.NumberFormat accepts/));
    it('a compound unit with -per- is accepted', () => {
      const a = seedJson();
      a.figures[2].format.unit = 'kilometer-per-hour';
      expect(validateArticle(a).ok).to.equal(true);
    });
    it('a currency must be ISO 4217', () =>
      expectProblem((a) => (a.figures[0].format = { style: 'currency', currency: 'eur' }), '/figures/0/format/currency', /ISO 4217/));
    it('maximumFractionDigits is 0-6', () =>
      expectProblem((a) => (a.figures[0].format = { maximumFractionDigits: 7 }), '/figures/0/format/maximumFractionDigits', 'maximumFractionDigits must be at most 6, found 7'));
    it('claim status is one of four', () => expectProblem((a) => (a.figures[0].claim.status = 'rumoured'), '/figures/0/claim/status', /must be one of "reported"/));
    it('an evidence quote is 8-600 characters', () =>
      expectProblem((a) => (a.figures[0].evidence.quote = 'short'), '/figures/0/evidence/quote', 'quote must be at least 8 characters long, found 5'));
    it('passPercent is 0-100', () => expectProblem((a) => (a.quiz.passPercent = 120), '/quiz/passPercent', 'passPercent must be at most 100, found 120'));
    it('shuffle is one of none, choices, questions, both', () => expectProblem((a) => (a.quiz.shuffle = 'yes'), '/quiz/shuffle', /must be one of "none"/));
    it('a quiz has 1-100 questions', () => expectProblem((a) => (a.quiz.questions = []), '/quiz/questions', 'questions must have at least 1 entry, found 0'));
    it('points are whole numbers 1-100', () => expectProblem((a) => (a.quiz.questions[0].points = 1.5), '/quiz/questions/0/points', 'points must be a whole number, found 1.5'));
    it('an unknown question type is reported at /type', () =>
      expectProblem((a) => (a.quiz.questions[2].type = 'poll'), '/quiz/questions/2/type', /type must be one of "single", "multiple", "true-false", "numeric", "order", "cloze", "matching", found "poll"/));
    it('a question without a type is reported at /type', () => expectProblem((a) => delete a.quiz.questions[2].type, '/quiz/questions/2/type', /type is missing/));
    it('single questions have 2-8 choices', () =>
      expectProblem((a) => (a.quiz.questions[0].choices = a.quiz.questions[0].choices.slice(0, 1)), '/quiz/questions/0/choices', 'choices must have at least 2 entries, found 1'));
    it('true-false answers are booleans', () => expectProblem((a) => (a.quiz.questions[3].answer = 'false'), '/quiz/questions/3/answer', 'answer must be true or false, found "false"'));
    it('numeric tolerance is not negative', () => expectProblem((a) => (a.quiz.questions[1].tolerance = -1), '/quiz/questions/1/tolerance', 'tolerance must be at least 0, found -1'));
    it('order questions have 2-8 items', () =>
      expectProblem((a) => (a.quiz.questions[4].items = a.quiz.questions[4].items.slice(0, 1)), '/quiz/questions/4/items', 'items must have at least 2 entries, found 1'));
    it('fields of another question type are unknown keys', () =>
      expectProblem((a) => (a.quiz.questions[3].choices = []), '/quiz/questions/3/choices', /unknown key "choices"/));
    it('null in a required position is named', () => expectProblem((a) => (a.summary.points[0] = null), '/summary/points/0', 'points[0] must be a string, found null'));
  });

  describe('rules across fields', () => {
    it('duplicate figure ids are reported at the later one', () =>
      expectProblem((a) => (a.figures[1].id = a.figures[0].id), '/figures/1/id', 'figure id "warplanes-hit" is already used by an earlier figure (/figures/0/id); each figure needs its own id'));
    it('duplicate question ids are reported at the later one', () =>
      expectProblem((a) => (a.quiz.questions[3].id = 'venue'), '/quiz/questions/3/id', 'question id "venue" is already used by an earlier question (/quiz/questions/0/id); each question needs its own id'));
    it('duplicate choice ids are reported at the later one', () =>
      expectProblem((a) => (a.quiz.questions[0].choices[2].id = 'geneva'), '/quiz/questions/0/choices/2/id', 'choice id "geneva" is already used by an earlier choice (/quiz/questions/0/choices/0/id); each choice needs its own id'));
    it('duplicate order item ids are reported', () =>
      expectProblem((a) => (a.quiz.questions[4].items[1].id = 'ceasefire'), '/quiz/questions/4/items/1/id', /item id "ceasefire" is already used/));
    it('a single answer must be one of the choice ids', () =>
      expectProblem((a) => (a.quiz.questions[0].answer = 'd'), '/quiz/questions/0/answer', 'answer "d" is not one of the choice ids (geneva, ciragan, kremlin, riyadh)'));
    it('multiple answers must be choice ids', () =>
      expectProblem((a) => (a.quiz.questions[2].answers = ['ceasefire', 'zz']), '/quiz/questions/2/answers/1', /answer "zz" is not one of the choice ids/));
    it('multiple answers have no repeats', () =>
      expectProblem((a) => (a.quiz.questions[2].answers = ['ceasefire', 'ceasefire']), '/quiz/questions/2/answers/1', 'answer "ceasefire" is listed twice'));
    it('multiple answers has at least one entry', () =>
      expectProblem((a) => (a.quiz.questions[2].answers = []), '/quiz/questions/2/answers', 'answers must have at least 1 entry, found 0'));
    it('a question figure must exist', () =>
      expectProblem((a) => (a.quiz.questions[1].figure = 'planes'), '/quiz/questions/1/figure', /figure "planes" is not one of the figure ids \(warplanes-hit, /));
    it('a numeric answer must agree with its figure', () =>
      expectProblem((a) => (a.quiz.questions[1].answer = 40), '/quiz/questions/1/figure', 'answer 40 does not match figure "warplanes-hit" (value 41, tolerance 0)'));
    it('a numeric answer within tolerance of its figure is accepted', () => {
      const a = seedJson();
      a.quiz.questions[1].answer = 40;
      a.quiz.questions[1].tolerance = 1;
      expect(validateArticle(a).ok).to.equal(true);
    });
    it('results bands have distinct minPercent', () =>
      expectProblem((a) => (a.quiz.results[2].minPercent = 50), '/quiz/results/2/minPercent', /minPercent 50 is already used by an earlier band \(\/quiz\/results\/1\/minPercent\)/));
    it('results bands include one at 0', () =>
      expectProblem((a) => (a.quiz.results[0].minPercent = 10), '/quiz/results', 'results must include a band with minPercent 0, so every score has a message'));
    it('updated is not before published', () =>
      expectProblem((a) => (a.updated = '2025-05-31'), '/updated', 'updated (2025-05-31) is before published (2025-06-01)'));
    it('evidence quotes occur in the body', () =>
      expectProblem((a) => (a.quiz.questions[0].evidence.quote = 'The talks were held in Geneva.'), '/quiz/questions/0/evidence/quote', /does not occur in body/));
    it('evidence quotes are compared with whitespace collapsed', () => {
      const a = seedJson();
      a.quiz.questions[0].evidence.quote = 'set to commence   on Monday\n at 1 p.m.';
      expect(validateArticle(a).ok).to.equal(true);
    });
    it('evidence quotes are not checked when there is no body', () => {
      const a = seedJson();
      delete a.body;
      a.quiz.questions[0].evidence.quote = 'Anything at all here.';
      expect(validateArticle(a).ok).to.equal(true);
    });
    it('a document over 1 MB is refused', () => {
      const a = seedJson();
      a['x-pad'] = Array.from({ length: 30 }, () => 'y'.repeat(40_000));
      const result = validateArticle(a);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems[0]).to.deep.include({ path: '' }).and.to.have.property('message').that.matches(/1 MB/);
    });
  });

  describe('never throws', () => {
    it('on deep nesting', () => {
      let deep: unknown = {};
      for (let i = 0; i < 10_000; i++) deep = { quiz: deep };
      const result = validateArticle(deep);
      expect(result.ok).to.equal(false);
    });
    it('on getters that throw', () => {
      const a = seedJson();
      Object.defineProperty(a, 'title', { get() { throw new Error('boom'); }, enumerable: true });
      const result = validateArticle(a);
      expect(result.ok).to.equal(false);
    });
    it('on 100,000-element arrays, with a short report', () => {
      const a = seedJson();
      a.summary.points = Array.from({ length: 100_000 }, () => 7);
      const result = validateArticle(a);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems.length).to.be.at.most(200);
    });
  });

  it('escapes ~ and / in JSON Pointer paths', () => {
    const problems = problemsAfter((a) => (a['a/b~c'] = 1));
    expect(problems[0]!.path).to.equal('/a~1b~0c');
  });
});

describe('validateArticle, message by message', () => {
  const iso = (found: string) => `published must be an ISO 8601 date such as "2025-05-16" or "2025-05-16T09:30Z", found "${found}"`;
  const imageSrc = (found: string) => `src must be an https URL or a path relative to the page, found ${JSON.stringify(found)}`;
  const types = '"single", "multiple", "true-false", "numeric", "order", "cloze", "matching"';
  // [what, change, path, message]
  const refused: [string, Mutate, string, string][] = [
    ['a list for a string', (a) => (a.title = [1, 2]), '/title', 'title must be a string, found a list of 2'],
    ['true for a string', (a) => (a.title = true), '/title', 'title must be a string, found true'],
    ['a missing field', (a) => delete a.title, '/title', 'title is required but missing'],
    ['a long string for a number, cut at 40', (a) => (a.figures[0].value = 'x'.repeat(50)), '/figures/0/value', `value must be a number, found "${'x'.repeat(40)}…"`],
    ['a 40-character string in full', (a) => (a.figures[0].value = 'y'.repeat(40)), '/figures/0/value', `value must be a number, found "${'y'.repeat(40)}"`],
    ['a number in quotes, with a hint', (a) => (a.figures[0].value = ' 41 '), '/figures/0/value', 'value must be a number, found " 41 " (write the number without quotes)'],
    ['NaN', (a) => (a.figures[0].value = NaN), '/figures/0/value', 'value must be a finite number, found NaN'],
    ['a string for true or false', (a) => (a.quiz.questions[3].answer = 'yes'), '/quiz/questions/3/answer', 'answer must be true or false, found "yes"'],
    ['nothing for true or false', (a) => (a.quiz.questions[3].answer = undefined), '/quiz/questions/3/answer', 'answer must be true or false, found nothing'],
    ['a value outside an enum', (a) => (a.quiz.shuffle = 'all'), '/quiz/shuffle', 'shuffle must be one of "none", "choices", "questions", "both", found "all"'],
    ['month 13', (a) => (a.published = '2025-13-01'), '/published', iso('2025-13-01')],
    ['month 0', (a) => (a.published = '2025-00-01'), '/published', iso('2025-00-01')],
    ['day 0', (a) => (a.published = '2025-01-00'), '/published', iso('2025-01-00')],
    ['February 30', (a) => (a.published = '2025-02-30'), '/published', iso('2025-02-30')],
    ['hour 24', (a) => (a.published = '2025-01-01T24:00Z'), '/published', iso('2025-01-01T24:00Z')],
    ['minute 60', (a) => (a.published = '2025-01-01T23:60Z'), '/published', iso('2025-01-01T23:60Z')],
    ['second 60', (a) => (a.published = '2025-01-01T23:59:60Z'), '/published', iso('2025-01-01T23:59:60Z')],
    ['a unit with a prefix', (a) => (a.figures[0].format = { style: 'unit', unit: 'xkilometer' }), '/figures/0/format/unit', 'unit must be a unit Intl.NumberFormat accepts, such as "kilometer" or "kilometer-per-hour", found "xkilometer"'],
    ['a unit with a suffix', (a) => (a.figures[0].format = { style: 'unit', unit: 'kilometer2' }), '/figures/0/format/unit', 'unit must be a unit Intl.NumberFormat accepts, such as "kilometer" or "kilometer-per-hour", found "kilometer2"'],
    ['a unit style without a unit', (a) => (a.figures[0].format = { style: 'unit' }), '/figures/0/format/unit', 'unit is required when style is "unit"'],
    ['a currency style without a currency', (a) => (a.figures[0].format = { style: 'currency' }), '/figures/0/format/currency', 'currency is required when style is "currency"'],
    ['a lower-case currency', (a) => (a.figures[0].format = { style: 'currency', currency: 'eur' }), '/figures/0/format/currency', 'currency must be an ISO 4217 currency code such as "EUR", found "eur"'],
    ['a currency in digits', (a) => (a.figures[0].format = { style: 'currency', currency: '978' }), '/figures/0/format/currency', 'currency must be an ISO 4217 currency code such as "EUR", found "978"'],
    ['an http url', (a) => (a.url = 'http://x.example/'), '/url', 'url must be an https URL, found "http://x.example/"'],
    ['an https url without a host', (a) => (a.url = 'https://'), '/url', 'url must be an https URL, found "https://"'],
    ['an image by data: url', (a) => (a.image = { src: 'data:image/png;base64,xx', alt: 'x' }), '/image/src', imageSrc('data:image/png;base64,xx')],
    ['an image by protocol-relative url', (a) => (a.image = { src: '//cdn.example/a.png', alt: 'x' }), '/image/src', imageSrc('//cdn.example/a.png')],
    ['an image path with a backslash', (a) => (a.image = { src: 'a\\b.png', alt: 'x' }), '/image/src', imageSrc('a\\b.png')],
    ['an image path with a space', (a) => (a.image = { src: 'a b.png', alt: 'x' }), '/image/src', imageSrc('a b.png')],
    ['13 points', (a) => (a.summary.points = Array(13).fill('p')), '/summary/points', 'points must have at most 12 entries, found 13'],
    ['points as a string', (a) => (a.summary.points = 'p'), '/summary/points', 'points must be a list, found "p"'],
    ['a quiz that is a list', (a) => (a.quiz = [1]), '/quiz', 'quiz must be an object, found a list of 1'],
    ['a summary that is a string', (a) => (a.summary = 'x'), '/summary', 'summary must be an object, found "x"'],
    ['a question without a type', (a) => delete a.quiz.questions[0].type, '/quiz/questions/0/type', `type is missing; it must be one of ${types}`],
    ['a question type that is a number', (a) => (a.quiz.questions[0].type = 5), '/quiz/questions/0/type', `type must be one of ${types}, found 5`],
    ['a question type from Object.prototype', (a) => (a.quiz.questions[0].type = 'toString'), '/quiz/questions/0/type', `type must be one of ${types}, found "toString"`],
    ['a misspelt key', (a) => (a.titel = 'x'), '/titel', 'unknown key "titel" (did you mean "title"?); extension keys must start with "x-"'],
    ['an unknown key like no other', (a) => (a.zzzzzzzz = 'x'), '/zzzzzzzz', 'unknown key "zzzzzzzz"; extension keys must start with "x-"'],
    ['a misspelt type key', (a) => (a.quiz.questions[0].typ = 'x'), '/quiz/questions/0/typ', 'unknown key "typ" (did you mean "type"?); extension keys must start with "x-"'],
    ['a long unknown key, not compared', (a) => (a[`title${'x'.repeat(70)}`] = 'x'), `/title${'x'.repeat(70)}`, `unknown key "title${'x'.repeat(70)}"; extension keys must start with "x-"`],
    ['a $schema that is a number', (a) => (a.$schema = 5), '/$schema', '$schema must be a string, found 5'],
    ['a quote of 7 characters', (a) => (a.figures[0].evidence = { quote: 'Ukraini' }), '/figures/0/evidence/quote', 'quote must be at least 8 characters long, found 7'],
    ['a quote of 8 characters not in the body', (a) => (a.figures[0].evidence = { quote: 'zzzzzzzz' }), '/figures/0/evidence/quote', 'quote "zzzzzzzz" does not occur in body; no passage of the body shares its words'],
    ['a repeated figure id', (a) => (a.figures[1].id = a.figures[0].id), '/figures/1/id', 'figure id "warplanes-hit" is already used by an earlier figure (/figures/0/id); each figure needs its own id'],
    ['points 0', (a) => (a.quiz.questions[0].points = 0), '/quiz/questions/0/points', 'points must be at least 1, found 0'],
    ['points 101', (a) => (a.quiz.questions[0].points = 101), '/quiz/questions/0/points', 'points must be at most 100, found 101'],
    ['points 1.5', (a) => (a.quiz.questions[0].points = 1.5), '/quiz/questions/0/points', 'points must be a whole number, found 1.5'],
    ['11 results bands', (a) => (a.quiz.results = Array.from({ length: 11 }, (_, i) => ({ minPercent: i * 9, text: 't' }))), '/quiz/results', 'results must have at most 10 entries, found 11'],
    ['a figure that is a number', (a) => (a.figures = [1, ...a.figures]), '/figures/0', 'figures[0] must be an object, found 1'],
    // Cloze (question 10 of the seed) and matching (question 11).
    ['a blank with no accepted answer', (a) => (a.quiz.questions[10].blanks[0].answers = []), '/quiz/questions/10/blanks/0/answers', 'answers must have at least 1 entry, found 0'],
    ['a blank whose answer is spaces', (a) => (a.quiz.questions[10].blanks[0].answers = ['  ']), '/quiz/questions/10/blanks/0/answers/0', 'answers[0] is blank: write text a reader can see'],
    ['a blank mark that never closes', (a) => (a.quiz.questions[10].text = 'An immediate {{days-day ceasefire and {{exchange}}.'), '/quiz/questions/10/text', 'text has "{{" at character 14 that is never closed with "}}": a blank is written {{blank-id}}; write \\{{ to show the braces as text'],
    ['a mark that names no blank', (a) => (a.quiz.questions[10].text = 'An immediate {{day}}-day ceasefire, {{days}} and {{exchange}}.'), '/quiz/questions/10/text', '{{day}} in text is not one of the blank ids (days, exchange)'],
    ['a blank written twice', (a) => (a.quiz.questions[10].text = '{{days}} days, {{days}} and {{exchange}}.'), '/quiz/questions/10/text', '{{days}} is written twice in text; each blank is written once'],
    ['a blank the text leaves out', (a) => (a.quiz.questions[10].text = 'An immediate {{days}}-day ceasefire.'), '/quiz/questions/10/blanks/1/id', 'blank "exchange" is not in the text; write {{exchange}} where the reader fills it in'],
    ['a repeated blank id', (a) => (a.quiz.questions[10].blanks[1].id = 'days'), '/quiz/questions/10/blanks/1/id', 'blank id "days" is already used by an earlier blank (/quiz/questions/10/blanks/0/id); each blank needs its own id'],
    ['an answer that is not among its blank\'s choices', (a) => (a.quiz.questions[10].blanks[1].answers = ['hostages']), '/quiz/questions/10/blanks/1/answers/0', 'answer "hostages" is not one of this blank\'s choices ("territory", "prisoners", "ambassadors"), so a reader could never pick it'],
    ['a match that names no target', (a) => (a.quiz.questions[11].items[0].match = 'nobody'), '/quiz/questions/11/items/0/match', 'match "nobody" is not one of the target ids (ukrainian-sources, analysts, investigators, turkish-ministry)'],
    ['one target matched by two items without reuseTargets', (a) => (a.quiz.questions[11].items[1].match = 'ukrainian-sources'), '/quiz/questions/11/items/1/match', 'target "ukrainian-sources" is already the match of item "planes"; give each item its own target, or set reuseTargets to true to let one target match several items'],
    ['a repeated target id', (a) => (a.quiz.questions[11].targets[3].id = 'analysts'), '/quiz/questions/11/targets/3/id', 'target id "analysts" is already used by an earlier target (/quiz/questions/11/targets/1/id); each target needs its own id'],
    ['a repeated item id', (a) => (a.quiz.questions[11].items[1].id = 'planes'), '/quiz/questions/11/items/1/id', 'item id "planes" is already used by an earlier item (/quiz/questions/11/items/0/id); each item needs its own id'],
    ['a matching question with one item', (a) => (a.quiz.questions[11].items = [a.quiz.questions[11].items[0]]), '/quiz/questions/11/items', 'items must have at least 2 entries, found 1'],
  ];
  for (const [what, change, path, message] of refused) {
    it(`refuses ${what}`, () => {
      const problems = problemsAfter(change);
      expect(problems.filter((p) => p.path === path).map((p) => p.message), JSON.stringify(problems)).to.include(message);
    });
  }
  const accepted: [string, Mutate][] = [
    ['one target for two items with reuseTargets', (a) => ((a.quiz.questions[11].items[1].match = 'ukrainian-sources'), (a.quiz.questions[11].reuseTargets = true))],
    ['braces that are text in a cloze, and "{{{" as a brace before a blank', (a) => (a.quiz.questions[10].text = 'Sets \\{{1}} are text; {{{days}}} and {{exchange}}.')],
    ['December and January', (a) => ((a.published = '2025-01-01'), (a.updated = '2025-12-31'))],
    ['a date-time with seconds and an offset', (a) => (a.published = '2025-01-01T23:59:59+02:00')],
    ['a relative image path, with a colon after the first slash', (a) => (a.image = { src: 'img/a:b.png', alt: 'x' })],
    ['an https image', (a) => (a.image = { src: 'https://i.example/a.png', alt: 'x' })],
    ['12 points, 10 results bands, 100 points for a question, a 300-character title and a 64-character id', (a) => {
      a.summary.points = Array(12).fill('p');
      a.quiz.results = Array.from({ length: 10 }, (_, i) => ({ minPercent: i * 10, text: 't' }));
      a.quiz.questions[0].points = 100;
      a.title = 'x'.repeat(300);
      a.id = 'a'.repeat(64);
    }],
    ['a quote with other whitespace than the body', (a) => (a.figures[0].evidence = { quote: '  Ukrainian \n  sources claim  ' })],
  ];
  for (const [what, change] of accepted) {
    it(`accepts ${what}`, () => {
      const a = seedJson();
      change(a);
      const result = validateArticle(a);
      expect(result.ok ? [] : result.problems).to.deep.equal([]);
    });
  }
  it('stops at 200 problems', () => {
    const a = seedJson();
    a.quiz.questions = Array.from({ length: 100 }, () => ({ type: 'single', id: 'BAD', prompt: 1, choices: 'x', answer: 5, points: 'x' }));
    const result = validateArticle(a);
    expect(result.ok ? [] : result.problems).to.have.length(200);
  });
});

describe('validateArticle: how messages name a field', () => {
  it('names a list entry by its list and index, not by a bare number', () => {
    const a = seedJson();
    a.quiz.questions[0].choices[1] = 'not an object';
    const r = validateArticle(a);
    expect(r.ok ? [] : r.problems).to.deep.include({ path: '/quiz/questions/0/choices/1', message: 'choices[1] must be an object, found "not an object"' });
  });
  it('says "1 character", not "1 characters"', () => {
    const a = seedJson();
    a.id = '';
    const r = validateArticle(a);
    expect(r.ok ? [] : r.problems).to.deep.include({ path: '/id', message: 'id must be at least 1 character long, found 0' });
  });
});
