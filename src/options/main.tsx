import { render } from "preact";
import "../ui/base.css";
import "./options.css";
import { t, uiLocale } from "../ui/i18n.ts";
import { Options } from "./Options.tsx";

document.documentElement.lang = uiLocale();
document.title = t("optionsTitle");
render(<Options />, document.body);
