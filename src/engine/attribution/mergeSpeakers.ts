// The people and bodies an article quotes, merged across the article: "Sullivan", "Mr Sullivan"
// and "Jake Sullivan" are one speaker named by the fullest form; "le ministre de la Défense"
// is the speaker whose role says so; "he" and "elle" are the last compatible speaker.
import type { SpeakerKind } from "../types.ts";
import type { Gender, LanguageRules } from "../lang/types.ts";
import type { Mention } from "./speakerPhrases.ts";
import { nameWords, sameName } from "./names.ts";

export interface Entity {
  id: number;
  name: string;
  aliases: Set<string>;
  role: string | null;
  kind: SpeakerKind;
  gender?: Gender;
  plural: boolean;
  /** The name was only seen in a headline or caption, where Title Case blurs names and roles. */
  nameFromHeadline: boolean;
  /** Block of the last mention. */
  lastBlock: number;
}

/** Words that carry meaning in a role or description: no determiners, prepositions or punctuation. */
function contentWords(text: string, rules: LanguageRules): string[] {
  return text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[\s,()]+|(?<=')/u)
    .map((w) => w.replace(/'$/u, ""))
    .filter((w) => w && !rules.determiners.has(w) && !rules.prepositions.has(w) && !rules.elisions.has(w));
}

/** Lower-case words with their accents, to look up in the lexicons (nameWords folds accents). */
const writtenWords = (text: string) => text.toLowerCase().split(/\s+/u);

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

export class SpeakerRegistry {
  readonly entities: Entity[] = [];
  /** Entity ids, most recently mentioned first. */
  private readonly salience: number[] = [];
  /**
   * Indexes into `knownNames` by first and by last name word: a name can only be the same as
   * one sharing either (see sameName), so a long page's hundreds of names are not all compared.
   */
  private readonly knownByWord = new Map<string, number[]>();
  /** contentWords of each name, alias and role compared so far: the same few strings, again and again. */
  private readonly contentWordsOf = new Map<string, string[]>();

  /** `knownNames`: full names written in the body, with the block where each first appears. */
  constructor(
    private readonly rules: LanguageRules,
    private readonly knownNames: readonly { name: string; block: number }[],
  ) {
    knownNames.forEach((known, i) => {
      const words = nameWords(known.name);
      for (const word of new Set([words[0], words.at(-1)]))
        if (word !== undefined) this.knownByWord.set(word, [...(this.knownByWord.get(word) ?? []), i]);
    });
  }

  private contentWords(text: string): string[] {
    let words = this.contentWordsOf.get(text);
    if (!words) this.contentWordsOf.set(text, (words = contentWords(text, this.rules)));
    return words;
  }

  /** The entity a mention refers to, creating it if new; null for a pronoun with no antecedent. */
  resolve(m: Mention, block: number, inHeadline: boolean): number | null {
    const id =
      m.type === "pronoun"
        ? this.antecedent(m)
        : m.type === "name"
          ? this.named(m, inHeadline, block)
          : this.described(m, block);
    if (id !== null) this.touch(id, block);
    return id;
  }

  /** The entity mentioned last, if within `window` blocks of `block`. */
  recent(block: number, window: number): number | null {
    const id = this.salience[0];
    return id !== undefined && this.entities[id]!.lastBlock >= block - window ? id : null;
  }

  private touch(id: number, block: number): void {
    // In place: a long page touches an entity at every mention.
    const at = this.salience.indexOf(id);
    if (at !== 0) {
      if (at > 0) this.salience.splice(at, 1);
      this.salience.unshift(id);
    }
    this.entities[id]!.lastBlock = block;
  }

  private create(m: Mention, name: string, inHeadline: boolean): number {
    const id = this.entities.length;
    this.entities.push({
      id,
      name,
      aliases: new Set([m.name, m.written ?? m.name].filter((a) => a !== name)),
      role: m.role,
      kind: m.kind,
      gender: m.gender,
      plural: m.plural ?? false,
      nameFromHeadline: inHeadline,
      lastBlock: 0,
    });
    return id;
  }

  private byRecency(ids: number[]): number | undefined {
    return ids.sort((a, b) => this.rank(a) - this.rank(b))[0];
  }

  private rank(id: number): number {
    const r = this.salience.indexOf(id);
    return r < 0 ? Infinity : r;
  }

  /**
   * The full form of a person's name written in the article body ("Reyes" → "Tom Reyes"); when
   * two people share a surname, the one introduced last before this block.
   */
  fullName(name: string, block: number): string {
    const words = nameWords(name);
    const candidates = [
      ...new Set([
        ...(this.knownByWord.get(words[0]!) ?? []),
        ...(this.knownByWord.get(words.at(-1)!) ?? []),
      ]),
    ]
      .sort((a, b) => a - b)
      .map((i) => this.knownNames[i]!);
    const longer = candidates.filter(
      (n) =>
        sameName(n.name, name) &&
        nameWords(n.name).length > words.length &&
        !this.rules.organisationNouns.has(writtenWords(n.name).at(-1)!),
    );
    // A bare name is a surname first: "Claude" is Georges Claude before Claude Debussy.
    const surnames = longer.filter(
      (n) => nameWords(n.name).slice(-words.length).join(" ") === words.join(" "),
    );
    const pool = surnames.length > 0 ? surnames : longer;
    const before = pool.filter((n) => n.block <= block);
    return (before.at(-1) ?? pool[0])?.name ?? name;
  }

  /** The mention names someone already met, or a full name of the article: worth remembering for pronouns. */
  isKnown(m: Mention, block: number): boolean {
    return (
      m.known === true ||
      nameWords(this.fullName(m.name, block)).length >= 2 ||
      (m.written !== undefined && m.written !== m.name) ||
      this.entities.some((e) => e.kind === "person" && sameName(e.name, m.name))
    );
  }

  private named(given: Mention, inHeadline: boolean, block: number): number {
    const mention = this.asSurname(given);
    // The same form again is the same person ("Costa" stays who "Costa" was).
    const again = this.entities.filter(
      (e) => e.kind === mention.kind && (e.name === mention.name || e.aliases.has(mention.name)),
    );
    const known = this.byRecency(again.map((e) => e.id));
    if (known !== undefined) {
      this.addName(this.entities[known]!, mention, inHeadline);
      return known;
    }
    const m = mention.kind === "person" ? { ...mention, name: this.fullName(mention.name, block) } : mention;
    const key = this.contentWords(m.name);
    const matches = this.entities.filter((e) =>
      m.kind === "organisation" || e.kind === "organisation"
        ? [e.name, ...e.aliases].some((n) => sameWords(this.contentWords(n), key))
        : // Against the full name only: "Costa" may be short for Ana Costa, yet Ana Costa is not Luis Costa.
          e.kind === "person" && sameName(e.name, m.name),
    );
    const exact = matches.filter((e) => e.name === m.name || e.aliases.has(m.name));
    const id = this.byRecency(exact.length ? exact.map((e) => e.id) : matches.map((e) => e.id));
    if (id === undefined) return this.create(mention, m.name, inHeadline && m.name === mention.name);
    this.addName(this.entities[id]!, m, inHeadline);
    return id;
  }

  /**
   * "Le Floch" after "Anne Le Floch": a surname that opens with a capitalised particle reads like
   * a body ("le Floch"), but it is that person's surname again.
   */
  private asSurname(m: Mention): Mention {
    const words = nameWords(m.name);
    if (m.kind !== "organisation" || words.length < 2 || !this.rules.nameParticles.has(words[0]!)) return m;
    const holds = (e: Entity) =>
      e.kind === "person" &&
      nameWords(e.name).length > words.length &&
      nameWords(e.name).slice(-words.length).join(" ") === words.join(" ");
    return this.entities.some(holds) ? { ...m, kind: "person" } : m;
  }

  private addName(e: Entity, m: Mention, inHeadline: boolean): void {
    const fuller = nameWords(m.name).length > nameWords(e.name).length;
    if ((fuller && !inHeadline) || (e.nameFromHeadline && !inHeadline)) {
      if (e.name !== m.name) e.aliases.add(e.name);
      e.name = m.name;
      e.nameFromHeadline = false;
    }
    for (const alias of [m.name, m.written ?? m.name]) if (alias !== e.name) e.aliases.add(alias);
    e.role ??= m.role;
    e.gender ??= m.gender;
  }

  /** A description: the same words again, or the role of someone named ("le ministre de la Défense"). */
  private described(m: Mention, block: number): number {
    const words = this.contentWords(m.name);
    const same = this.entities.filter((e) =>
      [e.name, ...e.aliases].some((n) => sameWords(this.contentWords(n), words)),
    );
    let id = this.byRecency(same.map((e) => e.id));
    if (id === undefined && m.definite)
      id = this.byRecency(this.entities.filter((e) => this.holdsRole(e, m.name)).map((e) => e.id));
    const specific = /\p{Lu}/u.test(m.name.slice(1));
    if (id === undefined && m.definite && m.kind === "unnamed" && !m.plural && !specific)
      id = this.anaphor(m, block) ?? undefined;
    if (id === undefined) return this.create(m, m.name, false);
    const e = this.entities[id]!;
    if (e.name !== m.name) e.aliases.add(m.name);
    return id;
  }

  /**
   * The speaker an entity stands for once the whole article is read: a role quoted before the
   * person holding it is named (`Wexley Rovers manager says …` in the standfirst, `Wexley Rovers
   * manager Stuart Harding` in the body) is that person, when only one person holds it.
   */
  canonical(id: number): number {
    const e = this.entities[id]!;
    const first = writtenWords(e.name)[0] ?? "";
    if (e.kind !== "unnamed" || e.plural || this.rules.indefiniteDeterminers.has(first)) return id;
    const holders = this.entities.filter((p) => p.kind === "person" && this.holdsRole(p, e.name));
    if (holders.length !== 1) return id;
    holders[0]!.aliases.add(e.name);
    return holders[0]!.id;
  }

  /**
   * "le ministre de la Défense" names the person whose role is "ministre russe de la Défense":
   * same head noun, and every name in the description also in the role.
   */
  private holdsRole(e: Entity, description: string): boolean {
    if (!e.role || e.kind === "organisation") return false;
    const role = this.contentWords(e.role);
    const words = this.contentWords(description);
    const names = description
      .split(/\s+/u)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase());
    return (
      words.length > 0 && words[0] === role[0] && names.every((w) => role.includes(w.replace(/^[ld]'/u, "")))
    );
  }

  /** "le diplomate", "the president": a definite description right after a named person's quote. */
  private anaphor(m: Mention, block: number): number | null {
    const id = this.recent(block, 1);
    if (id === null) return null;
    const e = this.entities[id]!;
    return e.kind === "person" &&
      (!m.gender || !e.gender || m.gender === e.gender) &&
      !this.otherOffice(e, m.name)
      ? id
      : null;
  }

  /** "la vicepresidenta" is not who the article called "la periodista": the description names an office her role lacks. */
  private otherOffice(e: Entity, description: string): boolean {
    const office = this.contentWords(description).find((w) => this.rules.titles.has(w));
    return office !== undefined && e.role !== null && !this.contentWords(e.role).includes(office);
  }

  /** The last mentioned speaker a pronoun can stand for. */
  private antecedent(m: Mention): number | null {
    const id = this.salience.find((id) => {
      const e = this.entities[id]!;
      // "they" for people or a body, "he" and "elle" for one person, "it" for a body or a document.
      const number = m.plural
        ? e.plural || e.kind === "organisation"
        : m.kind === "organisation"
          ? e.kind === "organisation"
          : e.kind !== "organisation" && !e.plural;
      return number && !(m.gender && e.gender && m.gender !== e.gender);
    });
    if (id === undefined) return null;
    if (m.gender && !m.plural) this.entities[id]!.gender ??= m.gender;
    return id;
  }
}
