// A small Learning Record Store for tests: accepts POST /__lrs/statements as xAPI 1.0.3
// requires, and checks every statement's shape against the spec before storing it.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const INTERACTIONS = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];
const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
export const LRS_AUTH = 'Basic ' + Buffer.from('recap:secret').toString('base64');

const isIri = (s) => typeof s === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);
const isLangMap = (m) =>
  m && typeof m === 'object' && !Array.isArray(m) && Object.entries(m).every(([k, v]) => /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(k) && typeof v === 'string');

export function statementProblems(s, i) {
  const p = [];
  const at = (m) => p.push(`statement ${i}: ${m}`);
  if (!s || typeof s !== 'object') return [`statement ${i}: not an object`];
  for (const k of Object.keys(s)) if (!STATEMENT_KEYS.includes(k)) at(`unknown property ${k}`);
  if (s.id !== undefined && !UUID.test(s.id)) at('id is not a UUID');
  const a = s.actor;
  if (!a || typeof a !== 'object') at('actor missing');
  else {
    if (a.objectType !== undefined && a.objectType !== 'Agent') at('actor.objectType must be Agent');
    const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => a[k] !== undefined);
    if (ifis.length !== 1) at(`actor must have exactly one identifier, has ${ifis.length}`);
    if (a.mbox !== undefined && !/^mailto:[^@\s]+@[^@\s]+$/.test(a.mbox)) at('actor.mbox must be a mailto: IRI');
    if (a.account !== undefined && (!/^https?:\/\//.test(a.account.homePage ?? '') || typeof a.account.name !== 'string')) at('actor.account needs homePage (IRL) and name');
  }
  if (!s.verb || !isIri(s.verb.id)) at('verb.id must be an IRI');
  if (s.verb?.display !== undefined && !isLangMap(s.verb.display)) at('verb.display must be a language map');
  const o = s.object;
  if (!o || (o.objectType ?? 'Activity') !== 'Activity' || !isIri(o.id)) at('object must be an Activity with an IRI id');
  const d = o?.definition;
  if (d) {
    if (d.type !== undefined && !isIri(d.type)) at('definition.type must be an IRI');
    if (d.name !== undefined && !isLangMap(d.name)) at('definition.name must be a language map');
    if (d.interactionType !== undefined && !INTERACTIONS.includes(d.interactionType)) at(`bad interactionType ${d.interactionType}`);
    if (d.correctResponsesPattern !== undefined && !(Array.isArray(d.correctResponsesPattern) && d.correctResponsesPattern.every((x) => typeof x === 'string')))
      at('correctResponsesPattern must be an array of strings');
    if (d.interactionType !== undefined && d.type !== 'http://adlnet.gov/expapi/activities/cmi.interaction') at('interactions need the cmi.interaction type');
    if (d.choices !== undefined) {
      if (!['choice', 'sequencing'].includes(d.interactionType)) at('choices only for choice and sequencing');
      if (!Array.isArray(d.choices) || !d.choices.every((c) => typeof c.id === 'string' && isLangMap(c.description))) at('choices must be {id, description}');
    }
    if (d.interactionType === 'true-false' && !d.correctResponsesPattern?.every((x) => x === 'true' || x === 'false')) at('true-false pattern must be true or false');
    if (d.interactionType === 'numeric' && !d.correctResponsesPattern?.every((x) => /^-?[\d.]*(\[:\]-?[\d.]*)?$/.test(x))) at('numeric pattern must be a number or a range');
  }
  const r = s.result;
  if (r) {
    if (r.success !== undefined && typeof r.success !== 'boolean') at('result.success must be boolean');
    if (r.completion !== undefined && typeof r.completion !== 'boolean') at('result.completion must be boolean');
    if (r.response !== undefined && typeof r.response !== 'string') at('result.response must be a string');
    const sc = r.score;
    if (sc) {
      if (sc.scaled !== undefined && !(sc.scaled >= -1 && sc.scaled <= 1)) at('score.scaled must be in [-1, 1]');
      if (sc.min !== undefined && sc.max !== undefined && !(sc.min < sc.max)) at('score.min must be below score.max');
      if (sc.raw !== undefined && ((sc.min !== undefined && sc.raw < sc.min) || (sc.max !== undefined && sc.raw > sc.max))) at('score.raw must lie between min and max');
    }
  }
  const c = s.context;
  if (c?.language !== undefined && !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(c.language)) at('context.language must be a language tag');
  if (c?.contextActivities?.parent !== undefined && !(Array.isArray(c.contextActivities.parent) && c.contextActivities.parent.every((x) => isIri(x.id))))
    at('contextActivities.parent must be an array of Activities');
  if (s.timestamp !== undefined && !ISO.test(s.timestamp)) at('timestamp must be ISO 8601');
  if (s.version !== undefined && !/^1\.0(\.\d+)?$/.test(s.version)) at('version must be 1.0.x');
  return p;
}

const store = { statements: [], rejected: [], down: false, requests: 0 };

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

export async function lrsRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__lrs/')) return next();
  const route = ctx.path.slice('/__lrs/'.length);
  if (route === 'control') {
    if (ctx.query.down !== undefined) store.down = ctx.query.down === '1';
    if (ctx.query.reset !== undefined) Object.assign(store, { statements: [], rejected: [], requests: 0, down: false });
    ctx.body = { ok: true };
    return;
  }
  if (route === 'received') {
    ctx.body = { statements: store.statements, rejected: store.rejected, requests: store.requests };
    return;
  }
  if (route === 'statements' && ctx.method === 'POST') {
    store.requests++;
    if (store.down) {
      ctx.status = 503;
      ctx.body = 'down for maintenance';
      return;
    }
    const problems = [];
    if (!/^1\.0(\.\d+)?$/.test(ctx.get('X-Experience-API-Version'))) problems.push('missing X-Experience-API-Version 1.0.x');
    if (ctx.get('Authorization') !== LRS_AUTH) {
      ctx.status = 401;
      ctx.body = 'unauthorised';
      return;
    }
    if (!ctx.is('application/json')) problems.push('Content-Type must be application/json');
    let body;
    try {
      body = JSON.parse(await readBody(ctx.req));
    } catch {
      problems.push('body is not JSON');
    }
    const list = Array.isArray(body) ? body : body ? [body] : [];
    list.forEach((s, i) => problems.push(...statementProblems(s, i)));
    if (problems.length) {
      store.rejected.push(...problems);
      ctx.status = 400;
      ctx.body = { problems };
      return;
    }
    store.statements.push(...list);
    ctx.status = 200;
    ctx.body = list.map((s) => s.id);
    return;
  }
  ctx.status = 404;
}
