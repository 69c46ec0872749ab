// What the adapter knows about HTML elements: which never hold article text, which start a new
// block, and what class and id names say about a container. Tables in the spirit of Mozilla
// Readability; every regex is a flat alternation (linear time on hostile pages).
import type { BlockKind } from "../engine/types.ts";
import type { PageOutline } from "./outline.ts";

/** Elements whose content is never article prose. */
const SKIPPED_TAGS = new Set([
  "head",
  "title",
  "script",
  "style",
  "noscript",
  "template",
  "link",
  "meta",
  "nav",
  "input",
  "textarea",
  "select",
  "option",
  "button",
  "label",
  "pre",
  "code",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "footer",
  "dialog",
  "menu",
]);

/** Elements that end the current run of text and start another (CSS block boxes). */
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "ol",
  "p",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** Elements that give their text a kind; the innermost one wins. */
const KIND_OF_TAG: Record<string, BlockKind> = {
  h1: "headline",
  h2: "intertitle",
  h3: "intertitle",
  h4: "intertitle",
  h5: "intertitle",
  h6: "intertitle",
  li: "listItem",
  dd: "listItem",
  dt: "listItem",
  blockquote: "blockquote",
  figcaption: "caption",
};

/** ARIA roles of site furniture. */
const SKIPPED_ROLES = new RegExp(
  "^(navigation|menu|menubar|banner|contentinfo|complementary|search|alert|alertdialog|" +
    "dialog|form|toolbar|tooltip)$",
  "i",
);

/**
 * Class or id names of things that are never the article, whatever else the name says
 * (`article-comments` is still comments).
 */
const NEVER_ARTICLE_NAMES = new RegExp(
  "comment|commentaire|disqus|cookie|consent|gdpr|newsletter|outbrain|taboola|recommend|" +
    "related|promo|sponsor|advert|publicite|social|share(?!d)|sharing|partage|breadcrumb|" +
    "subscribe|abonnement|signup|popup|modal|most-popular|mostpopular|most-read|mostread|" +
    "most-shared|trending|lire-aussi|lireaussi|sur-le-meme-sujet|teaser|skip-link|sr-only|" +
    "visually-hidden|screen-reader|off-screen|offscreen|element-invisible|print-only|ai2html|" +
    "infographic|datawrapper|dataviz",
  "i",
);

/**
 * Names of the box that holds the rest of a story behind a "Read more" button (`#read-more-content`,
 * `article-more`, `collapsed`): sites give the same names to boxes of teasers for other stories.
 */
const CONTINUATION_NAMES =
  /read-?more|more-?content|article-?more|story-?more|collapsed|lire-la-suite|continue-reading/i;

/**
 * Short names that only count as whole words (`ad` but not `head`); charts are labels, not prose;
 * a `cta` (call to action) asks the reader to subscribe or donate.
 */
const NEVER_ARTICLE_WORDS = /(^|[^a-z0-9])(ad|ads|adv|advertising|dfp|cta|chart|graphic)([^a-z0-9]|$)/i;

/**
 * Names of site furniture, unless the name also says article or content (`main-sidebar-content`,
 * `article-body pagination-first`: the first page of a story cut in pages).
 */
const FURNITURE_NAMES = new RegExp(
  "(^|[^a-z0-9])(nav|navbar|menu|masthead|sidebar|footer|widget|banner|toolbar|tags|rail|" +
    "more-stories|pagination)([^a-z0-9]|$)",
  "i",
);

/** Names that make a container likelier to be the article body. */
const LIKELY_BODY_NAMES =
  /article|body|content|entry|main|post|story|text|prose|corps|contenu|texte|artikel|cuerpo|materia|testo/i;

/** Names that make a container less likely to be the article body. */
const UNLIKELY_BODY_NAMES = new RegExp(
  "header|meta|media|aside|caption|credit|contact|author|hidden|extra|info|legal|card|list|" +
    "feed|rail|more|nav|footer|sidebar|social",
  "i",
);

/** Names of the standfirst or lede under a headline. */
const STANDFIRST_NAMES = new RegExp(
  "standfirst|chapo|chapeau|lede|lead|intro|summary|dek|deck|description|subtitle|subhead|" +
    "sous-titre|soustitre|sub-title|excerpt|strapline|abstract|resume|kicker-text|" +
    "article-desc|entradilla|bajada|sottotitolo|linha-fina|olho|vorspann|einleitung|kurztext",
  "i",
);

/** Names of photo captions that are not `<figcaption>` elements. */
const CAPTION_NAMES = /caption|legend|legende|légende|bildunterschrift|didascalia|pie-de-foto|epigrafe/i;

/**
 * Names of the fields a caption or byline line is made of; sites style them as blocks, so
 * `<span class="caption">…</span><span class="credit">…</span>` reads as two words, not one.
 */
const FIELD_NAMES = new RegExp(
  "caption|credit|byline|source|author|copyright|photographer|legend|legende|dateline|date|" +
    "location|description",
  "i",
);

