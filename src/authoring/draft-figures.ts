/**
 * Drafts key figures from an article's text: every number the reader might want as a
 * figure, with its qualifier ("more than 60"), its unit, currency or percent, a label
 * from the words around it, and the sentence it stands in as evidence.
 *
 * Pure and deterministic: no DOM, no network. Language knowledge (separators, scale
 * words, currencies, qualifier phrasings, units) is a table per language below; month
 * names come from Intl so dates are recognised in every language Intl knows.
 * Years, dates, times, ordinals and numbers inside names ("F-16", "COVID-19") are
 * not figures and are skipped.
 */
import type { Figure, NumberFormat } from '../data/types.js';

/** A proposed figure: the contract's fields minus `id`, with the sentence it came from. */
export interface DraftFigure {
  value: number;
  qualifier?: NonNullable<Figure['qualifier']>;
  format?: NumberFormat;
  label: string;
  evidence: { quote: string };
  /**
   * The figure as the sentence writes it ("€350.00", "1.284", "26,4 Grad Celsius"), for a question
   * that leaves it out. Not part of the contract's figure: not enumerable, so `{ id, ...proposal }`
   * is a figure as it is, and JSON leaves it out.
   */
  readonly written?: string;
}

type Qualifier = NonNullable<Figure['qualifier']>;

interface LanguageTable {
  /** Thousands separators this language writes between digit groups. */
  group: string;
  /** The decimal mark. */
  decimal: string;
  /** Scale words after a number, as regex sources, and their factor. */
  scales: [string, number][];
  /** Qualifier phrasings written before the number. */
  before: [string, Qualifier][];
  /** Qualifier phrasings written after the number (and its noun). */
  after?: [string, Qualifier][];
  /** Currency names after the number (regex source -> ISO 4217). */
  currencies: [string, string][];
  /** Percent written as a word. */
  percent: string;
  /** Units after the number (regex source -> Intl unit). A leading "-" form covers "30-day". */
  units: [string, string][];
  /** Words that mark a time of day after a number. */
  time: string;
  /** Words that mark a time of day before a number ("o godz. 10", "בשעה 11"). */
  timeBefore?: string;
  /** Letters written as a prefix of the next word ("ו" and). */
  prefix?: string;
  /** Words for "year" after a number, where a language writes them ("2025 року"). */
  year?: string;
  /** Ordinal endings directly after digits. */
  ordinal: string;
  /** Words a label should not end with. */
  stop: string;
  /**
   * Words that end the noun phrase a label is (a verb, an auxiliary, a conjunction, a time word),
   * as a regex source matched against a whole word that is not the label's first.
   */
  breaks: string;
  /** German: a noun phrase ends at the first lowercase word after a capitalized noun (articles of a genitive aside). */
  nounsCapitalized?: boolean;
}

const SPACES = ' \u00a0\u202f\u2009';
const K = 1e3;
const M = 1e6;
const G = 1e9;

