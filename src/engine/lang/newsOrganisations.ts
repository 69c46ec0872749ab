// News agencies and broadcasters that stories in every language quote by their name alone
// ("Reuters reported", "selon l'AFP", "NBC: …", "berichtete dpa"): a name that is itself a
// description, as a country's is. One table for all languages, since the names are the same in
// each; lower case, as a speaker's name is compared without its determiner. A one-word name is
// also a media word in a role ("NPR's Ann Lee", "CNN-Korrespondentin"), so none is a word of
// some language too.
export const newsOrganisations: ReadonlySet<string> = new Set(
  [
    "reuters|afp|agence france-presse|ap|associated press|dpa|deutsche presse-agentur|bloomberg",
    "ansa|efe|kyodo|yonhap|xinhua|tass|ria novosti|interfax|anadolu|upi|apa|belga|sda|epd|kna",
    "bbc|cnn|nbc|abc|cbs|fox news|msnbc|pbs|npr|al jazeera|euronews|ard|zdf|orf|srf|rtl",
    "tf1|france 2|france 24|rfi|bfmtv|lci|rai|rtve|cbc|radio-canada",
  ].flatMap((line) => line.split("|")),
);
