/**
 * The evidence a partner's facts give: words and shapes of the name, e-mail and web domains, words of
 * the address, the activity code. Each piece names a category, weighs, and may say who funds it.
 */

import nafLabels from '../data/codes-NAF.json';
import { emailAddressIn, isValidEmail } from '../outreach';
import type { CategoryId, Said, TutelleId } from '../taxonomy';
import { ADDRESS_PHRASES, type Match, matchPhrases, NAME_PHRASES } from './phrases';
import { codeReason, SAID, type Where } from './reasons';
import { DOMAIN_RULES, type DomainRule, NAF_RULES, SHAPE_RULES, type ShapeRule } from './rules';
import { capitalisedWords, headIndex, nameTokens, opensWithArticle, parenthesisedAcronyms } from './tokens';
import { HEAD_BONUS, MIN_SCORE } from './weights';

export interface PartnerFacts {
  name: string;
  email?: string;
  website?: string;
  address?: string;
  /** NAF rev. 2 code, dotted or not ("91.01Z", "9101Z"). */
  naf?: string;
  /** INSEE legal category ("9220"). */
  legalCategory?: string;
}

export interface Evidence {
  category: CategoryId;
  weight: number;
  tutelle?: TutelleId;
  /** The reason as a person reads it; for a phrase of the name it is written only if it is shown. */
  reason?: Said;
  /** Evidence from the activity code (NAF), which names what an establishment is. */
  naf?: boolean;
  phrase?: { written: string[]; start: number; length: number; where: Where; meaning?: string };
  /** An e-mail or web address a domain rule matched. */
  domain?: { rule: DomainRule; domain: string; text: string };
  /** Its funding body wins over heavier evidence's (« Collège privé… » is private). */
  decidesTutelle?: boolean;
  /** An authority's word that says who runs it makes it that authority's (see WordRule). */
  authorityMayRunIt?: boolean;
  /** A field that is an authority's service when one is named (see WordRule). */
  yieldsToAuthority?: boolean;
  /** A word that does not count double at the head (see WordRule). */
  noHeadBonus?: boolean;
}

/** Whether two phrases of the name are written alike (the same words, case aside). */
function sameWritten(written: string[], a: Evidence['phrase'], start: number, length: number): boolean {
  if (!a || a.length !== length) return false;
  for (let k = 0; k < length; k++) {
    if (written[a.start + k].toLowerCase() !== written[start + k].toLowerCase()) return false;
  }
  return true;
}

const NONE: readonly string[] = [];

/**
 * A mailbox's role typed as the whole name (« Accueil », « Secrétariat », « Cabinet »), as a contact list or a
 * signature gives it: it says whom to write to, not what the partner is; its address may say that.
 */
const MAILBOX_ROLES = new Set([
  'accueil',
  'contact',
  'contacts',
  'secretariat',
  'direction',
  'bureau',
  'info',
  'infos',
  'information',
  'standard',
  'cabinet',
  'coordination',
  'administration',
  'presidence',
  'service',
  'services',
  'reception',
  'courrier',
  'communication',
  'comptabilite',
]);

