// Country names in each language, for telling a state that speaks ("La Chine a appelé à la
// retenue", "Russia said") from a body the engine cannot place. The names come from the
// runtime's own locale data (Intl.DisplayNames, in every supported browser and in Node), so no
// language needs a hand-kept list; only the region codes are listed here, and the few countries the
// news writes by their initials, which the runtime does not give.

/** ISO 3166-1 codes of today's countries and territories (no unions, no former states). */
const REGIONS = `
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
  BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
  EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
  HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
  LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
  NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
  SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
  TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW
`
  .trim()
  .split(/\s+/u);

/**
 * Countries written by their initials, lower case, by language: "orders from the US", "los EE.UU.".
 * Initials say nothing of a body's kind, so unread as a country they pass for a body's acronym that a
 * later "the group" or "the company" stands for.
 */
const INITIALS: Readonly<Record<string, readonly string[]>> = {
  en: ["us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "uae", "nz"],
  fr: ["usa", "rdc", "rca"],
  es: ["ee.uu.", "eeuu", "rdc"],
  de: ["usa", "brd", "vae"],
  pt: ["eua", "rdc"],
  it: ["usa"],
};

const byLanguage = new Map<string, ReadonlySet<string>>();

/** The country names of `lang`, lower case ("chine", "états-unis"); empty where the runtime has none. */
export function countryNames(lang: string): ReadonlySet<string> {
  let names = byLanguage.get(lang);
  if (names) return names;
  names = new Set<string>();
  try {
    const display = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    for (const region of REGIONS) {
      const name = display.of(region);
      if (name) (names as Set<string>).add(name.toLocaleLowerCase(lang));
    }
  } catch {
    // A runtime without region names: no country is recognised, none is guessed.
  }
  for (const initials of INITIALS[lang] ?? []) (names as Set<string>).add(initials);
  byLanguage.set(lang, names);
  return names;
}
