// What the page says about itself in <html lang> and <meta> tags.

function metaContent(doc: Document, selector: string): string | undefined {
  const content = doc.querySelector(selector)?.getAttribute("content")?.trim();
  return content ? content : undefined;
}

/** BCP 47 tag from `<html lang>`, `og:locale` (fr_FR) or `content-language`, as declared. */
export function pageLanguage(doc: Document): string | undefined {
  const html = doc.documentElement;
  const declared =
    html?.getAttribute("lang")?.trim() ||
    html?.getAttribute("xml:lang")?.trim() ||
    metaContent(doc, 'meta[property="og:locale"]') ||
    metaContent(doc, 'meta[http-equiv="content-language" i]') ||
    metaContent(doc, 'meta[name="language" i]');
  // content-language may list several ("fr, en"); the first is the page's own.
  return declared ? declared.split(",")[0]!.trim().replace("_", "-") : undefined;
}

/** The story's title as the page's metadata gives it. */
export function pageTitle(doc: Document): string | undefined {
  return (
    metaContent(doc, 'meta[property="og:title"]') ??
    metaContent(doc, 'meta[name="twitter:title"]') ??
    (doc.querySelector("title")?.textContent?.trim() || undefined)
  );
}

/** The page's summary, which news sites fill with the standfirst. */
export function pageDescription(doc: Document): string | undefined {
  return metaContent(doc, 'meta[property="og:description"]') ?? metaContent(doc, 'meta[name="description"]');
}