/** Longest line that can be site furniture (a byline, a date, a button); longer text is prose. */
const MAX_FURNITURE_LINE_CHARS = 100;
/** Longest "Lire aussi …" line: it carries another story's title. */
const MAX_TEASER_LINE_CHARS = 200;

/** Names of the article's own furniture lines: bylines, dates, credits, player controls, paywall notes. */
const FURNITURE_LINE_NAMES = new RegExp(
  "byline|author|autor|dateline|timestamp|datetime|publish|last-?update|datum|credit|" +
    "copyright|article__status|paywall|player|countdown|toggle|favorite",
  "i",
);

/** Furniture lines by their words alone: the whole line is a label, a button or a notice. */
const FURNITURE_LINE_TEXT = new RegExp(
  "^(?:(?:article )?réservé aux abonnés|subscribers? only|(?:toggle|hide|show) caption|" +
    "advertisement|advertising|publicité|publicidad|pubblicità|anzeige|werbung|image|photo|" +
    "video|vidéo|view photo|your video will play in .*|now playing|listen to this article|" +
    "écouter cet article|ouça este conteúdo|sign up for our newsletter)$",
  "i",
);

/** A byline: "By Jane Smith", "Par Jean Dupont", with no sentence after it. */
const BYLINE_LINE = /^(?:[Bb]y|BY|[Pp]ar|PAR|[Vv]on|[Dd]i|[Pp]or|[Dd]oor) \p{Lu}[^.!?]*$/u;

/** A line that sends the reader to other stories: "Lire aussi : …", "Read more: …". */
const TEASER_LINE = new RegExp(
  "^(?:read more|see also|more on this|lire aussi|à lire aussi|a lire aussi|lire la suite|" +
    "voir aussi|seguir leyendo|leia também|leia mais|veja também|mehr zum thema|" +
    "weiterlesen)(?![\\p{L}\\p{N}])",
  "iu",
);

const QUOTE_MARKS = /["“”«»„]/;

const INLINE_HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export const tagOf = (el: Element): string => el.tagName.toLowerCase();

/** The class and id of an element as one string, for the name tables. */
export function namesOf(el: Element): string {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
}

/**
 * Class names that CSS frameworks (Bootstrap, Tailwind) and sites give to boxes not shown: whole class names
 * only (not `hidden-xs`).
 */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden)(?:\s|$)/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden") || isAriaHidden(el)) return true;
  if (HIDDEN_CLASS.test(el.getAttribute("class") ?? "")) return true;
  const style = el.getAttribute("style");
  return style !== null && INLINE_HIDDEN_STYLE.test(style);
}

const isAriaHidden = (el: Element): boolean => el.getAttribute("aria-hidden") === "true";

function isEditable(el: Element): boolean {
  const editable = el.getAttribute("contenteditable");
  return editable !== null && editable.toLowerCase() !== "false";
}

const isNeverArticle = (names: string): boolean =>
  NEVER_ARTICLE_NAMES.test(names) || NEVER_ARTICLE_WORDS.test(names);

/**
 * Site furniture by its name: `<div class="related-stories">`, `<section id="comments">`. `names`:
 * the element's namesOf, when the caller has it already (here and below: reading them is most of
 * a page walk's cost).
 */
export function isFurnitureByName(el: Element, names = namesOf(el)): boolean {
  if (names.length < 2) return false;
  return isNeverArticle(names) || (FURNITURE_NAMES.test(names) && !LIKELY_BODY_NAMES.test(names));
}

/** Paragraphs a page wrapper holds besides the headline (teaser lists hold headings only). */
export const MIN_WRAPPED_PARAGRAPHS = 3;

/**
 * Some sites give a furniture name to the wrapper of the whole story (`<main class="js-social-anchor">`,
 * `<div class="ad-portal">`): one that holds the headline and paragraphs is not furniture.
 */
function wrapsStory(el: Element, outline: PageOutline): boolean {
  return outline.holdsHeadline(el) && outline.paragraphsIn(el) >= MIN_WRAPPED_PARAGRAPHS;
}

/**
 * A weak furniture name (FURNITURE_NAMES) is sometimes a site's or a page builder's word for any
 * box (`banner-headline`, `elementor-widget-container`): one that holds an h1 may hold the
 * headline, one that holds paragraphs may hold the story, and the body finder judges them.
 */
const mayHoldStory = (el: Element, outline: PageOutline): boolean =>
  outline.holdsHeadline(el) || outline.paragraphsIn(el) >= MIN_WRAPPED_PARAGRAPHS;

/** A box named as the rest of the story or as more stories; see CONTINUATION_NAMES. */
export const looksLikeContinuation = (el: Element, names = namesOf(el)): boolean =>
  CONTINUATION_NAMES.test(names);

/**
 * A continuation box without enough paragraphs to be the rest of a story is a "Read more" button
 * or a short teaser list; one with paragraphs is read, and the body finder tells story from teasers.
 */
