// Latin locutions that every language's news writing sets in quotation marks as foreign words
// (`le report « sine die » du projet`, `a “de facto” ban`): terms, not anyone's words. One table
// for all languages, since the words are the same in each.
export const latinLocutions: readonly string[] = [
  "sine die|sine qua non|de facto|de jure|ad hoc|a priori|a posteriori|in extremis|ex nihilo",
  "mea culpa|statu quo|status quo|persona non grata|modus operandi|casus belli|vice versa",
  "ad vitam aeternam|urbi et orbi|manu militari|in fine|ex aequo|intra-muros|extra-muros|in situ",
  "ipso facto|sui generis|bona fide|pro bono|ad nauseam|alter ego|per se|mutatis mutandis|in vitro",
  "in vivo|post mortem|ad interim|honoris causa|a minima|a maxima|nec plus ultra|ad libitum",
  "in memoriam|lapsus",
];