function nameEvidence(name: string, out: Evidence[]): void {
  const { words, written } = nameTokens(name);
  if (words.length === 1 && MAILBOX_ROLES.has(words[0])) return;
  const head = headIndex(words);
  const first = out.length;
  const matches = matchPhrases(words, NAME_PHRASES);
  const shortForms = matches.length ? parenthesisedAcronyms(name) : NONE;
  let fieldAtHead: Evidence | undefined;
  let unitAtHead: Evidence | undefined;
  let kindAtHead: Evidence | undefined;
  let jobAtHead: Evidence | undefined;
  let headNamed = false;
  // An array, not a Set: at most the two authorities, and one allocation less for every row.
  const authoritiesNamed: CategoryId[] = [];
  // What the rules below look for, noted on the way so that most names skip them.
  let companyForm = false;
  let saysWhoRunsIt = false;
  const headSaysWhere = WHERE_HEADS.has(words[head]);
  // The name's words written with their capital, and where its first phrase starts, read once if a rule asks.
  let capitalised: Set<string> | undefined;
  let firstPhrase: number | undefined;
  for (let m = 0; m < matches.length; m++) {
    const { start, length, phrase } = matches[m];
    // A phrase that takes in the head noun is at the head (« Les amis de… » opens with its article).
    const inFront = start <= head && start + length > head;
    const atHead = inFront || (length === 1 && shortForms.includes(words[start]));
    const { category, headOnly, weight, tutelle } = phrase.rule;
    if (headOnly && !atHead) continue;
    if (phrase.rule.capitalisedFurtherOn && !atHead) {
      capitalised ??= capitalisedWords(name);
      firstPhrase ??= firstStart(matches);
      if (!namedByItsCapital(capitalised, words, start, firstPhrase)) continue;
    }
    if (phrase.rule.notAfterArticle && opensWithArticle(words)) continue;
    if (phrase.rule.notAlone && start + length >= words.length) continue;
    if (!atHead && (headSaysWhere ? broughtInByPreposition(words, start) : afterAStreet(words, start))) continue;
    // The same words found twice for one category count once.
    let repeated = false;
    for (let k = first; k < out.length && !repeated; k++) {
      repeated = out[k].category === category && sameWritten(written, out[k].phrase, start, length);
    }
    if (repeated) continue;
    const found: Evidence = {
      category,
      weight: weight * (atHead && !phrase.rule.noHeadBonus ? HEAD_BONUS : 1),
      phrase: { written, start, length, where: inFront ? 'head' : 'name', meaning: phrase.meaning },
      tutelle,
      decidesTutelle: phrase.rule.decidesTutelle,
      authorityMayRunIt: phrase.rule.authorityMayRunIt,
      yieldsToAuthority: phrase.rule.yieldsToAuthority,
      noHeadBonus: phrase.rule.noHeadBonus,
    };
    out.push(found);
    if (inFront) headNamed = true;
    if (phrase.rule.companyForm) companyForm = true;
    if (phrase.rule.decidesTutelle) saysWhoRunsIt = true;
    if (atHead && phrase.rule.unitOfASchool) unitAtHead = found;
    if (inFront && phrase.rule.authorityMayRunIt) kindAtHead = found;
    if (inFront && phrase.rule.personsJob) jobAtHead = found;
    if (atHead && phrase.rule.yieldsToAuthority) fieldAtHead = found;
    else if (AUTHORITIES.includes(category) && !authoritiesNamed.includes(category)) authoritiesNamed.push(category);
  }
  const partStarts = SEPARATOR.test(name) ? partStartsOf(name) : undefined;
  if (jobAtHead) workplaceNamed(jobAtHead, words, out, first, partStarts);
  if (!headNamed && out.length > first && (partStarts || name.includes('('))) {
    kindTagged(name, words, out, first, partStarts);
  }
  // The shapes of the name, tested before the weighing below, which counts the authority a shape names
  // (« Service jeunesse de la CCPV »), and added after it.
  let shapes: ShapeRule[] | undefined;
  for (let i = 0; i < SHAPE_RULES.length; i++) {
    const shape = SHAPE_RULES[i];
    if (!shape.test(name, words)) continue;
    shapes ??= [];
    shapes.push(shape);
    if (AUTHORITIES.includes(shape.category) && !authoritiesNamed.includes(shape.category))
      authoritiesNamed.push(shape.category);
  }
  // « Accueil général du CCAS », « Jeunesse de la ville de Melun »: the authority's service, not an association.
  // A town's service by its name, of another authority (« Service jeunesse du Conseil départemental »), is that
  // authority's alone.
  if (fieldAtHead && authoritiesNamed.length) {
    const servesAnotherAuthority =
      AUTHORITIES.includes(fieldAtHead.category) && !authoritiesNamed.includes(fieldAtHead.category);
    if (servesAnotherAuthority) {
      // Its words say what the service is, and count for the authority named (a shape's, named only below, takes
      // them away).
      let runner: Evidence | undefined;
      for (let k = first; k < out.length && !runner; k++) {
        if (out[k] !== fieldAtHead && AUTHORITIES.includes(out[k].category) && out[k].weight > 0) runner = out[k];
      }
      if (runner) runBy(fieldAtHead, runner);
      else out.splice(out.indexOf(fieldAtHead), 1);
    } else fieldAtHead.weight /= HEAD_BONUS;
  }
  if (unitAtHead) unitOfTheSchoolNamed(unitAtHead, out, first);
  const authorityThenPlace =
    (partStarts !== undefined && establishmentOfAuthority(words, out, first, partStarts)) ||
    placeAfterAuthority(name, words, out, first);
  if (partStarts && !authorityThenPlace) bodyOfThePlace(words, out, first, partStarts);
  if (!authorityThenPlace) {
    if (RUNNING_BODIES.has(words[head])) placeRunByAssociation(head, out, first);
    else if (saysWhoRunsIt) placeSaidAssociative(out, first);
  }
  if (companyForm) otherWordsOutranked(out, first);
  else if (saysWhoRunsIt) kindRunByAuthority(out, first);
  else if (kindAtHead && authoritiesNamed.length) kindOfTheAuthorityNamed(kindAtHead, words, out, first, partStarts);
  for (let i = 0; shapes && i < shapes.length; i++) {
    const { category, weight, reason, tutelle, decidesTutelle } = shapes[i];
    out.push({ category, weight, reason, tutelle, decidesTutelle });
  }
}

