/**
 * The French templates the "Modèles" sheet starts with: who the club is, why it matters, and what it
 * asks of each kind of partner. The team edits them in the sheet.
 */
import type { Template } from './templates';

const GREETING = '{{#Contact}}Bonjour {{Contact}},{{/Contact}}{{^Contact}}Bonjour,{{/Contact}}';

const WHO =
  'Je vous écris au nom du club {{Club}}, un club Voyageurs du Code : des bénévoles qui animent des ateliers gratuits de découverte de la programmation, avec Scratch dès 7–8 ans, puis pour les adolescents et les adultes.';

const WHY =
  'Apprendre à programmer, c’est comprendre le numérique plutôt que le subir : nos ateliers aident à réduire la fracture numérique et offrent une activité créative après l’école, ouverte à toutes et à tous.';

const CLOSING =
  'Seriez-vous d’accord pour en parler lors d’un court échange, par téléphone ou sur place ?\n\nBien cordialement,\n\n{{Signature}}';

function first(category: string, subject: string, ask: string): Template {
  return { category, kind: 'premier', subject, body: [GREETING, WHO, WHY, ask, CLOSING].join('\n\n') };
}

export const DEFAULT_TEMPLATES: Template[] = [
  first(
    'mairie',
    'Ateliers de code gratuits pour les jeunes de {{Commune}}',
    'Nous aimerions construire ces ateliers avec la commune : les proposer dans un accueil de loisirs ou en périscolaire, bénéficier d’une salle équipée, et faire connaître le club auprès des familles de {{Commune}}.',
  ),
  first(
    'bibliotheque',
    'Des ateliers Scratch à {{Structure}} ?',
    'Votre médiathèque est un lieu idéal pour ces ateliers : nous pourrions animer des séances régulières dans vos espaces, avec vos postes si c’est possible, et vous aider à les annoncer à vos lecteurs.',
  ),
  first(
    'centre_social',
    'Ateliers de programmation pour les publics de {{Structure}}',
    'Nous aimerions proposer nos ateliers aux enfants, aux jeunes et aux familles que vous accompagnez, dans vos locaux, à des horaires qui vous conviennent.',
  ),
  first(
    'epn',
    'Un atelier de code à {{Structure}} ?',
    'Votre espace et votre savoir-faire en médiation numérique rejoignent notre projet : nous pourrions animer ensemble des ateliers de programmation avec votre matériel et orienter vers vous les participants qui ont besoin d’accompagnement.',
  ),
  first(
    'etablissement_scolaire',
    'Ateliers de programmation pour les élèves de {{Structure}}',
    'Nous pouvons proposer aux élèves des ateliers de découverte de la programmation, sur le temps périscolaire ou lors de projets avec les enseignants, et présenter le club aux familles.',
  ),
  first(
    'collectivite',
    'Club de code gratuit : un projet pour le territoire',
    'Nous cherchons à développer le club sur le territoire : un soutien, même modeste, un relais de communication ou vos conseils sur les dispositifs existants nous aideraient beaucoup.',
  ),
  first(
    'association',
    'Des ateliers de code avec {{Structure}} ?',
    'Nous aimerions faire découvrir la programmation aux personnes que votre association accompagne : ateliers communs, accueil d’une séance dans vos locaux, ou simple relais de notre programme.',
  ),
  first(
    'maison_associations',
    'Un nouveau club de code bénévole à {{Commune}}',
    'Nous aimerions bénéficier de vos conseils (démarches, subventions, salles) et faire connaître le club auprès des associations que vous accompagnez.',
  ),
  first(
    'entreprise',
    'Partager vos compétences numériques avec les jeunes de {{Commune}}',
    'Vos équipes pourraient rejoindre nos animateurs bénévoles, et un don de matériel ou un mécénat nous permettrait d’accueillir plus de participants.',
  ),
  first(
    'defaut',
    'Ateliers de programmation gratuits à {{Commune}}',
    'Nous cherchons des partenaires pour accueillir des ateliers, les faire connaître ou nous aider à les faire vivre : votre structure pourrait-elle être de ceux-là ?',
  ),
  {
    category: 'defaut',
    kind: 'relance',
    subject: 'Relance : ateliers de code avec le club {{Club}}',
    body: [
      GREETING,
      'Je me permets de revenir vers vous au sujet de mon précédent message sur les ateliers de programmation gratuits du club {{Club}}.',
      'Nous serions heureux d’en discuter avec vous, même brièvement : quelques minutes au téléphone suffisent pour voir ce qui serait possible.',
      'Bien cordialement,\n\n{{Signature}}',
    ].join('\n\n'),
  },
];