const LANGS: Record<string, LanguageTable> = {
  en: {
    group: ',',
    decimal: '.',
    scales: [['thousand', K], ['million|mln|mn', M], ['billion|bn', G], ['trillion|tn', 1e12]],
    before: [
      ['more than|over|above|in excess of|upwards of|exceeding|exceeded|topped', 'more-than'],
      ['at least|no fewer than|no less than|a minimum of|not less than', 'at-least'],
      ['about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|close to|circa|c\\.|~', 'approximately'],
      ['up to|as many as|as much as|a maximum of|at most', 'up-to'],
      ['less than|fewer than|under|below|just under', 'less-than'],
    ],
    after: [['or more', 'at-least'], ['or fewer|or less', 'up-to']],
    currencies: [['(?:US )?dollars?', 'USD'], ['euros?', 'EUR'], ['pounds? sterling|pounds?', 'GBP'], ['hryvnias?|hryvnia', 'UAH'], ['roubles?|rubles?', 'RUB'], ['zlotys?', 'PLN'], ['shekels?', 'ILS']],
    percent: 'per ?cent',
    units: [
      ['degrees? Celsius|degrees? centigrade|°\\s?C', 'celsius'],
      ['km|kilomet(?:er|re)s?', 'kilometer'], ['miles?', 'mile'], ['met(?:er|re)s?', 'meter'], ['kg|kilo(?:gram)?s?', 'kilogram'],
      ['hectares?', 'hectare'], ['lit(?:er|re)s?', 'liter'], ['days?', 'day'], ['weeks?', 'week'], ['months?', 'month'],
      ['hours?', 'hour'], ['minutes?', 'minute'],
    ],
    time: 'a\\.m\\.|p\\.m\\.|am|pm|o\'clock|GMT|UTC',
    ordinal: 'st|nd|rd|th',
    stop: 'a|an|the|and|or|of|to|in|on|at|for|with|by|from|that|which|who|were|was|is|are|be|been|as|its|their',
    breaks: 'will|would|can|could|may|might|must|shall|should|is|are|was|were|be|been|being|has|have|had|do|does|did|that|which|who|whose|while|because|when|last|this|next|ago|than|so|but|and|or|cost|costs|claim|claims|get|gets|pay|pays|reach|reaches|rose|rises|fell|falls|hit|hits|stood|stands|signed|said|says|found|reached|reported|confirmed|recorded|received|claimed|estimated|expected|planned|announced|showed|spent|paid|raised|lost|gained',
  },
  de: {
    group: '.\'' + SPACES,
    decimal: ',',
    scales: [['Tausend', K], ['Millionen|Million|Mio\\.?', M], ['Milliarden|Milliarde|Mrd\\.?', G], ['Billionen|Billion', 1e12]],
    before: [
      ['mehr als|über|more than|oberhalb von', 'more-than'],
      ['mindestens|wenigstens|nicht weniger als', 'at-least'],
      ['rund|etwa|ungefähr|circa|ca\\.|knapp|fast|beinahe|annähernd|schätzungsweise', 'approximately'],
      ['bis zu|höchstens|maximal', 'up-to'],
      ['weniger als|unter', 'less-than'],
    ],
    currencies: [['(?:US-)?Dollar', 'USD'], ['Euro', 'EUR'], ['Pfund', 'GBP'], ['Franken', 'CHF'], ['Rubel', 'RUB'], ['Hrywnja|Hrywnja', 'UAH'], ['Złoty|Zloty', 'PLN']],
    percent: 'Prozent',
    units: [
      ['Grad Celsius|°\\s?C', 'celsius'],
      ['km|Kilometer[n]?', 'kilometer'], ['Meter[n]?', 'meter'], ['kg|Kilogramm', 'kilogram'], ['Hektar', 'hectare'], ['Liter[n]?', 'liter'],
      ['Tage[n]?|Tag|-tägige[nrs]?|-Tage-', 'day'], ['Wochen|Woche', 'week'], ['Monate[n]?|Monat', 'month'], ['Stunden|Stunde', 'hour'], ['Minuten|Minute', 'minute'],
    ],
    time: 'Uhr|h',
    ordinal: '\\.(?=[ \u00a0]+\\p{L})',
    stop: 'der|die|das|den|dem|des|ein|eine|einen|und|oder|von|zu|in|im|am|an|auf|für|mit|bei|aus|wurden|wurde|sind|ist|waren|war|als|seine|ihre',
    breaks: 'sind|ist|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|muss|musste|mussten|müssen|kann|können|konnte|konnten|soll|sollen|sollte|sollten|will|wollen|dass|weil|wenn|und|oder|aber|seit|stieg|steigt|sank|sinkt|kostet|kostete|kosten|liegt|lag|betrug|beträgt|erreichte|erreicht',
    nounsCapitalized: true,
  },
  fr: {
    group: SPACES + '.',
    decimal: ',',
    scales: [['mille', K], ['millions?|M', M], ['milliards?|Mds?', G], ['billions?', 1e12]],
    before: [
      ['plus de|plus d\'|plus d’|au-delà de|au-delà d’|au-delà d\'|davantage que', 'more-than'],
      ['au moins|pas moins de|au minimum', 'at-least'],
      ['environ|près de|presque|quelque|quelques|approximativement|autour de|quasiment|une estimation de|près d’|près d\'', 'approximately'],
      ['jusqu\'à|jusqu’à|au maximum|au plus', 'up-to'],
      ['moins de|moins d\'|moins d’', 'less-than'],
    ],
    currencies: [['dollars?', 'USD'], ['euros?', 'EUR'], ['livres? sterling|livres?', 'GBP'], ['francs? suisses?', 'CHF'], ['roubles?', 'RUB'], ['hryvnias?', 'UAH']],
    percent: 'pour ?cent',
    units: [
      ['degrés? Celsius|°\\s?C', 'celsius'],
      ['km|kilomètres?', 'kilometer'], ['mètres?', 'meter'], ['kg|kilos?|kilogrammes?', 'kilogram'], ['hectares?', 'hectare'], ['litres?', 'liter'],
      ['jours?', 'day'], ['semaines?', 'week'], ['mois', 'month'], ['heures?', 'hour'], ['minutes?', 'minute'],
    ],
    time: 'h|heures?(?=\\s*\\d)',
    ordinal: 'e|er|ère|ème|re|nd|nde',
    stop: 'le|la|les|un|une|des|du|de|d|et|ou|à|au|aux|en|dans|sur|pour|par|avec|qui|que|ont|été|sont|est|était|ses|leur|leurs',
    breaks: 'a|ont|avait|avaient|est|sont|était|étaient|sera|seront|été|être|peut|peuvent|pourra|doit|doivent|qui|que|qu|dont|et|ou|mais|car|lors|depuis|dès|pendant|coûte|coûté|atteint|atteint|dépasse|\\p{L}{3,}(?<!m)ent',
  },
  es: {
    group: '.' + SPACES,
    decimal: ',',
    scales: [['mil millones', G], ['mil', K], ['millones|millón', M], ['billones|billón', 1e12]],
    before: [
      ['más de|por encima de|superior a', 'more-than'],
      ['al menos|por lo menos|como mínimo|no menos de', 'at-least'],
      ['unos|unas|alrededor de|cerca de|aproximadamente|casi|en torno a|aprox\\.|unos\\s+', 'approximately'],
      ['hasta|como máximo', 'up-to'],
      ['menos de|por debajo de', 'less-than'],
    ],
    currencies: [['dólares|dólar', 'USD'], ['euros?', 'EUR'], ['libras?', 'GBP'], ['pesos?', 'MXN'], ['rublos?', 'RUB']],
    percent: 'por ciento',
    units: [
      ['grados? (?:Celsius|centígrados?)|°\\s?C', 'celsius'],
      ['km|kilómetros?', 'kilometer'], ['metros?', 'meter'], ['kg|kilos?|kilogramos?', 'kilogram'], ['hectáreas?', 'hectare'], ['litros?', 'liter'],
      ['días?', 'day'], ['semanas?', 'week'], ['meses|mes', 'month'], ['horas?', 'hour'], ['minutos?', 'minute'],
    ],
    time: 'h|horas(?=\\s*de la)|a\\.\\s?m\\.|p\\.\\s?m\\.',
    timeBefore: 'a las|a la',
    ordinal: 'º|ª|\\.º|\\.ª|er|ro|do|to|vo|no',
    stop: 'el|la|los|las|un|una|unos|unas|de|del|y|o|a|al|en|por|para|con|que|fueron|fue|son|es|han|sido|sus|su',
    breaks: 'ha|han|había|habían|es|son|era|eran|será|serán|fue|fueron|está|están|puede|pueden|debe|deben|se|que|quien|cuyo|y|o|pero|porque|cuando|desde|durante|\\p{L}{3,}(?:aron|ieron|aban|ará|erá|irá|arán|erán|irán|ó)',
  },
  pt: {
    group: '.' + SPACES,
    decimal: ',',
    scales: [['mil milhões', G], ['mil', K], ['milhões|milhão|mi', M], ['bilhões|bilhão|bi', G]],
    before: [
      ['mais de|acima de|superior a', 'more-than'],
      ['pelo menos|no mínimo|ao menos', 'at-least'],
      ['cerca de|aproximadamente|quase|perto de|em torno de|por volta de|uns|umas|aprox\\.', 'approximately'],
      ['até|no máximo', 'up-to'],
      ['menos de|abaixo de', 'less-than'],
    ],
    currencies: [['reais|real', 'BRL'], ['dólares|dólar', 'USD'], ['euros?', 'EUR'], ['libras?', 'GBP']],
    percent: 'por cento',
    units: [
      ['graus? Celsius|°\\s?C', 'celsius'],
      ['km|quilómetros?|quilômetros?', 'kilometer'], ['metros?', 'meter'], ['kg|quilos?|quilogramas?', 'kilogram'], ['hectares?', 'hectare'], ['litros?', 'liter'],
      ['dias?', 'day'], ['semanas?', 'week'], ['meses|mês', 'month'], ['horas?', 'hour'], ['minutos?', 'minute'],
    ],
    time: 'h|horas(?=\\s*da)',
    timeBefore: 'às',
    ordinal: 'º|ª|\\.º|\\.ª',
    stop: 'o|a|os|as|um|uma|de|do|da|dos|das|e|ou|em|no|na|nos|nas|por|para|com|que|foram|foi|são|é|seus|suas',
    breaks: 'há|tem|têm|tinha|é|são|era|eram|será|serão|foi|foram|está|estão|pode|podem|deve|devem|se|que|quem|cujo|e|ou|mas|porque|quando|desde|durante|serão|será|\\p{L}{3,}(?:aram|eram|iram|avam|arão|erão|ou)',
  },
  pl: {
    group: SPACES + '.',
    decimal: ',',
    scales: [['tys\\.|tysiące|tysięcy|tysiąc', K], ['mln|milionów|miliony|milion', M], ['mld|miliardów|miliardy|miliard', G], ['bln|bilionów|biliony', 1e12]],
    before: [
      ['ponad|przeszło|więcej niż|powyżej|przekroczył\\p{L}*', 'more-than'],
      ['co najmniej|przynajmniej|nie mniej niż|minimum', 'at-least'],
      ['około|ok\\.|prawie|blisko|niemal|niemal że|mniej więcej|rzędu', 'approximately'],
      ['do|aż do|maksymalnie|najwyżej|nawet|nie przekroczy|nie przekroczą', 'up-to'],
      ['mniej niż|poniżej', 'less-than'],
    ],
    currencies: [['zł|złotych|złote|złoty', 'PLN'], ['dolarów|dolary|dolar', 'USD'], ['euro', 'EUR'], ['funtów|funty', 'GBP'], ['rubli', 'RUB'], ['hrywien|hrywny', 'UAH']],
    percent: 'procent(?:y|ów)?|proc\\.',
    units: [
      ['stopni(?:a|e)? Celsjusza|°\\s?C', 'celsius'],
      ['km|kilometr(?:ów|y|a)?', 'kilometer'], ['metr(?:ów|y)?|m', 'meter'], ['kg|kilogram(?:ów|y)?', 'kilogram'], ['hektar(?:ów|y)?|ha', 'hectare'], ['litr(?:ów|y)?', 'liter'],
      ['dni|dzień|-dniow\\p{L}*', 'day'], ['tygodni|tygodnie|tydzień', 'week'], ['miesięcy|miesiące|miesiąc', 'month'], ['godzin|godziny|godzina|godz\\.', 'hour'], ['minut|minuty', 'minute'],
    ],
    time: 'godz\\.|h|rano|wieczorem',
    year: 'roku|rok|r\\.',
    timeBefore: 'godz\\.|godzinie',
    ordinal: '\\.(?=\\s*\\p{Ll})|-go|-ej|-ego',
    stop: 'i|a|w|we|z|ze|na|do|od|o|po|przez|dla|że|który|która|które|zostało|zostały|został|są|jest|było|byli|się|ich|jego',
    breaks: 'kosztowała|kosztował|kosztowało|kosztuje|miała|miał|wyniosła|wyniósł|wynosi|otrzymać|jest|są|był|była|było|byli|były|będzie|będą|może|mogą|musi|muszą|się|że|który|która|które|i|oraz|lub|ale|bo|gdy|od|\\p{L}{3,}(?:ło|ła|li|ły)',
  },
  uk: {
    group: SPACES,
    decimal: ',',
    scales: [['тис\\.|тисяч[аіи]?', K], ['млн|мільйон(?:ів|и|а)?', M], ['млрд|мільярд(?:ів|и|а)?', G], ['трлн|трильйон(?:ів|и|а)?', 1e12]],
    before: [
      ['понад|більше ніж|більш ніж|більше за|більше|понад як|вище|перевищил\\p{L}*|перевищує', 'more-than'],
      ['щонайменше|принаймні|не менше ніж|не менше|не менш як|мінімум|як мінімум', 'at-least'],
      ['приблизно на|орієнтовно на|близько|приблизно|майже|майже що|орієнтовно|біля', 'approximately'],
      ['до|щонайбільше|не більше ніж|не більше|аж до|не перевищить|не перевищує', 'up-to'],
      ['менше ніж|менш ніж|менше|нижче', 'less-than'],
    ],
    currencies: [['грн\\.?|гривень|гривні|гривня', 'UAH'], ['доларів|долари|долар|дол\\.', 'USD'], ['євро', 'EUR'], ['рублів|рубля|рублі', 'RUB'], ['фунтів', 'GBP']],
    percent: 'відсотк(?:ів|а|и)|відсоток|відс\\.',
    units: [
      ['градус(?:ів|а|и)?(?: за Цельсієм)?|°\\s?C', 'celsius'],
      ['км|кілометр(?:ів|и|а)?', 'kilometer'], ['метр(?:ів|и|а)?|м', 'meter'], ['кг|кілограм(?:ів|и|а)?', 'kilogram'], ['гектар(?:ів|и|а)?|га', 'hectare'], ['літр(?:ів|и|а)?', 'liter'],
      ['днів|дні|день|доби|діб|-денн\\p{L}*', 'day'], ['тижнів|тижні|тиждень', 'week'], ['місяців|місяці|місяць', 'month'], ['годин|години|година|год\\.', 'hour'], ['хвилин|хвилини', 'minute'],
    ],
    time: 'год\\.|годині|ранку|вечора',
    year: 'року|рік|р\\.',
    ordinal: '-?(?:й|го|ий|ого|му|ому|а|ої|і|е|та|тя|ша|га|ти|ту|ть|ше|ге|те|ій)(?!\\p{L})',
    stop: 'і|й|та|в|у|на|з|із|до|від|по|про|для|що|який|яка|які|було|були|був|є|їх|його|її|а|але',
    breaks: 'є|був|була|було|були|буде|будуть|може|можуть|має|мають|отримає|отримають|коштувало|коштує|склав|склала|склало|нагрілася|досягла|що|який|яка|яке|які|і|й|та|або|але|бо|коли|від|\\p{L}{3,}(?:ли|ла|ло)',
  },
  ru: {
    group: SPACES,
    decimal: ',',
    scales: [['тыс\\.|тысяч[аи]?', K], ['млн|миллион(?:ов|а)?', M], ['млрд|миллиард(?:ов|а)?', G], ['трлн|триллион(?:ов|а)?', 1e12]],
    before: [
      ['более чем|более|свыше|больше чем|больше|выше|превысил\\p{L}*|превышает', 'more-than'],
      ['не менее чем|не менее|по меньшей мере|как минимум|минимум|по крайней мере', 'at-least'],
      ['примерно на|приблизительно на|около|примерно|почти|порядка|приблизительно|почти что|около того', 'approximately'],
      ['до|не более чем|не более|максимум|вплоть до|не превысит|не превышает', 'up-to'],
      ['менее чем|менее|меньше чем|меньше|ниже', 'less-than'],
    ],
    currencies: [['руб\\.?|рублей|рубля|рубль', 'RUB'], ['долларов|доллара|доллар|долл\\.', 'USD'], ['евро', 'EUR'], ['гривен|гривны|гривна', 'UAH'], ['фунтов', 'GBP']],
    percent: 'процент(?:ов|а)?|проц\\.',
    units: [
      ['градус(?:ов|а)?(?: по Цельсию)?|°\\s?C', 'celsius'],
      ['км|километр(?:ов|а)?', 'kilometer'], ['метр(?:ов|а)?|м', 'meter'], ['кг|килограмм(?:ов|а)?', 'kilogram'], ['гектар(?:ов|а)?|га', 'hectare'], ['литр(?:ов|а)?', 'liter'],
      ['дней|дня|день|суток|-дневн\\p{L}*', 'day'], ['недель|недели|неделя', 'week'], ['месяцев|месяца|месяц', 'month'], ['часов|часа|час', 'hour'], ['минут|минуты', 'minute'],
    ],
    year: 'года|год|г\\.',
    time: 'ч\\.|часов(?=\\s*(?:утра|вечера|дня))|утра|вечера',
    ordinal: '-?(?:й|го|ий|ого|му|ому|я|ой|е|ая|ый|х|м)(?!\\p{L})',
    stop: 'и|в|во|на|с|со|к|до|от|по|о|об|для|что|который|которая|которые|было|были|был|есть|их|его|ее|её|а|но',
    breaks: 'есть|был|была|было|были|будет|будут|может|могут|должен|должны|получит|получат|стоило|стоит|составил|составила|составило|нагрелась|достигла|что|который|которая|которое|которые|и|или|но|а|потому|когда|от|\\p{L}{3,}(?:ли|ла|ло)',
  },
  ar: {
    group: ',',
    decimal: '.',
    scales: [['ألف|آلاف', K], ['مليون|ملايين', M], ['مليار|مليارات', G], ['تريليون', 1e12]],
    before: [
      ['أكثر من|ما يزيد على|ما يزيد عن|يزيد على|أزيد من|فوق', 'more-than'],
      ['ما لا يقل عن|لا يقل عن|على الأقل', 'at-least'],
      ['نحو|حوالي|حوالى|قرابة|زهاء|ما يقارب|ما يقرب من|تقريبا|تقريباً|قرابة', 'approximately'],
      ['حتى|ما يصل إلى|يصل إلى|إلى حد', 'up-to'],
      ['أقل من|دون', 'less-than'],
    ],
    after: [['على الأقل', 'at-least'], ['تقريبا|تقريباً', 'approximately']],
    currencies: [['دولار(?:ا|اً)?', 'USD'], ['يورو', 'EUR'], ['جنيه(?:ا)? إسترليني|جنيه إسترليني', 'GBP'], ['جنيه(?:ا)?', 'EGP'], ['ريال', 'SAR'], ['درهم(?:ا)?', 'AED'], ['روبل', 'RUB']],
    percent: 'في المائة|في المئة|بالمائة|بالمئة',
    units: [
      ['درجات? مئوية|درجة مئوية|°\\s?[CCم]', 'celsius'],
      ['كم|كيلومتر(?:ا|اً|ات)?', 'kilometer'], ['متر(?:ا|اً)?|أمتار', 'meter'], ['كغ|كيلوغرام(?:ا|اً)?', 'kilogram'], ['هكتار(?:ا)?', 'hectare'], ['لتر(?:ا)?', 'liter'],
      ['يوم(?:ا|اً)?|أيام', 'day'], ['أسابيع|أسبوع(?:ا)?', 'week'], ['أشهر|شهر(?:ا)?', 'month'], ['ساعات|ساعة', 'hour'], ['دقائق|دقيقة', 'minute'],
    ],
    time: 'صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً',
    timeBefore: 'الساعة',
    prefix: 'و',
    ordinal: '',
    stop: 'و|في|من|على|إلى|عن|مع|أن|التي|الذي|الذين|كان|كانت|هو|هي|قد',
    breaks: 'بلغت|بلغ|وبلغت|وبلغ|يمكن|ويمكن|تحصل|يحصل|كان|كانت|كانوا|يكون|تكون|قد|أن|التي|الذي|الذين|حيث|بعد|قبل|منذ|خلال|مما|عما',
  },
  he: {
    group: ',',
    decimal: '.',
    scales: [['אלף|אלפים', K], ['מיליון|מיליונים', M], ['מיליארד|מיליארדים', G], ['טריליון', 1e12]],
    before: [
      ['יותר מ-?|למעלה מ-?|מעל ל-?|מעל', 'more-than'],
      ['לפחות|לא פחות מ-?|מינימום', 'at-least'],
      ['כ-?|בערך|כמעט|קרוב ל-?|סביב', 'approximately'],
      ['עד|לכל היותר|מקסימום', 'up-to'],
      ['פחות מ-?|מתחת ל-?', 'less-than'],
    ],
    after: [['לפחות', 'at-least'], ['בערך', 'approximately']],
    currencies: [['שקלים|שקל|ש"ח|ש״ח', 'ILS'], ['דולר', 'USD'], ['אירו|יורו', 'EUR'], ['ליש"ט', 'GBP']],
    percent: 'אחוזים|אחוז',
    units: [
      ['מעלות צלזיוס|מעלות|°\\s?C', 'celsius'],
      ['ק"מ|ק״מ|קילומטרים|קילומטר', 'kilometer'], ['מטרים|מטר|מ\'', 'meter'], ['ק"ג|ק״ג|קילוגרם|קילו', 'kilogram'], ['ליטרים|ליטר', 'liter'],
      ['ימים|יום|יממות', 'day'], ['שבועות|שבוע', 'week'], ['חודשים|חודש', 'month'], ['שעות|שעה', 'hour'], ['דקות|דקה', 'minute'],
    ],
    time: 'בבוקר|בערב|בצהריים|בלילה',
    timeBefore: 'בשעה|שעה',
    prefix: 'ו',
    ordinal: '',
    stop: 'ו|של|את|על|עם|אל|מן|כי|אשר|ש|היו|היה|הם|הן|הוא|היא',
    breaks: 'עלה|עלתה|הגיע|הגיעה|יקבל|יקבלו|היה|היתה|היו|יהיה|יהיו|הוא|היא|הם|הן|אשר|כי|מאז|לאחר|לפני|במהלך',
  },
};

