// Words written with an apostrophe for letters left out at their start ('em, 'til, 'tis, 'twas,
// 'cause, 'bout: English), so the apostrophe opens no quotation. One table for every language:
// quotation marks are paired (quotes/marks.ts) before a block's language is known, and these
// spellings mean nothing else in the other languages.
export const leadingElisions: readonly string[] = ["em", "til", "tis", "twas", "cause", "bout"];

/** "And" cut to `'n'` between two apostrophes (rock 'n' roll): neither is a quotation mark. */
export const elidedAnd = "n";