/**
 * « Service jeunesse de la Région »: the authority, written with its capital further on in the name, after words
 * that say what the partner is. Not the region of a place (« Office de tourisme de la Région de Vaux »), nor a
 * shop's sign (« Les Saveurs de la Région »).
 */
function namedByItsCapital(capitalised: Set<string>, words: string[], start: number, firstPhrase: number): boolean {
  return firstPhrase < start && capitalised.has(words[start]) && !OF.has(words[start + 1]);
}

/** Where the first of the phrases found starts (they are sorted by length). */
function firstStart(matches: Match[]): number {
  let first = Number.POSITIVE_INFINITY;
  for (let m = 0; m < matches.length; m++) if (matches[m].start < first) first = matches[m].start;
  return first;
}

const OF = new Set(['de', 'd', 'du', 'des']);

/**
 * « Bibliothécaire du collège Jean Moulin », « Bibliothécaire - Centre social Les Tilleuls »: a person's job, then
 * the place they work at, brought in by a preposition or opening the part after a dash: the place is the partner,
 * and the job is no evidence. The place named first after the job is where the person works (« Bibliothécaire de
 * la médiathèque - Mairie de Vaux » works at the médiathèque).
 */
function workplaceNamed(
  job: Evidence,
  words: string[],
  out: Evidence[],
  first: number,
  partStarts: number[] | undefined,
): void {
  const after = (job.phrase?.start ?? 0) + (job.phrase?.length ?? 0);
  let place: Evidence | undefined;
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    const start = e.phrase?.start ?? -1;
    if (e !== job && e.weight > 0 && start >= after && start < (place?.phrase?.start ?? words.length)) place = e;
  }
  // An authority named is the employer, not the place (« Bibliothécaire de la ville de Vaux » works at its library).
  if (!place || place.category === job.category || AUTHORITIES.includes(place.category)) return;
  if (namedAfter(words, place.phrase?.start ?? -1, partStarts)) out.splice(out.indexOf(job), 1);
}

/**
 * Whether the words at `start` name who or where the words before belong to: brought in by a preposition, not as a
 * street's or a site's name (« … de la place de la Mairie »), or opening the part after a dash, as a letter's
 * heading signs (« École de musique - Mairie de Vaux »).
 */
function namedAfter(words: string[], start: number, partStarts: number[] | undefined): boolean {
  if (partStarts?.includes(start)) return true;
  return broughtInByPreposition(words, start) && !afterAStreet(words, start);
}

/**
 * « Dupont (entreprise) », « Martin - boulangerie », « Les Tilleuls (asso) »: when the front of the name says
 * nothing, a kind written alone in parentheses or as the last part, as a tag, says what the partner is, as a
 * head noun does.
 */
function kindTagged(
  name: string,
  words: string[],
  out: Evidence[],
  first: number,
  partStarts: number[] | undefined,
): void {
  const tags = wordSpans(name, PARENTHESISED);
  // The last part, unless a group in parentheses ends the name (that group is the tag then).
  if (partStarts && !name.trimEnd().endsWith(')')) tags.push(partStarts[partStarts.length - 1], words.length);
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    if (!e.phrase || e.weight <= 0 || e.noHeadBonus) continue;
    const end = e.phrase.start + e.phrase.length;
    for (let t = 0; t < tags.length; t += 2) {
      if (tags[t] !== e.phrase.start || tags[t + 1] !== end) continue;
      e.weight *= HEAD_BONUS;
      return;
    }
  }
}

/**
 * « Ville de Melun - Médiathèque », « Conseil départemental : collège… », « Mairie, Carré des associations »:
 * an authority, then one of its places.
 */
