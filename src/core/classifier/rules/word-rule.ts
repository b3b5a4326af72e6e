/** A rule of words: the phrases that, in a name or an address, point to a category. */
import type { CategoryId, TutelleId } from '../../taxonomy';

export interface WordRule {
  category: CategoryId;
  /** Normalised phrases, matched on whole words. A trailing "*" matches any word starting so. */
  phrases: string[];
  weight: number;
  /** Funding body this word implies (école → commune, collège → département…). */
  tutelle?: TutelleId;
  /** Short or ambiguous acronyms count only when they open the name ("CC du Pays…", "ASS …"). */
  headOnly?: boolean;
  /**
   * Further on than the head, only when written with its capital in a name not in capitals: « Service jeunesse
   * de la Région » names the authority, « … de la région » a place.
   */
  capitalisedFurtherOn?: boolean;
  /** A collective noun that opens names of every kind: it does not count double at the head. */
  noHeadBonus?: boolean;
  /**
   * A word of a cause or a field (« accueil », « jeunesse »): at the head it names an association, unless
   * the name also names an authority whose service it is (« Accueil général du CCAS »). So does « agence » a
   * firm, unless it is a public body's office (« Agence CAF de Vaux »).
   */
  yieldsToAuthority?: boolean;
  /**
   * A kind of place or a field that more than one kind of body runs (« École de danse », « culturel »,
   * « Piscine »): an authority's word that says who runs it (« municipale », « intercommunale ») makes it that
   * authority's service.
   */
  authorityMayRunIt?: boolean;
  /**
   * At the head, a unit a university has too (« Département informatique de l'IUT »): when the name names the
   * State's higher education, the partner is that school's unit, and the word says nothing of its own.
   */
  unitOfASchool?: boolean;
  /** Says who runs the place whatever else says what it is (« privé », « intercommunal »): its funding body wins. */
  decidesTutelle?: boolean;
  /**
   * Not in a name that opens with an article: « La Filature », « Les Abattoirs » name the cultural venue an old
   * works became, « Filature du Val » a firm.
   */
  notAfterArticle?: boolean;
  /**
   * A person's job typed in place of the partner (« Bibliothécaire »): when the name then names the place the
   * person works at (« … du collège Jean Moulin », « … - Collège Jean Moulin »), that place is the partner, and
   * the job says nothing of it. (A digital mediator's job is not one: where they hold their drop-in hours is a
   * place of digital mediation, whoever hosts it.)
   */
  personsJob?: boolean;
  /**
   * A head noun as administrative exports cut it (« FED DEPART CHASSEURS »): it names a body only with the words
   * after it; alone, the name is a brand's (« FED »).
   */
  notAlone?: boolean;
  /** A company's legal form written in the name (« SARL », « SAS »): it outranks words as the legal category does. */
  companyForm?: boolean;
}
