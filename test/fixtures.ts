/** Shared test data: the seed article, loaded once, and fresh copies to change. */
import type { Article } from '../src/data/types.js';

const seedText = await (await fetch('/demo/data/istanbul-talks.json')).text();

/** A fresh, mutable copy of the seed article. */
export function seed(): Article {
  return JSON.parse(seedText) as Article;
}

/** A fresh copy as plain JSON, for tests that break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function seedJson(): any {
  return JSON.parse(seedText);
}

export const seedSource = seedText;

/** A small valid article with one question of the given shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function articleWith(question: any, extra: any = {}): Article {
  return {
    schemaVersion: 2,
    id: 'test-article',
    title: 'Test article',
    summary: { points: ['One point.'] },
    quiz: { questions: [question] },
    ...extra,
  } as Article;
}

/** The seed article retold briefly in Arabic, for right-to-left layouts. */
export function arabic(): Article {
  const a = seed();
  return {
    ...a,
    lang: 'ar',
    title: 'تصاعد النزاع الروسي الأوكراني: الطرفان يستعدان لجولة ثانية من محادثات السلام',
    dek: 'أوكرانيا تعلن ضربة كبيرة لقاذفات روسية مع اقتراب المحادثات.',
    body: undefined,
    summary: {
      points: [
        'تبدأ الجولة الثانية من المحادثات **يوم الاثنين** في قصر تشيراغان في إسطنبول.',
        'تقترح أوكرانيا وقفًا فوريًا لإطلاق النار لمدة **30 يومًا** وتبادلًا للأسرى.',
        'تقول أوكرانيا إنها أصابت **41 طائرة حربية روسية** بـ 117 مسيّرة.',
      ],
      takeaway: 'يعلن الطرفان رغبتهما في التفاوض بينما يصعّدان الضغط العسكري.',
    },
    figures: [
      { id: 'warplanes-hit', value: 41, label: 'طائرة حربية روسية أُصيبت', claim: { by: 'أوكرانيا', status: 'disputed' } },
      { id: 'raid-distance', value: 4300, qualifier: 'more-than', format: { style: 'unit', unit: 'kilometer' }, label: 'من خطوط الجبهة', claim: { by: 'أوكرانيا', status: 'reported' } },
      { id: 'soldiers-killed', value: 12, qualifier: 'at-least', label: 'جنديًا أوكرانيًا قُتلوا', claim: { by: 'مسؤولون أوكرانيون', status: 'reported' } },
    ],
    quiz: {
      title: 'هل تابعت المحادثات؟',
      questions: [
        {
          id: 'venue',
          type: 'single',
          prompt: 'أين تُعقد الجولة الثانية من المحادثات؟',
          choices: [
            { id: 'geneva', text: 'في جنيف' },
            { id: 'ciragan', text: 'في قصر تشيراغان في إسطنبول' },
            { id: 'moscow', text: 'في موسكو' },
          ],
          answer: 'ciragan',
        },
        { id: 'warplanes', type: 'numeric', prompt: 'كم طائرة حربية روسية أُصيبت بحسب أوكرانيا؟', answer: 41, figure: 'warplanes-hit' },
      ],
    },
  } as Article;
}