const SEPARATOR = /\s[-–—:/]\s|,\s/;
const SEPARATORS = new RegExp(SEPARATOR.source, 'g');
export const AUTHORITIES: readonly CategoryId[] = ['mairie', 'collectivite'];
/** What a phrase must weigh to name a place of its own (« accueil » or « aide » do not). */
const ESTABLISHMENT_WEIGHT = 3;

/**
 * The place is what the partner is, whoever runs it: when the name opens with an authority and a later part
 * opens with a place of another kind, the place counts as the head, the authority does not. The first such
 * part counts (« Mairie - Lavarrière - Centre socioculturel… »: the second part is only where). Whether the
 * first part names an authority.
 */
function establishmentOfAuthority(words: string[], out: Evidence[], first: number, partStarts: number[]): boolean {
  const second = partStarts[0];
  let authority: Evidence | undefined;
  for (let k = first; k < out.length && !authority; k++) {
    const e = out[k];
    if (e.phrase && e.phrase.start < second && AUTHORITIES.includes(e.category)) authority = e;
  }
  if (!authority) return false;
  for (const start of partStarts) {
    const placeHead = headIndex(words, start);
    if (placeHead >= words.length) return true;
    for (let k = first; k < out.length; k++) {
      const e = out[k];
      const at = e.phrase;
      if (!at || at.start > placeHead || at.start + at.length <= placeHead) continue;
      // A part that opens with the authority's own service is the partner, and what follows is that service's
      // (« Mairie, CCAS de Mulhouse - Service Solidarité, Secours et Insertion »).
      if (AUTHORITIES.includes(e.category)) return true;
      if (e.weight < ESTABLISHMENT_WEIGHT) continue;
      placeAsHead(e, authority);
      authorityWordsSayWhoRuns(out, first);
      return true;
    }
  }
  return true;
}

const PARENTHESISED = /\([^()]*\)/g;

/** Where each part of the name after the first starts, in words. */
function partStartsOf(name: string): number[] {
  return wordSpans(name, SEPARATORS).filter((_, i) => i % 2 === 0);
}

/**
 * Where each match of `pattern` in the name starts and ends, in words (pairs: start, end), the name read stretch by
 * stretch once (a cell may hold thousands of parts or groups).
 */
function wordSpans(name: string, pattern: RegExp): number[] {
  const spans: number[] = [];
  let wordsBefore = 0;
  let from = 0;
  for (const m of name.matchAll(pattern)) {
    wordsBefore += nameTokens(name.slice(from, m.index)).words.length;
    const inside = nameTokens(m[0]).words.length;
    spans.push(wordsBefore, wordsBefore + inside);
    wordsBefore += inside;
    from = m.index + m[0].length;
  }
  return spans;
}

/**
 * Schools and libraries have associations of their own (parents, pupils, students, friends); a label a directory
 * lists first is carried by the association it names after (« Crib - Comité départemental olympique… »).
 */
const PLACES_WITH_MEMBERS_BODIES: readonly CategoryId[] = ['etablissement_scolaire', 'bibliotheque'];

/**
 * « École Jules Ferry - APE », « Lycée Pasteur - Maison des lycéens », « Médiathèque - Les Amis de la
 * médiathèque »: a place, then a part that opens with an association of its members or friends: that association
 * is the partner, as an authority's place is after the authority (see establishmentOfAuthority). Not a part that
 * names who runs the place (« Crib - Association Oxygène »).
 */
function bodyOfThePlace(words: string[], out: Evidence[], first: number, partStarts: number[]): void {
  let place: Evidence | undefined;
  for (let k = first; k < out.length && !place; k++) {
    const e = out[k];
    if (e.phrase?.where === 'head' && PLACES_WITH_MEMBERS_BODIES.includes(e.category)) place = e;
  }
  if (!place) return;
  // The part a phrase is in, found moving forward as the phrases come in the name's order.
  let part = 0;
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    if (e.category !== 'association' || !e.phrase || e.phrase.start < partStarts[0]) continue;
    // « Crib - Association Oxygène »: the word alone names the association that runs the place, not another body.
    if (e.phrase.length === 1 && RUNNING_BODIES.has(words[e.phrase.start])) continue;
    if (partStarts[part] > e.phrase.start) part = 0;
    while (part + 1 < partStarts.length && partStarts[part + 1] <= e.phrase.start) part++;
    // Whether the phrase takes in that part's head noun.
    const partHead = headIndex(words, partStarts[part]);
    if (e.phrase.start > partHead || e.phrase.start + e.phrase.length <= partHead) continue;
    placeAsHead(e, place);
    return;
  }
}

