/**
 * What a SCORM package's launch page tells the student about saving to the course, in the
 * article's language (the ten languages the widgets speak; English for any other). Only the
 * launch bundle carries these words: reader pages never show them.
 */
import { resolveLocale } from '../data/format.js';

export interface StatusWords {
  /** The LMS took everything again after a failure. */
  saved: string;
  /** The LMS refused or failed; `reason` is its own words (or `noReason`). */
  notSaved(reason: string): string;
  /** When the LMS gave no reason. */
  noReason: string;
}

const WORDS: Record<string, StatusWords> = {
  en: {
    saved: 'Your answers are now saved to your course.',
    notSaved: (r) =>
      `Your grade could not be saved to your course (the course system said: ${r}). Your answers are kept in this browser and will be sent again with your next answer. If this message stays, tell your teacher.`,
    noReason: 'no reason given',
  },
  de: {
    saved: 'Ihre Antworten sind jetzt in Ihrem Kurs gespeichert.',
    notSaved: (r) =>
      `Ihre Bewertung konnte nicht in Ihrem Kurs gespeichert werden (das Kurssystem meldet: ${r}). Ihre Antworten bleiben in diesem Browser und werden mit Ihrer nächsten Antwort erneut gesendet. Wenn diese Meldung bleibt, sagen Sie es Ihrer Lehrkraft.`,
    noReason: 'kein Grund angegeben',
  },
  es: {
    saved: 'Tus respuestas ya están guardadas en tu curso.',
    notSaved: (r) =>
      `No se pudo guardar tu nota en tu curso (el sistema del curso dice: ${r}). Tus respuestas se guardan en este navegador y se enviarán de nuevo con tu próxima respuesta. Si este mensaje no desaparece, avisa a tu profesor.`,
    noReason: 'sin motivo indicado',
  },
  fr: {
    saved: 'Vos réponses sont maintenant enregistrées dans votre cours.',
    notSaved: (r) =>
      `Votre note n’a pas pu être enregistrée dans votre cours (le système du cours indique : ${r}). Vos réponses sont conservées dans ce navigateur et seront renvoyées avec votre prochaine réponse. Si ce message reste affiché, prévenez votre enseignant.`,
    noReason: 'aucune raison donnée',
  },
  pl: {
    saved: 'Twoje odpowiedzi są już zapisane w kursie.',
    notSaved: (r) =>
      `Nie udało się zapisać Twojej oceny w kursie (system kursu zgłasza: ${r}). Twoje odpowiedzi są przechowywane w tej przeglądarce i zostaną wysłane ponownie z następną odpowiedzią. Jeśli ten komunikat nie zniknie, powiedz o tym nauczycielowi.`,
    noReason: 'nie podano przyczyny',
  },
  pt: {
    saved: 'As suas respostas estão agora guardadas no seu curso.',
    notSaved: (r) =>
      `Não foi possível guardar a sua nota no seu curso (o sistema do curso indica: ${r}). As suas respostas ficam guardadas neste navegador e serão enviadas novamente com a sua próxima resposta. Se esta mensagem continuar, avise o seu professor.`,
    noReason: 'sem motivo indicado',
  },
  ru: {
    saved: 'Ваши ответы теперь сохранены в курсе.',
    notSaved: (r) =>
      `Не удалось сохранить вашу оценку в курсе (система курса сообщает: ${r}). Ваши ответы хранятся в этом браузере и будут отправлены снова вместе со следующим ответом. Если это сообщение не исчезнет, сообщите преподавателю.`,
    noReason: 'причина не указана',
  },
  uk: {
    saved: 'Ваші відповіді тепер збережено в курсі.',
    notSaved: (r) =>
      `Не вдалося зберегти вашу оцінку в курсі (система курсу повідомляє: ${r}). Ваші відповіді зберігаються в цьому браузері й будуть надіслані знову разом із наступною відповіддю. Якщо це повідомлення не зникне, скажіть викладачеві.`,
    noReason: 'причину не вказано',
  },
  ar: {
    saved: 'حُفظت إجاباتك الآن في مقررك.',
    notSaved: (r) =>
      `تعذّر حفظ درجتك في مقررك (قال نظام المقرر: ${r}). إجاباتك محفوظة في هذا المتصفح وستُرسل مرة أخرى مع إجابتك التالية. إذا بقيت هذه الرسالة، فأخبر معلّمك.`,
    noReason: 'لم يُذكر سبب',
  },
  he: {
    saved: 'התשובות שלך נשמרו עכשיו בקורס.',
    notSaved: (r) =>
      `לא ניתן היה לשמור את הציון שלך בקורס (מערכת הקורס השיבה: ${r}). התשובות שלך שמורות בדפדפן הזה ויישלחו שוב עם התשובה הבאה. אם ההודעה הזאת לא נעלמת, יש לפנות למורה.`,
    noReason: 'לא צוינה סיבה',
  },
};

/** The words for `lang` (a BCP 47 tag such as "de-AT"), by its language; English for any language without its own. */
export function statusWords(lang: string | undefined): StatusWords {
  let language = 'en';
  try {
    language = new Intl.Locale(resolveLocale(lang)).language;
  } catch {
    // resolveLocale already answers "en" for what Intl cannot read.
  }
  return WORDS[language] ?? WORDS.en!;
}