function mayContinueStory(el: Element, outline: PageOutline, names: string): boolean {
  return (
    looksLikeContinuation(el, names) &&
    outline.paragraphsIn(el) >= MIN_WRAPPED_PARAGRAPHS &&
    !isNeverArticle(names)
  );
}

/**
 * Site furniture the reader sees (a breadcrumb, a nav bar), as opposed to markup never shown
 * (scripts, templates, hidden elements): some sites set the story's h1 in it.
 */
export function isVisibleFurniture(el: Element): boolean {
  const tag = tagOf(el);
  return (tag === "nav" || !SKIPPED_TAGS.has(tag)) && !isHidden(el) && !isEditable(el);
}

/** True when nothing inside the element can be article text a reader sees. */
export function isSkipped(el: Element, outline: PageOutline, names = namesOf(el)): boolean {
  const tag = tagOf(el);
  if (SKIPPED_TAGS.has(tag)) return true;
  // A form holds fields, not prose; but some frameworks (ASP.NET WebForms) wrap the whole page
  // in one `<form>`. Its fields are skipped all the same.
  if (tag === "form" && !wrapsStory(el, outline)) return true;
  if (tag === "html" || tag === "body") return false;
  const role = el.getAttribute("role");
  if (role !== null && SKIPPED_ROLES.test(role) && !wrapsStory(el, outline)) return true;
  if (isEditable(el)) return true;
  // A dialog (cookie consent, newsletter) hides the page behind it from screen readers with
  // aria-hidden on its wrapper: the story is still on screen.
  if (isAriaHidden(el) && wrapsStory(el, outline)) return false;
  // The rest of a story behind "Read more" is often hidden until the button is clicked.
  if (isHidden(el)) return !mayContinueStory(el, outline, names);
  if (looksLikeContinuation(el, names)) return !mayContinueStory(el, outline, names);
  // A headline's own class says how it is styled, not what it is (`fig-pagination__hidden`).
  if (tag === "h1" || !isFurnitureByName(el, names) || wrapsStory(el, outline)) return false;
  return isNeverArticle(names) || !mayHoldStory(el, outline);
}

export const isBlockTag = (tag: string): boolean => BLOCK_TAGS.has(tag);

export const kindOfTag = (tag: string): BlockKind | undefined => KIND_OF_TAG[tag];

export const looksLikeStandfirst = (el: Element): boolean => STANDFIRST_NAMES.test(namesOf(el));

/**
 * What an inline element is named as: its class and id, and its microdata property
 * (`itemprop="copyrightHolder"`).
 */
const fieldNamesOf = (el: Element): string => `${namesOf(el)} ${el.getAttribute("itemprop") ?? ""}`;

/**
 * Whether an inline element starts a field of its own right after another (a credit after its
 * caption), with nothing between them: the page lays the fields out apart, so the text needs a space.
 */
export function startsNewField(el: Element): boolean {
  const previous = el.previousSibling;
  if (previous?.nodeType !== 1 || isBlockTag(tagOf(previous as Element))) return false;
  const names = fieldNamesOf(el);
  const previousNames = fieldNamesOf(previous as Element);
  return names !== previousNames && (FIELD_NAMES.test(names) || FIELD_NAMES.test(previousNames));
}

export const looksLikeCaption = (el: Element, names = namesOf(el)): boolean => CAPTION_NAMES.test(names);

/**
 * A short line of the article's own furniture, not its prose: a byline, a date, a photo credit, a
 * video player's label, a paywall notice, a "Lire aussi" teaser. `holders` are the elements the
 * line is read from (its block and the inline element around its text), whose names may say so.
 */
export function isFurnitureLine(text: string, holders: Element[]): boolean {
  if (text.length <= MAX_TEASER_LINE_CHARS && TEASER_LINE.test(text)) return true;
  // A line that quotes someone is worth keeping, whatever its box is called.
  if (text.length > MAX_FURNITURE_LINE_CHARS || QUOTE_MARKS.test(text)) return false;
  return (
    FURNITURE_LINE_TEXT.test(text) ||
    BYLINE_LINE.test(text) ||
    holders.some((el) => FURNITURE_LINE_NAMES.test(namesOf(el)))
  );
}

/** Readability's class weight: what a container's names say about being the body. */
export function nameWeight(el: Element): number {
  const names = namesOf(el);
  if (names.length < 2) return 0;
  let weight = 0;
  if (LIKELY_BODY_NAMES.test(names)) weight += 25;
  if (UNLIKELY_BODY_NAMES.test(names)) weight -= 25;
  return weight;
}

/** Markup that says "this is the article body": schema.org articleBody, `<article>`, `<main>`. */
export function semanticWeight(el: Element): number {
  const itemprop = el.getAttribute("itemprop") ?? el.getAttribute("property") ?? "";
  if (/articleBody/i.test(itemprop)) return 40;
  const tag = tagOf(el);
  if (tag === "article") return 20;
  if (tag === "main") return 10;
  return 0;
}