/**
 * « Mairie des Églisottes Bibliothèque municipale », « Ville de Melun Centre social »: an authority at the head,
 * then one of its places with no dash between them: the place is the partner, as after a dash. Not a label
 * in parentheses (« Maison du territoire de Criquetot (Maison France service) » is the département's office),
 * nor a place a preposition brings in, where the service is held (« ALSH de l'école Jean Jaurès » is the
 * town's accueil de loisirs).
 */
function placeAfterAuthority(name: string, words: string[], out: Evidence[], first: number): boolean {
  let authority: Evidence | undefined;
  for (let k = first; k < out.length && !authority; k++) {
    const e = out[k];
    if (e.phrase?.where === 'head' && AUTHORITIES.includes(e.category)) authority = e;
  }
  const at = authority?.phrase;
  if (!authority || !at) return false;
  const parenthesis = name.indexOf('(');
  const end = parenthesis < 0 ? Number.POSITIVE_INFINITY : nameTokens(name.slice(0, parenthesis)).words.length;
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    const start = e.phrase?.start ?? -1;
    if (start >= at.start + at.length && start < end && namesAPlace(e) && !broughtInByPreposition(words, start)) {
      placeAsHead(e, authority);
      return true;
    }
  }
  return false;
}

const PREPOSITIONS = new Set(['de', 'du', 'des', 'd', 'a', 'au', 'aux', 'en']);

/**
 * Head nouns of a street, a site or a building (« 12 rue de l'École », « Parking de la Médiathèque », « Place de
 * la Mairie »): the place a preposition then brings in says where, not what the partner is. Not « Résidence »:
 * the body a preposition brings in after it runs it (« Résidence étudiante du CROUS »).
 */
const WHERE_HEADS = new Set([
  'rue',
  'avenue',
  'av',
  'bd',
  'boulevard',
  'place',
  'impasse',
  'allee',
  'chemin',
  'route',
  'quai',
  'square',
  'parking',
  'lotissement',
  'quartier',
  'arret',
]);

/** « … de l'école », « … du collège », « … à la médiathèque »: the words before a phrase bring it in as a place. */
function broughtInByPreposition(words: string[], start: number): boolean {
  return prepositionBefore(words, start) >= 0;
}

/** « Vaux, rue de la Mairie », « Le Phare - 12 rue de l'École »: a street's name further in says where too. */
function afterAStreet(words: string[], start: number): boolean {
  const preposition = prepositionBefore(words, start);
  return preposition > 0 && WHERE_HEADS.has(words[preposition - 1]);
}

/** Where the preposition that brings in the words at `start` is (« de » in « de la Mairie »), or -1. */
function prepositionBefore(words: string[], start: number): number {
  const before = words[start - 1];
  if (PREPOSITIONS.has(before)) return start - 1;
  return (before === 'la' || before === 'l') && PREPOSITIONS.has(words[start - 2]) ? start - 2 : -1;
}

/**
 * « Département informatique de l'IUT »: the university the name names is the head, and the unit is no evidence.
 * Only the State's higher education has such departments (« Département … - Service des collèges » is the
 * département's).
 */
function unitOfTheSchoolNamed(unit: Evidence, out: Evidence[], first: number): void {
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    if (e.category !== 'etablissement_scolaire' || e.tutelle !== 'etat' || !e.phrase) continue;
    out.splice(out.indexOf(unit), 1);
    e.weight *= HEAD_BONUS;
    return;
  }
}

/**
 * « Ville de Vaux - Fablab municipal »: once the place is the partner, an authority's word that says who runs it
 * (« municipal ») says only that, as the authority that opens the name does: it weighs nothing against the place.
 */
function authorityWordsSayWhoRuns(out: Evidence[], first: number): void {
  for (let k = first; k < out.length; k++) {
    if (out[k].decidesTutelle && AUTHORITIES.includes(out[k].category)) out[k].weight = 0;
  }
}

/** The place counts as the name's head, and the authority that opens the name no longer does. */
function placeAsHead(place: Evidence, authority: Evidence): void {
  if (authority.phrase?.where === 'head') authority.weight /= HEAD_BONUS;
  place.weight *= HEAD_BONUS;
}