/** Currency symbols, written before or after the number in every language. */
const SYMBOLS: [string, string][] = [
  ['US\\$|\\$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₴', 'UAH'], ['₽', 'RUB'], ['₪', 'ILS'], ['zł', 'PLN'], ['R\\$', 'BRL'], ['₹', 'INR'], ['CHF', 'CHF'],
  ['USD|EUR|GBP|UAH|RUB|PLN|ILS|BRL|CHF|JPY|CNY|INR', ''],
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (sources: string[]) => sources.map((s) => `(?:${s})`).join('|');
/** Not inside a word: what a match must not touch on either side. */
const WORD = '[\\p{L}\\p{N}_]';

interface Compiled {
  table: LanguageTable;
  number: RegExp;
  scale: RegExp;
  currencyAfter: RegExp;
  currencyBefore: RegExp;
  percent: RegExp;
  unit: RegExp;
  qualifierBefore: RegExp;
  qualifierAfter?: RegExp;
  timeAfter: RegExp;
  monthBefore: RegExp;
  monthAfter: RegExp;
  qualifierAnywhere: RegExp;
  yearAfter?: RegExp;
  timeBefore?: RegExp;
  ordinal?: RegExp;
  stop: Set<string>;
  breaks: RegExp;
}

const compiled = new Map<string, Compiled>();

/** Month names, their short and their genitive forms ("июня", "czerwca"), from Intl. */
function monthWords(locale: string): string[] {
  const words = new Set<string>();
  const add = (s: string) => {
    for (const w of s.split(/[^\p{L}.]+/u)) if (w.replace(/\./g, '').length >= 3) words.add(w.toLowerCase().replace(/\.$/, ''));
  };
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2020, m, 15));
    for (const options of [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as const) {
      try {
        add(new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(d));
      } catch {
        // A locale Intl lacks gets English month names only.
      }
    }
  }
  if (locale !== 'en') for (const w of monthWords('en')) words.add(w);
  return [...words].sort((a, b) => b.length - a.length);
}

