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

  describe('fields', () => {
    it('schemaVersion must be 1', () => expectProblem((a) => (a.schemaVersion = 2), '/schemaVersion', 'schemaVersion must be one of 1, found 2'));
    it('a missing required field is reported at its path', () => expectProblem((a) => delete a.title, '/title', 'title is required but missing'));
    it('a missing nested field is reported at its path', () =>
      expectProblem((a) => (a.figures[2].format = { style: 'unit' }), '/figures/2/format/unit', 'unit is required when style is "unit"'));
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
      expectProblem((a) => (a.quiz.questions[2].type = 'poll'), '/quiz/questions/2/type', /type must be one of "single", "multiple", "true-false", "numeric", "order", found "poll"/));
    it('a question without a type is reported at /type', () => expectProblem((a) => delete a.quiz.questions[2].type, '/quiz/questions/2/type', /type is missing/));
    it('single questions have 2-8 choices', () =>
      expectProblem((a) => (a.quiz.questions[0].choices = a.quiz.questions[0].choices.slice(0, 1)), '/quiz/questions/0/choices', 'choices must have at least 2 entries, found 1'));
    it('true-false answers are booleans', () => expectProblem((a) => (a.quiz.questions[3].answer = 'false'), '/quiz/questions/3/answer', 'answer must be true or false, found "false"'));
    it('numeric tolerance is not negative', () => expectProblem((a) => (a.quiz.questions[1].tolerance = -1), '/quiz/questions/1/tolerance', 'tolerance must be at least 0, found -1'));
    it('order questions have 2-8 items', () =>
      expectProblem((a) => (a.quiz.questions[4].items = a.quiz.questions[4].items.slice(0, 1)), '/quiz/questions/4/items', 'items must have at least 2 entries, found 1'));
    it('fields of another question type are unknown keys', () =>
      expectProblem((a) => (a.quiz.questions[3].choices = []), '/quiz/questions/3/choices', /unknown key "choices"/));
    it('null in a required position is named', () => expectProblem((a) => (a.summary.points[0] = null), '/summary/points/0', 'points/0 must be a string, found null'.replace('points/0', '0')));
  });

  describe('rules across fields', () => {
    it('duplicate figure ids are reported at the later one', () =>
      expectProblem((a) => (a.figures[1].id = a.figures[0].id), '/figures/1/id', 'figure id "warplanes-hit" is already used by figure 0'));
    it('duplicate question ids are reported at the later one', () =>
      expectProblem((a) => (a.quiz.questions[3].id = 'venue'), '/quiz/questions/3/id', 'question id "venue" is already used by question 0'));
    it('duplicate choice ids are reported at the later one', () =>
      expectProblem((a) => (a.quiz.questions[0].choices[2].id = 'geneva'), '/quiz/questions/0/choices/2/id', 'choice id "geneva" is already used by choice 0'));
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
      expectProblem((a) => (a.quiz.results[2].minPercent = 50), '/quiz/results/2/minPercent', /minPercent 50 is already used by band 1/));
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