/**
 * The words that name an association as the body running what follows (« Association Bibliothèque… »), and
 * administrative exports' short form (« ASS CENTRE SOCIAL VIVARAIZE »).
 */
const RUNNING_BODIES = new Set(['association', 'asso', 'assoc', 'ass']);

/**
 * « Association Bibliothèque de Bessines », « Asso Maison de quartier des Tilleuls »: as with an
 * authority, the place is what the partner is, and the association that runs it says who funds it. Only a
 * place named right after the word counts: « Association des parents d'élèves de l'école… » stays an
 * association.
 */
function placeRunByAssociation(head: number, out: Evidence[], first: number): void {
  let body: Evidence | undefined;
  let place: Evidence | undefined;
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    const start = e.phrase?.start;
    if (start === head && e.category === 'association') body = e;
    else if (start === head + 1 && namesAPlace(e)) place = e;
  }
  if (!body || !place) return;
  body.weight /= HEAD_BONUS;
  place.weight *= HEAD_BONUS;
  runByAssociation(place, out);
}

/** Evidence that names a place of its own, which an authority or an association may run. */
function namesAPlace(e: Evidence): boolean {
  return !NOT_RUN_BY_AUTHORITIES.includes(e.category) && e.weight >= ESTABLISHMENT_WEIGHT;
}

/** Says that an association runs the place: it weighs nothing, and makes the funding private. */
function runByAssociation(place: Evidence, out: Evidence[]): void {
  out.push({
    category: place.category,
    weight: 0,
    tutelle: 'prive',
    decidesTutelle: true,
    reason: SAID.runByAssociation,
  });
}

/**
 * « Médiathèque associative », « Centre social associatif »: the place is what the partner is, and the
 * word only says who runs it. « Centre de loisirs associatif »: a kind of service a town runs, run here by
 * an association, is the association.
 */
function placeSaidAssociative(out: Evidence[], first: number): void {
  let runner: Evidence | undefined;
  let place: Evidence | undefined;
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    if (e.decidesTutelle && e.category === 'association') runner = e;
    else if (namesAPlace(e)) place ??= e;
  }
  if (!runner) return;
  if (!place) {
    for (let k = first; k < out.length; k++) if (AUTHORITIES.includes(out[k].category)) out[k].weight = 0;
    return;
  }
  runner.weight = 0;
  runByAssociation(place, out);
}

/**
 * « Tennis club SAS », « École de danse SARL Martin »: a company's legal form written in the name outranks
 * the words, as the legal category does: what else the name says weighs nothing (a legal category given
 * still outranks the form, see classify).
 */
function otherWordsOutranked(out: Evidence[], first: number): void {
  for (let k = first; k < out.length; k++) if (out[k].category !== 'entreprise') out[k].weight = 0;
}

/**
 * « Restaurant municipal », « Garage intercommunal », « École de danse municipale », « Piscine intercommunale »: a
 * trade, or a kind of place a town runs as often as someone else, that an authority's word says it runs is
 * that authority's service, not a firm's, an association's or another authority's.
 */
function kindRunByAuthority(out: Evidence[], first: number): void {
  let runner: Evidence | undefined;
  for (let k = first; k < out.length && !runner; k++) {
    const e = out[k];
    if (e.decidesTutelle === true && AUTHORITIES.includes(e.category)) runner = e;
  }
  if (!runner) return;
  // A word that weighs nothing of its own (« communautaire »: a community's too, « Jardin communautaire ») says
  // who runs only an authority's kind of place (« Piscine communautaire »), not a firm's nor an association's.
  const decisive = runner.weight > 0;
  // A town's kind of place said « municipal » stays the town's, with both words' weight (« Crèche municipale »).
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    if (e.category === 'entreprise') {
      if (decisive) e.weight = 0;
    } else if (
      e.authorityMayRunIt &&
      e.category !== runner.category &&
      (decisive || AUTHORITIES.includes(e.category))
    ) {
      runBy(e, runner);
    }
  }
}

/**
 * « École de musique de la ville de Vaux », « Piscine de la communauté de communes », « Épicerie sociale du
 * CCAS »: a kind of place more than one kind of body runs, then the authority that runs it, brought in by a
 * preposition, is that authority's, as when its word says so (« municipale », see kindRunByAuthority), and as a
 * town's service at another authority's address is (see serviceAtAuthorityAddress).
 */