function compile(lang: string): Compiled {
  const base = (lang || 'en').toLowerCase().split(/[-_]/)[0]!;
  const key = LANGS[base] ? base : 'en';
  let c = compiled.get(key);
  if (c) return c;
  const t = LANGS[key]!;
  const group = `[${esc(t.group)}]`;
  const dec = esc(t.decimal);
  const end = `(?!${WORD})`;
  const sp = `[${SPACES}]*`;
  const months = monthWords(key).map(esc).join('|');
  const currencies = [...t.currencies.map(([s]) => s), ...SYMBOLS.map(([s]) => s)];
  c = {
    table: t,
    // A digit group never follows a letter ("F-16", "G7") or a digit; decimal needs a digit after it.
    number: new RegExp(`(?<![\\p{L}\\p{N}_]|[\\d.,:])(?:\\d{1,3}(?:${group}\\d{3})+(?!\\d)|\\d+)(?:${dec}\\d+)?`, 'gu'),
    scale: new RegExp(`^${sp}(?:${alt(t.scales.map(([s]) => s))})${end}`, 'iu'),
    // "millions d'euros", "millones de dólares": the connector before a currency after a scale word.
    currencyAfter: new RegExp(`^${sp}(?:(?:de|d'|d’)${sp})?(?:${alt(currencies)})(?!\\p{L})`, 'iu'),
    currencyBefore: new RegExp(`(?:${alt(SYMBOLS.map(([s]) => s))})${sp}$`, 'u'),
    percent: new RegExp(`^${sp}(?:%|٪|(?:${t.percent})${end})`, 'iu'),
    unit: new RegExp(`^(?:${sp}|-)(?:(?:de|d'|d’|of)${sp})?(?:${alt(t.units.map(([s]) => s))})${end}`, 'iu'),
    qualifierBefore: new RegExp(`(?:^|[\\s(«"„“‘'—–-])${t.prefix ? `(?:${t.prefix})?` : ''}(${alt(t.before.map(([s]) => s))})${sp}$`, 'iu'),
    ...(t.timeBefore ? { timeBefore: new RegExp(`(?:^|[^\\p{L}])(?:${t.timeBefore})${sp}$`, 'iu') } : {}),
    ...(t.after ? { qualifierAfter: new RegExp(`^(?:${sp}\\p{L}+){0,3}?${sp}(${alt(t.after.map(([s]) => s))})${end}`, 'iu') } : {}),
    timeAfter: new RegExp(`^(?:[:.]\\d{2}(?!\\d)|${sp}(?:${t.time})(?!\\p{L}))`, 'iu'),
    monthBefore: new RegExp(`(?:^|[^\\p{L}])(?:${months})\\.?${sp}(?:de${sp})?$`, 'iu'),
    monthAfter: new RegExp(`^(?:er|e|-го|-ого|\\.)?[${SPACES},]*(?:de${sp}|of${sp}|ב-?)?(?:${months})(?!\\p{L})`, 'iu'),
    qualifierAnywhere: new RegExp(`(?:^|\\s)(?:${alt(t.before.map(([s]) => s))})(?=\\s|$)`, 'iu'),
    ...(t.year ? { yearAfter: new RegExp(`^${sp}(?:${t.year})(?!\\p{L})`, 'iu') } : {}),
    ...(t.ordinal ? { ordinal: new RegExp(`^(?:${t.ordinal})(?!\\p{L})`, 'u') } : {}),
    stop: new Set(t.stop.split('|')),
    breaks: new RegExp(`^(?:${t.breaks})$`, 'iu'),
  };
  compiled.set(key, c);
  return c;
}

