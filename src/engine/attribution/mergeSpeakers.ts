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
  return text.toLowerCase().replace(/[’]/g, "'").split(/[\s,()]+|(?<=')/u)
    .map((w) => w.replace(/'$/u, ""))
    .filter((w) => w && !rules.determiners.has(w) && !rules.prepositions.has(w) && !rules.elisions.has(w));
}

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

export class SpeakerRegistry {
  readonly entities: Entity[] = [];
  /** Entity ids, most recently mentioned first. */
  private salience: number[] = [];

  constructor(private readonly rules: LanguageRules, private readonly knownNames: readonly string[]) {}

  /** The entity a mention refers to, creating it if new; null for a pronoun with no antecedent. */
  resolve(m: Mention, block: number, inHeadline: boolean): number | null {
    const id = m.type === "pronoun" ? this.antecedent(m) : m.type === "name" ? this.named(m, inHeadline) : this.described(m, block);
    if (id !== null) this.touch(id, block);
    return id;
  }

  /** The entity mentioned last, if within `window` blocks of `block`. */
  recent(block: number, window: number): number | null {
    const id = this.salience[0];
    return id !== undefined && this.entities[id]!.lastBlock >= block - window ? id : null;
  }

  private touch(id: number, block: number): void {
    this.salience = [id, ...this.salience.filter((x) => x !== id)];
    this.entities[id]!.lastBlock = block;
  }

  private create(m: Mention, name: string, inHeadline: boolean): number {
    const id = this.entities.length;
    this.entities.push({
      id, name, aliases: new Set(name === m.name ? [] : [m.name]), role: m.role, kind: m.kind,
      gender: m.gender, plural: m.plural ?? false, nameFromHeadline: inHeadline, lastBlock: 0,
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

  private named(m: Mention, inHeadline: boolean): number {
    const key = contentWords(m.name, this.rules);
    const matches = this.entities.filter((e) =>
      m.kind === "organisation" || e.kind === "organisation"
        ? [e.name, ...e.aliases].some((n) => sameWords(contentWords(n, this.rules), key))
        : e.kind === "person" && [e.name, ...e.aliases].some((n) => sameName(n, m.name)));
    const exact = matches.filter((e) => e.name === m.name || e.aliases.has(m.name));
    const id = this.byRecency(exact.length ? exact.map((e) => e.id) : matches.map((e) => e.id));
    if (id === undefined) {
      const full = m.kind === "person" && nameWords(m.name).length === 1 ? this.knownNames.find((n) => sameName(n, m.name)) : undefined;
      return this.create(m, full ?? m.name, inHeadline && !full);
    }
    this.addName(this.entities[id]!, m, inHeadline);
    return id;
  }

  private addName(e: Entity, m: Mention, inHeadline: boolean): void {
    const fuller = nameWords(m.name).length > nameWords(e.name).length;
    if ((fuller && !inHeadline) || (e.nameFromHeadline && !inHeadline)) {
      if (e.name !== m.name) e.aliases.add(e.name);
      e.name = m.name;
      e.nameFromHeadline = false;
    } else if (m.name !== e.name) e.aliases.add(m.name);
    e.aliases.delete(e.name);
    e.role ??= m.role;
    e.gender ??= m.gender;
  }

  /** A description: the same words again, or the role of someone named ("le ministre de la Défense"). */
  private described(m: Mention, block: number): number {
    const words = contentWords(m.name, this.rules);
    const same = this.entities.filter((e) => [e.name, ...e.aliases].some((n) => sameWords(contentWords(n, this.rules), words)));
    let id = this.byRecency(same.map((e) => e.id));
    if (id === undefined && m.definite) {
      const byRole = this.entities.filter((e) => e.role && words.length > 0 && words.every((w) => contentWords(e.role!, this.rules).includes(w)));
      id = this.byRecency(byRole.map((e) => e.id));
    }
    if (id === undefined && m.definite && m.kind === "unnamed" && !m.plural) id = this.anaphor(m, block) ?? undefined;
    if (id === undefined) return this.create(m, m.name, false);
    const e = this.entities[id]!;
    if (e.name !== m.name) e.aliases.add(m.name);
    return id;
  }

  /** "le politique letton", "the president": a definite description right after a named person's quote. */
  private anaphor(m: Mention, block: number): number | null {
    const id = this.recent(block, 1);
    if (id === null) return null;
    const e = this.entities[id]!;
    return e.kind === "person" && (!m.gender || !e.gender || m.gender === e.gender) ? id : null;
  }

  /** The last mentioned speaker a pronoun can stand for. */
  private antecedent(m: Mention): number | null {
    for (const id of this.salience) {
      const e = this.entities[id]!;
      if (m.plural) {
        if (!(e.plural || e.kind === "organisation")) continue;
      } else if (e.kind === "organisation" || e.plural) continue;
      if (m.gender && e.gender && m.gender !== e.gender) continue;
      if (m.gender && !m.plural) e.gender ??= m.gender;
      return id;
    }
    return null;
  }
}