function kindOfTheAuthorityNamed(
  kind: Evidence,
  words: string[],
  out: Evidence[],
  first: number,
  partStarts: number[] | undefined,
): void {
  let runner: Evidence | undefined;
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    if (e === kind || e.weight <= 0) continue;
    // Something else says the kind's own category (« … (association) »): the name is not only the authority's.
    if (e.category === kind.category) return;
    const start = e.phrase?.start ?? -1;
    if (runner || !AUTHORITIES.includes(e.category) || start <= (kind.phrase?.start ?? 0)) continue;
    if (namedAfter(words, start, partStarts)) runner = e;
  }
  if (runner) runBy(kind, runner);
}

/**
 * A kind of place or service that an authority runs: its words, which say what the place is, now count for the
 * authority, which says whose; both are its reasons.
 */
function runBy(kind: Evidence, runner: Evidence): void {
  kind.category = runner.category;
  kind.tutelle = runner.tutelle;
}

/** The postal address: one piece of evidence per category, quoted as found. */
function postalEvidence(address: string | undefined, out: Evidence[]): void {
  if (!address) return;
  const { words, written } = nameTokens(address);
  const matches = matchPhrases(words, ADDRESS_PHRASES);
  const first = out.length;
  for (let m = 0; m < matches.length; m++) {
    const { start, length, phrase } = matches[m];
    const { category, weight, tutelle } = phrase.rule;
    if (indexOfCategory(out, first, category) >= 0) continue;
    out.push({
      category,
      weight,
      tutelle,
      phrase: { written, start, length, where: 'address', meaning: phrase.meaning },
    });
  }
}

const SCHEME = /^[a-z]+:\/\//;