/** Words before a year ("in 2024", "seit 2019", "з 2022", "منذ 2020"). */
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:in|since|by|until|from|of|im|seit|bis|von|en|de|desde|hasta|em|dès|depuis|jusqu'en|w|we|od|do|roku|в|у|з|із|до|від|с|от|года|року|في|منذ|عام|ב|מ|עד|משנת|בשנת)[ \u00a0]*$/iu;

/** The minutes of "14 h 30" or "14:30". */
const MINUTES_AFTER_HOUR = new RegExp(`\\d[${SPACES}]*(?:h|:)[${SPACES}]*$`);

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g;

/** Arabic-Indic digits and separators as ASCII, one character for one, so offsets stay valid. */
function asciiDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

interface Sentence {
  start: number;
  end: number;
}

/**
 * Sentences: split at line breaks and after . ! ? when a capital or a quote follows. Where a full
 * stop after digits is a date or an ordinal ("1. Juni" in German and Polish), only after a year.
 */
function sentences(text: string, ordinalDot: boolean): Sentence[] {
  const out: Sentence[] = [];
  // A year ends a sentence in every language ("… on 12 May 2026. Engineers …"); other numbers do where a
  // full stop after digits is no ordinal.
  const boundary = ordinalDot
    ? /\n+|(?:(?<!\d)\.|(?<=(?<!\d)\d{4})\.|[!?؟…])["”»’)]*(?=\s+[\p{Lu}\p{Lo}"“«„(])/gu
    : /\n+|[.!?؟…]["”»’)]*(?=\s+[\p{Lu}\p{Lo}"“«„(])/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m[0].startsWith('\n') ? m.index! : m.index! + m[0].length;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out
    .map(({ start: a, end: b }) => {
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      return { start: a, end: b };
    })
    .filter((s) => s.end > s.start);
}

