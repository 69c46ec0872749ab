// Taking the page's quotes elsewhere: Markdown to the clipboard, JSON and CSV as files.
import type { PageReport } from "../messages.ts";
import { exportFileName, toCSV, toJSON, toMarkdown } from "../ui/export.ts";
import { t, wording } from "../ui/i18n.ts";

/** Writes text to the clipboard; resolves to what to announce: that it is copied, or that it failed. */
export const copyText = (text: string): Promise<string> =>
  navigator.clipboard.writeText(text).then(
    () => t("copied"),
    () => t("copyFailed"),
  );

/** Saves text as a file through a temporary link: no downloads permission needed. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportBar({ report, onDone }: { report: PageReport; onDone(message: string): void }) {
  const save = (extension: "json" | "csv") => {
    const name = exportFileName(report, extension);
    if (extension === "json") download(name, "application/json", toJSON(report));
    else download(name, "text/csv", toCSV(report));
    onDone(t("downloaded", name));
  };
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="export-heading">
        {t("exportHeading")}
      </h2>
      <div class="export-buttons">
        <button
          type="button"
          class="button"
          onClick={async () => onDone(await copyText(toMarkdown(report, wording())))}
        >
          {t("copyMarkdown")}
        </button>
        <button type="button" class="button" onClick={() => save("json")}>
          {t("downloadJson")}
        </button>
        <button type="button" class="button" onClick={() => save("csv")}>
          {t("downloadCsv")}
        </button>
      </div>
    </section>
  );
}