function domainOf(text: string): string {
  const lower = text.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at >= 0) return lower.slice(at + 1);
  return lower
    .replace(SCHEME, '')
    .replace(/^www\./, '')
    .split(/[/?#]/)[0];
}

/** What follows the host of a web address (« /mediatheque/horaires »). */
function pathOf(website: string): string {
  return website.replace(SCHEME, '').split('/').slice(1).join('/');
}

function emailAndWebEvidence(email: string | undefined, website: string | undefined, out: Evidence[]): void {
  if (!email && !website) return;
  const first = out.length;
  for (let a = 0; a < 2; a++) {
    // « Secrétariat <ce.0771234x@ac-creteil.fr> », « mailto:… »: the address, as the e-mails would use it.
    const text = (a === 0 ? emailAddressIn(email ?? '') : (website ?? '').trim()).toLowerCase();
    if (!text) continue;
    const domain = domainOf(text);
    const subject = text.includes('@') ? text : `//${domain}/${pathOf(text)}`;
    for (let i = 0; i < DOMAIN_RULES.length; i++) {
      const rule = DOMAIN_RULES[i];
      if (!rule.pattern.test(subject)) continue;
      // One piece per category, the weightiest (« ccas@ville-melun.fr »: the CCAS, not only the town).
      const found = {
        category: rule.category,
        weight: rule.weight,
        tutelle: rule.tutelle,
        domain: { rule, domain, text },
      };
      const same = indexOfCategory(out, first, rule.category);
      if (same < 0) out.push(found);
      else if (out[same].weight < rule.weight) out[same] = found;
    }
  }
  if (out.length > first) {
    placeAtAuthorityAddress(out, first);
    placeAtAssociationDomain(out, first);
    serviceAtAuthorityAddress(out, first);
  }
}

/** What no authority runs: an association, a company, or nothing known. */
export const PRIVATE_CATEGORIES: readonly CategoryId[] = ['association', 'entreprise', 'autre'];
/** What is not one of an authority's places: the authorities themselves, and what no authority runs. */
export const NOT_RUN_BY_AUTHORITIES: readonly CategoryId[] = [...AUTHORITIES, ...PRIVATE_CATEGORIES];

/**
 * « mediatheque@ville-montivilliers.fr », « Parthlab, parthlab@cc-parthenay.fr »: the town's or the
 * council's domain says who runs the place, the name or the address's own words say what the place is.
 * As in names, the place is the partner: the authority's address weighs nothing any more, and only says
 * who funds the place (see `answer`). Evidence from `first` on is the address's.
 */
function placeAtAuthorityAddress(out: Evidence[], first: number): void {
  // A place the evidence could name on its own, not a word of social life nor a private school's « privé ».
  if (!out.some((e) => !NOT_RUN_BY_AUTHORITIES.includes(e.category) && e.weight >= MIN_SCORE)) return;
  for (let k = first; k < out.length; k++) if (AUTHORITIES.includes(out[k].category)) out[k].weight = 0;
}

/**
 * « Médiathèque Valentin Haüy, mediatheque@avh.asso.fr », « MJC Melun, mjc@melun.asso.fr »: as with a place
 * said associative, the place the name names is what the partner is, and the association that holds the
 * domain runs it. Evidence from `first` on is the address's.
 */
function placeAtAssociationDomain(out: Evidence[], first: number): void {
  let holder: Evidence | undefined;
  for (let k = first; k < out.length && !holder; k++) if (out[k].domain?.rule.heldByAssociation) holder = out[k];
  if (!holder) return;
  let place: Evidence | undefined;
  for (let k = 0; k < first && !place; k++) if (namesAPlace(out[k])) place = out[k];
  if (!place) return;
  holder.weight = 0;
  runByAssociation(place, out);
}

/**
 * « Service des sports, sports@agglo-melun.fr », « Piscine, piscine@cc-vaux.fr »: a kind of service a town has, at
 * another authority's address, is that authority's, as when the name names it (« Service jeunesse du Conseil
 * départemental »). Not when the name names the town itself (« Mairie - Service des sports »). Evidence from
 * `first` on is the address's.
 */
function serviceAtAuthorityAddress(out: Evidence[], first: number): void {
  let runner: Evidence | undefined;
  for (let k = first; k < out.length && !runner; k++) {
    if (out[k].category === 'collectivite' && out[k].weight > 0) runner = out[k];
  }
  if (!runner) return;
  let service = false;
  for (let k = 0; k < first; k++) {
    const e = out[k];
    if (e.weight <= 0 || !AUTHORITIES.includes(e.category)) continue;
    if (e.category !== 'mairie' || !(e.yieldsToAuthority || e.authorityMayRunIt)) return;
    service = true;
  }
  if (!service) return;
  for (let k = 0; k < first; k++) if (out[k].category === 'mairie') runBy(out[k], runner);
}

/** Where evidence of this category was added since `first` (one piece per category and kind), or -1. */
function indexOfCategory(out: Evidence[], first: number, category: CategoryId): number {
  for (let k = first; k < out.length; k++) if (out[k].category === category) return k;
  return -1;
}

function dottedNaf(code: string): string {
  const compact = code
    .trim()
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
  return compact.length >= 4 ? `${compact.slice(0, 2)}.${compact.slice(2)}` : compact;
}

function nafEvidence(naf: string | undefined, out: Evidence[]): void {
  if (!naf) return;
  const code = dottedNaf(naf);
  const labelText = (nafLabels as Record<string, string>)[code];
  for (const rule of NAF_RULES) {
    if (!rule.codes.test(code)) continue;
    out.push({
      category: rule.category,
      weight: rule.weight,
      reason: codeReason(SAID.naf, code, labelText ?? ''),
      tutelle: rule.tutelle,
      naf: true,
    });
  }
}

/** A cell that holds a web address alone (« www.fablab-vaux.fr », « https://… »). */
const WEB_ADDRESS_ALONE = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

// The hot path (every row of a sheet) uses indexed loops rather than iterators and callbacks: run cold,
// as Apps Script runs it, V8 executes them markedly faster (about 10 % less CPU for 10,000 names).
export function gatherEvidence(facts: PartnerFacts): Evidence[] {
  const evidence: Evidence[] = [];
  const name = facts.name ?? '';
  // « accueil@cc-duval.fr » typed in the name's column: an e-mail address, read as one (its mailbox is no head
  // noun); « www.fablab-vaux.fr »: a web address, its words read as a name's too. Unless the row has its own.
  const written = name.includes('@') ? emailAddressIn(name) : '';
  const mailbox = isValidEmail(written) ? written : undefined;
  if (!mailbox) nameEvidence(name, evidence);
  const site = !mailbox && name.includes('.') && WEB_ADDRESS_ALONE.test(name) ? name.trim() : undefined;
  emailAndWebEvidence(facts.email || mailbox, facts.website || site, evidence);
  postalEvidence(facts.address, evidence);
  nafEvidence(facts.naf, evidence);
  return evidence;
}