/** The evidence: the sentence, or a window of it no longer than the contract's 600 characters. */
function quoteAround(text: string, s: Sentence, at: number, endAt: number): string {
  let a = s.start;
  let b = s.end;
  if (b - a > 600) {
    a = Math.max(s.start, at - 280);
    b = Math.min(s.end, endAt + 280);
    while (a > s.start && /\S/.test(text[a - 1]!)) a++;
    while (b < s.end && /\S/.test(text[b]!)) b--;
  }
  let quote = text.slice(a, b).trim();
  if (quote.length < 8) quote = text.slice(Math.max(0, a - 8), Math.min(text.length, b + 8)).trim();
  return quote;
}

const LABEL_WORDS = 7;
/** Ends a label: clause punctuation, a dash, or a quote. */
const CLAUSE_END = /[,;:.!?؟،()[\]"“”«»—–]|\s[-–]\s/u;

function labelWords(s: string): string[] {
  return s.match(/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-״"]*/gu) ?? [];
}

function trimStops(words: string[], stop: Set<string>, fromEnd: boolean): string[] {
  const w = [...words];
  while (w.length && stop.has(w[fromEnd ? w.length - 1 : 0]!.toLowerCase())) {
    if (fromEnd) w.pop();
    else w.shift();
  }
  return w;
}

/**
 * The noun phrase at the start of `words`: up to the first word that ends one (a verb, an
 * auxiliary, a conjunction; never the first word), at most LABEL_WORDS. In German a noun phrase
 * also ends at the first lowercase word after a noun, unless a genitive continues it.
 */
function nounPhrase(words: string[], c: Compiled): string[] {
  const out: string[] = [];
  let noun = false;
  for (const [i, w] of words.entries()) {
    if (i > 0 && c.breaks.test(w)) break;
    if (c.table.nounsCapitalized) {
      const upper = /^\p{Lu}/u.test(w);
      const genitive = /^(?:des|der|von|vom)$/i.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? '');
      if (noun && !upper && !genitive) break;
      noun ||= upper;
    }
    out.push(w);
    if (out.length >= LABEL_WORDS) break;
  }
  return out;
}

/**
 * A label that names what is counted: the noun phrase after the number ("214 leaking pipes"),
 * or, when the number ends its clause, the subject before it ("repairs will cost €1.8 million").
 */
function draftLabel(after: string, before: string, c: Compiled): string {
  const stop = c.stop;
  let clause = after.split(CLAUSE_END)[0]!.split(/\d/)[0]!;
  // A qualifier that ends the clause belongs to the next number ("… and more than 300 …").
  const next = c.qualifierAnywhere.exec(clause);
  if (next && !clause.slice(next.index + next[0].length).trim()) clause = clause.slice(0, next.index);
  const afterWords = trimStops(labelWords(clause), stop, false);
  // "900 euros peuvent être versés à chaque ménage": a predicate, not what is counted; the subject comes before.
  const predicate = afterWords.length > 1 && c.breaks.test(afterWords[0]!);
  const words = predicate ? [] : trimStops(nounPhrase(afterWords, c), stop, true);
  if (words.join(' ').length >= 3) return words.join(' ');
  // The number ends its clause: the noun phrase right before it, back to the verb ("the river reached").
  const pieces = before.split(CLAUSE_END);
  const prior = labelWords(pieces[pieces.length - 1]!.split(/\d/).pop()!);
  // The verb group before the number goes ("will cost", "ont coûté"), then the phrase back to the previous verb.
  while (prior.length && (stop.has(prior[prior.length - 1]!.toLowerCase()) || c.breaks.test(prior[prior.length - 1]!))) prior.pop();
  let from = prior.length;
  while (from > 0 && !c.breaks.test(prior[from - 1]!) && prior.length - from < LABEL_WORDS) from--;
  const tail = trimStops(prior.slice(from), stop, false);
  return tail.join(' ') || words.join(' ') || 'figure';
}

function parseNumber(raw: string, t: LanguageTable): number {
  let s = raw;
  for (const g of t.group) s = s.split(g).join(g === t.decimal ? g : '');
  if (t.decimal !== '.') s = s.replace(t.decimal, '.');
  return Number(s);
}

const round = (n: number) => Number(n.toPrecision(12));
const fractionDigits = (raw: string, t: LanguageTable) => {
  const i = raw.lastIndexOf(t.decimal);
  return i < 0 || t.group.includes(t.decimal) ? 0 : raw.length - i - 1;
};

/**
 * Proposes the key figures of an article: each number in `body` that is not a year, a
 * date, a time or an ordinal, read as `lang` writes numbers (a BCP 47 tag; unknown
 * languages are read as English). One proposal per distinct figure, in reading order.
 */
export function draftFigures(body: string, lang: string): DraftFigure[] {
  const c = compile(lang);
  const t = c.table;
  const text = asciiDigits(body);
  // Addresses are not prose: numbers inside links, URLs and code spans are skipped.
  const skip: [number, number][] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s)]+|`[^`\n]*`|\]\([^)\n]*\)/g)) skip.push([m.index!, m.index! + m[0].length]);
  const out: DraftFigure[] = [];
  const seen = new Set<string>();
  for (const s of sentences(text, t.ordinal.includes('\\.'))) {
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(c.number)) {
      const at = s.start + m.index!;
      if (skip.some(([a, b]) => at >= a && at < b)) continue;
      const raw = m[0];
      let rest = text.slice(at + raw.length, s.end);
      const before = text.slice(s.start, at);
      // Ranges ("10-12"), dates written with digits ("01.06.2025", "2025-06-01") and ordinals.
      if (/^[-–/]\d/.test(rest) || /\d[-–/.]$/.test(before)) continue;
      if (/^[./]\d{1,2}[./]\d{2,4}/.test(rest)) continue;
      if (/\p{L}-$/u.test(before) && c.table !== LANGS.he) continue; // "F-16", "COVID-19"
      if (c.ordinal?.test(rest)) continue;
      // Glued to a word ("5G", "4th", "1990s"), unless that word is a unit, percent, currency or scale.
      if (/^\p{L}/u.test(rest) && !c.unit.test(rest) && !c.percent.test(rest) && !c.currencyAfter.test(rest) && !c.scale.test(rest)) continue;
      if (c.timeAfter.test(rest) || MINUTES_AFTER_HOUR.test(before) || c.timeBefore?.test(before)) continue;
      let value = parseNumber(raw, t);
      if (!Number.isFinite(value)) continue;
      // Dates: a day beside a month name ("June 1", "1 червня", "1er juin", "1. Juni").
      if (value <= 31 && Number.isInteger(value) && (c.monthBefore.test(before) || c.monthAfter.test(rest))) continue;
      const plain = /^\d{4}$/.test(raw);
      let format: { -readonly [K in keyof NumberFormat]: NumberFormat[K] } | undefined;
      let consumed = 0;
      const take = (re: RegExp) => {
        const x = re.exec(rest);
        if (!x) return undefined;
        rest = rest.slice(x[0].length);
        consumed += x[0].length;
        return x[0];
      };
      let scaled = false;
      const scaleWord = take(c.scale);
      if (scaleWord) {
        const factor = t.scales.find(([src]) => new RegExp(`^[${SPACES}]*(?:${src})$`, 'iu').test(scaleWord))?.[1] ?? 1;
        value = round(value * factor);
        scaled = factor >= M;
      }
      const symbolBefore = c.currencyBefore.exec(before);
      const currencyWord = take(c.currencyAfter);
      const pct = !currencyWord && take(c.percent);
      const unitWord = !currencyWord && !pct ? take(c.unit) : undefined;

      const digits = fractionDigits(raw, t);
      if (symbolBefore || currencyWord) {
        const symbol = (symbolBefore?.[0] ?? currencyWord ?? '').trim().replace(/^(?:de|d'|d’)\s*/iu, '');
        const code = [...SYMBOLS, ...t.currencies].find(([src]) => new RegExp(`^(?:${src})$`, 'iu').test(symbol));
        const currency = code?.[1] || symbol.toUpperCase();
        format = { style: 'currency', currency };
        if (scaled) format.notation = 'compact';
      } else if (pct) {
        // As the article writes it: "94 percent" is 94 (the contract's percent).
        format = { style: 'percent' };
        if (digits) format.maximumFractionDigits = digits;
      } else if (unitWord) {
        const word = unitWord.replace(/^[-\s]*(?:(?:de|d'|d’|of)\s+)?/iu, '');
        const unit = t.units.find(([src]) => new RegExp(`^(?:${src})$`, 'iu').test(word))?.[1];
        if (unit) format = { style: 'unit', unit };
      } else if (scaled) format = { notation: 'compact' };
      if (scaled && format && digits) format.maximumFractionDigits = Math.max(digits, format.maximumFractionDigits ?? 0);
      // Qualifier: words just before the number (or its currency symbol), else after it.
      const lead = symbolBefore ? before.slice(0, before.length - symbolBefore[0].length) : before;
      let qualifier: Qualifier | undefined;
      const qb = c.qualifierBefore.exec(lead.slice(-40));
      if (qb) qualifier = t.before.find(([src]) => new RegExp(`^(?:${src})$`, 'iu').test(qb[1]!.trim()))?.[1];
      if (!qualifier && c.qualifierAfter) {
        const qa = c.qualifierAfter.exec(rest.split(CLAUSE_END)[0]!);
        if (qa) qualifier = t.after!.find(([src]) => new RegExp(`^(?:${src})$`, 'iu').test(qa[1]!.trim()))?.[1];
      }
      // Years: four plain digits from 1000 to 2100, unless a unit, currency, percent or scale makes
      // them an amount, or a comparison does ("more than 2000", "ما لا يقل عن 2700"; "until 2025" stays a year).
      const comparison = qualifier && qualifier !== 'up-to';
      // A count needs a word of its own right after it ("1284 wodomierze", "1284 عدادا"): written without a
      // thousands separator, as Polish, Russian and Ukrainian write four digits, it is still no year.
      const counted = /^[ \u00a0]+(\p{L}+)/u.exec(rest);
      const countWord = !!counted && !c.stop.has(counted[1]!.toLowerCase()) && !c.breaks.test(counted[1]!) && !c.yearAfter?.test(rest) && !/^\p{Lu}/u.test(counted[1]!) && !c.monthBefore.test(before) && !YEAR_BEFORE.test(before);
      if (plain && value >= 1000 && value <= 2100 && !scaleWord && !symbolBefore && !currencyWord && !pct && !unitWord && !countWord && (!comparison || c.yearAfter?.test(rest))) continue;
      // A negative number: a minus sign right before the digits, after a space or at the start.
      if (/(?:^|\s)[-−]$/.test(lead)) value = -value;
      const labelBefore = qb ? lead.slice(0, lead.length - qb[0].length) : lead;
      const label = draftLabel(rest, labelBefore, c);
      const quote = quoteAround(body, s, at, at + raw.length + consumed);
      const from = symbolBefore ? at - symbolBefore[0].length : at;
      const written = body.slice(from, at + raw.length + consumed).trim();
      const draft: DraftFigure = { value, ...(qualifier ? { qualifier } : {}), ...(format ? { format } : {}), label, evidence: { quote } };
      // Not enumerable: a proposal spread into a figure stays a figure of the contract.
      Object.defineProperty(draft, 'written', { value: written, enumerable: false });
      const key = JSON.stringify([value, qualifier ?? 'exact', format ?? {}]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(draft);
    }
  }
  return out;
}
